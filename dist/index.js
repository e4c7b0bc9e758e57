import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WK: () => (/* binding */ inputsFrom),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yq: () => (/* binding */ authUrlFrom)
/* harmony export */ });
/* harmony import */ var _globus_environments_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6154);
// Where Globus Auth is, from the inputs and the Globus SDKs' variables. Free of zod and the rest
// of the action, so that the early start (preconnect.ts) can use it before they load.

class InputError extends Error {
    name = 'InputError';
}
/** Inputs as @actions/core reads them: INPUT_<NAME> (spaces as _), trimmed. */
function inputsFrom(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * Where Globus Auth is, most explicit first: the auth_url input, the environment input, then
 * the Globus SDKs' variables (GLOBUS_SDK_SERVICE_URL_AUTH, GLOBUS_SDK_ENVIRONMENT), then
 * production. Every name given is checked, even when a more explicit setting wins.
 */
function authUrlFrom(input, env) {
    const override = input('auth_url').trim();
    const fromInput = checkedEnvironment(input('environment').trim(), 'Input environment');
    const envOverride = env.GLOBUS_SDK_SERVICE_URL_AUTH?.trim();
    const fromEnv = checkedEnvironment(env.GLOBUS_SDK_ENVIRONMENT?.trim() ?? '', 'GLOBUS_SDK_ENVIRONMENT');
    if (override)
        return { authUrl: checkedUrl(override, 'Input auth_url'), authUrlSource: 'the auth_url input' };
    if (fromInput)
        return { authUrl: (0,_globus_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .authBaseUrl */ .PC)(fromInput), authUrlSource: `the ${fromInput} environment (input)` };
    if (envOverride) {
        return {
            authUrl: checkedUrl(envOverride, 'GLOBUS_SDK_SERVICE_URL_AUTH'),
            authUrlSource: 'GLOBUS_SDK_SERVICE_URL_AUTH',
        };
    }
    const name = fromEnv ?? 'production';
    return {
        authUrl: (0,_globus_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .authBaseUrl */ .PC)(name),
        authUrlSource: fromEnv ? `the ${name} environment (GLOBUS_SDK_ENVIRONMENT)` : 'the production environment',
    };
}
function checkedEnvironment(name, where) {
    if (!name)
        return undefined;
    if ((0,_globus_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvironmentName */ .tq)(name))
        return name;
    throw new InputError(`${where} is "${name}", which is not a Globus environment; use one of: ${_globus_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .ENVIRONMENTS */ .ju.join(', ')}.`);
}
function checkedUrl(text, where) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new InputError(`${where} is "${text}", which is not a URL; give a base URL like https://auth.globus.org.`);
    }
    const reason = (0,_globus_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .unsafeBaseUrlReason */ .D0)(url);
    if (reason)
        throw new InputError(`${where} is "${url.origin}${url.pathname}": ${reason}. The client secret is only sent over HTTPS.`);
    return url.toString().replace(/\/$/, '');
}


/***/ }),

/***/ 6270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readCheckoutFile),
/* harmony export */   q: () => (/* binding */ writeNewCheckoutFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
// Reading a file of the repository checkout as bytes, without trusting the checkout: symbolic
// links are followed only while they stay inside it, the size is bounded, and a FIFO never blocks.


async function readCheckoutFile(path, checkout, maxBytes) {
    try {
        // Links followed: a link in the repository must not read files elsewhere on the runner.
        const real = await realPathOf(path);
        if (!isInside(real, await realPathOf(checkout))) {
            return { reason: isInside((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(checkout)) ? 'outside-through-link' : 'outside' };
        }
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real);
        if (!info.isFile())
            return { reason: 'not-a-file' };
        if (info.size > maxBytes)
            return { reason: 'too-large', size: info.size };
        // The checked path, not followed again if it became a link since; never waiting on a FIFO.
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(real, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
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
/**
 * Write a NEW file into the checkout: never over an existing file (nor through a link in its
 * place), and only into a folder that is inside the checkout once links are followed.
 */
async function writeNewCheckoutFile(path, checkout, text) {
    try {
        if (!isInside(await realPathOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)), await realPathOf(checkout)))
            return { reason: 'outside' };
        // O_EXCL: fails on anything already there, a dangling link included.
        const flags = node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | (node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, flags, 0o644);
        try {
            await handle.writeFile(text);
        }
        finally {
            await handle.close();
        }
        return { written: true };
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            return { reason: 'exists' };
        if (code === 'ENOENT')
            return { reason: 'no-folder' };
        return { reason: 'unwritable', code: code ?? String(error) };
    }
}
/** realpath, also of a path that does not exist: its nearest existing ancestor's, plus the rest. */
async function realPathOf(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path);
    }
    catch (error) {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
        if (error.code !== 'ENOENT' || parent === path)
            throw error;
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(await realPathOf(parent), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path));
    }
}
function isInside(path, folder) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, path);
    return rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
}
/** Up to `limit` bytes: the size was checked, but the file may have grown since. */
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

/***/ 1525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ DEFAULT_MODE),
/* harmony export */   Eb: () => (/* binding */ REQUEST_TIMEOUT_SECONDS),
/* harmony export */   Hv: () => (/* binding */ MAX_SCOPE_FILE_BYTES),
/* harmony export */   KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
/* harmony export */   WY: () => (/* binding */ DEFAULT_SCOPE_FILE),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   qS: () => (/* binding */ COMMENT_TIMEOUT_SECONDS),
/* harmony export */   zu: () => (/* binding */ DEFAULT_AUTH_METHOD)
/* harmony export */ });
// Defaults that action.yml also states; __tests__/action-metadata.test.ts holds the two together.
const DEFAULT_SCOPE_FILE = 'globus-scope.json';
const DEFAULT_MODE = 'ensure';
/** Everything this run says to Globus Auth, retries included. */
const DEFAULT_TIMEOUT_SECONDS = 120;
/** One request to Globus Auth. */
const REQUEST_TIMEOUT_SECONDS = 30;
/** The pull-request comment, at most (and never more than timeout_seconds). */
const COMMENT_TIMEOUT_SECONDS = 30;
const USER_AGENT = 'ensure-globus-scope (GitHub Action)';
/** Basic first, a manage_projects token only when the API refuses Basic (globus/credentials.ts). */
const DEFAULT_AUTH_METHOD = 'auto';
/** A scope file is at most this big; a larger one is not read. */
const MAX_SCOPE_FILE_BYTES = 256 * 1024;


/***/ }),

/***/ 6900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ basicAuthorization),
/* harmony export */   u: () => (/* binding */ basicValue)
/* harmony export */ });
// The HTTP Basic credentials of a client, defined once: the client, the early first request and
// the mask must agree on them to the byte.
/** `base64(client_id:client_secret)`, the value the runner must mask. */
function basicValue(clientId, clientSecret) {
    return Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
}
/** The Authorization header. */
function basicAuthorization(clientId, clientSecret) {
    return `Basic ${basicValue(clientId, clientSecret)}`;
}


/***/ }),

/***/ 7819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cZ: () => (/* binding */ lookupUrl),
  ox: () => (/* binding */ openEarly),
  XC: () => (/* binding */ takeOnce)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
// EXTERNAL MODULE: ./lib/globus/request-url.js
var request_url = __nccwpck_require__(9031);
;// CONCATENATED MODULE: ./lib/globus/early-request.js
// The first lookup, begun before the bulk of the action has loaded (src/preconnect.ts): the
// connection and the TLS handshake start at once, but the request itself, with the credentials,
// is written only once the inputs and the scope file have been checked in full (src/start.ts).
// Then the transport takes its answer as the answer to that very request. Node's own http(s):
// nothing to load, never through a proxy (none is opened when a proxy variable applies), no
// redirect followed.



/**
 * The early request for the transport's first request: handed over once when it is that very
 * request, otherwise dropped unused (it was never asked for).
 */
function takeOnce(early) {
    let held = early;
    return (url, method, authorization) => {
        const taken = held;
        held = undefined;
        if (taken?.matches(url, method, authorization))
            return taken;
        taken?.discard();
        return undefined;
    };
}
/** The lookup URL as the transport builds it for GET v2/api/scopes?scope_strings=… */
function lookupUrl(authUrl, scopeStrings) {
    return (0,request_url/* requestUrl */.F)(authUrl, 'v2/api/scopes', { scope_strings: scopeStrings.join(',') });
}
function openEarly(url, headers) {
    const open = url.protocol === 'https:' ? external_node_https_namespaceObject.request : external_node_http_.request;
    // agent: false, a connection of its own that closes after the answer, so nothing holds the process.
    const request = open(url, { method: 'GET', headers, agent: false });
    const answer = new Promise((resolve, reject) => {
        request.on('response', resolve);
        request.on('error', reject);
        // Node ends a request answered 101 (or closed without an answer) silently: say so, or the
        // run would wait for an answer that never comes.
        request.on('upgrade', (_response, socket) => {
            socket.destroy();
            reject(new Error('the server switched protocols (101) instead of answering'));
        });
        request.on('close', () => reject(new Error('the connection closed without an answer')));
    });
    // Dealt with when taken; until then a failure must not end the process as unhandled.
    answer.catch(() => { });
    const connecting = new Promise((resolve) => {
        // One more turn after the TCP connection, for the TLS client hello to be written.
        const settle = () => setImmediate(resolve);
        request.on('error', settle);
        request.on('socket', (socket) => {
            if (socket.connecting)
                socket.once('connect', settle);
            else
                settle();
        });
    });
    return {
        url: url.toString(),
        authorization: headers.authorization ?? '',
        connecting,
        send: () => sent(request, answer, url.toString(), headers.authorization ?? ''),
        cancel: () => request.destroy(),
    };
}
function sent(request, answer, url, authorization) {
    // A connection that failed already (an untrusted certificate, say) has nothing left to write.
    const written = request.destroyed
        ? Promise.resolve()
        : new Promise((resolve) => {
            for (const event of ['finish', 'error', 'response', 'close'])
                request.on(event, () => resolve());
        });
    request.end();
    return {
        written,
        matches: (other, method, auth) => method === 'GET' && other === url && auth === authorization,
        take: async (signal) => {
            const drop = () => request.destroy(new Error('aborted'));
            if (signal.aborted)
                drop();
            else
                signal.addEventListener('abort', drop, { once: true });
            const response = await answer;
            const get = (name) => {
                const value = response.headers[name.toLowerCase()];
                return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
            };
            // An IncomingMessage is an async iterable of chunks, which is all readCapped asks of a body.
            return { status: response.statusCode ?? 0, headers: { get }, body: response };
        },
        discard: () => request.destroy(),
    };
}


/***/ }),

/***/ 6154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ unsafeBaseUrlReason),
/* harmony export */   PC: () => (/* binding */ authBaseUrl),
/* harmony export */   ju: () => (/* binding */ ENVIRONMENTS),
/* harmony export */   tq: () => (/* binding */ isEnvironmentName)
/* harmony export */ });
/* unused harmony export isLoopback */
// Globus environment name -> Auth base URL, as both Globus SDKs map them.
// An unknown name is an error, never a silent fallback to production.
const ENVIRONMENTS = ['production', 'preview', 'sandbox', 'integration', 'test', 'staging'];
function isEnvironmentName(name) {
    return ENVIRONMENTS.includes(name);
}
function authBaseUrl(environment) {
    switch (environment) {
        case 'production':
            return 'https://auth.globus.org';
        case 'preview':
            return 'https://auth.preview.globus.org';
        default:
            return `https://auth.${environment}.globuscs.info`;
    }
}
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
function isLoopback(url) {
    return LOOPBACK_HOSTS.has(url.hostname);
}
/**
 * Why a base URL must not receive the credentials, or undefined when it may:
 * HTTPS anywhere, plain HTTP only on loopback (tests and the demo).
 */
function unsafeBaseUrlReason(url) {
    if (url.username || url.password)
        return 'it must not carry a user name or password';
    if (url.search || url.hash)
        return 'it must not have a query or fragment';
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol === 'http:' && isLoopback(url))
        return undefined;
    if (url.protocol === 'http:') {
        return 'plain http is only allowed for loopback hosts (127.0.0.1, localhost, [::1]); use https';
    }
    return `the protocol ${url.protocol} is not supported; use https`;
}


/***/ }),

/***/ 9031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ requestUrl)
/* harmony export */ });
// The URL of a request to Globus Auth: a path under its base URL, and the query. One function for
// the transport and for the early first lookup, so that the two cannot differ by a byte.
function requestUrl(baseUrl, path, query = {}) {
    const base = String(baseUrl);
    const url = new URL(path, base.endsWith('/') ? base : `${base}/`);
    for (const [key, value] of Object.entries(query))
        url.searchParams.set(key, value);
    return url;
}


/***/ }),

/***/ 8154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O1: () => (/* binding */ isUuid),
/* harmony export */   Tq: () => (/* binding */ hostScopeStringFor),
/* harmony export */   Vq: () => (/* binding */ scopeStringFor),
/* harmony export */   gs: () => (/* binding */ hasSuffix),
/* harmony export */   s: () => (/* binding */ sameId),
/* harmony export */   v2: () => (/* binding */ firstLookupStrings),
/* harmony export */   w: () => (/* binding */ GROUPS_SCOPE_STRING)
/* harmony export */ });
/* unused harmony export GROUPS_SCOPE_ID */
// Scope strings that can be known before any request, and how ids compare.
/**
 * Globus Groups' scope in production only; every environment has its own id for the same
 * scope string, so the action learns the id from Globus and never decides by this one.
 */
const GROUPS_SCOPE_ID = '73320ffe-4cb4-4b25-a0a3-83d53d59ce4f';
/** Globus Groups: without it an Action Provider cannot read a caller's groups. */
const GROUPS_SCOPE_STRING = 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships';
/**
 * The scope string Globus gives a client's scope. Both SDKs build it this way for
 * production; other environments are unverified, so the answer from Globus stays the truth
 * and a wrong guess only costs a fallback lookup (see ensure.ts), never a duplicate.
 * Globus writes client ids in lower case.
 */
function scopeStringFor(clientId, scopeSuffix) {
    return `https://auth.globus.org/scopes/${clientId.toLowerCase()}/${scopeSuffix}`;
}
/**
 * The scope strings of the first lookup, in its order: the scope itself, this environment's
 * Groups scope, and every dependent scope given by scope string. The early start (start.ts)
 * sends the same lookup before the rest of the action has loaded.
 */
function firstLookupStrings(clientId, scopeSuffix, dependentScopes, authUrl) {
    const byString = dependentScopes.filter((scope) => !isUuid(scope));
    const own = [scopeStringFor(clientId, scopeSuffix), hostScopeStringFor(clientId, scopeSuffix, authUrl)];
    return [...new Set([...own.filter((s) => s !== undefined), GROUPS_SCOPE_STRING, ...byString])];
}
/**
 * The scope string under this Auth host, when it is not production's: whether another
 * environment writes its own host into scope strings is unverified, so the first lookup asks for
 * both forms (one request either way) rather than learn it from a refused create on every run.
 */
function hostScopeStringFor(clientId, scopeSuffix, authUrl) {
    if (!authUrl)
        return undefined;
    const host = new URL(authUrl).host;
    return host === 'auth.globus.org' ? undefined : `https://${host}/scopes/${clientId.toLowerCase()}/${scopeSuffix}`;
}
/** Whether a scope string ends in the suffix: URL-style (any host) or urn-style (`...:suffix`). */
function hasSuffix(scopeString, scopeSuffix) {
    return scopeString.endsWith(`/${scopeSuffix}`) || scopeString.endsWith(`:${scopeSuffix}`);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value) {
    return UUID.test(value);
}
/** UUIDs are case-insensitive: the same client or scope whatever case it is written in. */
function sameId(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}


/***/ }),

/***/ 5691:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _preconnect_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3398);
// Entry point of the bundled action (dist/index.js), in three steps, each its own chunk, so that
// loading the action hides behind the network: open the connection of the first lookup
// (preconnect.ts, small), check everything and send that request (start.ts, with zod), then load
// the rest (main.ts, with the GitHub toolkit) while the answer is on its way.

const pending = await (0,_preconnect_js__WEBPACK_IMPORTED_MODULE_0__/* .preconnect */ .k)(process.env);
await within(pending?.connecting, 100);
const { startEarly } = await Promise.all(/* import() */[__nccwpck_require__.e(458), __nccwpck_require__.e(407), __nccwpck_require__.e(699)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9699));
const early = await startEarly(process.env, pending);
// Loading a module blocks the one thread: the request goes out first (bounded, for a silent host).
await within(early?.lookup?.written, 1000);
const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(458), __nccwpck_require__.e(421), __nccwpck_require__.e(407), __nccwpck_require__.e(860)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7860));
await run({ early });
/** Wait for `step`, but never longer than `ms` (a silent host must not hold the run here). */
async function within(step, ms) {
    if (!step)
        return;
    let timer;
    await Promise.race([step, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3398:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ preconnect)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _auth_url_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5965);
/* harmony import */ var _checkout_file_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6270);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1525);
/* harmony import */ var _globus_basic_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6900);
/* harmony import */ var _globus_early_request_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7819);
/* harmony import */ var _globus_scope_string_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8154);
// The first moments of a run: from the raw inputs and a plain reading of the scope file, open the
// connection of the first lookup to Globus Auth, so that connecting and the TLS handshake happen
// while the rest of the action loads. Nothing is written to the connection here: start.ts checks
// everything in full first, then sends the request or closes it. Small on purpose (no zod, no
// toolkit): all it imports loads in a few milliseconds.







/** The proxy variables undici honours: with any of them set for HTTPS, run() connects itself. */
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
async function preconnect(env) {
    try {
        const input = (0,_auth_url_js__WEBPACK_IMPORTED_MODULE_1__/* .inputsFrom */ .WK)(env);
        if (!['', 'ensure', 'verify', 'plan'].includes(input('mode')))
            return undefined;
        // A token (auth_method: token) comes first from another endpoint: no head start then.
        if (!['', 'auto', 'basic'].includes(input('auth_method')))
            return undefined;
        const clientId = input('client_id').toLowerCase();
        const secret = input('client_secret');
        if (!(0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_4__/* .isUuid */ .O1)(clientId) || !secret)
            return undefined;
        const { authUrl } = (0,_auth_url_js__WEBPACK_IMPORTED_MODULE_1__/* .authUrlFrom */ .yq)(input, env);
        if (authUrl.startsWith('https:') && PROXY_VARIABLES.some((name) => env[name]))
            return undefined;
        const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(env.GITHUB_WORKSPACE || process.cwd());
        const file = input('scope_file') || _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_SCOPE_FILE */ .WY;
        const read = await (0,_checkout_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readCheckoutFile */ .$)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file) ? file : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, file), workspace, _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SCOPE_FILE_BYTES */ .Hv);
        if (!('bytes' in read))
            return undefined;
        // A plain reading; start.ts reads the file again with every check before anything is sent.
        const scope = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes))?.scope;
        const suffix = scope?.scope_suffix;
        if (typeof suffix !== 'string' || !/^[a-z0-9_]+$/.test(suffix))
            return undefined;
        const dependents = Array.isArray(scope?.dependent_scopes) ? scope.dependent_scopes : [];
        const strings = dependents.map((d) => d?.scope).filter((s) => typeof s === 'string');
        const url = (0,_globus_early_request_js__WEBPACK_IMPORTED_MODULE_3__/* .lookupUrl */ .cZ)(authUrl, (0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_4__/* .firstLookupStrings */ .v2)(clientId, suffix, strings, authUrl));
        // identity: node:http does not decode compressed answers (undici, on the slow path, does).
        const headers = { accept: 'application/json', 'accept-encoding': 'identity', 'user-agent': _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .USER_AGENT */ ._O };
        return (0,_globus_early_request_js__WEBPACK_IMPORTED_MODULE_3__/* .openEarly */ .ox)(url, { authorization: (0,_globus_basic_js__WEBPACK_IMPORTED_MODULE_6__/* .basicAuthorization */ .a)(clientId, secret), ...headers });
    }
    catch {
        return undefined;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5691);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
