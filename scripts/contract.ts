// npm run contract -- TRANSCRIPT.jsonl...: checks every answer of each transcript (written by the
// action when ENSURE_GLOBUS_SCOPE_TRANSCRIPT is set) against the client's schemas, strictly. Lists
// fields the schemas do not know; exits 1 when an answer breaks a schema's rule, 2 on bad usage.
import { readFile } from 'node:fs/promises'
import { checkTranscript, contractReport } from '../src/globus/contract.ts'

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: npm run contract -- TRANSCRIPT.jsonl...')
  process.exit(2)
}
let violations = 0
for (const file of files) {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    console.error(`cannot read ${file}: ${error.message}`)
    process.exit(2)
  })
  const report = contractReport(file, checkTranscript(text))
  console.log(report.lines.join('\n'))
  violations += report.violations
}
console.log(violations > 0 ? `contract: ${violations} violations` : 'contract: no violations')
process.exitCode = violations > 0 ? 1 : 0
