export const id = 860;
export const ids = [860];
export const modules = {

/***/ 7860:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./lib/defaults.js
var defaults = __webpack_require__(1525);
// EXTERNAL MODULE: ./lib/globus/scope-string.js
var scope_string = __webpack_require__(8154);
// EXTERNAL MODULE: ./lib/scope-file.js + 3 modules
var scope_file = __webpack_require__(6089);
;// CONCATENATED MODULE: ./lib/dependent-scopes.js


const HIDDEN = ' (Globus shows a scope only to its owner, or to everyone when it is advertised)';
class UnknownDependentScopeError extends Error {
    name = 'UnknownDependentScopeError';
    problems;
    constructor(problems) {
        const lines = problems.map((p) => `  ${(0,scope_file/* fieldName */.w5)(p.path)}: ${p.message}`);
        super(`Unknown dependent scope${problems.length > 1 ? 's' : ''}; nothing was changed:\n${lines.join('\n')}`);
        this.problems = problems;
    }
}
/**
 * Resolve every declared dependent scope to its id. `known` holds scopes already fetched (the
 * lookup by scope string); ids the current scope already depends on need no request, so only
 * new ids are looked up, in one request. Adds what it fetched to `known`.
 */
async function resolveDependentScopes(declared, known, current, auth) {
    const byString = new Map([...known.values()].map((s) => [s.scope_string, s.id.toLowerCase()]));
    const alreadyDependent = new Set(current?.dependent_scopes.map((d) => d.scope.toLowerCase()));
    const problems = [];
    const at = (index) => ['scope', 'dependent_scopes', index, 'scope'];
    const resolved = declared.map((entry, index) => {
        const id = (0,scope_string/* isUuid */.O1)(entry.scope) ? entry.scope.toLowerCase() : byString.get(entry.scope);
        if (id === undefined) {
            problems.push({
                path: at(index),
                message: `no Globus Auth scope with the scope string "${entry.scope}" was found, or it is not visible to this client${HIDDEN}; ` +
                    `check its spelling or give its scope id, and if the scope is another client's, ask its owner to advertise it`,
            });
        }
        return {
            index,
            dependent: { scope: id ?? '', optional: entry.optional, requires_refresh_token: entry.requires_refresh_token },
        };
    });
    const unchecked = resolved.filter(({ dependent }) => dependent.scope && !alreadyDependent.has(dependent.scope) && !known.has(dependent.scope));
    // Dependent scopes the file drops are named by scope string in the log and summary; they ride
    // along in the same lookup, so naming them costs at most that one request.
    const kept = new Set(resolved.map(({ dependent }) => dependent.scope));
    const dropped = [...alreadyDependent].filter((id) => !kept.has(id) && !known.has(id) && (0,scope_string/* isUuid */.O1)(id));
    // Looked up even when a scope string is already unknown, so one run reports every problem.
    if (unchecked.length + dropped.length > 0) {
        const found = await auth.findScopesById([...unchecked.map(({ dependent }) => dependent.scope), ...dropped]);
        for (const scope of found)
            known.set(scope.id.toLowerCase(), scope);
        for (const { index, dependent } of unchecked) {
            if (!known.has(dependent.scope)) {
                problems.push({
                    path: at(index),
                    message: `no Globus Auth scope with the id ${dependent.scope} was found, or it is not visible to this client${HIDDEN}; ` +
                        `check the id, and if the scope is another client's, ask its owner to advertise it`,
                });
            }
        }
    }
    // The same scope twice (an id in two cases, or by id and by scope string) with other flags
    // would send Globus a contradiction; the file's own check compares only the text.
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
    return resolved.map(({ dependent }) => dependent);
}
/** One lookup for the dependent scopes a plan shows only by id (read-only modes). */
async function nameDependentScopes(auth, plan, known) {
    const drift = plan.drift.find((d) => d.field === 'dependent_scopes');
    const listed = [
        ...(drift?.current ?? []),
        ...(drift?.desired ?? []),
    ];
    const unnamed = [...new Set(listed.map((d) => d.scope.toLowerCase()))].filter((id) => !known.has(id));
    for (const scope of await auth.findScopesById(unnamed))
        known.set(scope.id.toLowerCase(), scope);
}

// EXTERNAL MODULE: ./lib/globus/errors.js
var errors = __webpack_require__(739);
;// CONCATENATED MODULE: ./lib/groups.js

function leavesOutGroups(declared, resolved, found) {
    const groups = found.find((scope) => scope.scope_string === scope_string/* GROUPS_SCOPE_STRING */.w);
    if (groups)
        return !resolved.some((dependent) => (0,scope_string/* sameId */.s)(dependent.scope, groups.id));
    // Not answered (absent here, or not visible to this client): only the file's words can tell.
    return !declared.some((dependent) => dependent.scope === scope_string/* GROUPS_SCOPE_STRING */.w);
}

;// CONCATENATED MODULE: ./lib/scope-choice.js

/**
 * Deterministic, whatever order Globus answers in: the exact expected string, else the
 * `/scopes/<client_id>/<suffix>` form under any host, and a domain variant only when neither exists.
 */
function chooseScope(scopes, want) {
    const expected = want.expected ?? (0,scope_string/* scopeStringFor */.Vq)(want.clientId, want.suffix);
    const rank = (scope) => scope.scope_string === expected ? 0 : isClientForm(scope.scope_string, want.clientId, want.suffix) ? 1 : 2;
    const ranked = scopes
        .filter((scope) => (0,scope_string/* hasSuffix */.gs)(scope.scope_string, want.suffix))
        .sort((a, b) => rank(a) - rank(b) || byText(a.scope_string, b.scope_string) || byText(a.id, b.id));
    const [chosen, ...variants] = ranked;
    return { chosen, variants };
}
/** `https://<any host>/scopes/<client_id>/<suffix>`, the client id in any case. */
function isClientForm(scopeString, clientId, suffix) {
    if (!URL.canParse(scopeString))
        return false;
    const url = new URL(scopeString);
    return /^https?:$/.test(url.protocol) && url.pathname.toLowerCase() === `/scopes/${clientId.toLowerCase()}/${suffix}`;
}
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** A create answered with no scope of the declared suffix: never taken for success. */
class CreateAnswerError extends Error {
    name = 'CreateAnswerError';
}
/** The scope a create answer holds for the declared suffix, in either shape Globus answers. */
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
/** Scope strings and ids quoted and shortened: they are outside text. */
function described(scopes) {
    if (scopes.length === 0)
        return 'no scope at all';
    const quote = (text) => JSON.stringify(text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text);
    const named = scopes.slice(0, MAX_NAMED).map((s) => `${quote(s.scope_string)} (id ${quote(s.id)})`);
    const more = scopes.length > MAX_NAMED ? ` and ${scopes.length - MAX_NAMED} more` : '';
    return `${named.join(', ')}${more}, none of which has that suffix`;
}

;// CONCATENATED MODULE: ./lib/own-scope.js


/** The client's scope with this suffix: by scope string first, then through the client's own list. */
async function findOwnScope(auth, target, want) {
    const byString = (await auth.findScopesByString([target])).filter(isOwn(auth));
    const { chosen } = chooseScope(byString, want);
    return chosen ? { scope: chosen, variants: [] } : findInClientScopes(auth, want);
}
/** The client's scope with this suffix, whatever its scope string, and its domain variants. */
async function findInClientScopes(auth, want) {
    const ids = await auth.getClientScopeIds();
    const own = (await auth.findScopesById(ids)).filter(isOwn(auth));
    const { chosen, variants } = chooseScope(own, want);
    return { scope: chosen, variants };
}
const isOwn = (auth) => (scope) => (0,scope_string/* sameId */.s)(scope.client, auth.clientId);

;// CONCATENATED MODULE: ./lib/plan.js
/** The fields compared with Globus; scope_suffix is the scope's identity and never changes. */
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
    // Only the changed fields; a changed dependent_scopes list is sent whole, since whether
    // Globus merges or replaces it is unverified.
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
/** The drifted fields for a message: `description, dependent_scopes`. */
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
/** Set difference keyed by scope id (ids compared case-insensitively); order never matters. */
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

;// CONCATENATED MODULE: ./lib/ensure.js
// The whole job against Globus Auth: look up, plan, apply, verify. Plain values in and out;
// nothing here knows about GitHub.








/** Globus holds something other than what was written, or than what this client may change. */
class VerificationError extends Error {
    name = 'VerificationError';
}
/** Globus did not create the scope, and it does not exist: Globus' own words say why. */
class CreateRefusedError extends Error {
    name = 'CreateRefusedError';
}
// Writes whose answer was lost are re-read and, if still needed, sent again at most this often.
const MAX_WRITE_ROUNDS = 3;
async function ensureScope(auth, declared, mode, log) {
    const want = { clientId: auth.clientId, suffix: declared.scope_suffix };
    const target = (0,scope_string/* scopeStringFor */.Vq)(auth.clientId, declared.scope_suffix);
    // One request finds the scope, this environment's Groups scope, and every dependent scope
    // given by scope string.
    const declaredScopes = declared.dependent_scopes.map((d) => d.scope);
    const strings = (0,scope_string/* firstLookupStrings */.v2)(auth.clientId, declared.scope_suffix, declaredScopes, auth.authUrl);
    const found = await auth.findScopesByString(strings);
    const knownScopes = new Map(found.map((s) => [s.id.toLowerCase(), s]));
    // Production's form first, then the same under this Auth host (hostScopeStringFor).
    const hostTarget = (0,scope_string/* hostScopeStringFor */.Tq)(auth.clientId, declared.scope_suffix, auth.authUrl);
    const own = found.find((s) => s.scope_string === target) ?? found.find((s) => s.scope_string === hostTarget);
    let located = { scope: own, variants: [] };
    // Read-only modes cannot learn from a refused create that the computed scope string was a
    // wrong guess (outside production, say), so they look through the client's own scopes.
    if (!located.scope && mode !== 'ensure')
        located = await findInClientScopes(auth, want);
    const current = located.scope;
    if (current)
        assertOwned(current, auth.clientId);
    const desired = {
        ...declared,
        dependent_scopes: await resolveDependentScopes(declared.dependent_scopes, knownScopes, current, auth),
    };
    const plan = planScope(desired, current);
    const base = {
        mode,
        desired,
        knownScopes,
        missingGroups: leavesOutGroups(declared.dependent_scopes, desired.dependent_scopes, found),
    };
    const outcome = (status, plan, at) => ({
        ...base,
        status,
        plan,
        scope: at.scope,
        scopeString: at.scope?.scope_string ?? target,
        variants: at.variants,
    });
    if (mode !== 'ensure' && plan.action !== 'none') {
        // People read this plan (job summary, pull-request comment): name dependent scopes.
        await nameDependentScopes(auth, plan, knownScopes);
        return outcome(plan.action === 'create' ? 'would-create' : 'would-update', plan, located);
    }
    if (plan.action !== 'create') {
        // The lookup answer is a fresh read of the scope: nothing more to verify when all is right.
        return bringInLine(auth, desired, located, outcome, log);
    }
    const created = await createOrFind(auth, plan.write, target, want, log);
    if (created.kind === 'found') {
        // Someone else's create, or ours whose answer was lost: from here on an existing scope,
        // planned and reported against what Globus holds.
        return bringInLine(auth, desired, created, outcome, log);
    }
    const acknowledged = { scope: created.scope, acknowledged: true, fresh: undefined };
    const scope = await verify(auth, desired, 'create', acknowledged, log);
    return outcome('created', plan, { scope, variants: created.variants });
}
/** An existing scope, freshly read: unchanged, or updated and verified. */
async function bringInLine(auth, desired, existing, outcome, log) {
    const plan = planScope(desired, existing.scope);
    if (plan.action !== 'update')
        return outcome('unchanged', plan, existing);
    const scope = await verify(auth, desired, 'update', await update(auth, existing.scope, plan.write, log), log);
    return outcome('updated', plan, { ...existing, scope });
}
/**
 * Read back until Globus holds exactly the desired scope. An update whose answer was lost is
 * never replayed blindly: the scope is read again first, and only what still differs is written.
 */
async function verify(auth, desired, action, first, log) {
    let outcome = first;
    for (let round = 1;; round++) {
        const readBack = outcome.fresh ?? (await auth.getScope(outcome.scope.id));
        assertOwned(readBack, auth.clientId);
        const drift = driftBetween(desired, readBack);
        if (drift.length === 0)
            return readBack;
        if (outcome.acknowledged) {
            throw new VerificationError(`Globus Auth accepted the ${action} of ${readBack.scope_string} (id ${readBack.id}), but reading it back ` +
                `shows different ${driftedFields(drift)}. Nothing else was changed; run again, and if it ` +
                'persists, compare the scope file with the scope in Globus Auth.');
        }
        if (round >= MAX_WRITE_ROUNDS) {
            throw new VerificationError(`The scope ${readBack.scope_string} still differs from the file in ${driftedFields(drift)} ` +
                `after ${round} writes whose answers were lost; run again.`);
        }
        const next = planScope(desired, readBack);
        if (next.action === 'update')
            outcome = await update(auth, readBack, next.write, log);
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
/**
 * Create the scope, or find it after a create that did not settle: refused (any answer but
 * 401/403, whatever its words: the duplicate-suffix answer is not documented), failed, or lost.
 * A refused or failed create is never sent again; a lost one only when the scope is still missing.
 */
async function createOrFind(auth, write, target, want, log) {
    for (let round = 1;; round++) {
        let failure;
        try {
            const { chosen, variants } = chooseCreated(await auth.createScope(write), want);
            return { kind: 'created', scope: chosen, variants };
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
/** A create whose outcome only a lookup can tell. Wrong credentials or rights cannot be looked past. */
function unsettled(error) {
    if (error instanceof errors/* GlobusAuthError */.f5)
        return error.status !== 401 && error.status !== 403;
    return error instanceof errors/* LostWriteError */.e_ || error instanceof errors/* TransportError */.wX;
}
function assertOwned(scope, clientId) {
    if (!(0,scope_string/* sameId */.s)(scope.client, clientId)) {
        throw new VerificationError(`The scope ${scope.scope_string} (id ${scope.id}) belongs to client ${scope.client}, not to ${clientId}. ` +
            'Pass the credentials of the client that owns it, or choose another scope_suffix.');
    }
}

// EXTERNAL MODULE: ./lib/checkout-file.js
var checkout_file = __webpack_require__(6270);
;// CONCATENATED MODULE: ./lib/export.js
const SUFFIX = /^[a-z0-9_]+$/;
/** The suffix a scope string ends in: `https://…/scopes/<client>/<suffix>` or `urn:…:<suffix>`. */
function suffixOf(scopeString) {
    const suffix = scopeString.split(/[/:]/).at(-1) ?? '';
    return SUFFIX.test(suffix) ? suffix : undefined;
}
/**
 * The client's scopes as scope files: three requests (the client, its scopes, their dependent
 * scopes, so that these are named by scope string wherever this client may see them).
 */
async function exportScopes(auth) {
    const ids = await auth.getClientScopeIds();
    const own = (await auth.findScopesById(ids)).filter((s) => s.client.toLowerCase() === auth.clientId.toLowerCase());
    const dependentIds = [...new Set(own.flatMap((s) => s.dependent_scopes.map((d) => d.scope.toLowerCase())))];
    const named = new Map((await auth.findScopesById(dependentIds)).map((s) => [s.id.toLowerCase(), s.scope_string]));
    return own
        .sort((a, b) => a.scope_string.localeCompare(b.scope_string))
        .map((scope) => {
        const suffix = suffixOf(scope.scope_string);
        if (!suffix)
            return { scope, text: undefined, problem: 'its scope string does not end in a scope suffix' };
        const document = {
            scope: {
                name: scope.name,
                description: scope.description,
                scope_suffix: suffix,
                dependent_scopes: scope.dependent_scopes.map((d) => ({
                    // A scope this client cannot see keeps its id: still exact, just less readable.
                    scope: named.get(d.scope.toLowerCase()) ?? d.scope,
                    optional: d.optional,
                    requires_refresh_token: d.requires_refresh_token,
                })),
                advertised: scope.advertised,
                allows_refresh_token: scope.allows_refresh_token,
                required_domains: scope.required_domains,
            },
        };
        return { scope, text: `${JSON.stringify(document, null, 2)}\n`, problem: undefined };
    });
}

;// CONCATENATED MODULE: ./lib/sinks/printable.js
// Outside text made safe to show on one line: every control character, and every character a
// reader could take for a line break, becomes a visible escape. Nothing else is changed.
// Control characters (C0, DEL, C1), the Unicode line and paragraph separators, format characters
// (invisible ones, bidirectional overrides, tags) and lone surrogates: what a reader cannot see,
// or sees other than it is.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;
function printable(text) {
    return text.replace(UNPRINTABLE, (c) => {
        if (c === '\t')
            return c;
        const code = c.codePointAt(0) ?? 0;
        // \u000a for the ones people know in that form; \u{e0041} for those beyond four digits.
        return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/** Splits on every line break a log reader honours (\r\n, \n, \r, and the Unicode ones). */
function splitLines(text) {
    return text.split(/\r\n|[\n\r\u2028\u2029\u0085]/);
}

;// CONCATENATED MODULE: ./lib/sinks/markdown.js

function markdown(redactor) {
    return {
        code: (value) => codeSpan(printable(redactor.redact(value))),
        fenced: (text, language) => fencedBlock(splitLines(redactor.redact(text)).map(printable), language),
    };
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
    // CommonMark strips one blank from each side when both have one; pad so the value survives.
    const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
function fencedBlock(lines, language = '') {
    const fence = '`'.repeat(Math.max(3, longestRun(lines.join('\n'), '`') + 1));
    return [`${fence}${language}`, ...lines, fence].join('\n');
}
/**
 * A table cell of trusted Markdown (which may hold code spans): a `|` would end the cell even
 * inside a code span, and a line break would end the row.
 */
function cell(text) {
    return splitLines(text).map(escapePipes).join('<br>');
}
/**
 * Every `|` escaped, and the backslashes before it doubled so that the pipe's own escape is never
 * undone. One pass over the text (a regular expression here backtracked on long backslash runs).
 */
function escapePipes(line) {
    let out = '';
    let slashes = 0;
    for (const c of line) {
        if (c === '\\') {
            slashes++;
            continue;
        }
        out += c === '|' ? `${'\\'.repeat(slashes * 2)}\\|` : `${'\\'.repeat(slashes)}${c}`;
        slashes = 0;
    }
    return out + '\\'.repeat(slashes);
}

;// CONCATENATED MODULE: ./lib/export-report.js


function verdictText(verdict, file) {
    switch (verdict.kind) {
        case 'written':
            return `Wrote ${file}: commit it, and open a pull request; its plan should say there is nothing to change.`;
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
function exportLogLines(exported, verdict, file) {
    const lines = [`The client has ${exported.length} scope${exported.length === 1 ? '' : 's'}.`];
    for (const { scope, text, problem } of exported) {
        lines.push(`Scope ${printable(scope.scope_string)} (id ${scope.id})${problem ? `: not exported, ${problem}` : ':'}`);
        if (text)
            lines.push(...text
                .trimEnd()
                .split('\n')
                .map((line) => `  ${printable(line)}`));
    }
    lines.push(verdictText(verdict, file));
    return lines;
}
function renderExportSummary(exported, verdict, file, redactor) {
    const md = markdown(redactor);
    const parts = ['## 📤 Globus Auth scope: exported', '', verdictText(verdict, md.code(file))];
    for (const { scope, text, problem } of exported) {
        parts.push('', `### ${md.code(scope.scope_string)}`, '', `Scope id ${md.code(scope.id)}.`);
        parts.push('', problem ? `Not exported: ${problem}.` : md.fenced((text ?? '').trimEnd(), 'json'));
    }
    return `${parts.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/failure.js
// A run that failed: the failure line, and the problems that have a place in the scope file as
// annotations there (at most MAX_ANNOTATIONS, and one more that counts the rest).


/** At most this many problems become annotations; one more line counts the rest. */
const MAX_ANNOTATIONS = 20;
/** The failure line; problems with a place in the scope file are annotated there instead. */
function failureOf(error, scopeFile, outcome) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.stack)
        outcome.debug.push(error.stack);
    const problems = fileProblems(error, scopeFile);
    if (!problems)
        return message;
    const total = problems.list.length + problems.omitted;
    for (const problem of problems.list.slice(0, MAX_ANNOTATIONS)) {
        outcome.annotations.push({
            level: 'error',
            message: `${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
            title: 'Invalid scope file',
            file: problems.file,
            ...(problem.line ? { line: problem.line, column: problem.column } : {}),
        });
    }
    if (total > MAX_ANNOTATIONS) {
        outcome.annotations.push({
            level: 'error',
            message: `…and ${total - MAX_ANNOTATIONS} more problems in ${problems.file}; fix these first and run again.`,
            title: 'Invalid scope file',
            file: problems.file,
        });
    }
    // Annotated problems are not repeated in the failure line, only summed up.
    const headline = message.split('\n')[0]?.replace(/:$/, '');
    return `${headline}; see the annotations on ${problems.file}.`;
}
function fileProblems(error, scopeFile) {
    if (error instanceof scope_file/* ScopeFileError */.fL) {
        return { file: error.file, list: error.problems, omitted: error.omitted };
    }
    if (error instanceof UnknownDependentScopeError && scopeFile) {
        const list = error.problems.map((p) => ({
            field: (0,scope_file/* fieldName */.w5)(p.path),
            message: p.message,
            ...scopeFile.positionOf(p.path),
        }));
        return { file: scopeFile.file, list, omitted: 0 };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/outcome.js
// Everything a run leaves on the runner, as plain data: execute() returns it, run() renders it.
// Texts here may hold outside text; the sinks escape and redact them on the way out.
/** The step outputs, as action.yml declares them. */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && (['status', 'scope_string', 'scope_id']));
function emptyOutcome() {
    return {
        log: [],
        debug: [],
        annotations: [],
        outputs: undefined,
        comment: undefined,
        summary: '',
        failure: undefined,
    };
}

;// CONCATENATED MODULE: ./lib/consent.js

/** Empty for a create: nobody has consented to a scope that does not exist yet. */
function changesNeedingConsent(plan) {
    if (plan.action !== 'update')
        return [];
    const drift = plan.drift.find((d) => d.field === 'dependent_scopes');
    if (!drift)
        return [];
    const changes = dependentScopeChanges(drift.desired, (drift.current ?? []));
    return changes.flatMap((change) => {
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

;// CONCATENATED MODULE: ./lib/report.js
// What happened, as plain text: the differences field by field, and the log lines. Values that
// came from outside are quoted or escaped here; the log sink makes every line safe once more.




function driftLines(drift, knownScopes) {
    return drift.map((d) => {
        if (d.field !== 'dependent_scopes') {
            return {
                field: d.field,
                current: d.current === undefined ? undefined : [{ marker: ' ', text: JSON.stringify(d.current) }],
                desired: [{ marker: ' ', text: JSON.stringify(d.desired) }],
            };
        }
        const desired = d.desired;
        const current = d.current;
        const label = (dep) => `${nameOf(dep, knownScopes)} (optional: ${dep.optional}, requires_refresh_token: ${dep.requires_refresh_token})`;
        const changes = dependentScopeChanges(desired, current ?? []);
        const markerOf = (dep, side) => {
            const change = changes.find((c) => (side === 'desired' ? c.kind !== 'removed' && c.desired : c.kind !== 'added' && c.current) === dep);
            if (!change)
                return ' ';
            return change.kind === 'added' ? '+' : change.kind === 'removed' ? '-' : '~';
        };
        return {
            field: d.field,
            current: current?.map((dep) => ({ marker: markerOf(dep, 'current'), text: label(dep) })),
            desired: desired.map((dep) => ({ marker: markerOf(dep, 'desired'), text: label(dep) })),
        };
    });
}
/** A dependent scope by its scope string where known, else by its id. */
const nameOf = (dep, knownScopes) => knownScopes.get(dep.scope.toLowerCase())?.scope_string ?? dep.scope;
const HEADLINES = {
    created: 'created',
    updated: 'updated',
    unchanged: 'matches the file',
    'would-create': 'does not exist yet',
    'would-update': 'differs from the file',
};
const entryText = (entries) => entries === undefined ? '(none)' : entries.map((e) => printable(e.text)).join(', ') || '[]';
function logLines(result) {
    const id = result.scope ? ` (id ${result.scope.id})` : '';
    const lines = [`Scope ${printable(result.scopeString)}${id} ${HEADLINES[result.status]}.`];
    for (const line of driftLines(result.plan.drift, result.knownScopes)) {
        if (line.field !== 'dependent_scopes') {
            lines.push(`  ${line.field}: ${entryText(line.current)} -> ${entryText(line.desired)}`);
            continue;
        }
        // One per line, marked + (added), ~ (changed) or - (removed); unmarked ones stay as they are.
        const removed = (line.current ?? []).filter((e) => e.marker === '-');
        lines.push(`  ${line.field}:`);
        for (const entry of [...line.desired, ...removed])
            lines.push(`    ${entry.marker} ${printable(entry.text)}`);
    }
    if (result.variants.length > 0) {
        const variants = result.variants.map((v) => `${printable(v.scope_string)} (id ${printable(v.id)})`);
        lines.push(variantsNotice(printable(result.scopeString), variants));
    }
    const consent = consentItems(result).map(({ name, why }) => `${printable(name)} (${why})`);
    if (consent.length > 0)
        lines.push(consentNotice(consent, result));
    return lines;
}
/** The dependent scopes existing consents do not cover, each with why; outside text unquoted. */
function consentItems(result) {
    return changesNeedingConsent(result.plan).map((change) => ({
        name: nameOf(change.dependent, result.knownScopes),
        why: change.reasons.join(', '),
    }));
}
/** Items come quoted by the caller's sink (plain text for the log, code spans for Markdown). */
function consentNotice(items, result) {
    const when = result.status.startsWith('would-') ? 'Once this is applied, existing' : 'Existing';
    return (`${when} consents do not cover ${items.join(', ')}: users and flows must consent again ` +
        '(Globus Flows runs that use this Action Provider wait until they do).');
}
/** Domain variants of the scope: this action keeps only the chosen one in line with the file. */
function variantsNotice(chosen, variants) {
    return (`Globus Auth also holds ${variants.join(', ')} with the same scope suffix (one per registered domain ` +
        `of the client); this action keeps only ${chosen} as the file says and leaves the others as they are.`);
}
const GROUPS_WARNING = `The scope does not depend on Globus Groups (${scope_string/* GROUPS_SCOPE_STRING */.w}). ` +
    'Without it the Action Provider cannot read a caller’s groups, so group-based runnable_by and monitor_by policies never match. ' +
    'Add it to dependent_scopes unless the provider uses no group policies.';

;// CONCATENATED MODULE: ./lib/summary.js


/** GitHub refuses a step summary over 1 MiB (of bytes, not characters). */
const MAX_SUMMARY_BYTES = 512 * 1024;
/** GitHub refuses a comment over 65,536 characters (the marker line comes on top). */
const MAX_COMMENT_CHARS = 60_000;
function renderSummary(input, redactor) {
    const md = markdown(redactor);
    const { result, error } = input;
    const icon = error ? '❌' : input.skipped ? '⏭️' : result?.status.startsWith('would-') ? '📝' : '✅';
    const title = error ? 'failed' : input.skipped ? 'skipped' : result ? HEADLINES[result.status] : '';
    const scopeString = result?.scopeString ?? input.scopeString;
    const mode = result?.mode ?? input.mode;
    const requests = `${input.requests} request${input.requests === 1 ? '' : 's'}`;
    const rows = [
        ['Scope string', scopeString ? md.code(scopeString) : '—'],
        ['Scope id', result?.scope ? md.code(result.scope.id) : '—'],
        ['Status', result ? md.code(result.status) : input.skipped ? '`skipped`' : '`failed`'],
        ['Mode', mode ? md.code(mode) : '—'],
        ['Scope file', md.code(input.scopeFile)],
        ['Globus Auth', input.authUrl ? `${md.code(input.authUrl)} (${requests})` : '(not reached)'],
    ];
    const parts = [`## ${icon} Globus Auth scope: ${title}`, '', '| | |', '|---|---|'];
    parts.push(...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`));
    if (input.skipped)
        parts.push('', input.skipped);
    if (error)
        parts.push('', '### Error', '', md.fenced(error));
    if (result)
        parts.push(...driftSection(result, input.scopeFile, md));
    return bounded(`${parts.join('\n')}\n`);
}
/** At most MAX_SUMMARY_BYTES of UTF-8, cut at a line end. */
function bounded(text) {
    if (Buffer.byteLength(text) <= MAX_SUMMARY_BYTES)
        return text;
    // Whole lines only: a code span never spans lines, so none is left open (an open fenced block
    // only turns the rest into code). Bytes are counted once per line, as they are kept.
    const kept = [];
    let bytes = 0;
    for (const line of text.split('\n')) {
        bytes += Buffer.byteLength(line) + 1;
        if (bytes > MAX_SUMMARY_BYTES - 100)
            break;
        kept.push(line);
    }
    return `${kept.join('\n')}\n\n*(truncated)*\n`;
}
// Markdown collapses blanks, so an unmarked entry keeps its place beside `+ ` and `- ` ones with
// non-breaking spaces.
const MARKERS = { '+': '+ ', '-': '- ', '~': '~ ', ' ': '&nbsp;&nbsp; ' };
const entries = (md, list) => {
    if (list === undefined)
        return '(none)';
    const marked = list.some((e) => e.marker !== ' ');
    return list.map((e) => `${marked ? MARKERS[e.marker] : ''}${md.code(e.text)}`).join('\n') || '`[]`';
};
/** The differences table and the notices, shared by the summary and the comment. */
function driftSection(result, scopeFile, md) {
    const parts = [];
    if (result.plan.drift.length > 0) {
        parts.push('', `### ${result.plan.action === 'create' ? 'Fields of the new scope' : 'Differences'}`, '');
        parts.push(`| Field | In Globus Auth | In ${cell(md.code(scopeFile))} |`, '|---|---|---|');
        for (const line of driftLines(result.plan.drift, result.knownScopes)) {
            parts.push(`| ${line.field} | ${cell(entries(md, line.current))} | ${cell(entries(md, line.desired))} |`);
        }
    }
    const consent = consentItems(result).map(({ name, why }) => `${md.code(name)} (${why})`);
    if (consent.length > 0)
        parts.push('', `> [!IMPORTANT]\n> ${consentNotice(consent, result)}`);
    if (result.variants.length > 0) {
        const variants = result.variants.map((v) => md.code(v.scope_string));
        parts.push('', `> [!NOTE]\n> ${variantsNotice(md.code(result.scopeString), variants)}`);
    }
    if (result.missingGroups)
        parts.push('', `> [!WARNING]\n> ${GROUPS_WARNING}`);
    return parts;
}
const PLAN_HEADLINES = {
    'would-create': 'will be created',
    'would-update': 'will be updated',
    unchanged: 'matches the file: nothing to change',
};
/** The pull-request comment of plan mode. */
function renderPlanComment(result, scopeFile, redactor) {
    const md = markdown(redactor);
    const headline = PLAN_HEADLINES[result.status] ?? HEADLINES[result.status];
    const parts = [
        `### Globus Auth scope plan: \`${result.status}\``,
        '',
        `${md.code(result.scopeString)} ${headline} when this is merged and \`mode: ensure\` runs.`,
        ...driftSection(result, scopeFile, md),
    ];
    const text = `${parts.join('\n')}\n`;
    if (text.length <= MAX_COMMENT_CHARS)
        return text;
    // Too long for GitHub: still replace an older plan, so nobody reviews a stale one.
    return [
        ...parts.slice(0, 3),
        '',
        `The differences are too long for a comment (${text.length} characters): they are in the job summary of this run.`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./lib/export-run.js
// mode: export as a run: find the client's scopes, show each as a scope file, and write the file
// at scope_file when it does not exist yet and there is exactly one scope. Never overwrites.






async function executeExport(settings, io) {
    const outcome = emptyOutcome();
    const file = settings.scopeFile.display;
    try {
        io.log.info(`Globus Auth at ${settings.authUrl} (from ${settings.authUrlSource}); mode export`);
        const exported = await exportScopes(io.auth);
        const ready = exported.filter((e) => e.text !== undefined);
        let verdict;
        if (ready.length === 0)
            verdict = { kind: 'none' };
        else if (ready.length > 1)
            verdict = { kind: 'several', count: ready.length };
        else if (io.redactor.redact(ready[0]?.text ?? '') !== ready[0]?.text) {
            // The file is committed and uploaded: no piece of a credential may go into it.
            verdict = {
                kind: 'refused',
                why: 'Globus Auth answered with text that holds this client’s credentials (a name or description echoing them); fix the scope in Globus Auth, then export again',
            };
        }
        else {
            const written = await (0,checkout_file/* writeNewCheckoutFile */.q)(settings.scopeFile.path, settings.scopeFile.workspace, ready[0]?.text ?? '');
            verdict =
                'written' in written
                    ? { kind: 'written' }
                    : written.reason === 'exists'
                        ? { kind: 'exists' }
                        : { kind: 'refused', why: refusalText(written) };
        }
        outcome.log.push(...exportLogLines(exported, verdict, file));
        const only = ready.length === 1 ? ready[0]?.scope : undefined;
        outcome.outputs = { status: 'exported', scope_string: only?.scope_string ?? '', scope_id: only?.id ?? '' };
        outcome.summary = renderExportSummary(exported, verdict, file, io.redactor);
    }
    catch (error) {
        outcome.failure = failureOf(error, undefined, outcome);
        outcome.outputs = { status: 'failed', scope_string: '', scope_id: '' };
        outcome.summary = renderSummary({
            result: undefined,
            error: outcome.failure,
            mode: 'export',
            scopeFile: file,
            authUrl: settings.authUrl,
            requests: io.auth.requestCount,
        }, io.redactor);
    }
    return outcome;
}
function refusalText(refusal) {
    switch (refusal.reason) {
        case 'outside':
            return 'its folder is outside the repository checkout';
        case 'no-folder':
            return 'its folder does not exist; create it, or set scope_file to a path in an existing folder';
        case 'exists':
            return 'it exists';
        default:
            return `it cannot be written (${refusal.code})`;
    }
}

;// CONCATENATED MODULE: ./lib/execute.js
// The whole run as a function: settings and collaborators in, an Outcome out. It knows nothing
// of the runner: run() in main.ts reads the inputs and renders the Outcome.









/** `scopeFile`: already read and checked (the early start did), else read here. */
async function execute(settings, io, scopeFile) {
    if (settings.mode === 'export')
        return executeExport(settings, io);
    const mode = settings.mode;
    const outcome = emptyOutcome();
    let file = scopeFile;
    let result;
    try {
        file ??= await (0,scope_file/* readScopeFile */.$h)(settings.scopeFile);
        io.log.info(`Globus Auth at ${settings.authUrl} (from ${settings.authUrlSource}); mode ${settings.mode}`);
        result = await ensureScope(io.auth, file.desired, mode, io.log);
        outcome.log.push(...logLines(result));
        if (result.missingGroups) {
            outcome.annotations.push({
                level: 'warning',
                message: GROUPS_WARNING,
                title: 'No Globus Groups dependent scope',
                file: settings.scopeFile.display,
            });
        }
        outcome.outputs = {
            status: result.status,
            scope_string: result.scopeString,
            scope_id: result.scope?.id ?? '',
        };
        if (mode === 'plan') {
            outcome.comment = {
                scope: { authUrl: settings.authUrl, clientId: settings.clientId, scopeSuffix: file.desired.scope_suffix },
                body: renderPlanComment(result, settings.scopeFile.display, io.redactor),
                hasChanges: result.plan.action !== 'none',
            };
        }
        if (mode === 'verify' && result.status !== 'unchanged')
            outcome.failure = verifyFailure(result, settings);
    }
    catch (error) {
        outcome.failure = failureOf(error, file, outcome);
        // What is known stays known, so `if: always()` steps can branch on it.
        const scopeString = file ? (0,scope_string/* scopeStringFor */.Vq)(settings.clientId, file.desired.scope_suffix) : '';
        outcome.outputs = { status: 'failed', scope_string: result?.scopeString ?? scopeString, scope_id: '' };
        result = undefined;
    }
    outcome.summary = renderSummary({
        result,
        error: outcome.failure,
        mode,
        scopeString: outcome.outputs?.scope_string,
        scopeFile: settings.scopeFile.display,
        authUrl: settings.authUrl,
        requests: io.auth.requestCount,
    }, io.redactor);
    return outcome;
}
/** Plan mode on a pull request without credentials: a fork's, or Dependabot's. Nothing is sent. */
function skippedOutcome(scopeFile, redactor) {
    const outcome = emptyOutcome();
    const why = 'Skipped: this pull request gets no secrets or variables (a pull request from a fork, or from Dependabot), ' +
        'so client_id and client_secret are empty and the plan cannot be made here. It is made when the change ' +
        'reaches a branch of this repository; a maintainer can also run the workflow by hand.';
    outcome.annotations.push({ level: 'notice', message: why, title: 'Globus Auth scope plan skipped' });
    outcome.outputs = { status: 'skipped', scope_string: '', scope_id: '' };
    outcome.summary = renderSummary({ result: undefined, error: undefined, skipped: why, mode: 'plan', scopeFile, authUrl: undefined, requests: 0 }, redactor);
    return outcome;
}
function verifyFailure(result, settings) {
    return result.status === 'would-create'
        ? `The scope ${result.scopeString} does not exist. Run this action with mode: ensure to create it.`
        : `The scope ${result.scopeString} differs from ${settings.scopeFile.display} in: ` +
            `${driftedFields(result.plan.drift)}. Run this action with mode: ensure to update it.`;
}

;// CONCATENATED MODULE: ./lib/globus/answer-text.js
/** At most this many characters of one piece of outside text reach a message. */
const MAX_PIECE = 200;
/**
 * A piece of outside text for a message: credentials redacted first, then whitespace collapsed
 * and invisible characters made visible (then redacted again: re-spacing or escaping may have
 * rebuilt a form of a credential that was split up before), and only then cut short.
 */
function excerpt(text, redactor, max = MAX_PIECE) {
    const flat = redactor.redact(text).replace(/\s+/g, ' ').trim();
    return cut(redactor.redact(escapeInvisible(flat)), max);
}
/** At most `max` characters, never splitting a surrogate pair, with … when something was left out. */
function cut(text, max) {
    if (text.length <= max)
        return text;
    const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
    return `${text.slice(0, end)}…`;
}
/**
 * Control characters (line breaks included), line and paragraph separators, bidirectional and
 * zero-width format characters and lone surrogates as visible `\uXXXX` escapes, so that outside
 * text can neither start a new log line (`::error::…`) nor reorder or hide what is shown.
 */
function escapeInvisible(text) {
    let out = '';
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        out += isInvisible(code, char.length) ? `\\u${code.toString(16).padStart(4, '0')}` : char;
    }
    return out;
}
function isInvisible(code, length) {
    return (code < 0x20 ||
        (code >= 0x7f && code <= 0x9f) ||
        (code >= 0x200b && code <= 0x200f) ||
        (code >= 0x2028 && code <= 0x202e) ||
        (code >= 0x2060 && code <= 0x2069) ||
        code === 0xfeff ||
        (length === 1 && code >= 0xd800 && code <= 0xdfff) // a lone surrogate
    );
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
/**
 * `METHOD /path?query` for people to read: percent-escapes decoded where that is well formed
 * (scope strings stay legible), every invisible character then escaped again.
 */
function describeUrl(url) {
    const raw = url.pathname + url.search;
    let decoded;
    try {
        decoded = decodeURIComponent(raw);
    }
    catch {
        decoded = raw;
    }
    return escapeInvisible(decoded);
}
/** A zod issue path as `scopes[0].scope_string`; the answer itself when empty. */
function fieldPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else if (typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(key))
            out += out ? `.${key}` : key;
        else
            out += `[${escapeInvisible(JSON.stringify(cut(String(key), 64)))}]`;
    }
    return out || 'the answer';
}

// EXTERNAL MODULE: ./lib/globus/basic.js
var basic = __webpack_require__(6900);
;// CONCATENATED MODULE: ./lib/redact.js
// Scrubs credentials out of text that came from outside (answers, error pages) before it is
// shortened, escaped or shown anywhere. The runner masks its logs, but not the job summary or a
// pull-request comment, and a shortened or re-spaced copy of a secret no longer matches a mask.
const REDACTED = '[redacted]';
/** Any run of this many characters of a credential is treated as the credential. */
const WINDOW = 12;
const HTML_ENTITIES = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' };
/**
 * The shapes a credential can come back in: as sent, trimmed, re-spaced, JSON- or URL-escaped,
 * and as UTF-8 carries it (a lone surrogate comes back as U+FFFD; encodeURIComponent would throw).
 */
const FORMS = [
    (t) => t,
    (t) => t.trim(),
    (t) => t.replace(/\s+/g, ' '),
    (t) => t.trim().replace(/\s+/g, ' '),
    (t) => t.replace(/\s+/g, ''),
    (t) => JSON.stringify(t).slice(1, -1),
    // As a form or a query string encodes it (spaces as +), with escapes in either case.
    (t) => new URLSearchParams({ v: t }).toString().slice(2),
    (t) => encodeURIComponent(t.toWellFormed()).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
    // As an HTML page shows it, and as UTF-8 bytes read as Latin-1 (a header) show it.
    (t) => t.replace(/[&<>"']/g, (c) => `&${HTML_ENTITIES[c]};`),
    (t) => Buffer.from(t, 'utf8').toString('latin1'),
    (t) => t.toWellFormed(),
    (t) => encodeURIComponent(t.toWellFormed()),
];
class Redactor {
    /** Forms shorter than a window: matched whole. */
    whole = new Set();
    /** Every WINDOW-long piece of the longer forms that holds part of a credential. */
    windows = new Set();
    constructor(sensitive = []) {
        for (const value of sensitive)
            this.add(value);
    }
    /**
     * Register a credential and every form it can come back in. `publicPrefix` is a start of it
     * that is no secret (the client id of `client_id:secret`): pieces inside it alone stay visible.
     */
    add(value, publicPrefix = '') {
        for (const form of FORMS) {
            const text = form(value);
            if (!text)
                continue;
            const prefix = form(publicPrefix);
            const open = prefix && text.startsWith(prefix) ? prefix.length : 0;
            if (text.length < WINDOW) {
                this.whole.add(text);
                continue;
            }
            // Windows ending after the public prefix: each holds at least one secret character.
            for (let start = Math.max(0, open - WINDOW + 1); start + WINDOW <= text.length; start++) {
                this.windows.add(text.slice(start, start + WINDOW));
            }
        }
        return this;
    }
    /** The text with every registered credential, whole or any window of it, replaced by [redacted]. */
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
/** A redactor for Basic credentials: the secret, `client_id:secret` and its base64, in every form. */
function credentialRedactor(clientId, clientSecret) {
    return addCredentials(new Redactor(), clientId, clientSecret);
}
/** Teach a redactor the Basic credentials of this id and secret (the id as it is sent). */
function addCredentials(redactor, clientId, clientSecret) {
    // No secret, nothing secret: `client_id:` alone is public (and `:` is in most messages).
    if (!clientSecret)
        return redactor;
    const pair = `${clientId}:${clientSecret}`;
    const publicBytes = Buffer.from(`${clientId}:`);
    // Whole 3-byte groups of the public part encode to the same base64 characters in any pair.
    const publicBase64 = (encoding) => publicBytes.subarray(0, publicBytes.length - (publicBytes.length % 3)).toString(encoding);
    return redactor
        .add(clientSecret)
        .add(pair, `${clientId}:`)
        .add(Buffer.from(pair).toString('base64'), publicBase64('base64'))
        .add(Buffer.from(pair).toString('base64url'), publicBase64('base64url'));
}

// EXTERNAL MODULE: ./lib/globus/credentials.js
var credentials = __webpack_require__(6188);
// EXTERNAL MODULE: ./lib/globus/schemas.js
var schemas = __webpack_require__(210);
;// CONCATENATED MODULE: ./lib/globus/answer.js



/** The result of a non-retryable answer: checked against `schema`, or an error. */
function checkedAnswer(answer, schema, described, redactor) {
    if (answer.status >= 300 && answer.status < 400) {
        const location = answer.headers.get('location');
        throw new errors/* TransportError */.wX(described, `Globus Auth answered with a redirect (${answer.status}) to ${location === null ? 'an unnamed location' : excerpt(location, redactor)}; ` +
            'redirects are not followed so that the credentials only reach the configured host. ' +
            'Check auth_url / the environment input.');
    }
    if (answer.status >= 400)
        throw errorFromAnswer(answer, described, redactor);
    const json = parseJson(answer.text);
    if (json === undefined) {
        const shown = answer.text.trim() ? excerpt(answer.text, redactor) : 'an empty body';
        throw new errors/* TransportError */.wX(described, `the answer was not JSON (${contentType(answer, redactor)}): ${shown}`);
    }
    // Messages come from the schemas and answerIssueMessage: the rule, never the value.
    const parsed = schema.safeParse(json, { error: schemas/* answerIssueMessage */.xy });
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const problem = issue ? `${fieldPath(issue.path)}: ${issue.message}` : 'no detail';
        throw new errors/* TransportError */.wX(described, `the answer did not have the expected shape (${problem})`);
    }
    return parsed.data;
}
/** A GlobusAuthError for an error status, `suffix` (why no retry helped) appended. */
function errorFromAnswer(answer, described, redactor, suffix) {
    const parsed = schemas/* ErrorBodySchema */.i1.safeParse(parseJson(answer.text));
    const fallback = answer.text.trim()
        ? `a non-Globus answer (${contentType(answer, redactor)}): ${excerpt(answer.text, redactor)}`
        : 'no detail given';
    const body = parsed.success ? cleanBody(parsed.data, redactor) : undefined;
    const error = new errors/* GlobusAuthError */.f5(described, answer.status, body, fallback);
    if (suffix)
        error.message = `${error.message} (${suffix})`;
    return error;
}
/** The parts of an error body a message shows, each made safe to show. */
function cleanBody(body, redactor) {
    const clean = (text) => (text ? excerpt(text, redactor) : undefined);
    return {
        errors: body.errors?.slice(0, 1).map((e) => ({
            id: clean(e.id),
            code: clean(e.code),
            detail: clean(e.detail),
            title: clean(e.title),
        })),
        error: clean(body.error),
        error_description: clean(body.error_description),
    };
}
function contentType(answer, redactor) {
    const type = answer.headers.get('content-type');
    return type ? excerpt(type, redactor) : 'no content type';
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** The body as text, or undefined when it is over the limit (leaving the loop cancels the rest). */
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

// EXTERNAL MODULE: ./lib/globus/early-request.js + 1 modules
var early_request = __webpack_require__(7819);
;// CONCATENATED MODULE: ./lib/globus/exchange.js
// One exchange with Globus Auth as a transcript keeps it (the transport's `record` hook): what was
// asked and what came back. Every credential is scrubbed here, before the record leaves the client,
// so whatever writes the transcript never holds one. Headers are never part of a record.


/** Token fields are blanked by name: the token answer is recorded before the redactor learns its token. */
const TOKEN_FIELDS = new Set(['access_token', 'refresh_token', 'id_token']);
/** What a token becomes: as long as the shortest token the schemas take, so a transcript still checks. */
const REDACTED_TOKEN = '[redacted-token]';
const MAX_TEXT = 2_000;
const MAX_DEPTH = 64;
function exchangeRecord(attempted, redactor) {
    const { method, path, request, result } = attempted;
    const record = { method, path, status: result.status ?? null };
    const answer = 'text' in result ? exchange_parseJson(result.text) : undefined;
    // A token may come back elsewhere in the same answer too: any window of it is hidden as well.
    const tokens = new Redactor(answer === undefined ? [] : tokenValues(answer, 0));
    const scrub = (text) => tokens.redact(redactor.redact(text));
    if (request !== undefined)
        record.request = scrubbed(request, scrub, 0);
    if ('failure' in result)
        record.failure = excerpt(result.failure, redactor, MAX_TEXT);
    else if (answer !== undefined)
        record.answer = scrubbed(answer, scrub, 0);
    else
        record.answerText = excerpt(result.text, redactor, MAX_TEXT);
    // A credential split across keys and values (or JSON escapes) could join up again in the line.
    const line = JSON.stringify(record);
    if (scrub(line) === line)
        return record;
    const blanked = { method, path: scrub(path), status: record.status, answer: REDACTED };
    if (request !== undefined)
        blanked.request = REDACTED;
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
function tokenValues(value, depth) {
    if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH)
        return [];
    return Object.entries(value).flatMap(([key, item]) => TOKEN_FIELDS.has(key) && typeof item === 'string' ? [item] : tokenValues(item, depth + 1));
}
function exchange_parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/globus/network-errors.js
// What a failed fetch says about the connection. undici wraps the socket's error in `cause`
// (sometimes twice, or in an AggregateError for several addresses), so the chain is walked and
// classified by `code`, never by the wording of a message.
/**
 * Node's codes for a certificate that cannot be trusted: OpenSSL's X509 verification errors
 * (https://nodejs.org/api/tls.html#x509-certificate-error-codes) and Node's own host name check.
 * Trying again will not make such a certificate trusted.
 */
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
/** How deep a chain of causes is followed: enough for undici, finite for a cycle. */
const network_errors_MAX_DEPTH = 8;
/** The error and its causes, outermost first (AggregateError members included). */
function causeChain(error) {
    const chain = [];
    const queue = [error];
    while (queue.length > 0 && chain.length < network_errors_MAX_DEPTH) {
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
/** The certificate error code anywhere in the chain, if the failure was an untrusted certificate. */
function untrustedCertificateCode(error) {
    return causeChain(error)
        .map(codeOf)
        .find((code) => code !== undefined && UNTRUSTED_CERTIFICATE_CODES.has(code));
}
/** The most specific reason a connection failed: the innermost error, with its code. */
function networkCause(error) {
    const chain = causeChain(error);
    const inner = chain.findLast((e) => e instanceof Error) ?? chain.at(-1);
    if (!(inner instanceof Error))
        return String(inner);
    const code = codeOf(inner) ?? chain.map(codeOf).find((c) => c !== undefined);
    return code && !inner.message.includes(code) ? `${code} ${inner.message}` : inner.message;
}

;// CONCATENATED MODULE: ./lib/globus/request-body.js
function request_body_contentType(request) {
    if (request.form)
        return { 'content-type': 'application/x-www-form-urlencoded' };
    return request.body === undefined ? {} : { 'content-type': 'application/json' };
}
function bodyOf(request) {
    if (request.form)
        return { body: new URLSearchParams(request.form).toString() };
    return request.body === undefined ? {} : { body: JSON.stringify(request.body) };
}

// EXTERNAL MODULE: ./lib/globus/request-url.js
var request_url = __webpack_require__(9031);
;// CONCATENATED MODULE: ./lib/globus/retry.js
// When and how long to wait before trying a request again. Pure: the caller owns the clock.
/** Statuses worth another try: rate limiting and the gateway-ish server errors. */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
const DEFAULT_RETRY_POLICY = { maxRetries: 5, maxWaitMs: 10_000 };
/**
 * Jittered exponential backoff, as the Globus Python SDK does it:
 * (0.25 + 0.5 * random) * 2^attempt seconds, at most maxWaitMs.
 */
function backoffMs(attempt, random, policy) {
    return Math.min(policy.maxWaitMs, Math.round((0.25 + 0.5 * random) * 2 ** attempt * 1000));
}
/** Retry-After as integer seconds (the form Globus and proxies send); dates are ignored. */
function retryAfterMs(value) {
    if (value === null || !/^\s*\d+\s*$/.test(value))
        return undefined;
    return Number.parseInt(value, 10) * 1000;
}
/**
 * How long to wait before the next try: the jittered backoff at least, whatever Retry-After
 * says (`Retry-After: 0` must not turn retries into a burst), longer when Retry-After asks so.
 */
function retryWaitMs(attempt, random, policy, retryAfter) {
    return Math.max(backoffMs(attempt, random, policy), retryAfterMs(retryAfter) ?? 0);
}

;// CONCATENATED MODULE: ./lib/globus/transport.js










const DEFAULT_REQUEST_TIMEOUT_MS = defaults/* REQUEST_TIMEOUT_SECONDS */.Eb * 1000;
const DEFAULT_TOTAL_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const silent = { debug() { }, info() { } };
class Transport {
    /** Requests sent, for reports and tests. */
    requestCount = 0;
    baseUrl;
    authorization;
    redactor;
    settings;
    record;
    takeEarly;
    deadline;
    /** `authorization` is the whole header value; `redactor` knows every credential it holds. */
    constructor(baseUrl, authorization, redactor, settings = {}) {
        this.baseUrl = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
        this.authorization = authorization;
        this.redactor = redactor;
        this.settings = {
            fetch: settings.fetch ?? globalThis.fetch,
            requestTimeoutMs: settings.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
            totalTimeoutMs: settings.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS,
            retry: settings.retry ?? DEFAULT_RETRY_POLICY,
            maxBodyBytes: settings.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
            userAgent: settings.userAgent ?? 'ensure-globus-scope',
            log: settings.log ?? silent,
            now: settings.now ?? Date.now,
            sleep: settings.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
            random: settings.random ?? Math.random,
        };
        this.record = settings.record;
        this.takeEarly = (0,early_request/* takeOnce */.XC)(settings.early);
        this.deadline = this.settings.now() + this.settings.totalTimeoutMs;
    }
    /** From now on, send this Authorization header (a Bearer token instead of Basic, say). */
    useAuthorization(value) {
        this.authorization = value;
    }
    async send(request) {
        const url = (0,request_url/* requestUrl */.F)(this.baseUrl, request.path, request.query);
        const described = { method: request.method, path: describeUrl(url) };
        // A write's fate is unknown after a lost answer; asking for a token changes nothing.
        const isWrite = request.method !== 'GET' && !request.idempotent;
        const { log, retry, random, now, totalTimeoutMs } = this.settings;
        for (let attempt = 0;; attempt++) {
            const result = await this.attempt(url, request, described);
            if (result.kind === 'answer' && !RETRYABLE_STATUSES.has(result.status)) {
                return checkedAnswer(result, request.schema, described, this.redactor);
            }
            let reason;
            let retryIn;
            if (result.kind === 'failure') {
                if (result.permanent)
                    throw new errors/* TransportError */.wX(described, result.cause);
                if (isWrite)
                    throw new errors/* LostWriteError */.e_(described, result.cause);
                reason = result.cause;
                retryIn = backoffMs(attempt, random(), retry);
            }
            else {
                // 429 means Globus did not act, so even a write may be sent again;
                // after a 5xx a write's fate is unknown and the caller must look first.
                if (isWrite && result.status !== 429)
                    throw new errors/* LostWriteError */.e_(described, `status ${result.status}`);
                reason = `status ${result.status}`;
                retryIn = retryWaitMs(attempt, random(), retry, result.headers.get('retry-after'));
            }
            const exhausted = attempt >= retry.maxRetries;
            if (exhausted || retryIn >= this.deadline - now()) {
                const why = exhausted
                    ? `gave up after ${attempt + 1} attempts`
                    : `gave up after ${attempt + 1} attempts: the next wait (${seconds(retryIn)}) would pass the ${seconds(totalTimeoutMs)} time limit`;
                if (result.kind === 'answer')
                    throw errorFromAnswer(result, described, this.redactor, why);
                throw new errors/* TransportError */.wX(described, `${result.cause}; ${why}. Check that the runner reaches ${this.baseUrl.origin} (proxy settings: HTTPS_PROXY, NO_PROXY)`);
            }
            log.info(`Globus Auth: ${described.method} ${url.pathname} failed (${reason}); ` +
                `retry ${attempt + 1} of ${retry.maxRetries} in ${seconds(retryIn)}`);
            await this.settings.sleep(retryIn);
        }
    }
    async attempt(url, request, described) {
        const { now, log, maxBodyBytes } = this.settings;
        const remaining = this.deadline - now();
        if (remaining <= 0) {
            throw new errors/* DeadlineError */.j3(`${described.method} ${described.path}: the ${seconds(this.settings.totalTimeoutMs)} time limit for talking to Globus Auth ran out`);
        }
        const timeoutMs = Math.min(this.settings.requestTimeoutMs, remaining);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        const started = now();
        this.requestCount++;
        try {
            const authorization = request.authorization ?? this.authorization;
            const early = this.takeEarly(url.toString(), request.method, authorization);
            const response = early
                ? await early.take(controller.signal)
                : await this.settings.fetch(url.toString(), {
                    method: request.method,
                    headers: {
                        authorization,
                        accept: 'application/json',
                        'user-agent': this.settings.userAgent,
                        ...request_body_contentType(request),
                    },
                    ...bodyOf(request),
                    signal: controller.signal,
                    // Never follow: the Authorization header must only reach the configured host.
                    redirect: 'manual',
                });
            const text = await readCapped(response.body, maxBodyBytes);
            log.debug(`Globus Auth: ${described.method} ${described.path} -> ${response.status} (${now() - started} ms)`);
            if (text === undefined) {
                // Not transient: the same request would get the same answer.
                const cause = `the answer (status ${response.status}) was larger than ${maxBodyBytes} bytes; it was not read`;
                this.recordAttempt(described, request, { status: response.status, failure: cause });
                return { kind: 'failure', cause, permanent: true };
            }
            this.recordAttempt(described, request, { status: response.status, text });
            return { kind: 'answer', status: response.status, headers: response.headers, text };
        }
        catch (error) {
            if (controller.signal.aborted) {
                const cause = `no answer within ${seconds(timeoutMs)}`;
                log.debug(`Globus Auth: ${described.method} ${described.path} -> ${cause}`);
                this.recordAttempt(described, request, { failure: cause });
                return { kind: 'failure', cause };
            }
            const cause = `connection failed: ${excerpt(networkCause(error), this.redactor)}`;
            log.debug(`Globus Auth: ${described.method} ${described.path} -> ${cause}`);
            this.recordAttempt(described, request, { failure: cause });
            // A certificate that cannot be trusted will not become trusted by trying again.
            const certificate = untrustedCertificateCode(error);
            if (certificate === undefined)
                return { kind: 'failure', cause };
            const named = cause.includes(certificate) ? cause : `${cause} (${certificate})`;
            return {
                kind: 'failure',
                cause: `${named}. The TLS certificate of ${url.host} is not trusted; nothing was sent`,
                permanent: true,
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
            this.record(exchangeRecord({ ...described, request: asked, result }, this.redactor));
        }
        catch {
            // The transcript is a side record: it never changes what a request does.
        }
    }
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

;// CONCATENATED MODULE: ./lib/globus/client.js
// Typed calls to the Globus Auth scopes API, on top of the transport (transport.ts): Basic auth
// with the client's id and secret, ids checked before they go into a request, answers checked
// against the schemas (schemas.ts).







class AuthClient {
    clientId;
    /** The base URL of Globus Auth this client talks to. */
    authUrl;
    /** What every message built from an answer is scrubbed with. */
    redactor;
    transport;
    credentials;
    constructor(options) {
        const { baseUrl, clientId, clientSecret, redactor, authMethod, onToken, ...settings } = options;
        this.clientId = clientId;
        this.authUrl = baseUrl;
        this.redactor = redactor ?? credentialRedactor(clientId, clientSecret);
        const authorization = (0,basic/* basicAuthorization */.a)(clientId, clientSecret);
        this.transport = new Transport(baseUrl, authorization, this.redactor, settings);
        this.credentials = new credentials/* Credentials */.Ji(this.transport, {
            basic: authorization,
            method: authMethod ?? 'basic',
            redactor: this.redactor,
            log: settings.log ?? { debug() { }, info() { } },
            onToken,
        });
    }
    /** Requests sent, for reports and tests. */
    get requestCount() {
        return this.transport.requestCount;
    }
    /** Scopes by scope string; unknown strings are simply absent from the answer. */
    findScopesByString(scopeStrings) {
        return this.lookup('scope_strings', scopeStrings);
    }
    /** Scopes by id; unknown ids are simply absent from the answer. */
    async findScopesById(ids) {
        ids.forEach((id, index) => {
            uuidOnly(id, `ids[${index}]`, { method: 'GET', path: '/v2/api/scopes?ids=…' });
        });
        return this.lookup('ids', ids);
    }
    /** One GET /v2/api/scopes; the API takes ids or scope strings, never both at once. */
    async lookup(by, values) {
        if (values.length === 0)
            return [];
        const answer = await this.credentials.send({
            method: 'GET',
            path: 'v2/api/scopes',
            query: { [by]: values.join(',') },
            schema: schemas/* ScopesAnswerSchema */.h,
        });
        return answer.scopes;
    }
    async getScope(scopeId) {
        const answer = await this.credentials.send({
            method: 'GET',
            path: `v2/api/scopes/${uuidSegment(scopeId, 'scope id', { method: 'GET', path: '/v2/api/scopes/{scope_id}' })}`,
            schema: schemas/* ScopeAnswerSchema */.yt,
        });
        return answer.scope;
    }
    /** The ids of the scopes this client owns. */
    async getClientScopeIds() {
        const answer = await this.credentials.send({
            method: 'GET',
            path: `v2/api/clients/${this.clientSegment({ method: 'GET', path: '/v2/api/clients/{client_id}' })}`,
            schema: schemas/* ClientAnswerSchema */.ht,
        });
        return answer.client.scopes;
    }
    /**
     * Every scope the create answer holds: one, or one per registered domain of the client.
     * Which of them is the Action Provider's is the caller's choice (scope-choice.ts).
     */
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
/**
 * An id as a request path segment: a UUID, or refused before anything is sent. Ids come from
 * answers and files; `..`, a slash or an escape would point the request somewhere else.
 */
function uuidSegment(id, what, request) {
    uuidOnly(id, what, request);
    return id;
}
function uuidOnly(id, what, request) {
    if (typeof id === 'string' && (0,scope_string/* isUuid */.O1)(id))
        return;
    // The value is not shown: it may be anything, from anywhere.
    const shape = typeof id === 'string' ? `${id.length} characters` : typeof id;
    throw new errors/* TransportError */.wX(request, `refused to send: the ${what} is not a UUID (${shape}); nothing was sent`);
}

// EXTERNAL MODULE: ./lib/globus/environments.js
var environments = __webpack_require__(6154);
;// CONCATENATED MODULE: ./lib/globus/dispatcher.js
// The undici dispatcher for requests to Globus Auth. Every request carries the client's Basic
// credentials, so where it may go depends on the protocol:
// - https: through the proxy of HTTPS_PROXY / HTTP_PROXY unless NO_PROXY says otherwise, as
//   self-hosted runners need. The proxy only sees a CONNECT; TLS runs end to end.
// - http (loopback only: tests and the demo): never through a proxy. An HTTP proxy is handed
//   the whole request in clear, Authorization header included, and would forward it off the machine.


function dispatcherFor(authUrl) {
    const url = new URL(authUrl);
    const unsafe = (0,environments/* unsafeBaseUrlReason */.D0)(url);
    if (unsafe)
        throw new Error(`No dispatcher for the Globus Auth URL ${url.origin}: ${unsafe}`);
    return url.protocol === 'https:' ? new undici.EnvHttpProxyAgent() : new undici.Agent();
}

// EXTERNAL MODULE: ./lib/inputs.js + 1 modules
var inputs = __webpack_require__(5111);
;// CONCATENATED MODULE: ./lib/sinks/log.js

const COMMAND_START = /^\s*::/;
// The runner also takes a line holding `##[` ANYWHERE for a (legacy) workflow command.
const LEGACY_COMMAND = /##(?=\[)|##(?=vso\[)/g;
const unlegacy = (text) => text.replace(LEGACY_COMMAND, '#\\u0023');
/** One safe line: redacted, without control characters, never a workflow command. */
function logLine(line, redactor) {
    const text = unlegacy(printable(redactor.redact(line)));
    return COMMAND_START.test(text) ? `» ${text.trimStart()}` : text;
}
/** Safe lines of a message that may span several. */
function log_logLines(text, redactor) {
    return splitLines(redactor.redact(text)).map((line) => logLine(line, redactor));
}
/**
 * A message for a toolkit command (core.error, core.warning, core.setFailed). The toolkit escapes
 * line breaks itself, so lines stay lines; other control characters are made visible.
 */
function commandMessage(text, redactor) {
    return splitLines(redactor.redact(text))
        .map((line) => unlegacy(printable(line)))
        .join('\n');
}

;// CONCATENATED MODULE: ./lib/sinks/output.js

function outputValue(value, redactor) {
    return printable(redactor.redact(value)).replace(/\t/g, '\\u0009');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/transcript.js
// The transcript of a run (ENSURE_GLOBUS_SCOPE_TRANSCRIPT): one JSON line per exchange with Globus
// Auth, appended as it happens, for `npm run contract` and for replays in the tests. The records
// come scrubbed from the transport (globus/exchange.ts). A transcript is a side record: when it
// cannot be written, the run goes on and the adapter is told once.


const TRANSCRIPT_VARIABLE = 'ENSURE_GLOBUS_SCOPE_TRANSCRIPT';
/** A record hook appending to `path`; after the first failure it says why through `warn` and stops. */
function transcriptWriter(path, warn) {
    let state = 'new';
    return (exchange) => {
        if (state === 'failed')
            return;
        try {
            if (state === 'new')
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            state = 'open';
            (0,external_node_fs_.appendFileSync)(path, `${JSON.stringify(exchange)}\n`);
        }
        catch (error) {
            state = 'failed';
            const why = error instanceof Error ? error.message : String(error);
            warn(`Could not write the transcript (${TRANSCRIPT_VARIABLE}) to ${path}: ${why}. The run goes on without it.`);
        }
    };
}

;// CONCATENATED MODULE: ./lib/main.js
// run(): the adapter between the runner and execute(). It masks the credentials before anything
// is printed, reads the inputs, and renders the Outcome through the sinks: log lines, annotations,
// outputs, the job summary and the pull-request comment. Nothing else prints.
















async function run(options = {}) {
    // timeout_seconds bounds the whole step, the early start (index.ts) included.
    const started = Math.round(Date.now() - process.uptime() * 1000);
    // Before anything can be printed: the runner masks these in every later line.
    const secret = core/* getInput */.V4('client_secret');
    const token = core/* getInput */.V4('github_token');
    for (const value of [secret, token])
        if (value)
            core/* setSecret */.Pq(value);
    const redactor = credentialRedactor(core/* getInput */.V4('client_id'), secret);
    if (token)
        redactor.add(token);
    const print = (text) => {
        for (const line of log_logLines(text, redactor))
            core/* info */.pq(line);
    };
    const log = {
        info: print,
        debug: (text) => core/* debug */.Yz(commandMessage(text, redactor)),
        notice: (text) => core/* notice */.lm(commandMessage(text, redactor)),
    };
    const input = (name) => core/* getInput */.V4(name);
    if ((0,inputs/* isPlanWithoutCredentials */.Og)(input, process.env)) {
        return render(skippedOutcome(input('scope_file') || defaults/* DEFAULT_SCOPE_FILE */.WY, redactor), redactor);
    }
    let outcome;
    let dispatcher;
    try {
        const settings = options.early?.settings ?? (0,inputs/* readSettings */.sb)(input, process.env);
        core/* setSecret */.Pq((0,basic/* basicValue */.u)(settings.clientId, settings.clientSecret));
        // The id as it is sent (lower case), which may differ from the input's spelling.
        addCredentials(redactor, settings.clientId, settings.clientSecret);
        // HTTPS through the runner's proxy settings; plain HTTP (loopback only) never through a proxy.
        dispatcher = options.fetch ? undefined : dispatcherFor(settings.authUrl);
        const auth = new AuthClient({
            baseUrl: settings.authUrl,
            clientId: settings.clientId,
            clientSecret: settings.clientSecret,
            fetch: options.fetch ?? ((url, init) => (0,undici.fetch)(url, { ...init, dispatcher })),
            totalTimeoutMs: settings.timeoutSeconds * 1000 - (Date.now() - started),
            userAgent: defaults/* USER_AGENT */._O,
            redactor,
            authMethod: settings.authMethod,
            early: options.early?.lookup,
            // A token granted on the way is masked before anything can print it.
            onToken: (token) => core/* setSecret */.Pq(token),
            log,
            record: transcriptOf(process.env[TRANSCRIPT_VARIABLE], redactor),
        });
        outcome = await execute(settings, { auth, redactor, log }, options.early?.scopeFile);
        if (outcome.comment)
            await comment(outcome, outcome.comment, settings, redactor, started);
    }
    catch (error) {
        outcome = inputFailure(error, redactor);
    }
    finally {
        // An early request nothing took (a run that failed before its first lookup) must not hold
        // the process open; one that was taken is done, and dropping it changes nothing.
        options.early?.lookup?.discard();
        await dispatcher?.close();
    }
    await render(outcome, redactor);
}
/** The transcript's record hook when the variable names a file; its failure is a warning, never the step's. */
function transcriptOf(path, redactor) {
    if (!path)
        return undefined;
    return transcriptWriter(path, (message) => core/* warning */.$e(commandMessage(message, redactor)));
}
/** Inputs that cannot be read (or anything else execute() did not turn into an Outcome). */
function inputFailure(error, redactor) {
    const outcome = emptyOutcome();
    outcome.failure = failureOf(error, undefined, outcome);
    outcome.outputs = { status: 'failed', scope_string: '', scope_id: '' };
    const scopeFile = core/* getInput */.V4('scope_file') || defaults/* DEFAULT_SCOPE_FILE */.WY;
    const mode = core/* getInput */.V4('mode') || defaults/* DEFAULT_MODE */.Cm;
    outcome.summary = renderSummary({ result: undefined, error: outcome.failure, mode, scopeFile, authUrl: undefined, requests: 0 }, redactor);
    return outcome;
}
/** In plan mode on a pull request: one comment with the plan, kept up to date. Never fails the step. */
async function comment(outcome, request, settings, redactor, started) {
    if (!settings.githubToken)
        return;
    // octokit loads only here, where a comment is wanted: a chunk of its own (dist/).
    const { commentFailureAdvice, commentMarker, pullRequestComments, upsertPlanComment } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(172)]).then(__webpack_require__.bind(__webpack_require__, 5172));
    // The comment shares the run's time limit, so the whole step ends within timeout_seconds.
    const left = settings.timeoutSeconds * 1000 - (Date.now() - started);
    const timeoutMs = Math.min(defaults/* COMMENT_TIMEOUT_SECONDS */.qS * 1000, left);
    const warn = (message) => outcome.annotations.push({ level: 'warning', message });
    if (timeoutMs < 1000)
        return warn(commentFailureAdvice(undefined, 'the time limit (timeout_seconds) ran out'));
    const comments = pullRequestComments(settings.githubToken, timeoutMs);
    if (!comments)
        return;
    try {
        const result = await upsertPlanComment(comments, commentMarker(request.scope), request.body, request.hasChanges);
        if (result === 'identity-unknown') {
            return warn('Did not comment the plan: GitHub would not say which identity the github_token is, so no earlier ' +
                'plan comment can be known to be this action’s. The plan is in the job summary.');
        }
        outcome.log.push(`Pull-request plan comment: ${result}`);
    }
    catch (error) {
        const status = error.status;
        // GitHub's words are outside text: redacted, one line, cut.
        const detail = excerpt(error instanceof Error ? error.message : String(error), redactor);
        warn(commentFailureAdvice(typeof status === 'number' ? status : undefined, detail));
    }
}
const ANNOTATE = { error: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm };
async function render(outcome, redactor) {
    for (const line of outcome.log)
        for (const safe of log_logLines(line, redactor))
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
    if (outcome.outputs) {
        for (const [name, value] of Object.entries(outcome.outputs))
            core/* setOutput */.uH(name, outputValue(value, redactor));
    }
    if (outcome.failure)
        core/* setFailed */.C1(commandMessage(outcome.failure, redactor));
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        // Outside text in it was redacted and escaped value by value (sinks/markdown.ts); a pass over
        // the finished Markdown could cut a code fence in two.
        await core/* summary */.z.addRaw(outcome.summary).write();
    }
    catch (error) {
        // The scope work is done; a summary that cannot be written must not fail the step.
        core/* warning */.$e(commandMessage(`Could not write the job summary: ${String(error)}`, redactor));
    }
}


/***/ })

};
