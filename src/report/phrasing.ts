// English phrasing the report's texts share: a list, a count with its plural, a sentence's first letter.

/** `3`, `3 and 20`, `3, 16 and 20`. */
export const listed = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

/** `1 field`, `2 fields`. */
export const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`

/**
 * The text with its first letter in upper case, for a sentence that starts with a part of another;
 * unless it starts with a name in code (a word with an underscore: scope_file, provider_url), which
 * keeps its case, as the user writes it.
 */
export const sentence = (text: string) =>
  /^[A-Za-z0-9]*_\w*/.test(text) ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`

/** `2nd`, `3rd`, `7th`, `11th`, `21st`. */
export function ordinal(n: number): string {
  const teens = n % 100 >= 11 && n % 100 <= 13
  return `${n}${teens ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`
}
