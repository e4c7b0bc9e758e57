// Whether the declared dependent scopes leave out Globus Groups, in any environment. The Groups
// scope has another id in every environment, so its id is the one Globus answers for its scope
// string (asked in the same single lookup), never a hard-coded one.
import type { DependentScope, NamedScope } from '../../globus/schemas.ts'
import { GROUPS_SCOPE_STRING, sameId } from '../../globus/scope-string.ts'
import type { DeclaredDependentScope } from '../../scope-file/document.ts'

export function leavesOutGroups(
  declared: DeclaredDependentScope[],
  resolved: DependentScope[],
  found: NamedScope[],
): boolean {
  const groups = found.find((scope) => scope.scope_string === GROUPS_SCOPE_STRING)
  if (groups) return !resolved.some((dependent) => sameId(dependent.scope, groups.id))
  // Not answered (absent here, or not visible to this client): only the file's words can tell.
  return !declared.some((dependent) => dependent.scope === GROUPS_SCOPE_STRING)
}
