// A folder on a path swapped for a link to elsewhere, over and over, as fast as a second process
// can: the race a write into the checkout must win. The swap stops with `stop()`, which also says
// where the folder is then (it may be caught half way, as `sub.real`).
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface FolderSwap {
  workspace: string
  /** Where the link points: nothing may ever be written there. */
  outside: string
  /** Stops swapping; resolves to the folder's path as it is left. */
  stop(): Promise<string>
}

/** A workspace with the folder `sub`, swapping it for a link to a folder outside. */
export async function swapFolderForLink(): Promise<FolderSwap> {
  const root = await mkdtemp(join(tmpdir(), 'folder-swap-'))
  const workspace = join(root, 'workspace')
  const outside = join(root, 'outside')
  await mkdir(join(workspace, 'sub'), { recursive: true })
  await mkdir(outside)
  const script = 'cd "$1" && while :; do mv sub sub.real; ln -s "$2" sub; rm sub; mv sub.real sub; done'
  // A process group of its own, so that stopping it stops a `mv` under way too.
  const swapper = spawn('bash', ['-c', script, '_', workspace, outside], { stdio: 'ignore', detached: true })
  return {
    workspace,
    outside,
    stop: async () => {
      const closed = new Promise((done) => swapper.on('close', done))
      process.kill(-(swapper.pid ?? 0), 'SIGKILL')
      await closed
      return join(workspace, (await readdir(workspace)).includes('sub.real') ? 'sub.real' : 'sub')
    },
  }
}
