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

/***/ 843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ preconnect)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1692);
/* harmony import */ var _globus_proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8186);
/* harmony import */ var _globus_scope_string_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8154);
/* harmony import */ var _settings_auth_url_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3603);
/* harmony import */ var _settings_defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4215);
/* harmony import */ var _settings_input_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(829);







function preconnect(env) {
    try {
        const input = (0,_settings_input_js__WEBPACK_IMPORTED_MODULE_4__/* .inputsFrom */ .WK)(env);
        if (!['ensure', 'verify', 'plan'].includes(input('mode') || _settings_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MODE */ .Cm))
            return undefined;
        if (!['auto', 'basic'].includes(input('auth_method') || _settings_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_AUTH_METHOD */ .zu))
            return undefined;
        if (!(0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_2__/* .isUuid */ .O1)(input('client_id')) || !input('client_secret'))
            return undefined;
        const url = new URL((0,_settings_auth_url_js__WEBPACK_IMPORTED_MODULE_3__/* .authUrlFrom */ .y)(input, env).authUrl);
        if (url.protocol === 'https:' && (0,_globus_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .mayUseProxy */ .V)(env))
            return undefined;
        const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
        const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
        const socket = url.protocol === 'https:'
            ?
                (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({ host, port, ...((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) ? {} : { servername: host }) })
            : (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port });
        let failure;
        socket.on('error', (error) => {
            failure ??= error;
        });
        const connected = new Promise((resolve) => {
            const settle = () => setImmediate(resolve);
            socket.once('connect', settle);
            socket.once('error', settle);
        });
        return {
            origin: url.origin,
            socket,
            connected,
            get failure() {
                return failure;
            },
        };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony export NODE_MAJOR */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);

const NODE_MAJOR = 24;
function nodeTooOld(version) {
    return (`ensure-globus-scope needs Node.js ${NODE_MAJOR} and this is Node.js ${version}: on GitHub Actions it runs ` +
        `on node${NODE_MAJOR} (Actions runner 2.327.1 or newer); for a local run, install Node.js ${NODE_MAJOR} or ` +
        'start the command with bash scripts/with-node24.sh (in a clone of the action).');
}
const major = Number.parseInt(process.versions.node, 10);
if (!(major >= NODE_MAJOR)) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(2, `${nodeTooOld(process.versions.node)}\n`);
    process.exit(1);
}


/***/ }),

/***/ 6154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ unsafeBaseUrlReason),
/* harmony export */   PC: () => (/* binding */ authBaseUrl),
/* harmony export */   ju: () => (/* binding */ ENVIRONMENTS),
/* harmony export */   sS: () => (/* binding */ CARRIES_USERINFO),
/* harmony export */   tq: () => (/* binding */ isEnvironmentName)
/* harmony export */ });
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
const CARRIES_USERINFO = 'it must not carry a user name or password';
function unsafeBaseUrlReason(url) {
    if (url.username || url.password)
        return CARRIES_USERINFO;
    if (url.search || url.hash)
        return 'it must not have a query or fragment';
    if (url.port === '0')
        return 'port 0 is not a port to connect to';
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

/***/ 8186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ proxySettings),
/* harmony export */   V: () => (/* binding */ mayUseProxy)
/* harmony export */ });
function proxySettings(env) {
    const read = (name) => (env[name] || env[name.toUpperCase()] || '').trim();
    return {
        httpsProxy: proxyUrl(read('https_proxy'), 'HTTPS_PROXY'),
        httpProxy: proxyUrl(read('http_proxy'), 'HTTP_PROXY'),
        noProxy: read('no_proxy'),
    };
}
function proxyUrl(value, name) {
    if (!value)
        return '';
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    if (URL.canParse(url) && /^https?:$/.test(new URL(url).protocol))
        return url;
    throw new Error(`${name} (or its lower-case twin) is not a proxy URL; give one like http://proxy.example.org:3128`);
}
function mayUseProxy(env) {
    const { httpsProxy, httpProxy } = proxySettings(env);
    return Boolean(httpsProxy || httpProxy);
}


/***/ }),

/***/ 8154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ clientNamedIn),
/* harmony export */   Ei: () => (/* binding */ NOT_IN_A_TOKEN),
/* harmony export */   O1: () => (/* binding */ isUuid),
/* harmony export */   Ov: () => (/* binding */ findableByString),
/* harmony export */   QO: () => (/* binding */ MAX_SCOPE_SUFFIX),
/* harmony export */   Tq: () => (/* binding */ hostScopeStringFor),
/* harmony export */   Vq: () => (/* binding */ scopeStringFor),
/* harmony export */   gs: () => (/* binding */ hasSuffix),
/* harmony export */   jT: () => (/* binding */ suffixOf),
/* harmony export */   mV: () => (/* binding */ ANY_SCOPE_SUFFIX),
/* harmony export */   s: () => (/* binding */ sameId),
/* harmony export */   v2: () => (/* binding */ firstLookupStrings),
/* harmony export */   w: () => (/* binding */ GROUPS_SCOPE_STRING),
/* harmony export */   xy: () => (/* binding */ SCOPE_SUFFIX)
/* harmony export */ });
const SCOPE_SUFFIX = /^[a-z0-9_]+$/;
const NOT_IN_A_TOKEN = String.raw `\s\p{Cc}\p{Cf}\p{Cs}`;
const MAX_SCOPE_SUFFIX = 256;
const ANY_SCOPE_SUFFIX = new RegExp(`^[^${NOT_IN_A_TOKEN}/:]{1,${MAX_SCOPE_SUFFIX}}$`, 'u');
const GROUPS_SCOPE_STRING = 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships';
function scopeStringFor(clientId, scopeSuffix) {
    return `https://auth.globus.org/scopes/${clientId.toLowerCase()}/${scopeSuffix}`;
}
function firstLookupStrings(clientId, scopeSuffix, dependentScopes, authUrl) {
    const byString = dependentScopes.filter((scope) => !isUuid(scope));
    const own = [scopeStringFor(clientId, scopeSuffix), hostScopeStringFor(clientId, scopeSuffix, authUrl)];
    return [...new Set([...own.filter((s) => s !== undefined), GROUPS_SCOPE_STRING, ...byString])];
}
function hostScopeStringFor(clientId, scopeSuffix, authUrl) {
    if (!authUrl)
        return undefined;
    const host = new URL(authUrl).host;
    return host === 'auth.globus.org' ? undefined : `https://${host}/scopes/${clientId.toLowerCase()}/${scopeSuffix}`;
}
function suffixOf(scopeString) {
    const suffix = scopeString.split(/[/:]/).at(-1) ?? '';
    return ANY_SCOPE_SUFFIX.test(suffix) ? suffix : undefined;
}
function findableByString(scopeString) {
    return !scopeString.includes(',');
}
function hasSuffix(scopeString, scopeSuffix) {
    return scopeString.endsWith(`/${scopeSuffix}`) || scopeString.endsWith(`:${scopeSuffix}`);
}
const UUID_TEXT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID = new RegExp(`^${UUID_TEXT}$`, 'i');
const CLIENT_SEGMENT = new RegExp(`/scopes/(${UUID_TEXT})/`, 'i');
function isUuid(value) {
    return UUID.test(value);
}
function clientNamedIn(scopeString) {
    return CLIENT_SEGMENT.exec(scopeString)?.[1];
}
function sameId(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}


/***/ }),

/***/ 5691:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _github_node_version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9414);
/* harmony import */ var _boot_preconnect_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(843);


const connection = (0,_boot_preconnect_js__WEBPACK_IMPORTED_MODULE_1__/* .preconnect */ .k)(process.env);
await within(connection?.connected, 100);
const { checkAndSend } = await Promise.all(/* import() */[__nccwpck_require__.e(165), __nccwpck_require__.e(736), __nccwpck_require__.e(827)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8827));
const boot = await checkAndSend(process.env, connection);
await within(boot?.firstLookup?.written, 1000);
const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(165), __nccwpck_require__.e(421), __nccwpck_require__.e(736), __nccwpck_require__.e(86)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7086));
await run({ boot });
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

/***/ 3603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ checkedBaseUrl),
/* harmony export */   y: () => (/* binding */ authUrlFrom)
/* harmony export */ });
/* harmony import */ var _globus_environments_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6154);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(829);


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
    throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where} is "${name}", which is not a Globus environment; use one of: ${_globus_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .ENVIRONMENTS */ .ju.join(', ')}.`);
}
function checkedUrl(text, where) {
    const why = 'The client secret is only sent over HTTPS.';
    return checkedBaseUrl(text, where, 'https://auth.globus.org', why).toString().replace(/\/$/, '');
}
function checkedBaseUrl(text, where, example, why) {
    if (!URL.canParse(text)) {
        throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where} is "${shownUrl(text)}", which is not a URL: ${urlProblem(text)}; give a base URL like ${example}.`);
    }
    const url = new URL(text);
    const reason = text.includes('@') ? _globus_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .CARRIES_USERINFO */ .sS : (0,_globus_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .unsafeBaseUrlReason */ .D0)(url);
    if (reason)
        throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where} is "${shownUrl(text)}": ${reason}. ${why}`);
    return url;
}
function shownUrl(text) {
    const at = text.lastIndexOf('@');
    const url = at < 0 && URL.canParse(text) ? new URL(text) : undefined;
    if (url?.host)
        return `${url.protocol}//${url.host}${url.pathname}`;
    const scheme = at < 0 ? '' : (/^[A-Za-z][A-Za-z0-9+.-]*:[\\/]{2}/.exec(text)?.[0] ?? '');
    const rest = at < 0 ? text : `${scheme}…${text.slice(at)}`;
    return rest.replace(/[?#][\s\S]*$/, '');
}
function urlProblem(text) {
    const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:[\\/]*/.exec(text)?.[0];
    if (!scheme)
        return 'it has no scheme; write https:// before the host';
    const authority = text.slice(scheme.length).split(/[/?#\\]/)[0] ?? '';
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    if (!host)
        return 'it has no host';
    const port = /^(?:\[[^\]]*\]|[^:[\]]*):(.*)$/.exec(host)?.[1];
    if (port !== undefined && !/^[0-9]{0,5}$/.test(port))
        return 'its port is not a number';
    if (port && Number(port) > 65535)
        return 'its port is above 65535';
    return 'its host is not a host name or an IP address';
}


/***/ }),

/***/ 4215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ DEFAULT_MODE),
/* harmony export */   KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
/* harmony export */   WY: () => (/* binding */ DEFAULT_SCOPE_FILE),
/* harmony export */   zu: () => (/* binding */ DEFAULT_AUTH_METHOD)
/* harmony export */ });
const DEFAULT_SCOPE_FILE = 'globus-scope.json';
const DEFAULT_MODE = 'ensure';
const DEFAULT_TIMEOUT_SECONDS = 120;
const DEFAULT_AUTH_METHOD = 'auto';


/***/ }),

/***/ 829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Og: () => (/* binding */ isPlanWithoutCredentials),
/* harmony export */   WK: () => (/* binding */ inputsFrom),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4215);

class InputError extends Error {
    name = 'InputError';
}
function inputsFrom(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function isPlanWithoutCredentials(input, env) {
    const mode = input('mode').trim() || _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MODE */ .Cm;
    const empty = !input('client_id').trim() && !input('client_secret').trim();
    return mode === 'plan' && env.GITHUB_EVENT_NAME === 'pull_request' && empty;
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
