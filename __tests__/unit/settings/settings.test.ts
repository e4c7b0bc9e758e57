import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError, isPlanWithoutCredentials } from '../../../src/settings/input.ts'
import { readSettings } from '../../../src/settings/settings.ts'

const ID = '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f'
const SECRET = 'c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1uZXZlci1sZWFr'

function settings(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const all: Record<string, string> = { client_id: ID, client_secret: SECRET, ...inputs }
  return readSettings((name) => all[name] ?? '', { GITHUB_WORKSPACE: '/work/repo', ...env })
}

function error(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): string {
  try {
    settings(inputs, env)
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return (e as Error).message
  }
  throw new Error('expected an InputError')
}

describe('readSettings', () => {
  it('applies the defaults of action.yml', () => {
    expect(settings({})).toEqual({
      clientId: ID,
      clientSecret: SECRET,
      scopeFile: { path: '/work/repo/globus-scope.json', display: 'globus-scope.json', workspace: '/work/repo' },
      mode: 'ensure',
      authMethod: 'auto',
      authUrl: 'https://auth.globus.org',
      authUrlSource: 'the production environment',
      timeoutSeconds: 120,
      githubToken: '',
    })
  })

  it('maps environments, from the input first, then GLOBUS_SDK_ENVIRONMENT', () => {
    expect(settings({ environment: 'sandbox' }).authUrl).toBe('https://auth.sandbox.globuscs.info')
    expect(settings({}, { GLOBUS_SDK_ENVIRONMENT: 'preview' }).authUrl).toBe('https://auth.preview.globus.org')
    expect(settings({ environment: 'test' }, { GLOBUS_SDK_ENVIRONMENT: 'preview' }).authUrl).toBe(
      'https://auth.test.globuscs.info',
    )
  })

  it('names the valid environments when one is unknown, and where it came from', () => {
    expect(error({ environment: 'prod' })).toBe(
      'Input environment is "prod", which is not a Globus environment; use one of: production, preview, sandbox, integration, test, staging.',
    )
    expect(error({}, { GLOBUS_SDK_ENVIRONMENT: 'qa' })).toMatch(/^GLOBUS_SDK_ENVIRONMENT is "qa"/)
  })

  it('checks an environment name even when auth_url wins', () => {
    expect(error({ auth_url: 'https://auth.example.org', environment: 'prod' })).toMatch(/^Input environment is "prod"/)
    expect(error({ auth_url: 'https://auth.example.org' }, { GLOBUS_SDK_ENVIRONMENT: 'qa' })).toMatch(
      /^GLOBUS_SDK_ENVIRONMENT is "qa"/,
    )
  })

  it('prefers the inputs to the Globus SDK variables', () => {
    const env = { GLOBUS_SDK_SERVICE_URL_AUTH: 'https://auth.example.org', GLOBUS_SDK_ENVIRONMENT: 'preview' }
    expect(settings({ environment: 'sandbox' }, env)).toMatchObject({
      authUrl: 'https://auth.sandbox.globuscs.info',
      authUrlSource: 'the sandbox environment (input)',
    })
    expect(settings({}, env).authUrlSource).toBe('GLOBUS_SDK_SERVICE_URL_AUTH')
  })

  it('takes auth_url over the environment and GLOBUS_SDK_SERVICE_URL_AUTH', () => {
    expect(settings({ auth_url: 'https://auth.example.org/' }).authUrl).toBe('https://auth.example.org')
    expect(settings({}, { GLOBUS_SDK_SERVICE_URL_AUTH: 'http://localhost:8080' }).authUrl).toBe('http://localhost:8080')
    expect(
      settings({ auth_url: 'https://a.example.org' }, { GLOBUS_SDK_SERVICE_URL_AUTH: 'https://b.example.org' }).authUrl,
    ).toBe('https://a.example.org')
    expect(settings({ auth_url: 'http://[::1]:9000' }).authUrl).toBe('http://[::1]:9000')
  })

  it.each([
    ['http://auth.example.org', /plain http is only allowed for loopback hosts/],
    ['ftp://127.0.0.1', /protocol ftp: is not supported/],
    ['https://user:pw@auth.example.org', /must not carry a user name or password/],
    ['not a url', /is not a URL/],
  ])('refuses auth_url %s', (url, message) => {
    expect(error({ auth_url: url })).toMatch(message)
  })

  it('never repeats the client id or secret values in an error', () => {
    const swapped = error({ client_id: SECRET, client_secret: ID })
    expect(swapped).toContain('Input client_id must be a Globus Auth client id')
    expect(swapped).toContain('not swapped')
    expect(swapped).not.toContain(SECRET)
    expect(error({ client_secret: ID })).not.toContain(ID)
  })

  it.each([
    [{ client_id: '' }, 'Input client_id is required'],
    [{ client_secret: ' ' }, 'Input client_secret is required'],
    [
      { client_secret: 'short' },
      'Input client_secret is 5 characters long; a Globus client secret is 44. Check that the repository secret holds the whole secret, as Globus showed it.',
    ],
    [{ mode: 'apply' }, 'Input mode is "apply"; use one of: ensure, verify, plan, export.'],
    [{ auth_method: 'oauth' }, 'Input auth_method is "oauth"; use one of: auto, basic, token.'],
    [{ timeout_seconds: '0' }, 'Input timeout_seconds is "0"; give a number of seconds between 1 and 3600.'],
    [{ timeout_seconds: '0.5' }, 'Input timeout_seconds is "0.5"'],
    [{ timeout_seconds: 'soon' }, 'Input timeout_seconds is "soon"'],
  ])('names the input at fault: %o', (inputs, message) => {
    expect(error(inputs)).toContain(message)
  })

  it('resolves scope_file against the workspace, keeping what the user wrote for messages', () => {
    expect(settings({ scope_file: 'globus/scope.json' }).scopeFile).toEqual({
      path: '/work/repo/globus/scope.json',
      display: 'globus/scope.json',
      workspace: '/work/repo',
    })
  })

  it('takes the workspace the scope file must be in from GITHUB_WORKSPACE, else the working directory', () => {
    expect(settings({ scope_file: '/etc/passwd' }).scopeFile).toEqual({
      path: '/etc/passwd',
      display: '/etc/passwd',
      workspace: '/work/repo',
    })
    expect(settings({}, { GITHUB_WORKSPACE: '' }).scopeFile.workspace).toBe(process.cwd())
  })

  it('refuses an auth_url or provider_url on port 0, which would connect somewhere the URL does not say', () => {
    for (const name of ['auth_url', 'provider_url']) {
      expect(error({ [name]: 'http://127.0.0.1:0' })).toContain('port 0 is not a port to connect to')
    }
  })
})

describe('a URL input in a message', () => {
  it('never shows a user name or password, parseable or not, and says what is wrong', () => {
    expect(error({ provider_url: 'https://user:PASSWORDpassword1234@[bad' })).toBe(
      'Input provider_url is "https://…@[bad", which is not a URL: its host is not a host name or an IP address; ' +
        'give a base URL like https://actions.example.org/my_provider/.',
    )
    expect(error({ auth_url: 'https://user:PASSWORDpassword1234@auth.example.org/x?token=abc#f' })).toBe(
      'Input auth_url is "https://…@auth.example.org/x": it must not carry a user name or password. ' +
        'The client secret is only sent over HTTPS.',
    )
    // A slash, ? or # in the password: URL reads the host `user`, port 1234 or 12, and a path or a
    // query holding the rest; the @ still ends what the user typed as a password.
    for (const url of ['https://user:1234/PASSWORD@auth.example.org', 'https://user:12?PASSWORD@auth.example.org']) {
      expect(error({ auth_url: url })).toBe(
        'Input auth_url is "https://…@auth.example.org": it must not carry a user name or password. ' +
          'The client secret is only sent over HTTPS.',
      )
    }
    // Read as a scheme (alice:) and a path: all of it up to the @ is the user's.
    expect(error({ auth_url: 'alice:s3cretpassword@auth.example.org' })).toBe(
      'Input auth_url is "…@auth.example.org": it must not carry a user name or password. ' +
        'The client secret is only sent over HTTPS.',
    )
    expect(error({ auth_url: 'https:alice:s3cretpassword@auth.example.org' })).toMatch(
      /^Input auth_url is "…@auth\.example\.org": it must not carry/,
    )
  })

  it('shows a file: URL as written, not as null/etc/passwd', () => {
    expect(error({ provider_url: 'file:///etc/passwd' })).toBe(
      'Input provider_url is "file:///etc/passwd": the protocol file: is not supported; use https. ' +
        'The provider’s description is read over HTTPS only, without credentials.',
    )
  })

  it.each([
    ['auth.globus.org', 'it has no scheme; write https:// before the host'],
    ['https://', 'it has no host'],
    ['https://user:pw@', 'it has no host'],
    ['https://auth.example.org:https', 'its port is not a number'],
    ['https://auth.example.org:99999', 'its port is above 65535'],
    ['https://auth example.org', 'its host is not a host name or an IP address'],
    ['https://[::1', 'its host is not a host name or an IP address'],
  ])('names what keeps %s from being a URL', (url, problem) => {
    expect(error({ auth_url: url })).toContain(`, which is not a URL: ${problem}; give a base URL like`)
  })

  it('holds no part of a user name or password, whatever the rest of the input', () => {
    // With the characters that end a password early when typed unescaped (`/`, `?`, `#`, `@`, a backslash).
    const userinfoChar = fc.constantFrom(...'abcXYZ0189-._~!$&()*+,;=%/?#@:\\'.split(''))
    const part = fc.array(userinfoChar, { minLength: 12, maxLength: 24 }).map((chars) => chars.join(''))
    const scheme = fc.constantFrom(
      'https://',
      'http://',
      'ftp://',
      'file://',
      'foo://',
      'https:',
      'https:/\\',
      '//',
      '',
    )
    fc.assert(
      fc.property(scheme, part, part, fc.string({ unit: 'binary', maxLength: 40 }), (start, user, password, rest) => {
        fc.pre(![start, rest].some((text) => text.includes(user) || text.includes(password)))
        for (const name of ['auth_url', 'provider_url']) {
          const url = `${start}${user}:${password}@${rest}`.trim()
          let message = ''
          try {
            message = settings({ [name]: url })[name === 'auth_url' ? 'authUrl' : 'providerUrl']?.toString() ?? ''
          } catch (e) {
            message = (e as Error).message
          }
          expect(message).not.toContain(user)
          expect(message).not.toContain(password)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('the stand-in caller (caller_client_id, caller_client_secret)', () => {
  const CALLER = '5F1E7A8C-3B2D-4C6E-9A0F-1D2C3B4A5E6F'
  const CALLER_SECRET = 'Zq3vK8pW2mN7xR4tY6uB1cD5eF9gH0jLaBcDeFgHiJk='

  it('is none when both are empty, and both, the id in lower case, when both are given', () => {
    expect(settings({}).caller).toBeUndefined()
    expect(settings({ caller_client_id: ' ', caller_client_secret: '' }).caller).toBeUndefined()
    expect(settings({ caller_client_id: CALLER, caller_client_secret: CALLER_SECRET }).caller).toEqual({
      clientId: CALLER.toLowerCase(),
      clientSecret: CALLER_SECRET,
    })
  })

  it('refuses one without the other, naming the one missing and how to pass it', () => {
    expect(error({ caller_client_id: CALLER })).toBe(
      'Input caller_client_secret is required with caller_client_id: pass the stand-in caller’s secret from a ' +
        `repository secret, e.g. caller_client_secret: \${{ secrets.GLOBUS_CALLER_CLIENT_SECRET }}, or leave both out.`,
    )
    expect(error({ caller_client_secret: CALLER_SECRET })).toBe(
      'Input caller_client_id is required with caller_client_secret: pass the stand-in caller’s client id too, ' +
        `e.g. caller_client_id: \${{ vars.GLOBUS_CALLER_CLIENT_ID }}, or leave both out.`,
    )
  })

  it.each([
    [
      { caller_client_id: 'caller', caller_client_secret: CALLER_SECRET },
      'Input caller_client_id must be a Globus Auth client id (a UUID like 0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f); ' +
        'the value given (6 characters) is not. Check that caller_client_id and caller_client_secret are not swapped.',
    ],
    [
      { caller_client_id: CALLER, caller_client_secret: 'short' },
      'Input caller_client_secret is 5 characters long; a Globus client secret is 44.',
    ],
    [
      { caller_client_id: CALLER, caller_client_secret: ID },
      'Input caller_client_secret looks like a client id (a UUID), not a secret: check that caller_client_id and caller_client_secret are not swapped.',
    ],
  ])('holds it to the rules of client_id and client_secret: %o', (inputs, message) => {
    expect(error(inputs)).toContain(message)
  })

  it('never repeats the caller’s id or secret in an error, swapped or not', () => {
    const swapped = error({ caller_client_id: CALLER_SECRET, caller_client_secret: CALLER })
    expect(swapped).toMatch(/^Input caller_client_id must be a Globus Auth client id/)
    expect(swapped).not.toContain(CALLER_SECRET)
    expect(swapped).not.toContain(CALLER.toLowerCase())
  })

  it('must have its own secret, never the provider’s', () => {
    const message = error({ caller_client_id: CALLER, caller_client_secret: ` ${SECRET}` })
    expect(message).toBe(
      'Input caller_client_secret is the same as client_secret: pass the stand-in caller’s own secret, from the ' +
        `repository secret that holds it, e.g. caller_client_secret: \${{ secrets.GLOBUS_CALLER_CLIENT_SECRET }}.`,
    )
  })

  it('must be another client than the provider’s own, whatever the case of its id', () => {
    expect(error({ caller_client_id: ID.toUpperCase(), caller_client_secret: CALLER_SECRET })).toMatch(
      /^Input caller_client_id is the Action Provider’s own client \(client_id\): the caller check needs a second client/,
    )
  })
})

describe('a pull request from a fork (no secrets, no variables)', () => {
  const skipped = (inputs: Record<string, string>, event = 'pull_request') =>
    isPlanWithoutCredentials((name) => inputs[name] ?? '', { GITHUB_EVENT_NAME: event })

  it('skips plan when both credentials are empty on a pull request', () => {
    expect(skipped({ mode: 'plan', client_id: '', client_secret: ' ' })).toBe(true)
  })

  it('skips nothing else: one credential missing is the workflow’s mistake; ensure and verify fail; so does a push', () => {
    expect(skipped({ mode: 'plan', client_id: ID })).toBe(false)
    expect(skipped({ mode: 'plan', client_secret: SECRET })).toBe(false)
    for (const mode of ['', 'ensure', 'verify']) expect(skipped({ mode })).toBe(false)
    expect(skipped({ mode: 'plan' }, 'push')).toBe(false)
  })
})
