// execute() as run() calls it, for the flow's unit tests: Settings for a scope file in a scratch
// workspace, and collaborators wired to the in-process fake (useFakeGlobusAuth) that keep the log.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Collaborators } from '../src/flow/execute.ts'
import type { AuthClientOptions } from '../src/globus/client.ts'
import type { Mode } from '../src/settings/modes.ts'
import type { Settings } from '../src/settings/settings.ts'
import { credentialRedactor } from '../src/text/redact.ts'
import { AUTH_URL, type InProcessFake } from './fake-globus-auth/in-process.ts'

/** A new empty workspace; with `scopeFile`, its globus-scope.json holds that text. */
export async function scratchWorkspace(scopeFile?: string): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'flow-'))
  if (scopeFile !== undefined) await writeFile(join(workspace, 'globus-scope.json'), scopeFile)
  return workspace
}

/** Settings as run() makes them: the fake's own client, globus-scope.json in `workspace`. */
export function flowSettings(t: InProcessFake, workspace: string, mode: Mode, more: Partial<Settings> = {}): Settings {
  return {
    clientId: t.client.id,
    clientSecret: t.client.secret,
    scopeFile: { path: join(workspace, 'globus-scope.json'), display: 'globus-scope.json', workspace },
    mode,
    authMethod: 'basic',
    authUrl: AUTH_URL,
    authUrlSource: 'the production environment',
    timeoutSeconds: 120,
    githubToken: '',
    providerUrl: undefined,
    caller: undefined,
    ...more,
  }
}

/** One redactor for the client and the reports, as run() makes it; `lines` is the log, debug lines marked. */
export function flowCollaborators(
  t: InProcessFake,
  more: Partial<AuthClientOptions> = {},
): Collaborators & { lines: string[] } {
  const lines: string[] = []
  const redactor = credentialRedactor(t.client.id, t.client.secret)
  const log = { info: (m: string) => lines.push(m), debug: (m: string) => lines.push(`debug: ${m}`) }
  return { auth: t.auth({ log, redactor, ...more }), redactor, log, lines }
}

/** The log without its debug lines. */
export const infoLines = (lines: string[]): string[] => lines.filter((line) => !line.startsWith('debug: '))
