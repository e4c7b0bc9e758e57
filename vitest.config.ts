import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Every property test draws from one seed (FC_SEED to explore others): see the file.
    setupFiles: ['test-support/fast-check-seed.ts'],
    // End-to-end tests start processes and loopback servers; none of them waits on real time
    // beyond the short timeouts they set themselves.
    testTimeout: 30_000,
    restoreMocks: true,
  },
})
