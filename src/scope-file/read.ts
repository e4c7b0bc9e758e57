// Read, parse and validate the scope definition file into the desired scope. Every problem
// names the file, the line and column, and the field, so it can be fixed (and annotated) in place.

import { dirname, join } from 'node:path'
import { findNodeAtLocation, getNodeValue } from 'jsonc-parser'
import { printable } from '../text/printable.ts'
import { type Refusal, readCheckoutFile } from './checkout-file.ts'
import { closestJsonFile } from './closest-name.ts'
import { type DesiredScope, desiredScopeFrom, ScopeDocumentSchema } from './document.ts'
import { parseJsonText, position } from './json-text.ts'
import { ScopeFileError } from './problems.ts'
import { schemaProblems } from './schema-problems.ts'
import { decodeUtf8 } from './utf8.ts'

/** A scope file is at most this big; a larger one is not read. */
const MAX_SCOPE_FILE_BYTES = 256 * 1024

/** Where the scope file is: its absolute path, the path as the user gave it, and the checkout it must be in. */
export interface ScopeFileLocation {
  path: string
  /** For messages and annotations. */
  display: string
  /** The repository checkout (GITHUB_WORKSPACE); the file, symbolic links followed, must be inside it. */
  workspace: string
}

/** A valid scope file: the desired scope, and where each field stands for later messages. */
export interface ScopeFile {
  /** The path as the user gave it, for messages and annotations. */
  file: string
  desired: DesiredScope
  /** Line and column of a field's value, e.g. ['scope', 'dependent_scopes', 1, 'scope']. */
  positionOf(path: (string | number)[]): { line?: number; column?: number }
}

export async function readScopeFile({ path, display, workspace }: ScopeFileLocation): Promise<ScopeFile> {
  const read = await readCheckoutFile(path, workspace, MAX_SCOPE_FILE_BYTES)
  if ('bytes' in read) return parseScopeBytes(read.bytes, display)
  const { predicate, advice } = refusalWords(read)
  // A misspelled scope_file: the closest name beside it, as the user would write the path.
  const near = read.reason === 'missing' ? await closestJsonFile(path) : undefined
  // A name from the folder's listing: untrusted text, one line (a pull request can add any file).
  const suggestion = near === undefined ? undefined : printable(join(dirname(display), near))
  const meant = suggestion ? `; did you mean ${suggestion}?` : ''
  const message = `${predicate}${meant}${advice ? `${meant ? ' If not, ' : '; '}${advice}` : ''}`
  throw new ScopeFileError(display, [{ field: '', message }], predicate, {
    advice,
    ...(suggestion ? { suggestion } : {}),
  })
}

const INSIDE = 'scope_file must name a file inside the repository checkout'

function refusalWords(refusal: Refusal): { predicate: string; advice: string | undefined } {
  switch (refusal.reason) {
    case 'outside':
      return { predicate: 'is outside the repository checkout', advice: INSIDE }
    case 'outside-through-link':
      return { predicate: 'leads outside the repository checkout through a symbolic link', advice: INSIDE }
    case 'missing':
      return {
        predicate: 'does not exist',
        advice:
          'create it (see the README) or set the scope_file input to its path relative to the repository root, and check out the repository before this step',
      }
    case 'not-a-file':
      return { predicate: 'is not a file', advice: 'set scope_file to the path of the scope JSON file' }
    case 'too-large':
      return { predicate: `is ${refusal.size} bytes`, advice: `a scope file is at most ${MAX_SCOPE_FILE_BYTES}` }
    case 'unreadable':
      // The error's code (EACCES) only: the summary shows the predicate as words.
      return {
        predicate: `cannot be read (${/^E[A-Z0-9]+$/.test(refusal.code) ? refusal.code : 'error'})`,
        advice: undefined,
      }
  }
}

/** Parse the file's bytes: UTF-8 (a leading BOM allowed), never a replaced byte. */
export function parseScopeBytes(bytes: Uint8Array, file: string): ScopeFile {
  const decoded = decodeUtf8(bytes)
  if ('text' in decoded) return parseScopeFile(decoded.text, file)
  const { byte, line, column } = decoded.invalid
  const at = `byte 0x${byte.toString(16).padStart(2, '0')} at line ${line}, column ${column}`
  throw new ScopeFileError(file, [
    { field: '', message: `is not valid UTF-8 (${at}); save the file as UTF-8`, line, column },
  ])
}

export function parseScopeFile(text: string, file: string): ScopeFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const { tree, lines, problems, whole } = parseJsonText(source)
  // Syntax and schema problems in one round: a tree that lost nothing to a syntax error is
  // checked as well. Its value never becomes the desired scope: any problem at all is an error.
  if (tree && whole) {
    const value = problems.length === 0 ? JSON.parse(source) : getNodeValue(tree)
    const parsed = ScopeDocumentSchema.safeParse(value)
    if (parsed.success && problems.length === 0) {
      return {
        file,
        desired: desiredScopeFrom(parsed.data),
        positionOf: (path) => position(lines, findNodeAtLocation(tree, path)?.offset),
      }
    }
    if (!parsed.success) problems.push(...schemaProblems(parsed.error.issues, tree, lines))
  }
  // In reading order, so the list matches the file top to bottom.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  throw new ScopeFileError(file, problems)
}
