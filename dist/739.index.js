export const id = 739;
export const ids = [739];
export const modules = {

/***/ 1739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeExport: () => (/* binding */ executeExport)
});

// EXTERNAL MODULE: ./lib/globus/client.js + 1 modules
var client = __webpack_require__(4657);
// EXTERNAL MODULE: ./lib/globus/scope-string.js
var scope_string = __webpack_require__(8154);
// EXTERNAL MODULE: ./lib/text/printable.js
var printable = __webpack_require__(7944);
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

// EXTERNAL MODULE: ./lib/text/markdown.js + 1 modules
var markdown = __webpack_require__(1265);
// EXTERNAL MODULE: ./lib/report/github-limits.js
var github_limits = __webpack_require__(6772);
// EXTERNAL MODULE: ./lib/report/lines.js + 1 modules
var lines = __webpack_require__(5405);
// EXTERNAL MODULE: ./lib/report/phrasing.js
var phrasing = __webpack_require__(8086);
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
        if (bytes > github_limits/* MAX_SUMMARY_BYTES */.Q0 / 2)
            return index;
    }
    return exported.length;
}
const leftOut = (count) => `The scope files of the last ${(0,phrasing/* counted */.hS)(count, 'scope')} are left out here: together they are too long for the log and the job summary (each scope is listed above with its id).`;
function exportLogLines(exported, verdict, file, path) {
    const lines = [`The client has ${(0,phrasing/* counted */.hS)(exported.length, 'scope')}.`];
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
    const md = (0,markdown/* markdown */.w)(redactor);
    const parts = ['## 📤 Globus Auth scope: exported', '', verdictText(verdict, md.code(file), md.code(path))];
    const whole = shownWhole(exported);
    exported.forEach(({ scope, text, problem, missingGroups }, index) => {
        parts.push('', `### ${md.code(scope.scope_string)}`, '', `Scope id ${md.code(scope.id)}.`);
        if (missingGroups && index < whole)
            parts.push('', `> [!WARNING]\n> ${lines/* GROUPS_WARNING */.yr}`);
        if (problem)
            parts.push('', `Not exported: ${problem}.`);
        else if (index < whole)
            parts.push('', md.fenced((text ?? '').trimEnd(), 'json'));
    });
    if (whole < exported.length)
        parts.push('', leftOut(exported.length - whole));
    return (0,github_limits/* bounded */.Mm)(`${parts.join('\n')}\n`);
}

// EXTERNAL MODULE: ./lib/flow/outcome.js
var outcome = __webpack_require__(3864);
;// CONCATENATED MODULE: ./lib/flow/export.js





async function executeExport(settings, io) {
    io.log.info((0,lines/* globusAuthLine */.nO)(settings));
    const exported = await exportScopes(io.auth);
    const verdict = await writeExport(exported, settings.scopeFile, io.redactor);
    const only = onlyExported(exported)?.scope;
    const { display, path } = settings.scopeFile;
    return {
        log: exportLogLines(exported, verdict, display, path),
        debug: [],
        annotations: exported
            .filter((e) => e.missingGroups)
            .map(({ scope }) => (0,outcome/* groupsWarning */.T)(`${scope.scope_string}: ${lines/* GROUPS_WARNING */.yr}`)),
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


/***/ })

};
