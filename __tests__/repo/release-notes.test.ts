// scripts/release-notes.ts: the CHANGELOG section that becomes a GitHub release's notes.
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReleaseNotesError, releaseNotes } from '../../scripts/release-notes.ts'
import { SCRIPTS } from '../../test-support/paths.ts'

const CHANGELOG = `# Changelog

Intro text.

## Unreleased

- Not yet.

## v1.2.30

- Thirty.

## v1.2.3-rc.1

- Candidate.

## v1.2.3

- Fixed the thing.

### Details

\`\`\`md
## 9.9.9 inside a code block
\`\`\`

More detail.

## 1.2.2 - 2025-05-01

- Older, written without the v.

## [1.1.0] - 2025-04-01

- Keep a Changelog style.

# Appendix

Not part of 1.1.0.
`

describe('releaseNotes', () => {
  it('takes the section of the version, subsections and code blocks included, up to the next ## heading', () => {
    expect(releaseNotes(CHANGELOG, 'v1.2.3')).toBe(
      '- Fixed the thing.\n\n### Details\n\n```md\n## 9.9.9 inside a code block\n```\n\nMore detail.',
    )
  })

  it('finds `## X.Y.Z` for the tag vX.Y.Z, and `## vX.Y.Z` for X.Y.Z, with a date after it', () => {
    expect(releaseNotes(CHANGELOG, 'v1.2.2')).toBe('- Older, written without the v.')
    expect(releaseNotes(CHANGELOG, '1.2.3')).toContain('- Fixed the thing.')
    expect(releaseNotes(CHANGELOG, 'v1.1.0')).toBe('- Keep a Changelog style.')
  })

  it('tells apart versions that share a prefix', () => {
    expect(releaseNotes(CHANGELOG, 'v1.2.30')).toBe('- Thirty.')
    expect(releaseNotes(CHANGELOG, 'v1.2.3-rc.1')).toBe('- Candidate.')
  })

  it('reads Windows line ends', () => {
    expect(releaseNotes(CHANGELOG.replaceAll('\n', '\r\n'), 'v1.2.2')).toBe('- Older, written without the v.')
  })

  it.each([
    ['v2.0.0', CHANGELOG, /has no section ## v2\.0\.0 \(or ## 2\.0\.0\): add one before tagging/],
    ['v9.9.9', CHANGELOG, /has no section/], // only inside a code block
    ['v1.0.0', '## v1.0.0\n\n\n## v0.9.0\n- x\n', /section ## v1\.0\.0 .* is empty/],
    ['v1.0.0', '## v1.0.0\n- a\n## 1.0.0\n- b\n', /has 2 sections ## v1\.0\.0/],
    ['latest', CHANGELOG, /"latest" is not a version like v1\.2\.3/],
    ['v1.2', CHANGELOG, /not a version/],
  ])('refuses %s with a message that says what to do', (version, text, message) => {
    expect(() => releaseNotes(text, version)).toThrow(ReleaseNotesError)
    expect(() => releaseNotes(text, version)).toThrow(message)
  })
})

describe('the command', () => {
  const script = resolve(SCRIPTS, 'release-notes.ts')
  const run = (args: string[]) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
      child.on('close', (code) => done({ code, stdout, stderr })),
    )
  }

  it('prints the notes, or fails in one line', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'changelog-')), 'CHANGELOG.md')
    await writeFile(file, CHANGELOG)
    expect(await run(['v1.2.2', file])).toEqual({ code: 0, stdout: '- Older, written without the v.\n', stderr: '' })
    const missing = await run(['v3.0.0', file])
    expect(missing.code).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toBe(
      `release-notes: ${file} has no section ## v3.0.0 (or ## 3.0.0): add one before tagging\n`,
    )
    const unreadable = await run(['v1.2.2', join(file, 'nope')])
    expect(unreadable.code).toBe(1)
    expect(unreadable.stderr).toMatch(/^release-notes: cannot read .*nope: .*ENOTDIR.*\n$/)
  })
})
