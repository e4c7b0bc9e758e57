// The checks of verify's gate are chunks of their own, loaded by import() (flow/caller-gate.ts,
// flow/provider-gate.ts). One that cannot be loaded (its file missing from dist/) fails the step
// before ensure sends anything: no scope is created that the failed step's outputs would not name.
// Both are mocked to fail as a missing chunk does, so this file has modules of its own (ISOLATED
// in vitest.config.ts).
import { beforeEach, expect, it, vi } from 'vitest'
import { execute } from '../../../src/flow/execute.ts'
import type { Settings } from '../../../src/settings/settings.ts'
import { useFakeGlobusAuth } from '../../../test-support/fake-globus-auth/in-process.ts'
import { flowCollaborators, flowSettings, scratchWorkspace } from '../../../test-support/flow-run.ts'
import { EXAMPLE_SCOPE_FILE } from '../../../test-support/paths.ts'

vi.mock('../../../src/flow/caller-gate.ts', () => {
  throw new Error("Cannot find module '/action/dist/351.index.js'")
})
vi.mock('../../../src/flow/provider-gate.ts', () => {
  throw new Error("Cannot find module '/action/dist/340.index.js'")
})

const t = useFakeGlobusAuth()
let workspace: string
beforeEach(async () => {
  workspace = await scratchWorkspace(EXAMPLE_SCOPE_FILE)
})

it.each<[string, () => Partial<Settings>]>([
  ['the caller check', () => ({ caller: { clientId: t.fake.addClient({}).id, clientSecret: 'c'.repeat(44) } })],
  ['the provider check', () => ({ providerUrl: new URL('https://actions.example.org/hello/') })],
])('fails ensure before any request when %s cannot be loaded', async (_, gate) => {
  const io = flowCollaborators(t)
  const outcome = await execute(flowSettings(t, workspace, 'ensure', gate()), io)
  expect(outcome.outputs.status).toBe('failed')
  // Vitest words a failing mock its own way; the bundle says `Cannot find module …`.
  expect(outcome.failure).toEqual(expect.any(String))
  expect(t.fake.requests).toEqual([])
  expect(t.fake.scopesOf(t.client.id)).toEqual([])
})
