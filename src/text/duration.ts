// A duration as people read it, for every message that names a wait or a time limit.

/** `1.5 s`, `12 s`: tenths below ten seconds, whole seconds above. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`
}
