export const id = 582;
export const ids = [582];
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

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u1: () => (/* binding */ resolveTarget)
});

// UNUSED EXPORTS: checkedName, manifestFor

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
;// CONCATENATED MODULE: ./src/manifest/cache.ts
/**
 * Parsed manifests, cached by content in the tool cache. A warm runner's tool-cache hit is a few
 * milliseconds of work after the manifest is read; loading the YAML parser alone costs more than
 * that. The key is the sha256 of the file's bytes (plus a format version), so any edit misses;
 * only successful parses are stored, so every error message still comes from the real parser.
 */






const TRACKS = ['releases', 'tags', 'commits'];
const FORMAT = 'm3';
async function loadManifestCached(file, cacheDir) {
    let text;
    try {
        text = await (0,promises_.readFile)(file);
    }
    catch (err) {
        const code = err.code;
        if (code !== 'ENOENT')
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(336)]).then(__webpack_require__.bind(__webpack_require__, 1336))).loadManifest(file);
        throw new errors/* UserError */.y(`${file}: manifest not found (set the "manifest" input, or create versions.yml)`);
    }
    const key = (0,external_node_crypto_.createHash)('sha256').update(FORMAT).update('\0').update(file).update('\0').update(text).digest('hex');
    const cached = (0,external_node_path_.join)(cacheDir, `${key}.json`);
    const hit = await readCached(cached, key, file, text.toString('utf8'));
    if (hit)
        return hit;
    const { parseManifest } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(336)]).then(__webpack_require__.bind(__webpack_require__, 1336));
    const manifest = parseManifest(text.toString('utf8'), file);
    try {
        await (0,promises_.mkdir)(cacheDir, { recursive: true });
        const tmp = `${cached}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(tmp, JSON.stringify({ key, manifest }));
        await (0,promises_.rename)(tmp, cached);
    }
    catch {
        // a read-only or full tool cache only costs speed
    }
    return manifest;
}
/**
 * A cached parse, only if it can be trusted: a regular file (a link is never followed), of this
 * key, of the right shape, and every string in it written in the manifest itself. The tool cache
 * is shared by every job of a self-hosted runner; whatever else wrote there cannot slip a `build`
 * command into this one. Anything doubtful is a miss: the real parser runs, at some cost in speed.
 */
async function readCached(path, key, file, text) {
    try {
        const fh = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        let body;
        try {
            if (!(await fh.stat()).isFile())
                return undefined;
            body = await fh.readFile('utf8');
        }
        finally {
            await fh.close();
        }
        const entry = JSON.parse(body);
        if (entry.key !== key || !entry.manifest || !writtenIn(entry.manifest, file, text))
            return undefined;
        return entry.manifest;
    }
    catch {
        return undefined; // not cached yet, a link, or unreadable
    }
}
/** Every string (and key) in a parsed `download` was written in the manifest; only plain data. */
function allWrittenIn(v, has) {
    if (typeof v === 'string')
        return v === '' || has(v);
    if (typeof v === 'boolean')
        return v === false;
    if (Array.isArray(v))
        return v.every((x) => allWrittenIn(x, has));
    if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype)
        return false;
    return Object.entries(v).every(([k, x]) => (k === 'url' || k === 'sha256' || has(k)) && allWrittenIn(x, has));
}
function writtenIn(m, file, text) {
    const has = (v) => typeof v === 'string' && text.includes(v);
    const maybe = (v) => v === undefined || has(v);
    if (m.file !== file || typeof m.binaries !== 'object' || m.binaries === null || Array.isArray(m.binaries))
        return false;
    if (!maybe(m.releaseRepo) || !(m.tag === names/* DEFAULT_TAG */.fL || has(m.tag)) || !(m.asset === names/* DEFAULT_ASSET */.pW || has(m.asset)))
        return false;
    for (const [name, e] of Object.entries(m.binaries)) {
        if (!Object.hasOwn(m.binaries, name) || !has(name) || typeof e !== 'object' || e === null || e.name !== name)
            return false;
        if (!has(e.version) ||
            !(e.bin === name || has(e.bin)) ||
            !maybe(e.build) ||
            !maybe(e.workdir) ||
            !(e.download === undefined || allWrittenIn(e.download, has)))
            return false;
        const u = e.upstream;
        if (u !== undefined &&
            (typeof u !== 'object' ||
                u === null ||
                !has(u.repo) ||
                !TRACKS.includes(u.track) ||
                !maybe(u.branch) ||
                !maybe(u.tagPattern) ||
                typeof u.prereleases !== 'boolean')) {
            return false;
        }
    }
    return true;
}

// EXTERNAL MODULE: ./src/manifest/platform.ts
var manifest_platform = __webpack_require__(9598);
// EXTERNAL MODULE: ./src/manifest/template.ts
var manifest_template = __webpack_require__(439);
;// CONCATENATED MODULE: ./src/artifact/target.ts
/**
 * What to ensure or release: a manifest entry with the step's overrides applied, and every name
 * derived from it (tag, asset, binary file name, platform). Shared by ensure, release and bundle.
 */





/**
 * Loads the manifest when one is needed: always when no explicit version is given; when a
 * version is given, a missing manifest file is fine (everything else has defaults).
 */
async function manifestFor(opts) {
    if (opts.manifest)
        return opts.manifest;
    const file = opts.manifestFile || 'versions.yml';
    // Loaded on use: the YAML parser is most of a cold start that never reads a manifest.
    const load = opts.manifestCacheDir
        ? (f) => loadManifestCached(f, opts.manifestCacheDir)
        : (f) => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(336)]).then(__webpack_require__.bind(__webpack_require__, 1336)).then((m) => m.loadManifest(f));
    try {
        return await load(file);
    }
    catch (err) {
        if (opts.version && err instanceof errors/* UserError */.y && /manifest not found/.test(err.message))
            return undefined;
        throw err;
    }
}
async function resolveTarget(opts) {
    const name = opts.name?.trim();
    if (!name)
        throw new errors/* UserError */.y('no binary named: set "name" (an entry of the manifest)');
    const manifest = await manifestFor(opts);
    const entry = manifest && Object.hasOwn(manifest.binaries, name) ? manifest.binaries[name] : undefined;
    if (manifest && !entry && !opts.version) {
        const known = Object.keys(manifest.binaries);
        throw new errors/* UserError */.y(`${manifest.file}: no entry "${name}" under binaries (${known.length ? `entries: ${known.join(', ')}` : 'it has none'}); add it, or give "version" explicitly`);
    }
    const version = opts.version || entry?.version;
    if (!version)
        throw new errors/* UserError */.y(`no version for "${name}": set "version" or add the entry to the manifest`);
    const why = (0,names/* badVersion */.K0)(version);
    if (why)
        throw new errors/* UserError */.y(`bad version "${version}" for "${name}": ${why}`);
    const bin = opts.bin || entry?.bin || name;
    const badBin = (0,names/* badFileName */.t_)(bin);
    if (badBin)
        throw new errors/* UserError */.y(`bad binary name "${bin}": ${badBin} (a file name, not a path)`);
    const platform = (0,manifest_platform/* resolvePlatform */.u4)(opts.os || undefined, opts.arch || undefined);
    const releaseRepo = opts.releaseRepo || manifest?.releaseRepo || opts.defaultRepo || undefined;
    if (releaseRepo && !(0,names/* isRepoName */.AW)(releaseRepo))
        throw new errors/* UserError */.y(`bad release repository "${releaseRepo}": expected owner/name`);
    const exe = (0,manifest_platform/* exeName */.uu)(bin, platform.os);
    const vars = {
        name,
        version,
        bin,
        os: platform.os,
        arch: platform.arch,
        semver: (0,manifest_template/* semverOf */.EJ)(version),
        exe: platform.os === 'windows' ? '.exe' : '',
    };
    const tagTemplate = opts.tag || manifest?.tag || names/* DEFAULT_TAG */.fL;
    const assetTemplate = opts.asset || manifest?.asset || names/* DEFAULT_ASSET */.pW;
    return {
        name,
        version,
        bin,
        exe,
        build: opts.build || entry?.build,
        workdir: opts.workdir || entry?.workdir,
        download: typeof opts.download === 'string' ? (opts.download ? { url: opts.download } : entry?.download) : (opts.download ?? entry?.download),
        releaseRepo,
        platform,
        tag: checkedName('tag', tagTemplate, vars, names/* badTagName */.Ft, 'a valid git tag name'),
        asset: checkedName('asset', assetTemplate, vars, names/* badFileName */.t_, 'a plain file name'),
        vars,
    };
}
/** Renders a tag or asset template and checks the result, naming the template when it is bad. */
function checkedName(what, template, vars, why, rule) {
    const value = (0,manifest_template/* render */.XX)(template, vars);
    const bad = why(value);
    if (bad)
        throw new errors/* UserError */.y(`${what} template "${template}" renders "${value}", which is not ${rule}: ${bad}`);
    return value;
}


/***/ }),

/***/ 1965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ removeTool),
/* harmony export */   Gn: () => (/* binding */ installTool),
/* harmony export */   Hw: () => (/* binding */ toolCacheRoot),
/* harmony export */   Oh: () => (/* binding */ toolDir),
/* harmony export */   Qo: () => (/* binding */ verifiedSha256),
/* harmony export */   SG: () => (/* binding */ findTool),
/* harmony export */   en: () => (/* binding */ writeMarker),
/* harmony export */   rz: () => (/* binding */ stagingDir)
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
    const leaf = (0,_manifest_platform_js__WEBPACK_IMPORTED_MODULE_5__/* .samePlatform */ .my)(platform, (0,_manifest_platform_js__WEBPACK_IMPORTED_MODULE_5__/* .currentPlatform */ .jN)()) ? platform.arch : `${platform.os}-${platform.arch}`;
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

/***/ 8582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ensureBinary: () => (/* binding */ ensureBinary)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/manifest/platform.ts
var platform = __webpack_require__(9598);
// EXTERNAL MODULE: ./src/artifact/tool-cache.ts
var tool_cache = __webpack_require__(1965);
// EXTERNAL MODULE: ./src/artifact/target.ts + 1 modules
var target = __webpack_require__(6234);
// EXTERNAL MODULE: ./src/ensure/layers/layer.ts
var layers_layer = __webpack_require__(9880);
// EXTERNAL MODULE: ./src/ensure/verify.ts
var verify = __webpack_require__(7713);
;// CONCATENATED MODULE: ./src/ensure/layers/tool-cache.ts
/**
 * Layer 1: the runner tool cache (a warm self-hosted runner, or an earlier step of this job).
 * A folder that fails verification is removed and the lookup goes on. Kept light: the hit path of
 * every run loads nothing heavier than this.
 */





const toolCacheLayer = {
    name: 'tool-cache',
    async find({ t, root, log }) {
        const cached = (0,tool_cache/* findTool */.SG)(root, t.name, t.version, t.platform);
        if (!cached)
            return (0,layers_layer/* miss */.LP)();
        try {
            const known = await (0,tool_cache/* verifiedSha256 */.Qo)(cached, (0,external_node_path_.join)(cached, t.exe));
            const { sha256 } = await (0,verify/* verifyDir */.p)(cached, t, `tool cache ${cached}`, known);
            log.info(`${t.name} ${t.version}: found in the tool cache`);
            return (0,layers_layer/* hit */.av)(cached, sha256);
        }
        catch (err) {
            if (!(err instanceof verify/* VerifyError */.G))
                throw err;
            log.warn(`${(0,errors/* oneLine */.T)(err)}; removing it and looking further`);
            await (0,tool_cache/* removeTool */.Bl)(root, t.name, t.version, t.platform);
            return (0,layers_layer/* miss */.LP)();
        }
    },
};

;// CONCATENATED MODULE: ./src/ensure/ensure-binary.ts
/**
 * ensure-binary as a library: the lookup order of SPEC §4, one layer per file in layers/, first hit
 * wins; a build is then released (`release-on-miss`) and saved by the layers that missed. Nothing
 * reaches the caller (or PATH) unverified. Each layer after the tool cache is imported only when the
 * lookup gets that far: the tool cache hit path loads no GitHub client, YAML or @actions/cache.
 */







/** SPEC §4's order. */
const LAYERS = [
    async () => toolCacheLayer,
    () => __webpack_require__.e(/* import() */ 949).then(__webpack_require__.bind(__webpack_require__, 8949)).then((m) => m.actionsCacheLayer),
    () => Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(661), __webpack_require__.e(498), __webpack_require__.e(568)]).then(__webpack_require__.bind(__webpack_require__, 3568)).then((m) => m.releaseLayer),
    () => Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(661), __webpack_require__.e(498), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 7555)).then((m) => m.downloadLayer),
    () => Promise.all(/* import() */[__webpack_require__.e(661), __webpack_require__.e(389)]).then(__webpack_require__.bind(__webpack_require__, 4389)).then((m) => m.buildLayer),
];
async function ensureBinary(opts, log) {
    const started = Date.now();
    const root = opts.toolCache ?? (0,tool_cache/* toolCacheRoot */.Hw)();
    const t = await (0,target/* resolveTarget */.u1)({
        ...opts,
        defaultRepo: opts.defaultRepo ?? process.env.GITHUB_REPOSITORY,
        manifestCacheDir: opts.manifestCacheDir ?? (0,external_node_path_.join)(root, '.sync-manifests'),
    });
    const ctx = (0,layers_layer/* createContext */.q6)(t, opts, log, root);
    try {
        const missed = [];
        const misses = [];
        for (const load of LAYERS) {
            const layer = await load();
            const found = await layer.find(ctx);
            if (!found.hit) {
                if (found.why)
                    misses.push(found.why);
                if (!found.skipped)
                    missed.push(layer);
                continue;
            }
            // A build or an upstream download is new to our release: with release-on-miss, upload it.
            const release = layer.name === 'build' || layer.name === 'download'
                ? await (await __webpack_require__.e(/* import() */ 810).then(__webpack_require__.bind(__webpack_require__, 810))).releaseOnMiss(ctx, found.dir, layer.name === 'build' ? 'built' : 'downloaded')
                : undefined;
            for (const m of missed)
                await m.store?.(ctx, found);
            return result(ctx, layer.name, found, started, release);
        }
        throw new errors/* UserError */.y(`${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} is not cached (${misses.join('; ')}) and has no build command: add "build" to the entry, or upload it with release-binary first`);
    }
    finally {
        await ctx.cleanup();
    }
}
function result({ t }, source, found, started, release) {
    return {
        name: t.name,
        version: t.version,
        dir: found.dir,
        binary: (0,external_node_path_.join)(found.dir, t.exe),
        source,
        cacheHit: source !== 'build',
        sha256: found.sha256,
        released: !!release && release.action !== 'kept',
        native: (0,platform/* samePlatform */.my)(t.platform, (0,platform/* currentPlatform */.jN)()),
        os: t.platform.os,
        arch: t.platform.arch,
        tag: t.tag,
        asset: t.asset,
        releaseRepo: t.releaseRepo,
        durationMs: Date.now() - started,
        ...((source === 'build' || source === 'download') && { release }),
    };
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

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jN: () => (/* binding */ currentPlatform),
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

/***/ 439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ semverOf),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   iJ: () => (/* binding */ placeholdersOf),
/* harmony export */   q2: () => (/* binding */ DOWNLOAD_PLACEHOLDERS)
/* harmony export */ });
/* unused harmony export PLACEHOLDERS */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

/** The placeholders a tag or asset template may use. */
const PLACEHOLDERS = ['name', 'version', 'bin', 'os', 'arch', 'semver', 'exe'];
/** A `download` template (url, path, checksum) may also use `{ext}`, the format's extension. */
const DOWNLOAD_PLACEHOLDERS = [...PLACEHOLDERS, 'ext'];
const PATTERN = /\{([^{}]*)\}/g;
/** The placeholders named in a template; throws on an unknown one. */
function placeholdersOf(template, allowed = PLACEHOLDERS) {
    const found = [];
    for (const match of template.matchAll(PATTERN)) {
        const key = match[1];
        if (!allowed.includes(key)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown placeholder {${key}} in "${template}" (allowed: ${allowed.map((p) => `{${p}}`).join(' ')})`);
        }
        found.push(key);
    }
    return found;
}
/** Fills a template; an unknown placeholder or one without a value is an error. */
function render(template, vars, allowed = PLACEHOLDERS) {
    placeholdersOf(template, allowed);
    return template.replace(PATTERN, (_, key) => {
        const value = vars[key];
        if (value === undefined)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`no value for {${key}} in "${template}"`);
        return value;
    });
}
/** `{semver}`: the version without a leading `v`; of a monorepo tag (`comp/v1.2.3`), its last part's. */
function semverOf(version) {
    const last = version.slice(version.lastIndexOf('/') + 1);
    return /^v\d/.test(last) ? last.slice(1) : last;
}


/***/ })

};
