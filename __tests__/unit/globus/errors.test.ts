import { describe, expect, it } from 'vitest'
import { errorFromAnswer } from '../../../src/globus/answer.ts'
import { GlobusAuthError, MAX_ERRORS_SHOWN } from '../../../src/globus/errors.ts'
import { Redactor } from '../../../src/text/redact.ts'

const request = { method: 'POST', path: '/v2/api/clients/abc/scopes' }

describe('GlobusAuthError', () => {
  it('shows detail, then title, then error_description, with the status and request id', () => {
    const body = {
      errors: [{ status: '400', id: 'req-1', code: 'BAD', detail: 'the detail', title: 'the title' }],
      error_description: 'the description',
    }
    expect(new GlobusAuthError(request, 400, body, '').message).toBe(
      'Globus Auth answered 400 BAD to POST /v2/api/clients/abc/scopes: the detail (request id req-1).',
    )
    expect(new GlobusAuthError(request, 400, { errors: [{ title: 'the title' }] }, '').detail).toBe('the title')
    expect(
      new GlobusAuthError(request, 400, { error: 'invalid', error_description: 'the description' }, '').message,
    ).toBe('Globus Auth answered 400 invalid to POST /v2/api/clients/abc/scopes: the description.')
    expect(new GlobusAuthError(request, 400, undefined, 'no detail given').detail).toBe('no detail given')
  })

  it.each([
    [401, 'The client_id/client_secret pair is wrong, or the secret was deleted'],
    [403, 'These credentials do not administer that client or scope'],
    [429, 'rate limiting this client; run again later'],
    [503, 'server error; run again later'],
  ])('says what to do after a %i', (status, advice) => {
    expect(new GlobusAuthError(request, status, undefined, 'x').message).toContain(advice)
  })

  it('says refused credentials first, with the way out, in words of ours only; the request is the detail', () => {
    const refused = new GlobusAuthError(request, 401, { error: 'invalid_client', error_description: '<b>x</b>' }, '')
    expect(refused.refusal).toBe(
      'Globus Auth refused the client id and secret (401): create a new secret for this client in the Globus web ' +
        "app's developer settings (https://app.globus.org/settings/developers) and store it in the repository " +
        'secret passed as client_secret. The client_id/client_secret pair is wrong, or the secret was deleted.',
    )
    expect(refused.answer).toBe('Globus Auth answered 401 invalid_client to POST /v2/api/clients/abc/scopes: <b>x</b>.')
    expect(refused.message).toBe(`${refused.refusal} ${refused.answer}`)
    // Any other status is no refusal of the credentials: the answer, then the advice.
    expect(new GlobusAuthError(request, 403, undefined, 'x').refusal).toBeUndefined()
  })

  it('adds no advice where there is none to give', () => {
    expect(new GlobusAuthError(request, 409, undefined, 'exists').message).toBe(
      'Globus Auth answered 409 to POST /v2/api/clients/abc/scopes: exists.',
    )
  })

  it('shows every error of a list, each with its code when they differ, and counts what it leaves out', () => {
    const errors = Array.from({ length: MAX_ERRORS_SHOWN + 2 }, (_, i) => ({ code: `C${i}`, detail: `problem ${i}` }))
    expect(new GlobusAuthError(request, 400, { errors: errors.slice(0, 2) }, '').message).toBe(
      'Globus Auth answered 400 to POST /v2/api/clients/abc/scopes: C0: problem 0; C1: problem 1.',
    )
    expect(new GlobusAuthError(request, 400, { errors }, '').detail).toBe(
      'C0: problem 0; C1: problem 1; C2: problem 2; C3: problem 3; C4: problem 4; and 2 more',
    )
    const sameCode = [
      { code: 'BAD', detail: 'name too long' },
      { code: 'BAD', title: 'description too long' },
    ]
    expect(new GlobusAuthError(request, 400, { errors: sameCode }, '').message).toBe(
      'Globus Auth answered 400 BAD to POST /v2/api/clients/abc/scopes: name too long; description too long.',
    )
  })
})

describe('an error answer as Globus writes it', () => {
  const answer = (text: string) => ({
    status: 404,
    headers: { get: (name: string) => (name === 'content-type' ? 'application/json' : null) },
    text,
  })
  const secret = 'a-secret-of-some-length'
  const redactor = new Redactor([secret])

  it('takes a bare {"detail": …} for Globus’ own words, not for a non-Globus answer', () => {
    const error = errorFromAnswer(answer('{"detail": "No such scope"}'), request, redactor)
    expect(error.message).toBe('Globus Auth answered 404 to POST /v2/api/clients/abc/scopes: No such scope.')
    expect(errorFromAnswer(answer('{"message": "x"}'), request, redactor).detail).toMatch(/^a non-Globus answer/)
  })

  it('shows several errors redacted and each cut short', () => {
    const body = { errors: [{ detail: `echo ${secret}` }, { detail: 'y'.repeat(500) }] }
    const error = errorFromAnswer(answer(JSON.stringify(body)), request, redactor)
    expect(error.detail).toBe(`echo [redacted]; ${'y'.repeat(200)}…`)
  })
})

describe('a request in a message', () => {
  it('is cut short, however long the file made it', () => {
    const error = new GlobusAuthError(
      { method: 'GET', path: `/v2/api/scopes?scope_strings=${'x'.repeat(200_000)}` },
      431,
      undefined,
      'too long',
    )
    expect(error.message.length).toBeLessThan(1000)
    expect(error.message).toBe('Globus Auth answered 431 to GET /v2/api/scopes?…: too long.')
  })

  it('is cut after a separator of its query, never inside an id or a scope string', () => {
    const strings = Array.from(
      { length: 5 },
      (_, i) => `https://auth.globus.org/scopes/${`${i}`.repeat(8)}-1111-4111-8111-111111111111/all`,
    )
    const error = new GlobusAuthError(
      { method: 'GET', path: `/v2/api/scopes?scope_strings=${strings.join(',')}` },
      400,
      undefined,
      'x',
    )
    // 200 characters hold the first two scope strings whole, and the third is left out whole.
    expect(error.message).toBe(
      `Globus Auth answered 400 to GET /v2/api/scopes?scope_strings=${strings.slice(0, 2).join(',')},…: x.`,
    )
  })
})
