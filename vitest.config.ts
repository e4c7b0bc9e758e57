import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/**
 * Files that need a module graph of their own: the GitHub toolkit reads GITHUB_API_URL and the
 * event once, when it is first imported, and these set them (or stub variables) before that;
 * gate-chunks.test.ts mocks two modules of src/ that the other files import for real.
 */
const ISOLATED = [
  '__tests__/unit/github/**/*.test.ts',
  '__tests__/unit/globus/dispatcher.test.ts',
  '__tests__/unit/flow/gate-chunks.test.ts',
]

export default defineConfig({
  test: {
    // Every property test draws from one seed (FC_SEED to explore others): see the file.
    setupFiles: ['test-support/fast-check-seed.ts'],
    // End-to-end tests start processes and loopback servers; none of them waits on real time
    // beyond the short timeouts they set themselves.
    testTimeout: 30_000,
    restoreMocks: true,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine, idle
    // while an end-to-end test waits on its child process. Two keep both cores busy there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        // The rest share a worker's modules from file to file (each file still sets up its own
        // fakes and servers): spawning and importing anew for each file was a third of the time.
        test: { name: 'shared', include: ['__tests__/**/*.test.ts'], exclude: ISOLATED, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
})
