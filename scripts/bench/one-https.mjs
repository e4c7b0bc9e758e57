// The floor with Node's own client: the steady-state request (one lookup by scope string) with
// node:http(s), which has nothing to load. BENCH_URL and BENCH_AUTH from the environment.
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'

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
  })
})
request.on('error', () => process.exit(1))
request.end()
