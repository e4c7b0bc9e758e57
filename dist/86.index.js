export const id = 86;
export const ids = [86];
export const modules = {

/***/ 3864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ groupsWarning)
/* harmony export */ });
/* unused harmony export OUTPUT_NAMES */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'status',
    'scope_string',
    'scope_id',
    'scope_file_written',
    'provider_scope',
    'caller_check',
]));
function groupsWarning(message, file) {
    return { level: 'warning', message, title: 'No Globus Groups dependent scope', ...(file ? { file } : {}) };
}


/***/ }),

/***/ 7086:
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
// EXTERNAL MODULE: ./lib/modes/ensure/plan.js
var ensure_plan = __webpack_require__(6744);
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
    const drift = (0,ensure_plan/* dependentDrift */.Br)(plan);
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

// EXTERNAL MODULE: ./lib/report/phrasing.js
var phrasing = __webpack_require__(8086);
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
    return `annotated at ${lines.length === 1 ? 'line' : 'lines'} ${(0,phrasing/* listed */.KE)(lines.map(String))}`;
}
function fileFailure(error) {
    const [only] = error.problems;
    if (error.unread && only)
        return `The scope file ${error.file} ${only.message}.`;
    const annotated = annotatedProblems(error);
    const count = (0,phrasing/* counted */.hS)(total(error), 'problem');
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
        const then = advice ? ` ${suggestion ? `If not, ${advice}` : (0,phrasing/* sentence */.em)(advice)}.` : '';
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
        `${file}: ${(0,phrasing/* counted */.hS)(total(error), 'problem')}${shown}, ${also}.`,
        '',
        md.fenced(error.problems.map(problemText).join('\n'), 'text'),
    ];
}

// EXTERNAL MODULE: ./lib/text/markdown.js + 1 modules
var markdown = __webpack_require__(1265);
// EXTERNAL MODULE: ./lib/report/diff.js
var report_diff = __webpack_require__(2867);
// EXTERNAL MODULE: ./lib/report/github-limits.js
var github_limits = __webpack_require__(6772);
// EXTERNAL MODULE: ./lib/report/lines.js + 1 modules
var lines = __webpack_require__(5405);
;// CONCATENATED MODULE: ./lib/report/summary.js






const PLAN_TITLES = {
    'would-create': 'will be created',
    'would-update': 'will change',
};
const SECOND_SCOPE_TITLES = {
    plan: { 'would-create': (scope) => `${scope} will be created` },
    verify: { 'would-create': (scope) => `${scope}, not created yet` },
    ensure: { created: (scope) => `${scope} was created` },
};
function resultTitle(result, titles) {
    const second = result.otherScopes.length > 0 ? SECOND_SCOPE_TITLES[result.mode][result.status] : undefined;
    return second?.((0,lines/* newScope */.f0)(result)) ?? titles[result.status] ?? lines/* HEADLINES */.Ol[result.status];
}
function renderSummary(input, redactor) {
    const md = (0,markdown/* markdown */.w)(redactor);
    const { result, error } = input;
    const icon = error ? '❌' : input.skipped ? '⏭️' : result?.status.startsWith('would-') ? '📝' : '✅';
    const plan = result?.mode === 'plan';
    const callerFailed = input.caller?.failed === true;
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
    return (0,github_limits/* bounded */.Mm)(`${parts.join('\n')}\n`);
}
function lead(input, md) {
    const { result, error } = input;
    if (input.skipped)
        return [input.skipped];
    const callerFailure = input.caller?.failure(md);
    const gates = [
        ...(callerFailure ? [callerFailure] : []),
        ...(result && input.provider?.kind === 'failed'
            ? [(0,lines/* providerFailure */.YG)(input.provider.url.toString(), result.scopeString, input.provider.failure, md.code)]
            : []),
    ];
    if (result && gates.length > 0)
        return gates.flatMap((text, index) => (index ? ['', text] : [text]));
    if (result && error) {
        return [`${(0,lines/* verifyAdvice */.Yf)(result, md.code(input.scopeFile), md.code(result.scopeString), '`mode: ensure`')}.`];
    }
    if (result && result.otherScopes.length > 0)
        return [(0,lines/* secondScopeSentence */.eF)(result, md.code)];
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
    const requests = (0,phrasing/* counted */.hS)(input.requests, 'request');
    const lines = [];
    if (scopeString)
        lines.push(`- Scope ${md.code(scopeString)}${result?.scope ? `, id ${md.code(result.scope.id)}` : ''}`);
    lines.push(`- ${mode ? `Mode ${md.code(mode)}, scope` : 'Scope'} file ${md.code(input.scopeFile)}`);
    lines.push(input.authUrl ? `- Globus Auth ${md.code(input.authUrl)}: ${requests}` : '- Globus Auth not reached');
    if (input.provider)
        lines.push(`- Action Provider ${providerFact(input.provider, md)}`);
    if (input.caller)
        lines.push(...input.caller.facts(md));
    return lines;
}
function resultSection(result, md, named) {
    const parts = [];
    if (result.otherScopes.length > 0) {
        const warning = named ? lines/* SECOND_SCOPE_MEANS */.xh : `${(0,lines/* secondScopeSentence */.eF)(result, md.code)} ${lines/* SECOND_SCOPE_MEANS */.xh}`;
        parts.push(`> [!WARNING]\n> ${warning}`, '');
    }
    const count = (0,report_diff/* changeCount */.YR)(result.plan);
    if (count) {
        const diff = (0,report_diff/* planDiff */.Ry)(result.plan, result.knownScopes);
        parts.push(`**${(0,phrasing/* sentence */.em)(count.total)}:** ${count.parts}`, '');
        const key = (0,report_diff/* legend */.o1)(diff, md.code);
        if (key)
            parts.push(`${key}:`, '');
        parts.push(md.diff(diff), '');
        const unchanged = (0,report_diff/* unchangedLines */.P5)(result.plan, result.desired, result.knownScopes);
        if (unchanged.length > 0) {
            parts.push(...folded('What stays as it is', md.diff(unchanged)), '');
        }
    }
    const consent = (0,lines/* consentItems */.Zl)(result).map(({ name, why }) => `${md.code(name)} (${why})`);
    if (consent.length > 0)
        parts.push(`> [!IMPORTANT]\n> ${(0,lines/* consentNotice */.bp)(consent, result)}`, '');
    if (result.variants.length > 0) {
        const variants = result.variants.map((v) => md.code(v.scope_string));
        parts.push(`> [!NOTE]\n> ${(0,lines/* variantsNotice */.dR)(md.code(result.scopeString), variants)}`, '');
    }
    if (result.missingGroups)
        parts.push(`> [!WARNING]\n> ${lines/* GROUPS_WARNING */.yr}`, '');
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
    const md = (0,markdown/* markdown */.w)(redactor);
    const first = result.otherScopes.length > 0
        ? (0,lines/* secondScopeSentence */.eF)(result, md.code)
        : `${md.code(result.scopeString)} ${COMMENT_LEADS[result.status] ?? lines/* HEADLINES */.Ol[result.status]} when this is merged and \`mode: ensure\` runs.`;
    const head = [
        `### Globus Auth scope plan: ${resultTitle(result, COMMENT_TITLES)}`,
        '',
        first,
        '',
        ...pushLine(push, md),
    ];
    const text = `${[...head, ...resultSection(result, md, true)].join('\n').trimEnd()}\n`;
    if (text.length <= github_limits/* MAX_COMMENT_CHARS */.VK)
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

// EXTERNAL MODULE: ./lib/globus/client.js + 1 modules
var client = __webpack_require__(4657);
;// CONCATENATED MODULE: ./lib/modes/ensure/groups.js

function leavesOutGroups(declared, resolved, found) {
    const groups = found.find((scope) => scope.scope_string === scope_string/* GROUPS_SCOPE_STRING */.w);
    if (groups)
        return !resolved.some((dependent) => (0,scope_string/* sameId */.s)(dependent.scope, groups.id));
    return !declared.some((dependent) => dependent.scope === scope_string/* GROUPS_SCOPE_STRING */.w);
}

// EXTERNAL MODULE: ./lib/modes/ensure/own-scope.js
var own_scope = __webpack_require__(6462);
// EXTERNAL MODULE: ./lib/text/difference.js
var difference = __webpack_require__(9784);
// EXTERNAL MODULE: ./lib/text/excerpt.js
var excerpt = __webpack_require__(9730);
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
        const shown = middle.slice(0, MAX_CODE_POINTS).map(difference/* unicodeNumber */.ZG);
        return (shown.join(' ') || 'nothing') + (middle.length > MAX_CODE_POINTS ? ' …' : '');
    };
    return `${named(a)} sent, ${named(b)} kept`;
}

// EXTERNAL MODULE: ./lib/modes/ensure/scope-choice.js
var scope_choice = __webpack_require__(4271);
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
        located = await (0,own_scope/* findInClientScopes */.no)(auth, want);
    const current = located.scope;
    if (current)
        assertOwned(current, auth.clientId);
    const { dependents, unread } = await resolveDependentScopes(declared.dependent_scopes, knownScopes, current, auth);
    const desired = { ...declared, dependent_scopes: dependents };
    const plan = (0,ensure_plan/* planScope */.oE)(desired, current);
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
    const plan = (0,ensure_plan/* planScope */.oE)(desired, existing.scope);
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
        const drift = (0,ensure_plan/* driftBetween */.uq)(desired, readBack);
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
        const next = (0,ensure_plan/* planScope */.oE)(desired, readBack);
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
            const { chosen, variants } = (0,scope_choice/* chooseCreated */.Qz)(await auth.createScope(write), want);
            return { kind: 'created', scope: chosen, variants, others: [] };
        }
        catch (error) {
            if (!unsettled(error))
                throw error;
            failure = error;
        }
        log.info(`${failure.message.replace(/\.$/, '')}; looking the scope up before deciding (another run may have created it)`);
        const existing = await (0,own_scope/* findOwnScope */._L)(auth, target, want);
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

// EXTERNAL MODULE: ./lib/scope-file/read.js + 5 modules
var read = __webpack_require__(6927);
// EXTERNAL MODULE: ./lib/flow/outcome.js
var outcome = __webpack_require__(3864);
;// CONCATENATED MODULE: ./lib/flow/execute.js








async function execute(settings, io) {
    const context = {
        mode: settings.mode,
        scopeFile: settings.scopeFile.display,
        authUrl: settings.authUrl,
        requests: 0,
    };
    const failed = (error, known = {}, file) => failedOutcome(error, { ...context, ...known, requests: io.auth.requestCount }, io.redactor, file);
    if (settings.mode === 'export') {
        return __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 1739))
            .then(({ executeExport }) => executeExport(settings, io))
            .catch((error) => failed(error));
    }
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
    io.log.info((0,lines/* globusAuthLine */.nO)(settings));
    const callerGate = settings.caller ? await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 2351)) : undefined;
    const providerGate = settings.providerUrl ? await __webpack_require__.e(/* import() */ 340).then(__webpack_require__.bind(__webpack_require__, 8340)) : undefined;
    const result = await ensureScope(io.auth, file.desired, mode, io.log);
    for (const line of (0,lines/* resultLines */.DW)(result))
        io.log.info(line);
    const caller = await callerGate?.checkCallers(settings, result, io);
    const provider = await providerGate?.checkDeployedProvider(settings, result, io);
    const scopeFile = settings.scopeFile.display;
    const annotations = [];
    if (result.missingGroups)
        annotations.push((0,outcome/* groupsWarning */.T)(lines/* GROUPS_WARNING */.yr, scopeFile));
    if (result.otherScopes.length > 0) {
        const message = `${(0,lines/* secondScopeSentence */.eF)(result, (value) => value)} ${lines/* SECOND_SCOPE_MEANS */.xh}`;
        annotations.push({
            level: 'warning',
            message,
            title: `${(0,phrasing/* sentence */.em)((0,lines/* newScope */.f0)(result))} for this client`,
            file: scopeFile,
        });
    }
    if (provider?.kind === 'not-checked') {
        const message = (0,lines/* providerText */.xN)(provider, result.scopeString);
        annotations.push({ level: 'notice', message, title: 'provider_url not checked' });
    }
    const words = callerGate?.callerWords(settings, result, caller, scopeFile);
    annotations.push(...(words?.annotations ?? []));
    const checked = caller?.kind === 'checked' ? caller.check : undefined;
    const providerFailure = provider?.kind === 'failed' ? (0,lines/* providerText */.xN)(provider, result.scopeString) : undefined;
    const failure = mode === 'verify' && result.status !== 'unchanged'
        ? [(0,lines/* verifyFailure */.SL)(result, scopeFile), words?.swapped].filter(Boolean).join(' ')
        : [words?.failure, providerFailure].filter(Boolean).join(' ') || undefined;
    return {
        log: provider?.kind === 'verified' ? [(0,lines/* providerText */.xN)(provider, result.scopeString)] : [],
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
            caller: words?.summary,
        }, io.redactor),
        failure,
    };
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
// EXTERNAL MODULE: ./lib/text/printable.js
var printable = __webpack_require__(7944);
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
        const { commentMarker, pullRequestComments, upsertPlanComment } = await Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(604)]).then(__webpack_require__.bind(__webpack_require__, 604));
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
        outcome.log.push(lines/* COMMENT_LINES */.CL[result]);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
        await core/* summary */.z.addRaw(outcome.summary).write();
    }
    catch (error) {
        core/* warning */.$e(commandMessage(`Could not write the job summary: ${String(error)}`, redactor));
    }
}
function annotationFile(file, workspace) {
    const path = (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(workspace, file));
    if (path === '' || path === '..' || path.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(path))
        return undefined;
    return path.split(external_node_path_.sep).join('/');
}

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


/***/ }),

/***/ 6462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _L: () => (/* binding */ findOwnScope),
/* harmony export */   no: () => (/* binding */ findInClientScopes),
/* harmony export */   wK: () => (/* binding */ advertisedScope)
/* harmony export */ });
/* harmony import */ var _globus_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4657);
/* harmony import */ var _globus_scope_string_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8154);
/* harmony import */ var _scope_choice_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4271);



async function findOwnScope(auth, target, want) {
    const byString = (await auth.findScopesByString([target])).filter(isOwn(auth));
    const { chosen } = (0,_scope_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseScope */ .qs)(byString, want);
    return chosen ? { scope: (0,_globus_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ownScope */ .T$)(chosen), variants: [], others: [] } : findInClientScopes(auth, want);
}
async function findInClientScopes(auth, want) {
    const own = (await auth.findScopesById(await auth.getClientScopeIds())).filter(isOwn(auth));
    const { chosen, variants } = (0,_scope_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseScope */ .qs)(own, want);
    const same = new Set([chosen, ...variants].map((scope) => scope?.id.toLowerCase()));
    return {
        scope: chosen && (0,_globus_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ownScope */ .T$)(chosen),
        variants,
        others: own.filter((scope) => !same.has(scope.id.toLowerCase())),
    };
}
async function advertisedScope(auth, want, scopeString) {
    const named = (0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_1__/* .clientNamedIn */ .CY)(scopeString);
    if (named !== undefined && !(0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_1__/* .sameId */ .s)(named, auth.clientId))
        return 'not-own';
    const found = await auth.findScopesByString([scopeString]);
    const own = found.find((scope) => scope.whole !== undefined && (0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_1__/* .sameId */ .s)(scope.whole.client, auth.clientId) && scope.scope_string === scopeString);
    if (!own)
        return 'not-own';
    return (0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_1__/* .hasSuffix */ .gs)(own.scope_string, want.suffix) ? 'this-scope' : 'another-scope';
}
const isOwn = (auth) => (scope) => (0,_globus_client_js__WEBPACK_IMPORTED_MODULE_0__/* .mayBeOwn */ .Zw)(scope, auth.clientId);


/***/ }),

/***/ 6744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ dependentDrift),
/* harmony export */   Il: () => (/* binding */ driftedFields),
/* harmony export */   _0: () => (/* binding */ COMPARED_FIELDS),
/* harmony export */   oE: () => (/* binding */ planScope),
/* harmony export */   uT: () => (/* binding */ planDependentChanges),
/* harmony export */   uq: () => (/* binding */ driftBetween)
/* harmony export */ });
/* unused harmony export dependentScopeChanges */
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


/***/ }),

/***/ 4271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qz: () => (/* binding */ chooseCreated),
/* harmony export */   qs: () => (/* binding */ chooseScope)
/* harmony export */ });
/* unused harmony export CreateAnswerError */
/* harmony import */ var _globus_scope_string_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8154);

function chooseScope(scopes, want) {
    const expected = want.expected ?? (0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeStringFor */ .Vq)(want.clientId, want.suffix);
    const rank = (scope) => scope.scope_string === expected ? 0 : isClientForm(scope.scope_string, want.clientId, want.suffix) ? 1 : 2;
    const ranked = scopes
        .filter((scope) => (0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_0__/* .hasSuffix */ .gs)(scope.scope_string, want.suffix))
        .sort((a, b) => rank(a) - rank(b) || byText(a.scope_string, b.scope_string) || byText(a.id, b.id));
    const [chosen, ...variants] = ranked;
    return { chosen, variants };
}
function isClientForm(scopeString, clientId, suffix) {
    const [, client, rest] = /^https?:\/\/[^/?#]+\/scopes\/([^/]+)\/(.+)$/i.exec(scopeString) ?? [];
    return client !== undefined && (0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_0__/* .sameId */ .s)(client, clientId) && rest === suffix;
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


/***/ }),

/***/ 1535:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ whyText)
/* harmony export */ });
function whyText(why, quote = (value) => value) {
    return `${why.why}${why.shown ? ` (${why.shown.label}${quote(why.shown.value)})` : ''}`;
}


/***/ }),

/***/ 2867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ diffText),
/* harmony export */   P5: () => (/* binding */ unchangedLines),
/* harmony export */   Ry: () => (/* binding */ planDiff),
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   YR: () => (/* binding */ changeCount),
/* harmony export */   lT: () => (/* binding */ countText),
/* harmony export */   o1: () => (/* binding */ legend)
/* harmony export */ });
/* harmony import */ var _modes_ensure_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6744);
/* harmony import */ var _phrasing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8086);


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
        const changes = (0,_modes_ensure_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planDependentChanges */ .uT)(plan);
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
    for (const field of _modes_ensure_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARED_FIELDS */ ._0) {
        if (field !== 'dependent_scopes') {
            if (!drifted.has(field))
                lines.push(fieldLine(' ', field, desired[field]));
            continue;
        }
        const changes = (0,_modes_ensure_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planDependentChanges */ .uT)(plan);
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
    const changes = (0,_modes_ensure_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planDependentChanges */ .uT)(plan);
    if (plan.action === 'create') {
        return { total: 'new scope', parts: `${(0,_phrasing_js__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(fields, 'field')}, ${(0,_phrasing_js__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(changes.length, 'dependent scope')}` };
    }
    const parts = fields > 0 ? [(0,_phrasing_js__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(fields, 'field')] : [];
    let named = false;
    for (const kind of ['added', 'changed', 'removed']) {
        const n = changes.filter((c) => c.kind === kind).length;
        if (n === 0)
            continue;
        parts.push(named ? `${n} ${kind}` : `${(0,_phrasing_js__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(n, 'dependent scope')} ${kind}`);
        named = true;
    }
    return { total: (0,_phrasing_js__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(fields + changes.length, 'change'), parts: parts.join(', ') };
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


/***/ }),

/***/ 6772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mm: () => (/* binding */ bounded),
/* harmony export */   Q0: () => (/* binding */ MAX_SUMMARY_BYTES),
/* harmony export */   VK: () => (/* binding */ MAX_COMMENT_CHARS)
/* harmony export */ });
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


/***/ }),

/***/ 5405:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CL: () => (/* binding */ COMMENT_LINES),
  yr: () => (/* binding */ GROUPS_WARNING),
  Ol: () => (/* binding */ HEADLINES),
  xh: () => (/* binding */ SECOND_SCOPE_MEANS),
  Zl: () => (/* binding */ consentItems),
  bp: () => (/* binding */ consentNotice),
  nO: () => (/* binding */ globusAuthLine),
  f0: () => (/* binding */ newScope),
  YG: () => (/* binding */ providerFailure),
  xN: () => (/* binding */ providerText),
  DW: () => (/* binding */ resultLines),
  eF: () => (/* binding */ secondScopeSentence),
  dR: () => (/* binding */ variantsNotice),
  Yf: () => (/* binding */ verifyAdvice),
  SL: () => (/* binding */ verifyFailure)
});

// EXTERNAL MODULE: ./lib/globus/scope-string.js
var scope_string = __webpack_require__(8154);
// EXTERNAL MODULE: ./lib/modes/ensure/plan.js
var ensure_plan = __webpack_require__(6744);
;// CONCATENATED MODULE: ./lib/modes/ensure/consent.js

function changesNeedingConsent(plan) {
    if (plan.action !== 'update')
        return [];
    return (0,ensure_plan/* planDependentChanges */.uT)(plan).flatMap((change) => {
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

// EXTERNAL MODULE: ./lib/provider/why.js
var why = __webpack_require__(1535);
// EXTERNAL MODULE: ./lib/text/difference.js
var text_difference = __webpack_require__(9784);
// EXTERNAL MODULE: ./lib/text/duration.js
var duration = __webpack_require__(4783);
// EXTERNAL MODULE: ./lib/text/printable.js
var printable = __webpack_require__(7944);
// EXTERNAL MODULE: ./lib/report/diff.js
var report_diff = __webpack_require__(2867);
// EXTERNAL MODULE: ./lib/report/phrasing.js
var phrasing = __webpack_require__(8086);
;// CONCATENATED MODULE: ./lib/report/lines.js









const HEADLINES = {
    created: 'created',
    updated: 'updated',
    unchanged: 'matches the file',
    'would-create': 'does not exist yet',
    'would-update': 'differs from the file',
};
const SECOND_SCOPE_HEADLINES = {
    created: (scope) => `created as ${scope} for this client`,
    'would-create': (scope) => `does not exist yet and would be ${scope} for this client`,
};
function headline(result) {
    const second = result.otherScopes.length > 0 ? SECOND_SCOPE_HEADLINES[result.status] : undefined;
    return second ? second(newScope(result)) : HEADLINES[result.status];
}
function newScope(result) {
    const others = result.otherScopes.length;
    return others <= 1 ? 'a second scope' : `another scope (its ${(0,phrasing/* ordinal */.IE)(others + 1)})`;
}
const MAX_OTHER_SCOPES_NAMED = 5;
function resultLines(result) {
    const id = result.scope ? ` (id ${result.scope.id})` : '';
    const count = (0,report_diff/* changeCount */.YR)(result.plan);
    const changes = count ? ` (${(0,report_diff/* countText */.lT)(count)})` : '';
    const lines = [`Scope ${(0,printable/* printable */.g$)(result.scopeString)}${id} ${headline(result)}${changes}.`];
    const diff = (0,report_diff/* planDiff */.Ry)(result.plan, result.knownScopes);
    const key = (0,report_diff/* legend */.o1)(diff, (marker) => marker);
    if (key)
        lines.push(`  (${key})`);
    lines.push(...(0,report_diff/* diffText */.NI)(diff).map((line) => `  ${line}`));
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
        name: (0,report_diff/* nameOf */.Vb)(change.dependent, result.knownScopes),
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
function providerText(check, wanted) {
    switch (check.kind) {
        case 'verified':
            return `The Action Provider at ${check.url} advertises ${check.advertised} (${(0,phrasing/* counted */.hS)(check.reads, 'read')}).`;
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
                `${(0,phrasing/* counted */.hS)(failure.reads, 'read')} in ${(0,duration/* seconds */.Y)(failure.ms)}). ${source} ${rollout}`);
        case 'not-own-scope':
            return (`${redeploy}: ${at} advertises ${quote(failure.advertised)}, which is no scope of this client` +
                `${differenceText(failure.advertised, wanted, quoteCharacter)}. ${source}`);
        case 'unreadable':
            return (`Check that the provider is deployed and that the runner reaches it: ${at} could not be read: it ` +
                `${(0,why/* whyText */.s)(failure, quote)} (after ${(0,phrasing/* counted */.hS)(failure.reads, 'read')} in ${(0,duration/* seconds */.Y)(failure.ms)}). ${rollout}`);
        case 'refused':
            return `${failure.fix ? `${failure.fix} ` : ''}${(0,phrasing/* sentence */.em)(at)} ${(0,why/* whyText */.s)(failure, quote)}.`;
    }
}
function differenceText(advertised, wanted, quote) {
    const difference = (0,text_difference/* firstDifference */.at)(advertised, wanted);
    if (!difference)
        return '';
    const { at, given, wanted: expected, alsoAt } = difference;
    const named = (character) => (0,text_difference/* isAscii */.ER)(given) && (0,text_difference/* isAscii */.ER)(expected) ? quote(character) : (0,text_difference/* namedCharacter */.d4)(character, quote);
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
function globusAuthLine(settings) {
    return `Globus Auth at ${settings.authUrl} (from ${settings.authUrlSource}); mode ${settings.mode}`;
}
const GROUPS_WARNING = `The scope does not depend on Globus Groups (${scope_string/* GROUPS_SCOPE_STRING */.w}). ` +
    'Without it the Action Provider cannot read a caller’s groups, so group-based runnable_by and monitor_by policies never match. ' +
    'Add it to dependent_scopes unless the provider uses no group policies.';
function verifyAdvice(result, scopeFile, scopeString, mode) {
    return result.status === 'would-create'
        ? `Run this action with ${mode} to create the scope ${scopeString}: it does not exist yet`
        : `Run this action with ${mode} to update the scope ${scopeString}: it differs from ${scopeFile} in ` +
            (0,ensure_plan/* driftedFields */.Il)(result.plan.drift);
}
function verifyFailure(result, scopeFile) {
    const advice = verifyAdvice(result, scopeFile, result.scopeString, 'mode: ensure');
    return result.status === 'would-create'
        ? `${advice}.`
        : `${advice}; the log above and the job summary show each change.`;
}


/***/ }),

/***/ 8086:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ ordinal),
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   em: () => (/* binding */ sentence),
/* harmony export */   hS: () => (/* binding */ counted)
/* harmony export */ });
const listed = (items) => items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const counted = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
const sentence = (text) => /^[A-Za-z0-9]*_\w*/.test(text) ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
function ordinal(n) {
    const teens = n % 100 >= 11 && n % 100 <= 13;
    return `${n}${teens ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}


/***/ }),

/***/ 1265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ markdown)
});

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


/***/ })

};
