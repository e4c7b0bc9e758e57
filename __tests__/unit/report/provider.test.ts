// The deployed provider's failure in words: the way out first, every value from outside quoted by
// where it goes out (plain in the log, code spans in Markdown).
import { describe, expect, it } from 'vitest'
import { providerFailure } from '../../../src/report/lines.ts'

const URL_OF = 'https://actions.example.org/hello/'
const WANTED = 'https://auth.globus.org/scopes/0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f/action_all'
const code = (value: string) => `\`${value}\``

describe('providerFailure', () => {
  it('says what to set, then what the provider advertises and where it takes it from', () => {
    const text = providerFailure(URL_OF, WANTED, { kind: 'other-scope', advertised: 'x/old', reads: 3, ms: 1600 }, code)
    expect(text).toBe(
      `Set the provider's globus_auth_scope to \`${WANTED}\` and deploy it again: the Action Provider at \`${URL_OF}\` ` +
        "advertises `x/old`, another scope of this client (after 3 reads in 1.6 s). It takes its scope from its deployment's " +
        'configuration (the globus_auth_scope of its description; in action-provider-tools, the ActionProviderDescription ' +
        'it is built with). If a rollout is still under way, give it more time with timeout_seconds.',
    )
  })

  describe('a string that is no scope of this client', () => {
    const notOwn = (advertised: string) => providerFailure(URL_OF, WANTED, { kind: 'not-own-scope', advertised }, code)
    const lead = `Set the provider's globus_auth_scope to \`${WANTED}\` and deploy it again: the Action Provider at \`${URL_OF}\` advertises`

    it('points at the first character that differs, and says no rollout will help', () => {
      const typo = WANTED.replace('action_all', 'acton_all')
      expect(notOwn(typo)).toBe(
        `${lead} \`${typo}\`, which is no scope of this client: at character 72 it has \`o\` where the scope string ` +
          "has `i`. It takes its scope from its deployment's configuration (the globus_auth_scope of its description; " +
          'in action-provider-tools, the ActionProviderDescription it is built with).',
      )
      expect(notOwn(typo)).not.toContain('timeout_seconds')
    })

    it('says where one string ends before the other', () => {
      expect(notOwn(WANTED.slice(0, -1))).toContain(
        'which is no scope of this client: it ends after character 77, where the scope string goes on with `l`.',
      )
      expect(notOwn(`${WANTED}2`)).toContain(
        'which is no scope of this client: it goes on at character 79 with `2`, where the scope string ends.',
      )
    })

    it('names the code points and scripts of look-alike characters', () => {
      const lookAlike = WANTED.replace('globus', 'gl\u043ebus').replace('action', '\u0430ction')
      expect(notOwn(lookAlike)).toContain(
        'at character 16 it has `\u043e` (U+043E, Cyrillic) where the scope string has `o` (U+006F, Latin); also at character 69.',
      )
    })

    it('shows a combining mark alone on a dotted circle, so it does not sit on the quote', () => {
      expect(notOwn(WANTED.replace('globus', 'glo\u0301bus'))).toContain(
        'at character 17 it has `\u25cc\u0301` (U+0301, Inherited) where the scope string has `b` (U+0062, Latin).',
      )
    })
  })

  it('ends each refusal with one period, the way out first', () => {
    const refused = (fix: string | undefined) =>
      providerFailure(URL_OF, WANTED, { kind: 'refused', why: 'answered 401', ...(fix ? { fix } : {}) }, code)
    expect(refused('Add "public" to its visible_to, or leave provider_url out.')).toBe(
      `Add "public" to its visible_to, or leave provider_url out. The Action Provider at \`${URL_OF}\` answered 401.`,
    )
    expect(refused(undefined)).toBe(`The Action Provider at \`${URL_OF}\` answered 401.`)
  })

  it('quotes what the provider or the network said, and only that', () => {
    const unreadable = providerFailure(
      URL_OF,
      WANTED,
      {
        kind: 'unreadable',
        why: 'could not be reached',
        shown: { label: '', value: 'ECONNREFUSED <b>' },
        reads: 1,
        ms: 0,
      },
      code,
    )
    expect(unreadable).toMatch(/^Check that the provider is deployed and that the runner reaches it: /)
    expect(unreadable).toContain('it could not be reached (`ECONNREFUSED <b>`) (after 1 read in 0 ms)')
    const refused = providerFailure(
      URL_OF,
      WANTED,
      {
        kind: 'refused',
        why: 'answered something that is not JSON',
        shown: { label: 'content type ', value: 'text/html' },
      },
      code,
    )
    expect(refused).toBe(
      `The Action Provider at \`${URL_OF}\` answered something that is not JSON (content type \`text/html\`).`,
    )
  })
})
