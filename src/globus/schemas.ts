// What Globus Auth answers, checked once at the boundary. Every value is bounded and ids are
// UUIDs: ids go into request paths, scope strings into queries, reports and comments. Unknown
// extra fields are tolerated (the service may add some); missing, mistyped or out-of-bounds
// ones are errors. Messages name the rule, never the value (see answerIssueMessage).
import * as z from 'zod/mini'
import { fieldPath } from '../text/field-path.ts'
import { isUuid, NOT_IN_A_TOKEN } from './scope-string.ts'

export const LIMITS = {
  scopeString: 512,
  name: 1_000,
  description: 10_000,
  /** A DNS name is at most 253 characters. */
  domain: 253,
  dependentScopes: 100,
  requiredDomains: 100,
  /** Scopes in one answer: a lookup, or the ids of a client's scopes. */
  scopes: 1_000,
  errorText: 10_000,
  errors: 100,
} as const

// Only the lookup's schemas are built when the module loads: the others (z.lazy) when first
// used, since the steady state reads nothing else.

/** One line: no whitespace, control, format (bidi, zero-width) or lone surrogate characters. */
const TOKEN = new RegExp(`^[^${NOT_IN_A_TOKEN}]+$`, 'u')

const uuid = z.string().check(z.refine(isUuid, { error: 'must be a UUID' }))

const bounded = (max: number, ...checks: z.core.$ZodCheck<string>[]) =>
  z.string().check(z.maxLength(max, { error: `must be at most ${max} characters` }), ...checks)

const token = (max: number) =>
  bounded(max, z.regex(TOKEN, { error: 'must be one non-empty line without spaces or control characters' }))

/** A scope string: one token, bounded (also what a provider's description must advertise). */
export const ScopeStringSchema = token(LIMITS.scopeString)

const list = <T extends z.core.SomeType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max, { error: `must have at most ${max} entries` }))

const DependentScopeSchema = z.object({
  scope: uuid,
  optional: z.boolean(),
  requires_refresh_token: z.boolean(),
})
export type DependentScope = z.infer<typeof DependentScopeSchema>

const ScopeSchema = z.object({
  id: uuid,
  client: uuid,
  name: bounded(LIMITS.name),
  description: bounded(LIMITS.description),
  scope_string: ScopeStringSchema,
  dependent_scopes: list(DependentScopeSchema, LIMITS.dependentScopes),
  allows_refresh_token: z.boolean(),
  advertised: z.boolean(),
  required_domains: z._default(list(token(LIMITS.domain), LIMITS.requiredDomains), []),
})
export type Scope = z.infer<typeof ScopeSchema>

/** A scope by what names it: all reports and dependent scopes need of another service's scope. */
export type NamedScope = Pick<Scope, 'id' | 'scope_string'>

/** A scope as a lookup answers it (ScopeRefSchema). */
export interface ScopeRef extends NamedScope {
  /** The owning client, when the answer gives a UUID there. */
  client: string | undefined
  /** The whole scope, when it keeps every rule of ScopeSchema. */
  whole: Scope | undefined
  /** Otherwise the first rule it breaks, as `description: must be a string`: never the value. */
  problem: string | undefined
}

/**
 * A scope in a lookup's answer. Most of them the action only resolves or names (Groups,
 * Transfer, dependent scopes): of those it reads the id and the scope string, and their other
 * fields are not its to judge (a null name on another service's scope must not fail the run).
 * Each is checked against ScopeSchema too, here at the boundary, so that the client's own scope,
 * which the action reads whole, is taken only when it keeps every rule (client.ts: ownScope).
 */
const ScopeRefSchema = z.pipe(
  z.looseObject({ id: uuid, scope_string: token(LIMITS.scopeString) }),
  z.transform((seen: { id: string; scope_string: string; client?: unknown }): ScopeRef => {
    const whole = ScopeSchema.safeParse(seen, { error: answerIssueMessage })
    const issue = whole.error?.issues[0]
    return {
      id: seen.id,
      scope_string: seen.scope_string,
      client: uuid.safeParse(seen.client).data,
      whole: whole.data,
      problem: whole.success ? undefined : issue ? answerProblem(issue) : 'is not valid',
    }
  }),
)

export const ScopeAnswerSchema = z.lazy(() => z.object({ scope: ScopeSchema }))
/** A lookup's answer, as the client reads it: every scope for its id and scope string. */
export const LookupAnswerSchema = z.object({ scopes: list(ScopeRefSchema, LIMITS.scopes) })
/** A lookup's answer with every scope held to ScopeSchema: what the contract check expects of Globus. */
export const ScopesAnswerSchema = z.lazy(() => z.object({ scopes: list(ScopeSchema, LIMITS.scopes) }))

/**
 * The SDKs say a create answers `{scope}`, the guide says `{scopes: [...]}`: accept both. One
 * object rather than a union, so that a problem is reported at its field.
 */
export const CreateAnswerSchema = z.lazy(() =>
  z.object({ scope: z.optional(ScopeSchema), scopes: z.optional(list(ScopeSchema, LIMITS.scopes)) }).check(
    z.refine((answer) => answer.scope !== undefined || answer.scopes !== undefined, {
      error: 'must have a scope or a scopes field',
    }),
  ),
)

export const ClientAnswerSchema = z.lazy(() =>
  z.object({
    client: z.object({ id: uuid, scopes: list(uuid, LIMITS.scopes) }),
  }),
)

/** RFC 6750's b64token: what a Bearer header can carry, nothing a header or a log line chokes on. */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/

// A token is long; a short one could not be told from ordinary text when it is redacted.
export const BearerTokenSchema = z.lazy(() =>
  bounded(
    4096,
    z.minLength(16, { error: 'must be at least 16 characters' }),
    z.regex(BEARER_TOKEN, { error: 'must be a bearer token (letters, digits and -._~+/ only)' }),
  ),
)

/** OAuth2's `scope`: scope strings separated by spaces, each one a scope string. */
const ScopeListSchema = z.lazy(() =>
  z.pipe(
    z.pipe(
      bounded(LIMITS.scopeString * LIMITS.dependentScopes),
      z.transform((text: string) => text.split(' ').filter((part) => part !== '')),
    ),
    list(ScopeStringSchema, LIMITS.dependentScopes),
  ),
)

/**
 * The OAuth2 token endpoint's answer to a grant: a client-credentials token (manage_projects, or
 * a stand-in caller's for the scope), or one token of a dependent-token grant. Only the token is
 * needed; the rest tells a caller's check what the token is for and when it expires by itself.
 */
export const TokenAnswerSchema = z.lazy(() =>
  z.object({
    access_token: BearerTokenSchema,
    token_type: z.optional(bounded(32)),
    scope: z.optional(ScopeListSchema),
    resource_server: z.optional(bounded(LIMITS.scopeString)),
    refresh_token: z.nullish(BearerTokenSchema),
    expires_in: z.optional(z.number().check(z.int(), z.nonnegative())),
  }),
)

/** The dependent-token grant answers a JSON list: one token per resource server (the Python SDK's fixture). */
export const DependentTokensAnswerSchema = z.lazy(() => list(TokenAnswerSchema, LIMITS.dependentScopes))

const audience = bounded(LIMITS.scopeString)

/**
 * Token introspection: `{"active": false}` for a token not valid for the asking client, else its
 * scopes and audience among other fields (the Python SDK's fixture). What `aud` holds is unverified;
 * RFC 7662 lets it be one string or a list, and null is read as no audience given.
 */
export const IntrospectionAnswerSchema = z.lazy(() =>
  z.object({
    active: z.boolean(),
    scope: z.optional(ScopeListSchema),
    client_id: z.optional(bounded(LIMITS.scopeString)),
    aud: z.pipe(
      z.nullish(
        z.union([
          z.pipe(
            audience,
            z.transform((one: string) => [one]),
          ),
          list(audience, LIMITS.dependentScopes),
        ]),
      ),
      z.transform((given: string[] | null | undefined) => given ?? undefined),
    ),
  }),
)

/** Revocation answers `{"active": false}` (the Python SDK's fixture); nothing of it is needed. */
export const RevocationAnswerSchema = z.lazy(() => z.object({ active: z.optional(z.boolean()) }))

/** Globus' error shape. Its strings are shown only after redaction and escaping (transport.ts). */
const errorText = bounded(LIMITS.errorText)
export const ErrorBodySchema = z.lazy(() =>
  z.object({
    errors: z.optional(
      list(
        z.object({
          status: z.nullish(z.union([z.string().check(z.maxLength(16)), z.number()])),
          id: z.nullish(errorText),
          code: z.nullish(errorText),
          detail: z.nullish(errorText),
          title: z.nullish(errorText),
        }),
        LIMITS.errors,
      ),
    ),
    // A bare `{"detail": "..."}` is Globus' too (the Python SDK reads it as the message).
    detail: z.nullish(errorText),
    error: z.nullish(errorText),
    error_description: z.nullish(errorText),
  }),
)
export type ErrorBody = z.infer<typeof ErrorBodySchema>

/**
 * The rule an answer broke, for the issues the schemas above leave to zod. Built from the kind
 * of issue and the schema's own bounds only: never from the value, which is untrusted text.
 */
export function answerIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `must be ${typeName(issue.expected)}`
    case 'too_big':
      return `must have at most ${Number(issue.maximum)}${unitOf(issue.origin)}`
    case 'too_small':
      return `must have at least ${Number(issue.minimum)}${unitOf(issue.origin)}`
    case 'invalid_union':
      return 'matches none of the accepted shapes'
    case 'invalid_format':
      return 'is not in the expected format'
    default:
      return 'is not valid'
  }
}

/** One issue of an answer as a message: where it is, and the rule it broke. */
export function answerProblem(issue: z.core.$ZodIssue): string {
  return `${fieldPath(issue.path) || 'the answer'}: ${issue.message}`
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
}

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? 'of another type'
}

function unitOf(origin: string): string {
  return origin === 'string' ? ' characters' : origin === 'array' ? ' entries' : ''
}

/** The fields a create or update sends. */
export interface ScopeWrite {
  name?: string
  description?: string
  scope_suffix?: string
  dependent_scopes?: DependentScope[]
  advertised?: boolean
  allows_refresh_token?: boolean
  required_domains?: string[]
}
