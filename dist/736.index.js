export const id = 736;
export const ids = [736];
export const modules = {

/***/ 3813:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ sendFirstLookup),
/* harmony export */   r: () => (/* binding */ withFirstLookup)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var _globus_answer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2834);


function sendFirstLookup(connection, url, headers) {
    const request = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)({
        method: 'GET',
        host: url.hostname,
        path: url.pathname + url.search,
        headers: { host: url.host, connection: 'close', ...headers },
        createConnection: () => connection.socket,
    });
    let arrived = false;
    let responded = false;
    const answer = new Promise((resolve, reject) => {
        if (connection.failure)
            reject(connection.failure);
        request.on('response', (response) => {
            responded = true;
            readAnswer(response).then(resolve, reject);
        });
        request.on('error', reject);
        request.on('upgrade', (_response, socket) => {
            socket.destroy();
            reject(new Error('the server switched protocols (101) instead of answering'));
        });
        request.on('close', () => responded || reject(new Error('the connection closed without an answer')));
    }).finally(() => {
        arrived = true;
    });
    answer.catch(() => { });
    const written = connection.socket.destroyed
        ? Promise.resolve()
        : new Promise((resolve) => {
            for (const event of ['finish', 'error', 'response', 'close'])
                request.on(event, () => resolve());
        });
    request.end();
    return {
        url: url.toString(),
        authorization: headers.authorization ?? '',
        written,
        answer,
        get arrived() {
            return arrived;
        },
        discard: () => request.destroy(),
    };
}
async function readAnswer(response) {
    const chunks = [];
    let size = 0;
    for await (const chunk of response) {
        chunks.push(chunk);
        size += chunk.byteLength;
        if (size > _globus_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ANSWER_BYTES */ .gB)
            break;
    }
    response.destroy();
    return { status: response.statusCode ?? 0, headers: response.headers, chunks };
}
function withFirstLookup(fetch, lookup) {
    let held = lookup;
    return async (url, init) => {
        const taken = held;
        held = undefined;
        if (!taken)
            return fetch(url, init);
        const same = init.method === 'GET' && url === taken.url && init.headers.authorization === taken.authorization;
        if (!same) {
            taken.discard();
            return fetch(url, init);
        }
        const answer = await (taken.arrived ? taken.answer : untilAborted(taken, init.signal));
        const encoding = answer.headers['content-encoding'];
        if (encoding && encoding !== 'identity')
            return fetch(url, init);
        return asFetchAnswer(answer);
    };
}
const ARRIVED_GRACE_MS = 50;
function untilAborted(lookup, signal) {
    const aborted = new Promise((_, reject) => {
        const drop = () => {
            lookup.discard();
            reject(new Error('aborted'));
        };
        if (signal.aborted)
            setTimeout(drop, ARRIVED_GRACE_MS).unref();
        else
            signal.addEventListener('abort', drop, { once: true });
    });
    return Promise.race([lookup.answer, aborted]);
}
function asFetchAnswer({ status, headers, chunks }) {
    const get = (name) => {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    };
    return { status, headers: { get }, body: chunks };
}


/***/ }),

/***/ 2834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   MF: () => (/* binding */ checkedAnswer),
/* harmony export */   Rb: () => (/* binding */ errorFromAnswer),
/* harmony export */   gB: () => (/* binding */ MAX_ANSWER_BYTES),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9730);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(739);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(210);



const MAX_ANSWER_BYTES = 1024 * 1024;
function checkedAnswer(answer, schema, described, redactor) {
    if (answer.status >= 300 && answer.status < 400) {
        const location = answer.headers.get('location');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX(described, `Globus Auth answered with a redirect (${answer.status}) to ${location === null ? 'an unnamed location' : (0,_text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(location, redactor)}; ` +
            'redirects are not followed so that the credentials only reach the configured host. ' +
            'Check auth_url / the environment input.');
    }
    if (answer.status >= 400)
        throw errorFromAnswer(answer, described, redactor);
    const json = parseJson(answer.text);
    if (json === undefined) {
        const shown = answer.text.trim() ? (0,_text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(answer.text, redactor) : 'an empty body';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX(described, `the answer was not JSON (${contentType(answer, redactor)}): ${shown}`);
    }
    const parsed = schema.safeParse(json, { error: _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .answerIssueMessage */ .xy });
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const problem = issue ? (0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .answerProblem */ .mr)(issue) : 'no detail';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX(described, `the answer did not have the expected shape (${problem})`);
    }
    return parsed.data;
}
function errorFromAnswer(answer, described, redactor, suffix) {
    const parsed = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorBodySchema */ .i1.safeParse(parseJson(answer.text));
    const fallback = answer.text.trim()
        ? `a non-Globus answer (${contentType(answer, redactor)}): ${(0,_text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(answer.text, redactor)}`
        : 'no detail given';
    const body = parsed.success ? cleanBody(parsed.data, redactor) : undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GlobusAuthError */ .f5(described, answer.status, body, fallback, { note: suffix });
}
function cleanBody(body, redactor) {
    const clean = (text) => (text ? (0,_text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(text, redactor) : undefined);
    return {
        errors: body.errors?.map((e) => ({
            id: clean(e.id),
            code: clean(e.code),
            detail: clean(e.detail),
            title: clean(e.title),
        })),
        detail: clean(body.detail),
        error: clean(body.error),
        error_description: clean(body.error_description),
    };
}
function contentType(answer, redactor) {
    const type = answer.headers.get('content-type');
    return type ? (0,_text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(type, redactor) : 'no content type';
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
async function readCapped(body, limit) {
    if (!body)
        return '';
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.byteLength;
        if (size > limit)
            return undefined;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}


/***/ }),

/***/ 6900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ basicAuthorization),
/* harmony export */   u: () => (/* binding */ basicValue)
/* harmony export */ });
function basicValue(clientId, clientSecret) {
    return Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
}
function basicAuthorization(clientId, clientSecret) {
    return `Basic ${basicValue(clientId, clientSecret)}`;
}


/***/ }),

/***/ 4657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UJ: () => (/* binding */ AuthClient),
  Zw: () => (/* binding */ mayBeOwn),
  T$: () => (/* binding */ ownScope),
  rD: () => (/* binding */ scopeLookup)
});

// UNUSED EXPORTS: IDS_PER_LOOKUP

// EXTERNAL MODULE: ./lib/text/redact.js
var redact = __webpack_require__(1814);
// EXTERNAL MODULE: ./lib/globus/basic.js
var basic = __webpack_require__(6900);
// EXTERNAL MODULE: ./lib/globus/credentials.js
var credentials = __webpack_require__(6188);
// EXTERNAL MODULE: ./lib/globus/errors.js
var errors = __webpack_require__(739);
// EXTERNAL MODULE: ./lib/globus/schemas.js
var schemas = __webpack_require__(210);
// EXTERNAL MODULE: ./lib/globus/scope-string.js
var scope_string = __webpack_require__(8154);
// EXTERNAL MODULE: ./lib/globus/tokens.js
var tokens = __webpack_require__(6910);
// EXTERNAL MODULE: ./lib/text/duration.js
var duration = __webpack_require__(4783);
// EXTERNAL MODULE: ./lib/text/excerpt.js
var excerpt = __webpack_require__(9730);
// EXTERNAL MODULE: ./lib/globus/answer.js
var answer = __webpack_require__(2834);
// EXTERNAL MODULE: ./lib/globus/clock.js
var clock = __webpack_require__(592);
// EXTERNAL MODULE: ./lib/globus/exchange.js
var exchange = __webpack_require__(9129);
// EXTERNAL MODULE: ./lib/globus/network-errors.js
var network_errors = __webpack_require__(402);
// EXTERNAL MODULE: ./lib/globus/request.js
var globus_request = __webpack_require__(3551);
// EXTERNAL MODULE: ./lib/globus/retry.js
var globus_retry = __webpack_require__(5484);
;// CONCATENATED MODULE: ./lib/globus/transport.js









const silent = { debug() { }, info() { } };
const HEADER_VALUE = /^[\x20-\x7e]*$/;
class Transport {
    requestCount = 0;
    baseUrl;
    authorization;
    redactor;
    settings;
    record;
    startedAt;
    deadline;
    constructor(baseUrl, authorization, redactor, settings = {}) {
        this.baseUrl = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
        this.authorization = authorization;
        this.redactor = redactor;
        this.settings = {
            fetch: settings.fetch ?? globalThis.fetch,
            requestTimeoutMs: settings.requestTimeoutMs ?? globus_request/* REQUEST_TIMEOUT_SECONDS */.Eb * 1000,
            totalTimeoutMs: settings.totalTimeoutMs ?? Number.POSITIVE_INFINITY,
            retry: settings.retry ?? globus_retry/* DEFAULT_RETRY_POLICY */.cO,
            maxBodyBytes: settings.maxBodyBytes ?? answer/* MAX_ANSWER_BYTES */.gB,
            log: settings.log ?? silent,
            now: settings.now ?? Date.now,
            sleep: settings.sleep ?? clock/* sleep */.y,
            random: settings.random ?? Math.random,
        };
        this.record = settings.record;
        this.startedAt = settings.startedAt ?? this.settings.now();
        this.deadline = this.startedAt + this.settings.totalTimeoutMs;
    }
    withAuthorization(authorization) {
        const { settings, record, startedAt } = this;
        return new Transport(this.baseUrl.toString(), authorization, this.redactor, { ...settings, record, startedAt });
    }
    useAuthorization(value) {
        this.authorization = value;
    }
    async send(request) {
        const url = (0,globus_request/* requestUrl */.Fl)(this.baseUrl, request.path, request.query);
        const described = { method: request.method, path: (0,globus_request/* describeUrl */.Ng)(url) };
        const isWrite = request.method !== 'GET' && !request.idempotent;
        const { log, retry, random, now, totalTimeoutMs } = this.settings;
        for (let attempt = 0;; attempt++) {
            const result = await this.attempt(url, request, described);
            if (result.kind === 'answer' && !globus_retry/* RETRYABLE_STATUSES */.U3.has(result.status)) {
                return (0,answer/* checkedAnswer */.MF)(result, request.schema, described, this.redactor);
            }
            let reason;
            let retryIn;
            if (result.kind === 'failure') {
                if (result.permanent && !(isWrite && result.sent))
                    throw new errors/* TransportError */.wX(described, result.cause);
                if (isWrite)
                    throw new errors/* LostWriteError */.e_(described, result.cause);
                reason = result.cause;
                retryIn = (0,globus_retry/* backoffMs */.jo)(attempt, random(), retry);
            }
            else {
                if (isWrite && result.status !== 429)
                    throw new errors/* LostWriteError */.e_(described, `status ${result.status}`);
                reason = `status ${result.status}`;
                retryIn = (0,globus_retry/* retryWaitMs */.Ko)(attempt, random(), retry, result.headers.get('retry-after'));
            }
            const exhausted = attempt >= retry.maxRetries;
            if (exhausted || retryIn >= this.deadline - now()) {
                const why = exhausted
                    ? `gave up after ${attempt + 1} attempts`
                    : `gave up after ${attempt + 1} attempts: the next wait (${(0,duration/* seconds */.Y)(retryIn)}) would pass the ${(0,duration/* seconds */.Y)(totalTimeoutMs)} time limit`;
                if (result.kind === 'answer')
                    throw (0,answer/* errorFromAnswer */.Rb)(result, described, this.redactor, why);
                throw new errors/* TransportError */.wX(described, `${result.cause}; ${why}. Check that the runner reaches ${this.baseUrl.origin} (proxy settings: HTTPS_PROXY, NO_PROXY)`);
            }
            log.info(`Globus Auth: ${described.method} ${url.pathname} failed (${reason}); ` +
                `retry ${attempt + 1} of ${retry.maxRetries} in ${(0,duration/* seconds */.Y)(retryIn)}`);
            await this.settings.sleep(retryIn);
        }
    }
    async attempt(url, request, described) {
        const { now, log, maxBodyBytes } = this.settings;
        const headers = (0,globus_request/* requestHeaders */.A1)(request, request.authorization ?? this.authorization);
        const bad = Object.entries(headers).find(([, value]) => !HEADER_VALUE.test(value));
        if (bad) {
            return { kind: 'failure', cause: `refused to send: the ${bad[0]} header is not printable ASCII`, permanent: true };
        }
        const remaining = this.deadline - now();
        const timeoutMs = Math.min(this.settings.requestTimeoutMs, remaining);
        const controller = new AbortController();
        let timer;
        if (remaining > 0)
            timer = setTimeout(() => controller.abort(), timeoutMs);
        else
            controller.abort();
        const started = now();
        if (remaining > 0)
            this.requestCount++;
        try {
            const response = await this.settings.fetch(url.toString(), {
                method: request.method,
                headers,
                ...withBody((0,globus_request/* requestBody */.IO)(request)),
                signal: controller.signal,
                redirect: 'manual',
            });
            if (remaining <= 0)
                this.requestCount++;
            const text = await (0,answer/* readCapped */.EF)(response.body, maxBodyBytes);
            log.debug(`Globus Auth: ${described.method} ${described.path} -> ${response.status} (${now() - started} ms)`);
            if (text === undefined) {
                const cause = `the answer (status ${response.status}) was larger than ${maxBodyBytes} bytes; it was not read`;
                this.recordAttempt(described, request, { status: response.status, failure: cause });
                return { kind: 'failure', cause, permanent: true };
            }
            this.recordAttempt(described, request, { status: response.status, text });
            return { kind: 'answer', status: response.status, headers: response.headers, text };
        }
        catch (error) {
            if (remaining <= 0) {
                throw new errors/* DeadlineError */.j3(`${described.method} ${described.path}: the ${(0,duration/* seconds */.Y)(this.settings.totalTimeoutMs)} time limit for talking to Globus Auth ran out`);
            }
            if (controller.signal.aborted) {
                const cause = `no answer within ${(0,duration/* seconds */.Y)(timeoutMs)}`;
                log.debug(`Globus Auth: ${described.method} ${described.path} -> ${cause}`);
                this.recordAttempt(described, request, { failure: cause });
                return { kind: 'failure', cause };
            }
            const cause = `connection failed: ${(0,excerpt/* excerpt */.Kb)((0,network_errors/* networkCause */.u)(error), this.redactor)}`;
            log.debug(`Globus Auth: ${described.method} ${described.path} -> ${cause}`);
            this.recordAttempt(described, request, { failure: cause });
            const lasting = (0,network_errors/* lastingFailure */.F)(error);
            if (lasting === undefined)
                return { kind: 'failure', cause };
            const named = cause.includes(lasting.code) ? cause : `${cause} (${lasting.code})`;
            return lasting.kind === 'untrusted-certificate'
                ? {
                    kind: 'failure',
                    cause: `${named}. The TLS certificate of ${url.host} is not trusted; nothing was sent`,
                    permanent: true,
                }
                : {
                    kind: 'failure',
                    cause: `${named}. The answer's headers are larger than Node.js reads`,
                    permanent: true,
                    sent: true,
                };
        }
        finally {
            clearTimeout(timer);
        }
    }
    recordAttempt(described, request, result) {
        if (!this.record)
            return;
        try {
            const asked = request.form ?? request.body;
            this.record((0,exchange/* exchangeRecord */.DR)({ ...described, request: asked, result }, this.redactor));
        }
        catch {
        }
    }
}
const withBody = (body) => (body === undefined ? {} : { body });

;// CONCATENATED MODULE: ./lib/globus/client.js








const IDS_PER_LOOKUP = 50;
class AuthClient {
    clientId;
    authUrl;
    redactor;
    tokens;
    transport;
    others = [];
    credentials;
    log;
    onToken;
    constructor(options) {
        const { baseUrl, clientId, clientSecret, redactor, authMethod, onToken, ...settings } = options;
        this.clientId = clientId;
        this.authUrl = baseUrl;
        this.redactor = redactor ?? (0,redact/* credentialRedactor */.Ax)(clientId, clientSecret);
        const authorization = (0,basic/* basicAuthorization */.a)(clientId, clientSecret);
        this.transport = new Transport(baseUrl, authorization, this.redactor, settings);
        this.log = settings.log ?? { debug() { }, info() { } };
        this.onToken = onToken;
        this.tokens = new tokens/* TokenCalls */.BJ(this.transport, authorization, { redactor: this.redactor, onToken, log: this.log });
        this.credentials = new credentials/* Credentials */.J(this.transport, {
            tokens: this.tokens,
            method: authMethod ?? 'basic',
            log: this.log,
        });
    }
    get requestCount() {
        return this.others.reduce((sum, other) => sum + other.requestCount, this.transport.requestCount);
    }
    asClient(clientId, clientSecret) {
        (0,redact/* addCredentials */.wG)(this.redactor, clientId, clientSecret);
        const authorization = (0,basic/* basicAuthorization */.a)(clientId, clientSecret);
        const transport = this.transport.withAuthorization(authorization);
        this.others.push(transport);
        return new tokens/* TokenCalls */.BJ(transport, authorization, { redactor: this.redactor, onToken: this.onToken, log: this.log });
    }
    findScopesByString(scopeStrings) {
        return this.lookup('scope_strings', scopeStrings);
    }
    async findScopesById(ids) {
        ids.forEach((id, index) => {
            uuidOnly(id, `ids[${index}]`, { method: 'GET', path: '/v2/api/scopes?ids=…' });
        });
        return this.lookup('ids', ids);
    }
    async lookup(by, values) {
        const key = by === 'ids' ? (value) => value.toLowerCase() : (value) => value;
        const pending = new Set();
        const asked = values.filter((value) => !pending.has(key(value)) && pending.add(key(value)));
        if (asked.length === 0)
            return [];
        const perRequest = by === 'ids' ? IDS_PER_LOOKUP : asked.length;
        const found = [];
        const pieces = Math.ceil(asked.length / perRequest);
        for (let piece = 0; piece < pieces; piece++) {
            const answer = await this.credentials.send({
                method: 'GET',
                ...scopeLookup(by, asked.slice(piece * perRequest, (piece + 1) * perRequest)),
                schema: schemas/* LookupAnswerSchema */.yd,
            });
            for (const scope of answer.scopes) {
                const which = key(by === 'ids' ? scope.id : scope.scope_string);
                if (pending.delete(which))
                    found.push(scope);
            }
        }
        if (pieces > 1)
            this.log.info(`Looked up ${asked.length} scope ids in ${pieces} requests of at most ${perRequest}`);
        return found;
    }
    async getScope(scopeId) {
        const answer = await this.credentials.send({
            method: 'GET',
            path: `v2/api/scopes/${uuidSegment(scopeId, 'scope id', { method: 'GET', path: '/v2/api/scopes/{scope_id}' })}`,
            schema: schemas/* ScopeAnswerSchema */.yt,
        });
        return answer.scope;
    }
    async getClientScopeIds() {
        const answer = await this.credentials.send({
            method: 'GET',
            path: `v2/api/clients/${this.clientSegment({ method: 'GET', path: '/v2/api/clients/{client_id}' })}`,
            schema: schemas/* ClientAnswerSchema */.ht,
        });
        return answer.client.scopes;
    }
    async createScope(scope) {
        const request = { method: 'POST', path: '/v2/api/clients/{client_id}/scopes' };
        const answer = await this.credentials.send({
            method: 'POST',
            path: `v2/api/clients/${this.clientSegment(request)}/scopes`,
            body: { scope },
            schema: schemas/* CreateAnswerSchema */.k9,
        });
        return answer.scope ? [answer.scope] : (answer.scopes ?? []);
    }
    async updateScope(scopeId, changes) {
        const answer = await this.credentials.send({
            method: 'PUT',
            path: `v2/api/scopes/${uuidSegment(scopeId, 'scope id', { method: 'PUT', path: '/v2/api/scopes/{scope_id}' })}`,
            body: { scope: changes },
            schema: schemas/* ScopeAnswerSchema */.yt,
        });
        return answer.scope;
    }
    clientSegment(request) {
        return uuidSegment(this.clientId, 'client id', request);
    }
}
function ownScope(ref) {
    if (ref.whole)
        return ref.whole;
    throw new errors/* TransportError */.wX({ method: 'GET', path: '/v2/api/scopes' }, `the answer did not have the expected shape for ${ref.scope_string} (id ${ref.id}), a scope of this client, ` +
        `which the action reads whole (${ref.problem})`);
}
function mayBeOwn(ref, clientId) {
    return ref.client === undefined || (0,scope_string/* sameId */.s)(ref.client, clientId);
}
function scopeLookup(by, values) {
    return { path: 'v2/api/scopes', query: { [by]: values.join(',') } };
}
function uuidSegment(id, what, request) {
    uuidOnly(id, what, request);
    return id;
}
function uuidOnly(id, what, request) {
    if (typeof id === 'string' && (0,scope_string/* isUuid */.O1)(id))
        return;
    const shape = typeof id === 'string' ? `${id.length} characters` : typeof id;
    throw new errors/* TransportError */.wX(request, `refused to send: the ${what} is not a UUID (${shape}); nothing was sent`);
}


/***/ }),

/***/ 592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ }),

/***/ 6188:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ Credentials),
/* harmony export */   M: () => (/* binding */ AUTH_METHODS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(739);

const AUTH_METHODS = ['auto', 'basic', 'token'];
const TOKEN_REFUSED = ' Globus Auth refused the manage_projects token it had granted these credentials for this run (it may have' +
    ' expired, or been revoked): run again, and if it persists, check the client in the Globus web app.';
const MANAGE_PROJECTS_SCOPE = 'urn:globus:auth:scope:auth.globus.org:manage_projects';
class Credentials {
    tokenGranted = false;
    transport;
    settings;
    tokens;
    constructor(transport, settings) {
        this.transport = transport;
        this.settings = settings;
        this.tokens = settings.tokens;
    }
    get method() {
        return this.settings.method;
    }
    async send(request) {
        if (this.method === 'token' && !this.tokenGranted)
            await this.useToken();
        try {
            return await this.sendOnce(request);
        }
        catch (error) {
            if (this.method === 'basic' && (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRefusal */ .vu)(error) && error.status === 401) {
                throw error.withAdvice(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialsWhy */ .FG)()}${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AUTH_METHOD_ADVICE */ .KP}`, true);
            }
            if (this.method !== 'auto' || this.tokenGranted || !(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRefusal */ .vu)(error))
                throw error;
            await this.tokenInsteadOf(error);
            try {
                const answer = await this.sendOnce(request);
                this.noticeToken(error.status);
                return answer;
            }
            catch (retried) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRefusal */ .vu)(retried))
                    this.noticeToken(error.status);
                throw retried;
            }
        }
    }
    async sendOnce(request) {
        const withToken = this.tokenGranted;
        try {
            return await this.transport.send(request);
        }
        catch (error) {
            if (!withToken || !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GlobusAuthError */ .f5) || error.status !== 401)
                throw error;
            throw error.withAdvice(TOKEN_REFUSED, false);
        }
    }
    noticeToken(status) {
        this.settings.log.notice?.(`Globus Auth refused HTTP Basic on its scopes API (${status}) but granted a manage_projects token for the ` +
            'same credentials, so this run uses the token. Set auth_method: token to skip the refused request.');
    }
    async tokenInsteadOf(refusal) {
        try {
            await this.useToken();
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GlobusAuthError */ .f5 && refusesCredentials(error)))
                throw error;
            throw refusal.withAdvice((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialsWhy */ .FG)(`; the token endpoint refused them as well (${error.status})`), true);
        }
    }
    async useToken() {
        const granted = await this.tokens.clientCredentials(MANAGE_PROJECTS_SCOPE, true);
        this.transport.useAuthorization(`Bearer ${granted.token}`);
        this.tokenGranted = true;
    }
}
function refusesCredentials(error) {
    return error.code === 'invalid_client' || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRefusal */ .vu)(error);
}


/***/ }),

/***/ 739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ credentialsWhy),
/* harmony export */   GZ: () => (/* binding */ CLIENT_INPUTS),
/* harmony export */   KB: () => (/* binding */ CALLER_INPUTS),
/* harmony export */   KP: () => (/* binding */ AUTH_METHOD_ADVICE),
/* harmony export */   e_: () => (/* binding */ LostWriteError),
/* harmony export */   f5: () => (/* binding */ GlobusAuthError),
/* harmony export */   fJ: () => (/* binding */ DEVELOPER_SETTINGS_URL),
/* harmony export */   j3: () => (/* binding */ DeadlineError),
/* harmony export */   oT: () => (/* binding */ credentialsWayOut),
/* harmony export */   vu: () => (/* binding */ isRefusal),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* unused harmony export MAX_ERRORS_SHOWN */
/* harmony import */ var _text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9730);

function describe(req) {
    return `${req.method} ${cutPath(req.path, _text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_PIECE */ .KW)}`;
}
function cutPath(path, max) {
    if (path.length <= max)
        return path;
    const end = Math.max(...[',', '&', '?'].map((separator) => path.lastIndexOf(separator, max - 2)));
    return end > 0 ? `${path.slice(0, end + 1)}…` : (0,_text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(path, max);
}
const MAX_ERRORS_SHOWN = 5;
const DEVELOPER_SETTINGS_URL = 'https://app.globus.org/settings/developers';
const CLIENT_INPUTS = {
    id: 'client_id',
    secret: 'client_secret',
    whose: 'this client',
    pair: 'the client id and secret',
};
const CALLER_INPUTS = {
    id: 'caller_client_id',
    secret: 'caller_client_secret',
    whose: 'the stand-in caller’s client',
    pair: 'the stand-in caller’s id and secret',
};
const credentialsWayOut = (inputs = CLIENT_INPUTS) => `create a new secret for ${inputs.whose} in the Globus web app's developer settings (${DEVELOPER_SETTINGS_URL})` +
    ` and store it in the repository secret passed as ${inputs.secret}`;
const credentialsWhy = (more = '', inputs = CLIENT_INPUTS) => ` The ${inputs.id}/${inputs.secret} pair is wrong, or the secret was deleted${more}.`;
function isRefusal(error) {
    return error instanceof GlobusAuthError && (error.status === 401 || error.status === 403);
}
class GlobusAuthError extends Error {
    name = 'GlobusAuthError';
    status;
    code;
    requestId;
    detail;
    request;
    answer;
    refusal;
    body;
    fallbackDetail;
    note;
    inputs;
    constructor(request, status, body, fallbackDetail, options = {}) {
        const listed = body?.errors ?? [];
        const first = listed[0];
        const several = listed.length > 1;
        const codes = new Set(listed.map((e) => e.code || undefined));
        const ownCodes = several && codes.size > 1;
        const detail = several
            ? describeAll(listed, ownCodes)
            : first?.detail || first?.title || body?.detail || body?.error_description || body?.error || fallbackDetail;
        const requestId = first?.id || undefined;
        const code = first?.code || body?.error || undefined;
        const shownCode = code && !ownCodes ? ` ${code}` : '';
        const answered = `Globus Auth answered ${status}${shownCode} to ${describe(request)}: ${detail}` +
            `${requestId ? ` (request id ${requestId})` : ''}.`;
        const advice = options.advice ?? adviceFor(status);
        const note = options.note ? ` (${options.note})` : '';
        const refused = options.credentialsRefused ?? status === 401;
        const inputs = options.inputs ?? CLIENT_INPUTS;
        const refusal = refused
            ? `Globus Auth refused ${inputs.pair} (${status}): ${credentialsWayOut(inputs)}.${advice}`
            : undefined;
        super(refusal ? `${refusal} ${answered}${note}` : `${answered}${advice}${note}`);
        this.answer = `${answered}${note}`;
        this.refusal = refusal;
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.detail = detail;
        this.request = request;
        this.body = body;
        this.fallbackDetail = fallbackDetail;
        this.note = options.note;
        this.inputs = inputs;
    }
    withAdvice(advice, credentialsRefused = false, inputs = this.inputs) {
        const options = { advice, note: this.note, credentialsRefused, inputs };
        return new GlobusAuthError(this.request, this.status, this.body, this.fallbackDetail, options);
    }
}
function describeAll(listed, ownCodes) {
    const shown = listed.slice(0, MAX_ERRORS_SHOWN).map((e) => {
        const text = e.detail || e.title || 'no detail given';
        return ownCodes && e.code ? `${e.code}: ${text}` : text;
    });
    const more = listed.length - shown.length;
    return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
const AUTH_METHOD_ADVICE = ' If the pair is right, this Globus Auth may refuse HTTP Basic on its API: use auth_method: auto or token.';
function adviceFor(status) {
    switch (status) {
        case 401:
            return credentialsWhy();
        case 403:
            return (' These credentials do not administer that client or scope: pass the Action Provider’s own' +
                ' client id and secret, or make this client an admin of the scope.');
        case 429:
            return ' Globus Auth is rate limiting this client; run again later.';
        default:
            return status >= 500 ? ' Globus Auth had a server error; run again later.' : '';
    }
}
class TransportError extends Error {
    name = 'TransportError';
    request;
    constructor(request, message) {
        super(`${describe(request)}: ${message}`);
        this.request = request;
    }
}
class LostWriteError extends Error {
    name = 'LostWriteError';
    request;
    constructor(request, cause) {
        super(`${describe(request)}: the answer was lost (${cause}); it may or may not have taken effect`);
        this.request = request;
    }
}
class DeadlineError extends Error {
    name = 'DeadlineError';
}


/***/ }),

/***/ 9129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ exchangeRecord),
/* harmony export */   Tj: () => (/* binding */ stringsUnder)
/* harmony export */ });
/* unused harmony export REDACTED_TOKEN */
/* harmony import */ var _text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9730);
/* harmony import */ var _text_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1814);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2834);



const TOKEN_FIELDS = new Set(['access_token', 'refresh_token', 'id_token', 'token']);
const REDACTED_TOKEN = 'REDACTED-TOKEN--';
const MAX_TEXT = 2_000;
const MAX_DEPTH = 64;
function exchangeRecord(attempted, redactor) {
    const { method, path, request, result } = attempted;
    const record = { method, path, status: result.status ?? null };
    const answer = 'text' in result ? (0,_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(result.text) : undefined;
    const tokens = new _text_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .Redactor */ .pO();
    for (const { value } of stringsUnder(answer, TOKEN_FIELDS))
        (0,_text_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .addToken */ .nP)(tokens, value);
    const scrub = (text) => tokens.redact(redactor.redact(text));
    if (request !== undefined)
        record.request = scrubbed(request, scrub, 0);
    if ('failure' in result)
        record.failure = (0,_text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(result.failure, redactor, MAX_TEXT);
    else if (answer !== undefined)
        record.answer = scrubbed(answer, scrub, 0);
    else
        record.answerText = (0,_text_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(result.text, redactor, MAX_TEXT);
    const line = JSON.stringify(record);
    if (scrub(line) === line)
        return record;
    const blanked = { method, path: scrub(path), status: record.status, answer: _text_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF };
    if (request !== undefined)
        blanked.request = _text_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF;
    return blanked;
}
function scrubbed(value, scrub, depth) {
    if (typeof value === 'string')
        return scrub(value);
    if (value === null || typeof value !== 'object')
        return value;
    if (depth >= MAX_DEPTH)
        return '[nested too deep]';
    if (Array.isArray(value))
        return value.map((item) => scrubbed(item, scrub, depth + 1));
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        out[scrub(key)] = TOKEN_FIELDS.has(key) && item !== null ? REDACTED_TOKEN : scrubbed(item, scrub, depth + 1);
    }
    return out;
}
function stringsUnder(value, names, depth = 0) {
    if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH)
        return [];
    return Object.entries(value).flatMap(([name, item]) => names.has(name) && typeof item === 'string' ? [{ name, value: item }] : stringsUnder(item, names, depth + 1));
}


/***/ }),

/***/ 402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ lastingFailure),
/* harmony export */   u: () => (/* binding */ networkCause)
/* harmony export */ });
const UNTRUSTED_CERTIFICATE_CODES = new Set([
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_CRL',
    'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
    'UNABLE_TO_DECRYPT_CRL_SIGNATURE',
    'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
    'CERT_SIGNATURE_FAILURE',
    'CRL_SIGNATURE_FAILURE',
    'CERT_NOT_YET_VALID',
    'CERT_HAS_EXPIRED',
    'CRL_NOT_YET_VALID',
    'CRL_HAS_EXPIRED',
    'ERROR_IN_CERT_NOT_BEFORE_FIELD',
    'ERROR_IN_CERT_NOT_AFTER_FIELD',
    'ERROR_IN_CRL_LAST_UPDATE_FIELD',
    'ERROR_IN_CRL_NEXT_UPDATE_FIELD',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'CERT_CHAIN_TOO_LONG',
    'CERT_REVOKED',
    'INVALID_CA',
    'PATH_LENGTH_EXCEEDED',
    'INVALID_PURPOSE',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'HOSTNAME_MISMATCH',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_TLS_CERT_ALTNAME_FORMAT',
]);
const OVERSIZED_HEADERS_CODES = new Set(['UND_ERR_HEADERS_OVERFLOW', 'HPE_HEADER_OVERFLOW']);
const MAX_DEPTH = 8;
function causeChain(error) {
    const chain = [];
    const queue = [error];
    while (queue.length > 0 && chain.length < MAX_DEPTH) {
        const next = queue.shift();
        if (next === undefined || next === null || chain.includes(next))
            continue;
        chain.push(next);
        if (typeof next !== 'object')
            continue;
        if ('cause' in next)
            queue.push(next.cause);
        if (next instanceof AggregateError)
            queue.push(...next.errors);
    }
    return chain;
}
function codeOf(error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    return typeof code === 'string' ? code : undefined;
}
function lastingFailure(error) {
    for (const code of causeChain(error).map(codeOf)) {
        if (code === undefined)
            continue;
        if (UNTRUSTED_CERTIFICATE_CODES.has(code))
            return { kind: 'untrusted-certificate', code };
        if (OVERSIZED_HEADERS_CODES.has(code))
            return { kind: 'oversized-headers', code };
    }
    return undefined;
}
function networkCause(error) {
    const chain = causeChain(error);
    const inner = chain.findLast((e) => e instanceof Error) ?? chain.at(-1);
    if (!(inner instanceof Error))
        return String(inner);
    const code = codeOf(inner) ?? chain.map(codeOf).find((c) => c !== undefined);
    return code && !inner.message.includes(code) ? `${code} ${inner.message}` : inner.message;
}


/***/ }),

/***/ 3551:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ requestHeaders),
/* harmony export */   Eb: () => (/* binding */ REQUEST_TIMEOUT_SECONDS),
/* harmony export */   Fl: () => (/* binding */ requestUrl),
/* harmony export */   IO: () => (/* binding */ requestBody),
/* harmony export */   Ng: () => (/* binding */ describeUrl),
/* harmony export */   _O: () => (/* binding */ USER_AGENT)
/* harmony export */ });
/* harmony import */ var _text_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7944);

const USER_AGENT = 'ensure-globus-scope (GitHub Action)';
const REQUEST_TIMEOUT_SECONDS = 30;
function requestUrl(baseUrl, path, query = {}) {
    const base = String(baseUrl);
    const url = new URL(path, base.endsWith('/') ? base : `${base}/`);
    for (const [key, value] of Object.entries(query))
        url.searchParams.set(key, value);
    return url;
}
function requestHeaders(request, authorization) {
    const headers = { authorization, accept: 'application/json', 'user-agent': USER_AGENT };
    if (request.form)
        headers['content-type'] = 'application/x-www-form-urlencoded';
    else if (request.body !== undefined)
        headers['content-type'] = 'application/json';
    return headers;
}
function requestBody(request) {
    if (request.form)
        return new URLSearchParams(request.form).toString();
    return request.body === undefined ? undefined : JSON.stringify(request.body);
}
function describeUrl(url) {
    const raw = url.pathname + url.search;
    let decoded;
    try {
        decoded = decodeURIComponent(raw);
    }
    catch {
        decoded = raw;
    }
    return (0,_text_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(decoded);
}


/***/ }),

/***/ 5484:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ retryWaitMs),
/* harmony export */   U3: () => (/* binding */ RETRYABLE_STATUSES),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
const DEFAULT_RETRY_POLICY = { maxRetries: 5, maxWaitMs: 10_000 };
function backoffMs(attempt, random, policy) {
    return Math.min(policy.maxWaitMs, Math.round((0.25 + 0.5 * random) * 2 ** attempt * 1000));
}
function retryAfterMs(value) {
    if (value === null || !/^\s*\d+\s*$/.test(value))
        return undefined;
    return Number.parseInt(value, 10) * 1000;
}
function retryWaitMs(attempt, random, policy, retryAfter) {
    return Math.max(backoffMs(attempt, random, policy), retryAfterMs(retryAfter) ?? 0);
}


/***/ }),

/***/ 210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ RevocationAnswerSchema),
/* harmony export */   VY: () => (/* binding */ ScopeStringSchema),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   bY: () => (/* binding */ DependentTokensAnswerSchema),
/* harmony export */   dN: () => (/* binding */ TokenAnswerSchema),
/* harmony export */   ht: () => (/* binding */ ClientAnswerSchema),
/* harmony export */   i1: () => (/* binding */ ErrorBodySchema),
/* harmony export */   j7: () => (/* binding */ IntrospectionAnswerSchema),
/* harmony export */   k9: () => (/* binding */ CreateAnswerSchema),
/* harmony export */   kC: () => (/* binding */ BearerTokenSchema),
/* harmony export */   mr: () => (/* binding */ answerProblem),
/* harmony export */   xy: () => (/* binding */ answerIssueMessage),
/* harmony export */   yd: () => (/* binding */ LookupAnswerSchema),
/* harmony export */   yt: () => (/* binding */ ScopeAnswerSchema)
/* harmony export */ });
/* unused harmony export ScopesAnswerSchema */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3759);
/* harmony import */ var _text_field_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7683);
/* harmony import */ var _scope_string_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8154);



const LIMITS = {
    scopeString: 512,
    name: 1_000,
    description: 10_000,
    domain: 253,
    dependentScopes: 100,
    requiredDomains: 100,
    scopes: 1_000,
    errorText: 10_000,
    errors: 100,
};
const TOKEN = new RegExp(`^[^${_scope_string_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_IN_A_TOKEN */ .Ei}]+$`, 'u');
const uuid = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .refine */ .YPB(_scope_string_js__WEBPACK_IMPORTED_MODULE_1__/* .isUuid */ .O1, { error: 'must be a UUID' }));
const bounded = (max, ...checks) => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._maxLength */ .Eb(max, { error: `must be at most ${max} characters` }), ...checks);
const token = (max) => bounded(max, zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(TOKEN, { error: 'must be one non-empty line without spaces or control characters' }));
const ScopeStringSchema = token(LIMITS.scopeString);
const list = (item, max) => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(item).check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._maxLength */ .Eb(max, { error: `must have at most ${max} entries` }));
const DependentScopeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    scope: uuid,
    optional: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    requires_refresh_token: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
});
const ScopeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: uuid,
    client: uuid,
    name: bounded(LIMITS.name),
    description: bounded(LIMITS.description),
    scope_string: ScopeStringSchema,
    dependent_scopes: list(DependentScopeSchema, LIMITS.dependentScopes),
    allows_refresh_token: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    advertised: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    required_domains: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._default */ .Rvf(list(token(LIMITS.domain), LIMITS.requiredDomains), []),
});
const ScopeRefSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ id: uuid, scope_string: token(LIMITS.scopeString) }), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((seen) => {
    const whole = ScopeSchema.safeParse(seen, { error: answerIssueMessage });
    const issue = whole.error?.issues[0];
    return {
        id: seen.id,
        scope_string: seen.scope_string,
        client: uuid.safeParse(seen.client).data,
        whole: whole.data,
        problem: whole.success ? undefined : issue ? answerProblem(issue) : 'is not valid',
    };
}));
const ScopeAnswerSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ scope: ScopeSchema }));
const LookupAnswerSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ scopes: list(ScopeRefSchema, LIMITS.scopes) });
const ScopesAnswerSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ scopes: list(ScopeSchema, LIMITS.scopes) }));
const CreateAnswerSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ scope: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(ScopeSchema), scopes: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(list(ScopeSchema, LIMITS.scopes)) }).check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .refine */ .YPB((answer) => answer.scope !== undefined || answer.scopes !== undefined, {
    error: 'must have a scope or a scopes field',
})));
const ClientAnswerSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    client: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ id: uuid, scopes: list(uuid, LIMITS.scopes) }),
}));
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const BearerTokenSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => bounded(4096, zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(16, { error: 'must be at least 16 characters' }), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(BEARER_TOKEN, { error: 'must be a bearer token (letters, digits and -._~+/ only)' })));
const ScopeListSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(bounded(LIMITS.scopeString * LIMITS.dependentScopes), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((text) => text.split(' ').filter((part) => part !== ''))), list(ScopeStringSchema, LIMITS.dependentScopes)));
const TokenAnswerSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    access_token: BearerTokenSchema,
    token_type: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(bounded(32)),
    scope: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(ScopeListSchema),
    resource_server: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(bounded(LIMITS.scopeString)),
    refresh_token: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(BearerTokenSchema),
    expires_in: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._nonnegative */ .UI())),
}));
const DependentTokensAnswerSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => list(TokenAnswerSchema, LIMITS.dependentScopes));
const audience = bounded(LIMITS.scopeString);
const IntrospectionAnswerSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    active: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    scope: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(ScopeListSchema),
    client_id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(bounded(LIMITS.scopeString)),
    aud: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
        zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(audience, zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((one) => [one])),
        list(audience, LIMITS.dependentScopes),
    ])), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((given) => given ?? undefined)),
}));
const RevocationAnswerSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ active: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()) }));
const errorText = bounded(LIMITS.errorText);
const ErrorBodySchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    errors: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(list(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        status: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._maxLength */ .Eb(16)), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()])),
        id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(errorText),
        code: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(errorText),
        detail: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(errorText),
        title: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(errorText),
    }), LIMITS.errors)),
    detail: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(errorText),
    error: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(errorText),
    error_description: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(errorText),
}));
function answerIssueMessage(issue) {
    switch (issue.code) {
        case 'invalid_type':
            return issue.input === undefined ? 'is missing' : `must be ${typeName(issue.expected)}`;
        case 'too_big':
            return `must have at most ${Number(issue.maximum)}${unitOf(issue.origin)}`;
        case 'too_small':
            return `must have at least ${Number(issue.minimum)}${unitOf(issue.origin)}`;
        case 'invalid_union':
            return 'matches none of the accepted shapes';
        case 'invalid_format':
            return 'is not in the expected format';
        default:
            return 'is not valid';
    }
}
function answerProblem(issue) {
    return `${(0,_text_field_path_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .c)(issue.path) || 'the answer'}: ${issue.message}`;
}
const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
};
function typeName(expected) {
    return TYPE_NAMES[expected] ?? 'of another type';
}
function unitOf(origin) {
    return origin === 'string' ? ' characters' : origin === 'array' ? ' entries' : '';
}


/***/ }),

/***/ 6910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ TokenCalls),
/* harmony export */   yx: () => (/* binding */ UnreadGrantError)
/* harmony export */ });
/* unused harmony export DEPENDENT_TOKEN_GRANT */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8395);
/* harmony import */ var _text_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1814);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(739);
/* harmony import */ var _exchange_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9129);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(210);





const TOKEN_PATH = 'v2/oauth2/token';
const DEPENDENT_TOKEN_GRANT = 'urn:globus:auth:grant_type:dependent_token';
class UnreadGrantError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX {
    name = 'UnreadGrantError';
    granted;
    constructor(cause, granted) {
        super(cause.request, '');
        this.message = cause.message;
        this.granted = granted;
    }
}
const GRANTED_FIELDS = new Set(['access_token', 'refresh_token']);
class TokenCalls {
    transport;
    basic;
    events;
    constructor(transport, basic, events) {
        this.transport = transport;
        this.basic = basic;
        this.events = events;
    }
    async clientCredentials(scope, retried = false) {
        const { answer, raw } = await this.grant({ method: 'POST', path: TOKEN_PATH, form: { grant_type: 'client_credentials', scope }, idempotent: retried }, _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenAnswerSchema */ .dN);
        return this.granted(answer, raw);
    }
    async introspect(token) {
        const answer = await this.transport.send({
            method: 'POST',
            path: `${TOKEN_PATH}/introspect`,
            form: { token },
            authorization: this.basic,
            idempotent: true,
            schema: _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .IntrospectionAnswerSchema */ .j7,
        });
        return { active: answer.active, scopes: answer.scope ?? [], audience: answer.aud };
    }
    async dependentTokens(token, offline) {
        const form = { grant_type: DEPENDENT_TOKEN_GRANT, token, ...(offline ? { access_type: 'offline' } : {}) };
        const { answer, raw } = await this.grant({ method: 'POST', path: TOKEN_PATH, form }, _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .DependentTokensAnswerSchema */ .bY);
        return answer.map((granted, index) => this.granted(granted, Array.isArray(raw) ? raw[index] : undefined));
    }
    async revoke(token) {
        await this.transport.send({
            method: 'POST',
            path: `${TOKEN_PATH}/revoke`,
            form: { token },
            authorization: this.basic,
            idempotent: true,
            schema: _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .RevocationAnswerSchema */ .CK,
        });
    }
    async grant(request, schema) {
        let raw;
        let found = [];
        const keeping = zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J(), zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .transform */ .pdi((json) => {
            raw = json;
            found = tokensIn(json);
            for (const { token } of found)
                this.keepSecret(token);
            return json;
        })), schema);
        try {
            const answer = await this.transport.send({ ...request, authorization: this.basic, schema: keeping });
            return { answer, raw };
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX && found.length > 0)
                throw new UnreadGrantError(error, found);
            throw error;
        }
    }
    keepSecret(token) {
        (0,_text_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .addToken */ .nP)(this.events.redactor, token);
        this.events.onToken?.(token);
    }
    granted(answer, raw) {
        const refreshToken = answer.refresh_token ?? undefined;
        const others = tokensIn(raw).filter(({ token }) => token !== answer.access_token && token !== refreshToken);
        const what = answer.scope?.length ? ` for ${answer.scope.join(' ')}` : '';
        const more = others.length ? ` and ${others.length} other token${others.length === 1 ? '' : 's'}` : '';
        this.events.log.debug(`Globus Auth granted a token${what}${refreshToken ? ' and a refresh token' : ''}${more} (masked; never shown)`);
        return {
            token: answer.access_token,
            scopes: answer.scope ?? [],
            refreshToken,
            expiresIn: answer.expires_in,
            others,
        };
    }
}
function tokensIn(json) {
    const found = new Map();
    for (const { name, value } of (0,_exchange_js__WEBPACK_IMPORTED_MODULE_2__/* .stringsUnder */ .Tj)(json, GRANTED_FIELDS)) {
        const kind = name === 'refresh_token' ? 'refresh' : 'access';
        if (!found.has(value) && _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .BearerTokenSchema */ .kC.safeParse(value).success)
            found.set(value, { token: value, kind });
    }
    return [...found.values()];
}


/***/ }),

/***/ 672:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readCheckoutFile),
/* harmony export */   q: () => (/* binding */ writeNewCheckoutFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);



async function readCheckoutFile(path, checkout, maxBytes) {
    try {
        const real = await realPathOf(path);
        if (!isInside(real, await realPathOf(checkout))) {
            return { reason: isInside((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(checkout)) ? 'outside-through-link' : 'outside' };
        }
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
        if (!info.isFile())
            return { reason: 'not-a-file' };
        if (info.size > maxBytes)
            return { reason: 'too-large', size: info.size };
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0));
        try {
            const bytes = await readAtMost(handle, maxBytes + 1);
            return bytes.length > maxBytes ? { reason: 'too-large', size: bytes.length } : { bytes };
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        const code = error.code;
        return code === 'ENOENT' ? { reason: 'missing' } : { reason: 'unreadable', code: code ?? String(error) };
    }
}
const BY_DESCRIPTOR = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('/proc/self/fd') ? '/proc/self/fd' : undefined;
async function writeNewCheckoutFile(path, checkout, text) {
    try {
        const workspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(checkout);
        const folder = await realPathOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
        if (!isInside(folder, workspace))
            return { reason: 'outside' };
        if (inGit((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(checkout), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path))) ||
            inGit((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)))) ||
            (await inGitFolder(folder, workspace))) {
            return { reason: 'in-git' };
        }
        const opened = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(folder, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.O_DIRECTORY ?? 0));
        try {
            const anchor = BY_DESCRIPTOR ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(BY_DESCRIPTOR, String(opened.fd)) : folder;
            const now = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(anchor);
            if (!isInside(now, workspace))
                return { reason: 'outside' };
            if (inGit((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, now)) || (await inGitFolder(now, workspace)))
                return { reason: 'in-git' };
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(anchor, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path));
            const flags = node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | (node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0);
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, flags, 0o644);
            try {
                if (!BY_DESCRIPTOR && !(await sameFile(handle, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)))))
                    return { reason: 'outside' };
                await handle.writeFile(text);
            }
            finally {
                await handle.close();
            }
        }
        finally {
            await opened.close();
        }
        return { written: true };
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            return { reason: 'exists' };
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { reason: 'no-folder' };
        return { reason: 'unwritable', code: code ?? String(error) };
    }
}
async function sameFile(handle, path) {
    const [opened, named] = await Promise.all([handle.stat(), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined)]);
    return named?.isFile() === true && opened.dev === named.dev && opened.ino === named.ino;
}
async function realPathOf(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    }
    catch (error) {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
        if (error.code !== 'ENOENT' || parent === path)
            throw error;
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await realPathOf(parent), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path));
    }
}
function inGit(relativePath) {
    return relativePath.split(/[\\/]/).some((part) => /^(\.git|git~1)[. ]*(:.*)?$/i.test(part));
}
async function inGitFolder(folder, workspace) {
    for (let dir = folder; isInside(dir, workspace); dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        const [head, objects, refs, common] = await Promise.all(['HEAD', 'objects', 'refs', 'commondir'].map((name) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name)).catch(() => undefined)));
        if (head?.isFile() && ((objects?.isDirectory() && refs?.isDirectory()) || common?.isFile()))
            return true;
        if (dir === workspace)
            break;
    }
    return false;
}
function isInside(path, folder) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, path);
    return rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
}
async function readAtMost(handle, limit) {
    const buffer = Buffer.alloc(limit);
    let length = 0;
    while (length < limit) {
        const { bytesRead } = await handle.read(buffer, length, limit - length, length);
        if (bytesRead === 0)
            break;
        length += bytesRead;
    }
    return buffer.subarray(0, length);
}


/***/ }),

/***/ 9021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ScopeFileError)
/* harmony export */ });
/* unused harmony export MAX_PROBLEMS */
const MAX_PROBLEMS = 20;
class ScopeFileError extends Error {
    name = 'ScopeFileError';
    file;
    problems;
    omitted;
    predicate;
    unread;
    constructor(file, problems, predicate = 'is not valid', unread) {
        const shown = problems.slice(0, MAX_PROBLEMS);
        const omitted = problems.length - shown.length;
        const more = omitted > 0 ? `\n  ${moreProblems(omitted)}` : '';
        super(`The scope file ${file} ${predicate}:\n${shown.map((p) => `  ${formatProblem(file, p)}`).join('\n')}${more}`);
        this.file = file;
        this.problems = shown;
        this.omitted = omitted;
        this.predicate = predicate;
        this.unread = unread;
    }
}
const moreProblems = (omitted) => `…and ${omitted} more problem${omitted === 1 ? '' : 's'}`;
function formatProblem(file, problem) {
    const where = problem.line ? `${file}:${problem.line}:${problem.column ?? 1}` : file;
    return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}


/***/ }),

/***/ 6927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $h: () => (/* binding */ readScopeFile)
});

// UNUSED EXPORTS: parseScopeBytes, parseScopeFile

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./lib/text/printable.js
var printable = __webpack_require__(7944);
// EXTERNAL MODULE: ./lib/scope-file/checkout-file.js
var checkout_file = __webpack_require__(672);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/scope-file/utf8.js
function decodeUtf8(bytes) {
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    }
    catch {
        const index = firstInvalidUtf8(bytes) ?? 0;
        return { invalid: { byte: bytes[index] ?? 0, ...bytePosition(bytes, index) } };
    }
}
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i] ?? 0;
        if (lead < 0x80) {
            i++;
            continue;
        }
        let follow;
        let low = 0x80;
        let high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf)
            follow = 1;
        else if (lead >= 0xe0 && lead <= 0xef) {
            follow = 2;
            if (lead === 0xe0)
                low = 0xa0;
            if (lead === 0xed)
                high = 0x9f;
        }
        else if (lead >= 0xf0 && lead <= 0xf4) {
            follow = 3;
            if (lead === 0xf0)
                low = 0x90;
            if (lead === 0xf4)
                high = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= follow; k++) {
            const next = bytes[i + k] ?? -1;
            if (next < low || next > high)
                return i;
            low = 0x80;
            high = 0xbf;
        }
        i += follow + 1;
    }
    return undefined;
}
function bytePosition(bytes, index) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    let line = 1;
    let lineStart = bom;
    for (let i = bom; i < index; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: new TextDecoder().decode(bytes.subarray(lineStart, index)).length + 1 };
}

;// CONCATENATED MODULE: ./lib/scope-file/closest-name.js



const MAX_EDITS = 3;
const MAX_WORK = 1_000_000;
async function closestJsonFile(path, maxWork = MAX_WORK) {
    const wanted = (0,external_node_path_.basename)(path);
    let best;
    let work = 0;
    try {
        const folder = await (0,promises_.opendir)((0,external_node_path_.dirname)(path), { bufferSize: 256, encoding: 'buffer' });
        for await (const entry of folder) {
            const decoded = decodeUtf8(entry.name);
            const name = 'text' in decoded ? decoded.text : '';
            const comparable = name !== '' && Math.abs(name.length - wanted.length) <= MAX_EDITS && name !== wanted;
            work += 1 + (comparable ? name.length : 0);
            if (work > maxWork)
                return undefined;
            if (comparable && name.endsWith('.json') && entry.isFile())
                best = nearer(best, wanted, name);
        }
    }
    catch {
        return undefined;
    }
    return best?.name;
}
function closestName(wanted, names) {
    let best;
    for (const name of names)
        if (name !== wanted)
            best = nearer(best, wanted, name);
    return best?.name;
}
function nearer(best, wanted, name) {
    const edits = editDistance(wanted, name, MAX_EDITS);
    if (edits > MAX_EDITS || edits * 3 >= wanted.length)
        return best;
    return !best || edits < best.edits || (edits === best.edits && name < best.name) ? { name, edits } : best;
}
function editDistance(a, b, limit) {
    const far = limit + 1;
    if (Math.abs(a.length - b.length) > limit)
        return far;
    let previous = new Int32Array(b.length + 1).fill(far);
    let row = new Int32Array(b.length + 1).fill(far);
    for (let j = 0; j <= Math.min(b.length, limit); j++)
        previous[j] = j;
    for (let i = 1; i <= a.length; i++) {
        const from = Math.max(1, i - limit);
        const to = Math.min(b.length, i + limit);
        row[from - 1] = from === 1 && i <= limit ? i : far;
        let smallest = row[from - 1] ?? far;
        for (let j = from; j <= to; j++) {
            const substitution = (previous[j - 1] ?? far) + (a[i - 1] === b[j - 1] ? 0 : 1);
            const cell = Math.min((previous[j] ?? far) + 1, (row[j - 1] ?? far) + 1, substitution, far);
            row[j] = cell;
            smallest = Math.min(smallest, cell);
        }
        if (to < b.length)
            row[to + 1] = far;
        if (smallest > limit)
            return far;
        [previous, row] = [row, previous];
    }
    return Math.min(previous[b.length] ?? far, far);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 5 modules
var schemas = __webpack_require__(8395);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __webpack_require__(9396);
// EXTERNAL MODULE: ./lib/globus/schemas.js
var globus_schemas = __webpack_require__(210);
// EXTERNAL MODULE: ./lib/globus/scope-string.js
var scope_string = __webpack_require__(8154);
;// CONCATENATED MODULE: ./lib/scope-file/document.js



const uniqueBy = (key, what) => (items, ctx) => {
    const seen = new Map();
    items.forEach((item, index) => {
        const k = key(item);
        const first = seen.get(k);
        if (first !== undefined) {
            ctx.addIssue({
                code: 'custom',
                path: [index],
                message: `${what} ${JSON.stringify(k)} is listed twice (also at index ${first}); list it once`,
            });
        }
        else {
            seen.set(k, index);
        }
    });
};
const atMost = (max, what) => ({
    error: `must be at most ${max} ${what} (the most the action accepts back from Globus Auth)`,
});
const document_text = (max, blank, ...checks) => schemas/* string */.YjP().check(api/* _maxLength */.Eb(max, atMost(max, 'characters')), schemas/* refine */.YPB((value) => value.trim().length > 0, blank), ...checks);
function about(schema, description) {
    registries/* globalRegistry */.fd.add(schema, { description });
    return schema;
}
const DependentScopeEntrySchema = about(schemas/* strictObject */.rej({
    scope: about(schemas/* string */.YjP()
        .check(api/* _maxLength */.Eb(globus_schemas/* LIMITS */.b1.scopeString, atMost(globus_schemas/* LIMITS */.b1.scopeString, 'characters')), api/* _regex */.Fk(/^\S+$/, 'give the dependent scope’s id (a UUID) or its scope string, without spaces')), 'The dependent scope: its id (a UUID) or its scope string.'),
    optional: about(schemas/* _default */.Rvf(schemas/* boolean */.zMY(), false), 'Whether users may decline this dependent scope.'),
    requires_refresh_token: about(schemas/* _default */.Rvf(schemas/* boolean */.zMY(), false), 'Whether the Action Provider needs a refresh token for this dependent scope.'),
}), 'A scope the Action Provider needs tokens for when it acts for a user.');
const ScopeFieldsSchema = schemas/* strictObject */.rej({
    name: about(document_text(globus_schemas/* LIMITS */.b1.name, 'give the scope a name users will see on the consent page'), 'Shown to users on the consent page.'),
    description: about(document_text(globus_schemas/* LIMITS */.b1.description, 'describe what the scope allows; users see it on the consent page'), 'Shown to users on the consent page.'),
    scope_suffix: about(schemas/* string */.YjP()
        .check(api/* _regex */.Fk(scope_string/* ANY_SCOPE_SUFFIX */.mV, `use one word of at most ${scope_string/* MAX_SCOPE_SUFFIX */.QO} characters, without spaces, "/" or ":"; a new scope's suffix uses only lowercase letters, digits and underscores, for example "action_all"`)), 'The last part of the scope string https://auth.globus.org/scopes/<client_id>/<scope_suffix>. It identifies the scope and is never changed. A new scope takes lowercase letters, digits and underscores; an existing scope keeps the suffix it was made with.'),
    dependent_scopes: about(schemas/* _default */.Rvf(schemas/* array */.YOg(DependentScopeEntrySchema)
        .check(api/* _maxLength */.Eb(globus_schemas/* LIMITS */.b1.dependentScopes, atMost(globus_schemas/* LIMITS */.b1.dependentScopes, 'entries')), schemas/* superRefine */.zni(uniqueBy((d) => ((0,scope_string/* isUuid */.O1)(d.scope) ? d.scope.toLowerCase() : d.scope), 'dependent scope'))), []), 'The complete list of dependent scopes; scopes not listed are removed from the scope.'),
    advertised: about(schemas/* _default */.Rvf(schemas/* boolean */.zMY(), false), 'Whether the scope is publicly listed.'),
    allows_refresh_token: about(schemas/* optional */.lqM(schemas/* boolean */.zMY()), 'Whether refresh tokens may be issued for the scope (default true).'),
    allow_refresh_tokens: about(schemas/* optional */.lqM(schemas/* boolean */.zMY()), 'The spelling of allows_refresh_token used by the Globus guide; same meaning.'),
    required_domains: about(schemas/* _default */.Rvf(schemas/* array */.YOg(document_text(globus_schemas/* LIMITS */.b1.domain, 'a domain cannot be empty', schemas/* refine */.YPB((domain) => !domain.trim() || /^\S+$/.test(domain), 'give a domain, without spaces, for example "example.org"')))
        .check(api/* _maxLength */.Eb(globus_schemas/* LIMITS */.b1.requiredDomains, atMost(globus_schemas/* LIMITS */.b1.requiredDomains, 'entries')), schemas/* superRefine */.zni(uniqueBy((d) => d, 'domain'))), []), 'Identity domains a user must have linked to consent (default none).'),
})
    .check(schemas/* superRefine */.zni((scope, ctx) => {
    const { allows_refresh_token: sdk, allow_refresh_tokens: guide } = scope;
    if (sdk !== undefined && guide !== undefined && sdk !== guide) {
        ctx.addIssue({
            code: 'custom',
            path: ['allow_refresh_tokens'],
            message: 'allow_refresh_tokens and allows_refresh_token mean the same and disagree here; keep one of them',
        });
    }
}));
const ScopeDocumentSchema = about(schemas/* strictObject */.rej({
    $schema: about(schemas/* optional */.lqM(schemas/* string */.YjP()), 'The JSON Schema of this file, for editors.'),
    scope: ScopeFieldsSchema,
}), 'A Globus Auth scope for an Action Provider, as the ensure-globus-scope action keeps it.');
function desiredScopeFrom(document) {
    const { allow_refresh_tokens, allows_refresh_token, ...rest } = document.scope;
    return { ...rest, allows_refresh_token: allows_refresh_token ?? allow_refresh_tokens ?? true };
}

// EXTERNAL MODULE: ./lib/text/field-path.js
var field_path = __webpack_require__(7683);
;// CONCATENATED MODULE: ./lib/scope-file/json-text.js


const MAX_NESTING = 32;
function parseJsonText(source) {
    const lines = lineStarts(source);
    const refused = (problem) => ({ tree: undefined, lines, problems: [problem], whole: false });
    if (/^[ \t\r\n]*$/.test(source)) {
        return refused({ field: '', message: 'is empty; it must hold {"scope": {...}}', line: 1, column: 1 });
    }
    const deep = tooDeepAt(source);
    if (deep !== undefined) {
        const message = `nests arrays and objects more than ${MAX_NESTING} deep here (a scope file needs 4); remove the extra nesting`;
        return refused({ field: '', message, ...position(lines, deep) });
    }
    const errors = [];
    const tree = (0,main.parseTree)(source, errors, {
        disallowComments: true,
        allowTrailingComma: false,
        allowEmptyContent: false,
    });
    if (!tree)
        return refused({ field: '', message: 'invalid JSON', line: 1, column: 1 });
    const syntax = syntaxProblems(errors, source, lines);
    return {
        tree,
        lines,
        problems: [...syntax.problems, ...duplicateKeys(source, lines)],
        whole: syntax.whole,
    };
}
function tooDeepAt(source) {
    const scanner = (0,main.createScanner)(source, true);
    const closers = [];
    while (scanner.getPosition() < source.length) {
        scanner.scan();
        const ch = source[scanner.getTokenOffset()];
        if (ch === '[' || ch === '{') {
            closers.push(ch === '[' ? ']' : '}');
            if (closers.length > MAX_NESTING)
                return scanner.getTokenOffset();
        }
        else if (ch === closers.at(-1))
            closers.pop();
    }
    return undefined;
}
function syntaxProblems(errors, source, lines) {
    const seen = new Set();
    const read = errors.map((error) => syntaxProblem(error, source, lines));
    const problems = read
        .map((r) => r.problem)
        .filter((problem) => {
        const key = `${problem.line}:${problem.column}`;
        return !seen.has(key) && seen.add(key);
    });
    return { problems, whole: read.every((r) => r.skipsNothing) };
}
function syntaxProblem(error, source, lines) {
    const at = (message, offset = error.offset, skipsNothing = false) => ({
        problem: { field: '', message, ...position(lines, offset) },
        skipsNothing,
    });
    const code = (0,main.printParseErrorCode)(error.error);
    if (code === 'InvalidCommentToken')
        return at('JSON does not allow comments', error.offset, true);
    const comma = trailingCommaBefore(source, error.offset);
    if (comma !== undefined && (code === 'PropertyNameExpected' || code === 'ValueExpected')) {
        return at('trailing comma: JSON does not allow a comma before } or ]', comma, true);
    }
    if (code === 'CommaExpected')
        return at('invalid JSON: a comma is missing before this', error.offset, true);
    const atEnd = error.offset >= source.trimEnd().length;
    if ((code === 'CloseBraceExpected' || code === 'CloseBracketExpected') && atEnd) {
        return at(`invalid JSON: the text ends before its closing ${code === 'CloseBraceExpected' ? '}' : ']'}`, error.offset, true);
    }
    return at(`invalid JSON: ${code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`);
}
function trailingCommaBefore(source, offset) {
    if (source[offset] !== '}' && source[offset] !== ']')
        return undefined;
    let i = offset - 1;
    while (i >= 0 && ' \t\r\n'.includes(source[i] ?? ''))
        i--;
    return source[i] === ',' ? i : undefined;
}
function duplicateKeys(source, lines) {
    const problems = [];
    const objects = [];
    (0,main.visit)(source, {
        onObjectBegin: () => void objects.push(new Map()),
        onObjectEnd: () => void objects.pop(),
        onObjectProperty: (key, offset, _length, _line, _character, pathOf) => {
            const earlier = objects.at(-1)?.get(key);
            if (!earlier)
                return void objects.at(-1)?.set(key, { line: position(lines, offset).line, count: 1 });
            earlier.count++;
            const times = earlier.count === 2 ? 'twice' : `${earlier.count} times`;
            const message = `is given ${times} (first at line ${earlier.line}); keep one`;
            problems.push({ field: (0,field_path/* fieldPath */.c)([...pathOf(), key]), message, ...position(lines, offset) });
        },
    });
    return problems;
}
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return starts;
}
function position(lines, offset) {
    if (offset === undefined)
        return {};
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if ((lines[mid] ?? 0) <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - (lines[low] ?? 0) + 1 };
}

// EXTERNAL MODULE: ./lib/scope-file/problems.js
var scope_file_problems = __webpack_require__(9021);
// EXTERNAL MODULE: ./lib/text/difference.js
var text_difference = __webpack_require__(9784);
;// CONCATENATED MODULE: ./lib/scope-file/schema-problems.js







function schemaProblems(issues, tree, lines) {
    const paths = issues.map((issue) => issue.path.filter((p) => typeof p !== 'symbol'));
    const meant = new Set();
    issues.forEach((issue, i) => {
        if (issue.code !== 'unrecognized_keys')
            return;
        for (const key of issue.keys) {
            const field = closestName(key, knownFields(paths[i] ?? []));
            if (field)
                meant.add((0,field_path/* fieldPath */.c)([...(paths[i] ?? []), field]));
        }
    });
    return issues.flatMap((issue, i) => {
        const path = paths[i] ?? [];
        if (issue.code === 'unrecognized_keys')
            return unknownKeys(issue.keys, path, tree, lines);
        const own = (0,main.findNodeAtLocation)(tree, path);
        if (!own && issue.code === 'invalid_type' && meant.has((0,field_path/* fieldPath */.c)(path)))
            return [];
        let node = own;
        for (let depth = path.length - 1; depth >= 0 && !node; depth--)
            node = (0,main.findNodeAtLocation)(tree, path.slice(0, depth));
        return [{ field: (0,field_path/* fieldPath */.c)(path), message: inWords(issue, own, path), ...position(lines, node?.offset) }];
    });
}
function unknownKeys(keys, path, tree, lines) {
    const properties = new Map((0,main.findNodeAtLocation)(tree, path)?.children?.map((p) => [p.children?.[0]?.value, p]));
    const known = knownFields(path);
    return keys.map((key) => {
        const field = closestName(key, known);
        const message = field === undefined
            ? `is not a known field; fix its spelling or remove it (allowed here: ${known.join(', ')})`
            : properties.has(field)
                ? `is not a known field, and ${JSON.stringify(field)} is given too; remove it`
                : `is not a known field; did you mean ${JSON.stringify(field)}?${lookAlike(key, field)}`;
        return { field: (0,field_path/* fieldPath */.c)([...path, key]), message, ...position(lines, properties.get(key)?.offset) };
    });
}
function lookAlike(key, field) {
    const difference = (0,text_difference/* firstDifference */.at)(key, field);
    if (!difference?.given || !difference.wanted || (0,text_difference/* isAscii */.ER)(difference.given))
        return '';
    const { at, given, wanted } = difference;
    const quote = (character) => (0,printable/* printable */.g$)(JSON.stringify(character));
    return ` Its character ${at} is ${(0,text_difference/* namedCharacter */.d4)(given, quote)}, not ${JSON.stringify(wanted)}.`;
}
const TYPE_WORDS = {
    string: 'text',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
};
function inWords(issue, value, path) {
    if (issue.code !== 'invalid_type')
        return issue.message;
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    if (!value)
        return `is required (${expected})`;
    if (path.length === 0)
        return 'must be an object: {"scope": {...}}';
    if (issue.expected === 'boolean' && value.type === 'string' && /^(true|false)$/.test(String(value.value))) {
        return `must be ${expected}; drop the quotes around ${JSON.stringify(value.value)}`;
    }
    if (issue.expected === 'string')
        return 'must be text, in double quotes';
    if (issue.expected === 'array')
        return `must be ${expected}, in square brackets [ ]`;
    if (issue.expected === 'object')
        return `must be ${expected}, in braces { }`;
    return `must be ${expected}`;
}
const KNOWN_FIELDS = {
    document: Object.keys(ScopeDocumentSchema.shape),
    scope: Object.keys(ScopeFieldsSchema.shape),
    dependentScope: Object.keys(DependentScopeEntrySchema.shape),
};
function knownFields(path) {
    return path.length === 0
        ? KNOWN_FIELDS.document
        : path.length === 1
            ? KNOWN_FIELDS.scope
            : KNOWN_FIELDS.dependentScope;
}

;// CONCATENATED MODULE: ./lib/scope-file/read.js










const MAX_SCOPE_FILE_BYTES = 256 * 1024;
async function readScopeFile({ path, display, workspace }) {
    const read = await (0,checkout_file/* readCheckoutFile */.$)(path, workspace, MAX_SCOPE_FILE_BYTES);
    if ('bytes' in read)
        return parseScopeBytes(read.bytes, display);
    const { predicate, advice } = refusalWords(read);
    const near = read.reason === 'missing' ? await closestJsonFile(path) : undefined;
    const suggestion = near === undefined ? undefined : (0,printable/* printable */.g$)((0,external_node_path_.join)((0,external_node_path_.dirname)(display), near));
    const meant = suggestion ? `; did you mean ${suggestion}?` : '';
    const message = `${predicate}${meant}${advice ? `${meant ? ' If not, ' : '; '}${advice}` : ''}`;
    throw new scope_file_problems/* ScopeFileError */.f(display, [{ field: '', message }], predicate, {
        advice,
        ...(suggestion ? { suggestion } : {}),
    });
}
const INSIDE = 'scope_file must name a file inside the repository checkout';
function refusalWords(refusal) {
    switch (refusal.reason) {
        case 'outside':
            return { predicate: 'is outside the repository checkout', advice: INSIDE };
        case 'outside-through-link':
            return { predicate: 'leads outside the repository checkout through a symbolic link', advice: INSIDE };
        case 'missing':
            return {
                predicate: 'does not exist',
                advice: 'create it (see the README) or set the scope_file input to its path relative to the repository root, and check out the repository before this step',
            };
        case 'not-a-file':
            return { predicate: 'is not a file', advice: 'set scope_file to the path of the scope JSON file' };
        case 'too-large':
            return { predicate: `is ${refusal.size} bytes`, advice: `a scope file is at most ${MAX_SCOPE_FILE_BYTES}` };
        case 'unreadable':
            return {
                predicate: `cannot be read (${/^E[A-Z0-9]+$/.test(refusal.code) ? refusal.code : 'error'})`,
                advice: undefined,
            };
    }
}
function parseScopeBytes(bytes, file) {
    const decoded = decodeUtf8(bytes);
    if ('text' in decoded)
        return parseScopeFile(decoded.text, file);
    const { byte, line, column } = decoded.invalid;
    const at = `byte 0x${byte.toString(16).padStart(2, '0')} at line ${line}, column ${column}`;
    throw new scope_file_problems/* ScopeFileError */.f(file, [
        { field: '', message: `is not valid UTF-8 (${at}); save the file as UTF-8`, line, column },
    ]);
}
function parseScopeFile(text, file) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const { tree, lines, problems, whole } = parseJsonText(source);
    if (tree && whole) {
        const value = problems.length === 0 ? JSON.parse(source) : (0,main.getNodeValue)(tree);
        const parsed = ScopeDocumentSchema.safeParse(value);
        if (parsed.success && problems.length === 0) {
            return {
                file,
                desired: desiredScopeFrom(parsed.data),
                positionOf: (path) => position(lines, (0,main.findNodeAtLocation)(tree, path)?.offset),
            };
        }
        if (!parsed.success)
            problems.push(...schemaProblems(parsed.error.issues, tree, lines));
    }
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    throw new scope_file_problems/* ScopeFileError */.f(file, problems);
}


/***/ }),

/***/ 8982:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ readSettings)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 5 modules
var schemas = __webpack_require__(8395);
// EXTERNAL MODULE: ./lib/globus/credentials.js
var credentials = __webpack_require__(6188);
// EXTERNAL MODULE: ./lib/globus/errors.js
var errors = __webpack_require__(739);
// EXTERNAL MODULE: ./lib/globus/scope-string.js
var scope_string = __webpack_require__(8154);
// EXTERNAL MODULE: ./lib/settings/auth-url.js
var auth_url = __webpack_require__(3603);
// EXTERNAL MODULE: ./lib/settings/defaults.js
var defaults = __webpack_require__(4215);
// EXTERNAL MODULE: ./lib/settings/input.js
var settings_input = __webpack_require__(829);
;// CONCATENATED MODULE: ./lib/settings/modes.js
const MODES = ['ensure', 'verify', 'plan', 'export'];

;// CONCATENATED MODULE: ./lib/settings/settings.js









const MIN_SECRET_LENGTH = 16;
const ModeSchema = schemas/* enum */.k5n(MODES);
function readSettings(input, env) {
    const clientId = input('client_id').trim();
    const clientSecret = input('client_secret');
    if (!clientId)
        throw new settings_input/* InputError */.dz(missing('client_id', 'the Action Provider’s Globus Auth client id', 'vars.GLOBUS_CLIENT_ID'));
    checkId(clientId, PROVIDER);
    if (!clientSecret.trim()) {
        throw new settings_input/* InputError */.dz(missing('client_secret', 'the client’s secret from a repository secret', 'secrets.GLOBUS_CLIENT_SECRET'));
    }
    checkSecret(clientSecret, PROVIDER);
    const modeText = input('mode').trim() || defaults/* DEFAULT_MODE */.Cm;
    const mode = ModeSchema.safeParse(modeText);
    if (!mode.success)
        throw new settings_input/* InputError */.dz(`Input mode is "${modeText}"; use one of: ${MODES.join(', ')}.`);
    const methodText = input('auth_method').trim() || defaults/* DEFAULT_AUTH_METHOD */.zu;
    const authMethod = schemas/* enum */.k5n(credentials/* AUTH_METHODS */.M).safeParse(methodText);
    if (!authMethod.success) {
        throw new settings_input/* InputError */.dz(`Input auth_method is "${methodText}"; use one of: ${credentials/* AUTH_METHODS */.M.join(', ')}.`);
    }
    const scopeFileText = input('scope_file').trim() || defaults/* DEFAULT_SCOPE_FILE */.WY;
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const scopeFile = {
        path: (0,external_node_path_.isAbsolute)(scopeFileText) ? scopeFileText : (0,external_node_path_.resolve)(workspace, scopeFileText),
        display: scopeFileText,
        workspace,
    };
    const timeoutText = input('timeout_seconds').trim();
    const timeoutSeconds = timeoutText ? Number(timeoutText) : defaults/* DEFAULT_TIMEOUT_SECONDS */.KU;
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 3600) {
        throw new settings_input/* InputError */.dz(`Input timeout_seconds is "${timeoutText}"; give a number of seconds between 1 and 3600.`);
    }
    return {
        clientId: clientId.toLowerCase(),
        clientSecret,
        scopeFile,
        mode: mode.data,
        authMethod: authMethod.data,
        ...(0,auth_url/* authUrlFrom */.y)(input, env),
        timeoutSeconds,
        githubToken: input('github_token').trim(),
        providerUrl: providerUrlFrom(input('provider_url').trim()),
        caller: callerFrom(input('caller_client_id').trim(), input('caller_client_secret'), { clientId, clientSecret }),
    };
}
const PROVIDER = errors/* CLIENT_INPUTS */.GZ;
const CALLER = errors/* CALLER_INPUTS */.KB;
function checkId(id, names) {
    if ((0,scope_string/* isUuid */.O1)(id))
        return;
    throw new settings_input/* InputError */.dz(`Input ${names.id} must be a Globus Auth client id (a UUID like 0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f); ` +
        `the value given (${id.length} characters) is not. Check that ${names.id} and ${names.secret} are not swapped.`);
}
function checkSecret(secret, names) {
    if (secret.trim().length < MIN_SECRET_LENGTH) {
        throw new settings_input/* InputError */.dz(`Input ${names.secret} is ${secret.trim().length} characters long; a Globus client secret is 44. ` +
            'Check that the repository secret holds the whole secret, as Globus showed it.');
    }
    if ((0,scope_string/* isUuid */.O1)(secret.trim())) {
        throw new settings_input/* InputError */.dz(`Input ${names.secret} looks like a client id (a UUID), not a secret: check that ${names.id} and ${names.secret} are not swapped.`);
    }
}
function callerFrom(id, secret, provider) {
    if (!id && !secret.trim())
        return undefined;
    if (!id) {
        throw new settings_input/* InputError */.dz(`Input ${CALLER.id} is required with ${CALLER.secret}: pass the stand-in caller’s client id too, ` +
            `e.g. ${CALLER.id}: \${{ vars.GLOBUS_CALLER_CLIENT_ID }}, or leave both out.`);
    }
    if (!secret.trim()) {
        throw new settings_input/* InputError */.dz(`Input ${CALLER.secret} is required with ${CALLER.id}: pass the stand-in caller’s secret from a repository ` +
            `secret, e.g. ${CALLER.secret}: \${{ secrets.GLOBUS_CALLER_CLIENT_SECRET }}, or leave both out.`);
    }
    checkId(id, CALLER);
    checkSecret(secret, CALLER);
    if ((0,scope_string/* sameId */.s)(id, provider.clientId)) {
        throw new settings_input/* InputError */.dz(`Input ${CALLER.id} is the Action Provider’s own client (${PROVIDER.id}): the caller check needs a second ` +
            `client that stands in for a caller. Register one in the Globus web app's developer settings (${errors/* DEVELOPER_SETTINGS_URL */.fJ}) and pass its id and secret.`);
    }
    if (secret.trim() === provider.clientSecret.trim()) {
        throw new settings_input/* InputError */.dz(`Input ${CALLER.secret} is the same as ${PROVIDER.secret}: pass the stand-in caller’s own secret, from the ` +
            `repository secret that holds it, e.g. ${CALLER.secret}: \${{ secrets.GLOBUS_CALLER_CLIENT_SECRET }}.`);
    }
    return { clientId: id.toLowerCase(), clientSecret: secret };
}
function providerUrlFrom(text) {
    if (!text)
        return undefined;
    const why = 'The provider’s description is read over HTTPS only, without credentials.';
    return (0,auth_url/* checkedBaseUrl */.a)(text, 'Input provider_url', 'https://actions.example.org/my_provider/', why);
}
function missing(name, what, example) {
    return `Input ${name} is required: pass ${what}, e.g. ${name}: \${{ ${example} }}.`;
}


/***/ }),

/***/ 9784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ isAscii),
/* harmony export */   ZG: () => (/* binding */ unicodeNumber),
/* harmony export */   at: () => (/* binding */ firstDifference),
/* harmony export */   d4: () => (/* binding */ namedCharacter)
/* harmony export */ });
/* unused harmony exports codePoint, alone */
const MAX_ALSO = 3;
function firstDifference(given, wanted) {
    const a = [...given];
    const b = [...wanted];
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    if (i === a.length && i === b.length)
        return undefined;
    const alsoAt = [];
    if (a.length === b.length) {
        for (let j = i + 1; j < a.length && alsoAt.length < MAX_ALSO; j++) {
            if (a[j] !== b[j] && (!isAscii(a[j]) || !isAscii(b[j])))
                alsoAt.push(j + 1);
        }
    }
    return { at: i + 1, given: a[i], wanted: b[i], alsoAt };
}
function isAscii(character) {
    return character === undefined || (character.codePointAt(0) ?? 0) < 0x80;
}
const SCRIPTS = [
    'Latin',
    'Cyrillic',
    'Greek',
    'Armenian',
    'Cherokee',
    'Coptic',
    'Georgian',
    'Hebrew',
    'Arabic',
    'Devanagari',
    'Thai',
    'Han',
    'Hiragana',
    'Katakana',
    'Hangul',
    'Common',
    'Inherited',
].map((name) => ({ name, pattern: new RegExp(`^\\p{Script=${name}}$`, 'u') }));
function unicodeNumber(character) {
    return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
function codePoint(character) {
    const script = SCRIPTS.find(({ pattern }) => pattern.test(character))?.name;
    return script ? `${unicodeNumber(character)}, ${script}` : unicodeNumber(character);
}
function namedCharacter(character, quote) {
    return `${quote(alone(character))} (${codePoint(character)})`;
}
function alone(character) {
    return /^\p{M}$/u.test(character) ? `\u25cc${character}` : character;
}


/***/ }),

/***/ 4783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ seconds)
/* harmony export */ });
function seconds(ms) {
    if (ms < 50)
        return `${Math.max(0, Math.round(ms))} ms`;
    return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}


/***/ }),

/***/ 9730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ quotedDifference),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   KW: () => (/* binding */ MAX_PIECE),
/* harmony export */   Kb: () => (/* binding */ excerpt)
/* harmony export */ });
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7944);

const MAX_PIECE = 200;
function excerpt(text, redactor, max = MAX_PIECE) {
    const flat = redactor.redact(text).replace(/\s+/g, ' ').trim();
    return cut(redactor.redact((0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(flat)), max);
}
const BEFORE_DIFFERENCE = 20;
function quotedDifference(a, b, redactor, max = 80) {
    const [x, y] = [redactor.redact(a), redactor.redact(b)];
    let at = 0;
    while (at < x.length && x[at] === y[at])
        at++;
    let from = Math.max(x.length, y.length) <= max ? 0 : Math.max(0, at - BEFORE_DIFFERENCE);
    if (from > 0 && isLowSurrogate(x.charCodeAt(from)))
        from--;
    return [quotedFrom(x, from, max, redactor), quotedFrom(y, from, max, redactor)];
}
function quotedFrom(text, from, max, redactor) {
    let end = Math.min(text.length, from + max);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1)))
        end--;
    const quoted = redactor.redact((0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(JSON.stringify(text.slice(from, end))));
    return `${from > 0 ? '…' : ''}${quoted}${end < text.length ? '…' : ''}`;
}
function cut(text, max) {
    if (text.length <= max)
        return text;
    const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
    return `${text.slice(0, end)}…`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}


/***/ }),

/***/ 7683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ fieldPath)
/* harmony export */ });
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9730);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7944);


function fieldPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else if (typeof key === 'string' && /^[A-Za-z_$][A-Za-z0-9_]{0,63}$/.test(key))
            out += out ? `.${key}` : key;
        else
            out += `[${(0,_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(JSON.stringify((0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(String(key), 64)))}]`;
    }
    return out;
}


/***/ }),

/***/ 7944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bX: () => (/* binding */ UNPRINTABLE),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* unused harmony export MAX_MARKS */
const MAX_MARKS = 3;
const UNPRINTABLE = new RegExp(String.raw `\p{M}{${MAX_MARKS + 1},}|[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800\u{1d159}]|(?! )\p{Zs}`, 'gu');
function printable(text) {
    return text.replace(UNPRINTABLE, (match) => (match === '\t' ? match : [...match].map(escaped).join('')));
}
function escaped(char) {
    const code = char.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
function splitLines(text) {
    return text.split(/\r\n|[\n\r\u2028\u2029\u0085]/);
}


/***/ }),

/***/ 1814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ credentialRedactor),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   nP: () => (/* binding */ addToken),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   wG: () => (/* binding */ addCredentials)
/* harmony export */ });
/* unused harmony export WINDOW */
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7944);

const REDACTED = '[redacted]';
const WINDOW = 12;
const HTML_ENTITIES = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' };
const FORMS = [
    (t) => t,
    (t) => t.trim(),
    (t) => t.replace(/\s+/g, ' '),
    (t) => t.trim().replace(/\s+/g, ' '),
    (t) => t.replace(/\s+/g, ''),
    (t) => JSON.stringify(t).slice(1, -1),
    (t) => new URLSearchParams({ v: t }).toString().slice(2),
    (t) => encodeURIComponent(t.toWellFormed()).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
    (t) => t.replace(/[&<>"']/g, (c) => `&${HTML_ENTITIES[c]};`),
    (t) => Buffer.from(t, 'utf8').toString('latin1'),
    (t) => t.toWellFormed(),
    (t) => encodeURIComponent(t.toWellFormed()),
    (t) => (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(t),
    (t) => (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(t.trim().replace(/\s+/g, ' ')),
];
class Redactor {
    whole = new Set();
    windows = new Set();
    constructor(sensitive = []) {
        for (const value of sensitive)
            this.add(value);
    }
    add(value, publicPrefix = '') {
        const open = new Map();
        for (const form of FORMS) {
            const text = form(value);
            const prefix = form(publicPrefix);
            const at = prefix && text.startsWith(prefix) ? prefix.length : 0;
            open.set(text, Math.min(at, open.get(text) ?? at));
        }
        for (const [text, at] of open)
            this.register(text, at);
        return this;
    }
    addBase64(value) {
        const bytes = Buffer.from(value.toWellFormed(), 'utf8');
        for (const shift of [0, 1, 2]) {
            const text = Buffer.concat([Buffer.alloc(shift), bytes])
                .toString('base64')
                .replace(/=+$/, '');
            const start = shift === 0 ? 0 : shift + 1;
            const end = (shift + bytes.length) % 3 === 0 ? text.length : text.length - 1;
            this.register(text.slice(start, end), 0);
        }
        return this;
    }
    register(text, open) {
        if (!text)
            return;
        if (text.length < WINDOW) {
            this.whole.add(text);
            return;
        }
        for (let start = Math.max(0, open - WINDOW + 1); start + WINDOW <= text.length; start++) {
            this.windows.add(text.slice(start, start + WINDOW));
        }
    }
    redact(text) {
        const hidden = new Uint8Array(text.length);
        if (this.windows.size > 0) {
            for (let start = 0; start + WINDOW <= text.length; start++) {
                if (this.windows.has(text.slice(start, start + WINDOW)))
                    hidden.fill(1, start, start + WINDOW);
            }
        }
        for (const form of this.whole) {
            for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
                hidden.fill(1, at, at + form.length);
            }
        }
        if (!hidden.includes(1))
            return text;
        let out = '';
        for (let i = 0; i < text.length; i++) {
            if (!hidden[i])
                out += text[i];
            else if (i === 0 || !hidden[i - 1])
                out += REDACTED;
        }
        return out;
    }
}
function addToken(redactor, token) {
    return redactor.add(token).addBase64(token);
}
function credentialRedactor(clientId, clientSecret) {
    return addCredentials(new Redactor(), clientId, clientSecret);
}
function addCredentials(redactor, clientId, clientSecret) {
    if (!clientSecret)
        return redactor;
    const pair = `${clientId}:${clientSecret}`;
    const publicBytes = Buffer.from(`${clientId}:`);
    const publicBase64 = (encoding) => publicBytes.subarray(0, publicBytes.length - (publicBytes.length % 3)).toString(encoding);
    return redactor
        .add(clientSecret)
        .add(pair, `${clientId}:`)
        .add(Buffer.from(pair).toString('base64'), publicBase64('base64'))
        .add(Buffer.from(pair).toString('base64url'), publicBase64('base64url'));
}


/***/ })

};
