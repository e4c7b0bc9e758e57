// The contract check behind `npm run contract`: every answer of a transcript (exchange.ts) against
// the schema the client reads it with, chosen by route, in strict mode; of a lookup, every scope
// against ScopeSchema, though the client reads other services' scopes for their id and scope string
// only (ScopeRefSchema): their odd fields are evidence worth seeing. Violations of a schema's
// rules break the contract; fields the schemas do not know are listed, since the client ignores
// them. Pure: text in, results out. Not part of the action's run.
import { z } from 'zod'
import {
  answerIssueMessage,
  answerProblem,
  ClientAnswerSchema,
  CreateAnswerSchema,
  DependentTokensAnswerSchema,
  ErrorBodySchema,
  IntrospectionAnswerSchema,
  RevocationAnswerSchema,
  ScopeAnswerSchema,
  ScopesAnswerSchema,
  TokenAnswerSchema,
} from '../globus/schemas.ts'
import { DEPENDENT_TOKEN_GRANT } from '../globus/tokens.ts'
import { cut } from '../text/excerpt.ts'
import { REDACTED } from '../text/redact.ts'
import { unknownFields } from './unknown-fields.ts'

interface Route {
  method: string
  template: string
  /** The form's grant_type, where one path answers several grants in several shapes. */
  grantType?: string
  schemaName: string
  schema: z.core.$ZodType
}

const ROUTES: readonly Route[] = [
  { method: 'GET', template: '/v2/api/scopes', schemaName: 'ScopesAnswerSchema', schema: ScopesAnswerSchema },
  { method: 'GET', template: '/v2/api/scopes/{scope_id}', schemaName: 'ScopeAnswerSchema', schema: ScopeAnswerSchema },
  {
    method: 'GET',
    template: '/v2/api/clients/{client_id}',
    schemaName: 'ClientAnswerSchema',
    schema: ClientAnswerSchema,
  },
  {
    method: 'POST',
    template: '/v2/api/clients/{client_id}/scopes',
    schemaName: 'CreateAnswerSchema',
    schema: CreateAnswerSchema,
  },
  { method: 'PUT', template: '/v2/api/scopes/{scope_id}', schemaName: 'ScopeAnswerSchema', schema: ScopeAnswerSchema },
  {
    method: 'POST',
    template: '/v2/oauth2/token',
    grantType: DEPENDENT_TOKEN_GRANT,
    schemaName: 'DependentTokensAnswerSchema',
    schema: DependentTokensAnswerSchema,
  },
  { method: 'POST', template: '/v2/oauth2/token', schemaName: 'TokenAnswerSchema', schema: TokenAnswerSchema },
  {
    method: 'POST',
    template: '/v2/oauth2/token/introspect',
    schemaName: 'IntrospectionAnswerSchema',
    schema: IntrospectionAnswerSchema,
  },
  {
    method: 'POST',
    template: '/v2/oauth2/token/revoke',
    schemaName: 'RevocationAnswerSchema',
    schema: RevocationAnswerSchema,
  },
]

// Any base path may come before the API's own (an auth_url with a path).
const patterns = new Map(
  ROUTES.map((route) => [route, new RegExp(`^(?:/.*)?${route.template.replace(/\{[a-z_]+\}/g, '[^/]+')}$`)]),
)

/** A transcript line as exchange.ts writes it. */
const RecordSchema = z.object({
  method: z.string(),
  path: z.string(),
  status: z.number().int().nullable(),
  request: z.unknown().optional(),
  answer: z.unknown().optional(),
  answerText: z.string().optional(),
  failure: z.string().optional(),
})
type TranscriptRecord = z.infer<typeof RecordSchema>

export interface ExchangeCheck {
  /** Line number in the transcript, from 1. */
  line: number
  /** `METHOD path status`, as people read it. */
  exchange: string
  /** The schema the answer was checked with, when there was one. */
  schema?: string
  /** Fields of the answer no schema names, as `scopes[].foo`. */
  unknown: string[]
  /** Rules the answer (or the line) breaks, as `scopes[0].id: must be a UUID`. */
  violations: string[]
  /** Why nothing was checked. */
  note?: string
}

/** The route of a request, by method and path (the query is not part of it), and the form's grant_type. */
export function routeOf(method: string, path: string, request?: unknown): Route | undefined {
  const bare = path.split('?')[0] ?? ''
  const grantType = (request as { grant_type?: unknown } | null | undefined)?.grant_type
  return ROUTES.find(
    (route) =>
      route.method === method &&
      patterns.get(route)?.test(bare) &&
      (route.grantType === undefined || route.grantType === grantType),
  )
}

export function checkTranscript(text: string): ExchangeCheck[] {
  const checks: ExchangeCheck[] = []
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim()) return
    const line = index + 1
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      parsed = undefined
    }
    const record = RecordSchema.safeParse(parsed)
    if (record.success) checks.push(checkExchange(record.data, line))
    else checks.push({ line, exchange: `line ${line}`, unknown: [], violations: ['not a transcript record'] })
  })
  return checks
}

export function checkExchange(record: TranscriptRecord, line: number): ExchangeCheck {
  const { method, path, status } = record
  const base = { line, exchange: `${method} ${cut(path, 120)} ${status ?? '(no answer)'}`, unknown: [], violations: [] }
  if (status === null) return { ...base, note: `no answer: ${record.failure ?? 'no reason recorded'}` }
  if (status < 200 || (status >= 300 && status < 400))
    return { ...base, note: `status ${status} is not read as an answer` }
  const route =
    status >= 400 ? { schemaName: 'ErrorBodySchema', schema: ErrorBodySchema } : routeOf(method, path, record.request)
  if (!route) return { ...base, violations: ['no schema for this request: the client never sends it'] }
  const checked = { ...base, schema: route.schemaName }
  if (record.answer === REDACTED)
    return { ...checked, note: 'not checked: the record was blanked (it held a credential)' }
  if (record.answer === undefined) return { ...checked, violations: ['the answer is not JSON'] }
  // The client's own messages: the rule broken, never the value.
  const parsed = z.safeParse(route.schema, record.answer, { error: answerIssueMessage })
  const violations = parsed.success ? [] : parsed.error.issues.map(answerProblem)
  return { ...checked, unknown: unknownFields(route.schema, record.answer), violations }
}

export interface ContractReport {
  lines: string[]
  violations: number
  unknown: number
}

/** A report for people: each exchange, what it breaks or adds, then the unknown fields by schema. */
export function contractReport(name: string, checks: ExchangeCheck[]): ContractReport {
  const lines = [name]
  const bySchema = new Map<string, Set<string>>()
  for (const check of checks) {
    const verdict = check.note ?? (check.violations.length + check.unknown.length === 0 ? 'ok' : '')
    lines.push(
      `  ${check.line}: ${check.exchange}${check.schema ? ` (${check.schema})` : ''}${verdict ? `: ${verdict}` : ''}`,
    )
    for (const violation of check.violations) lines.push(`      violation: ${violation}`)
    for (const field of check.unknown) lines.push(`      unknown field: ${field}`)
    if (check.schema && check.unknown.length > 0) {
      const known = bySchema.get(check.schema) ?? new Set()
      for (const field of check.unknown) known.add(field)
      bySchema.set(check.schema, known)
    }
  }
  if (bySchema.size > 0) lines.push('  unknown fields by schema:')
  for (const [schema, fields] of bySchema) lines.push(`    ${schema}: ${[...fields].join(', ')}`)
  const violations = checks.reduce((sum, c) => sum + c.violations.length, 0)
  const unknown = checks.reduce((sum, c) => sum + c.unknown.length, 0)
  lines.push(`  ${checks.length} exchanges: ${violations} violations, ${unknown} unknown fields`)
  return { lines, violations, unknown }
}
