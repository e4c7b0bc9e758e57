// The toolkit floor: what any action on the GitHub toolkit pays for the steady state. Node,
// @actions/core as ncc bundles it, one request with node:http(s) (the action's steady-state
// lookup) and one setOutput. toolkit.ts bundles it with ncc at bench time, into a temp folder.

import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import * as core from '@actions/core'

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
    core.setOutput('status', 'unchanged')
  })
})
request.on('error', () => process.exit(1))
request.end()
