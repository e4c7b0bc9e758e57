// What Globus Auth answers, parsed once at the boundary. Unknown extra fields are
// tolerated (the service may add some); missing or mistyped ones are errors.
import { z } from 'zod'

export const DependentScopeSchema = z.object({
  scope: z.string(),
  optional: z.boolean(),
  requires_refresh_token: z.boolean(),
})
export type DependentScope = z.infer<typeof DependentScopeSchema>

export const ScopeSchema = z.object({
  id: z.string(),
  client: z.string(),
  name: z.string(),
  description: z.string(),
  scope_string: z.string(),
  dependent_scopes: z.array(DependentScopeSchema),
  allows_refresh_token: z.boolean(),
  advertised: z.boolean(),
  required_domains: z.array(z.string()).default([]),
})
export type Scope = z.infer<typeof ScopeSchema>

export const ScopeAnswerSchema = z.object({ scope: ScopeSchema })
export const ScopesAnswerSchema = z.object({ scopes: z.array(ScopeSchema) })

/** The SDKs say a create answers `{scope}`, the guide says `{scopes: [...]}`: accept both. */
export const CreateAnswerSchema = z.union([ScopeAnswerSchema, ScopesAnswerSchema])

export const ClientAnswerSchema = z.object({
  client: z.object({ id: z.string(), scopes: z.array(z.string()) }),
})

export const ErrorBodySchema = z.object({
  errors: z
    .array(
      z.object({
        status: z.union([z.string(), z.number()]).optional(),
        id: z.string().optional(),
        code: z.string().optional(),
        detail: z.string().nullish(),
        title: z.string().nullish(),
      }),
    )
    .optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
})
export type ErrorBody = z.infer<typeof ErrorBodySchema>

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
