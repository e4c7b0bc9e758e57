// Loaded with --import into the action's process: writes the URL of every file of dist/ that the
// run loads to CHUNK_LOG, so a test can show each chunk of the bundle is exercised.
import { appendFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

registerHooks({
  load(url, context, nextLoad) {
    if (process.env.CHUNK_LOG && url.includes('/dist/')) appendFileSync(process.env.CHUNK_LOG, `${url}\n`)
    return nextLoad(url, context)
  },
})
