// What a plan comment names of the push it shows: the head commit and this workflow run. GitHub's
// environment and event are untrusted text: each value must have its shape (a hexadecimal SHA, an
// owner/name, a run id of digits, an https server), or it is left out.

import type { Push } from '../report/summary.ts'
import { readEventFile } from './event-file.ts'

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/
const REPOSITORY = /^[A-Za-z0-9-]+\/(?!\.\.?$)[A-Za-z0-9._-]+$/
const RUN_ID = /^[0-9]{1,20}$/
const HOST = /^[a-z0-9.-]+$/

type Env = Record<string, string | undefined>

/** The push from GitHub's environment and the event's payload (a pull request's head commit). */
export function pushOf(env: Env, event: unknown): Push {
  const head = (event as { pull_request?: { head?: { sha?: unknown } } } | undefined)?.pull_request?.head?.sha
  const sha = (typeof head === 'string' ? head : (env.GITHUB_SHA ?? '')).toLowerCase()
  const server = serverOrigin(env.GITHUB_SERVER_URL ?? '')
  const repository = env.GITHUB_REPOSITORY ?? ''
  const runId = env.GITHUB_RUN_ID ?? ''
  return {
    ...(SHA.test(sha) ? { commit: sha } : {}),
    ...(server && REPOSITORY.test(repository) && RUN_ID.test(runId)
      ? { runUrl: `${server}/${repository}/actions/runs/${runId}` }
      : {}),
  }
}

/** `https://github.com`, or a GitHub Enterprise Server's origin; undefined for anything else. */
function serverOrigin(text: string): string | undefined {
  try {
    const url = new URL(text)
    const plain = !url.username && !url.password && !url.search && !url.hash && url.pathname === '/'
    return url.protocol === 'https:' && plain && HOST.test(url.hostname) ? url.origin : undefined
  } catch {
    return undefined
  }
}

/** The push of this run: the event file read once (event-file.ts), as @actions/github would read it. */
export function readPush(env: Env): Push {
  return pushOf(env, readEventFile(env.GITHUB_EVENT_PATH))
}
