export const id = 604;
export const ids = [604];
export const modules = {

/***/ 604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   pullRequestComments: () => (/* binding */ pullRequestComments),
/* harmony export */   upsertPlanComment: () => (/* binding */ upsertPlanComment)
/* harmony export */ });
/* unused harmony exports quietOctokit, RedirectNotFollowed, commentsApi */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8665);
// The plan as one pull-request comment, updated in place on later pushes. This module alone
// knows the comment: its marker, how to find our own among everyone's, the upsert, and the
// time limit. A comment is ours only when it carries our marker AND
// was written by the identity of the token we hold.



/**
 * Hidden marker that finds this action's comment for this scope among all the others. A hash
 * of the scope's identity, so no untrusted text ever sits inside the HTML comment.
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
// octokit prints to stderr with text from GitHub's headers: on a Deprecation header,
// @octokit/request warns with the Sunset and Link values through `request.log` (the console when
// unset), and the plugins warn through `log`. The runner would read a `##[` there as a workflow
// command. Both are silenced; errors reach us as exceptions instead.
const silent = { debug() { }, info() { }, warn() { }, error() { } };
/**
 * An octokit that prints nothing and never follows a redirect: one could carry the plan (and the
 * next request, with the token) to another host. octokit takes any status below 400 for success,
 * a redirect not followed too: every request's answer, GraphQL's included, is held to 2xx here.
 */
function quietOctokit(token, request) {
    const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q(token, { request: { ...request, redirect: 'manual', log: silent }, log: silent });
    octokit.hook.after('request', (answer) => {
        if (answer.status >= 300)
            throw new RedirectNotFollowed(answer.status);
    });
    return octokit;
}
/** GitHub answered a redirect: not followed, so nothing was done; `status` as GitHub sent it. */
class RedirectNotFollowed extends Error {
    name = 'RedirectNotFollowed';
    status;
    constructor(status) {
        super(`GitHub answered ${status}, a redirect, which is not followed`);
        this.status = status;
    }
}
/**
 * The comments API of the triggering pull request, or undefined when the event is not one.
 * Every call shares one time limit, so a silent GitHub API cannot hold the runner.
 */
function pullRequestComments(token, timeoutMs) {
    const { eventName, payload, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._;
    const number = payload.pull_request?.number;
    if (!['pull_request', 'pull_request_target'].includes(eventName) || typeof number !== 'number')
        return undefined;
    // The toolkit's proxy-aware agent and fetch stay: options replace its request defaults whole.
    const request = { ..._actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__/* .defaults */ .NT.request, signal: AbortSignal.timeout(timeoutMs) };
    return commentsApi(quietOctokit(token, request), { ...repo, issue_number: number });
}
/** The comments API over one pull request (an issue, to GitHub's REST API). */
function commentsApi(octokit, issue) {
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
            const { owner, repo } = issue;
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
        },
    };
}


/***/ })

};
