export const id = 351;
export const ids = [351];
export const modules = {

/***/ 2351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  callerWords: () => (/* binding */ callerWords),
  checkCallers: () => (/* binding */ checkCallers)
});

// EXTERNAL MODULE: ./lib/globus/errors.js
var errors = __webpack_require__(739);
// EXTERNAL MODULE: ./lib/globus/schemas.js
var schemas = __webpack_require__(210);
// EXTERNAL MODULE: ./lib/globus/scope-string.js
var scope_string = __webpack_require__(8154);
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

// EXTERNAL MODULE: ./lib/report/phrasing.js
var phrasing = __webpack_require__(8086);
;// CONCATENATED MODULE: ./lib/report/caller-failure.js




const TITLES = {
    token: 'token for the scope, with the caller’s credentials',
    introspection: 'introspection by the provider’s client',
    'dependent-tokens': 'dependent tokens for the provider',
    revocation: 'revocation of every token given',
};
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
                `${atStep('introspection')}, Globus Auth lists its scopes as ${quotedList(failure.scopes, quote)}, without ` +
                `${scope}. A provider compares these with its scope (action-provider-tools does): run again, and if it ` +
                'persists, compare the scope string callers ask for with the scope itself.');
        case 'audience':
            return (`Callers’ tokens do not name the provider’s client as their audience: introspecting the stand-in caller’s ` +
                `token for ${scope} ${atStep('introspection')}, Globus Auth gave aud ${quotedList(failure.audience, quote)}, ` +
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
    return (`${(0,phrasing/* counted */.hS)(count, 'more token')} that Globus Auth gave during the caller check ${count === 1 ? 'was' : 'were'} not ` +
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
function quotedList(values, quote) {
    return values.length ? values.map(quote).join(', ') : 'nothing';
}
function hours(seconds) {
    return seconds < 3600 ? (0,phrasing/* counted */.hS)(Math.ceil(seconds / 60), 'minute') : (0,phrasing/* counted */.hS)(Math.ceil(seconds / 3600), 'hour');
}

;// CONCATENATED MODULE: ./lib/report/caller.js



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
                ? `; not checked: ${(0,phrasing/* counted */.hS)(dependents.unnamed.length, 'dependent scope')} given by id that the provider’s ` +
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
            return `active, but its scopes (${quotedList(failure.scopes, quote)}) do not include the scope`;
        case 'audience':
            return `its audience (aud: ${quotedList(failure.audience, quote)}) does not list the provider’s client ${quote(check.providerId)}`;
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
        return line('passed', `${(0,phrasing/* counted */.hS)(revoked, 'token')} revoked (${by})`);
    return line('some not revoked', `${(0,phrasing/* counted */.hS)(missed, 'token')} not revoked (the warnings say which); ${revoked} revoked (${by})`);
}
function callerLogLines(check) {
    return callerSteps(check, (value) => value).map(({ number, title, result, detail }) => `  ${number}. ${(0,phrasing/* sentence */.em)(title)}: ${result}${detail ? `: ${detail}` : ''}.`);
}
const ICONS = { passed: ' ✅', failed: ' ❌', 'some not revoked': ' ⚠️' };
function callerFacts(run, md) {
    if (run.kind === 'not-checked')
        return ['- Caller check: run by `mode: verify` only'];
    const { check } = run;
    const verdict = check.failure ? `failed at step ${STEPS.indexOf(check.failure.step) + 1} ❌` : 'passed ✅';
    return [
        `- Caller check with the stand-in caller ${md.code(check.callerId)}: ${verdict} (${(0,phrasing/* counted */.hS)(run.requests, 'request')})`,
        ...callerSteps(check, md.code).map(({ number, title, result, detail }) => `  - Step ${number}, ${title}: ${result}${ICONS[result] ?? ''}${detail ? `: ${detail}` : ''}`),
    ];
}
function callerSummary(run, scopeFile) {
    const check = run.kind === 'checked' ? run.check : undefined;
    const failure = check?.failure;
    return {
        failed: failure !== undefined,
        failure: (md) => (check && failure ? callerFailureText(check, failure, scopeFile, md.code) : undefined),
        facts: (md) => callerFacts(run, md),
    };
}

// EXTERNAL MODULE: ./lib/flow/gate.js
var gate = __webpack_require__(933);
;// CONCATENATED MODULE: ./lib/flow/caller-gate.js




async function checkCallers(settings, result, io) {
    const caller = settings.caller;
    if (!caller)
        return undefined;
    const step = (0,gate/* gateStep */.s)(result);
    if (step.kind === 'not-checked')
        return { kind: 'not-checked', mode: step.mode };
    if (step.kind === 'not-run')
        return undefined;
    const before = io.auth.requestCount;
    const required = await requiredDependents(result, io.auth);
    io.log.info(callerCheckStart(caller.clientId, result.scopeString));
    const check = await checkCaller({
        scopeString: result.scopeString,
        callerId: caller.clientId,
        providerId: settings.clientId,
        advertised: step.scope.advertised,
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
function callerWords(settings, result, caller, scopeFile) {
    const annotations = [];
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
    const failed = checked?.failure;
    return {
        annotations,
        failure: failed && callerFailureText(checked, failed, scopeFile, (value) => value),
        swapped: settings.caller && result.status === 'would-create' ? callerSwappedText(settings.caller.clientId) : '',
        summary: caller && callerSummary(caller, scopeFile),
    };
}


/***/ }),

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


/***/ })

};
