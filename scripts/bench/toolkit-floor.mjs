// The toolkit floor: what any action on the GitHub toolkit pays for the steady state. Node,
// @actions/core as ncc bundles it, one request with node:http(s) (the action's steady-state
// lookup) and one setOutput. toolkit.ts bundles it with ncc at bench time, into a temp folder.
import * as core from '@actions/core'
import { steadyRequest } from './steady-request.mjs'

steadyRequest(() => core.setOutput('status', 'unchanged'))
