// A duration as people read it, for every message that names a wait or a time limit.

/** `10 ms` below what a tenth rounds to (never `0.0 s`), `1.5 s` below ten seconds, `12 s` above. */
export function seconds(ms: number): string {
  if (ms < 50) return `${Math.max(0, Math.round(ms))} ms`
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`
}
