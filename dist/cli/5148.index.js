export const id = 5148;
export const ids = [5148];
export const modules = {

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


/***/ }),

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
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9541);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6629);
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
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`input "update" must be one of ${UPDATE_MODES.join(', ')}, got "${opts.update}"`);
    if (opts.update === 'pull-request') {
        if (!opts.token)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`update: pull-request needs a token that may push and open pull requests${opts.tokenHint ? ` (${opts.tokenHint})` : ''}`);
        if (!opts.repo)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('update: pull-request needs GITHUB_REPOSITORY (the repository to open PRs in)');
    }
}
async function runCheck(opts, log) {
    validateRunCheck(opts);
    const text = await (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifestText */ .pV)(opts.manifestPath);
    const { parseManifest } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2714)]).then(__webpack_require__.bind(__webpack_require__, 333));
    const { checkUpstreams, manifestJson } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(4423), __webpack_require__.e(6114)]).then(__webpack_require__.bind(__webpack_require__, 6114));
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
        const { updateManifestFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(5824)]).then(__webpack_require__.bind(__webpack_require__, 5824));
        const changes = Object.fromEntries(updated.map((e) => [e.name, e.newVersion]));
        manifestUpdated = await updateManifestFile(opts.manifestPath, changes);
        if (opts.update === 'pull-request') {
            const client = opts.client ?? (await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(9573)]).then(__webpack_require__.bind(__webpack_require__, 9573))).createClient({ token: opts.token, apiUrl: opts.apiUrl, warn: (m) => log.warn(m) });
            const { openUpdatePullRequests } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(8815), __webpack_require__.e(4423), __webpack_require__.e(5824), __webpack_require__.e(7106)]).then(__webpack_require__.bind(__webpack_require__, 7106));
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
