// The scope file's JSON text, checked before anything interprets it. Each check names a line
// and column: nesting past a limit (found before any recursive parser runs), every syntax error
// (comments and trailing commas too, so one run shows them all), and keys given twice
// (JSON.parse would silently keep the last). jsonc-parser parses past syntax errors: when none of
// them lost a part of the text, the tree it recovered is whole, and the caller checks it too.
import { createScanner, type Node, type ParseError, parseTree, printParseErrorCode, visit } from 'jsonc-parser'
import { fieldPath } from '../text/field-path.ts'
import type { FileProblem } from './problems.ts'

/** A scope file needs 4 levels ({"scope": {"dependent_scopes": [{...}]}}); far deeper is not a scope file. */
export const MAX_NESTING = 32

/** The JSON text of a scope file, parsed as far as it goes. */
export interface JsonText {
  /** The tree jsonc-parser built, past any syntax error; none for an empty or too deep text. */
  tree: Node | undefined
  /** Where each line starts, for positions. */
  lines: number[]
  /** Syntax errors and keys given twice, each at its place; none for valid JSON. */
  problems: FileProblem[]
  /**
   * Whether the tree holds all the text says: no syntax error made the parser skip a part of it
   * (a comment, a trailing or a missing comma, brackets left open at the end skip nothing).
   * Only then do its values say what the file means, problems and all.
   */
  whole: boolean
}

/** The JSON tree of `source` (no BOM), and what is wrong with its text. */
export function parseJsonText(source: string): JsonText {
  const lines = lineStarts(source)
  const refused = (problem: FileProblem): JsonText => ({ tree: undefined, lines, problems: [problem], whole: false })
  if (/^[ \t\r\n]*$/.test(source)) {
    return refused({ field: '', message: 'is empty; it must hold {"scope": {...}}', line: 1, column: 1 })
  }
  const deep = tooDeepAt(source)
  if (deep !== undefined) {
    const message = `nests arrays and objects more than ${MAX_NESTING} deep here (a scope file needs 4); remove the extra nesting`
    return refused({ field: '', message, ...position(lines, deep) })
  }
  const errors: ParseError[] = []
  const tree = parseTree(source, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  })
  if (!tree) return refused({ field: '', message: 'invalid JSON', line: 1, column: 1 })
  const syntax = syntaxProblems(errors, source, lines)
  return {
    tree,
    lines,
    problems: [...syntax.problems, ...duplicateKeys(source, lines)],
    whole: syntax.whole,
  }
}

/**
 * Where the nesting first passes MAX_NESTING, over jsonc-parser's own tokens (its scanner does not
 * recurse), so the parser's recursion never goes deeper than this counts. A closer that does not
 * match the innermost opener closes nothing: the parser skips it too, so counting it would let the
 * parser outrun the count.
 */
function tooDeepAt(source: string): number | undefined {
  const scanner = createScanner(source, true)
  const closers: string[] = []
  while (scanner.getPosition() < source.length) {
    scanner.scan()
    const ch = source[scanner.getTokenOffset()]
    if (ch === '[' || ch === '{') {
      closers.push(ch === '[' ? ']' : '}')
      if (closers.length > MAX_NESTING) return scanner.getTokenOffset()
    } else if (ch === closers.at(-1)) closers.pop()
  }
  return undefined
}

/**
 * One error per place: the parser may report two at one (a trailing comma: name and value
 * expected). `whole` when none of them made the parser skip a part of the text.
 */
function syntaxProblems(
  errors: ParseError[],
  source: string,
  lines: number[],
): { problems: FileProblem[]; whole: boolean } {
  const seen = new Set<string>()
  const read = errors.map((error) => syntaxProblem(error, source, lines))
  const problems = read
    .map((r) => r.problem)
    .filter((problem) => {
      const key = `${problem.line}:${problem.column}`
      return !seen.has(key) && seen.add(key)
    })
  return { problems, whole: read.every((r) => r.skipsNothing) }
}

function syntaxProblem(
  error: ParseError,
  source: string,
  lines: number[],
): { problem: FileProblem; skipsNothing: boolean } {
  const at = (message: string, offset = error.offset, skipsNothing = false) => ({
    problem: { field: '', message, ...position(lines, offset) },
    skipsNothing,
  })
  const code = printParseErrorCode(error.error)
  if (code === 'InvalidCommentToken') return at('JSON does not allow comments', error.offset, true)
  // After a comma the parser wants a property name or a value, and complains at the } or ].
  const comma = trailingCommaBefore(source, error.offset)
  if (comma !== undefined && (code === 'PropertyNameExpected' || code === 'ValueExpected')) {
    return at('trailing comma: JSON does not allow a comma before } or ]', comma, true)
  }
  // The parser finds a missing comma at what follows it, and reads on from there.
  if (code === 'CommaExpected') return at('invalid JSON: a comma is missing before this', error.offset, true)
  // Brackets left open where the text ends: nothing after them was skipped.
  const atEnd = error.offset >= source.trimEnd().length
  if ((code === 'CloseBraceExpected' || code === 'CloseBracketExpected') && atEnd) {
    return at(
      `invalid JSON: the text ends before its closing ${code === 'CloseBraceExpected' ? '}' : ']'}`,
      error.offset,
      true,
    )
  }
  // jsonc-parser names errors like "ColonExpected"; make them read as words.
  return at(`invalid JSON: ${code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`)
}

/** The offset of a comma that only whitespace separates from the } or ] at `offset`. */
function trailingCommaBefore(source: string, offset: number): number | undefined {
  if (source[offset] !== '}' && source[offset] !== ']') return undefined
  let i = offset - 1
  while (i >= 0 && ' \t\r\n'.includes(source[i] ?? '')) i--
  return source[i] === ',' ? i : undefined
}

/** Every key given again in its object, at the later occurrence. Nesting is bounded by now. */
function duplicateKeys(source: string, lines: number[]): FileProblem[] {
  const problems: FileProblem[] = []
  const objects: Map<string, { line: number | undefined; count: number }>[] = []
  visit(source, {
    onObjectBegin: () => void objects.push(new Map()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (key, offset, _length, _line, _character, pathOf) => {
      const earlier = objects.at(-1)?.get(key)
      if (!earlier) return void objects.at(-1)?.set(key, { line: position(lines, offset).line, count: 1 })
      earlier.count++
      const times = earlier.count === 2 ? 'twice' : `${earlier.count} times`
      const message = `is given ${times} (first at line ${earlier.line}); keep one`
      problems.push({ field: fieldPath([...pathOf(), key]), message, ...position(lines, offset) })
    },
  })
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
