export const id = 148;
export const ids = [148];
export const modules = {

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCheck: () => (/* binding */ runCheck)
/* harmony export */ });
/* unused harmony exports UPDATE_MODES, validateRunCheck */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/**
 * check-upstream from start to end, shared by the action and `sync check`: read the manifest,
 * check, write the output file, rewrite the manifest, open or refresh the update PRs. The entry
 * points only turn inputs or flags into `RunCheckOptions` and the result into outputs or lines.
 *
 * The usual failures (no manifest, an unusable option) are found before the YAML parser, the
 * upstream library or Octokit is loaded: a refused run starts as fast as node itself.
 */



const UPDATE_MODES = ['none', 'manifest', 'pull-request'];
/** Refuses options that cannot work, before anything heavy is loaded. */
function validateRunCheck(opts) {
    if (!UPDATE_MODES.includes(opts.update))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`input "update" must be one of ${UPDATE_MODES.join(', ')}, got "${opts.update}"`);
    if (opts.update === 'pull-request') {
        if (!opts.token)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`update: pull-request needs a token that may push and open pull requests${opts.tokenHint ? ` (${opts.tokenHint})` : ''}`);
        if (!opts.repo)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('update: pull-request needs GITHUB_REPOSITORY (the repository to open PRs in)');
    }
}
/** The manifest's text, or the one-line error loadManifest gives (without loading the YAML parser). */
async function manifestText(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(code === 'ENOENT'
            ? `${file}: manifest not found (set the "manifest" input, or create versions.yml)`
            : `${file}: cannot read manifest (${code ?? String(err)})`);
    }
}
async function runCheck(opts, log) {
    validateRunCheck(opts);
    const text = await manifestText(opts.manifestPath);
    const { parseManifest } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(955)]).then(__webpack_require__.bind(__webpack_require__, 1336));
    const { checkUpstreams, manifestJson } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(423), __webpack_require__.e(114)]).then(__webpack_require__.bind(__webpack_require__, 6114));
    const manifest = parseManifest(text, opts.manifestPath);
    const result = await checkUpstreams({
        manifest,
        names: opts.names,
        onlyUpstream: opts.onlyUpstream,
        includePrereleases: opts.includePrereleases,
        token: opts.token,
        serverUrl: opts.serverUrl,
        apiUrl: opts.apiUrl,
    }, log);
    const json = manifestJson(result);
    const updated = result.entries.filter((e) => e.updateAvailable);
    const failed = result.entries.filter((e) => e.error);
    if (opts.outputFile) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.outputFile)), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(opts.outputFile, `${JSON.stringify(json, null, 2)}\n`);
    }
    let manifestUpdated = false;
    let pulls = [];
    if (opts.update !== 'none' && updated.length) {
        const { updateManifestFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(824)]).then(__webpack_require__.bind(__webpack_require__, 5824));
        const changes = Object.fromEntries(updated.map((e) => [e.name, e.newVersion]));
        manifestUpdated = await updateManifestFile(opts.manifestPath, changes);
        if (opts.update === 'pull-request') {
            const client = opts.client ?? (await Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584))).createClient({ token: opts.token, apiUrl: opts.apiUrl, warn: (m) => log.warn(m) });
            const { openUpdatePullRequests } = await Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(815), __webpack_require__.e(423), __webpack_require__.e(106)]).then(__webpack_require__.bind(__webpack_require__, 7106));
            pulls = await openUpdatePullRequests(updated, {
                repo: opts.repo,
                workspace: opts.workspace,
                manifest: opts.manifestPath,
                token: opts.token,
                serverUrl: opts.serverUrl,
                client,
                labels: opts.labels,
            }, log);
        }
    }
    return { result, json, updated, failed, manifestUpdated, pulls };
}


/***/ })

};
