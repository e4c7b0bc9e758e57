// The scope definition document: the creation body of Globus' Action Provider guide,
// `{"scope": {...}}`. It is the whole desired state: an omitted field means its default.
import { z } from 'zod'
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
const text = (max: number, blank: string) =>
  z
    .string()
    .max(max, atMost(max, 'characters'))
    .refine((value) => value.trim().length > 0, blank)

export const DependentScopeEntrySchema = z
  .strictObject({
    scope: z
      .string()
      .max(LIMITS.scopeString, atMost(LIMITS.scopeString, 'characters'))
      .regex(/^\S+$/, 'give the dependent scope’s id (a UUID) or its scope string, without spaces')
      .describe('The dependent scope: its id (a UUID) or its scope string.'),
    optional: z.boolean().default(false).describe('Whether users may decline this dependent scope.'),
    requires_refresh_token: z
      .boolean()
      .default(false)
      .describe('Whether the Action Provider needs a refresh token for this dependent scope.'),
  })
  .describe('A scope the Action Provider needs tokens for when it acts for a user.')

export const ScopeFieldsSchema = z
  .strictObject({
    name: text(LIMITS.name, 'give the scope a name users will see on the consent page').describe(
      'Shown to users on the consent page.',
    ),
    description: text(LIMITS.description, 'describe what the scope allows; users see it on the consent page').describe(
      'Shown to users on the consent page.',
    ),
    scope_suffix: z
      .string()
      .regex(
        ANY_SCOPE_SUFFIX,
        `use one word of at most ${MAX_SCOPE_SUFFIX} characters, without spaces, "/" or ":"; a new scope's suffix uses only lowercase letters, digits and underscores, for example "action_all"`,
      )
      .describe(
        'The last part of the scope string https://auth.globus.org/scopes/<client_id>/<scope_suffix>. It identifies the scope and is never changed. A new scope takes lowercase letters, digits and underscores; an existing scope keeps the suffix it was made with.',
      ),
    dependent_scopes: z
      .array(DependentScopeEntrySchema)
      .max(LIMITS.dependentScopes, atMost(LIMITS.dependentScopes, 'entries'))
      .superRefine(uniqueBy((d) => (isUuid(d.scope) ? d.scope.toLowerCase() : d.scope), 'dependent scope'))
      .default([])
      .describe('The complete list of dependent scopes; scopes not listed are removed from the scope.'),
    advertised: z.boolean().default(false).describe('Whether the scope is publicly listed.'),
    allows_refresh_token: z
      .boolean()
      .optional()
      .describe('Whether refresh tokens may be issued for the scope (default true).'),
    allow_refresh_tokens: z
      .boolean()
      .optional()
      .describe('The spelling of allows_refresh_token used by the Globus guide; same meaning.'),
    required_domains: z
      .array(
        text(LIMITS.domain, 'a domain cannot be empty').refine(
          // A blank one is said above, once.
          (domain) => !domain.trim() || /^\S+$/.test(domain),
          'give a domain, without spaces, for example "example.org"',
        ),
      )
      .max(LIMITS.requiredDomains, atMost(LIMITS.requiredDomains, 'entries'))
      .superRefine(uniqueBy((d) => d, 'domain'))
      .default([])
      .describe('Identity domains a user must have linked to consent (default none).'),
  })
  .superRefine((scope, ctx) => {
    const { allows_refresh_token: sdk, allow_refresh_tokens: guide } = scope
    if (sdk !== undefined && guide !== undefined && sdk !== guide) {
      ctx.addIssue({
        code: 'custom',
        path: ['allow_refresh_tokens'],
        message: 'allow_refresh_tokens and allows_refresh_token mean the same and disagree here; keep one of them',
      })
    }
  })

export const ScopeDocumentSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
    scope: ScopeFieldsSchema,
  })
  .describe('A Globus Auth scope for an Action Provider, as the ensure-globus-scope action keeps it.')

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
