// The floor: a bare Node script that sends the action's steady-state request (one lookup by
// scope string) with the built-in fetch and reads the answer. BENCH_URL and BENCH_AUTH from the environment.
const response = await fetch(process.env.BENCH_URL, {
  headers: { authorization: process.env.BENCH_AUTH, accept: 'application/json' },
})
const body = await response.json()
if (!Array.isArray(body.scopes)) process.exit(1)
