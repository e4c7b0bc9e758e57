// mode: export. From a scope made by hand to a scope file: read the client's own scopes and write
// each as the document this action keeps (every field explicit, dependent scopes by scope string).
// Read only. Plain values in and out; nothing here knows about GitHub.
import { type AuthClient, mayBeOwn, ownScope } from '../../globus/client.ts'
import type { Scope } from '../../globus/schemas.ts'
import { findableByString, GROUPS_SCOPE_STRING, suffixOf } from '../../globus/scope-string.ts'
import { committedJson } from '../../text/committed-json.ts'

export interface ExportedScope {
  scope: Scope
  /** The scope file's text, ready to commit; undefined when the scope cannot be one (see `problem`). */
  text: string | undefined
  problem: string | undefined
  /** Whether none of its dependent scopes is Globus Groups (the README's first failure). */
  missingGroups: boolean
}

type Exportable = ExportedScope & { text: string }

/** The scopes that became scope files. */
export function exportable(exported: ExportedScope[]): Exportable[] {
  return exported.filter((e): e is Exportable => e.text !== undefined)
}

/** The scope file of the export when it made exactly one: the file export writes, the outputs it sets. */
export function onlyExported(exported: ExportedScope[]): Exportable | undefined {
  const ready = exportable(exported)
  return ready.length === 1 ? ready[0] : undefined
}

/**
 * The client's scopes as scope files: three requests (the client, its scopes, their dependent
 * scopes, so that these are named by scope string wherever this client may see them).
 */
export async function exportScopes(auth: AuthClient): Promise<ExportedScope[]> {
  const ids = await auth.getClientScopeIds()
  // Its own scopes are written out whole; their dependent scopes are only named.
  const own = (await auth.findScopesById(ids)).filter((s) => mayBeOwn(s, auth.clientId)).map(ownScope)
  const dependentIds = own.flatMap((s) => s.dependent_scopes.map((d) => d.scope))
  // Named by a scope string only when a lookup by that string finds it again (verify's).
  const named = new Map(
    (await auth.findScopesById(dependentIds))
      .filter((s) => findableByString(s.scope_string))
      .map((s) => [s.id.toLowerCase(), s.scope_string]),
  )
  return own
    .sort((a, b) => a.scope_string.localeCompare(b.scope_string))
    .map((scope) => {
      const missingGroups = !scope.dependent_scopes.some(
        (d) => named.get(d.scope.toLowerCase()) === GROUPS_SCOPE_STRING,
      )
      const suffix = suffixOf(scope.scope_string)
      if (!suffix) {
        return { scope, text: undefined, problem: 'its scope string does not end in a scope suffix', missingGroups }
      }
      const document = {
        scope: {
          name: scope.name,
          description: scope.description,
          scope_suffix: suffix,
          dependent_scopes: scope.dependent_scopes.map((d) => ({
            // A scope this client cannot see keeps its id: still exact, just less readable.
            scope: named.get(d.scope.toLowerCase()) ?? d.scope,
            optional: d.optional,
            requires_refresh_token: d.requires_refresh_token,
          })),
          advertised: scope.advertised,
          allows_refresh_token: scope.allows_refresh_token,
          required_domains: scope.required_domains,
        },
      }
      return { scope, text: committedJson(document), problem: undefined, missingGroups }
    })
}
