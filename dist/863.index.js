export const id = 863;
export const ids = [863];
export const modules = {

/***/ 7863:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   pullRequestComments: () => (/* binding */ pullRequestComments),
/* harmony export */   upsertPlanComment: () => (/* binding */ upsertPlanComment)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8665);
// The plan as one pull-request comment, updated in place on later pushes. This module alone
// knows the comment: its marker, how to find our own among everyone's, the upsert, and the
// time limit. A comment is ours only when it carries our marker AND
// was written by the identity of the token we hold.



/**
 * Hidden marker that finds this action's comment for this scope among all the others. A hash
 * of the scope's identity, so no outside text ever sits inside the HTML comment.
 */
function commentMarker(identity) {
    const key = [identity.authUrl, identity.clientId.toLowerCase(), identity.scopeSuffix].join('\n');
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 16);
    return `<!-- ensure-globus-scope plan ${digest} -->`;
}
/**
 * Create the comment, or update the one this action made before. When there is nothing to
 * change and no earlier comment, none is added: the pull request does not touch the scope.
 */
async function upsertPlanComment(api, marker, text, hasChanges) {
    const body = `${marker}\n${text}`;
    const marked = (await api.list()).filter((comment) => comment.body?.startsWith(`${marker}\n`));
    // Who we are costs a request, so it is asked only when a marked comment exists.
    const logins = marked.length > 0 ? await api.identity() : [];
    // Marked comments, and no way to tell which is ours: editing one could edit somebody else's,
    // and adding one more on every push would bury the plan.
    if (logins === undefined)
        return 'identity-unknown';
    const ours = new Set(logins);
    const existing = marked.find((comment) => ours.has(comment.user?.login ?? ''));
    if (existing) {
        if (existing.body === body)
            return 'unchanged';
        await api.update(existing.id, body);
        return 'updated';
    }
    if (!hasChanges)
        return 'not-needed';
    await api.create(body);
    return 'created';
}
/** Pages of 100 comments read at most; a pull request with more gets a new plan comment. */
const MAX_PAGES = 30;
// octokit warns on stderr with text from GitHub's headers (Deprecation, Sunset): the runner
// would read a `##[` there as a workflow command. Errors reach us as exceptions instead.
const silent = { debug() { }, info() { }, warn() { }, error() { } };
/**
 * The comments API of the triggering pull request, or undefined when the event is not one.
 * Every call shares one time limit, so a silent GitHub API cannot hold the runner.
 */
function pullRequestComments(token, timeoutMs) {
    const { eventName, payload, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._;
    const number = payload.pull_request?.number;
    if (!['pull_request', 'pull_request_target'].includes(eventName) || typeof number !== 'number')
        return undefined;
    const signal = AbortSignal.timeout(timeoutMs);
    // The toolkit's proxy-aware agent and fetch stay: options replace its request defaults whole.
    // Never following a redirect: it could carry the plan (and the next request) to another host.
    const request = { ..._actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__/* .defaults */ .NT.request, signal, redirect: 'manual' };
    const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q(token, { request, log: silent });
    const issue = { ...repo, issue_number: number };
    return {
        // Page by page, never following a Link header: it could name another host for the token.
        list: async () => {
            const comments = [];
            for (let page = 1; page <= MAX_PAGES; page++) {
                const { data } = await octokit.rest.issues.listComments({ ...issue, per_page: 100, page });
                for (const comment of data)
                    comments.push(comment);
                if (data.length < 100)
                    break;
            }
            return comments;
        },
        identity: async () => {
            // GraphQL names the token's identity for a user's token and for an app's (an app's
            // comments show its login with "[bot]"); the REST /user endpoint refuses app tokens.
            try {
                const answer = await octokit.graphql('query { viewer { login } }');
                const login = answer.viewer?.login;
                if (typeof login === 'string' && /^[A-Za-z0-9-]+(\[bot\])?$/.test(login)) {
                    return login.endsWith('[bot]') ? [login] : [login, `${login}[bot]`];
                }
            }
            catch {
                // Unknown: the caller edits no comment.
            }
            return undefined;
        },
        create: async (body) => {
            await octokit.rest.issues.createComment({ ...issue, body });
        },
        update: async (id, body) => {
            await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
        },
    };
}


/***/ })

};
