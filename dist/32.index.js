export const id = 32;
export const ids = [32];
export const modules = {

/***/ 6032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./lib/github/node-version.js
var node_version = __webpack_require__(9414);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./lib/boot/first-lookup.js
var first_lookup = __webpack_require__(3813);
// EXTERNAL MODULE: ./lib/globus/errors.js
var errors = __webpack_require__(739);
// EXTERNAL MODULE: ./lib/globus/scope-string.js
var scope_string = __webpack_require__(8154);
// EXTERNAL MODULE: ./lib/text/field-path.js
var field_path = __webpack_require__(7683);
;// CONCATENATED MODULE: ./lib/modes/ensure/plan.js
const COMPARED_FIELDS = [
    'name',
    'description',
    'advertised',
    'allows_refresh_token',
    'required_domains',
    'dependent_scopes',
];
function planScope(desired, current) {
    if (!current) {
        return {
            action: 'create',
            drift: COMPARED_FIELDS.map((field) => ({ field, current: undefined, desired: desired[field] })),
            write: { ...desired },
        };
    }
    const drift = driftBetween(desired, current);
    if (drift.length === 0)
        return { action: 'none', drift: [] };
    const write = Object.fromEntries(drift.map((d) => [d.field, d.desired]));
    return { action: 'update', drift, write };
}
function driftBetween(desired, current) {
    return COMPARED_FIELDS.filter((field) => !sameField(field, desired[field], current[field])).map((field) => ({
        field,
        current: current[field],
        desired: desired[field],
    }));
}
function driftedFields(drift) {
    return drift.map((d) => d.field).join(', ');
}
function sameField(field, a, b) {
    if (field === 'required_domains')
        return sameSet(a, b, (d) => d.toLowerCase());
    if (field === 'dependent_scopes') {
        return dependentScopeChanges(a, b).length === 0;
    }
    return a === b;
}
function sameSet(a, b, key) {
    const keys = new Set(a.map(key));
    return a.length === b.length && keys.size === new Set(b.map(key)).size && b.every((item) => keys.has(key(item)));
}
function dependentDrift(plan) {
    return plan.drift.find((d) => d.field === 'dependent_scopes');
}
function planDependentChanges(plan) {
    const drift = dependentDrift(plan);
    if (!drift)
        return [];
    if (plan.action === 'create')
        return drift.desired.map((desired) => ({ kind: 'added', desired }));
    return dependentScopeChanges(drift.desired, drift.current ?? []);
}
function dependentScopeChanges(desired, current) {
    const id = (d) => d.scope.toLowerCase();
    const currentById = new Map(current.map((d) => [id(d), d]));
    const desiredIds = new Set(desired.map(id));
    const changes = [];
    for (const want of desired) {
        const have = currentById.get(id(want));
        if (!have)
            changes.push({ kind: 'added', desired: want });
        else if (have.optional !== want.optional || have.requires_refresh_token !== want.requires_refresh_token) {
            changes.push({ kind: 'changed', current: have, desired: want });
        }
    }
    for (const have of current)
        if (!desiredIds.has(id(have)))
            changes.push({ kind: 'removed', current: have });
    return changes;
}

;// CONCATENATED MODULE: ./lib/modes/ensure/dependent-scopes.js



const HIDDEN = ' (Globus shows a scope only to its owner, or to everyone when it is advertised)';
class UnknownDependentScopeError extends Error {
    name = 'UnknownDependentScopeError';
    problems;
    constructor(problems) {
        const lines = problems.map((p) => `  ${(0,field_path/* fieldPath */.c)(p.path)}: ${p.message}`);
        super(`Unknown dependent scope${problems.length > 1 ? 's' : ''}; nothing was changed:\n${lines.join('\n')}`);
        this.problems = problems;
    }
}
async function resolveDependentScopes(declared, known, current, auth) {
    const byString = new Map([...known.values()].map((s) => [s.scope_string, s.id.toLowerCase()]));
    const alreadyDependent = new Set(current?.dependent_scopes.map((d) => d.scope.toLowerCase()));
    const problems = [];
    const unread = [];
    const at = (index) => ['scope', 'dependent_scopes', index, 'scope'];
    const resolved = declared.map((entry, index) => {
        const id = (0,scope_string/* isUuid */.O1)(entry.scope) ? entry.scope.toLowerCase() : byString.get(entry.scope);
        if (id === undefined && !(0,scope_string/* findableByString */.Ov)(entry.scope)) {
            problems.push({
                path: at(index),
                message: `the scope string "${entry.scope}" holds a comma, which a Globus Auth lookup reads as a list of scope ` +
                    `strings, so no lookup can find it; write the scope's id instead (its owner can read it)`,
            });
        }
        else if (id === undefined) {
            problems.push({
                path: at(index),
                message: `no Globus Auth scope with the scope string "${entry.scope}" was found, or it is not visible to this client${HIDDEN}; ` +
                    `check its spelling, or write the scope's id instead (its owner can read it; a dependent scope given by id ` +
                    `is written as given), or ask its owner to advertise it`,
            });
        }
        return {
            index,
            dependent: { scope: id ?? '', optional: entry.optional, requires_refresh_token: entry.requires_refresh_token },
        };
    });
    const unchecked = resolved.filter(({ dependent }) => dependent.scope && !alreadyDependent.has(dependent.scope) && !known.has(dependent.scope));
    const kept = new Set(resolved.map(({ dependent }) => dependent.scope));
    const dropped = [...alreadyDependent].filter((id) => !kept.has(id) && !known.has(id) && (0,scope_string/* isUuid */.O1)(id));
    if (unchecked.length + dropped.length > 0) {
        const found = await auth.findScopesById([...unchecked.map(({ dependent }) => dependent.scope), ...dropped]);
        for (const scope of found)
            known.set(scope.id.toLowerCase(), scope);
        for (const { index, dependent } of unchecked) {
            if (!known.has(dependent.scope))
                unread.push({ id: dependent.scope, path: at(index) });
        }
    }
    const firstAt = new Map();
    for (const { index, dependent } of resolved) {
        if (!dependent.scope)
            continue;
        const first = firstAt.get(dependent.scope);
        if (first === undefined)
            firstAt.set(dependent.scope, index);
        else {
            problems.push({
                path: at(index),
                message: `is the same scope as scope.dependent_scopes[${first}] (id ${dependent.scope}); list it once`,
            });
        }
    }
    if (problems.length > 0)
        throw new UnknownDependentScopeError(problems.sort((a, b) => Number(a.path[2]) - Number(b.path[2])));
    return { dependents: resolved.map(({ dependent }) => dependent), unread };
}
function unreadNotice(unread, writes) {
    const one = unread.length === 1;
    const named = unread.map((u) => `${u.id} (${(0,field_path/* fieldPath */.c)(u.path)})`).join(', ');
    const [it, They] = one ? ['it', 'It is'] : ['them', 'They are'];
    return (`Globus Auth did not show ${one ? 'the dependent scope' : 'the dependent scopes'} ${named} to this client: ` +
        `${one ? 'it is' : 'they are'} not advertised, or belong${one ? 's' : ''} to another project. ` +
        (writes
            ? `${They} written and shown by id, and Globus Auth decides whether to accept ${it}.`
            : `${They} shown by id; mode ensure writes ${it} as given, and Globus Auth decides whether to accept ${it}.`));
}
async function nameDependentScopes(auth, plan, known, unread) {
    const drift = dependentDrift(plan);
    const asked = new Set(unread.map((u) => u.id));
    const listed = [...(drift?.current ?? []), ...(drift?.desired ?? [])].map((d) => d.scope.toLowerCase());
    const unnamed = listed.filter((id) => !known.has(id) && !asked.has(id));
    for (const scope of await auth.findScopesById(unnamed))
        known.set(scope.id.toLowerCase(), scope);
}

;// CONCATENATED MODULE: ./lib/modes/ensure/new-suffix.js

const SUFFIX_PATH = ['scope', 'scope_suffix'];
class NewScopeSuffixError extends Error {
    name = 'NewScopeSuffixError';
    problem;
    constructor(problem) {
        super(`scope_suffix ${problem}. Nothing was changed.`);
        this.problem = problem;
    }
}
function assertNewScopeSuffix(suffix, clientId, mode, others) {
    if (scope_string/* SCOPE_SUFFIX */.xy.test(suffix))
        return;
    const outcome = mode === 'ensure' ? 'Globus Auth would refuse the create, so it was not sent' : 'a create would be refused';
    const sameButCase = others
        .map((scope) => (0,scope_string/* suffixOf */.jT)(scope.scope_string))
        .find((other) => other?.toLowerCase() === suffix.toLowerCase());
    const advice = sameButCase
        ? `The client has a scope with the suffix ${JSON.stringify(sameButCase)}, which differs only in case: to ` +
            'manage it, write scope_suffix exactly so'
        : `For a new scope write a suffix such as ${JSON.stringify(followingTheRule(suffix))}; for an existing one, ` +
            'check that scope_suffix is written exactly as in its scope string and that client_id is the client that owns it';
    throw new NewScopeSuffixError(`${JSON.stringify(suffix)} is not the suffix of a scope of client ${clientId}, and a new scope's suffix ` +
        `may use only lowercase letters, digits and underscores: ${outcome}. ${advice}`);
}
function followingTheRule(suffix) {
    return suffix.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
}

;// CONCATENATED MODULE: ./lib/report/phrasing.js
const listed = (items) => items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const counted = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
const sentence = (text) => /^[A-Za-z0-9]*_\w*/.test(text) ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

;// CONCATENATED MODULE: ./lib/report/file-problems.js

const ANNOTATED_PROBLEMS = 9;
const annotatedProblems = (error) => error.unread ? [] : error.problems.slice(0, ANNOTATED_PROBLEMS);
function problemText(problem) {
    const where = problem.line ? `line ${problem.line}, column ${problem.column ?? 1}: ` : '';
    return `${where}${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}
const total = (error) => error.problems.length + error.omitted;
function annotatedWhere(problems) {
    const lines = [...new Set(problems.flatMap((p) => (p.line ? [p.line] : [])))].sort((a, b) => a - b);
    if (lines.length === 0)
        return 'annotated on the file';
    return `annotated at ${lines.length === 1 ? 'line' : 'lines'} ${listed(lines.map(String))}`;
}
function fileFailure(error) {
    const [only] = error.problems;
    if (error.unread && only)
        return `The scope file ${error.file} ${only.message}.`;
    const annotated = annotatedProblems(error);
    const count = counted(total(error), 'problem');
    if (annotated.length === total(error)) {
        return `The scope file ${error.file} ${error.predicate} (${count}, ${annotatedWhere(annotated)}).`;
    }
    const summary = error.omitted > 0 ? `the first ${error.problems.length}` : 'all';
    return (`The scope file ${error.file} ${error.predicate} (${count}: the first ${annotated.length} annotated at their ` +
        `lines, ${summary} listed in the job summary).`);
}
function fileFailureMarkdown(error, md) {
    const file = `The scope file ${md.code(error.file)} ${error.predicate}`;
    if (error.unread) {
        const { suggestion, advice } = error.unread;
        const meant = suggestion ? ` Did you mean ${md.code(suggestion)}?` : '';
        const then = advice ? ` ${suggestion ? `If not, ${advice}` : sentence(advice)}.` : '';
        return [`${file}.${meant}${then}`];
    }
    const shown = error.omitted > 0 ? ` (the first ${error.problems.length} here; fix them and run again for the rest)` : '';
    const annotated = annotatedProblems(error).length;
    const also = annotated === error.problems.length
        ? error.problems.length === 1
            ? 'also annotated at its line'
            : 'each also annotated at its line'
        : `the first ${annotated} also annotated at their lines`;
    return [
        `${file}: ${counted(total(error), 'problem')}${shown}, ${also}.`,
        '',
        md.fenced(error.problems.map(problemText).join('\n'), 'text'),
    ];
}

// EXTERNAL MODULE: ./lib/text/printable.js
var printable = __webpack_require__(7944);
;// CONCATENATED MODULE: ./lib/text/wrap.js
const CODE_WIDTH = 96;
const PIECE = /\\u\{[0-9a-f]+\}|\\u[0-9a-f]{4}|[\s\S]/gu;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Emoji_Presentation}\u2e80-\u303e\uff00-\uff60\uffe0-\uffe6\ufdfd]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}]/u;
function columns(text) {
    let count = 0;
    for (const char of text)
        count += WIDE.test(char) ? 2 : ZERO_WIDTH.test(char) ? 0 : 1;
    return count;
}
const BREAKS = [new Set([' ']), new Set([',', '&', '?']), new Set(['/'])];
function breakPoint(line) {
    const breaksAfter = (at, after) => after.has(line[at] ?? '') && !ZERO_WIDTH.test(line[at + 1] ?? '');
    for (const after of BREAKS) {
        for (let at = line.length - 1; at + 1 >= line.length / 2; at--)
            if (breaksAfter(at, after))
                return at + 1;
    }
    return line.length;
}
function wrap(text, width) {
    const pieces = text.match(PIECE) ?? [];
    const lines = [];
    let line = [];
    let length = 0;
    for (const piece of pieces) {
        const size = columns(piece);
        if (length + size > width && line.length > 0) {
            const cut = breakPoint(line);
            lines.push(line.slice(0, cut).join(''));
            line = line.slice(cut);
            length = line.reduce((sum, p) => sum + columns(p), 0);
        }
        line.push(piece);
        length += size;
    }
    if (line.length > 0 || lines.length === 0)
        lines.push(line.join(''));
    return lines;
}

;// CONCATENATED MODULE: ./lib/text/markdown.js


function markdown(redactor) {
    const safe = (text) => (0,printable/* printable */.g$)(redactor.redact(text));
    return {
        code: (value) => codeSpan(safe(value)),
        fenced: (text, language) => {
            const lines = (0,printable/* splitLines */.uz)(redactor.redact(text)).map(printable/* printable */.g$);
            return fencedBlock(language === 'text' ? lines.flatMap((line) => wrap(line, CODE_WIDTH)) : lines, language);
        },
        diff: (lines) => fencedBlock(lines.flatMap((line) => diffLines(line, line.value === undefined ? undefined : safe(line.value))), 'diff'),
        link: (label, url) => (SAFE_URL.test(url) ? `[${label}](${url})` : `${label} (${codeSpan(safe(url))})`),
    };
}
const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?(\/[A-Za-z0-9._~-]+)*\/?$/;
function diffLines({ marker, label }, value) {
    const head = `${marker} ${label}`;
    if (value === undefined)
        return [head.trimEnd()];
    if (columns(head) + columns(value) <= CODE_WIDTH)
        return [`${head}${value}`];
    const indent = ' '.repeat(label.length - label.trimStart().length + (label.trim() ? 2 : 0));
    const lead = `${marker} ${indent}`;
    const body = wrap(value, CODE_WIDTH - columns(lead)).map((chunk) => `${lead}${chunk}`);
    return label.trim() ? [head.trimEnd(), ...body] : body;
}
function longestRun(text, char) {
    let longest = 0;
    let run = 0;
    for (const c of text) {
        run = c === char ? run + 1 : 0;
        longest = Math.max(longest, run);
    }
    return longest;
}
function codeSpan(text) {
    if (text === '')
        return '*(empty)*';
    const fence = '`'.repeat(longestRun(text, '`') + 1);
    const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
function fencedBlock(lines, language = '') {
    const fence = '`'.repeat(Math.max(3, longestRun(lines.join('\n'), '`') + 1));
    return [`${fence}${language}`, ...lines, fence].join('\n');
}

// EXTERNAL MODULE: ./lib/globus/schemas.js
var schemas = __webpack_require__(210);
// EXTERNAL MODULE: ./lib/globus/tokens.js
var globus_tokens = __webpack_require__(6910);
;// CONCATENATED MODULE: ./lib/caller/check.js




const STEPS = ['token', 'introspection', 'dependent-tokens', 'revocation'];
const MAX_REVOKED = 2 + 2 * schemas/* LIMITS */.b1.dependentScopes;
async function checkCaller(subject, io) {
    const check = {
        ...subject,
        failure: undefined,
        audience: undefined,
        dependents: undefined,
        revoked: { caller: 0, provider: 0 },
        notRevoked: [],
        notHeld: 0,
    };
    const held = [];
    try {
        check.failure = await steps(check, io, held);
    }
    finally {
        await revokeAll(held.reverse(), io, check);
    }
    return check;
}
async function steps(check, io, held) {
    let token;
    try {
        token = await io.caller.clientCredentials(check.scopeString);
    }
    catch (error) {
        if (error instanceof globus_tokens/* UnreadGrantError */.yx)
            holdAll(check, held, 'caller', error.granted);
        const refusal = refusalOf(error);
        if (refusal && refusesCredentials(refusal))
            return { step: 'token', kind: 'caller-credentials', refusal };
        if (refusal)
            return { step: 'token', kind: 'refused', refusal };
        return noAnswer('token', error);
    }
    hold(check, held, 'caller', token);
    let seen;
    try {
        seen = await io.provider.introspect(token.token);
    }
    catch (error) {
        return noAnswer('introspection', error);
    }
    if (!seen.active)
        return { step: 'introspection', kind: 'inactive' };
    if (!seen.scopes.includes(check.scopeString))
        return { step: 'introspection', kind: 'scope', scopes: seen.scopes };
    if (seen.audience && !seen.audience.some((listed) => (0,scope_string/* sameId */.s)(listed, check.providerId))) {
        return { step: 'introspection', kind: 'audience', audience: seen.audience };
    }
    check.audience = seen.audience ? 'lists-provider' : 'not-given';
    if (check.required.length === 0) {
        check.dependents = 'none-required';
        return undefined;
    }
    const offline = check.required.some((dependent) => dependent.requiresRefreshToken);
    let tokens;
    try {
        tokens = await io.provider.dependentTokens(token.token, offline);
    }
    catch (error) {
        if (error instanceof globus_tokens/* UnreadGrantError */.yx)
            holdAll(check, held, 'provider', error.granted);
        const refusal = refusalOf(error);
        return refusal && !refusesCredentials(refusal)
            ? { step: 'dependent-tokens', kind: 'refused', refusal }
            : noAnswer('dependent-tokens', error, offline);
    }
    for (const dependent of tokens)
        hold(check, held, 'provider', dependent);
    const named = check.required.flatMap((dependent) => (dependent.scopeString ? [dependent.scopeString] : []));
    const missing = named.filter((wanted) => !tokens.some((granted) => granted.scopes.includes(wanted)));
    const unnamed = check.required.filter((dependent) => !dependent.scopeString).map((dependent) => dependent.id);
    const got = named.filter((wanted) => !missing.includes(wanted));
    const noRefresh = check.required
        .filter(({ scopeString, requiresRefreshToken }) => requiresRefreshToken && scopeString && got.includes(scopeString))
        .map(({ scopeString }) => scopeString)
        .filter((wanted) => !tokens.some((granted) => granted.scopes.includes(wanted) && granted.refreshToken));
    check.dependents = { got, unnamed, noRefresh };
    return missing.length > 0 ? { step: 'dependent-tokens', kind: 'missing', missing } : undefined;
}
function hold(check, held, holder, granted) {
    const { scopes, expiresIn } = granted;
    keep(check, held, { holder, kind: 'access', token: granted.token, scopes, expiresIn });
    if (granted.refreshToken) {
        keep(check, held, { holder, kind: 'refresh', token: granted.refreshToken, scopes, expiresIn: undefined });
    }
    holdAll(check, held, holder, granted.others);
}
function holdAll(check, held, holder, tokens) {
    for (const { token, kind } of tokens)
        keep(check, held, { holder, kind, token, scopes: [], expiresIn: undefined });
}
function keep(check, held, token) {
    if (held.length >= MAX_REVOKED)
        check.notHeld++;
    else
        held.push(token);
}
async function revokeAll(held, io, check) {
    for (const { token, ...what } of held) {
        try {
            await io[what.holder].revoke(token);
            check.revoked[what.holder]++;
        }
        catch (error) {
            if (!isGlobusFailure(error))
                throw error;
            const why = what.holder === 'caller' && error instanceof errors/* GlobusAuthError */.f5 && refusesCredentials(error)
                ? error.withAdvice((0,errors/* credentialsWhy */.FG)('', errors/* CALLER_INPUTS */.KB), true, errors/* CALLER_INPUTS */.KB).message
                : error.message;
            check.notRevoked.push({ ...what, why });
        }
    }
}
function refusesCredentials(refusal) {
    return refusal.status === 401 || refusal.code === 'invalid_client';
}
function refusalOf(error) {
    if (!(error instanceof errors/* GlobusAuthError */.f5) || error.status >= 500 || error.status === 429)
        return undefined;
    return { status: error.status, code: error.code, detail: error.detail, requestId: error.requestId };
}
function noAnswer(step, error, offline = false) {
    if (!isGlobusFailure(error))
        throw error;
    const lost = error instanceof errors/* LostWriteError */.e_ ||
        (error instanceof errors/* TransportError */.wX && !(error instanceof globus_tokens/* UnreadGrantError */.yx) && step !== 'introspection');
    return lost && step === 'dependent-tokens' && offline
        ? { step, kind: 'no-answer', message: error.message, tokenMayExist: true, refreshMayExist: true }
        : { step, kind: 'no-answer', message: error.message, tokenMayExist: lost };
}
function isGlobusFailure(error) {
    return (error instanceof errors/* GlobusAuthError */.f5 ||
        error instanceof errors/* TransportError */.wX ||
        error instanceof errors/* LostWriteError */.e_ ||
        error instanceof errors/* DeadlineError */.j3);
}

;// CONCATENATED MODULE: ./lib/report/caller.js




const TITLES = {
    token: 'token for the scope, with the caller’s credentials',
    introspection: 'introspection by the provider’s client',
    'dependent-tokens': 'dependent tokens for the provider',
    revocation: 'revocation of every token given',
};
function callerCheckStart(callerId, scopeString) {
    return `Checking that callers can use ${scopeString}, with the stand-in caller ${callerId} (caller_client_id):`;
}
function callerSteps(check, quote) {
    const failed = check.failure?.step;
    const reached = failed ? STEPS.indexOf(failed) : STEPS.length;
    return STEPS.map((step, index) => {
        const line = (result, detail) => ({
            number: index + 1,
            title: TITLES[step],
            result,
            detail,
        });
        if (step === 'revocation')
            return revocationLine(check, line);
        if (step === failed && check.failure)
            return line('failed', failedDetail(check.failure, check, quote));
        if (index > reached)
            return line('not run');
        return passedLine(step, check, quote, line);
    });
}
function passedLine(step, check, quote, line) {
    switch (step) {
        case 'token':
            return line('passed', `the stand-in caller got a token for ${quote(check.scopeString)}`);
        case 'introspection':
            return line('passed', check.audience === 'lists-provider'
                ? 'active, for the scope, with the provider’s client in its audience (aud)'
                : 'active, for the scope; Globus gave no audience (aud), so whether it lists the provider’s client is not known');
        case 'dependent-tokens': {
            const dependents = check.dependents;
            if (dependents === 'none-required' || dependents === undefined) {
                return line('not needed', 'the scope requires no dependent scope');
            }
            const unnamed = dependents.unnamed.length
                ? `; not checked: ${counted(dependents.unnamed.length, 'dependent scope')} given by id that the provider’s ` +
                    `client cannot read (${dependents.unnamed.map(quote).join(', ')})`
                : '';
            const got = dependents.got.length
                ? `a token for each required dependent scope: ${dependents.got.map(quote).join(', ')}`
                : 'no dependent scope could be named';
            const noRefresh = dependents.noRefresh.length
                ? `; no refresh token came for ${dependents.noRefresh.map(quote).join(', ')}, though the file says it ` +
                    'requires one (requires_refresh_token): whether Globus gives one on a client’s own token is unverified, ' +
                    'but without one the provider cannot act for callers once the access token expires'
                : '';
            return line('passed', `${got}${unnamed}${noRefresh}`);
        }
    }
}
function failedDetail(failure, check, quote) {
    switch (failure.kind) {
        case 'caller-credentials':
            return `Globus Auth refused caller_client_id/caller_client_secret (${answered(failure.refusal, quote)})`;
        case 'refused':
            return failure.step === 'token'
                ? `Globus Auth refused the stand-in caller a token (${answered(failure.refusal, quote)})`
                : `Globus Auth refused the exchange (${answered(failure.refusal, quote)})`;
        case 'inactive':
            return 'Globus Auth says the token is not active';
        case 'scope':
            return `active, but its scopes (${caller_listed(failure.scopes, quote)}) do not include the scope`;
        case 'audience':
            return `its audience (aud: ${caller_listed(failure.audience, quote)}) does not list the provider’s client ${quote(check.providerId)}`;
        case 'missing':
            return `no token came for ${failure.missing.map(quote).join(', ')}`;
        case 'no-answer':
            return 'no usable answer (below)';
    }
}
function revocationLine(check, line) {
    const revoked = check.revoked.caller + check.revoked.provider;
    const missed = check.notRevoked.length + check.notHeld;
    if (revoked + missed === 0)
        return line('nothing to revoke');
    const by = `${check.revoked.caller} by the caller, ${check.revoked.provider} by the provider`;
    if (missed === 0)
        return line('passed', `${counted(revoked, 'token')} revoked (${by})`);
    return line('some not revoked', `${counted(missed, 'token')} not revoked (the warnings say which); ${revoked} revoked (${by})`);
}
function callerLogLines(check) {
    return callerSteps(check, (value) => value).map(({ number, title, result, detail }) => `  ${number}. ${sentence(title)}: ${result}${detail ? `: ${detail}` : ''}.`);
}
const ICONS = { passed: ' ✅', failed: ' ❌', 'some not revoked': ' ⚠️' };
function callerFacts(run, md) {
    if (run.kind === 'not-checked')
        return ['- Caller check: run by `mode: verify` only'];
    const { check } = run;
    const verdict = check.failure ? `failed at step ${STEPS.indexOf(check.failure.step) + 1} ❌` : 'passed ✅';
    return [
        `- Caller check with the stand-in caller ${md.code(check.callerId)}: ${verdict} (${counted(run.requests, 'request')})`,
        ...callerSteps(check, md.code).map(({ number, title, result, detail }) => `  - Step ${number}, ${title}: ${result}${ICONS[result] ?? ''}${detail ? `: ${detail}` : ''}`),
    ];
}
function callerFailureText(check, failure, scopeFile, quote) {
    const scope = quote(check.scopeString);
    const atStep = (step) => `at step ${STEPS.indexOf(step) + 1} of the caller check (${TITLES[step]})`;
    switch (failure.kind) {
        case 'caller-credentials':
            return (`Check caller_client_id and caller_client_secret: Globus Auth refused the stand-in caller’s id and secret ` +
                `${atStep('token')}: ${(0,errors/* credentialsWayOut */.oT)(errors/* CALLER_INPUTS */.KB)}.${(0,errors/* credentialsWhy */.FG)('', errors/* CALLER_INPUTS */.KB)} Globus Auth answered ${answered(failure.refusal, quote)}.`);
        case 'refused': {
            if (failure.step === 'token') {
                const cause = check.advertised
                    ? 'The scope is advertised, so the likely cause is the stand-in caller’s client itself: it must be a ' +
                        'confidential client or service account with a secret (caller_client_secret).'
                    : `The scope is not advertised, and a client outside the provider’s project may not be granted it ` +
                        `(whether Globus grants it is unverified): set "advertised": true in ${quote(scopeFile)} and run ` +
                        'mode: ensure, or register the stand-in caller in the provider’s project. Else check caller_client_secret.';
                return (`Callers may not get a token for ${scope}: Globus Auth refused the stand-in caller ${quote(check.callerId)} ` +
                    `a token for it ${atStep('token')}, answering ${answered(failure.refusal, quote)}. ${cause}`);
            }
            return (`The provider could not get dependent tokens on a caller’s behalf: Globus Auth refused to exchange the ` +
                `stand-in caller’s token with the provider’s credentials (client_id) ${atStep('dependent-tokens')}, ` +
                `answering ${answered(failure.refusal, quote)}. Whether Globus exchanges a client’s own token (a client ` +
                'identity’s, as the stand-in caller’s is) is unverified, so a user’s token may still be exchanged: check the ' +
                `dependent scopes in ${quote(scopeFile)}, and if they are right, leave caller_client_id and ` +
                'caller_client_secret out of this step until a user’s token is tried by hand.');
        }
        case 'inactive':
            return (`The provider’s client cannot read callers’ tokens: introspecting the stand-in caller’s token for ${scope} ` +
                `with the provider’s credentials (client_id) ${atStep('introspection')}, Globus Auth answered that it is not ` +
                'active. Globus answers so for a token that is not valid for the client asking: run again, and if it persists, ' +
                'check in the Globus web app that client_id is the client the scope belongs to.');
        case 'scope':
            return (`Callers’ tokens would not pass the provider’s check: introspecting the stand-in caller’s token ` +
                `${atStep('introspection')}, Globus Auth lists its scopes as ${caller_listed(failure.scopes, quote)}, without ` +
                `${scope}. A provider compares these with its scope (action-provider-tools does): run again, and if it ` +
                'persists, compare the scope string callers ask for with the scope itself.');
        case 'audience':
            return (`Callers’ tokens do not name the provider’s client as their audience: introspecting the stand-in caller’s ` +
                `token for ${scope} ${atStep('introspection')}, Globus Auth gave aud ${caller_listed(failure.audience, quote)}, ` +
                `without the provider’s client ${quote(check.providerId)}. A provider that requires its own client id in ` +
                'aud would refuse every caller: have it check the token’s scopes instead, as action-provider-tools does.');
        case 'missing':
            return `${failure.missing.map((missing) => missingText(missing, quote)).join(' ')} The exchange ${atStep('dependent-tokens')} gave no token for ${failure.missing.length === 1 ? 'it' : 'them'}, though the scope depends on ${failure.missing.length === 1 ? 'it' : 'them'}: the dependent scope’s owner may not let the provider’s client act with it on callers’ behalf. Check it in the Globus web app, or mark it "optional": true in ${quote(scopeFile)} if the provider works without it.`;
        case 'no-answer': {
            const lost = failure.refreshMayExist
                ? ' Tokens Globus Auth may have granted there, refresh tokens among them (access_type=offline), could not be ' +
                    'revoked: an access token expires on its own, a refresh token stays valid until it is revoked, and only the ' +
                    'provider’s client holds them.'
                : failure.tokenMayExist
                    ? ' A token Globus Auth may have granted there could not be revoked: it expires on its own.'
                    : '';
            return `The caller check could not finish ${atStep(failure.step)}: ${quotedSentence(failure.message, quote)}${lost}`;
        }
    }
}
function missingText(scopeString, quote) {
    return scopeString === scope_string/* GROUPS_SCOPE_STRING */.w
        ? 'The provider could not get a Groups token for its callers, so group-based policies would never match.'
        : `The provider could not get a token for ${quote(scopeString)} for its callers.`;
}
function notRevokedText(missed, quote) {
    const whose = missed.holder === 'caller' ? 'The stand-in caller’s' : 'The provider’s dependent';
    const what = missed.kind === 'refresh' ? 'refresh token' : 'token';
    const forWhat = missed.scopes.length ? ` for ${missed.scopes.map(quote).join(' ')}` : '';
    const expiry = missed.kind === 'refresh'
        ? 'A refresh token stays valid until it is revoked; only the provider’s client holds it.'
        : `It expires on its own${missed.expiresIn === undefined ? '' : ` within ${hours(missed.expiresIn)}`}; only ${missed.holder === 'caller' ? 'the stand-in caller' : 'the provider’s client'} holds it.`;
    return `${whose} ${what}${forWhat} from the caller check could not be revoked: ${quotedSentence(missed.why, quote)} ${expiry}`;
}
function notHeldText(count) {
    return (`${counted(count, 'more token')} that Globus Auth gave during the caller check ${count === 1 ? 'was' : 'were'} not ` +
        `revoked: the check revokes at most ${MAX_REVOKED}, and an answer held more than the scope’s dependent scopes ` +
        'account for. An access token expires on its own; a refresh token stays valid until it is revoked.');
}
function callerSwappedText(callerId) {
    return (`If client_id and caller_client_id are swapped, do not run ensure: it would create the scope on the ` +
        `stand-in caller’s client. client_id must be the Action Provider’s client, and caller_client_id ` +
        `(${callerId}) the stand-in caller’s.`);
}
function callerNotCheckedText(mode) {
    return (`caller_client_id and caller_client_secret are used in mode: verify only: the caller check runs once the scope ` +
        `matches the file, and ${mode} may still change it. Run verify with them.`);
}
function answered(refusal, quote) {
    const code = refusal.code ? ` ${quote(refusal.code)}` : '';
    const id = refusal.requestId ? ` (request id ${quote(refusal.requestId)})` : '';
    const detail = refusal.detail === refusal.code ? '' : `: ${quote(refusal.detail)}`;
    return `${refusal.status}${code}${detail}${id}`;
}
function quotedSentence(message, quote) {
    const text = quote(message.replace(/\.$/, ''));
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
function caller_listed(values, quote) {
    return values.length ? values.map(quote).join(', ') : 'nothing';
}
function hours(seconds) {
    return seconds < 3600 ? counted(Math.ceil(seconds / 60), 'minute') : counted(Math.ceil(seconds / 3600), 'hour');
}

;// CONCATENATED MODULE: ./lib/report/diff.js


const nameOf = (dep, knownScopes) => knownScopes.get(dep.scope.toLowerCase())?.scope_string ?? dep.scope;
function dependentLines(marker, dep, knownScopes) {
    return [
        { marker, label: '  ', value: JSON.stringify(nameOf(dep, knownScopes)) },
        { marker, label: `    optional: ${dep.optional}, requires_refresh_token: ${dep.requires_refresh_token}` },
    ];
}
function planDiff(plan, knownScopes) {
    const lines = [];
    for (const drift of plan.drift) {
        if (drift.field !== 'dependent_scopes') {
            if (drift.current !== undefined)
                lines.push(fieldLine('-', drift.field, drift.current));
            lines.push(fieldLine('+', drift.field, drift.desired));
            continue;
        }
        const changes = planDependentChanges(plan);
        if (changes.length === 0) {
            lines.push(fieldLine('+', drift.field, []));
            continue;
        }
        lines.push({ marker: ' ', label: 'dependent_scopes:' });
        for (const change of changes) {
            if (change.kind !== 'added')
                lines.push(...dependentLines('-', change.current, knownScopes));
            if (change.kind !== 'removed')
                lines.push(...dependentLines('+', change.desired, knownScopes));
        }
    }
    return lines;
}
function fieldLine(marker, field, value) {
    return { marker, label: `${field}: `, value: JSON.stringify(value) };
}
function unchangedLines(plan, desired, knownScopes) {
    if (plan.action !== 'update')
        return [];
    const drifted = new Set(plan.drift.map((d) => d.field));
    const lines = [];
    for (const field of COMPARED_FIELDS) {
        if (field !== 'dependent_scopes') {
            if (!drifted.has(field))
                lines.push(fieldLine(' ', field, desired[field]));
            continue;
        }
        const changes = planDependentChanges(plan);
        const changed = new Set(changes.flatMap((c) => (c.kind === 'removed' ? [] : [c.desired.scope.toLowerCase()])));
        const kept = desired.dependent_scopes.filter((dep) => !changed.has(dep.scope.toLowerCase()));
        if (kept.length === 0) {
            if (!drifted.has(field))
                lines.push(fieldLine(' ', field, []));
            continue;
        }
        lines.push({ marker: ' ', label: 'dependent_scopes:' });
        for (const dep of kept)
            lines.push(...dependentLines(' ', dep, knownScopes));
    }
    return lines;
}
function changeCount(plan) {
    if (plan.action === 'none')
        return undefined;
    const fields = plan.drift.filter((d) => d.field !== 'dependent_scopes').length;
    const changes = planDependentChanges(plan);
    if (plan.action === 'create') {
        return { total: 'new scope', parts: `${counted(fields, 'field')}, ${counted(changes.length, 'dependent scope')}` };
    }
    const parts = fields > 0 ? [counted(fields, 'field')] : [];
    let named = false;
    for (const kind of ['added', 'changed', 'removed']) {
        const n = changes.filter((c) => c.kind === kind).length;
        if (n === 0)
            continue;
        parts.push(named ? `${n} ${kind}` : `${counted(n, 'dependent scope')} ${kind}`);
        named = true;
    }
    return { total: counted(fields + changes.length, 'change'), parts: parts.join(', ') };
}
const countText = (count) => `${count.total}: ${count.parts}`;
function legend(lines, quote) {
    const parts = [];
    if (lines.some((line) => line.marker === '-'))
        parts.push(`${quote('-')} in Globus Auth now`);
    if (lines.some((line) => line.marker === '+'))
        parts.push(`${quote('+')} in the scope file`);
    return parts.length > 0 ? parts.join(', ') : undefined;
}
function diffText(lines) {
    return lines.map(({ marker, label, value }) => `${marker} ${label}${value ?? ''}`.trimEnd());
}

;// CONCATENATED MODULE: ./lib/report/github-limits.js
const MAX_SUMMARY_BYTES = 512 * 1024;
const MAX_COMMENT_CHARS = 60_000;
function bounded(text, maxBytes = MAX_SUMMARY_BYTES) {
    if (Buffer.byteLength(text) <= maxBytes)
        return text;
    const kept = [];
    let bytes = 0;
    let fence;
    for (const line of text.split('\n')) {
        bytes += Buffer.byteLength(line) + 1;
        if (bytes > maxBytes - 100)
            break;
        kept.push(line);
        const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (!marker)
            continue;
        if (!fence)
            fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length)) {
            fence = undefined;
        }
    }
    if (fence)
        kept.push(fence);
    return `${kept.join('\n')}\n\n*(truncated)*\n`;
}

;// CONCATENATED MODULE: ./lib/modes/ensure/consent.js

function changesNeedingConsent(plan) {
    if (plan.action !== 'update')
        return [];
    return planDependentChanges(plan).flatMap((change) => {
        if (change.kind === 'added')
            return [{ dependent: change.desired, reasons: ['added'] }];
        if (change.kind !== 'changed')
            return [];
        const reasons = [];
        if (change.current.optional && !change.desired.optional)
            reasons.push('now required');
        if (!change.current.requires_refresh_token && change.desired.requires_refresh_token) {
            reasons.push('now requires a refresh token');
        }
        return reasons.length > 0 ? [{ dependent: change.desired, reasons }] : [];
    });
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var classic_schemas = __webpack_require__(8816);
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
// EXTERNAL MODULE: ./lib/text/duration.js
var duration = __webpack_require__(4783);
// EXTERNAL MODULE: ./lib/text/excerpt.js
var excerpt = __webpack_require__(9730);
;// CONCATENATED MODULE: ./lib/provider/description.js









function whyText(why, quote = (value) => value) {
    return `${why.why}${why.shown ? ` (${why.shown.label}${quote(why.shown.value)})` : ''}`;
}
class ProviderCheckError extends Error {
    name = 'ProviderCheckError';
    failure;
    constructor(failure) {
        super(`the Action Provider check failed (${failure.kind})`);
        this.failure = failure;
    }
}
const DescriptionSchema = classic_schemas/* object */.Ikc({ globus_auth_scope: schemas/* ScopeStringSchema */.VY });
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
            why = whyText(read);
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
    if (status >= 500)
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
    const parsed = DescriptionSchema.safeParse(json, { error: schemas/* answerIssueMessage */.xy });
    if (parsed.success)
        return { kind: 'scope', advertised: parsed.data.globus_auth_scope };
    const issue = parsed.error.issues[0];
    return {
        kind: 'final',
        why: `advertises a globus_auth_scope that is not a scope string (${issue ? (0,schemas/* answerProblem */.mr)(issue) : 'no detail'})`,
    };
}

;// CONCATENATED MODULE: ./lib/text/difference.js
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
function codePoint(character) {
    const code = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    const script = SCRIPTS.find(({ pattern }) => pattern.test(character))?.name;
    return script ? `U+${code}, ${script}` : `U+${code}`;
}

;// CONCATENATED MODULE: ./lib/report/lines.js









const HEADLINES = {
    created: 'created',
    updated: 'updated',
    unchanged: 'matches the file',
    'would-create': 'does not exist yet',
    'would-update': 'differs from the file',
};
const SECOND_SCOPE_HEADLINES = {
    created: 'created as a second scope for this client',
    'would-create': 'does not exist yet and would be a second scope for this client',
};
const headline = (result) => (result.otherScopes.length > 0 && SECOND_SCOPE_HEADLINES[result.status]) || HEADLINES[result.status];
function resultLines(result) {
    const id = result.scope ? ` (id ${result.scope.id})` : '';
    const count = changeCount(result.plan);
    const changes = count ? ` (${countText(count)})` : '';
    const lines = [`Scope ${(0,printable/* printable */.g$)(result.scopeString)}${id} ${headline(result)}${changes}.`];
    const diff = planDiff(result.plan, result.knownScopes);
    const key = legend(diff, (marker) => marker);
    if (key)
        lines.push(`  (${key})`);
    lines.push(...diffText(diff).map((line) => `  ${line}`));
    if (result.variants.length > 0) {
        const variants = result.variants.map((v) => `${(0,printable/* printable */.g$)(v.scope_string)} (id ${(0,printable/* printable */.g$)(v.id)})`);
        lines.push(variantsNotice((0,printable/* printable */.g$)(result.scopeString), variants));
    }
    const consent = consentItems(result).map(({ name, why }) => `${(0,printable/* printable */.g$)(name)} (${why})`);
    if (consent.length > 0)
        lines.push(consentNotice(consent, result));
    return lines;
}
function consentItems(result) {
    return changesNeedingConsent(result.plan).map((change) => ({
        name: nameOf(change.dependent, result.knownScopes),
        why: change.reasons.join(', '),
    }));
}
function consentNotice(items, result) {
    const when = result.status.startsWith('would-') ? 'Once this is applied, existing' : 'Existing';
    return (`${when} consents do not cover ${items.join(', ')}: users and flows must consent again ` +
        '(Globus Flows runs that use this Action Provider wait until they do).');
}
const SECOND_SCOPE_MEANS = 'A new scope_suffix makes a new scope with a new scope string, not a renamed one: the provider’s ' +
    'globus_auth_scope, flows and users must move to it (with new consents), and the old scope stays until it is ' +
    'deleted by hand. To change the existing scope instead, put its scope_suffix back in the file.';
function secondScopeSentence(result, quote) {
    const others = result.otherScopes.map((s) => quote(s.scope_string));
    const has = others.length === 1 ? `the scope ${others.join('')}` : `its ${others.length} scopes ${others.join(', ')}`;
    const doer = result.status === 'created'
        ? 'This run created'
        : `${quote('mode: ensure')} ${result.mode === 'plan' ? 'will' : 'would'} create`;
    return `${doer} a second scope for the client, ${quote(result.scopeString)}, beside ${has}.`;
}
function providerText(check, wanted) {
    switch (check.kind) {
        case 'verified':
            return `The Action Provider at ${check.url} advertises ${check.advertised} (${counted(check.reads, 'read')}).`;
        case 'not-checked':
            return `provider_url is checked in mode: verify only: the provider is deployed after ${check.mode}. Run verify after the deploy.`;
        case 'failed':
            return providerFailure(check.url.toString(), wanted, check.failure, (value) => value, JSON.stringify);
    }
}
function providerFailure(url, wanted, failure, quote, quoteCharacter = quote) {
    const at = `the Action Provider at ${quote(url)}`;
    const rollout = 'If a rollout is still under way, give it more time with timeout_seconds.';
    const redeploy = `Set the provider's globus_auth_scope to ${quote(wanted)} and deploy it again`;
    const source = "It takes its scope from its deployment's configuration (the globus_auth_scope of its description; in " +
        'action-provider-tools, the ActionProviderDescription it is built with).';
    switch (failure.kind) {
        case 'other-scope':
            return (`${redeploy}: ${at} advertises ${quote(failure.advertised)}, another scope of this client (after ` +
                `${counted(failure.reads, 'read')} in ${(0,duration/* seconds */.Y)(failure.ms)}). ${source} ${rollout}`);
        case 'not-own-scope':
            return (`${redeploy}: ${at} advertises ${quote(failure.advertised)}, which is no scope of this client` +
                `${differenceText(failure.advertised, wanted, quoteCharacter)}. ${source}`);
        case 'unreadable':
            return (`Check that the provider is deployed and that the runner reaches it: ${at} could not be read: it ` +
                `${whyText(failure, quote)} (after ${counted(failure.reads, 'read')} in ${(0,duration/* seconds */.Y)(failure.ms)}). ${rollout}`);
        case 'refused':
            return `${failure.fix ? `${failure.fix} ` : ''}${sentence(at)} ${whyText(failure, quote)}.`;
    }
}
function differenceText(advertised, wanted, quote) {
    const difference = firstDifference(advertised, wanted);
    if (!difference)
        return '';
    const { at, given, wanted: expected, alsoAt } = difference;
    const named = (character) => isAscii(given) && isAscii(expected) ? quote(character) : `${quote(character)} (${codePoint(character)})`;
    const also = alsoAt.length > 0 ? `; also at character${alsoAt.length > 1 ? 's' : ''} ${alsoAt.join(', ')}` : '';
    if (given === undefined)
        return `: it ends after character ${at - 1}, where the scope string goes on with ${named(expected ?? '')}`;
    if (expected === undefined)
        return `: it goes on at character ${at} with ${named(given)}, where the scope string ends`;
    return `: at character ${at} it has ${named(given)} where the scope string has ${named(expected)}${also}`;
}
function variantsNotice(chosen, variants) {
    return (`Globus Auth also holds ${variants.join(', ')} with the same scope suffix (one per registered domain ` +
        `of the client); this action keeps only ${chosen} as the file says and leaves the others as they are.`);
}
const COMMENT_LINES = {
    created: 'Commented the plan on the pull request.',
    updated: 'Updated the plan comment on the pull request.',
    unchanged: 'The plan comment on the pull request already shows this plan.',
    'not-needed': 'Did not comment on the pull request: it changes nothing in the scope, and no earlier plan comment needs updating.',
};
const GROUPS_WARNING = `The scope does not depend on Globus Groups (${scope_string/* GROUPS_SCOPE_STRING */.w}). ` +
    'Without it the Action Provider cannot read a caller’s groups, so group-based runnable_by and monitor_by policies never match. ' +
    'Add it to dependent_scopes unless the provider uses no group policies.';
function verifyAdvice(result, scopeFile, scopeString, mode) {
    return result.status === 'would-create'
        ? `Run this action with ${mode} to create the scope ${scopeString}: it does not exist yet`
        : `Run this action with ${mode} to update the scope ${scopeString}: it differs from ${scopeFile} in ` +
            driftedFields(result.plan.drift);
}
function verifyFailure(result, scopeFile) {
    const advice = verifyAdvice(result, scopeFile, result.scopeString, 'mode: ensure');
    return result.status === 'would-create'
        ? `${advice}.`
        : `${advice}; the log above and the job summary show each change.`;
}

;// CONCATENATED MODULE: ./lib/report/summary.js







const PLAN_TITLES = {
    'would-create': 'will be created',
    'would-update': 'will change',
};
const SECOND_SCOPE_TITLES = {
    plan: { 'would-create': 'a second scope will be created' },
    verify: { 'would-create': 'a second scope, not created yet' },
    ensure: { created: 'a second scope was created' },
};
function resultTitle(result, titles) {
    const second = result.otherScopes.length > 0 ? SECOND_SCOPE_TITLES[result.mode][result.status] : undefined;
    return second ?? titles[result.status] ?? HEADLINES[result.status];
}
function renderSummary(input, redactor) {
    const md = markdown(redactor);
    const { result, error } = input;
    const icon = error ? '❌' : input.skipped ? '⏭️' : result?.status.startsWith('would-') ? '📝' : '✅';
    const plan = result?.mode === 'plan';
    const callerFailed = input.caller?.kind === 'checked' && input.caller.check.failure !== undefined;
    const title = input.provider?.kind === 'failed'
        ? callerFailed
            ? 'the caller check and the deployed Action Provider fail'
            : 'the deployed Action Provider fails the check'
        : callerFailed
            ? 'the caller check fails'
            : result
                ? resultTitle(result, plan ? PLAN_TITLES : {})
                : input.refused
                    ? 'the client id and secret were refused'
                    : error
                        ? 'failed'
                        : input.skipped
                            ? 'skipped'
                            : '';
    const parts = [`## ${icon} Globus Auth scope: ${title}`, '', ...lead(input, md), ''];
    if (result)
        parts.push(...resultSection(result, md, !error));
    parts.push(...facts(input, md));
    return bounded(`${parts.join('\n')}\n`);
}
function lead(input, md) {
    const { result, error } = input;
    if (input.skipped)
        return [input.skipped];
    const caller = input.caller?.kind === 'checked' ? input.caller.check : undefined;
    const gates = [
        ...(caller?.failure ? [callerFailureText(caller, caller.failure, input.scopeFile, md.code)] : []),
        ...(result && input.provider?.kind === 'failed'
            ? [providerFailure(input.provider.url.toString(), result.scopeString, input.provider.failure, md.code)]
            : []),
    ];
    if (result && gates.length > 0)
        return gates.flatMap((text, index) => (index ? ['', text] : [text]));
    if (result && error) {
        return [`${verifyAdvice(result, md.code(input.scopeFile), md.code(result.scopeString), '`mode: ensure`')}.`];
    }
    if (result && result.otherScopes.length > 0)
        return [secondScopeSentence(result, md.code)];
    if (input.fileError)
        return fileFailureMarkdown(input.fileError, md);
    if (input.refused)
        return [input.refused.words, '', ...folded('What Globus Auth answered', md.fenced(input.refused.detail, 'text'))];
    if (error)
        return [md.fenced(error, 'text')];
    return result ? [leadOf(result, md.code(input.scopeFile))] : [];
}
function leadOf(result, file) {
    const ensure = '`mode: ensure`';
    switch (result.status) {
        case 'created':
            return `The scope was created as ${file} declares it.`;
        case 'updated':
            return `The scope was updated to match ${file}.`;
        case 'unchanged':
            return `The scope matches ${file}: nothing to change.`;
        case 'would-create':
            return `The scope does not exist yet: ${ensure} will create it as ${file} declares it.`;
        case 'would-update':
            return `The scope differs from ${file}: ${ensure} will change it as below.`;
    }
}
function facts(input, md) {
    const { result } = input;
    const scopeString = result?.scopeString ?? input.scopeString;
    const mode = result?.mode ?? input.mode;
    const requests = counted(input.requests, 'request');
    const lines = [];
    if (scopeString)
        lines.push(`- Scope ${md.code(scopeString)}${result?.scope ? `, id ${md.code(result.scope.id)}` : ''}`);
    lines.push(`- ${mode ? `Mode ${md.code(mode)}, scope` : 'Scope'} file ${md.code(input.scopeFile)}`);
    lines.push(input.authUrl ? `- Globus Auth ${md.code(input.authUrl)}: ${requests}` : '- Globus Auth not reached');
    if (input.provider)
        lines.push(`- Action Provider ${providerFact(input.provider, md)}`);
    if (input.caller)
        lines.push(...callerFacts(input.caller, md));
    return lines;
}
function resultSection(result, md, named) {
    const parts = [];
    if (result.otherScopes.length > 0) {
        const warning = named ? SECOND_SCOPE_MEANS : `${secondScopeSentence(result, md.code)} ${SECOND_SCOPE_MEANS}`;
        parts.push(`> [!WARNING]\n> ${warning}`, '');
    }
    const count = changeCount(result.plan);
    if (count) {
        const diff = planDiff(result.plan, result.knownScopes);
        parts.push(`**${sentence(count.total)}:** ${count.parts}`, '');
        const key = legend(diff, md.code);
        if (key)
            parts.push(`${key}:`, '');
        parts.push(md.diff(diff), '');
        const unchanged = unchangedLines(result.plan, result.desired, result.knownScopes);
        if (unchanged.length > 0) {
            parts.push(...folded('What stays as it is', md.diff(unchanged)), '');
        }
    }
    const consent = consentItems(result).map(({ name, why }) => `${md.code(name)} (${why})`);
    if (consent.length > 0)
        parts.push(`> [!IMPORTANT]\n> ${consentNotice(consent, result)}`, '');
    if (result.variants.length > 0) {
        const variants = result.variants.map((v) => md.code(v.scope_string));
        parts.push(`> [!NOTE]\n> ${variantsNotice(md.code(result.scopeString), variants)}`, '');
    }
    if (result.missingGroups)
        parts.push(`> [!WARNING]\n> ${GROUPS_WARNING}`, '');
    return parts;
}
const folded = (title, block) => [`<details><summary>${title}</summary>`, '', block, '', '</details>'];
function providerFact(check, md) {
    const at = md.code(check.url.toString());
    if (check.kind === 'verified')
        return `${at} advertises ${md.code(check.advertised)} ✅`;
    if (check.kind === 'failed')
        return `${at} does not advertise this scope ❌`;
    return `${at}: checked by \`mode: verify\` only`;
}
const COMMENT_TITLES = {
    ...PLAN_TITLES,
    unchanged: 'nothing to change',
};
const COMMENT_LEADS = {
    'would-create': 'will be created',
    'would-update': 'will change as below',
    unchanged: 'stays as it is',
};
function pushLine(push, md) {
    const commit = push.commit ? ` at commit ${md.code(push.commit.slice(0, 7))}` : '';
    const run = push.runUrl ? ` by ${md.link('this workflow run', push.runUrl)}` : '';
    return commit || run ? [`Planned${commit}${run}.`, ''] : [];
}
function renderPlanComment(result, push, redactor) {
    const md = markdown(redactor);
    const first = result.otherScopes.length > 0
        ? secondScopeSentence(result, md.code)
        : `${md.code(result.scopeString)} ${COMMENT_LEADS[result.status] ?? HEADLINES[result.status]} when this is merged and \`mode: ensure\` runs.`;
    const head = [
        `### Globus Auth scope plan: ${resultTitle(result, COMMENT_TITLES)}`,
        '',
        first,
        '',
        ...pushLine(push, md),
    ];
    const text = `${[...head, ...resultSection(result, md, true)].join('\n').trimEnd()}\n`;
    if (text.length <= MAX_COMMENT_CHARS)
        return text;
    return [
        ...head,
        `The differences are too long for a comment (${text.length} characters): they are in the job summary of this run.`,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/scope-file/problems.js
var scope_file_problems = __webpack_require__(9021);
;// CONCATENATED MODULE: ./lib/flow/ending.js







function failedOutcome(error, context, redactor, scopeFile) {
    const problems = fileProblems(error, scopeFile);
    const refused = error instanceof errors/* GlobusAuthError */.f5 && error.refusal ? { words: error.refusal, detail: error.answer } : undefined;
    const failure = problems
        ? fileFailure(problems)
        : (refused?.words ?? (error instanceof Error ? error.message : String(error)));
    return {
        log: refused ? [refused.detail] : [],
        debug: error instanceof Error && error.stack ? [error.stack] : [],
        annotations: problems ? annotationsOf(problems) : [],
        outputs: { status: 'failed', scope_string: context.scopeString ?? '', scope_id: '' },
        comment: undefined,
        summary: renderSummary({
            ...context,
            result: undefined,
            error: failure,
            ...(problems ? { fileError: problems } : {}),
            ...(refused ? { refused } : {}),
        }, redactor),
        failure,
    };
}
function skippedOutcome(scopeFile, redactor) {
    const why = 'Skipped: this pull request gets no secrets or variables (a pull request from a fork, or from Dependabot), ' +
        'so client_id and client_secret are empty and the plan cannot be made here. It is made for a pull ' +
        'request from a branch of this repository: a maintainer can push the change to one and open it there.';
    return {
        log: [],
        debug: [],
        annotations: [{ level: 'notice', message: why, title: 'Globus Auth scope plan skipped' }],
        outputs: { status: 'skipped', scope_string: '', scope_id: '' },
        comment: undefined,
        summary: renderSummary({ result: undefined, error: undefined, skipped: why, mode: 'plan', scopeFile, authUrl: undefined, requests: 0 }, redactor),
        failure: undefined,
    };
}
function fileProblems(error, scopeFile) {
    if (error instanceof scope_file_problems/* ScopeFileError */.f)
        return error;
    if (error instanceof UnknownDependentScopeError && scopeFile) {
        const problems = error.problems.map((p) => ({
            field: (0,field_path/* fieldPath */.c)(p.path),
            message: p.message,
            ...scopeFile.positionOf(p.path),
        }));
        const what = problems.length === 1 ? 'a dependent scope' : 'dependent scopes';
        return new scope_file_problems/* ScopeFileError */.f(scopeFile.file, problems, `names ${what} Globus Auth did not find; nothing was changed`);
    }
    if (error instanceof NewScopeSuffixError && scopeFile) {
        const problem = { field: (0,field_path/* fieldPath */.c)(SUFFIX_PATH), message: error.problem, ...scopeFile.positionOf(SUFFIX_PATH) };
        return new scope_file_problems/* ScopeFileError */.f(scopeFile.file, [problem], 'names a scope_suffix a new scope cannot have; nothing was changed');
    }
    return undefined;
}
function annotationsOf(error) {
    return annotatedProblems(error).map((problem) => ({
        level: 'error',
        message: `${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
        title: 'Invalid scope file',
        file: error.file,
        ...(problem.line ? { line: problem.line, column: problem.column } : {}),
    }));
}

// EXTERNAL MODULE: ./lib/globus/client.js + 2 modules
var client = __webpack_require__(5927);
;// CONCATENATED MODULE: ./lib/modes/ensure/groups.js

function leavesOutGroups(declared, resolved, found) {
    const groups = found.find((scope) => scope.scope_string === scope_string/* GROUPS_SCOPE_STRING */.w);
    if (groups)
        return !resolved.some((dependent) => (0,scope_string/* sameId */.s)(dependent.scope, groups.id));
    return !declared.some((dependent) => dependent.scope === scope_string/* GROUPS_SCOPE_STRING */.w);
}

;// CONCATENATED MODULE: ./lib/modes/ensure/scope-choice.js

function chooseScope(scopes, want) {
    const expected = want.expected ?? (0,scope_string/* scopeStringFor */.Vq)(want.clientId, want.suffix);
    const rank = (scope) => scope.scope_string === expected ? 0 : isClientForm(scope.scope_string, want.clientId, want.suffix) ? 1 : 2;
    const ranked = scopes
        .filter((scope) => (0,scope_string/* hasSuffix */.gs)(scope.scope_string, want.suffix))
        .sort((a, b) => rank(a) - rank(b) || byText(a.scope_string, b.scope_string) || byText(a.id, b.id));
    const [chosen, ...variants] = ranked;
    return { chosen, variants };
}
function isClientForm(scopeString, clientId, suffix) {
    const [, client, rest] = /^https?:\/\/[^/?#]+\/scopes\/([^/]+)\/(.+)$/i.exec(scopeString) ?? [];
    return client !== undefined && (0,scope_string/* sameId */.s)(client, clientId) && rest === suffix;
}
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
class CreateAnswerError extends Error {
    name = 'CreateAnswerError';
}
function chooseCreated(scopes, want) {
    const { chosen, variants } = chooseScope(scopes, want);
    if (chosen)
        return { chosen, variants };
    throw new CreateAnswerError(`Globus Auth answered the create of the scope suffix "${want.suffix}" with ${described(scopes)}, ` +
        'so the action takes no scope of that answer for its own. Look at the ' +
        `scopes of client ${want.clientId} in Globus Auth before running again.`);
}
const MAX_NAMED = 5;
const MAX_CHARS = 200;
function described(scopes) {
    if (scopes.length === 0)
        return 'no scope at all';
    const quote = (text) => JSON.stringify(text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text);
    const named = scopes.slice(0, MAX_NAMED).map((s) => `${quote(s.scope_string)} (id ${quote(s.id)})`);
    const more = scopes.length > MAX_NAMED ? ` and ${scopes.length - MAX_NAMED} more` : '';
    return `${named.join(', ')}${more}, none of which has that suffix`;
}

;// CONCATENATED MODULE: ./lib/modes/ensure/own-scope.js



async function findOwnScope(auth, target, want) {
    const byString = (await auth.findScopesByString([target])).filter(isOwn(auth));
    const { chosen } = chooseScope(byString, want);
    return chosen ? { scope: (0,client/* ownScope */.T$)(chosen), variants: [], others: [] } : findInClientScopes(auth, want);
}
async function findInClientScopes(auth, want) {
    const own = (await auth.findScopesById(await auth.getClientScopeIds())).filter(isOwn(auth));
    const { chosen, variants } = chooseScope(own, want);
    const same = new Set([chosen, ...variants].map((scope) => scope?.id.toLowerCase()));
    return {
        scope: chosen && (0,client/* ownScope */.T$)(chosen),
        variants,
        others: own.filter((scope) => !same.has(scope.id.toLowerCase())),
    };
}
async function advertisedScope(auth, want, scopeString) {
    const named = (0,scope_string/* clientNamedIn */.CY)(scopeString);
    if (named !== undefined && !(0,scope_string/* sameId */.s)(named, auth.clientId))
        return 'not-own';
    const found = await auth.findScopesByString([scopeString]);
    const own = found.find((scope) => scope.whole !== undefined && (0,scope_string/* sameId */.s)(scope.whole.client, auth.clientId) && scope.scope_string === scopeString);
    if (!own)
        return 'not-own';
    return (0,scope_string/* hasSuffix */.gs)(own.scope_string, want.suffix) ? 'this-scope' : 'another-scope';
}
const isOwn = (auth) => (scope) => (0,client/* mayBeOwn */.Zw)(scope, auth.clientId);

;// CONCATENATED MODULE: ./lib/modes/ensure/read-back-drift.js

const collapsed = (text) => text.replace(/\s+/g, ' ').trim();
const STORED_FORMS = [
    ['whitespace', collapsed],
    ['Unicode normalisation (NFC)', (text) => text.normalize('NFC')],
    ['Unicode normalisation (NFKC)', (text) => text.normalize('NFKC')],
    ['whitespace and Unicode normalisation (NFKC)', (text) => collapsed(text.normalize('NFKC'))],
];
function storedFormOf(sent, kept) {
    return STORED_FORMS.find(([, form]) => form(sent) === form(kept))?.[0];
}
function readBackDrift(drift, redactor) {
    const clauses = drift.map((d) => {
        const { desired: sent, current: kept } = d;
        if (typeof sent !== 'string' || typeof kept !== 'string') {
            return {
                text: `${d.field}: sent ${(0,excerpt/* excerpt */.Kb)(JSON.stringify(sent), redactor)}, Globus Auth keeps ${(0,excerpt/* excerpt */.Kb)(JSON.stringify(kept) ?? 'nothing', redactor)}`,
                stored: false,
            };
        }
        const [shownSent, shownKept] = (0,excerpt/* quotedDifference */.Iu)(sent, kept, redactor);
        const form = storedFormOf(sent, kept);
        const which = form && form !== 'whitespace' ? `, ${codePoints(sent, kept)}` : '';
        const why = form
            ? ` (they differ only in ${form}${which}: Globus Auth stores the ${d.field} that way; write it so in the scope file, or every run will write it again)`
            : '';
        return { text: `${d.field}: sent ${shownSent}, Globus Auth keeps ${shownKept}${why}`, stored: form !== undefined };
    });
    return { text: clauses.map((c) => c.text).join('; '), onlyStoredForms: clauses.every((c) => c.stored) };
}
const MAX_CODE_POINTS = 8;
function codePoints(sent, kept) {
    const [a, b] = [[...sent], [...kept]];
    let start = 0;
    while (start < a.length && a[start] === b[start])
        start++;
    let end = 0;
    while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end))
        end++;
    const named = (chars) => {
        const middle = chars.slice(start, chars.length - end);
        const shown = middle
            .slice(0, MAX_CODE_POINTS)
            .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
        return (shown.join(' ') || 'nothing') + (middle.length > MAX_CODE_POINTS ? ' …' : '');
    };
    return `${named(a)} sent, ${named(b)} kept`;
}

;// CONCATENATED MODULE: ./lib/modes/ensure/ensure.js










class VerificationError extends Error {
    name = 'VerificationError';
}
class CreateRefusedError extends Error {
    name = 'CreateRefusedError';
}
const MAX_WRITE_ROUNDS = 3;
async function ensureScope(auth, declared, mode, log) {
    const want = { clientId: auth.clientId, suffix: declared.scope_suffix };
    const target = (0,scope_string/* scopeStringFor */.Vq)(auth.clientId, declared.scope_suffix);
    const declaredScopes = declared.dependent_scopes.map((d) => d.scope);
    const strings = (0,scope_string/* firstLookupStrings */.v2)(auth.clientId, declared.scope_suffix, declaredScopes, auth.authUrl);
    const found = await auth.findScopesByString(strings);
    const knownScopes = new Map(found.map((s) => [s.id.toLowerCase(), s]));
    const hostTarget = (0,scope_string/* hostScopeStringFor */.Tq)(auth.clientId, declared.scope_suffix, auth.authUrl);
    const own = found.find((s) => s.scope_string === target) ?? found.find((s) => s.scope_string === hostTarget);
    if (own)
        assertOwned(own, auth.clientId);
    let located = { scope: own && (0,client/* ownScope */.T$)(own), variants: [], others: [] };
    if (!located.scope)
        located = await findInClientScopes(auth, want);
    const current = located.scope;
    if (current)
        assertOwned(current, auth.clientId);
    const { dependents, unread } = await resolveDependentScopes(declared.dependent_scopes, knownScopes, current, auth);
    const desired = { ...declared, dependent_scopes: dependents };
    const plan = planScope(desired, current);
    if (plan.action === 'create')
        assertNewScopeSuffix(declared.scope_suffix, auth.clientId, mode, located.others);
    if (unread.length > 0)
        log.notice?.(unreadNotice(unread, mode === 'ensure'));
    const base = {
        mode,
        desired,
        knownScopes,
        missingGroups: leavesOutGroups(declared.dependent_scopes, desired.dependent_scopes, found),
    };
    const result = (status, plan, at) => ({
        ...base,
        status,
        plan,
        scope: at.scope,
        scopeString: at.scope?.scope_string ?? target,
        variants: at.variants,
        otherScopes: status === 'would-create' || status === 'created' ? located.others : [],
    });
    if (mode !== 'ensure' && plan.action !== 'none') {
        await nameDependentScopes(auth, plan, knownScopes, unread);
        return result(plan.action === 'create' ? 'would-create' : 'would-update', plan, located);
    }
    if (plan.action !== 'create') {
        return bringInLine(auth, desired, located, result, log);
    }
    const created = await createOrFind(auth, plan.write, target, want, log);
    if (created.kind === 'found') {
        return bringInLine(auth, desired, created, result, log);
    }
    const acknowledged = { scope: created.scope, acknowledged: true, fresh: undefined };
    const scope = await verify(auth, desired, 'create', acknowledged, log);
    return result('created', plan, { ...created, scope });
}
async function bringInLine(auth, desired, existing, result, log) {
    const plan = planScope(desired, existing.scope);
    if (plan.action !== 'update')
        return result('unchanged', plan, existing);
    const scope = await verify(auth, desired, 'update', await update(auth, existing.scope, plan.write, log), log);
    return result('updated', plan, { ...existing, scope });
}
async function verify(auth, desired, action, first, log) {
    let written = first;
    for (let round = 1;; round++) {
        const readBack = written.fresh ?? (await auth.getScope(written.scope.id));
        assertOwned(readBack, auth.clientId);
        const drift = driftBetween(desired, readBack);
        if (drift.length === 0)
            return readBack;
        const kept = readBackDrift(drift, auth.redactor);
        if (written.acknowledged) {
            throw new VerificationError(`Globus Auth accepted the ${action} of ${readBack.scope_string} (id ${readBack.id}), but reading it back ` +
                `shows other values than were written: ${kept.text}. Nothing else was changed` +
                (kept.onlyStoredForms
                    ? '.'
                    : '; run again, and if it persists, compare the scope file with the scope in Globus Auth.'));
        }
        if (round >= MAX_WRITE_ROUNDS) {
            throw new VerificationError(`The scope ${readBack.scope_string} still differs from the file after ${round} writes whose answers ` +
                `were lost: ${kept.text}; run again.`);
        }
        const next = planScope(desired, readBack);
        if (next.action === 'update')
            written = await update(auth, readBack, next.write, log);
    }
}
async function update(auth, scope, write, log) {
    try {
        await auth.updateScope(scope.id, write);
        return { scope, acknowledged: true, fresh: undefined };
    }
    catch (error) {
        if (!(error instanceof errors/* LostWriteError */.e_))
            throw error;
        log.info(`${error.message}; reading the scope again before deciding`);
        return { scope, acknowledged: false, fresh: undefined };
    }
}
async function createOrFind(auth, write, target, want, log) {
    for (let round = 1;; round++) {
        let failure;
        try {
            const { chosen, variants } = chooseCreated(await auth.createScope(write), want);
            return { kind: 'created', scope: chosen, variants, others: [] };
        }
        catch (error) {
            if (!unsettled(error))
                throw error;
            failure = error;
        }
        log.info(`${failure.message.replace(/\.$/, '')}; looking the scope up before deciding (another run may have created it)`);
        const existing = await findOwnScope(auth, target, want);
        if (existing.scope) {
            log.info(`Found ${existing.scope.scope_string} (id ${existing.scope.id}); going on from it`);
            return { kind: 'found', ...existing, scope: existing.scope };
        }
        if (!(failure instanceof errors/* LostWriteError */.e_)) {
            throw new CreateRefusedError(`${failure.message} No scope of client ${auth.clientId} has the suffix "${write.scope_suffix}" ` +
                '(looked up by scope string and through the client’s own scopes), so nothing was created.');
        }
        if (round >= MAX_WRITE_ROUNDS)
            throw failure;
        log.info('The scope does not exist; sending the create again');
    }
}
function unsettled(error) {
    if (error instanceof errors/* GlobusAuthError */.f5)
        return !(0,errors/* isRefusal */.vu)(error);
    return error instanceof errors/* LostWriteError */.e_ || error instanceof errors/* TransportError */.wX;
}
function assertOwned(scope, clientId) {
    if (scope.client !== undefined && !(0,scope_string/* sameId */.s)(scope.client, clientId)) {
        throw new VerificationError(`The scope ${scope.scope_string} (id ${scope.id}) belongs to client ${scope.client}, not to ${clientId}. ` +
            'Pass the credentials of the client that owns it, or choose another scope_suffix.');
    }
}

;// CONCATENATED MODULE: ./lib/text/committed-json.js

function committedJson(value) {
    const text = JSON.stringify(value, null, 2).replace(printable/* UNPRINTABLE */.bX, (char) => char === '\n'
        ? char
        : [...Array(char.length).keys()].map((i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
    return `${text}\n`;
}

;// CONCATENATED MODULE: ./lib/modes/export/export.js



function exportable(exported) {
    return exported.filter((e) => e.text !== undefined);
}
function onlyExported(exported) {
    const ready = exportable(exported);
    return ready.length === 1 ? ready[0] : undefined;
}
async function exportScopes(auth) {
    const ids = await auth.getClientScopeIds();
    const own = (await auth.findScopesById(ids)).filter((s) => (0,client/* mayBeOwn */.Zw)(s, auth.clientId)).map(client/* ownScope */.T$);
    const dependentIds = own.flatMap((s) => s.dependent_scopes.map((d) => d.scope));
    const named = new Map((await auth.findScopesById(dependentIds))
        .filter((s) => (0,scope_string/* findableByString */.Ov)(s.scope_string))
        .map((s) => [s.id.toLowerCase(), s.scope_string]));
    return own
        .sort((a, b) => a.scope_string.localeCompare(b.scope_string))
        .map((scope) => {
        const missingGroups = !scope.dependent_scopes.some((d) => named.get(d.scope.toLowerCase()) === scope_string/* GROUPS_SCOPE_STRING */.w);
        const suffix = (0,scope_string/* suffixOf */.jT)(scope.scope_string);
        if (!suffix) {
            return { scope, text: undefined, problem: 'its scope string does not end in a scope suffix', missingGroups };
        }
        const document = {
            scope: {
                name: scope.name,
                description: scope.description,
                scope_suffix: suffix,
                dependent_scopes: scope.dependent_scopes.map((d) => ({
                    scope: named.get(d.scope.toLowerCase()) ?? d.scope,
                    optional: d.optional,
                    requires_refresh_token: d.requires_refresh_token,
                })),
                advertised: scope.advertised,
                allows_refresh_token: scope.allows_refresh_token,
                required_domains: scope.required_domains,
            },
        };
        return { scope, text: committedJson(document), problem: undefined, missingGroups };
    });
}

// EXTERNAL MODULE: ./lib/scope-file/checkout-file.js
var checkout_file = __webpack_require__(672);
;// CONCATENATED MODULE: ./lib/modes/export/write.js


async function writeExport(exported, location, redactor) {
    const only = onlyExported(exported)?.text;
    if (only === undefined) {
        const count = exportable(exported).length;
        return count === 0 ? { kind: 'none' } : { kind: 'several', count };
    }
    if (redactor.redact(only) !== only) {
        return {
            kind: 'refused',
            why: 'Globus Auth answered with text that holds this client’s credentials (a name or description echoing them); fix the scope in Globus Auth, then export again',
        };
    }
    const written = await (0,checkout_file/* writeNewCheckoutFile */.q)(location.path, location.workspace, only);
    if ('written' in written)
        return { kind: 'written' };
    switch (written.reason) {
        case 'exists':
            return { kind: 'exists' };
        case 'outside':
            return { kind: 'refused', why: 'its folder is outside the repository checkout' };
        case 'in-git':
            return {
                kind: 'refused',
                why: 'it would be inside Git’s own folder (.git, or the one a .git file names); set scope_file to a path in the repository',
            };
        case 'no-folder':
            return {
                kind: 'refused',
                why: 'its folder does not exist; create it, or set scope_file to a path in an existing folder',
            };
        default:
            return { kind: 'refused', why: `it cannot be written (${written.code})` };
    }
}

;// CONCATENATED MODULE: ./lib/report/export.js





function verdictText(verdict, file, path) {
    switch (verdict.kind) {
        case 'written':
            return (`Wrote ${file} into the workspace on the runner (${path}); it is not committed. Upload it as an ` +
                'artifact (examples/adopt-existing-scope.yml does), download it from the run, commit it and open a ' +
                'pull request: its plan should say there is nothing to change.');
        case 'exists':
            return `Did not write ${file}: it exists, and export never overwrites a file. Compare it with the scope file below.`;
        case 'several':
            return `Did not write ${file}: the client has ${verdict.count} scopes. Copy the one this repository keeps from the job summary.`;
        case 'none':
            return `Did not write ${file}: the client has no scope to export.`;
        case 'refused':
            return `Did not write ${file}: ${verdict.why}.`;
    }
}
function shownWhole(exported) {
    let bytes = 0;
    for (const [index, { text }] of exported.entries()) {
        bytes += Buffer.byteLength(text ?? '') + 200;
        if (bytes > MAX_SUMMARY_BYTES / 2)
            return index;
    }
    return exported.length;
}
const leftOut = (count) => `The scope files of the last ${counted(count, 'scope')} are left out here: together they are too long for the log and the job summary (each scope is listed above with its id).`;
function exportLogLines(exported, verdict, file, path) {
    const lines = [`The client has ${counted(exported.length, 'scope')}.`];
    const whole = shownWhole(exported);
    exported.forEach(({ scope, text, problem }, index) => {
        lines.push(`Scope ${(0,printable/* printable */.g$)(scope.scope_string)} (id ${scope.id})${problem ? `: not exported, ${problem}` : ':'}`);
        if (text && index < whole)
            lines.push(...text
                .trimEnd()
                .split('\n')
                .map((line) => `  ${(0,printable/* printable */.g$)(line)}`));
    });
    if (whole < exported.length)
        lines.push(leftOut(exported.length - whole));
    lines.push(verdictText(verdict, file, (0,printable/* printable */.g$)(path)));
    return lines;
}
function renderExportSummary(exported, verdict, file, path, redactor) {
    const md = markdown(redactor);
    const parts = ['## 📤 Globus Auth scope: exported', '', verdictText(verdict, md.code(file), md.code(path))];
    const whole = shownWhole(exported);
    exported.forEach(({ scope, text, problem, missingGroups }, index) => {
        parts.push('', `### ${md.code(scope.scope_string)}`, '', `Scope id ${md.code(scope.id)}.`);
        if (missingGroups && index < whole)
            parts.push('', `> [!WARNING]\n> ${GROUPS_WARNING}`);
        if (problem)
            parts.push('', `Not exported: ${problem}.`);
        else if (index < whole)
            parts.push('', md.fenced((text ?? '').trimEnd(), 'json'));
    });
    if (whole < exported.length)
        parts.push('', leftOut(exported.length - whole));
    return bounded(`${parts.join('\n')}\n`);
}

// EXTERNAL MODULE: ./lib/scope-file/read.js + 5 modules
var read = __webpack_require__(6927);
;// CONCATENATED MODULE: ./lib/flow/caller-gate.js


async function checkCallers(settings, result, io) {
    const caller = settings.caller;
    if (!caller)
        return undefined;
    if (result.mode !== 'verify')
        return { kind: 'not-checked', mode: result.mode };
    if (result.status !== 'unchanged' || !result.scope)
        return undefined;
    const before = io.auth.requestCount;
    const required = await requiredDependents(result, io.auth);
    io.log.info(callerCheckStart(caller.clientId, result.scopeString));
    const check = await checkCaller({
        scopeString: result.scopeString,
        callerId: caller.clientId,
        providerId: settings.clientId,
        advertised: result.scope.advertised,
        required,
    }, { caller: io.auth.asClient(caller.clientId, caller.clientSecret), provider: io.auth.tokens });
    for (const line of callerLogLines(check))
        io.log.info(line);
    return { kind: 'checked', check, requests: io.auth.requestCount - before };
}
async function requiredDependents(result, auth) {
    const required = result.desired.dependent_scopes.filter((dependent) => !dependent.optional);
    const unnamed = required.map((d) => d.scope.toLowerCase()).filter((id) => !result.knownScopes.has(id));
    if (unnamed.length > 0) {
        for (const scope of await auth.findScopesById(unnamed))
            result.knownScopes.set(scope.id.toLowerCase(), scope);
    }
    return required.map((dependent) => ({
        id: dependent.scope,
        scopeString: result.knownScopes.get(dependent.scope.toLowerCase())?.scope_string,
        requiresRefreshToken: dependent.requires_refresh_token,
    }));
}

;// CONCATENATED MODULE: ./lib/flow/provider-gate.js


async function checkDeployedProvider(settings, result, io) {
    const url = settings.providerUrl;
    if (!url)
        return undefined;
    if (result.mode !== 'verify')
        return { kind: 'not-checked', url, mode: result.mode };
    if (result.status !== 'unchanged')
        return undefined;
    if (!io.provider)
        throw new Error('provider_url is set, but nothing was given to read the provider with');
    const want = { clientId: settings.clientId, suffix: result.desired.scope_suffix };
    const asked = new Map();
    const judge = (advertised) => {
        const known = asked.get(advertised) ?? advertisedScope(io.auth, want, advertised);
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

;// CONCATENATED MODULE: ./lib/flow/execute.js












async function execute(settings, io) {
    const context = {
        mode: settings.mode,
        scopeFile: settings.scopeFile.display,
        authUrl: settings.authUrl,
        requests: 0,
    };
    const failed = (error, known = {}, file) => failedOutcome(error, { ...context, ...known, requests: io.auth.requestCount }, io.redactor, file);
    if (settings.mode === 'export')
        return executeExport(settings, io).catch((error) => failed(error));
    let file;
    try {
        file = await (io.readScopeFile ?? read/* readScopeFile */.$h)(settings.scopeFile);
        return await executeScope(settings, settings.mode, file, io);
    }
    catch (error) {
        const scopeString = file ? (0,scope_string/* scopeStringFor */.Vq)(settings.clientId, file.desired.scope_suffix) : '';
        return failed(error, { scopeString }, file);
    }
}
async function executeScope(settings, mode, file, io) {
    io.log.info(globusAuthLine(settings));
    const result = await ensureScope(io.auth, file.desired, mode, io.log);
    for (const line of resultLines(result))
        io.log.info(line);
    const caller = await checkCallers(settings, result, io);
    const provider = await checkDeployedProvider(settings, result, io);
    const scopeFile = settings.scopeFile.display;
    const annotations = [];
    if (result.missingGroups)
        annotations.push(groupsWarning(GROUPS_WARNING, scopeFile));
    if (result.otherScopes.length > 0) {
        const message = `${secondScopeSentence(result, (value) => value)} ${SECOND_SCOPE_MEANS}`;
        annotations.push({ level: 'warning', message, title: 'A second scope for this client', file: scopeFile });
    }
    if (provider?.kind === 'not-checked') {
        const message = providerText(provider, result.scopeString);
        annotations.push({ level: 'notice', message, title: 'provider_url not checked' });
    }
    if (caller?.kind === 'not-checked') {
        const message = callerNotCheckedText(caller.mode);
        annotations.push({ level: 'notice', message, title: 'caller_client_id not used' });
    }
    const checked = caller?.kind === 'checked' ? caller.check : undefined;
    for (const missed of checked?.notRevoked ?? []) {
        const message = notRevokedText(missed, (value) => value);
        annotations.push({ level: 'warning', message, title: 'Caller check: a token not revoked' });
    }
    if (checked?.notHeld) {
        annotations.push({
            level: 'warning',
            message: notHeldText(checked.notHeld),
            title: 'Caller check: tokens not revoked',
        });
    }
    const callerFailure = checked?.failure && callerFailureText(checked, checked.failure, scopeFile, (value) => value);
    const providerFailure = provider?.kind === 'failed' ? providerText(provider, result.scopeString) : undefined;
    const swapped = settings.caller && result.status === 'would-create' ? callerSwappedText(settings.caller.clientId) : '';
    const failure = mode === 'verify' && result.status !== 'unchanged'
        ? [verifyFailure(result, scopeFile), swapped].filter(Boolean).join(' ')
        : [callerFailure, providerFailure].filter(Boolean).join(' ') || undefined;
    return {
        log: provider?.kind === 'verified' ? [providerText(provider, result.scopeString)] : [],
        debug: [],
        annotations,
        outputs: {
            status: provider?.kind === 'failed' || checked?.failure ? 'failed' : result.status,
            scope_string: result.scopeString,
            scope_id: result.scope?.id ?? '',
            ...(provider?.kind === 'verified' ? { provider_scope: provider.advertised } : {}),
            ...(checked ? { caller_check: checked.failure ? 'failed' : 'passed' } : {}),
        },
        comment: mode === 'plan'
            ? {
                scope: { authUrl: settings.authUrl, clientId: settings.clientId, scopeSuffix: file.desired.scope_suffix },
                body: renderPlanComment(result, io.push ?? {}, io.redactor),
                hasChanges: result.plan.action !== 'none',
            }
            : undefined,
        summary: renderSummary({
            result,
            error: failure,
            mode,
            scopeFile,
            authUrl: settings.authUrl,
            requests: io.auth.requestCount,
            provider,
            caller,
        }, io.redactor),
        failure,
    };
}
async function executeExport(settings, io) {
    io.log.info(globusAuthLine(settings));
    const exported = await exportScopes(io.auth);
    const verdict = await writeExport(exported, settings.scopeFile, io.redactor);
    const only = onlyExported(exported)?.scope;
    const { display, path } = settings.scopeFile;
    return {
        log: exportLogLines(exported, verdict, display, path),
        debug: [],
        annotations: exported
            .filter((e) => e.missingGroups)
            .map(({ scope }) => groupsWarning(`${scope.scope_string}: ${GROUPS_WARNING}`)),
        outputs: {
            status: 'exported',
            scope_string: only?.scope_string ?? '',
            scope_id: only?.id ?? '',
            scope_file_written: verdict.kind === 'written' ? 'true' : 'false',
        },
        comment: undefined,
        summary: renderExportSummary(exported, verdict, display, path, io.redactor),
        failure: undefined,
    };
}
function groupsWarning(message, file) {
    return { level: 'warning', message, title: 'No Globus Groups dependent scope', ...(file ? { file } : {}) };
}
function globusAuthLine(settings) {
    return `Globus Auth at ${settings.authUrl} (from ${settings.authUrlSource}); mode ${settings.mode}`;
}

// EXTERNAL MODULE: ./lib/globus/basic.js
var basic = __webpack_require__(6900);
// EXTERNAL MODULE: ./lib/globus/environments.js
var environments = __webpack_require__(6154);
// EXTERNAL MODULE: ./lib/globus/proxy.js
var proxy = __webpack_require__(8186);
;// CONCATENATED MODULE: ./lib/globus/dispatcher.js



function dispatcherFor(authUrl, connectTimeoutMs, env = process.env) {
    const url = new URL(authUrl);
    const unsafe = (0,environments/* unsafeBaseUrlReason */.D0)(url);
    if (unsafe)
        throw new Error(`No dispatcher for the Globus Auth URL ${url.origin}: ${unsafe}`);
    const connect = connectTimeoutMs === undefined ? {} : { connect: { timeout: Math.max(1, connectTimeoutMs) } };
    return url.protocol === 'https:' ? new undici.EnvHttpProxyAgent({ ...(0,proxy/* proxySettings */.E)(env), ...connect }) : new undici.Agent(connect);
}

// EXTERNAL MODULE: ./lib/settings/defaults.js
var defaults = __webpack_require__(4215);
// EXTERNAL MODULE: ./lib/settings/input.js
var settings_input = __webpack_require__(829);
// EXTERNAL MODULE: ./lib/settings/settings.js + 1 modules
var settings_settings = __webpack_require__(8982);
;// CONCATENATED MODULE: ./lib/text/log.js

const COMMAND_START = /^\s*::/;
const LEGACY_COMMAND = /##(?=\[)|##(?=vso\[)/g;
const unlegacy = (text) => text.replace(LEGACY_COMMAND, '#\\u0023');
function logLine(line, redactor) {
    const text = unlegacy((0,printable/* printable */.g$)(redactor.redact(line)));
    return COMMAND_START.test(text) ? `» ${text.trimStart()}` : text;
}
function logLines(text, redactor) {
    return (0,printable/* splitLines */.uz)(redactor.redact(text)).map((line) => logLine(line, redactor));
}
function commandMessage(text, redactor) {
    return (0,printable/* splitLines */.uz)(redactor.redact(text))
        .map((line) => unlegacy((0,printable/* printable */.g$)(line)))
        .join('\n');
}

// EXTERNAL MODULE: ./lib/text/redact.js
var redact = __webpack_require__(1814);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/github/event-file.js

const MAX_EVENT_BYTES = 16 * 1024 * 1024;
function eventFileProblem(path) {
    const read = readEvent(path);
    return 'problem' in read ? read.problem : undefined;
}
function readEventFile(path) {
    const read = readEvent(path);
    if (!('text' in read))
        return undefined;
    try {
        return JSON.parse(read.text);
    }
    catch {
        return undefined;
    }
}
function readEvent(path) {
    if (!path)
        return { none: true };
    if (/[\p{Cc}\p{Zl}\p{Zp}]/u.test(path))
        return { problem: 'GITHUB_EVENT_PATH holds a control character or a line break' };
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        return unreadable(error);
    }
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            return { problem: 'GITHUB_EVENT_PATH is not a regular file' };
        if (info.size > MAX_EVENT_BYTES)
            return { problem: `GITHUB_EVENT_PATH is larger than ${MAX_EVENT_BYTES} bytes` };
        return { text: (0,external_node_fs_.readFileSync)(fd, 'utf8') };
    }
    catch (error) {
        return unreadable(error);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const unreadable = (error) => ({
    problem: `GITHUB_EVENT_PATH cannot be read (${error.code ?? 'error'})`,
});

;// CONCATENATED MODULE: ./lib/github/comment.js




const COMMENT_TIMEOUT_SECONDS = 30;
async function commentPlan(outcome, request, settings, redactor, deadline) {
    if (!settings.githubToken)
        return;
    const warn = (message) => {
        outcome.annotations.push({ level: 'warning', message });
    };
    const api = githubApiProblem(process.env.GITHUB_API_URL);
    if (api)
        return warn(`Did not comment the plan: GITHUB_API_URL ${api}, so the github_token is not sent. The plan is in the job summary.`);
    const event = eventFileProblem(process.env.GITHUB_EVENT_PATH);
    if (event)
        return warn(`Did not comment the plan: ${event}. The plan is in the job summary.`);
    try {
        const { commentMarker, pullRequestComments, upsertPlanComment } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(604)]).then(__webpack_require__.bind(__webpack_require__, 604));
        const timeoutMs = Math.min(COMMENT_TIMEOUT_SECONDS * 1000, deadline - Date.now());
        if (timeoutMs < 1000)
            return warn(commentFailureAdvice(undefined, 'the time limit (timeout_seconds) ran out'));
        const comments = pullRequestComments(settings.githubToken, timeoutMs);
        if (!comments)
            return;
        const result = await upsertPlanComment(comments, commentMarker(request.scope), request.body, request.hasChanges);
        if (result === 'identity-unknown') {
            return warn('Did not comment the plan: GitHub would not say which identity the github_token is, so no earlier ' +
                'plan comment can be known to be this action’s. The plan is in the job summary.');
        }
        outcome.log.push(COMMENT_LINES[result]);
    }
    catch (error) {
        const status = error?.status;
        const detail = (0,excerpt/* excerpt */.Kb)(error instanceof Error ? error.message : String(error), redactor);
        warn(commentFailureAdvice(typeof status === 'number' ? status : undefined, detail));
    }
}
function commentFailureAdvice(status, detail) {
    if (status === 403 || status === 401) {
        return (`Could not comment the plan on the pull request (${status}: ${detail}). Give the job ` +
            '`permissions: pull-requests: write`; pull requests from forks get a read-only token, so there ' +
            'the plan is only in the job summary.');
    }
    if (status !== undefined && status >= 300 && status < 400 && status !== 304) {
        return (`Could not comment the plan on the pull request: GitHub answered ${status}, a redirect, which this ` +
            'action does not follow with the github_token. Check GITHUB_API_URL. The plan is in the job summary.');
    }
    if (status === 404) {
        return `Could not comment the plan on the pull request (404: ${detail}): the github_token input cannot see this repository's pull requests.`;
    }
    return `Could not comment the plan on the pull request: ${detail}. The plan is in the job summary.`;
}
function githubApiProblem(value) {
    if (!value)
        return undefined;
    if (!URL.canParse(value))
        return 'is not a URL';
    const url = new URL(value);
    const reason = (0,environments/* unsafeBaseUrlReason */.D0)(url);
    return reason && `(${url.protocol}//${url.host}) is refused: ${reason}`;
}

;// CONCATENATED MODULE: ./lib/github/push.js

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const REPOSITORY = /^[A-Za-z0-9-]+\/(?!\.\.?$)[A-Za-z0-9._-]+$/;
const RUN_ID = /^[0-9]{1,20}$/;
const HOST = /^[a-z0-9.-]+$/;
function pushOf(env, event) {
    const head = event?.pull_request?.head?.sha;
    const sha = (typeof head === 'string' ? head : (env.GITHUB_SHA ?? '')).toLowerCase();
    const server = serverOrigin(env.GITHUB_SERVER_URL ?? '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        ...(SHA.test(sha) ? { commit: sha } : {}),
        ...(server && REPOSITORY.test(repository) && RUN_ID.test(runId)
            ? { runUrl: `${server}/${repository}/actions/runs/${runId}` }
            : {}),
    };
}
function serverOrigin(text) {
    try {
        const url = new URL(text);
        const plain = !url.username && !url.password && !url.search && !url.hash && url.pathname === '/';
        return url.protocol === 'https:' && plain && HOST.test(url.hostname) ? url.origin : undefined;
    }
    catch {
        return undefined;
    }
}
function readPush(env) {
    return pushOf(env, readEventFile(env.GITHUB_EVENT_PATH));
}

;// CONCATENATED MODULE: ./lib/text/output.js

function outputValue(value, redactor) {
    return (0,printable/* printable */.g$)(redactor.redact(value)).replace(/\t/g, '\\u0009');
}

;// CONCATENATED MODULE: ./lib/github/render.js



const ANNOTATE = { error: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm };
async function render(outcome, redactor) {
    for (const line of outcome.log)
        for (const safe of logLines(line, redactor))
            core/* info */.pq(safe);
    for (const text of outcome.debug)
        core/* debug */.Yz(commandMessage(text, redactor));
    for (const { level, message, ...where } of outcome.annotations) {
        const properties = {
            ...(where.title ? { title: where.title } : {}),
            ...(where.file ? { file: where.file } : {}),
            ...(where.line ? { startLine: where.line, startColumn: where.column } : {}),
        };
        ANNOTATE[level](commandMessage(message, redactor), properties);
    }
    for (const [name, value] of Object.entries(outcome.outputs))
        core/* setOutput */.uH(name, outputValue(value, redactor));
    if (outcome.failure)
        core/* setFailed */.C1(commandMessage(outcome.failure, redactor));
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await core/* summary */.z.addRaw(outcome.summary).write();
    }
    catch (error) {
        core/* warning */.$e(commandMessage(`Could not write the job summary: ${String(error)}`, redactor));
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/github/transcript-file.js


const TRANSCRIPT_VARIABLE = 'ENSURE_GLOBUS_SCOPE_TRANSCRIPT';
function transcriptFile(env, warn) {
    const path = env[TRANSCRIPT_VARIABLE];
    return path ? transcriptWriter(path, warn) : undefined;
}
function transcriptWriter(path, warn) {
    let fd;
    return (exchange) => {
        if (fd === 'failed')
            return;
        try {
            fd ??= openTranscript(path);
            (0,external_node_fs_.writeSync)(fd, `${JSON.stringify(exchange)}\n`);
        }
        catch (error) {
            fd = 'failed';
            const why = error instanceof Error ? error.message : String(error);
            warn(`Could not write the transcript (${TRANSCRIPT_VARIABLE}) to ${path}: ${why}. The run goes on without it.`);
        }
    };
}
function openTranscript(path) {
    makeFolder((0,external_node_path_.dirname)(path));
    const flags = external_node_fs_.constants.O_WRONLY |
        external_node_fs_.constants.O_APPEND |
        external_node_fs_.constants.O_CREAT |
        (external_node_fs_.constants.O_NONBLOCK ?? 0) |
        (external_node_fs_.constants.O_NOFOLLOW ?? 0);
    const fd = (0,external_node_fs_.openSync)(path, flags, 0o644);
    if ((0,external_node_fs_.fstatSync)(fd).isFile())
        return fd;
    (0,external_node_fs_.closeSync)(fd);
    throw new Error('it is not a regular file');
}
function makeFolder(folder) {
    const missing = [];
    for (let at = folder; !(0,external_node_fs_.existsSync)(at) && missing.length < 64; at = (0,external_node_path_.dirname)(at)) {
        missing.unshift(at);
        if ((0,external_node_path_.dirname)(at) === at)
            break;
    }
    for (const level of missing)
        (0,external_node_fs_.mkdirSync)(level);
}

;// CONCATENATED MODULE: ./lib/github/run.js


















const CONNECT_TIMEOUT_MS = 10_000;
async function run(options = {}) {
    const started = Math.round(Date.now() - process.uptime() * 1000);
    const secret = core/* getInput */.V4('client_secret');
    const callerSecret = core/* getInput */.V4('caller_client_secret');
    const token = core/* getInput */.V4('github_token');
    for (const value of [secret, callerSecret, token])
        if (value)
            core/* setSecret */.Pq(value);
    const redactor = (0,redact/* credentialRedactor */.Ax)(core/* getInput */.V4('client_id'), secret);
    (0,redact/* addCredentials */.wG)(redactor, core/* getInput */.V4('caller_client_id'), callerSecret);
    if (token)
        (0,redact/* addToken */.nP)(redactor, token);
    const log = {
        info: (text) => {
            for (const line of logLines(text, redactor))
                core/* info */.pq(line);
        },
        debug: (text) => core/* debug */.Yz(commandMessage(text, redactor)),
        notice: (text) => core/* notice */.lm(commandMessage(text, redactor)),
    };
    const input = (name) => core/* getInput */.V4(name);
    if ((0,settings_input/* isPlanWithoutCredentials */.Og)(input, process.env)) {
        return render(skippedOutcome(input('scope_file') || defaults/* DEFAULT_SCOPE_FILE */.WY, redactor), redactor);
    }
    let outcome;
    const dispatchers = [];
    try {
        const settings = options.boot?.settings ?? (0,settings_settings/* readSettings */.s)(input, process.env);
        for (const { clientId, clientSecret } of [settings, ...(settings.caller ? [settings.caller] : [])]) {
            core/* setSecret */.Pq((0,basic/* basicValue */.u)(clientId, clientSecret));
            (0,redact/* addCredentials */.wG)(redactor, clientId, clientSecret);
        }
        const deadline = started + settings.timeoutSeconds * 1000;
        const network = (url) => {
            if (options.fetch)
                return options.fetch;
            const dispatcher = dispatcherFor(url, Math.min(CONNECT_TIMEOUT_MS, deadline - Date.now()));
            dispatchers.push(dispatcher);
            return ((target, init) => (0,undici.fetch)(target, { ...init, dispatcher }));
        };
        const auth = new client/* AuthClient */.UJ({
            baseUrl: settings.authUrl,
            clientId: settings.clientId,
            clientSecret: settings.clientSecret,
            fetch: (0,first_lookup/* withFirstLookup */.r)(network(new URL(settings.authUrl)), options.boot?.firstLookup),
            startedAt: started,
            totalTimeoutMs: settings.timeoutSeconds * 1000,
            redactor,
            authMethod: settings.authMethod,
            onToken: (granted) => core/* setSecret */.Pq(granted),
            log,
            record: transcriptFile(process.env, (message) => core/* warning */.$e(commandMessage(message, redactor))),
        });
        const scopeFile = options.boot?.scopeFile;
        outcome = await execute(settings, {
            auth,
            redactor,
            log,
            ...(scopeFile ? { readScopeFile: async () => scopeFile } : {}),
            ...(settings.providerUrl ? { provider: { fetch: network(settings.providerUrl), deadline } } : {}),
            ...(settings.mode === 'plan' ? { push: readPush(process.env) } : {}),
        });
        if (outcome.comment)
            await commentPlan(outcome, outcome.comment, settings, redactor, deadline);
    }
    catch (error) {
        outcome = failedOutcome(error, {
            mode: input('mode') || defaults/* DEFAULT_MODE */.Cm,
            scopeFile: input('scope_file') || defaults/* DEFAULT_SCOPE_FILE */.WY,
            authUrl: undefined,
            requests: 0,
        }, redactor);
    }
    finally {
        options.boot?.firstLookup?.discard();
        await Promise.all(dispatchers.map((dispatcher) => dispatcher.destroy()));
    }
    await render(outcome, redactor);
}


/***/ })

};
