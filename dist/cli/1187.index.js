export const id = 1187;
export const ids = [1187,9598,9753];
export const modules = {

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


/***/ }),

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ miss),
/* harmony export */   av: () => (/* binding */ hit),
/* harmony export */   iv: () => (/* binding */ skip),
/* harmony export */   q6: () => (/* binding */ createContext)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1965);
/**
 * One layer of the lookup order of SPEC §4 (tool cache → actions/cache → release asset → download
 * URL → build): `find` answers a hit (a verified binary installed in the tool cache) or a miss, and
 * a layer that missed may `store` what a later layer found (actions/cache saves it for next time).
 * The run's shared state (target, scratch space, the tool cache staging folder) is the Context.
 */




function createContext(t, opts, log, root) {
    let temp;
    let staging;
    const removeStaging = async () => {
        if (staging)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(staging, { recursive: true, force: true });
        staging = undefined;
    };
    return {
        t,
        opts,
        log,
        root,
        workspace: opts.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd(),
        async temp() {
            temp ??= await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.tempDir ?? process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-ensure-'));
            return temp;
        },
        async staging() {
            await removeStaging();
            staging = await (0,_artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .stagingDir */ .rz)(root, t.name, t.version, t.platform);
            return staging;
        },
        async install(sha256) {
            const dir = await (0,_artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .installTool */ .Gn)(staging, root, t.name, t.version, t.platform, { exe: t.exe, sha256 });
            staging = undefined;
            return dir;
        },
        async cleanup() {
            await removeStaging();
            if (temp)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { recursive: true, force: true });
        },
    };
}
const miss = (why) => ({ hit: false, why });
const skip = () => ({ hit: false, skipped: true });
const hit = (dir, sha256) => ({ hit: true, dir, sha256 });


/***/ }),

/***/ 3568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchAsset: () => (/* binding */ fetchAsset),
/* harmony export */   lookupAsset: () => (/* binding */ lookupAsset),
/* harmony export */   releaseLayer: () => (/* binding */ releaseLayer)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9661);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9573);
/* harmony import */ var _net_download_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1498);
/* harmony import */ var _releases_api_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(310);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9541);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7713);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9880);
/**
 * Layer 3: the release asset. Looked up through the API (private repositories work with the
 * token), downloaded via the asset's API URL, whose redirect to storage is followed without the
 * token, checked against the asset's size and digest, then extracted and verified.
 */








async function lookupAsset(t, repo, o) {
    const apiUrl = (o.apiUrl ?? (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.apiUrlFromEnv)()).replace(/\/+$/, '');
    let release;
    let assets;
    try {
        // The one client (SPEC §12), anonymous without a token: a public cache repository is readable.
        const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.createClient)({ token: o.token, apiUrl, warn: (m) => o.log.warn(m) });
        release = await (0,_releases_api_js__WEBPACK_IMPORTED_MODULE_4__.findRelease)(gh, repo, t.tag);
        if (release && !release.assets?.some((a) => a.name === t.asset) && (release.assets?.length ?? 0) >= 100) {
            assets = await (0,_releases_api_js__WEBPACK_IMPORTED_MODULE_4__/* .listAssets */ .qs)(gh, repo, release.id);
        }
    }
    catch (err) {
        const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(err);
        if (status === 401)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`reading release ${t.tag} in ${repo}: the token was refused (401 Bad credentials): check the "token" input`);
        if (status === 403)
            return { found: false, why: `release ${t.tag} in ${repo} is not readable with this token (403)` };
        const advice = status === undefined || status >= 500 ? ' (check the network and re-run the job)' : '';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`looking up release ${t.tag} in ${repo} failed: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__.oneLine)(err)}${advice}`);
    }
    if (!release)
        return { found: false, why: `no release ${t.tag} in ${repo}` };
    const asset = (assets ?? release.assets ?? []).find((a) => a.name === t.asset);
    if (!asset)
        return { found: false, why: `release ${t.tag} in ${repo} has no asset ${t.asset}` };
    if (asset.state !== 'uploaded')
        return { found: false, why: `asset ${t.asset} in release ${t.tag} is half-uploaded (state ${asset.state})` };
    return { found: true, asset, release };
}
/** Downloads, extracts into `staging` and verifies; throws on any mismatch. */
async function fetchAsset(t, repo, asset, staging, o) {
    const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.temp, `${asset.id}-${t.asset}`);
    const headers = { accept: 'application/octet-stream' };
    if (o.token)
        headers.authorization = `token ${o.token}`;
    const label = `asset ${t.asset} (release ${t.tag} in ${repo})`;
    await (0,_net_download_js__WEBPACK_IMPORTED_MODULE_3__.download)({
        url: asset.url,
        dest: archive,
        headers,
        expectedSize: asset.size,
        expectedDigest: asset.digest ?? undefined,
        label,
        log: o.log,
    });
    if (!asset.digest)
        o.log.debug(`${label}: the API gives no digest; relying on the .version checksum`);
    const { sha256: sums } = await (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_1__.extractTarGz)(archive, staging).catch((err) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${label}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__.oneLine)(err)}`);
    });
    // The binary was hashed as it was written: no second pass over it.
    const { sha256 } = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyDir */ .p)(staging, t, label, sums.get(t.exe));
    return sha256;
}
const releaseLayer = {
    name: 'release',
    async find(ctx) {
        const { t, opts, log } = ctx;
        if (!t.releaseRepo)
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .miss */ .LP)('no release repository to look in');
        const lo = { token: opts.token, apiUrl: opts.apiUrl, temp: await ctx.temp(), log };
        const found = await lookupAsset(t, t.releaseRepo, lo);
        if (!found.found) {
            log.info(`${t.name} ${t.version}: ${found.why}`);
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .miss */ .LP)(found.why);
        }
        const sha256 = await fetchAsset(t, t.releaseRepo, found.asset, await ctx.staging(), lo);
        const dir = await ctx.install(sha256);
        log.info(`${t.name} ${t.version}: downloaded ${t.asset} from release ${t.tag} in ${t.releaseRepo}`);
        return (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .hit */ .av)(dir, sha256);
    },
};


/***/ }),

/***/ 7713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ VerifyError),
/* harmony export */   p: () => (/* binding */ verifyDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9541);
/* harmony import */ var _artifact_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4920);
/* harmony import */ var _artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9753);
/**
 * The check every binary passes before it is used: its `.version` names the requested entry,
 * version and platform, and the binary's sha256 equals the `checksum` recorded there.
 */





class VerifyError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y {
    name = 'VerifyError';
}
/** Verifies `dir` (holding the binary and `.version`); `label` names where it came from. */
async function verifyDir(dir, t, label, knownSha256) {
    const binary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, t.exe);
    // lstat: a link is never followed, wherever it points.
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(binary).catch(() => undefined);
    if (!st?.isFile())
        throw new VerifyError(`${label}: no ${t.exe} in it (expected the binary, a regular file, at its top level)`);
    const versionFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE);
    const text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(versionFile).catch(() => undefined))?.isFile() ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(versionFile, 'utf8').catch(() => undefined) : undefined;
    if (text === undefined)
        throw new VerifyError(`${label}: no ${_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE} file beside ${t.exe}`);
    const info = (0,_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.parseVersionFile)(text);
    if (info.version !== t.version) {
        throw new VerifyError(`${label}: version mismatch: expected ${t.version}, ${_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE} says ${info.version ?? '(none)'}`);
    }
    if (info.name && info.name !== t.name)
        throw new VerifyError(`${label}: name mismatch: expected ${t.name}, ${_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE} says ${info.name}`);
    if ((info.os && info.os !== t.platform.os) || (info.arch && info.arch !== t.platform.arch)) {
        throw new VerifyError(`${label}: platform mismatch: expected ${t.platform.os}/${t.platform.arch}, ${_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE} says ${info.os}/${info.arch}`);
    }
    // knownSha256: this binary was hashed at install and its stat has not changed since (tool-cache.ts).
    const sha256 = knownSha256 ?? (await (0,_artifact_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(binary));
    if (!info.checksum || info.checksum.toLowerCase() !== sha256) {
        throw new VerifyError(`${label}: checksum mismatch for ${t.exe}: expected ${info.checksum || '(none)'} (${_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE}), actual ${sha256}`);
    }
    return { sha256, info };
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


/***/ }),

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ deleteAsset),
/* harmony export */   Rw: () => (/* binding */ renameAsset),
/* harmony export */   Tn: () => (/* binding */ deleteDraft),
/* harmony export */   findRelease: () => (/* binding */ findRelease),
/* harmony export */   gA: () => (/* binding */ awaitRelease),
/* harmony export */   mk: () => (/* binding */ publish),
/* harmony export */   qs: () => (/* binding */ listAssets),
/* harmony export */   w9: () => (/* binding */ ensureRelease),
/* harmony export */   xr: () => (/* binding */ immutableError)
/* harmony export */ });
/* unused harmony export IMMUTABLE_HINT */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9573);
/* harmony import */ var _net_timing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(481);
/**
 * Releases as a cache: find by tag, create-or-reuse safely when many jobs race, publish.
 * A release this code creates starts as a draft and is published once its asset is in, which is
 * the only order a repository with immutable releases accepts. On GitHub any number of drafts may
 * share a tag (a draft holds no tag); only publishing meets 422 `already_exists`, so jobs that
 * race on a new tag each fill a draft of their own and all but one lose the publish (see publish.ts).
 */



const IMMUTABLE_HINT = 'use a per-platform tag template such as tag: "{name}-{version}-{os}-{arch}" (each platform then gets its own release, created as a draft, filled, then published), or turn off immutable releases for the repository';
function immutableError(repo, tag, asset) {
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`release ${tag} in ${repo} is immutable (published with immutable releases on), so it takes no new or replaced asset ${asset}: ${IMMUTABLE_HINT}`);
}
/** A published release by tag (the API never finds drafts by tag), or undefined. */
async function findRelease(gh, repo, tag) {
    try {
        const res = await gh.rest.repos.getReleaseByTag({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), tag });
        return res.data;
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 404)
            return undefined;
        throw err;
    }
}
/** A draft with that tag, which only a token that may write can see. */
async function findDraft(gh, repo, tag) {
    let pages = 0;
    for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, { ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), per_page: 100 })) {
        const hit = page.data.find((r) => r.tag_name === tag);
        if (hit)
            return hit;
        if (++pages >= 5)
            break; // a new draft is among the newest
    }
    return undefined;
}
/**
 * The release for `tag`: the published one, else a new draft of our own (`created`). Drafts do not
 * claim a tag, so racing jobs each get their own draft; where a server refuses a second one
 * (422 `already_exists`) we take the release that holds the tag, or the other job's draft.
 */
async function ensureRelease(gh, repo, tag, opts, log) {
    const found = await findRelease(gh, repo, tag);
    if (found)
        return { release: found, created: false };
    try {
        const res = await gh.rest.repos.createRelease({
            ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo),
            tag_name: tag,
            name: opts.title || tag,
            body: opts.notes || undefined,
            draft: true,
            prerelease: !!opts.prerelease,
            generate_release_notes: !!opts.generateNotes,
            target_commitish: opts.target || undefined,
            make_latest: opts.makeLatest ? 'true' : 'false',
        });
        log.info(`created release ${tag} in ${repo} (a draft until its asset is in)`);
        return { release: res.data, created: true };
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 422)
            throw err;
        if (!(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.validationCodes)(err).includes('already_exists')) {
            const msg = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__.oneLine)(err);
            if (/repository is empty/i.test(msg))
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot create release ${tag} in ${repo}: the repository has no commits yet (push one first)`);
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot create release ${tag} in ${repo}: ${msg}`);
        }
    }
    const theirs = await awaitRelease(gh, repo, tag, true);
    if (theirs) {
        log.debug(`release ${tag} was created concurrently; using it`);
        return { release: theirs, created: false };
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`release ${tag} in ${repo} exists but cannot be read (is it a draft this token cannot see?)`);
}
/**
 * The published release of `tag` (or, with `drafts`, a draft of it) after someone else just made
 * it: it may take an instant to be visible.
 */
async function awaitRelease(gh, repo, tag, drafts = false) {
    for (let i = 0; i < 4; i++) {
        if (i)
            await (0,_net_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)((0,_net_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffMs */ .jo)(i));
        const found = (await findRelease(gh, repo, tag)) ?? (drafts ? await findDraft(gh, repo, tag) : undefined);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * Publishes a draft we filled (idempotent when it is already published). Undefined when another
 * release of that tag was published first (422 `already_exists`): the draft stays a draft.
 */
async function publish(gh, repo, release, makeLatest) {
    if (!release.draft)
        return release;
    try {
        const res = await gh.rest.repos.updateRelease({
            ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo),
            release_id: release.id,
            draft: false,
            make_latest: makeLatest ? 'true' : 'false',
        });
        return res.data;
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 422 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.validationCodes)(err).includes('already_exists'))
            return undefined;
        throw err;
    }
}
/**
 * Deletes a draft (of ours) with its assets; already gone is fine. A release that is published
 * after all (a publish whose answer was lost) is left alone.
 */
async function deleteDraft(gh, repo, id) {
    try {
        const { data } = await gh.rest.repos.getRelease({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), release_id: id });
        if (!data.draft)
            return;
        await gh.rest.repos.deleteRelease({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), release_id: id });
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 404)
            throw err;
    }
}
async function listAssets(gh, repo, releaseId) {
    return (await gh.paginate(gh.rest.repos.listReleaseAssets, { ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), release_id: releaseId, per_page: 100 }));
}
async function deleteAsset(gh, repo, id) {
    try {
        await gh.rest.repos.deleteReleaseAsset({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), asset_id: id });
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 404)
            throw err; // already gone is what we wanted
    }
}
async function renameAsset(gh, repo, id, name) {
    const res = await gh.rest.repos.updateReleaseAsset({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), asset_id: id, name });
    return res.data;
}


/***/ })

};
