export const id = 827;
export const ids = [827];
export const modules = {

/***/ 8827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkAndSend: () => (/* binding */ checkAndSend)
/* harmony export */ });
/* harmony import */ var _globus_basic_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6900);
/* harmony import */ var _globus_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4657);
/* harmony import */ var _globus_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3551);
/* harmony import */ var _globus_scope_string_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8154);
/* harmony import */ var _scope_file_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6927);
/* harmony import */ var _settings_input_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(829);
/* harmony import */ var _settings_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8982);
/* harmony import */ var _first_lookup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3813);








async function checkAndSend(env, connection) {
    try {
        const input = (0,_settings_input_js__WEBPACK_IMPORTED_MODULE_6__/* .inputsFrom */ .WK)(env);
        if ((0,_settings_input_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlanWithoutCredentials */ .Og)(input, env))
            return closed(connection, undefined);
        const settings = (0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .readSettings */ .s)(input, env);
        if (settings.mode === 'export')
            return closed(connection, { settings });
        const scopeFile = await (0,_scope_file_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readScopeFile */ .$h)(settings.scopeFile);
        if (!connection || settings.authMethod === 'token' || connection.origin !== new URL(settings.authUrl).origin) {
            return closed(connection, { settings, scopeFile });
        }
        const { desired } = scopeFile;
        const dependents = desired.dependent_scopes.map((d) => d.scope);
        const strings = (0,_globus_scope_string_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLookupStrings */ .v2)(settings.clientId, desired.scope_suffix, dependents, settings.authUrl);
        const { path, query } = (0,_globus_client_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeLookup */ .rD)('scope_strings', strings);
        const headers = (0,_globus_request_js__WEBPACK_IMPORTED_MODULE_1__/* .requestHeaders */ .A1)({}, (0,_globus_basic_js__WEBPACK_IMPORTED_MODULE_7__/* .basicAuthorization */ .a)(settings.clientId, settings.clientSecret));
        const url = (0,_globus_request_js__WEBPACK_IMPORTED_MODULE_1__/* .requestUrl */ .Fl)(settings.authUrl, path, query);
        const firstLookup = (0,_first_lookup_js__WEBPACK_IMPORTED_MODULE_5__/* .sendFirstLookup */ .P)(connection, url, { ...headers, 'accept-encoding': 'identity' });
        return { settings, scopeFile, firstLookup };
    }
    catch {
        return closed(connection, undefined);
    }
}
function closed(connection, boot) {
    connection?.socket.destroy();
    return boot;
}


/***/ })

};
