export const id = 244;
export const ids = [244];
export const modules = {

/***/ 4244:
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
/** The plan's drift of dependent_scopes, if they drift (a create: always). */
function dependentDrift(plan) {
    // The field names the type of its values (one cast here, none in the callers).
    return plan.drift.find((d) => d.field === 'dependent_scopes');
}
/** The dependent scopes a plan adds, changes or removes; a create adds every one. */
function planDependentChanges(plan) {
    const drift = dependentDrift(plan);
    if (!drift)
        return [];
    if (plan.action === 'create')
        return drift.desired.map((desired) => ({ kind: 'added', desired }));
    return dependentScopeChanges(drift.desired, drift.current ?? []);
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
/**
 * Resolve every declared dependent scope to its id. `known` holds scopes already fetched (the
 * lookup by scope string); ids the current scope already depends on need no request, so only
 * new ids are looked up, in one request. Adds what it fetched to `known`.
 */
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
            if (!known.has(dependent.scope))
                unread.push({ id: dependent.scope, path: at(index) });
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
    return { dependents: resolved.map(({ dependent }) => dependent), unread };
}
/**
 * The one notice of a run for the dependent scopes given by id that this client could not read.
 * Only ensure writes: the read-only modes say what a write would do.
 */
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
/**
 * One lookup for the dependent scopes a plan shows only by id (read-only modes); the ones this run
 * already looked up in vain (`unread`) are not asked again.
 */
async function nameDependentScopes(auth, plan, known, unread) {
    const drift = dependentDrift(plan);
    const asked = new Set(unread.map((u) => u.id));
    const listed = [...(drift?.current ?? []), ...(drift?.desired ?? [])].map((d) => d.scope.toLowerCase());
    const unnamed = listed.filter((id) => !known.has(id) && !asked.has(id));
    for (const scope of await auth.findScopesById(unnamed))
        known.set(scope.id.toLowerCase(), scope);
}

;// CONCATENATED MODULE: ./lib/modes/ensure/new-suffix.js

/** Where the rule's problem stands in the scope file. */
const SUFFIX_PATH = ['scope', 'scope_suffix'];
/** A create whose suffix Globus' current rule refuses: nothing was sent. */
class NewScopeSuffixError extends Error {
    name = 'NewScopeSuffixError';
    /** The problem as the scope file's field says it, without the field's name. */
    problem;
    constructor(problem) {
        super(`scope_suffix ${problem}. Nothing was changed.`);
        this.problem = problem;
    }
}
/**
 * Before a create (or a plan of one): the suffix must keep the rule for a new scope. `others` are
 * the client's scopes: one whose suffix differs only in case is the one the file most likely means.
 */
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
/** The suffix as the rule for a new scope would have it: a suggestion, never applied. */
function followingTheRule(suffix) {
    return suffix.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
}

;// CONCATENATED MODULE: ./lib/report/phrasing.js
// English phrasing the report's texts share: a list, a count with its plural, a sentence's first letter.
/** `3`, `3 and 20`, `3, 16 and 20`. */
const listed = (items) => items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
/** `1 field`, `2 fields`. */
const counted = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/**
 * The text with its first letter in upper case, for a sentence that starts with a part of another;
 * unless it starts with a name in code (a word with an underscore: scope_file, provider_url), which
 * keeps its case, as the user writes it.
 */
const sentence = (text) => /^[A-Za-z0-9]*_\w*/.test(text) ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
/** `2nd`, `3rd`, `7th`, `11th`, `21st`. */
function ordinal(n) {
    const teens = n % 100 >= 11 && n % 100 <= 13;
    return `${n}${teens ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

;// CONCATENATED MODULE: ./lib/report/file-problems.js

/**
 * Problems annotated at their lines at most. GitHub shows 10 error annotations of a step and drops
 * the rest, first come first kept: one is left for the failure line, which is written last.
 */
const ANNOTATED_PROBLEMS = 9;
/** The problems annotated at their lines: the first few, and none for a file that was not read. */
const annotatedProblems = (error) => error.unread ? [] : error.problems.slice(0, ANNOTATED_PROBLEMS);
/** `line 3, column 14: scope.name: is required`. Untrusted text (keys, values) unquoted. */
function problemText(problem) {
    const where = problem.line ? `line ${problem.line}, column ${problem.column ?? 1}: ` : '';
    return `${where}${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}
const total = (error) => error.problems.length + error.omitted;
/** Where the annotations are: `annotated at lines 3 and 20`, or on the file when none has a line. */
function annotatedWhere(problems) {
    const lines = [...new Set(problems.flatMap((p) => (p.line ? [p.line] : [])))].sort((a, b) => a - b);
    if (lines.length === 0)
        return 'annotated on the file';
    return `annotated at ${lines.length === 1 ? 'line' : 'lines'} ${listed(lines.map(String))}`;
}
/**
 * The failure line: what is wrong, how many problems, and where they are annotated. A file not
 * read has one problem, which says it all (`does not exist; did you mean …?`), and no annotation.
 */
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
/** The same for the summary: our words as prose, the problems (untrusted text) in a code block. */
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
// Long lines broken into shorter ones, for code blocks that GitHub does not wrap: at 780 px (a
// pull-request comment) about 100 characters of code fit before the block scrolls sideways.
/** Characters of a code line at most, its marker and indentation included: 100, less a margin. */
const CODE_WIDTH = 96;
// One piece never split: an escape `printable` wrote (\u{e0041}, \u200b), else one code point.
const PIECE = /\\u\{[0-9a-f]+\}|\\u[0-9a-f]{4}|[\s\S]/gu;
// What a monospace font draws two columns wide: CJK, Hangul, kana, fullwidth forms, emoji.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Emoji_Presentation}\u2e80-\u303e\uff00-\uff60\uffe0-\uffe6\ufdfd]/u;
// What draws on the character before it, taking no column of its own: combining marks (printable
// leaves at most a letter's few on one character).
const ZERO_WIDTH = /[\p{Mn}\p{Me}]/u;
/**
 * How many columns a text takes in a code block: two for a wide character, none for a combining
 * mark, one for any other.
 */
function columns(text) {
    let count = 0;
    for (const char of text)
        count += WIDE.test(char) ? 2 : ZERO_WIDTH.test(char) ? 0 : 1;
    return count;
}
// Where a line may break, best first: a blank; a separator of a list or a query; one of a path.
// Never inside an id or a word when one of these is in the second half of the line.
const BREAKS = [new Set([' ']), new Set([',', '&', '?']), new Set(['/'])];
/**
 * Where to break `line` (an index of its pieces): after the best break in its second half, never
 * tearing a combining mark from the character it draws on.
 */
function breakPoint(line) {
    const breaksAfter = (at, after) => after.has(line[at] ?? '') && !ZERO_WIDTH.test(line[at + 1] ?? '');
    for (const after of BREAKS) {
        for (let at = line.length - 1; at + 1 >= line.length / 2; at--)
            if (breaksAfter(at, after))
                return at + 1;
    }
    return line.length;
}
/**
 * `text` in lines of at most `width` columns (columns()), broken after a blank where one is in the
 * second half of the line, else after a separator of a list or URL there (`,` `&` `?`, then `/`), else
 * anywhere but inside an escape or a surrogate pair.
 */
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
// The Markdown sink, for the job summary and the pull-request comment. Untrusted text only ever
// appears inside a code span or a fenced block, where GitHub renders no links, images, mentions,
// headings or HTML; it is redacted first (the runner masks logs, not summaries or comments).


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
// HTTPS, a host name, and a path of unreserved characters: nothing Markdown or HTML reads.
const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?(\/[A-Za-z0-9._~-]+)*\/?$/;
/**
 * The label and its value on one line when it fits (in columns, as wrap() counts: a wide character
 * takes two); else the value on lines of its own, indented.
 */
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
    // CommonMark strips one blank from each side when both have one; pad so the value survives.
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
// The caller's-eye check: with a second client standing in for a caller, prove that callers can
// use the scope end to end, as a deployed Action Provider does with their tokens. (1) The caller
// gets a token for the scope; (2) the provider's client introspects it; (3) the provider's client
// exchanges it for dependent tokens; (4) every token given along the way is revoked by the client
// that holds it, whatever happened. Pure over its collaborators: Globus' answers in, data out;
// report/ words it.




const STEPS = ['token', 'introspection', 'dependent-tokens', 'revocation'];
/**
 * The most tokens one check revokes: the caller's token, and an access and a refresh token per
 * dependent scope a file may list. An answer holding more (a hostile or broken one) is not
 * revoked token by token past the time limit; the rest are counted and said.
 */
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
        // Whatever happened, a bug included: the tokens given so far, the latest first.
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
    // Whether Globus lists the provider's client in aud is unverified: only a list without it fails.
    if (seen.audience && !seen.audience.some((listed) => (0,scope_string/* sameId */.s)(listed, check.providerId))) {
        return { step: 'introspection', kind: 'audience', audience: seen.audience };
    }
    check.audience = seen.audience ? 'lists-provider' : 'not-given';
    if (check.required.length === 0) {
        check.dependents = 'none-required';
        return undefined;
    }
    // As a provider does for a dependent scope that requires a refresh token (access_type=offline).
    const offline = check.required.some((dependent) => dependent.requiresRefreshToken);
    let tokens;
    try {
        tokens = await io.provider.dependentTokens(token.token, offline);
    }
    catch (error) {
        if (error instanceof globus_tokens/* UnreadGrantError */.yx)
            holdAll(check, held, 'provider', error.granted);
        const refusal = refusalOf(error);
        // The provider's own id and secret refused: its error names client_secret, not the exchange.
        return refusal && !refusesCredentials(refusal)
            ? { step: 'dependent-tokens', kind: 'refused', refusal }
            : noAnswer('dependent-tokens', error, offline);
    }
    for (const dependent of tokens)
        hold(check, held, 'provider', dependent);
    // Matched by scope string: a token's `scope` lists the scopes it is for.
    const named = check.required.flatMap((dependent) => (dependent.scopeString ? [dependent.scopeString] : []));
    const missing = named.filter((wanted) => !tokens.some((granted) => granted.scopes.includes(wanted)));
    const unnamed = check.required.filter((dependent) => !dependent.scopeString).map((dependent) => dependent.id);
    const got = named.filter((wanted) => !missing.includes(wanted));
    // Whether Globus gives a refresh token on a client's own token is unverified: said, not failed.
    const noRefresh = check.required
        .filter(({ scopeString, requiresRefreshToken }) => requiresRefreshToken && scopeString && got.includes(scopeString))
        .map(({ scopeString }) => scopeString)
        .filter((wanted) => !tokens.some((granted) => granted.scopes.includes(wanted) && granted.refreshToken));
    check.dependents = { got, unnamed, noRefresh };
    return missing.length > 0 ? { step: 'dependent-tokens', kind: 'missing', missing } : undefined;
}
/** A granted token, its refresh token and any other its answer held, to be revoked by `holder`. */
function hold(check, held, holder, granted) {
    const { scopes, expiresIn } = granted;
    keep(check, held, { holder, kind: 'access', token: granted.token, scopes, expiresIn });
    if (granted.refreshToken) {
        keep(check, held, { holder, kind: 'refresh', token: granted.refreshToken, scopes, expiresIn: undefined });
    }
    holdAll(check, held, holder, granted.others);
}
/** Tokens an answer held without saying what for (one that could not be read whole, say). */
function holdAll(check, held, holder, tokens) {
    for (const { token, kind } of tokens)
        keep(check, held, { holder, kind, token, scopes: [], expiresIn: undefined });
}
/** At most MAX_REVOKED tokens; the rest are counted. */
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
            // A refusal of the caller's id and secret names the caller's inputs, not the provider's.
            const why = what.holder === 'caller' && error instanceof errors/* GlobusAuthError */.f5 && refusesCredentials(error)
                ? error.withAdvice((0,errors/* credentialsWhy */.FG)('', errors/* CALLER_INPUTS */.KB), true, errors/* CALLER_INPUTS */.KB).message
                : error.message;
            check.notRevoked.push({ ...what, why });
        }
    }
}
/** A refusal of the client's own id and secret (401, or OAuth2's invalid_client at any status). */
function refusesCredentials(refusal) {
    return refusal.status === 401 || refusal.code === 'invalid_client';
}
/** Globus Auth's refusal (a 4xx other than 429): what it said. Anything else is not a refusal. */
function refusalOf(error) {
    if (!(error instanceof errors/* GlobusAuthError */.f5) || error.status >= 500 || error.status === 429)
        return undefined;
    return { status: error.status, code: error.code, detail: error.detail, requestId: error.requestId };
}
function noAnswer(step, error, offline = false) {
    if (!isGlobusFailure(error))
        throw error;
    // A grant whose answer was lost may have made a token this check never saw, so cannot revoke;
    // one whose answer was read but not understood handed on the tokens it held (UnreadGrantError).
    const lost = error instanceof errors/* LostWriteError */.e_ ||
        (error instanceof errors/* TransportError */.wX && !(error instanceof globus_tokens/* UnreadGrantError */.yx) && step !== 'introspection');
    return lost && step === 'dependent-tokens' && offline
        ? { step, kind: 'no-answer', message: error.message, tokenMayExist: true, refreshMayExist: true }
        : { step, kind: 'no-answer', message: error.message, tokenMayExist: lost };
}
/** What talking to Globus Auth can end in; anything else is a bug, thrown on. */
function isGlobusFailure(error) {
    return (error instanceof errors/* GlobusAuthError */.f5 ||
        error instanceof errors/* TransportError */.wX ||
        error instanceof errors/* LostWriteError */.e_ ||
        error instanceof errors/* DeadlineError */.j3);
}

;// CONCATENATED MODULE: ./lib/report/caller.js
// The caller check's words (src/caller/): one line per step for the log and the summary, the
// failure with the way out first, and a warning per token it could not revoke. Values from
// outside (scope strings, Globus' codes and words, the audience) come quoted by the caller's
// escape: plain in the log, code spans in Markdown.




const TITLES = {
    token: 'token for the scope, with the caller’s credentials',
    introspection: 'introspection by the provider’s client',
    'dependent-tokens': 'dependent tokens for the provider',
    revocation: 'revocation of every token given',
};
/** The log's first words, before the check sends anything. */
function callerCheckStart(callerId, scopeString) {
    return `Checking that callers can use ${scopeString}, with the stand-in caller ${callerId} (caller_client_id):`;
}
/** Each step's result, in order. */
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
/** The log lines of a check, after its first words. */
function callerLogLines(check) {
    return callerSteps(check, (value) => value).map(({ number, title, result, detail }) => `  ${number}. ${sentence(title)}: ${result}${detail ? `: ${detail}` : ''}.`);
}
const ICONS = { passed: ' ✅', failed: ' ❌', 'some not revoked': ' ⚠️' };
/** The summary's facts: the check's result, then one line per step. */
function callerFacts(run, md) {
    if (run.kind === 'not-checked')
        return ['- Caller check: run by `mode: verify` only'];
    const { check } = run;
    const verdict = check.failure ? `failed at step ${STEPS.indexOf(check.failure.step) + 1} ❌` : 'passed ✅';
    return [
        `- Caller check with the stand-in caller ${md.code(check.callerId)}: ${verdict} (${counted(run.requests, 'request')})`,
        ...callerSteps(check, md.code).map(({ number, title, result, detail }) => 
        // "Step 1", not "1.": a number and a dot would start an ordered list inside the item.
        `  - Step ${number}, ${title}: ${result}${ICONS[result] ?? ''}${detail ? `: ${detail}` : ''}`),
    ];
}
/** Why the check failed, the way out first: which step, whose credentials, and Globus' reason. */
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
            // The message holds Globus' words (an error page, say): quoted like any value from outside.
            return `The caller check could not finish ${atStep(failure.step)}: ${quotedSentence(failure.message, quote)}${lost}`;
        }
    }
}
/** A missing dependent token, as a provider's users would meet it. */
function missingText(scopeString, quote) {
    return scopeString === scope_string/* GROUPS_SCOPE_STRING */.w
        ? 'The provider could not get a Groups token for its callers, so group-based policies would never match.'
        : `The provider could not get a token for ${quote(scopeString)} for its callers.`;
}
/** A token the check could not revoke, as a warning. */
function notRevokedText(missed, quote) {
    const whose = missed.holder === 'caller' ? 'The stand-in caller’s' : 'The provider’s dependent';
    const what = missed.kind === 'refresh' ? 'refresh token' : 'token';
    const forWhat = missed.scopes.length ? ` for ${missed.scopes.map(quote).join(' ')}` : '';
    const expiry = missed.kind === 'refresh'
        ? 'A refresh token stays valid until it is revoked; only the provider’s client holds it.'
        : `It expires on its own${missed.expiresIn === undefined ? '' : ` within ${hours(missed.expiresIn)}`}; only ${missed.holder === 'caller' ? 'the stand-in caller' : 'the provider’s client'} holds it.`;
    return `${whose} ${what}${forWhat} from the caller check could not be revoked: ${quotedSentence(missed.why, quote)} ${expiry}`;
}
/** Tokens past what one check revokes (MAX_REVOKED), as one warning. */
function notHeldText(count) {
    return (`${counted(count, 'more token')} that Globus Auth gave during the caller check ${count === 1 ? 'was' : 'were'} not ` +
        `revoked: the check revokes at most ${MAX_REVOKED}, and an answer held more than the scope’s dependent scopes ` +
        'account for. An access token expires on its own; a refresh token stays valid until it is revoked.');
}
/**
 * verify found no scope while a stand-in caller was given: with client_id and caller_client_id
 * swapped, the scope string is the caller's, and ensure would create it on the caller's client.
 */
function callerSwappedText(callerId) {
    return (`If client_id and caller_client_id are swapped, do not run ensure: it would create the scope on the ` +
        `stand-in caller’s client. client_id must be the Action Provider’s client, and caller_client_id ` +
        `(${callerId}) the stand-in caller’s.`);
}
/** plan and ensure take the inputs, and say they are for verify. */
function callerNotCheckedText(mode) {
    return (`caller_client_id and caller_client_secret are used in mode: verify only: the caller check runs once the scope ` +
        `matches the file, and ${mode} may still change it. Run verify with them.`);
}
function answered(refusal, quote) {
    const code = refusal.code ? ` ${quote(refusal.code)}` : '';
    const id = refusal.requestId ? ` (request id ${quote(refusal.requestId)})` : '';
    // An OAuth2 error with no description has its code for a detail: said once.
    const detail = refusal.detail === refusal.code ? '' : `: ${quote(refusal.detail)}`;
    return `${refusal.status}${code}${detail}${id}`;
}
/** A message from outside, quoted, as a sentence: one full stop, after the quote. */
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


/** A dependent scope by its scope string where known, else by its id. */
const nameOf = (dep, knownScopes) => knownScopes.get(dep.scope.toLowerCase())?.scope_string ?? dep.scope;
function dependentLines(marker, dep, knownScopes) {
    return [
        { marker, label: '  ', value: JSON.stringify(nameOf(dep, knownScopes)) },
        { marker, label: `    optional: ${dep.optional}, requires_refresh_token: ${dep.requires_refresh_token}` },
    ];
}
/** What the plan changes (a create: every field), in the order of the scope's fields. */
function planDiff(plan, knownScopes) {
    const lines = [];
    for (const drift of plan.drift) {
        if (drift.field !== 'dependent_scopes') {
            if (drift.current !== undefined)
                lines.push(fieldLine('-', drift.field, drift.current));
            lines.push(fieldLine('+', drift.field, drift.desired));
            continue;
        }
        // A create adds them all; an update shows only the ones it adds, changes or removes.
        const changes = planDependentChanges(plan);
        if (changes.length === 0) {
            // A create with none: the empty list is what it writes.
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
/** What an update leaves as it is, as context lines; empty unless an update leaves something. */
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
/** The plan in one line; for a create `new scope` and its fields; undefined when nothing changes. */
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
        // The first names what they are: `2 dependent scopes added, 1 removed`.
        parts.push(named ? `${n} ${kind}` : `${counted(n, 'dependent scope')} ${kind}`);
        named = true;
    }
    return { total: counted(fields + changes.length, 'change'), parts: parts.join(', ') };
}
/** The count as plain text: `4 changes: 1 field, …`. */
const countText = (count) => `${count.total}: ${count.parts}`;
/**
 * What the markers of a diff mean, for the markers it has: `- in Globus Auth now, + in the scope
 * file`. The markers are quoted by the caller's escape (code spans in Markdown).
 */
function legend(lines, quote) {
    const parts = [];
    if (lines.some((line) => line.marker === '-'))
        parts.push(`${quote('-')} in Globus Auth now`);
    if (lines.some((line) => line.marker === '+'))
        parts.push(`${quote('+')} in the scope file`);
    return parts.length > 0 ? parts.join(', ') : undefined;
}
/** The diff as plain lines, for the log; text/log.ts escapes them. */
function diffText(lines) {
    return lines.map(({ marker, label, value }) => `${marker} ${label}${value ?? ''}`.trimEnd());
}

;// CONCATENATED MODULE: ./lib/report/github-limits.js
// GitHub's limits on what a run writes, and the cut that keeps within them: a step summary over 1 MiB is dropped,
// a comment over 65,536 characters refused. The caps, and the cut, are here once.
/** GitHub drops a step summary over 1 MiB (of bytes, not characters); this leaves room for others. */
const MAX_SUMMARY_BYTES = 512 * 1024;
/** GitHub refuses a comment over 65,536 characters (the marker line comes on top). */
const MAX_COMMENT_CHARS = 60_000;
/** At most `maxBytes` of UTF-8, cut at a line end, saying that it was cut. */
function bounded(text, maxBytes = MAX_SUMMARY_BYTES) {
    if (Buffer.byteLength(text) <= maxBytes)
        return text;
    // Whole lines only: a code span never spans lines, so none is left open (an open fenced block
    // only turns the rest into code). Bytes are counted once per line, as they are kept.
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
    // A block cut open would turn the note, and anything after it, into code: close it first.
    if (fence)
        kept.push(fence);
    return `${kept.join('\n')}\n\n*(truncated)*\n`;
}

;// CONCATENATED MODULE: ./lib/modes/ensure/consent.js

/** Empty for a create: nobody has consented to a scope that does not exist yet. */
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
// The deployed Action Provider's description document (GET <provider_url>, the Action Provider
// "introspection" of Globus' guide) names the scope it takes tokens for: `globus_auth_scope`. It
// is read without credentials of any kind. A deploy rolls out over time, so a 5xx or 429, a failed
// connection or a description naming another scope of this client (the one before) is read again
// (backoff) until the time limit; any other answer, a string that is no scope of this client
// included, ends the check at once, saying what to change.









/** `answered 502`, `could not be reached (ECONNREFUSED)`: what it shows quoted where it is printed. */
function whyText(why, quote = (value) => value) {
    return `${why.why}${why.shown ? ` (${why.shown.label}${quote(why.shown.value)})` : ''}`;
}
/** The provider does not advertise the scope, or cannot be read as a provider: the step fails. */
class ProviderCheckError extends Error {
    name = 'ProviderCheckError';
    failure;
    constructor(failure) {
        super(`the Action Provider check failed (${failure.kind})`);
        this.failure = failure;
    }
}
const DescriptionSchema = classic_schemas/* object */.Ikc({ globus_auth_scope: schemas/* ScopeStringSchema */.VY });
/**
 * Read the provider's description until it advertises `wanted` (or a scope `judge` calls this
 * scope: a domain variant of it), as long as the answer can still become that: while the provider
 * cannot be read, or advertises another scope of this client, until the time limit.
 */
async function waitForProviderScope(url, wanted, judge, io) {
    const now = io.now ?? Date.now;
    const pause = io.sleep ?? clock/* sleep */.y;
    const started = now();
    // What the log said last: a wait for the same reason is one short line.
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
            // No rollout turns a string that is no scope of this client into this scope.
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
            // The scope itself is the log's line before this one.
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
            // No Authorization, no token: the description is public or this check is not for it.
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
        // Globus Auth's rule (globus/network-errors.ts): trying again changes neither of these.
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
/** The way out when provider_url does not lead to a description. */
const BASE_URL = 'Set provider_url to the Action Provider’s base URL (the URL flows use).';
/** What an answer of the provider means; its words are untrusted text (excerpt: redacted, one line, cut). */
function meaning(status, type, text, redactor) {
    // A gateway's 429 (rate limited) passes as a 5xx does: the same address may answer right soon.
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
        // action-provider-tools answers 404 as well to a caller its visible_to leaves out.
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

// EXTERNAL MODULE: ./lib/text/difference.js
var text_difference = __webpack_require__(9784);
;// CONCATENATED MODULE: ./lib/report/lines.js
// What happened, as plain text: the log lines (the plan as diff.ts writes it) and the notices.
// Values that came from outside are quoted or escaped here; the log sink makes every line safe once more.









const HEADLINES = {
    created: 'created',
    updated: 'updated',
    unchanged: 'matches the file',
    'would-create': 'does not exist yet',
    'would-update': 'differs from the file',
};
/** A result's headline word, where it makes a second scope: the most important fact comes first. */
const SECOND_SCOPE_HEADLINES = {
    created: (scope) => `created as ${scope} for this client`,
    'would-create': (scope) => `does not exist yet and would be ${scope} for this client`,
};
/** The headline of a result, `matches the file`, `created as a second scope for this client`. */
function headline(result) {
    const second = result.otherScopes.length > 0 ? SECOND_SCOPE_HEADLINES[result.status] : undefined;
    return second ? second(newScope(result)) : HEADLINES[result.status];
}
/** `a second scope`, or `another scope (its 7th)` beside several: the scope a new suffix makes. */
function newScope(result) {
    const others = result.otherScopes.length;
    return others <= 1 ? 'a second scope' : `another scope (its ${ordinal(others + 1)})`;
}
/** Other scopes a sentence names at most; the rest are counted (an annotation holds 4,096 characters). */
const MAX_OTHER_SCOPES_NAMED = 5;
/** The log lines of a result: the headline with the count, the legend and the diff, and the notices. */
function resultLines(result) {
    const id = result.scope ? ` (id ${result.scope.id})` : '';
    const count = changeCount(result.plan);
    const changes = count ? ` (${countText(count)})` : '';
    const lines = [`Scope ${(0,printable/* printable */.g$)(result.scopeString)}${id} ${headline(result)}${changes}.`];
    // text/log.ts escapes each line.
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
    // A second scope is said by the headline here and by its warning (an annotation): not a third time.
    return lines;
}
/** The dependent scopes existing consents do not cover, each with why; untrusted text unquoted. */
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
/** What a second scope means, and the way back: said once, after the sentence that names it. */
const SECOND_SCOPE_MEANS = 'A new scope_suffix makes a new scope with a new scope string, not a renamed one: the provider’s ' +
    'globus_auth_scope, flows and users must move to it (with new consents), and the old scope stays until it is ' +
    'deleted by hand. To change the existing scope instead, put its scope_suffix back in the file.';
/**
 * The sentence that names a second scope: a scope this run made or a plan would make, for a client
 * that has others. Scope strings and `mode: ensure` are quoted by the caller's escape.
 */
function secondScopeSentence(result, quote) {
    const others = result.otherScopes.slice(0, MAX_OTHER_SCOPES_NAMED).map((s) => quote(s.scope_string));
    const more = result.otherScopes.length - others.length;
    const has = result.otherScopes.length === 1
        ? `the scope ${others.join('')}`
        : `its ${result.otherScopes.length} scopes ${others.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    const doer = result.status === 'created'
        ? 'This run created'
        : `${quote('mode: ensure')} ${result.mode === 'plan' ? 'will' : 'would'} create`;
    return `${doer} ${newScope(result)} for the client, ${quote(result.scopeString)}, beside ${has}.`;
}
/** What came of provider_url, for the log and the failure line. */
function providerText(check, wanted) {
    switch (check.kind) {
        case 'verified':
            return `The Action Provider at ${check.url} advertises ${check.advertised} (${counted(check.reads, 'read')}).`;
        case 'not-checked':
            return `provider_url is checked in mode: verify only: the provider is deployed after ${check.mode}. Run verify after the deploy.`;
        case 'failed':
            // A character alone reads better in quotes: "l", not l.
            return providerFailure(check.url.toString(), wanted, check.failure, (value) => value, JSON.stringify);
    }
}
/**
 * Why the deployed provider fails the gate, the way out first. Values come quoted by the caller's
 * escape (as they are for consentNotice): the provider's words are untrusted text. `quoteCharacter`
 * quotes the one character where two strings differ.
 */
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
/**
 * `: at character 14 it has "о" (U+043E, Cyrillic) where the scope string has "o" (U+006F,
 * Latin)`: the first character that differs, and its code points when either is not plain ASCII
 * (a look-alike). Characters come quoted by the caller's escape: they are the provider's.
 */
function differenceText(advertised, wanted, quote) {
    const difference = (0,text_difference/* firstDifference */.at)(advertised, wanted);
    if (!difference)
        return '';
    const { at, given, wanted: expected, alsoAt } = difference;
    const named = (character) => (0,text_difference/* isAscii */.ER)(given) && (0,text_difference/* isAscii */.ER)(expected) ? quote(character) : `${quote((0,text_difference/* alone */.QR)(character))} (${(0,text_difference/* codePoint */.yb)(character)})`;
    const also = alsoAt.length > 0 ? `; also at character${alsoAt.length > 1 ? 's' : ''} ${alsoAt.join(', ')}` : '';
    if (given === undefined)
        return `: it ends after character ${at - 1}, where the scope string goes on with ${named(expected ?? '')}`;
    if (expected === undefined)
        return `: it goes on at character ${at} with ${named(given)}, where the scope string ends`;
    return `: at character ${at} it has ${named(given)} where the scope string has ${named(expected)}${also}`;
}
/** Domain variants of the scope: this action keeps only the chosen one in line with the file. */
function variantsNotice(chosen, variants) {
    return (`Globus Auth also holds ${variants.join(', ')} with the same scope suffix (one per registered domain ` +
        `of the client); this action keeps only ${chosen} as the file says and leaves the others as they are.`);
}
/** What became of the plan comment, for the log. */
const COMMENT_LINES = {
    created: 'Commented the plan on the pull request.',
    updated: 'Updated the plan comment on the pull request.',
    unchanged: 'The plan comment on the pull request already shows this plan.',
    'not-needed': 'Did not comment on the pull request: it changes nothing in the scope, and no earlier plan comment needs updating.',
};
const GROUPS_WARNING = `The scope does not depend on Globus Groups (${scope_string/* GROUPS_SCOPE_STRING */.w}). ` +
    'Without it the Action Provider cannot read a caller’s groups, so group-based runnable_by and monitor_by policies never match. ' +
    'Add it to dependent_scopes unless the provider uses no group policies.';
/**
 * Why a verify fails, the way out first: the scope is missing, or differs from the file. The
 * values come quoted by the caller's sink (as in consentNotice); the summary's diff shows the rest.
 */
function verifyAdvice(result, scopeFile, scopeString, mode) {
    return result.status === 'would-create'
        ? `Run this action with ${mode} to create the scope ${scopeString}: it does not exist yet`
        : `Run this action with ${mode} to update the scope ${scopeString}: it differs from ${scopeFile} in ` +
            driftedFields(result.plan.drift);
}
/** The failure line of a verify: the advice, and where the differences are (the headline counted them). */
function verifyFailure(result, scopeFile) {
    const advice = verifyAdvice(result, scopeFile, result.scopeString, 'mode: ensure');
    return result.status === 'would-create'
        ? `${advice}.`
        : `${advice}; the log above and the job summary show each change.`;
}

;// CONCATENATED MODULE: ./lib/report/summary.js







/** A plan's words, where they differ from what a run that acts says. */
const PLAN_TITLES = {
    'would-create': 'will be created',
    'would-update': 'will change',
};
/** The heading of a result that makes a second scope: said first, not only in a warning below. */
const SECOND_SCOPE_TITLES = {
    plan: { 'would-create': (scope) => `${scope} will be created` },
    verify: { 'would-create': (scope) => `${scope}, not created yet` },
    ensure: { created: (scope) => `${scope} was created` },
};
/** The heading's words for a result. */
function resultTitle(result, titles) {
    const second = result.otherScopes.length > 0 ? SECOND_SCOPE_TITLES[result.mode][result.status] : undefined;
    return second?.(newScope(result)) ?? titles[result.status] ?? HEADLINES[result.status];
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
    // The lead names a second scope, except a failed verify's, which says the way out first.
    if (result)
        parts.push(...resultSection(result, md, !error));
    parts.push(...facts(input, md));
    return bounded(`${parts.join('\n')}\n`);
}
/** The first words: why the run failed or was skipped, the way out first; else what it did. */
function lead(input, md) {
    const { result, error } = input;
    if (input.skipped)
        return [input.skipped];
    // A caller check or a deployed provider that fails the gate, in prose: the way out first, the values as code.
    const caller = input.caller?.kind === 'checked' ? input.caller.check : undefined;
    const gates = [
        ...(caller?.failure ? [callerFailureText(caller, caller.failure, input.scopeFile, md.code)] : []),
        ...(result && input.provider?.kind === 'failed'
            ? [providerFailure(input.provider.url.toString(), result.scopeString, input.provider.failure, md.code)]
            : []),
    ];
    if (result && gates.length > 0)
        return gates.flatMap((text, index) => (index ? ['', text] : [text]));
    // With a result, the failure is a verify that found the scope out of line: the diff follows.
    if (result && error) {
        return [`${verifyAdvice(result, md.code(input.scopeFile), md.code(result.scopeString), '`mode: ensure`')}.`];
    }
    // A second scope is the first thing to know of a run that makes one.
    if (result && result.otherScopes.length > 0)
        return [secondScopeSentence(result, md.code)];
    if (input.fileError)
        return fileFailureMarkdown(input.fileError, md);
    // Our words as prose; Globus' answer (untrusted text) in a block, folded away.
    if (input.refused)
        return [input.refused.words, '', ...folded('What Globus Auth answered', md.fenced(input.refused.detail, 'text'))];
    if (error)
        return [md.fenced(error, 'text')];
    return result ? [leadOf(result, md.code(input.scopeFile))] : [];
}
/** What the run did or would do, in a sentence; the scope string stands in the facts below. */
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
/** The scope, how the run went at it, and Globus Auth: a list, no table (it would scroll). */
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
/**
 * What a second scope means (the warning first, before the diff), then the count, the legend, the
 * diff, what stays, and the notices: shared by the summary and the comment. `named` says whether
 * the lead above already named the second scope.
 */
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
/** A block folded away under a title of ours: `<details>` is the HTML GitHub keeps. */
const folded = (title, block) => [`<details><summary>${title}</summary>`, '', block, '', '</details>'];
/** provider_url in the facts: what the deployed provider advertises, or why it was not checked. */
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
/** Which push the plan shows, so that a comment updated in place says how recent it is. */
function pushLine(push, md) {
    const commit = push.commit ? ` at commit ${md.code(push.commit.slice(0, 7))}` : '';
    const run = push.runUrl ? ` by ${md.link('this workflow run', push.runUrl)}` : '';
    return commit || run ? [`Planned${commit}${run}.`, ''] : [];
}
/** The pull-request comment of plan mode. */
function renderPlanComment(result, push, redactor) {
    const md = markdown(redactor);
    // A second scope is the first thing to know: the heading and the first sentence say it.
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
    // Too long for GitHub: still replace an older plan, so nobody reviews a stale one.
    return [
        ...head,
        `The differences are too long for a comment (${text.length} characters): they are in the job summary of this run.`,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/scope-file/problems.js
var scope_file_problems = __webpack_require__(9021);
;// CONCATENATED MODULE: ./lib/flow/ending.js
// The one builder of the Outcomes that end a run without a result: failed (any error, at any
// point) and skipped (a plan that cannot be made here). Problems that have a place in the scope
// file become annotations there; the failure line counts them and says where they are.







function failedOutcome(error, context, redactor, scopeFile) {
    const problems = fileProblems(error, scopeFile);
    // Refused credentials: the way out is the failure; what Globus answered to which request is
    // detail, in the log before it and folded away in the summary.
    const refused = error instanceof errors/* GlobusAuthError */.f5 && error.refusal ? { words: error.refusal, detail: error.answer } : undefined;
    // The file's problems, each annotated at its line; the failure counts them.
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
/** Plan mode on a pull request without credentials: a fork's, or Dependabot's. Nothing is sent. */
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
/**
 * The scope file's problems, each at its place: the file's own, dependent scopes Globus does not
 * know, or a new scope's suffix.
 */
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
/** One annotation per problem at its line; none for a file that was not read (the failure says it). */
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
    // Not answered (absent here, or not visible to this client): only the file's words can tell.
    return !declared.some((dependent) => dependent.scope === scope_string/* GROUPS_SCOPE_STRING */.w);
}

;// CONCATENATED MODULE: ./lib/modes/ensure/scope-choice.js

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
/**
 * `https://<any host>/scopes/<client_id>/<suffix>`, the client id in any case, the suffix exactly
 * (an older one may have capitals, or characters a URL would escape).
 */
function isClientForm(scopeString, clientId, suffix) {
    const [, client, rest] = /^https?:\/\/[^/?#]+\/scopes\/([^/]+)\/(.+)$/i.exec(scopeString) ?? [];
    return client !== undefined && (0,scope_string/* sameId */.s)(client, clientId) && rest === suffix;
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
/** Scope strings and ids quoted and shortened: they are untrusted text. */
function described(scopes) {
    if (scopes.length === 0)
        return 'no scope at all';
    const quote = (text) => JSON.stringify(text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text);
    const named = scopes.slice(0, MAX_NAMED).map((s) => `${quote(s.scope_string)} (id ${quote(s.id)})`);
    const more = scopes.length > MAX_NAMED ? ` and ${scopes.length - MAX_NAMED} more` : '';
    return `${named.join(', ')}${more}, none of which has that suffix`;
}

;// CONCATENATED MODULE: ./lib/modes/ensure/own-scope.js
// Finding the client's own scope with the declared suffix when the computed scope string did not
// find it (before a create, after a create that did not settle, in read-only modes), and the
// client's scopes with other suffixes: a new suffix means a second scope.



/** The client's scope with this suffix: by scope string first, then through the client's own list. */
async function findOwnScope(auth, target, want) {
    const byString = (await auth.findScopesByString([target])).filter(isOwn(auth));
    const { chosen } = chooseScope(byString, want);
    return chosen ? { scope: (0,client/* ownScope */.T$)(chosen), variants: [], others: [] } : findInClientScopes(auth, want);
}
/**
 * The client's scope with this suffix, whatever its scope string, its domain variants, and the
 * client's other scopes. One request when the client has no scope, two (or more, in pieces) otherwise.
 */
async function findInClientScopes(auth, want) {
    // The lookup answers each id once (client.ts), whatever the client's list repeats.
    const own = (await auth.findScopesById(await auth.getClientScopeIds())).filter(isOwn(auth));
    const { chosen, variants } = chooseScope(own, want);
    const same = new Set([chosen, ...variants].map((scope) => scope?.id.toLowerCase()));
    return {
        scope: chosen && (0,client/* ownScope */.T$)(chosen),
        variants,
        others: own.filter((scope) => !same.has(scope.id.toLowerCase())),
    };
}
/**
 * What `scopeString` (a string a deployed provider advertises) is to this client, in one lookup:
 * its scope with this suffix under another string (one of the domain variants Globus' guide says
 * "may be used interchangeably"), another of its scopes, or no scope of it. The answer must name
 * this client as the owner (a scope that names none is not taken on trust), and the string must
 * not be the client form of another client (`/scopes/<another client id>/...`).
 */
async function advertisedScope(auth, want, scopeString) {
    // The client form of another client is never this client's scope, whatever an answer says.
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
// A read-back that is not what was written, in words: each field with the value sent and the value
// Globus Auth keeps. Where the two differ only in whitespace or Unicode normalisation, Globus
// stores the text its own way: the file must say it that way too, or every run writes it again.

const collapsed = (text) => text.replace(/\s+/g, ' ').trim();
/** Ways of storing the same text, from the plainest; the first under which both agree names it. */
const STORED_FORMS = [
    ['whitespace', collapsed],
    ['Unicode normalisation (NFC)', (text) => text.normalize('NFC')],
    ['Unicode normalisation (NFKC)', (text) => text.normalize('NFKC')],
    ['whitespace and Unicode normalisation (NFKC)', (text) => collapsed(text.normalize('NFKC'))],
];
/** What the two differ in when they are the same text stored otherwise, else undefined. */
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
        // Text in another normal form looks the same: the characters themselves tell it apart.
        const which = form && form !== 'whitespace' ? `, ${codePoints(sent, kept)}` : '';
        const why = form
            ? ` (they differ only in ${form}${which}: Globus Auth stores the ${d.field} that way; write it so in the scope file, or every run will write it again)`
            : '';
        return { text: `${d.field}: sent ${shownSent}, Globus Auth keeps ${shownKept}${why}`, stored: form !== undefined };
    });
    return { text: clauses.map((c) => c.text).join('; '), onlyStoredForms: clauses.every((c) => c.stored) };
}
const MAX_CODE_POINTS = 8;
/** Where two texts differ, as code points: `U+0065 U+0301 sent, U+00E9 kept`. */
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
    // Only this scope is read whole; the others of the answer are only resolved or named.
    if (own)
        assertOwned(own, auth.clientId);
    let located = { scope: own && (0,client/* ownScope */.T$)(own), variants: [], others: [] };
    // Not found by scope string: the computed one may be a wrong guess (outside production, say),
    // and a new suffix is worth a warning when the client has other scopes. Its own list tells
    // both; this path alone pays for it (the steady state stays one request).
    if (!located.scope)
        located = await findInClientScopes(auth, want);
    const current = located.scope;
    if (current)
        assertOwned(current, auth.clientId);
    const { dependents, unread } = await resolveDependentScopes(declared.dependent_scopes, knownScopes, current, auth);
    const desired = { ...declared, dependent_scopes: dependents };
    const plan = planScope(desired, current);
    // The scope is new: its suffix must keep today's rule (an existing one keeps its own).
    if (plan.action === 'create')
        assertNewScopeSuffix(declared.scope_suffix, auth.clientId, mode, located.others);
    // Said before any write, so that it stands beside Globus' refusal too, if the write is refused.
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
        // People read this plan (job summary, pull-request comment): name dependent scopes.
        await nameDependentScopes(auth, plan, knownScopes, unread);
        return result(plan.action === 'create' ? 'would-create' : 'would-update', plan, located);
    }
    if (plan.action !== 'create') {
        // The lookup answer is a fresh read of the scope: nothing more to verify when all is right.
        return bringInLine(auth, desired, located, result, log);
    }
    const created = await createOrFind(auth, plan.write, target, want, log);
    if (created.kind === 'found') {
        // Someone else's create, or ours whose answer was lost: from here on an existing scope,
        // planned and reported against what Globus holds.
        return bringInLine(auth, desired, created, result, log);
    }
    const acknowledged = { scope: created.scope, acknowledged: true, fresh: undefined };
    const scope = await verify(auth, desired, 'create', acknowledged, log);
    return result('created', plan, { ...created, scope });
}
/** An existing scope, freshly read: unchanged, or updated and verified. */
async function bringInLine(auth, desired, existing, result, log) {
    const plan = planScope(desired, existing.scope);
    if (plan.action !== 'update')
        return result('unchanged', plan, existing);
    const scope = await verify(auth, desired, 'update', await update(auth, existing.scope, plan.write, log), log);
    return result('updated', plan, { ...existing, scope });
}
/**
 * Read back until Globus holds exactly the desired scope. An update whose answer was lost is
 * never replayed blindly: the scope is read again first, and only what still differs is written.
 */
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
/** A create whose outcome only a lookup can tell. Wrong credentials or rights cannot be looked past. */
function unsettled(error) {
    if (error instanceof errors/* GlobusAuthError */.f5)
        return !(0,errors/* isRefusal */.vu)(error);
    return error instanceof errors/* LostWriteError */.e_ || error instanceof errors/* TransportError */.wX;
}
/** An answer that names no client is judged whole instead (ownScope). */
function assertOwned(scope, clientId) {
    if (scope.client !== undefined && !(0,scope_string/* sameId */.s)(scope.client, clientId)) {
        throw new VerificationError(`The scope ${scope.scope_string} (id ${scope.id}) belongs to client ${scope.client}, not to ${clientId}. ` +
            'Pass the credentials of the client that owns it, or choose another scope_suffix.');
    }
}

;// CONCATENATED MODULE: ./lib/text/committed-json.js
// JSON for a file people commit and review (the scope file export writes): every character the
// log, the outputs and Markdown show escaped (bidirectional overrides, zero-width and other invisible characters,
// line separators) is a `\u` escape in the file too, so what reviewers see is what they commit.
// JSON reads the escape back as the same character: the value does not change.

function committedJson(value) {
    // JSON.stringify escapes the control characters inside strings itself; a raw line break left in
    // its text is the indentation's. A character beyond the BMP becomes its two UTF-16 halves.
    const text = JSON.stringify(value, null, 2).replace(printable/* UNPRINTABLE */.bX, (char) => char === '\n'
        ? char
        : [...Array(char.length).keys()].map((i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
    return `${text}\n`;
}

;// CONCATENATED MODULE: ./lib/modes/export/export.js
// mode: export. From a scope made by hand to a scope file: read the client's own scopes and write
// each as the document this action keeps (every field explicit, dependent scopes by scope string).
// Read only. Plain values in and out; nothing here knows about GitHub.



/** The scopes that became scope files. */
function exportable(exported) {
    return exported.filter((e) => e.text !== undefined);
}
/** The scope file of the export when it made exactly one: the file export writes, the outputs it sets. */
function onlyExported(exported) {
    const ready = exportable(exported);
    return ready.length === 1 ? ready[0] : undefined;
}
/**
 * The client's scopes as scope files: three requests (the client, its scopes, their dependent
 * scopes, so that these are named by scope string wherever this client may see them).
 */
async function exportScopes(auth) {
    const ids = await auth.getClientScopeIds();
    // Its own scopes are written out whole; their dependent scopes are only named.
    const own = (await auth.findScopesById(ids)).filter((s) => (0,client/* mayBeOwn */.Zw)(s, auth.clientId)).map(client/* ownScope */.T$);
    const dependentIds = own.flatMap((s) => s.dependent_scopes.map((d) => d.scope));
    // Named by a scope string only when a lookup by that string finds it again (verify's).
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
        return { scope, text: committedJson(document), problem: undefined, missingGroups };
    });
}

// EXTERNAL MODULE: ./lib/scope-file/checkout-file.js
var checkout_file = __webpack_require__(672);
;// CONCATENATED MODULE: ./lib/modes/export/write.js
// Whether the export becomes the scope file in the workspace: only when there is exactly one
// scope to export, no file is there yet, and the text holds no piece of a credential. Never
// overwrites.


async function writeExport(exported, location, redactor) {
    const only = onlyExported(exported)?.text;
    if (only === undefined) {
        const count = exportable(exported).length;
        return count === 0 ? { kind: 'none' } : { kind: 'several', count };
    }
    if (redactor.redact(only) !== only) {
        // The file is committed and uploaded: no piece of a credential may go into it.
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
            // Git's own folder is no place for a scope file (nor for anything export writes).
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





/** `file` as the user named it and `path` where it is on the runner, both quoted by the caller's sink. */
function verdictText(verdict, file, path) {
    switch (verdict.kind) {
        case 'written':
            // The file is on the runner only, and goes when the job ends.
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
/**
 * Scope files are shown whole while they fit in the budget of a summary; past it, each scope is one
 * line, so a client with hundreds of large scopes still gets a complete list within GitHub's limits.
 */
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
    // A scope without Globus Groups is warned of in an annotation naming it: not here as well.
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
// The caller's-eye end of the deploy gate: in verify mode, once the scope itself is verified, a
// stand-in caller (caller_client_id, caller_client_secret) proves that callers can use it
// (src/caller/). plan and ensure take the inputs and say they are for verify.


async function checkCallers(settings, result, io) {
    const caller = settings.caller;
    if (!caller)
        return undefined;
    if (result.mode !== 'verify')
        return { kind: 'not-checked', mode: result.mode };
    // A scope that does not match its file fails verify already; no caller is tried then.
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
/**
 * The dependent scopes the file requires, by scope string, which is what a dependent token names.
 * Those the run has not named yet (given by id and already in place) take one lookup; one the
 * provider's client cannot read stays unnamed, and the check says it could not check it.
 */
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
    // A scope that does not match its file fails verify already; the provider is not read then.
    if (result.status !== 'unchanged')
        return undefined;
    if (!io.provider)
        throw new Error('provider_url is set, but nothing was given to read the provider with');
    const want = { clientId: settings.clientId, suffix: result.desired.scope_suffix };
    // One lookup per string the provider names, however often a rollout makes it read again.
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
// The whole run as a function: settings and collaborators in, an Outcome out. It knows nothing
// of GitHub: run() (src/github/) reads the inputs, passes the collaborators, and renders the Outcome.












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
        // What is known stays known, so `if: always()` steps can branch on it.
        const scopeString = file ? (0,scope_string/* scopeStringFor */.Vq)(settings.clientId, file.desired.scope_suffix) : '';
        return failed(error, { scopeString }, file);
    }
}
async function executeScope(settings, mode, file, io) {
    io.log.info(globusAuthLine(settings));
    const result = await ensureScope(io.auth, file.desired, mode, io.log);
    // Said now: what the provider check waits for comes after it in the log.
    for (const line of resultLines(result))
        io.log.info(line);
    // The caller check first: a few requests, where the provider's may wait out a rollout.
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
    // A scope that does not exist, with a stand-in caller given, may be the two clients swapped.
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
/** mode: export: the client's scopes as scope files; the file written when it can be. */
async function executeExport(settings, io) {
    io.log.info(globusAuthLine(settings));
    const exported = await exportScopes(io.auth);
    const verdict = await writeExport(exported, settings.scopeFile, io.redactor);
    const only = onlyExported(exported)?.scope;
    const { display, path } = settings.scopeFile;
    return {
        log: exportLogLines(exported, verdict, display, path),
        debug: [],
        // The README's first failure, found already in a scope made by hand.
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
// The undici dispatcher for requests to Globus Auth. Every request carries the client's
// credentials, so where it may go depends on the protocol:
// - https: through the proxy the runner's variables name (proxy.ts), unless NO_PROXY says
//   otherwise, as self-hosted runners need. The proxy only sees a CONNECT; TLS runs end to end.
// - http (loopback only: tests and the demo): never through a proxy. An HTTP proxy is handed
//   the whole request in clear, Authorization header included, and would forward it off the machine.



/**
 * `connectTimeoutMs`: how long a connection (TCP and TLS) may take to open. A request given up on
 * does not end a connection still opening, and the process would wait for it: the caller passes
 * what is left of its time limit.
 */
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
// The log sink: text becomes lines the runner prints as they are. The runner reads a line that
// starts (after blanks) with `::`, or holds `##[` anywhere, as a workflow command, so no line
// may, unless the toolkit wrote it as a command it escaped itself (core.error, core.setSecret, ...).

const COMMAND_START = /^\s*::/;
// The runner also takes a line holding `##[` ANYWHERE for a (legacy) workflow command.
const LEGACY_COMMAND = /##(?=\[)|##(?=vso\[)/g;
const unlegacy = (text) => text.replace(LEGACY_COMMAND, '#\\u0023');
/** One safe line: redacted, without control characters, never a workflow command. */
function logLine(line, redactor) {
    const text = unlegacy((0,printable/* printable */.g$)(redactor.redact(line)));
    return COMMAND_START.test(text) ? `» ${text.trimStart()}` : text;
}
/** Safe lines of a message that may span several. */
function logLines(text, redactor) {
    return (0,printable/* splitLines */.uz)(redactor.redact(text)).map((line) => logLine(line, redactor));
}
/**
 * A message for a toolkit command (core.error, core.warning, core.setFailed). The toolkit escapes
 * line breaks itself, so lines stay lines; other control characters are made visible.
 */
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
// GITHUB_EVENT_PATH, the event that triggered the run: read once, and only as a regular file of
// bounded size. A FIFO there would block the one thread past every time limit (the toolkit reads
// it synchronously), and a path holding a line break would be printed by the toolkit as it is.

/** An event larger than this is not a GitHub event. */
const MAX_EVENT_BYTES = 16 * 1024 * 1024;
/** Why the event file may not be read, or undefined when it may (or when there is none). */
function eventFileProblem(path) {
    const read = readEvent(path);
    return 'problem' in read ? read.problem : undefined;
}
/** The event's JSON, or undefined when there is none or it cannot be read as one. */
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
/** The event file's text, why it may not be read, or neither when there is none. */
function readEvent(path) {
    if (!path)
        return { none: true };
    if (/[\p{Cc}\p{Zl}\p{Zp}]/u.test(path))
        return { problem: 'GITHUB_EVENT_PATH holds a control character or a line break' };
    let fd;
    try {
        // Never waiting on a FIFO: a non-blocking open, then only a regular file is read.
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
// In plan mode on a pull request: one comment with the plan, kept up to date. Never fails the
// step: every part of it, loading its module included, ends as a warning at worst, and the plan,
// its status and its summary stand.




/** The pull-request comment, at most (and never more than what timeout_seconds leaves). */
const COMMENT_TIMEOUT_SECONDS = 30;
async function commentPlan(outcome, request, settings, redactor, deadline) {
    if (!settings.githubToken)
        return;
    const warn = (message) => {
        outcome.annotations.push({ level: 'warning', message });
    };
    // The token goes where GITHUB_API_URL says: by the rule the client secret follows (HTTPS, or
    // plain HTTP to loopback only, no user name or password), else not at all.
    const api = githubApiProblem(process.env.GITHUB_API_URL);
    if (api)
        return warn(`Did not comment the plan: GITHUB_API_URL ${api}, so the github_token is not sent. The plan is in the job summary.`);
    // The toolkit reads the event itself, synchronously, as it loads: a regular file only.
    const event = eventFileProblem(process.env.GITHUB_EVENT_PATH);
    if (event)
        return warn(`Did not comment the plan: ${event}. The plan is in the job summary.`);
    try {
        // octokit loads only here, where a comment is wanted: a chunk of its own (dist/).
        const { commentMarker, pullRequestComments, upsertPlanComment } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(604)]).then(__webpack_require__.bind(__webpack_require__, 604));
        // The comment shares the run's time limit, so the whole step ends within timeout_seconds.
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
        // GitHub's status, when it answered; its words (or the module's, had it failed to load) are
        // untrusted text: redacted, one line, cut.
        const status = error?.status;
        const detail = (0,excerpt/* excerpt */.Kb)(error instanceof Error ? error.message : String(error), redactor);
        warn(commentFailureAdvice(typeof status === 'number' ? status : undefined, detail));
    }
}
/** Why a comment could not be written, as advice; a missing permission is never a failed step. */
function commentFailureAdvice(status, detail) {
    if (status === 403 || status === 401) {
        return (`Could not comment the plan on the pull request (${status}: ${detail}). Give the job ` +
            '`permissions: pull-requests: write`; pull requests from forks get a read-only token, so there ' +
            'the plan is only in the job summary.');
    }
    if (status !== undefined && status >= 300 && status < 400 && status !== 304) {
        // Nothing was done: a redirect is never followed, since the token would go along (304 is none).
        return (`Could not comment the plan on the pull request: GitHub answered ${status}, a redirect, which this ` +
            'action does not follow with the github_token. Check GITHUB_API_URL. The plan is in the job summary.');
    }
    if (status === 404) {
        return `Could not comment the plan on the pull request (404: ${detail}): the github_token input cannot see this repository's pull requests.`;
    }
    return `Could not comment the plan on the pull request: ${detail}. The plan is in the job summary.`;
}
/** Why GITHUB_API_URL may not receive the token; never repeating a user name or password in it. */
function githubApiProblem(value) {
    if (!value)
        return undefined; // the toolkit's default: https://api.github.com
    if (!URL.canParse(value))
        return 'is not a URL';
    const url = new URL(value);
    const reason = (0,environments/* unsafeBaseUrlReason */.D0)(url);
    return reason && `(${url.protocol}//${url.host}) is refused: ${reason}`;
}

;// CONCATENATED MODULE: ./lib/github/push.js
// What a plan comment names of the push it shows: the head commit and this workflow run. GitHub's
// environment and event are untrusted text: each value must have its shape (a hexadecimal SHA, an
// owner/name, a run id of digits, an https server), or it is left out.

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const REPOSITORY = /^[A-Za-z0-9-]+\/(?!\.\.?$)[A-Za-z0-9._-]+$/;
const RUN_ID = /^[0-9]{1,20}$/;
const HOST = /^[a-z0-9.-]+$/;
/** The push from GitHub's environment and the event's payload (a pull request's head commit). */
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
/** `https://github.com`, or a GitHub Enterprise Server's origin; undefined for anything else. */
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
/** The push of this run: the event file read once (event-file.ts), as @actions/github would read it. */
function readPush(env) {
    return pushOf(env, readEventFile(env.GITHUB_EVENT_PATH));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/text/output.js
// Step outputs: one line each, redacted. A later job reads them as data, so nothing may
// smuggle a second line (or a second output) in.

function outputValue(value, redactor) {
    return (0,printable/* printable */.g$)(redactor.redact(value)).replace(/\t/g, '\\u0009');
}

;// CONCATENATED MODULE: ./lib/github/render.js
// The Outcome on the runner: log lines, debug lines, annotations, outputs, the failure and the job
// summary, each through its escape (src/text/), every one redacted.




const ANNOTATE = { error: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm };
async function render(outcome, redactor) {
    for (const line of outcome.log)
        for (const safe of logLines(line, redactor))
            core/* info */.pq(safe);
    for (const text of outcome.debug)
        core/* debug */.Yz(commandMessage(text, redactor));
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    for (const { level, message, ...where } of outcome.annotations) {
        const file = where.file ? annotationFile(where.file, workspace) : undefined;
        const properties = {
            ...(where.title ? { title: where.title } : {}),
            ...(file ? { file, ...(where.line ? { startLine: where.line, startColumn: where.column } : {}) } : {}),
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
        // Untrusted text in it was redacted and escaped value by value (text/markdown.ts); a pass over
        // the finished Markdown could cut a code fence in two.
        await core/* summary */.z.addRaw(outcome.summary).write();
    }
    catch (error) {
        // The scope work is done; a summary that cannot be written must not fail the step.
        core/* warning */.$e(commandMessage(`Could not write the job summary: ${String(error)}`, redactor));
    }
}
/**
 * A file as GitHub places an annotation on it: its path from the repository's root, with `/`
 * (`./globus-scope.json` and `cfg/../globus-scope.json` are `globus-scope.json`); none for a file
 * outside the checkout, which no annotation can point at.
 */
function annotationFile(file, workspace) {
    const path = (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(workspace, file));
    if (path === '' || path === '..' || path.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(path))
        return undefined;
    return path.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./lib/github/transcript-file.js
// The transcript of a run (ENSURE_GLOBUS_SCOPE_TRANSCRIPT): one JSON line per exchange with Globus
// Auth, appended as it happens, for `npm run contract` and for replays in the tests. The records
// come scrubbed from the transport (globus/exchange.ts). A transcript is a side record: when it
// cannot be written, the run goes on and the runner is told once.


const TRANSCRIPT_VARIABLE = 'ENSURE_GLOBUS_SCOPE_TRANSCRIPT';
/** The transport's record hook when the variable names a file, else undefined. */
function transcriptFile(env, warn) {
    const path = env[TRANSCRIPT_VARIABLE];
    return path ? transcriptWriter(path, warn) : undefined;
}
/** A record hook appending to `path`; after the first failure it says why through `warn` and stops. */
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
/**
 * A regular file, opened once to append: never a FIFO or a device (a write there could block the
 * one thread past every time limit, or put answers raw into the log), never through a final link.
 */
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
/**
 * The folder and its missing parents, one level at a time: Node's recursive mkdir loops forever
 * under /proc (`/proc/nope/x.jsonl`), where a single mkdir fails at once.
 */
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
// run(): the composition root between the runner and execute(). It masks the credentials before
// anything is printed, reads the inputs (or takes what the boot read), wires the collaborators
// (the network, the clock, the transcript), and renders the Outcome. Nothing else prints.
// First: @github/local-action loads this file directly, and a Node.js too old must stop here.


















/** undici's own default for opening a connection; less when timeout_seconds leaves less. */
const CONNECT_TIMEOUT_MS = 10_000;
async function run(options = {}) {
    // timeout_seconds bounds the whole step, from the moment the process started.
    const started = Math.round(Date.now() - process.uptime() * 1000);
    // Before anything can be printed: the runner masks these in every later line.
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
            // The id as it is sent (lower case), which may differ from the input's spelling.
            (0,redact/* addCredentials */.wG)(redactor, clientId, clientSecret);
        }
        // HTTPS through the runner's proxy settings; plain HTTP (loopback only) never through a proxy.
        const deadline = started + settings.timeoutSeconds * 1000;
        const network = (url) => {
            if (options.fetch)
                return options.fetch;
            // A connection never takes longer to open than what is left of timeout_seconds.
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
            // A token granted on the way is masked before anything can print it.
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
            // The deployed provider, read with no credentials, within the same time limit.
            ...(settings.providerUrl ? { provider: { fetch: network(settings.providerUrl), deadline } } : {}),
            ...(settings.mode === 'plan' ? { push: readPush(process.env) } : {}),
        });
        if (outcome.comment)
            await commentPlan(outcome, outcome.comment, settings, redactor, deadline);
    }
    catch (error) {
        // Inputs that cannot be read (or anything else execute() did not turn into an Outcome).
        outcome = failedOutcome(error, {
            mode: input('mode') || defaults/* DEFAULT_MODE */.Cm,
            scopeFile: input('scope_file') || defaults/* DEFAULT_SCOPE_FILE */.WY,
            authUrl: undefined,
            requests: 0,
        }, redactor);
    }
    finally {
        // A first lookup nothing took (a run that failed before it) must not hold the process open.
        options.boot?.firstLookup?.discard();
        // Nothing is under way any more but what was given up on (a connection still handshaking):
        // end it now rather than wait for its own connect timeout past timeout_seconds.
        await Promise.all(dispatchers.map((dispatcher) => dispatcher.destroy()));
    }
    await render(outcome, redactor);
}


/***/ })

};
