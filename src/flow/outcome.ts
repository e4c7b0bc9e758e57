// Everything a run leaves on the runner, as plain data: execute() returns it, the GitHub side
// (src/github/) renders it. Texts here may hold untrusted text (answers, the scope file); src/text/ escapes and redacts it
// wherever it leaves the action.

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title?: string
  file?: string
  line?: number
  column?: number
}

/** The step outputs, as action.yml declares them. */
export const OUTPUT_NAMES = [
  'status',
  'scope_string',
  'scope_id',
  'scope_file_written',
  'provider_scope',
  'caller_check',
] as const
type Outputs = Record<'status' | 'scope_string' | 'scope_id', string> & {
  /** export only. */
  scope_file_written?: 'true' | 'false'
  /** verify with provider_url only: what the provider advertises, once verified. */
  provider_scope?: string
  /** verify with caller_client_id only: how the caller check ended; unset (empty) when it did not run. */
  caller_check?: 'passed' | 'failed'
}

/** The plan comment to keep on the pull request (plan mode). */
export interface CommentRequest {
  /** Which scope the plan is of: the comment module derives its marker from it. */
  scope: { authUrl: string; clientId: string; scopeSuffix: string }
  body: string
  hasChanges: boolean
}

export interface Outcome {
  /** Lines for the log, after the progress lines printed while the run went on. */
  log: string[]
  debug: string[]
  annotations: Annotation[]
  outputs: Outputs
  comment: CommentRequest | undefined
  /** Markdown for the job summary. */
  summary: string
  /** Why the step fails; undefined when it passes. */
  failure: string | undefined
}

/** The warning for a scope without the Globus Groups dependent scope (ensure, verify, plan and export). */
export function groupsWarning(message: string, file?: string): Annotation {
  return { level: 'warning', message, title: 'No Globus Groups dependent scope', ...(file ? { file } : {}) }
}
