export const id = 1965;
export const ids = [1965,9598];
export const modules = {

/***/ 4920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/**
 * sha256 hex of a file, read through one reused buffer: never the whole file in memory, and no
 * allocation per chunk (a read stream's fresh 64 KiB-1 MiB chunks grew RSS by ~40 MiB over 1 GiB).
 */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(1 << 20);
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (!bytesRead)
                break;
            hash.update(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
        }
    }
    finally {
        await fh.close();
    }
    return hash.digest('hex');
}


/***/ }),

/***/ 1965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ removeTool),
/* harmony export */   Gn: () => (/* binding */ installTool),
/* harmony export */   Oh: () => (/* binding */ toolDir),
/* harmony export */   Qo: () => (/* binding */ verifiedSha256),
/* harmony export */   en: () => (/* binding */ writeMarker),
/* harmony export */   findTool: () => (/* binding */ findTool),
/* harmony export */   rz: () => (/* binding */ stagingDir),
/* harmony export */   toolCacheRoot: () => (/* binding */ toolCacheRoot)
/* harmony export */ });
/* unused harmony export versionFolder */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9541);
/* harmony import */ var _manifest_platform_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9598);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4920);
/**
 * The runner tool cache, laid out as @actions/tool-cache does
 * (`<root>/<name>/<version>/<arch>` plus a `<arch>.complete` marker), but for any version string:
 * tool-cache's own find() only accepts semver, and ours are often commit SHAs or calendar versions.
 */








/** RUNNER_TOOL_CACHE on a runner; on a laptop, a per-user cache folder. */
function toolCacheRoot(env = process.env) {
    if (env.RUNNER_TOOL_CACHE)
        return env.RUNNER_TOOL_CACHE;
    const base = env.XDG_CACHE_HOME || (process.platform === 'darwin' ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), 'Library', 'Caches') : (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.cache'));
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(base, 'sync', 'tools');
}
/** A path segment made from a name or version: no separators, no `..`. */
function segment(value, what) {
    if (!value || value === '.' || value === '..' || /[/\\\0]/.test(value))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`bad ${what} "${value}" for the tool cache`);
    return value;
}
/**
 * The folder for a binary. The runner's own platform is `<arch>` as SPEC §4 says; another OS's
 * binary (fetched with `os:`) lives under `<os>-<arch>` so it never shadows the runner's.
 */
function toolDir(root, name, version, platform) {
    const leaf = (0,_manifest_platform_js__WEBPACK_IMPORTED_MODULE_5__/* .samePlatform */ .my)(platform, (0,_manifest_platform_js__WEBPACK_IMPORTED_MODULE_5__.currentPlatform)()) ? platform.arch : `${platform.os}-${platform.arch}`;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, segment(name, 'name'), segment(versionFolder(version), 'version'), leaf);
}
/**
 * A monorepo's full tag is a version (`comp/v1.2.3`, SPEC §2): its folder is one level, with `/`
 * written `%2F` (and `%` itself `%25`, so two versions never share a folder).
 */
function versionFolder(version) {
    return version.replace(/%/g, '%25').replace(/\//g, '%2F');
}
/**
 * The folder when it is complete (marker written last), else undefined. Every level below the
 * root must be a real folder and the marker a real file: a link planted in a shared tool cache
 * (by another job, or an archive that escaped) is never followed.
 */
function findTool(root, name, version, platform) {
    const dir = toolDir(root, name, version, platform);
    const levels = [(0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, name), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, name, versionFolder(version)), dir];
    if (!levels.every((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(p, { throwIfNoEntry: false })?.isDirectory()))
        return undefined;
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(`${dir}.complete`, { throwIfNoEntry: false })?.isFile() ? dir : undefined;
}
/** A scratch folder beside the final one (same filesystem, so install is a rename). */
async function stagingDir(root, name, version, platform) {
    const dir = toolDir(root, name, version, platform);
    const staging = `${dir}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging, { recursive: true });
    return staging;
}
async function writeMarker(dir, binary) {
    let body = '';
    if (binary) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(binary.path);
        const fp = { sha256: binary.sha256, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
        body = JSON.stringify(fp);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(`${dir}.complete`, body);
}
/** The sha256 recorded at install, when the binary is provably unchanged since; else undefined. */
async function verifiedSha256(dir, binaryPath) {
    try {
        const fp = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(`${dir}.complete`, 'utf8'));
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(binaryPath);
        if (st.isFile() && st.size === fp.size && st.mtimeMs === fp.mtimeMs && st.ino === fp.ino && /^[0-9a-f]{64}$/.test(fp.sha256))
            return fp.sha256;
    }
    catch {
        // no marker content, or no binary: hash it
    }
    return undefined;
}
/**
 * Moves a verified staging folder into place and marks it complete. The folder is never removed
 * to make room: jobs of one runner installing the same version at the same moment rename in
 * turn, the first wins and the others keep it when it holds the same binary, so a job that saw
 * the folder never finds it missing. Only a folder holding something else is replaced (moved
 * aside, then ours renamed in).
 */
async function installTool(staging, root, name, version, platform, binary) {
    const dir = toolDir(root, name, version, platform);
    const mark = () => writeMarker(dir, binary && { path: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, binary.exe), sha256: binary.sha256 });
    // A link or file where the folder belongs (planted, never followed) is removed, not renamed onto.
    const there = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(dir, { throwIfNoEntry: false });
    if (there && !there.isDirectory())
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { force: true });
    if (await renameInto(staging, dir)) {
        await mark();
        return dir;
    }
    if (binary && (await holds(dir, binary))) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(`${dir}.complete`, { throwIfNoEntry: false })?.isFile())
            await mark();
        return dir;
    }
    const aside = `${dir}.old-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(`${dir}.complete`, { force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(dir, aside).catch(() => { });
    // Lost the race again: the newcomer is as good as ours (it was verified by its own job).
    if (!(await renameInto(staging, dir)))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(aside, { recursive: true, force: true });
    await mark();
    return dir;
}
/** rename(2) of a folder onto `dir`: false when a non-empty folder is already there. */
async function renameInto(staging, dir) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, dir);
        return true;
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOTEMPTY' || code === 'EEXIST' || (code === 'EPERM' && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir)))
            return false;
        throw err;
    }
}
/** True when `dir` holds this very binary as a regular file. */
async function holds(dir, binary) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, binary.exe);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path, { throwIfNoEntry: false })?.isFile())
        return false;
    return (await (0,_hash_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256File */ .Q)(path).catch(() => '')) === binary.sha256;
}
/** Forgets a cached folder (it failed verification). */
async function removeTool(root, name, version, platform) {
    const dir = toolDir(root, name, version, platform);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(`${dir}.complete`, { force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
}


/***/ }),

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   currentPlatform: () => (/* binding */ currentPlatform),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   u4: () => (/* binding */ resolvePlatform),
/* harmony export */   uu: () => (/* binding */ exeName)
/* harmony export */ });
/* unused harmony exports toOs, toArch */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

const OS_NAMES = {
    linux: 'linux',
    darwin: 'darwin',
    macos: 'darwin',
    win32: 'windows',
    windows: 'windows',
};
const ARCH_NAMES = {
    x64: 'amd64',
    amd64: 'amd64',
    x86_64: 'amd64',
    arm64: 'arm64',
    aarch64: 'arm64',
};
/** Maps Node's (or Go's) OS name to ours; anything else is a clear error. */
function toOs(name) {
    // Own keys only: `__proto__` or `constructor` must not resolve through the prototype.
    const os = Object.hasOwn(OS_NAMES, name.toLowerCase()) ? OS_NAMES[name.toLowerCase()] : undefined;
    if (!os)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unsupported OS "${name}": expected one of linux, darwin, windows`);
    return os;
}
/** Maps Node's (or Go's) architecture name to ours; anything else is a clear error. */
function toArch(name) {
    const arch = Object.hasOwn(ARCH_NAMES, name.toLowerCase()) ? ARCH_NAMES[name.toLowerCase()] : undefined;
    if (!arch)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unsupported architecture "${name}": expected one of amd64, arm64`);
    return arch;
}
/** The platform this process runs on. */
function currentPlatform(platform = process.platform, arch = process.arch) {
    return { os: toOs(platform), arch: toArch(arch) };
}
/** A platform from optional `os`/`arch` overrides, defaulting to the current one. */
function resolvePlatform(os, arch) {
    const here = currentPlatform();
    return { os: os ? toOs(os) : here.os, arch: arch ? toArch(arch) : here.arch };
}
function samePlatform(a, b) {
    return a.os === b.os && a.arch === b.arch;
}
/** The binary's file name on that OS: `.exe` on Windows. */
function exeName(bin, os) {
    return os === 'windows' && !bin.toLowerCase().endsWith('.exe') ? `${bin}.exe` : bin;
}


/***/ })

};
