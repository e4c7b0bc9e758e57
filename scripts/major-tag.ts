// node scripts/major-tag.ts vX.Y.Z [TAG...]: whether release.yml may move the major tag (vX) to
// the release vX.Y.Z, given every tag of the repository. Only the highest final version of the
// series moves it: a re-run of an old release, or v1.0.9 tagged after v1.3.0, leaves v1 where it is.
// Prints one line; exits 0 to move, 1 to keep, 2 on bad usage.

const FINAL = /^v(\d+)\.(\d+)\.(\d+)$/

type Version = [number, number, number]

function parse(tag: string): Version | undefined {
  const match = FINAL.exec(tag)
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined
}

const newer = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]

/** The tag that should carry the major tag of `tag`'s series: the highest final version in it. */
export function highestOfSeries(tag: string, tags: string[]): string | undefined {
  const own = parse(tag)
  if (!own) return undefined
  const series = tags.map((t) => [t, parse(t)] as const).filter(([, v]) => v !== undefined && v[0] === own[0])
  const best = series.reduce((a, b) => (newer(b[1] as Version, a[1] as Version) > 0 ? b : a), [tag, own] as const)
  return best[0]
}

if (import.meta.main) {
  const [tag, ...tags] = process.argv.slice(2)
  const highest = tag ? highestOfSeries(tag, tags) : undefined
  if (!tag || !highest) {
    console.error('usage: node scripts/major-tag.ts vX.Y.Z [TAG...] (a final version, no pre-release)')
    process.exit(2)
  }
  if (highest === tag) {
    console.log(`move ${tag.split('.')[0]} to ${tag}`)
  } else {
    console.log(`keep ${tag.split('.')[0]}: ${highest} is the highest version of the series`)
    process.exitCode = 1
  }
}
