export const id = 699;
export const ids = [699];
export const modules = {

/***/ 9699:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startEarly: () => (/* binding */ startEarly)
/* harmony export */ });
/* harmony import */ var _auth_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5965);
/* harmony import */ var _globus_basic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6900);
/* harmony import */ var _globus_early_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7819);
/* harmony import */ var _globus_scope_string_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8154);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5111);
/* harmony import */ var _scope_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6089);
// The early start, second step: with zod and the scope file's parser loaded (this chunk), check
// the inputs and the scope file exactly as run() would, and only then write the first lookup to
// the connection preconnect.ts opened, provided it is the very request run() will make. Any
// doubt, and the connection is closed unused: run() then does everything itself, and says what
// is wrong. Nothing is printed here: the secret is masked only once the toolkit is loaded.






async function startEarly(env, pending) {
    try {
        const input = (0,_auth_url_js__WEBPACK_IMPORTED_MODULE_0__/* .inputsFrom */ .WK)(env);
        if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlanWithoutCredentials */ .Og)(input, env))
            return closed(pending);
        const settings = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readSettings */ .sb)(input, env);
        if (settings.mode === 'export')
            return closed(pending);
        const scopeFile = await (0,_scope_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readScopeFile */ .$h)(settings.scopeFile);
        // The same request ensureScope makes first (URL and credentials), or none at all.
        const dependents = scopeFile.desired.dependent_scopes.map((d) => d.scope);
        const strings = (0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_4__/* .firstLookupStrings */ .v2)(settings.clientId, scopeFile.desired.scope_suffix, dependents, settings.authUrl);
        const same = pending?.url === (0,_globus_early_request_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupUrl */ .cZ)(settings.authUrl, strings).toString() &&
            pending.authorization === (0,_globus_basic_js__WEBPACK_IMPORTED_MODULE_5__/* .basicAuthorization */ .a)(settings.clientId, settings.clientSecret);
        if (!same)
            pending?.cancel();
        return { settings, scopeFile, lookup: same && settings.authMethod !== 'token' ? pending.send() : undefined };
    }
    catch {
        return closed(pending);
    }
}
function closed(pending) {
    pending?.cancel();
    return undefined;
}


/***/ })

};
