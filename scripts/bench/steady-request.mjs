// The steady state's one request (a lookup by scope string) with node:http(s), which has nothing to
// load: BENCH_URL and BENCH_AUTH from the environment. `done` runs once the answer is read whole.
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'

export function steadyRequest(done) {
  const url = new URL(process.env.BENCH_URL)
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest
  const request = send(url, { headers: { authorization: process.env.BENCH_AUTH, accept: 'application/json' } })
  request.on('response', (response) => {
    let body = ''
    response.setEncoding('utf8')
    response.on('data', (chunk) => {
      body += chunk
    })
    response.on('end', () => {
      if (!Array.isArray(JSON.parse(body).scopes)) process.exit(1)
      done()
    })
  })
  request.on('error', () => process.exit(1))
  request.end()
}
