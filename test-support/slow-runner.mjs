// Loaded with --import into the action's process: holds the thread for SLOW_RUNNER_MS while the
// chunk of dist/ with the GitHub toolkit loads, as a slow runner disk would, so a test can show
// what happens when the time limit passes while the first lookup's answer is already there.
import { registerHooks } from 'node:module'

registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context)
    if (url.includes('/dist/') && String(loaded.source).includes('add-mask')) {
      const until = Date.now() + Number(process.env.SLOW_RUNNER_MS ?? 0)
      while (Date.now() < until) {
        // busy: the thread is loading
      }
    }
    return loaded
  },
})
