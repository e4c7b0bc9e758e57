// Whether the export becomes the scope file in the workspace: only when there is exactly one
// scope to export, no file is there yet, and the text holds no piece of a credential. Never
// overwrites.
import { writeNewCheckoutFile } from '../../scope-file/checkout-file.ts'
import type { ScopeFileLocation } from '../../scope-file/read.ts'
import type { Redactor } from '../../text/redact.ts'
import { type ExportedScope, exportable, onlyExported } from './export.ts'

/** What became of the scope file in the workspace. */
export type FileVerdict =
  | { kind: 'written' }
  | { kind: 'exists' }
  | { kind: 'several'; count: number }
  | { kind: 'none' }
  | { kind: 'refused'; why: string }

export async function writeExport(
  exported: ExportedScope[],
  location: ScopeFileLocation,
  redactor: Redactor,
): Promise<FileVerdict> {
  const only = onlyExported(exported)?.text
  if (only === undefined) {
    const count = exportable(exported).length
    return count === 0 ? { kind: 'none' } : { kind: 'several', count }
  }
  if (redactor.redact(only) !== only) {
    // The file is committed and uploaded: no piece of a credential may go into it.
    return {
      kind: 'refused',
      why: 'Globus Auth answered with text that holds this client’s credentials (a name or description echoing them); fix the scope in Globus Auth, then export again',
    }
  }
  const written = await writeNewCheckoutFile(location.path, location.workspace, only)
  if ('written' in written) return { kind: 'written' }
  switch (written.reason) {
    case 'exists':
      return { kind: 'exists' }
    case 'outside':
      return { kind: 'refused', why: 'its folder is outside the repository checkout' }
    case 'in-git':
      // Git's own folder is no place for a scope file (nor for anything export writes).
      return {
        kind: 'refused',
        why: 'it would be inside Git’s own folder (.git, or the one a .git file names); set scope_file to a path in the repository',
      }
    case 'no-folder':
      return {
        kind: 'refused',
        why: 'its folder does not exist; create it, or set scope_file to a path in an existing folder',
      }
    default:
      return { kind: 'refused', why: `it cannot be written (${written.code})` }
  }
}
