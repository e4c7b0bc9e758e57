// Choosing the Action Provider's scope among a client's scopes with the same suffix, whatever
// order Globus answers in, and refusing a create answer that holds another scope.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CreateAnswerSchema, type Scope } from '../../../../src/globus/schemas.ts'
import { CreateAnswerError, chooseCreated, chooseScope } from '../../../../src/modes/ensure/scope-choice.ts'
import { AUTH_URL, useFakeGlobusAuth } from '../../../../test-support/fake-globus-auth/in-process.ts'

const CLIENT = 'aaaaaaaa-0000-4000-8000-00000000000a'
const want = { clientId: CLIENT, suffix: 'action_all' }

function scope(scope_string: string, id = `id-${scope_string.length}-${scope_string.at(-5)}`): Scope {
  return {
    id,
    client: CLIENT,
    name: 'AP',
    description: 'd',
    scope_string,
    dependent_scopes: [],
    allows_refresh_token: true,
    advertised: false,
    required_domains: [],
  }
}

const production = scope(`https://auth.globus.org/scopes/${CLIENT}/action_all`, 'p')
const otherHost = scope(`https://auth.sandbox.globuscs.info/scopes/${CLIENT}/action_all`, 'o')
const domainA = scope('urn:globus:auth:scope:a.example.org:action_all', 'a')
const domainB = scope('urn:globus:auth:scope:b.example.org:action_all', 'b')
const unrelated = scope(`https://auth.globus.org/scopes/${CLIENT}/manage`, 'm')

describe('chooseScope', () => {
  it('takes the expected scope string over the domain variants Globus lists first', () => {
    expect(chooseScope([domainA, domainB, production, unrelated], want)).toEqual({
      chosen: production,
      variants: [domainA, domainB],
    })
  })

  it('takes the /scopes/<client_id>/<suffix> form under any host, the client id in any case', () => {
    const upper = { ...want, clientId: CLIENT.toUpperCase() }
    expect(chooseScope([domainB, otherHost, domainA], upper)).toEqual({
      chosen: otherHost,
      variants: [domainA, domainB],
    })
  })

  it('prefers the exact expected string to the same form under another host', () => {
    expect(chooseScope([otherHost, production], want).chosen).toBe(production)
    expect(chooseScope([production, otherHost], { ...want, expected: otherHost.scope_string }).chosen).toBe(otherHost)
  })

  it('counts a URL-form scope string with a domain in place of the client id as a domain variant', () => {
    const urlDomain = scope('https://auth.globus.org/scopes/ap.example.org/action_all', 'u')
    expect(chooseScope([urlDomain, otherHost], want)).toEqual({ chosen: otherHost, variants: [urlDomain] })
  })

  it('takes the client form of an older suffix, capitals and all, over a domain variant that sorts first', () => {
    const older = { ...want, suffix: 'Send-Email' }
    const client = scope(`https://auth.sandbox.globuscs.info/scopes/${CLIENT}/Send-Email`, 'c')
    const domain = scope('https://auth.sandbox.globuscs.info/scopes/a.example.org/Send-Email', 'd')
    expect(chooseScope([domain, client], older)).toEqual({ chosen: client, variants: [domain] })
  })

  it('takes a domain variant only when no /scopes/ form exists, and nothing without the suffix', () => {
    expect(chooseScope([domainB, domainA], want)).toEqual({ chosen: domainA, variants: [domainB] })
    expect(chooseScope([unrelated], want)).toEqual({ chosen: undefined, variants: [] })
  })

  it('chooses the same scope whatever the order of the answer', () => {
    const all = [domainA, domainB, otherHost, production, unrelated]
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: 1 }), (some) => {
        const reversed = [...some].reverse()
        expect(chooseScope(some, want)).toEqual(chooseScope(reversed, want))
        const best = [production, otherHost, domainA, domainB].find((s) => some.includes(s))
        expect(chooseScope(some, want).chosen).toBe(best)
      }),
    )
  })
})

describe('chooseCreated', () => {
  it('takes the client-form scope among those an answer holds', () => {
    expect(chooseCreated([production], want)).toEqual({ chosen: production, variants: [] })
    expect(chooseCreated([domainA, production], want)).toEqual({ chosen: production, variants: [domainA] })
  })

  it('fails, naming what Globus answered, when no scope has the declared suffix', () => {
    const error = (() => {
      try {
        chooseCreated([unrelated, scope('x\n::error::y'.repeat(40), 'evil')], want)
      } catch (e) {
        return e as Error
      }
    })()
    expect(error).toBeInstanceOf(CreateAnswerError)
    expect(error?.message).toContain(
      `create of the scope suffix "action_all" with "${unrelated.scope_string}" (id "m")`,
    )
    // Untrusted text is quoted (JSON) and shortened, never a raw line break.
    expect(error?.message).not.toContain('\n')
    expect(error?.message).toContain('…" (id "evil"), none of which has that suffix')
    expect(() => chooseCreated([], want)).toThrow(/with no scope at all, so the action takes no scope/)
  })
})

describe('a create by a client with registered domains', () => {
  const t = useFakeGlobusAuth()

  it.each([
    [
      'url',
      'https://auth.globus.org/scopes/ap.example.org/action_all',
      'https://auth.globus.org/scopes/b.example.org/action_all',
    ],
    ['urn', 'urn:globus:auth:scope:ap.example.org:action_all', 'urn:globus:auth:scope:b.example.org:action_all'],
  ] as const)(
    'answers the domain scopes (%s form) first, and the choice takes the client’s own form',
    async (form, a, b) => {
      t.fake.domainScopeForm = form
      const client = t.fake.addClient({ fqdns: ['ap.example.org', 'b.example.org'] })
      const response = await fetch(`${AUTH_URL}/v2/api/clients/${client.id}/scopes`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ scope: { name: 'AP', description: 'd', scope_suffix: 'action_all' } }),
      })
      const answer = CreateAnswerSchema.parse(await response.json())
      const scopes = answer.scopes ?? []
      const strings = scopes.map((s) => s.scope_string)
      expect(strings).toEqual([a, b, `https://auth.globus.org/scopes/${client.id}/action_all`])
      const { chosen, variants } = chooseCreated(scopes, { clientId: client.id, suffix: 'action_all' })
      expect(chosen.scope_string).toBe(strings[2])
      expect(variants.map((v) => v.scope_string)).toEqual(strings.slice(0, 2))
    },
  )
})
