// Where a value stands in a JSON document, as code would name it: `scope.dependent_scopes[1].scope`.
// The one formatter for the scope file's problems and for the answers' issues. Keys come from
// outside (the user's file, an answer): an unusual one is quoted, escaped and shortened.
import { cut } from './excerpt.ts'
import { printable } from './printable.ts'

/** `scopes[0].scope_string` for ['scopes', 0, 'scope_string']; empty for the whole document. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][A-Za-z0-9_]{0,63}$/.test(key)) out += out ? `.${key}` : key
    else out += `[${printable(JSON.stringify(cut(String(key), 64)))}]`
  }
  return out
}
