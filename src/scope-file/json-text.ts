// The scope file's JSON text, checked before anything interprets it. Each check names a line
// and column: nesting past a limit (found before any recursive parser runs), every syntax error
// (comments and trailing commas too, so one run shows them all), and keys given twice
// (JSON.parse would silently keep the last).
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser'
import { fieldPath } from '../text/field-path.ts'
import type { FileProblem } from './problems.ts'

/** A scope file needs 4 levels ({"scope": {"dependent_scopes": [{...}]}}); far deeper is not a scope file. */
export const MAX_NESTING = 32

/** The checked JSON tree of `source` (no BOM), with the line starts for positions; or what is wrong. */
export function parseJsonText(source: string): { tree: Node; lines: number[] } | { problems: FileProblem[] } {
  const lines = lineStarts(source)
  if (/^[ \t\r\n]*$/.test(source)) {
    return { problems: [{ field: '', message: 'is empty; it must hold {"scope": {...}}', line: 1, column: 1 }] }
  }
  const deep = tooDeepAt(source)
  if (deep !== undefined) {
    const message = `nests arrays and objects more than ${MAX_NESTING} deep here (a scope file needs 4); remove the extra nesting`
    return { problems: [{ field: '', message, ...position(lines, deep) }] }
  }
  const errors: ParseError[] = []
  const tree = parseTree(source, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  })
  if (errors.length > 0) return { problems: syntaxProblems(errors, source, lines) }
  if (!tree) return { problems: [{ field: '', message: 'invalid JSON', line: 1, column: 1 }] }
  const duplicates = duplicateKeys(tree, [], lines)
  return duplicates.length > 0 ? { problems: duplicates } : { tree, lines }
}

/**
 * Where the nesting first passes MAX_NESTING, scanning as jsonc-parser tokenizes (a string ends
 * at a quote or a line break, a backslash escapes any next character, comments are skipped), so
 * its recursion never goes deeper than this counts. A closer that does not match the innermost
 * opener closes nothing: the parser skips it too, so counting it would let the parser outrun the count.
 */
function tooDeepAt(source: string): number | undefined {
  const closers: string[] = []
  let i = 0
  while (i < source.length) {
    const ch = source[i]
    if (ch === '"') {
      i++
      while (i < source.length && !'"\n\r'.includes(source[i] ?? '')) i += source[i] === '\\' ? 2 : 1
      i++
    } else if (ch === '/' && source[i + 1] === '/') {
      while (i < source.length && !'\n\r'.includes(source[i] ?? '')) i++
    } else if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2)
      i = end < 0 ? source.length : end + 2
    } else {
      if (ch === '[' || ch === '{') {
        closers.push(ch === '[' ? ']' : '}')
        if (closers.length > MAX_NESTING) return i
      } else if (ch === closers.at(-1)) {
        closers.pop()
      }
      i++
    }
  }
  return undefined
}

/** One error per place: the parser may report two at one (a trailing comma: name and value expected). */
function syntaxProblems(errors: ParseError[], source: string, lines: number[]): FileProblem[] {
  const seen = new Set<string>()
  return errors
    .map((error) => syntaxProblem(error, source, lines))
    .filter((problem) => {
      const key = `${problem.line}:${problem.column}`
      return !seen.has(key) && seen.add(key)
    })
}

function syntaxProblem(error: ParseError, source: string, lines: number[]): FileProblem {
  const code = printParseErrorCode(error.error)
  if (code === 'InvalidCommentToken') {
    return { field: '', message: 'JSON does not allow comments', ...position(lines, error.offset) }
  }
  // After a comma the parser wants a property name or a value, and complains at the } or ].
  const comma = trailingCommaBefore(source, error.offset)
  if (comma !== undefined && (code === 'PropertyNameExpected' || code === 'ValueExpected')) {
    return {
      field: '',
      message: 'trailing comma: JSON does not allow a comma before } or ]',
      ...position(lines, comma),
    }
  }
  // The parser finds a missing comma at what follows it: say where the comma goes.
  if (code === 'CommaExpected') {
    return { field: '', message: 'invalid JSON: a comma is missing before this', ...position(lines, error.offset) }
  }
  // jsonc-parser names errors like "ColonExpected"; make them read as words.
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return { field: '', message: `invalid JSON: ${words}`, ...position(lines, error.offset) }
}

/** The offset of a comma that only whitespace separates from the } or ] at `offset`. */
function trailingCommaBefore(source: string, offset: number): number | undefined {
  if (source[offset] !== '}' && source[offset] !== ']') return undefined
  let i = offset - 1
  while (i >= 0 && ' \t\r\n'.includes(source[i] ?? '')) i--
  return source[i] === ',' ? i : undefined
}

/** Every key given again in its object, at the later occurrence. Recursive: nesting is bounded by now. */
function duplicateKeys(node: Node, path: (string | number)[], lines: number[]): FileProblem[] {
  if (node.type === 'array') {
    return (node.children ?? []).flatMap((item, index) => duplicateKeys(item, [...path, index], lines))
  }
  if (node.type !== 'object') return []
  const problems: FileProblem[] = []
  const seen = new Map<string, { line: number | undefined; count: number }>()
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? []
    if (typeof key?.value !== 'string') continue
    const earlier = seen.get(key.value)
    if (earlier) {
      earlier.count++
      const times = earlier.count === 2 ? 'twice' : `${earlier.count} times`
      problems.push({
        field: fieldPath([...path, key.value]),
        message: `is given ${times} (first at line ${earlier.line}); keep one`,
        ...position(lines, key.offset),
      })
    } else {
      seen.set(key.value, { line: position(lines, key.offset).line, count: 1 })
    }
    if (value) problems.push(...duplicateKeys(value, [...path, key.value], lines))
  }
  return problems
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

/** Line and column (both from 1) of a text offset. Binary search: a large file may have many problems. */
export function position(lines: number[], offset: number | undefined): { line?: number; column?: number } {
  if (offset === undefined) return {}
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if ((lines[mid] ?? 0) <= offset) low = mid
    else high = mid - 1
  }
  return { line: low + 1, column: offset - (lines[low] ?? 0) + 1 }
}
