export const id = 407;
export const ids = [407];
export const modules = {

/***/ 6188:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ji: () => (/* binding */ Credentials),
/* harmony export */   MA: () => (/* binding */ AUTH_METHODS)
/* harmony export */ });
/* unused harmony export MANAGE_PROJECTS_SCOPE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(739);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(210);


const AUTH_METHODS = ['auto', 'basic', 'token'];
const MANAGE_PROJECTS_SCOPE = 'urn:globus:auth:scope:auth.globus.org:manage_projects';
class Credentials {
    tokenGranted = false;
    transport;
    settings;
    constructor(transport, settings) {
        this.transport = transport;
        this.settings = settings;
    }
    get method() {
        return this.settings.method;
    }
    /** Send with the right credentials; in `auto`, a request refused with 401 is sent once more with a token. */
    async send(request) {
        if (this.method === 'token' && !this.tokenGranted)
            await this.useToken();
        try {
            return await this.transport.send(request);
        }
        catch (error) {
            if (this.method !== 'auto' || this.tokenGranted || !isUnauthorized(error))
                throw error;
            // 401: Globus did not act on the request, so sending it again (a write too) is safe.
            if (!(await this.tryToken()))
                throw error;
            this.settings.log.notice?.('Globus Auth refused HTTP Basic on its scopes API but granted a manage_projects token for the same ' +
                'credentials, so this run uses the token. Set auth_method: token to skip the refused request.');
            return this.transport.send(request);
        }
    }
    /** In auto: a token, or false when the token endpoint refuses these credentials as well. */
    async tryToken() {
        try {
            await this.useToken();
            return true;
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GlobusAuthError */ .f5)
                return false;
            throw error;
        }
    }
    async useToken() {
        const answer = await this.transport.send({
            method: 'POST',
            path: 'v2/oauth2/token',
            form: { grant_type: 'client_credentials', scope: MANAGE_PROJECTS_SCOPE },
            authorization: this.settings.basic,
            idempotent: true,
            schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .TokenAnswerSchema */ .dN,
        });
        const token = answer.access_token;
        // Hidden from every excerpt and masked before anything can print it.
        this.settings.redactor.add(token);
        this.settings.onToken?.(token);
        this.transport.useAuthorization(`Bearer ${token}`);
        this.tokenGranted = true;
    }
}
function isUnauthorized(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GlobusAuthError */ .f5 && error.status === 401;
}


/***/ }),

/***/ 739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e_: () => (/* binding */ LostWriteError),
/* harmony export */   f5: () => (/* binding */ GlobusAuthError),
/* harmony export */   j3: () => (/* binding */ DeadlineError),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
function describe(req) {
    return `${req.method} ${req.path}`;
}
/** Globus Auth answered with an error status. */
class GlobusAuthError extends Error {
    name = 'GlobusAuthError';
    status;
    code;
    requestId;
    detail;
    request;
    constructor(request, status, body, fallbackDetail) {
        const first = body?.errors?.[0];
        const detail = first?.detail || first?.title || body?.error_description || body?.error || fallbackDetail;
        const requestId = first?.id || undefined;
        const code = first?.code || body?.error || undefined;
        super(`Globus Auth answered ${status}${code ? ` ${code}` : ''} to ${describe(request)}: ${detail}` +
            `${requestId ? ` (request id ${requestId})` : ''}.${adviceFor(status)}`);
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.detail = detail;
        this.request = request;
    }
}
function adviceFor(status) {
    switch (status) {
        case 401:
            return (' The client_id/client_secret pair is wrong, or the secret was deleted: create a new secret for' +
                ' this client in the Globus web app (Settings > Developers) and store it in the repository secret' +
                ' passed as client_secret. If the pair is right, this Globus Auth may refuse HTTP Basic on its API:' +
                ' use auth_method: auto or token.');
        case 403:
            return (' These credentials do not administer that client or scope: pass the Action Provider’s own' +
                ' client id and secret, or make this client an admin of the scope.');
        case 429:
            return ' Globus Auth is rate limiting this client; run again later.';
        default:
            return status >= 500 ? ' Globus Auth had a server error; run again later.' : '';
    }
}
/** No usable answer: the connection failed, timed out, or the answer was not what Globus sends. */
class TransportError extends Error {
    name = 'TransportError';
    request;
    constructor(request, message) {
        super(`${describe(request)}: ${message}`);
        this.request = request;
    }
}
/**
 * A write (create or update) whose answer was lost: the connection dropped, it timed out, or
 * Globus answered 5xx. It may or may not have happened, so it is never replayed blindly: the
 * caller reads the scope again and decides.
 */
class LostWriteError extends Error {
    name = 'LostWriteError';
    request;
    constructor(request, cause) {
        super(`${describe(request)}: the answer was lost (${cause}); it may or may not have taken effect`);
        this.request = request;
    }
}
/** The overall time budget ran out. */
class DeadlineError extends Error {
    name = 'DeadlineError';
}


/***/ }),

/***/ 210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dN: () => (/* binding */ TokenAnswerSchema),
/* harmony export */   h: () => (/* binding */ ScopesAnswerSchema),
/* harmony export */   ht: () => (/* binding */ ClientAnswerSchema),
/* harmony export */   i1: () => (/* binding */ ErrorBodySchema),
/* harmony export */   k9: () => (/* binding */ CreateAnswerSchema),
/* harmony export */   xy: () => (/* binding */ answerIssueMessage),
/* harmony export */   yt: () => (/* binding */ ScopeAnswerSchema)
/* harmony export */ });
/* unused harmony exports LIMITS, DependentScopeSchema, ScopeSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/* harmony import */ var _scope_string_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8154);
// What Globus Auth answers, checked once at the boundary. Every value is bounded and ids are
// UUIDs: ids go into request paths, scope strings into queries, reports and comments. Unknown
// extra fields are tolerated (the service may add some); missing, mistyped or out-of-bounds
// ones are errors. Messages name the rule, never the value (see answerIssueMessage).


const LIMITS = {
    scopeString: 512,
    name: 1_000,
    description: 10_000,
    /** A DNS name is at most 253 characters. */
    domain: 253,
    dependentScopes: 100,
    requiredDomains: 100,
    /** Scopes in one answer: a lookup, or the ids of a client's scopes. */
    scopes: 1_000,
    errorText: 10_000,
    errors: 100,
};
/** One line: no whitespace, control, format (bidi, zero-width) or lone surrogate characters. */
const TOKEN = /^[^\s\p{Cc}\p{Cf}\p{Cs}]+$/u;
const uuid = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().refine(_scope_string_js__WEBPACK_IMPORTED_MODULE_1__/* .isUuid */ .O1, { error: 'must be a UUID' });
const bounded = (max) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(max, { error: `must be at most ${max} characters` });
const token = (max) => bounded(max).regex(TOKEN, { error: 'must be one non-empty line without spaces or control characters' });
const list = (item, max) => zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(item).max(max, { error: `must have at most ${max} entries` });
const DependentScopeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    scope: uuid,
    optional: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    requires_refresh_token: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
});
const ScopeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: uuid,
    client: uuid,
    name: bounded(LIMITS.name),
    description: bounded(LIMITS.description),
    scope_string: token(LIMITS.scopeString),
    dependent_scopes: list(DependentScopeSchema, LIMITS.dependentScopes),
    allows_refresh_token: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    advertised: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    required_domains: list(token(LIMITS.domain), LIMITS.requiredDomains).default([]),
});
const ScopeAnswerSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ scope: ScopeSchema });
const ScopesAnswerSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ scopes: list(ScopeSchema, LIMITS.scopes) });
/**
 * The SDKs say a create answers `{scope}`, the guide says `{scopes: [...]}`: accept both. One
 * object rather than a union, so that a problem is reported at its field.
 */
const CreateAnswerSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ scope: ScopeSchema.optional(), scopes: list(ScopeSchema, LIMITS.scopes).optional() })
    .refine((answer) => answer.scope !== undefined || answer.scopes !== undefined, {
    error: 'must have a scope or a scopes field',
});
const ClientAnswerSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    client: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: uuid, scopes: list(uuid, LIMITS.scopes) }),
});
/** The OAuth2 token endpoint's answer to a client-credentials grant; only the token is used. */
const TokenAnswerSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    // A token is long; a short one could not be told from ordinary text when it is redacted.
    access_token: token(4096).min(16, { error: 'must be at least 16 characters' }),
    token_type: bounded(32).optional(),
});
/** Globus' error shape. Its strings are shown only after redaction and escaping (transport.ts). */
const errorText = bounded(LIMITS.errorText);
const ErrorBodySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    errors: list(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        status: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(16), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()]).nullish(),
        id: errorText.nullish(),
        code: errorText.nullish(),
        detail: errorText.nullish(),
        title: errorText.nullish(),
    }), LIMITS.errors).optional(),
    error: errorText.nullish(),
    error_description: errorText.nullish(),
});
/**
 * The rule an answer broke, for the issues the schemas above leave to zod. Built from the kind
 * of issue and the schema's own bounds only: never from the value, which is outside text.
 */
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

/***/ 5111:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Og: () => (/* binding */ isPlanWithoutCredentials),
  sb: () => (/* binding */ readSettings)
});

// UNUSED EXPORTS: InputError, RUN_MODES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./lib/auth-url.js
var auth_url = __webpack_require__(5965);
// EXTERNAL MODULE: ./lib/defaults.js
var defaults = __webpack_require__(1525);
// EXTERNAL MODULE: ./lib/globus/credentials.js
var credentials = __webpack_require__(6188);
// EXTERNAL MODULE: ./lib/globus/scope-string.js
var scope_string = __webpack_require__(8154);
;// CONCATENATED MODULE: ./lib/modes.js
// The modes ensureScope runs in (the mode input adds export, inputs.ts). A module of its own so
// that reading the inputs does not load the whole ensure flow.
const MODES = ['ensure', 'verify', 'plan'];

;// CONCATENATED MODULE: ./lib/inputs.js
// Action inputs (and the Globus SDK environment variables) -> validated settings.
// Errors name the input and what is allowed; they never repeat the client id or secret
// values, since a swapped pair would otherwise print the secret.








/** Shorter than any secret Globus makes (44 characters). */
const MIN_SECRET_LENGTH = 16;
/** The modes of the mode input: ensureScope's three, and export (scope file from a hand-made scope). */
const RUN_MODES = [...MODES, 'export'];
const ModeSchema = schemas/* enum */.k5n(RUN_MODES);
function readSettings(input, env) {
    const clientId = input('client_id').trim();
    const clientSecret = input('client_secret');
    if (!clientId)
        throw new auth_url/* InputError */.dz(missing('client_id', 'the Action Provider’s Globus Auth client id', 'vars.GLOBUS_CLIENT_ID'));
    if (!(0,scope_string/* isUuid */.O1)(clientId)) {
        throw new auth_url/* InputError */.dz(`Input client_id must be a Globus Auth client id (a UUID like 0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f); ` +
            `the value given (${clientId.length} characters) is not. Check that client_id and client_secret are not swapped.`);
    }
    if (!clientSecret.trim()) {
        throw new auth_url/* InputError */.dz(missing('client_secret', 'the client’s secret from a repository secret', 'secrets.GLOBUS_CLIENT_SECRET'));
    }
    // Globus makes client secrets of 44 characters. A much shorter one is a wrong or cut secret,
    // and could not be told from ordinary text when the action keeps it out of what it prints.
    if (clientSecret.trim().length < MIN_SECRET_LENGTH) {
        throw new auth_url/* InputError */.dz(`Input client_secret is ${clientSecret.trim().length} characters long; a Globus client secret is 44. ` +
            'Check that the repository secret holds the whole secret, as Globus showed it.');
    }
    if ((0,scope_string/* isUuid */.O1)(clientSecret.trim())) {
        throw new auth_url/* InputError */.dz('Input client_secret looks like a client id (a UUID), not a secret: check that client_id and client_secret are not swapped.');
    }
    const modeText = input('mode').trim() || defaults/* DEFAULT_MODE */.Cm;
    const mode = ModeSchema.safeParse(modeText);
    if (!mode.success)
        throw new auth_url/* InputError */.dz(`Input mode is "${modeText}"; use one of: ${RUN_MODES.join(', ')}.`);
    const methodText = input('auth_method').trim() || defaults/* DEFAULT_AUTH_METHOD */.zu;
    const authMethod = schemas/* enum */.k5n(credentials/* AUTH_METHODS */.MA).safeParse(methodText);
    if (!authMethod.success) {
        throw new auth_url/* InputError */.dz(`Input auth_method is "${methodText}"; use one of: ${credentials/* AUTH_METHODS */.MA.join(', ')}.`);
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
        throw new auth_url/* InputError */.dz(`Input timeout_seconds is "${timeoutText}"; give a number of seconds between 1 and 3600.`);
    }
    return {
        // UUIDs are case-insensitive, and Globus writes its ids in lower case.
        clientId: clientId.toLowerCase(),
        clientSecret,
        scopeFile,
        mode: mode.data,
        authMethod: authMethod.data,
        ...(0,auth_url/* authUrlFrom */.yq)(input, env),
        timeoutSeconds,
        githubToken: input('github_token').trim(),
    };
}
function missing(name, what, example) {
    return `Input ${name} is required: pass ${what}, e.g. ${name}: \${{ ${example} }}.`;
}
/**
 * Plan mode on a pull request with no credentials at all: GitHub gives pull requests from forks
 * (and Dependabot's) neither secrets nor variables. Such a plan is skipped, not failed; ensure
 * and verify still fail on empty credentials.
 */
function isPlanWithoutCredentials(input, env) {
    const mode = input('mode').trim() || defaults/* DEFAULT_MODE */.Cm;
    // Both missing: a fork's pull request gets neither. One missing is a mistake in the workflow.
    const empty = !input('client_id').trim() && !input('client_secret').trim();
    return mode === 'plan' && env.GITHUB_EVENT_NAME === 'pull_request' && empty;
}


/***/ }),

/***/ 6089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fL: () => (/* binding */ ScopeFileError),
  w5: () => (/* reexport */ fieldName),
  $h: () => (/* binding */ readScopeFile)
});

// UNUSED EXPORTS: MAX_PROBLEMS, parseScopeBytes, parseScopeFile

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./lib/checkout-file.js
var checkout_file = __webpack_require__(6270);
// EXTERNAL MODULE: ./lib/defaults.js
var defaults = __webpack_require__(1525);
;// CONCATENATED MODULE: ./lib/json-text.js
// The scope file's JSON text, checked before anything interprets it. Each check names a line
// and column: nesting past a limit (found before any recursive parser runs), the first syntax
// error (later ones are noise), and keys given twice (JSON.parse would silently keep the last).

/** A scope file needs 4 levels ({"scope": {"dependent_scopes": [{...}]}}); far deeper is not a scope file. */
const MAX_NESTING = 32;
/** The checked JSON tree of `source` (no BOM), with the line starts for positions; or what is wrong. */
function parseJsonText(source) {
    const lines = lineStarts(source);
    if (/^[ \t\r\n]*$/.test(source)) {
        return { problems: [{ field: '', message: 'is empty; it must hold {"scope": {...}}', line: 1, column: 1 }] };
    }
    const deep = tooDeepAt(source);
    if (deep !== undefined) {
        const message = `nests arrays and objects more than ${MAX_NESTING} deep here (a scope file needs 4); remove the extra nesting`;
        return { problems: [{ field: '', message, ...position(lines, deep) }] };
    }
    const errors = [];
    const tree = (0,main.parseTree)(source, errors, {
        disallowComments: true,
        allowTrailingComma: false,
        allowEmptyContent: false,
    });
    const first = errors[0];
    if (first)
        return { problems: [syntaxProblem(first, source, lines)] };
    if (!tree)
        return { problems: [{ field: '', message: 'invalid JSON', line: 1, column: 1 }] };
    const duplicates = duplicateKeys(tree, [], lines);
    return duplicates.length > 0 ? { problems: duplicates } : { tree, lines };
}
/**
 * Where the nesting first passes MAX_NESTING, scanning as jsonc-parser tokenizes (a string ends
 * at a quote or a line break, a backslash escapes any next character, comments are skipped), so
 * its recursion never goes deeper than this counts. A closer that does not match the innermost
 * opener closes nothing: the parser skips it too, so counting it would let the parser outrun the count.
 */
function tooDeepAt(source) {
    const closers = [];
    let i = 0;
    while (i < source.length) {
        const ch = source[i];
        if (ch === '"') {
            i++;
            while (i < source.length && !'"\n\r'.includes(source[i] ?? ''))
                i += source[i] === '\\' ? 2 : 1;
            i++;
        }
        else if (ch === '/' && source[i + 1] === '/') {
            while (i < source.length && !'\n\r'.includes(source[i] ?? ''))
                i++;
        }
        else if (ch === '/' && source[i + 1] === '*') {
            const end = source.indexOf('*/', i + 2);
            i = end < 0 ? source.length : end + 2;
        }
        else {
            if (ch === '[' || ch === '{') {
                closers.push(ch === '[' ? ']' : '}');
                if (closers.length > MAX_NESTING)
                    return i;
            }
            else if (ch === closers.at(-1)) {
                closers.pop();
            }
            i++;
        }
    }
    return undefined;
}
function syntaxProblem(error, source, lines) {
    const code = (0,main.printParseErrorCode)(error.error);
    if (code === 'InvalidCommentToken') {
        return { field: '', message: 'JSON does not allow comments', ...position(lines, error.offset) };
    }
    // After a comma the parser wants a property name or a value, and complains at the } or ].
    const comma = trailingCommaBefore(source, error.offset);
    if (comma !== undefined && (code === 'PropertyNameExpected' || code === 'ValueExpected')) {
        return {
            field: '',
            message: 'trailing comma: JSON does not allow a comma before } or ]',
            ...position(lines, comma),
        };
    }
    // jsonc-parser names errors like "CommaExpected"; make them read as words.
    const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return { field: '', message: `invalid JSON: ${words}`, ...position(lines, error.offset) };
}
/** The offset of a comma that only whitespace separates from the } or ] at `offset`. */
function trailingCommaBefore(source, offset) {
    if (source[offset] !== '}' && source[offset] !== ']')
        return undefined;
    let i = offset - 1;
    while (i >= 0 && ' \t\r\n'.includes(source[i] ?? ''))
        i--;
    return source[i] === ',' ? i : undefined;
}
/** Every key given again in its object, at the later occurrence. Recursive: nesting is bounded by now. */
function duplicateKeys(node, path, lines) {
    if (node.type === 'array') {
        return (node.children ?? []).flatMap((item, index) => duplicateKeys(item, [...path, index], lines));
    }
    if (node.type !== 'object')
        return [];
    const problems = [];
    const seen = new Map();
    for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (typeof key?.value !== 'string')
            continue;
        const earlier = seen.get(key.value);
        if (earlier) {
            earlier.count++;
            const times = earlier.count === 2 ? 'twice' : `${earlier.count} times`;
            problems.push({
                field: fieldName([...path, key.value]),
                message: `is given ${times} (first at line ${earlier.line}); keep one`,
                ...position(lines, key.offset),
            });
        }
        else {
            seen.set(key.value, { line: position(lines, key.offset).line, count: 1 });
        }
        if (value)
            problems.push(...duplicateKeys(value, [...path, key.value], lines));
    }
    return problems;
}
/** `scope.dependent_scopes[1].scope` for ['scope', 'dependent_scopes', 1, 'scope']. */
function fieldName(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return starts;
}
/** Line and column (both from 1) of a text offset. Binary search: a large file may have many problems. */
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./lib/globus/scope-string.js
var scope_string = __webpack_require__(8154);
;// CONCATENATED MODULE: ./lib/scope-document.js
// The scope definition document: the creation body of Globus' Action Provider guide,
// `{"scope": {...}}`. It is the whole desired state: an omitted field means its default.


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
// Not trimmed: the file's text is what Globus gets, so a value is never silently rewritten.
const notBlank = (message) => schemas/* string */.YjP().refine((value) => value.trim().length > 0, message);
const DependentScopeEntrySchema = schemas/* strictObject */.rej({
    scope: schemas/* string */.YjP()
        .regex(/^\S+$/, 'give the dependent scope’s id (a UUID) or its scope string, without spaces')
        .describe('The dependent scope: its id (a UUID) or its scope string.'),
    optional: schemas/* boolean */.zMY().default(false).describe('Whether users may decline this dependent scope.'),
    requires_refresh_token: schemas/* boolean */.zMY()
        .default(false)
        .describe('Whether the Action Provider needs a refresh token for this dependent scope.'),
})
    .describe('A scope the Action Provider needs tokens for when it acts for a user.');
const ScopeFieldsSchema = schemas/* strictObject */.rej({
    name: notBlank('give the scope a name users will see on the consent page').describe('Shown to users on the consent page.'),
    description: notBlank('describe what the scope allows; users see it on the consent page').describe('Shown to users on the consent page.'),
    scope_suffix: schemas/* string */.YjP()
        .regex(/^[a-z0-9_]+$/, 'use only lowercase letters, digits and underscores, for example "action_all"')
        .describe('The last part of the scope string https://auth.globus.org/scopes/<client_id>/<scope_suffix>. It identifies the scope and is never changed.'),
    dependent_scopes: schemas/* array */.YOg(DependentScopeEntrySchema)
        .superRefine(uniqueBy((d) => ((0,scope_string/* isUuid */.O1)(d.scope) ? d.scope.toLowerCase() : d.scope), 'dependent scope'))
        .default([])
        .describe('The complete list of dependent scopes; scopes not listed are removed from the scope.'),
    advertised: schemas/* boolean */.zMY().default(false).describe('Whether the scope is publicly listed.'),
    allows_refresh_token: schemas/* boolean */.zMY()
        .optional()
        .describe('Whether refresh tokens may be issued for the scope (default true).'),
    allow_refresh_tokens: schemas/* boolean */.zMY()
        .optional()
        .describe('The spelling of allows_refresh_token used by the Globus guide; same meaning.'),
    required_domains: schemas/* array */.YOg(notBlank('a domain cannot be empty'))
        .superRefine(uniqueBy((d) => d, 'domain'))
        .default([])
        .describe('Identity domains a user must have linked to consent (default none).'),
})
    .superRefine((scope, ctx) => {
    const { allows_refresh_token: sdk, allow_refresh_tokens: guide } = scope;
    if (sdk !== undefined && guide !== undefined && sdk !== guide) {
        ctx.addIssue({
            code: 'custom',
            path: ['allow_refresh_tokens'],
            message: 'allow_refresh_tokens and allows_refresh_token mean the same and disagree here; keep one of them',
        });
    }
});
const ScopeDocumentSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional().describe('The JSON Schema of this file, for editors.'),
    scope: ScopeFieldsSchema,
})
    .describe('A Globus Auth scope for an Action Provider, as the ensure-globus-scope action keeps it.');
function desiredScopeFrom(document) {
    const { allow_refresh_tokens, allows_refresh_token, ...rest } = document.scope;
    return { ...rest, allows_refresh_token: allows_refresh_token ?? allow_refresh_tokens ?? true };
}

;// CONCATENATED MODULE: ./lib/utf8.js
// Strict UTF-8: a byte that is not UTF-8 is refused and pointed at, never replaced with U+FFFD,
// since the file's text is sent to Globus as written.
/** The text of UTF-8 bytes, a leading BOM kept (the JSON reader strips it); or the first bad byte. */
function decodeUtf8(bytes) {
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    }
    catch {
        // The decoder says only that some byte is bad; find which, to point at it.
        const index = firstInvalidUtf8(bytes) ?? 0;
        return { invalid: { byte: bytes[index] ?? 0, ...bytePosition(bytes, index) } };
    }
}
/**
 * Where the first invalid UTF-8 sequence starts, by the WHATWG decoder's rules: no overlong
 * forms, no surrogates, nothing past U+10FFFF, no sequence cut short.
 */
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
/** Line and column of byte `index`, counting columns in the same UTF-16 units as text offsets. */
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
    // Everything before the first bad byte is valid UTF-8, so this decodes without loss.
    return { line, column: new TextDecoder().decode(bytes.subarray(lineStart, index)).length + 1 };
}

;// CONCATENATED MODULE: ./lib/scope-file.js
// Read, parse and validate the scope definition file into the desired scope. Every problem
// names the file, the line and column, and the field, so it can be fixed (and annotated) in place.







/** Problems shown (and annotated) at most; a file of junk would otherwise make thousands. */
const MAX_PROBLEMS = 20;
class ScopeFileError extends Error {
    name = 'ScopeFileError';
    file;
    /** The first MAX_PROBLEMS problems, in reading order. */
    problems;
    /** How many more problems there were, for the caller to say. */
    omitted;
    constructor(file, problems) {
        const shown = problems.slice(0, MAX_PROBLEMS);
        const omitted = problems.length - shown.length;
        const more = omitted > 0 ? `\n  …and ${omitted} more problem${omitted === 1 ? '' : 's'}` : '';
        super(`The scope file ${file} is not valid:\n${shown.map((p) => `  ${formatProblem(file, p)}`).join('\n')}${more}`);
        this.file = file;
        this.problems = shown;
        this.omitted = omitted;
    }
}
function formatProblem(file, problem) {
    const where = problem.line ? `${file}:${problem.line}:${problem.column ?? 1}` : file;
    return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}
const MAX_FILE_BYTES = defaults/* MAX_SCOPE_FILE_BYTES */.Hv;
async function readScopeFile({ path, display, workspace }) {
    const read = await (0,checkout_file/* readCheckoutFile */.$)(path, workspace, MAX_FILE_BYTES);
    if ('bytes' in read)
        return parseScopeBytes(read.bytes, display);
    throw new ScopeFileError(display, [{ field: '', message: refusalMessage(read) }]);
}
const INSIDE = 'scope_file must name a file inside the repository checkout';
function refusalMessage(refusal) {
    switch (refusal.reason) {
        case 'outside':
            return `is outside the repository checkout; ${INSIDE}`;
        case 'outside-through-link':
            return `leads outside the repository checkout through a symbolic link; ${INSIDE}`;
        case 'missing':
            return 'does not exist; create it (see the README) or set the scope_file input to its path relative to the repository root, and check out the repository before this step';
        case 'not-a-file':
            return 'is not a file; set scope_file to the path of the scope JSON file';
        case 'too-large':
            return `is ${refusal.size} bytes; a scope file is at most ${MAX_FILE_BYTES}`;
        case 'unreadable':
            return `cannot be read (${refusal.code})`;
    }
}
/** Parse the file's bytes: UTF-8 (a leading BOM allowed), never a replaced byte. */
function parseScopeBytes(bytes, file) {
    const decoded = decodeUtf8(bytes);
    if ('text' in decoded)
        return parseScopeFile(decoded.text, file);
    const { byte, line, column } = decoded.invalid;
    const at = `byte 0x${byte.toString(16).padStart(2, '0')} at line ${line}, column ${column}`;
    throw new ScopeFileError(file, [
        { field: '', message: `is not valid UTF-8 (${at}); save the file as UTF-8`, line, column },
    ]);
}
function parseScopeFile(text, file) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const json = parseJsonText(source);
    if ('problems' in json)
        throw new ScopeFileError(file, json.problems);
    const { tree, lines } = json;
    const parsed = ScopeDocumentSchema.safeParse(JSON.parse(source));
    if (!parsed.success) {
        const problems = parsed.error.issues.flatMap((issue) => locate(issue, tree, lines));
        // In reading order, so the list matches the file top to bottom.
        problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
        throw new ScopeFileError(file, problems);
    }
    return {
        file,
        desired: desiredScopeFrom(parsed.data),
        positionOf: (path) => position(lines, (0,main.findNodeAtLocation)(tree, path)?.offset),
    };
}
/** One problem per zod issue; an unknown key becomes one problem per key, at the key. */
function locate(issue, tree, lines) {
    const path = issue.path.filter((p) => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
        // Keys are unique by now; a map keeps thousands of unknown keys from costing n² lookups.
        const properties = new Map((0,main.findNodeAtLocation)(tree, path)?.children?.map((p) => [p.children?.[0]?.value, p]));
        return issue.keys.map((key) => {
            const property = properties.get(key);
            return {
                field: fieldName([...path, key]),
                message: `is not a known field; fix its spelling or remove it (allowed here: ${knownFields(path)})`,
                ...position(lines, property?.offset),
            };
        });
    }
    // Point at the value when there is one, else at the nearest enclosing node that exists.
    const own = (0,main.findNodeAtLocation)(tree, path);
    let node = own;
    for (let depth = path.length - 1; depth >= 0 && !node; depth--)
        node = (0,main.findNodeAtLocation)(tree, path.slice(0, depth));
    const missing = !own && issue.code === 'invalid_type';
    return [
        {
            field: fieldName(path),
            message: missing ? `is required (${issue.expected})` : issue.message,
            ...position(lines, node?.offset),
        },
    ];
}
// What each object of the document may hold, so an unknown key's error lists the right ones.
const KNOWN_FIELDS = {
    document: Object.keys(ScopeDocumentSchema.shape),
    scope: Object.keys(ScopeFieldsSchema.shape),
    dependentScope: Object.keys(DependentScopeEntrySchema.shape),
};
function knownFields(path) {
    const fields = path.length === 0 ? KNOWN_FIELDS.document : path.length === 1 ? KNOWN_FIELDS.scope : KNOWN_FIELDS.dependentScope;
    return fields.join(', ');
}


/***/ })

};
