// Reading a file of the repository checkout as bytes, without trusting the checkout: symbolic
// links are followed only while they stay inside it, the size is bounded, and a FIFO never blocks.
import { existsSync } from 'node:fs'
import { constants, type FileHandle, lstat, open, realpath, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

/** Why a file was not read. None names where a link leads, nor anything read there. */
export type Refusal =
  | { reason: 'outside' | 'outside-through-link' | 'missing' | 'not-a-file' }
  | { reason: 'too-large'; size: number }
  | { reason: 'unreadable'; code: string }

export async function readCheckoutFile(
  path: string,
  checkout: string,
  maxBytes: number,
): Promise<{ bytes: Uint8Array } | Refusal> {
  try {
    // Links followed: a link in the repository must not read files elsewhere on the runner.
    const real = await realPathOf(path)
    if (!isInside(real, await realPathOf(checkout))) {
      return { reason: isInside(resolve(path), resolve(checkout)) ? 'outside-through-link' : 'outside' }
    }
    const info = await stat(real)
    if (!info.isFile()) return { reason: 'not-a-file' }
    if (info.size > maxBytes) return { reason: 'too-large', size: info.size }
    // The checked path, not followed again if it became a link since; never waiting on a FIFO.
    const handle = await open(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
    try {
      const bytes = await readAtMost(handle, maxBytes + 1)
      return bytes.length > maxBytes ? { reason: 'too-large', size: bytes.length } : { bytes }
    } finally {
      await handle.close()
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' ? { reason: 'missing' } : { reason: 'unreadable', code: code ?? String(error) }
  }
}

/** Why a new file was not written. */
export type WriteRefusal =
  | { reason: 'exists' | 'outside' | 'in-git' | 'no-folder' }
  | { reason: 'unwritable'; code: string }

/** Linux names an open file's folder by its descriptor: a path that cannot be swapped under us. */
const BY_DESCRIPTOR = existsSync('/proc/self/fd') ? '/proc/self/fd' : undefined

/**
 * Write a NEW file into the checkout: never over an existing file (nor through a link in its
 * place), and only into a folder inside the checkout and outside Git's own folders (`.git`, or one
 * a `.git` file points to) once links are followed. The folder is opened once and checked as
 * opened, and the file is made in that very folder, so a folder on the path swapped for a link to
 * elsewhere meanwhile cannot lead the write out of the checkout.
 */
export async function writeNewCheckoutFile(
  path: string,
  checkout: string,
  text: string,
): Promise<{ written: true } | WriteRefusal> {
  try {
    const workspace = await realpath(checkout)
    const folder = await realPathOf(dirname(path))
    if (!isInside(folder, workspace)) return { reason: 'outside' }
    // As typed and where links lead: a link `cfg -> .git/hooks` must not plant a hook.
    if (
      inGit(relative(resolve(checkout), resolve(path))) ||
      inGit(relative(workspace, join(folder, basename(path)))) ||
      (await inGitFolder(folder, workspace))
    ) {
      return { reason: 'in-git' }
    }
    const opened = await open(folder, constants.O_RDONLY | (constants.O_DIRECTORY ?? 0))
    try {
      // Where the opened folder is now, whatever its path leads to by now.
      const anchor = BY_DESCRIPTOR ? join(BY_DESCRIPTOR, String(opened.fd)) : folder
      const now = await realpath(anchor)
      if (!isInside(now, workspace)) return { reason: 'outside' }
      if (inGit(relative(workspace, now)) || (await inGitFolder(now, workspace))) return { reason: 'in-git' }
      const file = join(anchor, basename(path))
      // O_EXCL: fails on anything already there, a dangling link included.
      const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)
      const handle = await open(file, flags, 0o644)
      try {
        // Without descriptor paths, the file made must be the one the checked path names before
        // anything goes into it (an empty file may then be left where the swapped path led).
        if (!BY_DESCRIPTOR && !(await sameFile(handle, join(folder, basename(path))))) return { reason: 'outside' }
        await handle.writeFile(text)
      } finally {
        await handle.close()
      }
    } finally {
      await opened.close()
    }
    return { written: true }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return { reason: 'exists' }
    if (code === 'ENOENT' || code === 'ENOTDIR') return { reason: 'no-folder' }
    return { reason: 'unwritable', code: code ?? String(error) }
  }
}

/** Whether an open file is the file at `path` (not followed if a link). */
async function sameFile(handle: FileHandle, path: string): Promise<boolean> {
  const [opened, named] = await Promise.all([handle.stat(), lstat(path).catch(() => undefined)])
  return named?.isFile() === true && opened.dev === named.dev && opened.ino === named.ino
}

/** realpath, also of a path that does not exist: its nearest existing ancestor's, plus the rest. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch (error) {
    const parent = dirname(path)
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === path) throw error
    return join(await realPathOf(parent), basename(path))
  }
}

/**
 * Whether a path in the checkout is inside Git's own folder, by Git's own rule for the names that
 * reach it (is_ntfs_dotgit): `.git` in any case (`.GIT` on macOS and Windows), or its short name
 * `git~1` (NTFS), with trailing dots and blanks (dropped by Windows) and a `:stream` after them.
 */
function inGit(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).some((part) => /^(\.git|git~1)[. ]*(:.*)?$/i.test(part))
}

/**
 * Whether a folder of the checkout is in one of Git's own folders under another name: a `.git`
 * file's `gitdir:` may point anywhere (`git init --separate-git-dir`, submodules, worktrees). By
 * Git's rule for a git folder (setup.c): a HEAD file, and `objects` and `refs` folders or, for a
 * worktree's, a `commondir` file. The folder and each above it up to the checkout are asked.
 */
async function inGitFolder(folder: string, workspace: string): Promise<boolean> {
  for (let dir = folder; isInside(dir, workspace); dir = dirname(dir)) {
    const [head, objects, refs, common] = await Promise.all(
      ['HEAD', 'objects', 'refs', 'commondir'].map((name) => stat(join(dir, name)).catch(() => undefined)),
    )
    if (head?.isFile() && ((objects?.isDirectory() && refs?.isDirectory()) || common?.isFile())) return true
    if (dir === workspace) break
  }
  return false
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

/** Up to `limit` bytes: the size was checked, but the file may have grown since. */
async function readAtMost(handle: FileHandle, limit: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(limit)
  let length = 0
  while (length < limit) {
    const { bytesRead } = await handle.read(buffer, length, limit - length, length)
    if (bytesRead === 0) break
    length += bytesRead
  }
  return buffer.subarray(0, length)
}
