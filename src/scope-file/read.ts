// Read, parse and validate the scope definition file into the desired scope. Every problem
// names the file, the line and column, and the field, so it can be fixed (and annotated) in place.

import { dirname, join } from 'node:path'
import { findNodeAtLocation, type Node } from 'jsonc-parser'
import type { z } from 'zod'
import { fieldPath } from '../text/field-path.ts'
import { printable } from '../text/printable.ts'
import { type Refusal, readCheckoutFile } from './checkout-file.ts'
import {
  DependentScopeEntrySchema,
  type DesiredScope,
  desiredScopeFrom,
  ScopeDocumentSchema,
  ScopeFieldsSchema,
} from './document.ts'
import { parseJsonText, position } from './json-text.ts'
import { closestJsonFile } from './nearby.ts'
import { type FileProblem, ScopeFileError } from './problems.ts'
import { decodeUtf8 } from './utf8.ts'

/** A scope file is at most this big; a larger one is not read. */
export const MAX_SCOPE_FILE_BYTES = 256 * 1024

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
  // A name from the folder's listing: outside text, one line (a pull request can add any file).
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
  const json = parseJsonText(source)
  if ('problems' in json) throw new ScopeFileError(file, json.problems)
  const { tree, lines } = json
  const parsed = ScopeDocumentSchema.safeParse(JSON.parse(source))
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => locate(issue, tree, lines))
    // In reading order, so the list matches the file top to bottom.
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    throw new ScopeFileError(file, problems)
  }
  return {
    file,
    desired: desiredScopeFrom(parsed.data),
    positionOf: (path) => position(lines, findNodeAtLocation(tree, path)?.offset),
  }
}

/** One problem per zod issue; an unknown key becomes one problem per key, at the key. */
function locate(issue: z.core.$ZodIssue, tree: Node, lines: number[]): FileProblem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  if (issue.code === 'unrecognized_keys') {
    // Keys are unique by now; a map keeps thousands of unknown keys from costing n² lookups.
    const properties = new Map(findNodeAtLocation(tree, path)?.children?.map((p) => [p.children?.[0]?.value, p]))
    return issue.keys.map((key) => {
      const property = properties.get(key)
      return {
        field: fieldPath([...path, key]),
        message: `is not a known field; fix its spelling or remove it (allowed here: ${knownFields(path)})`,
        ...position(lines, property?.offset),
      }
    })
  }
  // Point at the value when there is one, else at the nearest enclosing node that exists.
  const own = findNodeAtLocation(tree, path)
  let node = own
  for (let depth = path.length - 1; depth >= 0 && !node; depth--) node = findNodeAtLocation(tree, path.slice(0, depth))
  const missing = !own && issue.code === 'invalid_type'
  return [
    {
      field: fieldPath(path),
      message: missing ? `is required (${issue.expected})` : issue.message,
      ...position(lines, node?.offset),
    },
  ]
}

// What each object of the document may hold, so an unknown key's error lists the right ones.
const KNOWN_FIELDS = {
  document: Object.keys(ScopeDocumentSchema.shape),
  scope: Object.keys(ScopeFieldsSchema.shape),
  dependentScope: Object.keys(DependentScopeEntrySchema.shape),
}

function knownFields(path: (string | number)[]): string {
  const fields =
    path.length === 0 ? KNOWN_FIELDS.document : path.length === 1 ? KNOWN_FIELDS.scope : KNOWN_FIELDS.dependentScope
  return fields.join(', ')
}
