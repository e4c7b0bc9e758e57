// What zod finds wrong with the scope file's value, said as the file's problems: each at its line
// and column, in words (`must be true or false`, never zod's `Invalid input: expected boolean`), a
// misspelt key as one problem at the key ("did you mean …?") rather than two.
import { findNodeAtLocation, type Node } from 'jsonc-parser'
import type * as z from 'zod/mini'
import { firstDifference, isAscii, namedCharacter } from '../text/difference.ts'
import { fieldPath } from '../text/field-path.ts'
import { printable } from '../text/printable.ts'
import { closestName } from './closest-name.ts'
import { DependentScopeEntrySchema, ScopeDocumentSchema, ScopeFieldsSchema } from './document.ts'
import { position } from './json-text.ts'
import type { FileProblem } from './problems.ts'

type Path = (string | number)[]

/** The problems of zod's issues, each at its place in `tree`. */
export function schemaProblems(issues: z.core.$ZodIssue[], tree: Node, lines: number[]): FileProblem[] {
  const paths = issues.map((issue) => issue.path.filter((p): p is string | number => typeof p !== 'symbol'))
  // A misspelt key means a field: that field's `is required` is the same problem, said at the key.
  const meant = new Set<string>()
  issues.forEach((issue, i) => {
    if (issue.code !== 'unrecognized_keys') return
    for (const key of issue.keys) {
      const field = closestName(key, knownFields(paths[i] ?? []))
      if (field) meant.add(fieldPath([...(paths[i] ?? []), field]))
    }
  })
  return issues.flatMap((issue, i) => {
    const path = paths[i] ?? []
    if (issue.code === 'unrecognized_keys') return unknownKeys(issue.keys, path, tree, lines)
    const own = findNodeAtLocation(tree, path)
    if (!own && issue.code === 'invalid_type' && meant.has(fieldPath(path))) return []
    // Point at the value when there is one, else at the nearest enclosing node that exists.
    let node = own
    for (let depth = path.length - 1; depth >= 0 && !node; depth--)
      node = findNodeAtLocation(tree, path.slice(0, depth))
    return [{ field: fieldPath(path), message: inWords(issue, own, path), ...position(lines, node?.offset) }]
  })
}

/** One problem per unknown key, at the key, with the field it was probably meant to be. */
function unknownKeys(keys: string[], path: Path, tree: Node, lines: number[]): FileProblem[] {
  // Keys are unique by now; a map keeps thousands of unknown keys from costing n² lookups.
  const properties = new Map(findNodeAtLocation(tree, path)?.children?.map((p) => [p.children?.[0]?.value, p]))
  const known = knownFields(path)
  return keys.map((key) => {
    const field = closestName(key, known)
    const message =
      field === undefined
        ? `is not a known field; fix its spelling or remove it (allowed here: ${known.join(', ')})`
        : properties.has(field)
          ? `is not a known field, and ${JSON.stringify(field)} is given too; remove it`
          : `is not a known field; did you mean ${JSON.stringify(field)}?${lookAlike(key, field)}`
    return { field: fieldPath([...path, key]), message, ...position(lines, properties.get(key)?.offset) }
  })
}

/**
 * ` Its character 2 is "е" (U+0435, Cyrillic), not "e".`: a key that reads as the field it means
 * (a letter of another script in its place) would otherwise seem to be told to be itself. The
 * field names are ASCII, so a non-ASCII character where they line up is a look-alike.
 */
function lookAlike(key: string, field: string): string {
  const difference = firstDifference(key, field)
  if (!difference?.given || !difference.wanted || isAscii(difference.given)) return ''
  const { at, given, wanted } = difference
  const quote = (character: string) => printable(JSON.stringify(character))
  return ` Its character ${at} is ${namedCharacter(given, quote)}, not ${JSON.stringify(wanted)}.`
}

/** What each JSON type is called in a problem: `must be true or false`, `is required (text)`. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
}

function inWords(issue: z.core.$ZodIssue, value: Node | undefined, path: Path): string {
  if (issue.code !== 'invalid_type') return issue.message
  const expected = TYPE_WORDS[issue.expected] ?? issue.expected
  if (!value) return `is required (${expected})`
  if (path.length === 0) return 'must be an object: {"scope": {...}}'
  // "true" in quotes is text: the one slip worth its own words.
  if (issue.expected === 'boolean' && value.type === 'string' && /^(true|false)$/.test(String(value.value))) {
    return `must be ${expected}; drop the quotes around ${JSON.stringify(value.value)}`
  }
  if (issue.expected === 'string') return 'must be text, in double quotes'
  if (issue.expected === 'array') return `must be ${expected}, in square brackets [ ]`
  if (issue.expected === 'object') return `must be ${expected}, in braces { }`
  return `must be ${expected}`
}

// What each object of the document may hold, so an unknown key's error lists the right ones.
const KNOWN_FIELDS = {
  document: Object.keys(ScopeDocumentSchema.shape),
  scope: Object.keys(ScopeFieldsSchema.shape),
  dependentScope: Object.keys(DependentScopeEntrySchema.shape),
}

function knownFields(path: Path): string[] {
  return path.length === 0
    ? KNOWN_FIELDS.document
    : path.length === 1
      ? KNOWN_FIELDS.scope
      : KNOWN_FIELDS.dependentScope
}
