// Small words shared by the report's texts.

/** `1 field`, `2 fields`. */
export const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`

/** The text with its first letter in upper case, for a sentence that starts with a part of another. */
export const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`
