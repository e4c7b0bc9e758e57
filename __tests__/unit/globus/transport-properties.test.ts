// Properties of the transport over any input: no echoed credential survives into a message, and
// any value in any answer field either parses or fails naming the field, never showing the value.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TransportError } from '../../../src/globus/errors.ts'
import { LIMITS } from '../../../src/globus/schemas.ts'
import { printable } from '../../../src/text/printable.ts'
import { WINDOW } from '../../../src/text/redact.ts'
import { useFakeGlobusAuth } from '../../../test-support/fake-globus-auth/in-process.ts'
import { type EchoedCredentials, GROUPS_SCOPE_ID } from '../../../test-support/fake-globus-auth/store.ts'
import { replayWith } from '../../../test-support/fast-check-seed.ts'

const t = useFakeGlobusAuth()

/** Every WINDOW-long piece of `value` that ends past its first `open` (public) characters. */
function windowsOf(value: string, open = 0): string[] {
  const windows: string[] = []
  for (let start = Math.max(0, open - WINDOW + 1); start + WINDOW <= value.length; start++) {
    windows.push(value.slice(start, start + WINDOW))
  }
  return windows
}

const secrets = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }),
  fc.string({ minLength: 1, maxLength: 60, unit: 'binary' }),
  fc.stringMatching(/^[ \t.*+?^${}()|[\]\\/a-z0-9é中]{1,60}$/),
  // Words shorter than a window: only a copy re-spaced after redaction would show them joined.
  fc
    .array(fc.string({ minLength: 1, maxLength: 11, unit: 'grapheme' }), { minLength: 2, maxLength: 5 })
    .map((words) => words.join(' ').slice(0, 60)),
)

/** How a careless page echoes the credentials. */
const ECHOES: Record<string, (e: EchoedCredentials, clientId: string) => string> = {
  header: (e) => `Authorization: ${e.authorization}`,
  basic: (e) => e.authorization.slice('Basic '.length),
  secret: (e) => e.secret,
  pair: (e, clientId) => `${clientId}:${e.secret}`,
  collapsed: (e) => e.secret.replace(/\s+/g, ' '),
  widened: (e) => e.secret.replace(/\s/g, (space) => `${space}\n   `),
}

/** Where in an answer the echo stands. */
const PAGES: Record<string, (text: string) => string> = {
  html: (text) => `<!DOCTYPE html>\n<html><head><title>Error</title></head>\n<body><pre>${text}</pre></body></html>`,
  text: (text) => text,
  detail: (text) => JSON.stringify({ errors: [{ status: '400', id: 'req-1', code: 'BAD', detail: text }] }),
  title: (text) => JSON.stringify({ errors: [{ title: text }] }),
  code: (text) => JSON.stringify({ errors: [{ code: text, detail: 'd' }] }),
  id: (text) => JSON.stringify({ errors: [{ id: text, detail: 'd' }] }),
  description: (text) => JSON.stringify({ error: 'invalid_client', error_description: text }),
  other: (text) => JSON.stringify({ message: text }),
}

const filler = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  fc.nat(4000).map((n) => 'lorem ipsum dolor\n sit amet '.repeat(Math.ceil(n / 28)).slice(0, n)),
)

describe('an answer that echoes the credentials', () => {
  it('never leaves a window of the secret or the Basic value in the error message', async () => {
    const reached = { echoes: new Set<string>(), pages: new Set<string>() }
    await fc.assert(
      fc.asyncProperty(
        secrets,
        fc.constantFrom(...Object.keys(ECHOES)),
        fc.constantFrom(...Object.keys(PAGES)),
        fc.constantFrom(200, 400, 401, 403, 404, 409, 429, 500, 502, 503),
        filler,
        filler,
        async (secret, echo, page, status, before, after) => {
          reached.echoes.add(echo)
          reached.pages.add(page)
          const client = t.fake.addClient({ secret })
          const contentType = page === 'html' ? 'text/html' : page === 'text' ? 'text/plain' : 'application/json'
          const render = (e: EchoedCredentials) => PAGES[page]!(`${before}${ECHOES[echo]!(e, client.id)}${after}`)
          const messageFor = async (fake: (e: EchoedCredentials) => string) => {
            t.fake.inject({ kind: 'echo', status, contentType, render: fake }, { times: 10 })
            // One retry is enough to end on a retried answer's message; five only cost time.
            const retry = { maxRetries: 1, maxWaitMs: 10_000 }
            const auth = t.auth({ clientId: client.id, clientSecret: secret, retry })
            const error = await auth.findScopesById([GROUPS_SCOPE_ID]).catch((e: unknown) => e)
            t.fake.faults.length = 0
            expect(error).toBeInstanceOf(Error)
            return (error as Error).message
          }
          const message = await messageFor(render)
          // The same answer with nothing echoed: what is in it is not a leak.
          const control = await messageFor(() => render({ authorization: '', secret: '' }))

          const basic = Buffer.from(`${client.id}:${secret}`).toString('base64')
          const publicBase64 = Math.floor((client.id.length + 1) / 3) * 4
          const forms: [string, number][] = [[basic, publicBase64]]
          const sent = secret.toWellFormed().trim() // as UTF-8 carries it
          for (const form of [sent, sent.replace(/\s+/g, ' '), printable(sent)]) {
            if (form.length >= WINDOW) forms.push([form, 0])
          }
          expect(message).not.toMatch(/[\r\n\u2028\u2029]/)
          for (const [value, open] of forms) {
            for (const window of windowsOf(value, open)) {
              if (!window.trim() || control.includes(window)) continue
              expect(message).not.toContain(window)
            }
          }
        },
      ),
      { numRuns: 150 },
    )
    // The sample reached every way of echoing and every kind of page.
    expect([reached.echoes.size, reached.pages.size], replayWith).toEqual([
      Object.keys(ECHOES).length,
      Object.keys(PAGES).length,
    ])
  })
})

const RULES = [
  'is missing',
  'must be a UUID',
  'must be a string',
  'must be true or false',
  'must be a list',
  'must be an object',
  `must be at most ${LIMITS.name} characters`,
  `must be at most ${LIMITS.description} characters`,
  `must be at most ${LIMITS.scopeString} characters`,
  `must be at most ${LIMITS.domain} characters`,
  'must be one non-empty line without spaces or control characters',
]

const SCOPE_FIELDS: (string | number)[][] = [
  ['id'],
  ['client'],
  ['name'],
  ['description'],
  ['scope_string'],
  ['dependent_scopes'],
  ['dependent_scopes', 0],
  ['dependent_scopes', 0, 'scope'],
  ['dependent_scopes', 0, 'optional'],
  ['dependent_scopes', 0, 'requires_refresh_token'],
  ['allows_refresh_token'],
  ['advertised'],
  ['required_domains'],
  ['required_domains', 0],
]

const strings = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ maxLength: 600, unit: 'grapheme' }),
  fc.string({ maxLength: 80, unit: 'binary' }),
  fc.uuid(),
  fc.stringMatching(/^[a-z0-9.:/_-]{1,40}$/),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.integer({ min: 80, max: 2200 }))
    .map(([unit, times]) => unit.repeat(times)),
)

function display(path: (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('')
}

describe('any value in any answer field', () => {
  it('parses, or fails at once naming the field and the rule, never the value', async () => {
    const scope = t.fake.addScope(t.client.id, {
      scope_suffix: 'all',
      dependent_scopes: [{ scope: GROUPS_SCOPE_ID, optional: false, requires_refresh_token: true }],
      required_domains: ['example.org'],
    })
    const calls = [
      { call: 'getScope', prefix: ['scope'], described: `GET /v2/api/scopes/${scope.id}` },
      { call: 'findScopesById', prefix: ['scopes', 0], described: `GET /v2/api/scopes?ids=${scope.id}` },
    ] as const
    const clientFields = [['client', 'id'], ['client', 'scopes'], ['client', 'scopes', 0], ['client']]

    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ kind: fc.constantFrom(...calls), field: fc.constantFrom(...SCOPE_FIELDS) }),
          fc.record({ kind: fc.constant('client' as const), field: fc.constantFrom(...clientFields) }),
        ),
        fc.oneof({ weight: 5, arbitrary: strings }, fc.integer(), fc.boolean(), fc.constant(null)),
        async ({ kind, field }, value) => {
          const path = kind === 'client' ? field : [...kind.prefix, ...field]
          const described = kind === 'client' ? `GET /v2/api/clients/${t.client.id}` : kind.described
          const before = t.fake.requests.length
          t.fake.inject({ kind: 'field', path, value })
          const auth = t.auth()
          const outcome = await (kind === 'client'
            ? auth.getClientScopeIds()
            : kind.call === 'getScope'
              ? auth.getScope(scope.id)
              : auth.findScopesById([scope.id])
          ).catch((e: unknown) => e)
          expect(t.fake.requests.length - before).toBe(1)
          if (!(outcome instanceof Error)) return

          expect(outcome).toBeInstanceOf(TransportError)
          const template = `${described}: the answer did not have the expected shape (${display(path)}: `
          expect(outcome.message.startsWith(template)).toBe(true)
          const rule = outcome.message.slice(template.length, -1)
          expect(RULES).toContain(rule)
          const fixed = RULES.map((r) => `${template}${r})`).join('\n')
          if (typeof value === 'string' && value.length >= 4 && !fixed.includes(value)) {
            expect(outcome.message).not.toContain(value)
          }
        },
      ),
      { numRuns: 400 },
    )
  })
})
