// npm run release-notes -- v1.2.3 [CHANGELOG.md]: prints the changelog's section for that version,
// the notes of its GitHub release (.github/workflows/release.yml). A heading `## v1.2.3` or
// `## 1.2.3` starts the section, also with brackets or anything after a space (`## [1.2.3] -
// 2025-06-01`, `## v1.2.3 (2025-06-01)`); the next heading of level 1 or 2 ends it. Headings inside
// fenced code blocks do not count. A missing, empty or repeated section is an error in one line,
// so a tag without notes fails before anything is published.
import { readFile } from 'node:fs/promises'

export class ReleaseNotesError extends Error {
  override name = 'ReleaseNotesError'
}

const VERSION = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/

/** The text of `version`'s section, without its heading and surrounding blank lines. */
export function releaseNotes(changelog: string, version: string, file = 'CHANGELOG.md'): string {
  const bare = VERSION.exec(version.trim())?.[1]
  if (!bare) throw new ReleaseNotesError(`"${version}" is not a version like v1.2.3`)
  const escaped = bare.replace(/[.+]/g, (c) => `\\${c}`)
  const heading = new RegExp(`^## +\\[?v?${escaped}\\]?(?:\\s|$)`)
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n')

  const sections: string[][] = []
  let current: string[] | undefined
  let fence: string | undefined
  for (const line of lines) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker
    } else if (!fence && /^#{1,2}(?:\s|$)/.test(line)) {
      current = heading.test(line) ? [] : undefined
      if (current) sections.push(current)
      continue
    }
    current?.push(line)
  }

  const wanted = `## v${bare} (or ## ${bare})`
  if (sections.length === 0) throw new ReleaseNotesError(`${file} has no section ${wanted}: add one before tagging`)
  if (sections.length > 1) throw new ReleaseNotesError(`${file} has ${sections.length} sections ${wanted}; keep one`)
  const text = (sections[0] ?? [])
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd()
  if (!text.trim()) throw new ReleaseNotesError(`${file}'s section ${wanted} is empty: say what changed`)
  return text
}

if (import.meta.main) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2)
  try {
    if (!version) throw new ReleaseNotesError('usage: npm run release-notes -- <vX.Y.Z> [CHANGELOG.md]')
    console.log(releaseNotes(await readFile(file, 'utf8'), version, file))
  } catch (error) {
    const message = error instanceof ReleaseNotesError ? error.message : `cannot read ${file}: ${String(error)}`
    console.error(`release-notes: ${message}`)
    process.exitCode = 1
  }
}
