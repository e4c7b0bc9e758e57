// A stand-in for a deployed Action Provider: its description document at GET /, as
// action-provider-tools serves it, with a switch for each way a deploy or a misconfiguration can
// answer. The same msw handlers serve in process and on a loopback server (loopback-server.ts).
import { delay, HttpResponse, http } from 'msw'
import { type ServeOptions, serveOnLoopback } from './loopback-server.ts'

export interface ProviderRequest {
  path: string
  /** Every header as received, to show that none carries credentials. */
  headers: Record<string, string>
}

export class FakeProvider {
  /** What `globus_auth_scope` says; undefined leaves the key out. */
  scope: string | undefined
  /** What `globus_auth_scope` says before `scope`, one read each (a rollout still under way). */
  readonly earlierScopes: string[] = []
  /** Answer this status (with a Globus-style error body) to the next reads, one per entry. */
  readonly statuses: number[] = []
  /** A raw body instead of the description, and its content type. */
  raw: { body: string; contentType: string } | undefined
  /** Never answer. */
  silent = false
  /** Answer with a header larger than Node.js reads (its default limit is 16 KiB). */
  oversizedHeaders = false
  readonly requests: ProviderRequest[] = []

  constructor(scope?: string) {
    this.scope = scope
  }

  /** Every GET, or with `origin` only those to that origin (beside other fakes in one process). */
  handlers(origin?: string) {
    return [
      http.get(origin ? `${origin}/*` : '*', async ({ request }) => {
        this.requests.push({ path: new URL(request.url).pathname, headers: Object.fromEntries(request.headers) })
        if (this.silent) await delay('infinite')
        const status = this.statuses.shift()
        if (status !== undefined)
          return HttpResponse.json({ code: 'Error', description: `status ${status}` }, { status })
        if (this.raw) return new HttpResponse(this.raw.body, { headers: { 'content-type': this.raw.contentType } })
        const scope = this.earlierScopes.shift() ?? this.scope
        const headers = this.oversizedHeaders ? { 'x-padding': 'x'.repeat(20 * 1024) } : undefined
        return HttpResponse.json(
          {
            types: ['Action'],
            api_version: '1.0',
            title: 'Example Action Provider',
            subtitle: 'Runs things',
            admin_contact: 'admin@example.org',
            visible_to: ['public'],
            runnable_by: ['all_authenticated_users'],
            synchronous: false,
            log_supported: false,
            ...(scope === undefined ? {} : { globus_auth_scope: scope }),
            input_schema: { type: 'object', properties: {} },
          },
          { headers },
        )
      }),
    ]
  }

  serve(options: ServeOptions = {}) {
    return serveOnLoopback(this.handlers(), options)
  }
}
