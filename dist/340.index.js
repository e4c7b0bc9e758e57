export const id = 340;
export const ids = [340];
export const modules = {

/***/ 933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ gateStep)
/* harmony export */ });
function gateStep(result) {
    if (result.mode !== 'verify')
        return { kind: 'not-checked', mode: result.mode };
    return result.status === 'unchanged' && result.scope ? { kind: 'run', scope: result.scope } : { kind: 'not-run' };
}


/***/ }),

/***/ 8340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkDeployedProvider: () => (/* binding */ checkDeployedProvider)
});

// EXTERNAL MODULE: ./lib/modes/ensure/own-scope.js
var own_scope = __webpack_require__(6462);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 5 modules
var schemas = __webpack_require__(8395);
// EXTERNAL MODULE: ./lib/globus/answer.js
var globus_answer = __webpack_require__(2834);
// EXTERNAL MODULE: ./lib/globus/clock.js
var clock = __webpack_require__(592);
// EXTERNAL MODULE: ./lib/globus/network-errors.js
var network_errors = __webpack_require__(402);
// EXTERNAL MODULE: ./lib/globus/request.js
var request = __webpack_require__(3551);
// EXTERNAL MODULE: ./lib/globus/retry.js
var retry = __webpack_require__(5484);
// EXTERNAL MODULE: ./lib/globus/schemas.js
var globus_schemas = __webpack_require__(210);
// EXTERNAL MODULE: ./lib/text/duration.js
var duration = __webpack_require__(4783);
// EXTERNAL MODULE: ./lib/text/excerpt.js
var excerpt = __webpack_require__(9730);
// EXTERNAL MODULE: ./lib/provider/why.js
var provider_why = __webpack_require__(1535);
;// CONCATENATED MODULE: ./lib/provider/description.js










class ProviderCheckError extends Error {
    name = 'ProviderCheckError';
    failure;
    constructor(failure) {
        super(`the Action Provider check failed (${failure.kind})`);
        this.failure = failure;
    }
}
const DescriptionSchema = schemas/* object */.Ikc({ globus_auth_scope: globus_schemas/* ScopeStringSchema */.VY });
async function waitForProviderScope(url, wanted, judge, io) {
    const now = io.now ?? Date.now;
    const pause = io.sleep ?? clock/* sleep */.y;
    const started = now();
    let said;
    for (let reads = 1;; reads++) {
        const read = await readDescription(url, io, now);
        if (read.kind === 'final')
            throw new ProviderCheckError({ ...read, kind: 'refused' });
        let why;
        if (read.kind === 'scope') {
            const kind = read.advertised === wanted ? 'this-scope' : await judge(read.advertised);
            if (kind === 'this-scope')
                return { advertised: read.advertised, reads };
            if (kind === 'not-own')
                throw new ProviderCheckError({ kind: 'not-own-scope', advertised: read.advertised });
            why = `advertises ${read.advertised}, another scope of this client`;
        }
        else {
            why = (0,provider_why/* whyText */.s)(read);
        }
        const wait = (0,retry/* backoffMs */.jo)(Math.min(reads - 1, 4), (io.random ?? Math.random)(), retry/* DEFAULT_RETRY_POLICY */.cO);
        if (now() + wait >= io.deadline) {
            const ms = now() - started;
            throw new ProviderCheckError(read.kind === 'scope'
                ? { kind: 'other-scope', advertised: read.advertised, reads, ms }
                : { ...read, kind: 'unreadable', reads, ms });
        }
        const again = `reading again in ${(0,duration/* seconds */.Y)(wait)}`;
        if (said === undefined) {
            io.log.info(`Waiting for the Action Provider at ${url} to advertise this scope: it ${why}; ${again}`);
        }
        else {
            io.log.info(`Still waiting (read ${reads}): ${why === said ? 'no change' : `it ${why}`}; ${again}`);
        }
        said = why;
        await pause(wait);
    }
}
async function readDescription(url, io, now) {
    const remaining = io.deadline - now();
    if (remaining <= 0)
        return { kind: 'again', why: 'was not read: the time limit (timeout_seconds) ran out' };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.min(request/* REQUEST_TIMEOUT_SECONDS */.Eb * 1000, remaining));
    try {
        const answer = await io.fetch(url.toString(), {
            method: 'GET',
            headers: { accept: 'application/json', 'user-agent': request/* USER_AGENT */._O },
            signal: controller.signal,
            redirect: 'manual',
        });
        const text = await (0,globus_answer/* readCapped */.EF)(answer.body, globus_answer/* MAX_ANSWER_BYTES */.gB);
        io.log.debug(`Action Provider: GET ${url} -> ${answer.status}`);
        return meaning(answer.status, answer.headers.get('content-type'), text, io.redactor);
    }
    catch (error) {
        if (controller.signal.aborted)
            return { kind: 'again', why: 'did not answer in time' };
        const cause = (0,excerpt/* excerpt */.Kb)((0,network_errors/* networkCause */.u)(error), io.redactor);
        const shown = { label: '', value: cause };
        switch ((0,network_errors/* lastingFailure */.F)(error)?.kind) {
            case 'untrusted-certificate':
                return {
                    kind: 'final',
                    why: 'could not be reached: its TLS certificate is not trusted',
                    shown,
                    fix: 'Give the provider a certificate the runner trusts (for a private CA: NODE_EXTRA_CA_CERTS on the runner).',
                };
            case 'oversized-headers':
                return { kind: 'final', why: 'answered with headers larger than Node.js reads', shown };
            case undefined:
                return { kind: 'again', why: 'could not be reached', shown };
        }
    }
    finally {
        clearTimeout(timer);
    }
}
const BASE_URL = 'Set provider_url to the Action Provider’s base URL (the URL flows use).';
function meaning(status, type, text, redactor) {
    if (status >= 500 || retry/* RETRYABLE_STATUSES */.U3.has(status))
        return { kind: 'again', why: `answered ${status}` };
    if (status === 401 || status === 403) {
        return {
            kind: 'final',
            why: `answered ${status}: its description is not public`,
            fix: `Add "public" to the provider's visible_to, so that users and flows (and this check) can read its ` +
                'description without a token, or leave provider_url out.',
        };
    }
    if (status >= 300 && status < 400) {
        return { kind: 'final', why: `redirected (${status})`, fix: "Set provider_url to the provider's own base URL." };
    }
    if (status === 404) {
        return {
            kind: 'final',
            why: 'answered 404',
            fix: 'Set provider_url to the Action Provider’s base URL (the URL flows use), or, if it is that, add "public" ' +
                `to the provider's visible_to: a description not visible to anonymous callers answers 404 too, and this ` +
                'check reads it without a token.',
        };
    }
    if (status >= 400)
        return { kind: 'final', why: `answered ${status}`, fix: 'Check provider_url.' };
    if (text === undefined)
        return { kind: 'final', why: `answered more than ${globus_answer/* MAX_ANSWER_BYTES */.gB} bytes: not a description`, fix: BASE_URL };
    const json = (0,globus_answer/* parseJson */.qF)(text);
    if (json === undefined) {
        return {
            kind: 'final',
            why: 'answered something that is not JSON',
            shown: { label: 'content type ', value: type ? (0,excerpt/* excerpt */.Kb)(type, redactor, 60) : 'none' },
            fix: BASE_URL,
        };
    }
    const advertised = json?.globus_auth_scope;
    if (advertised === undefined) {
        return {
            kind: 'final',
            why: 'answered JSON without globus_auth_scope: not an Action Provider description',
            fix: BASE_URL,
        };
    }
    const parsed = DescriptionSchema.safeParse(json, { error: globus_schemas/* answerIssueMessage */.xy });
    if (parsed.success)
        return { kind: 'scope', advertised: parsed.data.globus_auth_scope };
    const issue = parsed.error.issues[0];
    return {
        kind: 'final',
        why: `advertises a globus_auth_scope that is not a scope string (${issue ? (0,globus_schemas/* answerProblem */.mr)(issue) : 'no detail'})`,
    };
}

// EXTERNAL MODULE: ./lib/flow/gate.js
var gate = __webpack_require__(933);
;// CONCATENATED MODULE: ./lib/flow/provider-gate.js



async function checkDeployedProvider(settings, result, io) {
    const url = settings.providerUrl;
    if (!url)
        return undefined;
    const step = (0,gate/* gateStep */.s)(result);
    if (step.kind === 'not-checked')
        return { kind: 'not-checked', url, mode: step.mode };
    if (step.kind === 'not-run')
        return undefined;
    if (!io.provider)
        throw new Error('provider_url is set, but nothing was given to read the provider with');
    const want = { clientId: settings.clientId, suffix: result.desired.scope_suffix };
    const asked = new Map();
    const judge = (advertised) => {
        const known = asked.get(advertised) ?? (0,own_scope/* advertisedScope */.wK)(io.auth, want, advertised);
        asked.set(advertised, known);
        return known;
    };
    try {
        const seen = await waitForProviderScope(url, result.scopeString, judge, {
            ...io.provider,
            redactor: io.redactor,
            log: io.log,
        });
        return { kind: 'verified', url, ...seen };
    }
    catch (error) {
        if (error instanceof ProviderCheckError)
            return { kind: 'failed', url, failure: error.failure };
        throw error;
    }
}


/***/ })

};
