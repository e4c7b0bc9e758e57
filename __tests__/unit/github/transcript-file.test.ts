// The transcript writer: one JSON line per record, appended; a file that cannot be written is one warning.
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { transcriptWriter } from '../../../src/github/transcript-file.ts'
import type { Exchange } from '../../../src/globus/exchange.ts'

describe('the transcript writer', () => {
  const record: Exchange = { method: 'GET', path: '/v2/api/scopes?ids=x', status: 200, answer: { scopes: [] } }

  it('appends one JSON line per record, making the folder', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'transcript-')), 'a', 'b', 'run.jsonl')
    const warnings: string[] = []
    const write = transcriptWriter(path, (m) => warnings.push(m))
    write(record)
    write({ ...record, status: 404 })
    const lines = (await readFile(path, 'utf8')).split('\n')
    expect(lines.map((l) => (l ? JSON.parse(l).status : l))).toEqual([200, 404, ''])
    expect(warnings).toEqual([])
  })

  it('warns once and stops when the file cannot be written', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'transcript-'))
    const warnings: string[] = []
    const write = transcriptWriter(folder, (m) => warnings.push(m))
    write(record)
    write(record)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^Could not write the transcript \(ENSURE_GLOBUS_SCOPE_TRANSCRIPT\) to .*EISDIR/)
  })

  it('warns at once, without hanging, when the folder cannot be made (under /proc)', () => {
    const warnings: string[] = []
    const write = transcriptWriter('/proc/nope/deeper/x.jsonl', (m) => warnings.push(m))
    write(record)
    write(record)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^Could not write the transcript \(ENSURE_GLOBUS_SCOPE_TRANSCRIPT\) to \/proc\/nope\/deeper\/x\.jsonl: .*ENOENT/,
    )
  })

  it('refuses a FIFO and a device at once, never blocking and never writing answers into the log', async () => {
    const { execFileSync } = await import('node:child_process')
    const fifo = join(await mkdtemp(join(tmpdir(), 'fifo-')), 'transcript.jsonl')
    execFileSync('mkfifo', [fifo])
    for (const path of [fifo, '/dev/null']) {
      const warnings: string[] = []
      const write = transcriptWriter(path, (m) => warnings.push(m))
      write(record)
      write(record)
      expect(warnings).toEqual([
        expect.stringMatching(/: (it is not a regular file|.*ENXIO.*)\. The run goes on without it\.$/),
      ])
    }
  })
})
