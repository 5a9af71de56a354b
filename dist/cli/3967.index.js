export const id = 3967;
export const ids = [3967];
export const modules = {

/***/ 3967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSync: () => (/* binding */ runSync)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6629);
/**
 * sync-upstream from start to end, shared by the action and `sync apply`: validate the settings,
 * make the clients, run `syncUpstream`. The entry points only read inputs or flags (and name
 * them in messages their way) and turn the outcome into outputs or lines.
 */


async function runSync(o, log) {
    if (!o.upstream || !(0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isRepoName */ .AW)(o.upstream))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.setting('upstream')} must be the owner/name of the upstream repository, got "${o.upstream}"`);
    if (!o.token)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.setting('token')} is empty: give a token that may push branches and open pull requests here`);
    if (!Number.isInteger(o.maxAgeDays) || o.maxAgeDays < 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.setting('max-age-days')} must be a whole number >= 0`);
    const { METHODS } = await __webpack_require__.e(/* import() */ 1390).then(__webpack_require__.bind(__webpack_require__, 1390));
    if (!METHODS.includes(o.method))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.setting('method')} must be one of ${METHODS.join(', ')}, got "${o.method}"`);
    const { loadSubscriptions } = await __webpack_require__.e(/* import() */ 9616).then(__webpack_require__.bind(__webpack_require__, 9616));
    const subscriptions = loadSubscriptions(o.subscriptions, o.workspace);
    const { parsePathMap, syncUpstream } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(8190), __webpack_require__.e(7747)]).then(__webpack_require__.bind(__webpack_require__, 7747));
    const pathMap = parsePathMap(o.pathMap);
    const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(9573)]).then(__webpack_require__.bind(__webpack_require__, 9573));
    const warn = (m) => log.info(m);
    const upstreamToken = o.upstreamToken || o.token;
    const client = createClient({ token: o.token, apiUrl: o.apiUrl, warn });
    const upstreamClient = upstreamToken === o.token ? client : createClient({ token: upstreamToken, apiUrl: o.apiUrl, warn });
    return syncUpstream({
        client,
        upstreamClient,
        token: o.token,
        upstreamToken,
        serverUrl: o.serverUrl,
        repo: o.repo,
        upstream: o.upstream,
        eventName: o.eventName,
        event: o.event,
        feature: o.feature,
        sha: o.sha,
        subscriptions,
        pathMap,
        method: o.method,
        base: o.base,
        branchTemplate: o.branchTemplate,
        labels: o.labels,
        maxAgeDays: o.maxAgeDays,
        reportFailures: o.reportFailures,
        dryRun: o.dryRun,
        workspace: o.workspace,
        runUrl: o.runUrl,
        log,
    });
}


/***/ }),

/***/ 6629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ isRepoName),
/* harmony export */   Ft: () => (/* binding */ badTagName),
/* harmony export */   K0: () => (/* binding */ badVersion),
/* harmony export */   fL: () => (/* binding */ DEFAULT_TAG),
/* harmony export */   pV: () => (/* binding */ readManifestText),
/* harmony export */   pW: () => (/* binding */ DEFAULT_ASSET),
/* harmony export */   t_: () => (/* binding */ badFileName)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);
/**
 * The manifest's defaults, name rules and file reading without the YAML parser, so code that only
 * needs these (a tool-cache hit, a failing input check) does not load it. manifest.ts re-exports them.
 */


/** The manifest file's text, or one line saying why it cannot be read. */
async function readManifestText(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(code === 'ENOENT'
            ? `${file}: manifest not found (set the "manifest" input, or create versions.yml)`
            : `${file}: cannot read manifest (${code ?? String(err)})`);
    }
}
const DEFAULT_TAG = '{name}-{version}';
const DEFAULT_ASSET = '{bin}-{os}-{arch}.tar.gz';
const REPO_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;
/** True for `owner/name`. */
function isRepoName(value) {
    return REPO_NAME.test(value) && !value.endsWith('.git') && !value.includes('..');
}
/**
 * Why `tag` is not a valid tag name, or undefined: git's rules (`git check-ref-format`) and
 * GitHub's (a short name, never a full `refs/...` ref).
 */
function badTagName(tag) {
    if (!tag)
        return 'it is empty';
    if (/^refs\//.test(tag))
        return 'it starts with "refs/" (a tag is named without it)';
    const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(tag);
    if (bad)
        return `it contains ${bad[0].charCodeAt(0) <= 0x20 || bad[0] === '\x7f' ? 'a space or control character' : `"${bad[0]}"`}`;
    if (tag.includes('..'))
        return 'it contains ".."';
    if (tag.includes('@{') || tag === '@')
        return 'it contains "@{" or is "@"';
    if (tag.startsWith('-'))
        return 'it starts with "-"';
    if (tag.startsWith('/') || tag.endsWith('/') || tag.includes('//'))
        return 'it has an empty path component';
    if (tag.endsWith('.'))
        return 'it ends with "."';
    for (const part of tag.split('/')) {
        if (part.startsWith('.'))
            return `its component "${part}" starts with "."`;
        if (part.endsWith('.lock'))
            return `its component "${part}" ends with ".lock"`;
    }
    return undefined;
}
/**
 * Why `version` cannot be a pinned version, or undefined (SPEC §2): any non-empty string without
 * spaces, including a monorepo's full tag with slashes (`comp/v1.2.3`). One with a slash is a
 * tag name, so it must be a valid one (no `..`, no empty component, no `.lock`...); a backslash
 * is never a tag character and would be a path separator on Windows.
 */
function badVersion(version) {
    if (!version)
        return 'it is empty';
    if (/[\s\x00-\x1f\x7f]/.test(version))
        return 'it contains a space or control character';
    if (version.includes('\\'))
        return 'it contains "\\"';
    if (version.includes('/')) {
        const why = badTagName(version);
        if (why)
            return `${why} (a version with "/" is a monorepo tag, so it must be a valid tag name)`;
    }
    return undefined;
}
/** Why `name` is not a plain file name (an asset or binary name), or undefined. */
function badFileName(name) {
    if (!name || name === '.' || name === '..')
        return 'it is not a file name';
    if (/[/\\]/.test(name))
        return 'it contains a path separator';
    if (/[\x00-\x1f\x7f]/.test(name))
        return 'it contains a control character';
    return undefined;
}


/***/ })

};
