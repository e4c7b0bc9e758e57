// The floor with Node's own client: the steady-state request with node:http(s), nothing else.
import { steadyRequest } from './steady-request.mjs'

steadyRequest(() => {})
