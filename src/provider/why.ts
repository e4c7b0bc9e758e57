// Why a read of the provider's description did not give the scope, as data and as words: apart
// from the check (description.ts), which only verify with provider_url loads, since report/ words
// every run's outcome with it.

/**
 * Why, in this action's words; `shown` is untrusted text (already an excerpt), quoted where it is shown.
 * `fix`, for an answer that ends the check: the way out, a sentence of ours.
 */
export interface Why {
  why: string
  shown?: { label: string; value: string }
  fix?: string
}

/** `answered 502`, `could not be reached (ECONNREFUSED)`: what it shows quoted where it is printed. */
export function whyText(why: Why, quote: (value: string) => string = (value) => value): string {
  return `${why.why}${why.shown ? ` (${why.shown.label}${quote(why.shown.value)})` : ''}`
}
