// GITHUB_EVENT_PATH read only as a regular file: a FIFO, a device or a path with a line break is
// a reason not to comment, said at once.
import { execFileSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { eventFileProblem, readEventFile } from '../../../src/github/event-file.ts'

it('reads a regular event file, and refuses what the toolkit would block on or print', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'event-'))
  const event = join(folder, 'event.json')
  await writeFile(event, '{"pull_request": {"number": 7}}')
  expect(eventFileProblem(event)).toBeUndefined()
  expect(readEventFile(event)).toEqual({ pull_request: { number: 7 } })
  expect(eventFileProblem(undefined)).toBeUndefined()

  const fifo = join(folder, 'fifo.json')
  execFileSync('mkfifo', [fifo])
  expect(eventFileProblem(fifo)).toBe('GITHUB_EVENT_PATH is not a regular file')
  expect(readEventFile(fifo)).toBeUndefined()
  expect(eventFileProblem('/dev/zero')).toBe('GITHUB_EVENT_PATH is not a regular file')
  expect(eventFileProblem(`${folder}/x\n::error title=forged::forged`)).toBe(
    'GITHUB_EVENT_PATH holds a control character or a line break',
  )
  expect(eventFileProblem(join(folder, 'missing.json'))).toBe('GITHUB_EVENT_PATH cannot be read (ENOENT)')
})
