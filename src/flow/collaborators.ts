// What execute() is given to talk to the world: passed in, so tests control the network and time.
import type { AuthClient, AuthLog } from '../globus/client.ts'
import type { ProviderIo } from '../provider/description.ts'
import type { Push } from '../report/summary.ts'
import type { ScopeFile, ScopeFileLocation } from '../scope-file/read.ts'
import type { Redactor } from '../text/redact.ts'

export interface Collaborators {
  auth: AuthClient
  redactor: Redactor
  /** Progress, printed as it happens. */
  log: AuthLog
  /** Reads and checks the scope file; run() passes the file the boot already read. */
  readScopeFile?: (location: ScopeFileLocation) => Promise<ScopeFile>
  /** The commit and the run a plan comment names; run() reads and checks them. */
  push?: Push
  /** How the deployed Action Provider is read (provider_url): plain fetch, the deadline, the clock. */
  provider?: Omit<ProviderIo, 'redactor' | 'log'>
}
