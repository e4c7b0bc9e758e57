// A read-back that is not what was written, in words: each field with the value sent and the value
// Globus Auth keeps. Where the two differ only in whitespace or Unicode normalisation, Globus
// stores the text its own way: the file must say it that way too, or every run writes it again.
import { unicodeNumber } from '../../text/difference.ts'
import { excerpt, quotedDifference } from '../../text/excerpt.ts'
import type { Redactor } from '../../text/redact.ts'
import type { Drift } from './plan.ts'

export interface ReadBackDrift {
  /** `description: sent "a ", Globus Auth keeps "a" (…)`, one clause per field. */
  text: string
  /** Every difference is Globus' way of storing text: only the file can end it. */
  onlyStoredForms: boolean
}

const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Ways of storing the same text, from the plainest; the first under which both agree names it. */
const STORED_FORMS: [string, (text: string) => string][] = [
  ['whitespace', collapsed],
  ['Unicode normalisation (NFC)', (text) => text.normalize('NFC')],
  ['Unicode normalisation (NFKC)', (text) => text.normalize('NFKC')],
  ['whitespace and Unicode normalisation (NFKC)', (text) => collapsed(text.normalize('NFKC'))],
]

/** What the two differ in when they are the same text stored otherwise, else undefined. */
export function storedFormOf(sent: string, kept: string): string | undefined {
  return STORED_FORMS.find(([, form]) => form(sent) === form(kept))?.[0]
}

export function readBackDrift(drift: Drift[], redactor: Redactor): ReadBackDrift {
  const clauses = drift.map((d) => {
    const { desired: sent, current: kept } = d
    if (typeof sent !== 'string' || typeof kept !== 'string') {
      return {
        text: `${d.field}: sent ${excerpt(JSON.stringify(sent), redactor)}, Globus Auth keeps ${excerpt(JSON.stringify(kept) ?? 'nothing', redactor)}`,
        stored: false,
      }
    }
    const [shownSent, shownKept] = quotedDifference(sent, kept, redactor)
    const form = storedFormOf(sent, kept)
    // Text in another normal form looks the same: the characters themselves tell it apart.
    const which = form && form !== 'whitespace' ? `, ${codePoints(sent, kept)}` : ''
    const why = form
      ? ` (they differ only in ${form}${which}: Globus Auth stores the ${d.field} that way; write it so in the scope file, or every run will write it again)`
      : ''
    return { text: `${d.field}: sent ${shownSent}, Globus Auth keeps ${shownKept}${why}`, stored: form !== undefined }
  })
  return { text: clauses.map((c) => c.text).join('; '), onlyStoredForms: clauses.every((c) => c.stored) }
}

const MAX_CODE_POINTS = 8

/** Where two texts differ, as code points: `U+0065 U+0301 sent, U+00E9 kept`. */
function codePoints(sent: string, kept: string): string {
  const [a, b] = [[...sent], [...kept]]
  let start = 0
  while (start < a.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end)) end++
  const named = (chars: string[]) => {
    const middle = chars.slice(start, chars.length - end)
    const shown = middle.slice(0, MAX_CODE_POINTS).map(unicodeNumber)
    return (shown.join(' ') || 'nothing') + (middle.length > MAX_CODE_POINTS ? ' …' : '')
  }
  return `${named(a)} sent, ${named(b)} kept`
}
