// Read, parse and validate the scope definition file into the desired scope. Every problem
// names the file, the line and column, and the field, so it can be fixed (and annotated) in place.
import { readFile, stat } from 'node:fs/promises'
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser'
import type { z } from 'zod'
import {
  DependentScopeEntrySchema,
  type DesiredScope,
  desiredScopeFrom,
  ScopeDocumentSchema,
  ScopeFieldsSchema,
} from './scope-document.ts'
import { decodeUtf8 } from './utf8.ts'

export interface FileProblem {
  /** Dotted path of the field, e.g. `scope.dependent_scopes[1].optional`; empty for the whole file. */
  field: string
  message: string
  line?: number
  column?: number
}

export class ScopeFileError extends Error {
  override name = 'ScopeFileError'
  readonly file: string
  readonly problems: FileProblem[]
  constructor(file: string, problems: FileProblem[]) {
    super(`The scope file ${file} is not valid:\n${problems.map((p) => `  ${formatProblem(file, p)}`).join('\n')}`)
    this.file = file
    this.problems = problems
  }
}

function formatProblem(file: string, problem: FileProblem): string {
  const where = problem.line ? `${file}:${problem.line}:${problem.column ?? 1}` : file
  return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`
}

const MAX_FILE_BYTES = 256 * 1024

/** A valid scope file: the desired scope, and where each field stands for later messages. */
export interface ScopeFile {
  /** The path as the user gave it, for messages and annotations. */
  file: string
  desired: DesiredScope
  /** Line and column of a field's value, e.g. ['scope', 'dependent_scopes', 1, 'scope']. */
  positionOf(path: (string | number)[]): { line?: number; column?: number }
}

/** Read the file at `path` (shown to the user as `displayPath`). */
export async function readScopeFile(path: string, displayPath = path): Promise<ScopeFile> {
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (!info.isFile()) throw problem(displayPath, 'is not a file; set scope_file to the path of the scope JSON file')
    if (info.size > MAX_FILE_BYTES)
      throw problem(displayPath, `is ${info.size} bytes; a scope file is at most ${MAX_FILE_BYTES}`)
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof ScopeFileError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw problem(
      displayPath,
      code === 'ENOENT'
        ? 'does not exist; create it (see the README) or set the scope_file input to its path relative to the repository root, and check out the repository before this step'
        : `cannot be read (${code ?? String(error)})`,
    )
  }
  return parseScopeBytes(bytes, displayPath)
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
  const lines = lineStarts(source)
  const syntaxErrors: ParseError[] = []
  const tree = parseTree(source, syntaxErrors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  })
  if (syntaxErrors.length > 0 || !tree) {
    const problems = syntaxErrors.map((e) => ({
      field: '',
      message: `invalid JSON: ${describeSyntaxError(printParseErrorCode(e.error))}`,
      ...position(lines, e.offset),
    }))
    throw new ScopeFileError(
      file,
      problems.length ? problems : [{ field: '', message: 'is empty; it must hold {"scope": {...}}' }],
    )
  }
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

function problem(file: string, message: string): ScopeFileError {
  return new ScopeFileError(file, [{ field: '', message }])
}

function describeSyntaxError(code: string): string {
  // jsonc-parser names errors like "CommaExpected"; make them read as words.
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** One problem per zod issue; an unknown key becomes one problem per key, at the key. */
function locate(issue: z.core.$ZodIssue, tree: Node, lines: number[]): FileProblem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  if (issue.code === 'unrecognized_keys') {
    const parent = findNodeAtLocation(tree, path)
    return issue.keys.map((key) => {
      const property = parent?.children?.find((child) => child.children?.[0]?.value === key)
      return {
        field: fieldName([...path, key]),
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
      field: fieldName(path),
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

/** `scope.dependent_scopes[1].scope` for ['scope', 'dependent_scopes', 1, 'scope']. */
export function fieldName(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

function position(lines: number[], offset: number | undefined): { line?: number; column?: number } {
  if (offset === undefined) return {}
  let line = 0
  while (line + 1 < lines.length && (lines[line + 1] ?? Infinity) <= offset) line++
  return { line: line + 1, column: offset - (lines[line] ?? 0) + 1 }
}
