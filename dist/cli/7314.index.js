export const id = 7314;
export const ids = [7314,9753];
export const modules = {

/***/ 7314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   locateBinary: () => (/* binding */ locateBinary),
/* harmony export */   packBinary: () => (/* binding */ packBinary),
/* harmony export */   sourceCommit: () => (/* binding */ sourceCommit),
/* harmony export */   versionInfoFor: () => (/* binding */ versionInfoFor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9661);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9541);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(308);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4920);
/* harmony import */ var _version_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9753);
/**
 * Packing a binary the way SPEC §3 lays it out: `<bin>` and `.version` at the top of a .tar.gz,
 * so `tar xzf asset -C dir && grep -q "version: X" dir/.version` works as in the seeds.
 */







/** The binary's path given a file or a folder holding it. */
async function locateBinary(path, exe) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!st)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${path}: not found (set "path" to the binary, or a folder holding ${exe})`);
    if (st.isFile())
        return path;
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, exe);
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(inside).catch(() => undefined))?.isFile())
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${path}: no ${exe} in that folder`);
    return inside;
}
/** The commit a binary was built from: the source's HEAD, else the workspace's, else GITHUB_SHA. */
async function sourceCommit(...dirs) {
    for (const d of dirs) {
        if (!d)
            continue;
        const sha = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .headSha */ .xF)(d);
        if (sha)
            return sha;
    }
    return process.env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(process.env.GITHUB_SHA) ? process.env.GITHUB_SHA : 'unknown';
}
/**
 * The `.version` for a binary: the one already beside it when it describes this very binary
 * (same name, version, checksum: it keeps its original commit and build time), else a new one.
 */
async function versionInfoFor(binary, t, commit) {
    const checksum = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)(binary);
    const beside = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(binary, '..', _version_file_js__WEBPACK_IMPORTED_MODULE_6__.VERSION_FILE), 'utf8').catch(() => undefined);
    const old = beside ? (0,_version_file_js__WEBPACK_IMPORTED_MODULE_6__.parseVersionFile)(beside) : {};
    const reuse = old.version === t.version && old.checksum === checksum && (!old.name || old.name === t.name);
    return {
        name: t.name,
        version: t.version,
        commit: reuse && old.commit ? old.commit : await commit(),
        checksum,
        os: t.platform.os,
        arch: t.platform.arch,
        built: reuse && old.built ? old.built : (0,_version_file_js__WEBPACK_IMPORTED_MODULE_6__/* .builtNow */ .r)(),
        // An upstream download keeps saying where it came from.
        ...(reuse && old.source && { source: old.source }),
        ...(reuse && old.upstreamSha256 && { upstreamSha256: old.upstreamSha256 }),
    };
}
/** Packs binary + `.version` into `out`. */
async function packBinary(binary, info, exe, out) {
    const entries = [
        { name: exe, file: binary, mode: 0o755 },
        { name: _version_file_js__WEBPACK_IMPORTED_MODULE_6__.VERSION_FILE, data: (0,_version_file_js__WEBPACK_IMPORTED_MODULE_6__/* .formatVersionFile */ .g)(info) },
    ];
    // The build time as every entry's mtime: the same binary and .version always pack to the same bytes.
    const built = Date.parse(info.built);
    return (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_2__/* .packTarGz */ .Kn)(entries, out, { mtime: Number.isFinite(built) ? new Date(built) : undefined });
}


/***/ }),

/***/ 9753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERSION_FILE: () => (/* binding */ VERSION_FILE),
/* harmony export */   g: () => (/* binding */ formatVersionFile),
/* harmony export */   parseVersionFile: () => (/* binding */ parseVersionFile),
/* harmony export */   r: () => (/* binding */ builtNow)
/* harmony export */ });
const VERSION_FILE = '.version';
const KEYS = ['name', 'version', 'commit', 'checksum', 'os', 'arch', 'built'];
/** Written only when set, after the others: readers that do not know them ignore them. */
const OPTIONAL = [
    ['source', 'source'],
    ['upstreamSha256', 'upstream-sha256'],
];
function formatVersionFile(info) {
    const lines = KEYS.map((k) => `${k}: ${info[k]}`);
    for (const [field, key] of OPTIONAL)
        if (info[field])
            lines.push(`${key}: ${String(info[field]).replace(/[\r\n]/g, '')}`);
    return lines.join('\n') + '\n';
}
/** Parses a `.version` file; unknown keys are ignored, missing ones are undefined. */
function parseVersionFile(text) {
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^([a-z][a-z0-9-]*):\s*(.*?)\s*$/.exec(line);
        if (!m)
            continue;
        const field = KEYS.includes(m[1]) ? m[1] : OPTIONAL.find(([, key]) => key === m[1])?.[0];
        if (field && !(field in out))
            out[field] = m[2];
    }
    return out;
}
/** ISO time without milliseconds, as in SPEC §3. */
function builtNow(now = new Date()) {
    return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ })

};
