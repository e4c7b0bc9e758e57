// The scope definition document: the creation body of Globus' Action Provider guide,
// `{"scope": {...}}`. It is the whole desired state: an omitted field means its default.
import * as z from 'zod/mini'
import { LIMITS } from '../globus/schemas.ts'
import { ANY_SCOPE_SUFFIX, isUuid, MAX_SCOPE_SUFFIX } from '../globus/scope-string.ts'

const uniqueBy =
  <T>(key: (item: T) => string, what: string) =>
  (items: T[], ctx: z.core.$RefinementCtx<T[]>) => {
    const seen = new Map<string, number>()
    items.forEach((item, index) => {
      const k = key(item)
      const first = seen.get(k)
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `${what} ${JSON.stringify(k)} is listed twice (also at index ${first}); list it once`,
        })
      } else {
        seen.set(k, index)
      }
    })
  }

/**
 * The file asks for no more than the action accepts back from Globus Auth (the answers' bounds,
 * globus/schemas.ts LIMITS): a value past them would be written, and then every later answer
 * holding it refused, so the scope could no longer be kept from this file.
 */
const atMost = (max: number, what: string) => ({
  error: `must be at most ${max} ${what} (the most the action accepts back from Globus Auth)`,
})

// Not trimmed: the file's text is what Globus gets, so a value is never silently rewritten.
const text = (max: number, blank: string, ...checks: z.core.$ZodCheck<string>[]) =>
  z.string().check(
    z.maxLength(max, atMost(max, 'characters')),
    z.refine((value) => value.trim().length > 0, blank),
    ...checks,
  )

/** What the JSON Schema (`npm run schema`) says of a field, for editors. */
function about<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description })
  return schema
}

export const DependentScopeEntrySchema = about(
  z.strictObject({
    scope: about(
      z
        .string()
        .check(
          z.maxLength(LIMITS.scopeString, atMost(LIMITS.scopeString, 'characters')),
          z.regex(/^\S+$/, 'give the dependent scope’s id (a UUID) or its scope string, without spaces'),
        ),
      'The dependent scope: its id (a UUID) or its scope string.',
    ),
    optional: about(z._default(z.boolean(), false), 'Whether users may decline this dependent scope.'),
    requires_refresh_token: about(
      z._default(z.boolean(), false),
      'Whether the Action Provider needs a refresh token for this dependent scope.',
    ),
  }),
  'A scope the Action Provider needs tokens for when it acts for a user.',
)

export const ScopeFieldsSchema = z
  .strictObject({
    name: about(
      text(LIMITS.name, 'give the scope a name users will see on the consent page'),
      'Shown to users on the consent page.',
    ),
    description: about(
      text(LIMITS.description, 'describe what the scope allows; users see it on the consent page'),
      'Shown to users on the consent page.',
    ),
    scope_suffix: about(
      z
        .string()
        .check(
          z.regex(
            ANY_SCOPE_SUFFIX,
            `use one word of at most ${MAX_SCOPE_SUFFIX} characters, without spaces, "/" or ":"; a new scope's suffix uses only lowercase letters, digits and underscores, for example "action_all"`,
          ),
        ),
      'The last part of the scope string https://auth.globus.org/scopes/<client_id>/<scope_suffix>. It identifies the scope and is never changed. A new scope takes lowercase letters, digits and underscores; an existing scope keeps the suffix it was made with.',
    ),
    dependent_scopes: about(
      z._default(
        z
          .array(DependentScopeEntrySchema)
          .check(
            z.maxLength(LIMITS.dependentScopes, atMost(LIMITS.dependentScopes, 'entries')),
            z.superRefine(uniqueBy((d) => (isUuid(d.scope) ? d.scope.toLowerCase() : d.scope), 'dependent scope')),
          ),
        [],
      ),
      'The complete list of dependent scopes; scopes not listed are removed from the scope.',
    ),
    advertised: about(z._default(z.boolean(), false), 'Whether the scope is publicly listed.'),
    allows_refresh_token: about(
      z.optional(z.boolean()),
      'Whether refresh tokens may be issued for the scope (default true).',
    ),
    allow_refresh_tokens: about(
      z.optional(z.boolean()),
      'The spelling of allows_refresh_token used by the Globus guide; same meaning.',
    ),
    required_domains: about(
      z._default(
        z
          .array(
            text(
              LIMITS.domain,
              'a domain cannot be empty',
              z.refine(
                // A blank one is said above, once.
                (domain) => !domain.trim() || /^\S+$/.test(domain),
                'give a domain, without spaces, for example "example.org"',
              ),
            ),
          )
          .check(
            z.maxLength(LIMITS.requiredDomains, atMost(LIMITS.requiredDomains, 'entries')),
            z.superRefine(uniqueBy((d) => d, 'domain')),
          ),
        [],
      ),
      'Identity domains a user must have linked to consent (default none).',
    ),
  })
  .check(
    z.superRefine((scope, ctx) => {
      const { allows_refresh_token: sdk, allow_refresh_tokens: guide } = scope
      if (sdk !== undefined && guide !== undefined && sdk !== guide) {
        ctx.addIssue({
          code: 'custom',
          path: ['allow_refresh_tokens'],
          message: 'allow_refresh_tokens and allows_refresh_token mean the same and disagree here; keep one of them',
        })
      }
    }),
  )

export const ScopeDocumentSchema = about(
  z.strictObject({
    $schema: about(z.optional(z.string()), 'The JSON Schema of this file, for editors.'),
    scope: ScopeFieldsSchema,
  }),
  'A Globus Auth scope for an Action Provider, as the ensure-globus-scope action keeps it.',
)

export type ScopeDocument = z.output<typeof ScopeDocumentSchema>

/** A dependent scope as the user declared it (by id or by scope string), before ids are known. */
export type DeclaredDependentScope = z.output<typeof DependentScopeEntrySchema>

/** Every field of the scope, defaults filled in; the one refresh-token spelling the API uses. */
export type DesiredScope = Omit<ScopeDocument['scope'], 'allow_refresh_tokens' | 'allows_refresh_token'> & {
  allows_refresh_token: boolean
}

export function desiredScopeFrom(document: ScopeDocument): DesiredScope {
  const { allow_refresh_tokens, allows_refresh_token, ...rest } = document.scope
  return { ...rest, allows_refresh_token: allows_refresh_token ?? allow_refresh_tokens ?? true }
}
