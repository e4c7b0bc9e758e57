// The stand-in's own rules, where they follow the public record by default and have a switch for
// the other way: who sees a scope, which dependent scope ids a write takes, unknown keys.
import { describe, expect, it } from 'vitest'
import { AUTH_URL, useFakeGlobusAuth } from '../../test-support/fake-globus-auth/in-process.ts'

const t = useFakeGlobusAuth()

type Answered = { id: string; dependent_scopes: unknown[]; allows_refresh_token: boolean; advertised: boolean }
type Answer = { scopes: Answered[]; scope: Answered; errors: { code: string }[] }

/** One request as the client's own credentials send it: status and JSON answer. */
async function send(method: string, path: string, body?: unknown): Promise<{ status: number; answer: Answer }> {
  const response = await fetch(`${AUTH_URL}${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${t.client.id}:${t.client.secret}`).toString('base64')}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, answer: (await response.json()) as Answer }
}

const dependent = (scope: string) => ({ scope, optional: false, requires_refresh_token: false })
const newScope = (fields: Record<string, unknown>) => ({
  scope: { name: 'A', description: 'B', scope_suffix: 'action_all', ...fields },
})

describe('the fake Globus Auth', () => {
  it('shows a client its own scopes and advertised ones; `visibility: all` shows every scope', async () => {
    const other = t.fake.addClient({})
    const hidden = t.fake.addScope(other.id, { scope_suffix: 'hidden' })
    const shown = t.fake.addScope(other.id, { scope_suffix: 'shown', advertised: true })
    const mine = t.fake.addScope(t.client.id, { scope_suffix: 'mine' })
    const ids = () => send('GET', `/v2/api/scopes?ids=${[hidden.id, shown.id, mine.id].join(',')}`)
    expect((await ids()).answer.scopes.map((s) => s.id)).toEqual([shown.id, mine.id])
    expect((await send('GET', `/v2/api/scopes/${hidden.id}`)).status).toBe(404)
    t.fake.visibility = 'all'
    expect((await ids()).answer.scopes.map((s) => s.id)).toEqual([hidden.id, shown.id, mine.id])
    expect((await send('GET', `/v2/api/scopes/${hidden.id}`)).status).toBe(200)
  })

  it('lists the caller’s own scopes for a lookup with neither ids nor scope_strings', async () => {
    const mine = t.fake.addScope(t.client.id, { scope_suffix: 'mine' })
    const { status, answer } = await send('GET', '/v2/api/scopes')
    expect([status, answer.scopes.map((s) => s.id)]).toEqual([200, [mine.id]])
  })

  it('takes a hidden scope’s id in a write; an id of no scope at all is refused, or accepted by the switch', async () => {
    const hidden = t.fake.addScope(t.fake.addClient({}).id, { scope_suffix: 'hidden' })
    const created = await send(
      'POST',
      `/v2/api/clients/${t.client.id}/scopes`,
      newScope({ dependent_scopes: [dependent(hidden.id)] }),
    )
    expect([created.status, created.answer.scopes[0]?.dependent_scopes]).toEqual([201, [dependent(hidden.id)]])
    const nowhere = '00000000-0000-4000-8000-000000000000'
    const id = created.answer.scopes[0]?.id
    const refused = await send('PUT', `/v2/api/scopes/${id}`, { scope: { dependent_scopes: [dependent(nowhere)] } })
    expect([refused.status, refused.answer.errors[0]?.code]).toEqual([404, 'NOT_FOUND'])
    t.fake.unknownDependentScopes = 'accepted'
    const accepted = await send('PUT', `/v2/api/scopes/${id}`, { scope: { dependent_scopes: [dependent(nowhere)] } })
    expect([accepted.status, accepted.answer.scope.dependent_scopes]).toEqual([200, [dependent(nowhere)]])
  })

  it('drops a key it does not know from a write, so only the read-back shows it did not take; `unknownKeys: refused` is strict', async () => {
    // The older guide's spelling: not the API's, so it is dropped and the default stays.
    const created = await send(
      'POST',
      `/v2/api/clients/${t.client.id}/scopes`,
      newScope({ allow_refresh_tokens: false }),
    )
    expect([created.status, created.answer.scopes[0]?.allows_refresh_token]).toEqual([201, true])
    const id = created.answer.scopes[0]?.id
    const updated = await send('PUT', `/v2/api/scopes/${id}`, { scope: { advertized: true } })
    expect([updated.status, updated.answer.scope.advertised]).toEqual([200, false])
    t.fake.unknownKeys = 'refused'
    const refused = await send('PUT', `/v2/api/scopes/${id}`, { scope: { advertized: true } })
    expect([refused.status, refused.answer.errors[0]?.code]).toEqual([400, 'BAD_REQUEST'])
  })
})
