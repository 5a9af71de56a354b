export const id = 909;
export const ids = [909];
export const modules = {

/***/ 2909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadLayer: () => (/* binding */ downloadLayer),
/* harmony export */   downloadUrl: () => (/* binding */ downloadUrl),
/* harmony export */   fetchFromUrl: () => (/* binding */ fetchFromUrl)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9661);
/* harmony import */ var _net_download_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1498);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9541);
/* harmony import */ var _artifact_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4920);
/* harmony import */ var _manifest_template_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(439);
/* harmony import */ var _artifact_version_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9753);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9880);
/**
 * Layer 4: upstream's own download URL (e.g. its GitHub release). Upstream archives carry no
 * `.version`, so this layer finds the binary in what it got and writes one (commit "unknown").
 */









function downloadUrl(t) {
    return t.download ? (0,_manifest_template_js__WEBPACK_IMPORTED_MODULE_6__/* .render */ .XX)(t.download, t.vars) : undefined;
}
/** The first file named `exe` in the tree, shallowest first. */
async function findFile(root, exe, depth = 4) {
    let level = [root];
    for (let d = 0; d <= depth && level.length; d++) {
        const next = [];
        for (const dir of level) {
            for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
                const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
                if (e.isFile() && e.name === exe)
                    return p;
                if (e.isDirectory())
                    next.push(p);
            }
        }
        level = next;
    }
    return undefined;
}
const downloadLayer = {
    name: 'download',
    async find(ctx) {
        const { t, log } = ctx;
        const url = downloadUrl(t);
        if (!url)
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_5__/* .skip */ .iv)();
        try {
            const sha256 = await fetchFromUrl(t, url, await ctx.staging(), await ctx.temp(), log);
            const dir = await ctx.install(sha256);
            log.info(`${t.name} ${t.version}: downloaded from ${url}`);
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_5__/* .hit */ .av)(dir, sha256);
        }
        catch (err) {
            if (!(err instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y) || !t.build)
                throw err;
            log.warn(`${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__.oneLine)(err)}; building instead`);
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_5__/* .miss */ .LP)('download failed');
        }
    },
};
/** Downloads `url`, finds the binary in it and stages it with a `.version`; returns its sha256. */
async function fetchFromUrl(t, url, staging, temp, log) {
    const path = new URL(url).pathname;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, 'download');
    const label = `${t.name} download ${url.replace(/\?.*$/, '')}`;
    await (0,_net_download_js__WEBPACK_IMPORTED_MODULE_3__.download)({ url, dest: file, label, log });
    const binary = await binaryIn(file, path, t.exe, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, 'unpacked'), label);
    return stageBinary(t, binary, staging);
}
/** The binary in what was downloaded: the file itself, or the `exe` in a .tar.gz (unpacked to `out`). */
async function binaryIn(file, path, exe, out, label) {
    let binary = file;
    if (/\.(tar\.gz|tgz)$/i.test(path)) {
        await (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_2__.extractTarGz)(file, out);
        const found = await findFile(out, exe);
        if (!found)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${label}: the archive holds no ${exe}`);
        binary = found;
    }
    else if (/\.(zip|tar\.xz|txz|tar\.bz2|tar\.zst|tar|gz|xz|7z)$/i.test(path)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${label}: only .tar.gz archives or a bare binary can be used as a download URL`);
    }
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(binary)).size)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${label}: the binary is empty`);
    return binary;
}
/** Moves the binary into `staging`, executable, beside a `.version` (commit "unknown"). */
async function stageBinary(t, binary, staging) {
    const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, t.exe);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(binary, dest);
    if (process.platform !== 'win32')
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dest, 0o755);
    const checksum = await (0,_artifact_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)(dest);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, '.version'), (0,_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_8__/* .formatVersionFile */ .g)({ name: t.name, version: t.version, commit: 'unknown', checksum, os: t.platform.os, arch: t.platform.arch, built: (0,_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_8__/* .builtNow */ .r)() }));
    return checksum;
}


/***/ })

};
