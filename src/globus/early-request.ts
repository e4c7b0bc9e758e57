// The first lookup, sent before the bulk of the action has loaded (see src/start.ts), then handed
// to the transport as the answer to that very request. Node's own http(s): nothing to load, never
// through a proxy (it is only sent when no proxy variable applies), no redirect followed.
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Fetch } from './transport.ts'

type FetchAnswer = Awaited<ReturnType<Fetch>>

export interface EarlyRequest {
  /** Whether this is the request that went out early: the same method, URL and credentials. */
  matches(url: string, method: string, authorization: string): boolean
  /** Its answer, as fetch gives one; an aborted signal drops the connection. */
  take(signal: AbortSignal): Promise<FetchAnswer>
  /** Drop it: the run did not ask for it after all. */
  discard(): void
}

export function sendEarly(url: URL, headers: Record<string, string>): EarlyRequest {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest
  // agent: false, a connection of its own that closes after the answer, so nothing holds the process.
  const request = send(url, { method: 'GET', headers, agent: false })
  const answer = new Promise<IncomingMessage>((resolve, reject) => {
    request.on('response', resolve)
    request.on('error', reject)
  })
  // Dealt with when taken; until then a failure must not end the process as unhandled.
  answer.catch(() => {})
  request.end()
  return {
    matches: (other, method, authorization) =>
      method === 'GET' && other === url.toString() && authorization === headers.authorization,
    take: async (signal) => {
      const drop = () => request.destroy(new Error('aborted'))
      if (signal.aborted) drop()
      else signal.addEventListener('abort', drop, { once: true })
      const response = await answer
      const get = (name: string) => {
        const value = response.headers[name.toLowerCase()]
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
      }
      // An IncomingMessage is an async iterable of chunks, which is all readCapped asks of a body.
      return { status: response.statusCode ?? 0, headers: { get }, body: response as unknown as FetchAnswer['body'] }
    },
    discard: () => request.destroy(),
  }
}
