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



function commentMarker(identity) {
    const key = [identity.authUrl, identity.clientId.toLowerCase(), identity.scopeSuffix].join('\n');
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 16);
    return `<!-- ensure-globus-scope plan ${digest} -->`;
}
async function upsertPlanComment(api, marker, text, hasChanges) {
    const body = `${marker}\n${text}`;
    const marked = (await api.list()).filter((comment) => comment.body?.startsWith(`${marker}\n`));
    const logins = marked.length > 0 ? await api.identity() : [];
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
const MAX_PAGES = 30;
const silent = { debug() { }, info() { }, warn() { }, error() { } };
function quietOctokit(token, request) {
    const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q(token, { request: { ...request, redirect: 'manual', log: silent }, log: silent });
    octokit.hook.after('request', (answer) => {
        if (answer.status >= 300)
            throw new RedirectNotFollowed(answer.status);
    });
    return octokit;
}
class RedirectNotFollowed extends Error {
    name = 'RedirectNotFollowed';
    status;
    constructor(status) {
        super(`GitHub answered ${status}, a redirect, which is not followed`);
        this.status = status;
    }
}
function pullRequestComments(token, timeoutMs) {
    const { eventName, payload, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._;
    const number = payload.pull_request?.number;
    if (!['pull_request', 'pull_request_target'].includes(eventName) || typeof number !== 'number')
        return undefined;
    const request = { ..._actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__/* .defaults */ .NT.request, signal: AbortSignal.timeout(timeoutMs) };
    return commentsApi(quietOctokit(token, request), { ...repo, issue_number: number });
}
function commentsApi(octokit, issue) {
    return {
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
            try {
                const answer = await octokit.graphql('query { viewer { login } }');
                const login = answer.viewer?.login;
                if (typeof login === 'string' && /^[A-Za-z0-9-]+(\[bot\])?$/.test(login)) {
                    return login.endsWith('[bot]') ? [login] : [login, `${login}[bot]`];
                }
            }
            catch {
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
