// Loaded before every test file (vitest.config.ts, setupFiles): every property test draws from one
// seed, so a run of `npm test` passes or fails the same way every time. FC_SEED=<integer> (or
// FC_SEED=random) explores another sample; a failing property prints the seed and path that
// replay it, and an assertion about a property's sample outside fc.assert names it (replayWith).
import fc from 'fast-check'

/** The seed `npm test` uses unless FC_SEED says otherwise. */
const DEFAULT_SEED = 2_026_022

function seedFrom(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_SEED
  if (value === 'random') return Math.floor(Math.random() * 2 ** 31)
  const seed = Number(value)
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED is "${value}"; give an integer, or random`)
  return seed
}

export const PROPERTY_SEED = seedFrom(process.env.FC_SEED)

fc.configureGlobal({ seed: PROPERTY_SEED })

/** For an assertion about a property's sample: the seed that replays the sample. */
export const replayWith = `fast-check seed ${PROPERTY_SEED}; replay with FC_SEED=${PROPERTY_SEED} npm test`
