// The contract check (npm run contract): routes to schemas, strict unknown fields, every violation,
// and the command's exit codes.
import { spawnSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Exchange } from '../../../src/globus/exchange.ts'
import { ScopesAnswerSchema } from '../../../src/globus/schemas.ts'
import { checkExchange, checkTranscript, contractReport, routeOf } from '../../../src/tooling/contract.ts'
import { unknownFields } from '../../../src/tooling/unknown-fields.ts'
import { forgedCommands } from '../../../test-support/boundary/checks.ts'
import { SCRIPTS } from '../../../test-support/paths.ts'

const ID = '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f'
const scope = (extra: Record<string, unknown> = {}) => ({
  id: ID,
  client: ID,
  name: 'A',
  description: 'B',
  scope_string: `https://auth.globus.org/scopes/${ID}/action_all`,
  dependent_scopes: [{ scope: ID, optional: false, requires_refresh_token: false }],
  allows_refresh_token: true,
  advertised: false,
  ...extra,
})
const check = (exchange: Exchange) => checkExchange(exchange, 1)

describe('routes', () => {
  it.each([
    ['GET', `/v2/api/scopes?scope_strings=a,b`, 'ScopesAnswerSchema'],
    ['GET', `/v2/api/scopes/${ID}`, 'ScopeAnswerSchema'],
    ['PUT', `/v2/api/scopes/${ID}`, 'ScopeAnswerSchema'],
    ['GET', `/v2/api/clients/${ID}`, 'ClientAnswerSchema'],
    ['POST', `/v2/api/clients/${ID}/scopes`, 'CreateAnswerSchema'],
    ['POST', '/v2/oauth2/token', 'TokenAnswerSchema'],
    ['POST', '/v2/oauth2/token/introspect', 'IntrospectionAnswerSchema'],
    ['POST', '/v2/oauth2/token/revoke', 'RevocationAnswerSchema'],
    ['GET', `/base/path/v2/api/scopes/${ID}`, 'ScopeAnswerSchema'],
  ])('%s %s is read with %s', (method, path, schema) => {
    expect(routeOf(method, path)?.schemaName).toBe(schema)
  })

  it('reads the token endpoint by the grant it was asked: a dependent-token grant answers a list', () => {
    const grant = { grant_type: 'urn:globus:auth:grant_type:dependent_token', token: '[redacted]' }
    expect(routeOf('POST', '/v2/oauth2/token', grant)?.schemaName).toBe('DependentTokensAnswerSchema')
    expect(routeOf('POST', '/v2/oauth2/token', { grant_type: 'client_credentials' })?.schemaName).toBe(
      'TokenAnswerSchema',
    )
    const answer = [
      {
        access_token: 'REDACTED-TOKEN--',
        scope: 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships',
        resource_server: 'groups.api.globus.org',
        token_type: 'bearer',
        expires_in: 120,
      },
    ]
    const checked = check({ method: 'POST', path: '/v2/oauth2/token', status: 200, request: grant, answer })
    expect([checked.schema, checked.violations, checked.unknown]).toEqual(['DependentTokensAnswerSchema', [], []])
  })

  it.each([
    ['DELETE', `/v2/api/scopes/${ID}`],
    ['GET', `/v2/api/clients/${ID}/scopes`],
    ['POST', '/v2/api/scopes'],
    ['GET', `/v2/api/scopes/${ID}/extra`],
  ])('%s %s has no schema: a violation', (method, path) => {
    expect(routeOf(method, path)).toBeUndefined()
    expect(check({ method, path, status: 200, answer: {} }).violations).toEqual([
      'no schema for this request: the client never sends it',
    ])
  })
})

describe('an answer checked strictly', () => {
  it('names each unknown field once, lists of entries sharing one path', () => {
    const answer = {
      scopes: [
        scope({ foo: 1 }),
        scope({ foo: 2, dependent_scopes: [{ scope: ID, optional: true, requires_refresh_token: false, bar: [] }] }),
      ],
      'odd key': null,
    }
    expect(unknownFields(ScopesAnswerSchema, answer)).toEqual([
      'scopes[].foo',
      'scopes[].dependent_scopes[].bar',
      '["odd key"]',
    ])
    const result = check({ method: 'GET', path: '/v2/api/scopes?ids=x', status: 200, answer })
    expect(result).toMatchObject({ schema: 'ScopesAnswerSchema', violations: [] })
    expect(result.unknown).toHaveLength(3)
  })

  it('lists every violated rule by field, never the value', () => {
    const answer = { scopes: [scope({ id: 'not-a-uuid' }), scope({ scope_string: 'two words', advertised: 'yes' })] }
    expect(check({ method: 'GET', path: '/v2/api/scopes', status: 200, answer }).violations).toEqual([
      'scopes[0].id: must be a UUID',
      'scopes[1].scope_string: must be one non-empty line without spaces or control characters',
      'scopes[1].advertised: must be true or false',
    ])
  })

  it('knows the fields under optional, nullable and defaulted schemas', () => {
    const answer = { scope: scope({ required_domains: ['example.org'] }) }
    expect(check({ method: 'POST', path: `/v2/api/clients/${ID}/scopes`, status: 201, answer })).toMatchObject({
      unknown: [],
      violations: [],
    })
    const neither = check({ method: 'POST', path: `/v2/api/clients/${ID}/scopes`, status: 201, answer: { other: 1 } })
    expect(neither).toMatchObject({
      unknown: ['other'],
      violations: ['the answer: must have a scope or a scopes field'],
    })
  })

  it('reads 4xx and 5xx answers with the error schema, whatever the route', () => {
    const answer = { errors: [{ status: 404, code: 'NOT_FOUND', source: { pointer: '/id' } }], request_id: 'r' }
    expect(check({ method: 'GET', path: `/v2/api/scopes/${ID}`, status: 404, answer })).toMatchObject({
      schema: 'ErrorBodySchema',
      unknown: ['errors[].source', 'request_id'],
      violations: [],
    })
    const bad = check({ method: 'DELETE', path: '/nowhere', status: 500, answer: { errors: 'boom' } })
    expect(bad.violations).toEqual(['errors: must be a list'])
  })

  it('breaks the contract with an answer that is not JSON; notes what it cannot check', () => {
    expect(check({ method: 'GET', path: '/v2/api/scopes', status: 200, answerText: '<html>' }).violations).toEqual([
      'the answer is not JSON',
    ])
    const noAnswer = check({ method: 'GET', path: '/v2/api/scopes', status: null, failure: 'connection failed: reset' })
    expect(noAnswer).toMatchObject({ note: 'no answer: connection failed: reset', violations: [] })
    expect(check({ method: 'GET', path: '/v2/api/scopes', status: 302, answerText: '' }).note).toMatch(/302/)
    expect(check({ method: 'GET', path: '/v2/api/scopes', status: 200, answer: '[redacted]' }).note).toMatch(/blanked/)
  })
})

describe('a transcript', () => {
  const good = JSON.stringify({
    method: 'GET',
    path: '/v2/api/scopes',
    status: 200,
    answer: { scopes: [scope({ extra: 1 })] },
  })
  const bad = JSON.stringify({ method: 'GET', path: `/v2/api/scopes/${ID}`, status: 200, answer: { scope: {} } })

  it('is checked line by line, lines that are not records being violations', () => {
    const checks = checkTranscript(`${good}\n\n{"method":"GET"}\nnot json\n`)
    expect(checks.map((c) => [c.line, c.violations])).toEqual([
      [1, []],
      [3, ['not a transcript record']],
      [4, ['not a transcript record']],
    ])
    const report = contractReport('t.jsonl', checks)
    expect([report.violations, report.unknown]).toEqual([2, 1])
    expect(report.lines).toContain('    ScopesAnswerSchema: scopes[].extra')
    expect(report.lines.at(-1)).toBe('  3 exchanges: 2 violations, 1 unknown fields')
  })

  describe('npm run contract', () => {
    const script = resolve(SCRIPTS, 'contract.ts')
    const contract = async (...texts: string[]) => {
      const folder = await mkdtemp(join(tmpdir(), 'contract-'))
      const files = await Promise.all(
        texts.map(async (text, i) => {
          const file = join(folder, `t${i}.jsonl`)
          await writeFile(file, text)
          return file
        }),
      )
      return spawnSync(process.execPath, [script, ...files], { encoding: 'utf8' })
    }

    it('exits 0 when answers only add fields, listing them', async () => {
      const run = await contract(good)
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('unknown field: scopes[].extra')
      expect(run.stdout).toContain('contract: no violations')
    })

    it('exits 1 when any answer of any transcript breaks a rule, naming it', async () => {
      const run = await contract(good, bad)
      expect(run.status).toBe(1)
      expect(run.stdout).toContain('violation: scope.id: is missing')
      expect(run.stdout).toMatch(/contract: \d+ violations/)
    })

    it('prints nothing a runner would take for a workflow command, whatever the transcript holds', async () => {
      const forged = JSON.stringify({
        method: 'GET',
        path: '/v2/api/scopes?x=\n::error::FORGED',
        status: 200,
        answer: { scopes: [], '##[error]FORGED': 1, '::warning::FORGED': 2, 'a\n::add-mask::FORGED': 3 },
      })
      const run = await contract(`${forged}\n`)
      expect(run.status).toBe(0)
      expect(forgedCommands(run.stdout)).toEqual([])
      expect(forgedCommands(run.stderr)).toEqual([])
      expect(run.stdout).toContain('unknown field: ')
    })

    it('exits 2 without a transcript, or with one it cannot read', () => {
      const run = spawnSync(process.execPath, [script], { encoding: 'utf8' })
      expect(run.status).toBe(2)
      expect(run.stderr).toContain('usage: npm run contract -- TRANSCRIPT.jsonl')
      const missing = spawnSync(process.execPath, [script, join(tmpdir(), 'no-such-transcript.jsonl')], {
        encoding: 'utf8',
      })
      expect(missing.status).toBe(2)
      expect(missing.stderr).toMatch(/^cannot read .*no-such-transcript\.jsonl: ENOENT/)
    })
  })
})
