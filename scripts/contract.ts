// npm run contract -- TRANSCRIPT.jsonl...: checks every answer of each transcript (written by the
// action when ENSURE_GLOBUS_SCOPE_TRANSCRIPT is set) against the client's schemas, strictly. Lists
// fields the schemas do not know; exits 1 when an answer breaks a schema's rule, 2 on bad usage.
import { readFile } from 'node:fs/promises'
import { logLines } from '../src/text/log.ts'
import { Redactor } from '../src/text/redact.ts'
import { checkTranscript, contractReport } from '../src/tooling/contract.ts'

// A transcript is untrusted text (answers from Globus Auth, keys included), and this runs in
// live.yml beside the live secrets: every line goes through the action's own log escape (text/log.ts), so no
// key or value can become a workflow command.
const noCredentials = new Redactor()
const say = (text: string) => {
  for (const line of logLines(text, noCredentials)) console.log(line)
}
const complain = (text: string) => {
  for (const line of logLines(text, noCredentials)) console.error(line)
}

const files = process.argv.slice(2)
if (files.length === 0) {
  complain('usage: npm run contract -- TRANSCRIPT.jsonl...')
  process.exit(2)
}
let violations = 0
for (const file of files) {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    complain(`cannot read ${file}: ${error.message}`)
    process.exit(2)
  })
  const report = contractReport(file, checkTranscript(text))
  for (const line of report.lines) say(line)
  violations += report.violations
}
say(violations > 0 ? `contract: ${violations} violations` : 'contract: no violations')
process.exitCode = violations > 0 ? 1 : 0
