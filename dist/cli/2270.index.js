export const id = 2270;
export const ids = [2270];
export const modules = {

/***/ 9889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packAndPublish: () => (/* binding */ packAndPublish),
/* harmony export */   releaseBinary: () => (/* binding */ releaseBinary)
/* harmony export */ });
/* unused harmony export requireRepo */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9541);
/* harmony import */ var _artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1965);
/* harmony import */ var _artifact_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6617);
/** release-binary as a library: package one binary and put it in its per-version release. */






async function releaseBinary(opts, log) {
    const t = await (0,_artifact_target_js__WEBPACK_IMPORTED_MODULE_4__.resolveTarget)(opts);
    const repo = requireRepo(t);
    let path = opts.path;
    if (!path) {
        path = (0,_artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__.findTool)(opts.toolCache ?? (0,_artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__.toolCacheRoot)(), t.name, t.version, t.platform);
        if (!path)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`no "path" given and no ${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} in the tool cache: set "path" to the binary (or a folder holding ${t.exe})`);
    }
    const { locateBinary } = await Promise.all(/* import() */[__webpack_require__.e(9661), __webpack_require__.e(7314)]).then(__webpack_require__.bind(__webpack_require__, 7314));
    const binary = await locateBinary(path, t.exe);
    return packAndPublish(binary, t, repo, opts, log);
}
function requireRepo(t) {
    if (!t.releaseRepo)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y('no release repository: set "release-repo" (or release-repo in the manifest, or GITHUB_REPOSITORY)');
    return t.releaseRepo;
}
/** Shared with ensure-binary's release-on-miss. */
async function packAndPublish(binary, t, repo, opts, log) {
    if (!opts.token)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`no token to upload ${t.asset} to ${repo}: set "token" (GITHUB_TOKEN or GH_TOKEN on a laptop)`);
    const workspace = opts.workspace ?? process.cwd();
    const { packBinary, sourceCommit, versionInfoFor } = await Promise.all(/* import() */[__webpack_require__.e(9661), __webpack_require__.e(7314)]).then(__webpack_require__.bind(__webpack_require__, 7314));
    const info = await versionInfoFor(binary, t, () => sourceCommit(t.workdir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workspace, t.workdir) : undefined, workspace));
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.tempDir ?? process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-release-'));
    try {
        const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, t.asset);
        const packed = await packBinary(binary, info, t.exe, archive);
        const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(9573)]).then(__webpack_require__.bind(__webpack_require__, 9573));
        const gh = createClient({ token: opts.token, apiUrl: opts.apiUrl, warn: (m) => log.warn(m) });
        const { publishArchive } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(1498), __webpack_require__.e(3575)]).then(__webpack_require__.bind(__webpack_require__, 3575));
        const done = await publishArchive({
            gh,
            token: opts.token,
            repo,
            tag: t.tag,
            assetName: t.asset,
            file: archive,
            sha256: packed.sha256,
            size: packed.size,
            clobber: opts.clobber ?? true,
            create: {
                title: opts.title || `${t.name} ${t.version}`,
                notes: opts.notes || `Binary cache for ${t.name} ${t.version} (managed by sync).`,
                prerelease: opts.prerelease,
                makeLatest: false,
            },
            log,
        });
        // 'kept' (clobber: false) left a different archive in place: its binary is not ours.
        const kept = done.action === 'kept';
        return {
            tag: t.tag,
            releaseId: done.release.id,
            releaseUrl: done.release.html_url,
            assetName: done.asset.name,
            assetUrl: done.asset.browser_download_url,
            sha256: kept ? await keptBinarySha256(done.asset, t, opts.token, temp, log) : info.checksum,
            archiveSha256: kept ? (done.asset.digest?.replace(/^sha256:/, '') ?? '') : packed.sha256,
            action: done.action,
            repo,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { recursive: true, force: true });
    }
}
/**
 * The binary checksum of an asset left alone (clobber: false): downloaded (digest checked) and
 * read from its `.version`, which must match the binary inside; '' (with a warning) when it cannot.
 */
async function keptBinarySha256(asset, t, token, temp, log) {
    const label = `asset ${asset.name} (release ${t.tag})`;
    try {
        const { download } = await Promise.all(/* import() */[__webpack_require__.e(1498), __webpack_require__.e(2044)]).then(__webpack_require__.bind(__webpack_require__, 1498));
        const { extractTarGz } = await __webpack_require__.e(/* import() */ 9661).then(__webpack_require__.bind(__webpack_require__, 9661));
        const { parseVersionFile, VERSION_FILE } = await __webpack_require__.e(/* import() */ 9753).then(__webpack_require__.bind(__webpack_require__, 9753));
        const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, `kept-${asset.id}.tar.gz`);
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, `kept-${asset.id}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        await download({
            url: asset.url,
            dest: archive,
            headers: { accept: 'application/octet-stream', authorization: `token ${token}` },
            expectedSize: asset.size,
            expectedDigest: asset.digest ?? undefined,
            label,
            log,
        });
        const { sha256: sums } = await extractTarGz(archive, dir);
        const checksum = parseVersionFile(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, VERSION_FILE), 'utf8')).checksum ?? '';
        if (!checksum || sums.get(t.exe) !== checksum)
            throw new Error(`its ${VERSION_FILE} checksum does not match ${t.exe}`);
        return checksum;
    }
    catch (err) {
        log.warn(`${label}: cannot tell the sha256 of the binary it holds (${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__.oneLine)(err)}); output sha256 is empty`);
        return '';
    }
}


/***/ })

};
