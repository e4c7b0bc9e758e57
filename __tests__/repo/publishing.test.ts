// Publishing: the release workflow's order and permissions, dependabot's coverage, and the
// metadata the Marketplace listing is made from.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../test-support/paths.ts'
import { type Job, readYaml, type Step } from '../../test-support/workflow.ts'

const root = ROOT

const release = await readYaml<{ on: { push: { tags: string[] } }; jobs: Record<string, Job> }>(
  '.github/workflows/release.yml',
)

describe('.github/workflows/release.yml', () => {
  it('moves the major tag only to the highest final version of its series, never backwards', () => {
    const step = release.jobs.release?.steps?.find((s) => s.run?.includes('git push --force'))
    // A repository with a remote, tags on three commits, and the step's own script.
    const work = mkdtempSync(join(tmpdir(), 'major-tag-'))
    const git = (...args: string[]) => execFileSync('git', args, { cwd: join(work, 'repo'), encoding: 'utf8' }).trim()
    execFileSync('git', ['init', '-q', '--bare', join(work, 'origin.git')])
    execFileSync('git', ['init', '-q', join(work, 'repo')])
    cpSync(resolve(root, 'scripts'), join(work, 'repo/scripts'), { recursive: true })
    git('config', 'user.email', 't@example.org')
    git('config', 'user.name', 'test')
    git('remote', 'add', 'origin', join(work, 'origin.git'))
    const commit = (tag: string) => {
      git('commit', '-q', '--allow-empty', '-m', tag)
      git('tag', tag)
      return git('rev-parse', 'HEAD')
    }
    const v100 = commit('v1.0.0')
    const v130 = commit('v1.3.0')
    commit('v1.4.0-rc.1')
    const run = (tag: string, at: string) => {
      git('checkout', '-q', at)
      const summary = join(work, `summary-${tag}`)
      const result = spawnSync('bash', ['-e', '-c', step?.run ?? 'exit 9'], {
        cwd: join(work, 'repo'),
        env: { ...process.env, TAG: tag, GITHUB_STEP_SUMMARY: summary },
        encoding: 'utf8',
      })
      expect(result.status).toBe(0)
      return readFileSync(summary, 'utf8')
    }
    expect(run('v1.3.0', v130)).toMatch(/^v1 now points at /)
    expect(git('rev-parse', 'v1^{commit}')).toBe(v130)
    // A re-run of an old release, and an older patch tagged later, leave it where it is.
    expect(run('v1.0.0', v100)).toMatch(/^v1 stays at .*v1\.0\.0 is not the highest of its series/)
    git('checkout', '-q', v100)
    const v109 = commit('v1.0.9')
    expect(run('v1.0.9', v109)).toMatch(/^v1 stays at /)
    expect(git('rev-parse', 'v1^{commit}')).toBe(v130)
    expect(git('ls-remote', 'origin', 'refs/tags/v1').split('\t')[0]).toBe(git('rev-parse', 'v1'))
  })

  const runs = (job: Job | undefined) => (job?.steps ?? []).map((s) => s.run ?? '').join('\n')
  const writers = Object.entries(release.jobs).filter(([, job]) =>
    Object.values(job.permissions ?? {}).includes('write'),
  )

  it('runs on version tags only', () => {
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } })
  })

  it('checks dist/, the tests and the notes in a job without write access', () => {
    const check = release.jobs.check
    expect(check?.permissions).toBeUndefined()
    const script = runs(check)
    expect(script).toMatch(/npm run build\n\s*if \[ -n "\$\(git status --porcelain -- dist\)" \]; then/)
    expect(check?.steps?.some((s) => s.run === 'npm test')).toBe(true)
    expect(script).toContain('node scripts/release-notes.ts "$TAG"')
    expect(script).toContain('git merge-base --is-ancestor HEAD "origin/$DEFAULT_BRANCH"')
  })

  it('writes only in the one job that releases, after the check', () => {
    expect(writers.map(([name, job]) => [name, job.permissions])).toEqual([['release', { contents: 'write' }]])
    expect(release.jobs.release?.needs).toBe('check')
    const script = runs(release.jobs.release)
    expect(script).toContain('gh release create "$TAG" --verify-tag')
    expect(script).toContain('--notes-file "$RUNNER_TEMP/notes.md"')
  })

  it('releases the very commit the check job verified, and stops when the tag was moved since', () => {
    const check = release.jobs.check
    const commitStep = check?.steps?.find((s) => s.id === 'commit')
    expect(check?.outputs).toEqual({ commit: `\${{ steps.commit.outputs.commit }}` })
    expect(commitStep?.run).toBe('echo "commit=$(git rev-parse HEAD)" >> "$GITHUB_OUTPUT"')
    // Right after the checkout: the commit every later step of the check job works on.
    expect(check?.steps?.indexOf(commitStep as Step)).toBe(1)
    const steps = release.jobs.release?.steps ?? []
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@/)
    expect(steps[0]?.with?.ref).toBe(`\${{ needs.check.outputs.commit }}`)
    const guard = steps[1]
    expect(guard?.env).toEqual({ TAG: `\${{ github.ref_name }}`, VERIFIED: `\${{ needs.check.outputs.commit }}` })
    // The guard's own script, in a repository whose tag is moved after the check.
    const work = mkdtempSync(join(tmpdir(), 'release-guard-'))
    const git = (...args: string[]) => execFileSync('git', args, { cwd: work, encoding: 'utf8' }).trim()
    git('init', '-q')
    git('config', 'user.email', 't@example.org')
    git('config', 'user.name', 'test')
    git('commit', '-q', '--allow-empty', '-m', 'checked')
    const verified = git('rev-parse', 'HEAD')
    git('tag', '-a', 'v1.2.3', '-m', 'v1.2.3')
    const guardRun = () =>
      spawnSync('bash', ['-e', '-c', guard?.run ?? 'exit 9'], {
        cwd: work,
        env: { ...process.env, TAG: 'v1.2.3', VERIFIED: verified },
        encoding: 'utf8',
      })
    expect(guardRun().status).toBe(0)
    git('commit', '-q', '--allow-empty', '-m', 'moved')
    git('tag', '-f', '-a', 'v1.2.3', '-m', 'v1.2.3')
    const moved = guardRun()
    expect(moved.status).toBe(1)
    expect(moved.stdout).toMatch(/^::error::v1\.2\.3 was moved after the check: it names [0-9a-f]{40}, not /)
  })

  it('moves the major tag, but not for a pre-release', () => {
    const move = release.jobs.release?.steps?.find((s) => s.run?.includes('git push --force origin "refs/tags/$major"'))
    expect(move?.if).toBe(`\${{ !contains(github.ref_name, '-') }}`)
    expect(move?.run).toContain(`major="\${TAG%%.*}"`)
  })
})

describe('.github/dependabot.yml', () => {
  it('updates npm packages and the workflows’ actions weekly, in groups', async () => {
    const config = await readYaml<{
      version: number
      updates: { 'package-ecosystem': string; schedule: { interval: string }; groups?: Record<string, unknown> }[]
    }>('.github/dependabot.yml')
    expect(config.version).toBe(2)
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm'])
    for (const update of config.updates) {
      expect(update.schedule.interval).toBe('weekly')
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0)
    }
  })
})

describe('action.yml, as the Marketplace lists it', () => {
  it('has a name, a description and branding with a colour the Marketplace offers', async () => {
    const action = await readYaml<{ name: string; description: string; branding: { icon: string; color: string } }>(
      'action.yml',
    )
    expect(action.name.trim().length).toBeGreaterThan(0)
    expect(action.description.trim().length).toBeGreaterThan(0)
    expect(action.branding.icon).toMatch(/^[a-z0-9-]+$/)
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
      action.branding.color,
    )
  })
})
