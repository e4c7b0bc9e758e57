// The deployed provider's failure in words: the way out first, every value from outside quoted by
// the door it goes through (plain in the log, code spans in Markdown).
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
        'advertises `x/old` (after 3 reads in 1.6 s). It takes its scope from its deployment’s configuration (the '.replace(
          '’',
          "'",
        ) +
        'globus_auth_scope of its description; in action-provider-tools, the ActionProviderDescription it is built with). ' +
        'If a rollout is still under way, give it more time with timeout_seconds.',
    )
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
    expect(unreadable).toContain('it could not be reached (`ECONNREFUSED <b>`) (after 1 read in 0.0 s)')
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
