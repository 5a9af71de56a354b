export const id = 889;
export const ids = [889,546,270];
export const modules = {

/***/ 701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* unused harmony export manifestFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5546);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3728);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5237);
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
    try {
        return await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .loadManifest */ .eY)(file);
    }
    catch (err) {
        if (opts.version && err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y && /manifest not found/.test(err.message))
            return undefined;
        throw err;
    }
}
async function resolveTarget(opts) {
    const name = opts.name?.trim();
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('no binary named: set "name" (an entry of the manifest)');
    const manifest = await manifestFor(opts);
    const entry = manifest?.binaries[name];
    if (manifest && !entry && !opts.version) {
        const known = Object.keys(manifest.binaries);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${manifest.file}: no entry "${name}" under binaries (${known.length ? `entries: ${known.join(', ')}` : 'it has none'}); add it, or give "version" explicitly`);
    }
    const version = opts.version || entry?.version;
    if (!version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`no version for "${name}": set "version" or add the entry to the manifest`);
    if (/[\s/\\]/.test(version))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`bad version "${version}" for "${name}": no spaces or slashes`);
    const bin = opts.bin || entry?.bin || name;
    if (/[/\\]/.test(bin))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`bad binary name "${bin}": a file name, not a path`);
    const platform = (0,_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePlatform */ .u4)(opts.os || undefined, opts.arch || undefined);
    const releaseRepo = opts.releaseRepo || manifest?.releaseRepo || opts.defaultRepo || undefined;
    if (releaseRepo && !(0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__.isRepoName)(releaseRepo))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`bad release repository "${releaseRepo}": expected owner/name`);
    const vars = { name, version, bin, os: platform.os, arch: platform.arch };
    const tagTemplate = opts.tag || manifest?.tag || _manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TAG */ .fL;
    const assetTemplate = opts.asset || manifest?.asset || _manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ASSET */ .pW;
    return {
        name,
        version,
        bin,
        exe: (0,_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .exeName */ .uu)(bin, platform.os),
        build: opts.build || entry?.build,
        workdir: opts.workdir || entry?.workdir,
        download: opts.download || entry?.download,
        releaseRepo,
        platform,
        tag: (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .render */ .XX)(tagTemplate, vars),
        asset: (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .render */ .XX)(assetTemplate, vars),
        vars,
    };
}


/***/ }),

/***/ 6495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/** sha256 hex of a file, streamed (never the whole file in memory). */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 }))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ }),

/***/ 5546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   eY: () => (/* binding */ loadManifest),
/* harmony export */   fL: () => (/* binding */ DEFAULT_TAG),
/* harmony export */   isRepoName: () => (/* binding */ isRepoName),
/* harmony export */   pW: () => (/* binding */ DEFAULT_ASSET)
/* harmony export */ });
/* unused harmony export isRepoRef */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5237);




const DEFAULT_TAG = '{name}-{version}';
const DEFAULT_ASSET = '{bin}-{os}-{arch}.tar.gz';
const TOP_KEYS = ['release-repo', 'tag', 'asset', 'binaries'];
const ENTRY_KEYS = ['version', 'bin', 'build', 'workdir', 'download', 'upstream'];
const UPSTREAM_KEYS = ['repo', 'track', 'branch', 'tag-pattern', 'prereleases'];
const TRACKS = ['releases', 'tags', 'commits'];
const REPO_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;
const GIT_URL = /^(?:https?:\/\/|ssh:\/\/|git:\/\/|file:\/\/|[\w.-]+@[\w.-]+:)\S+$/;
const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** True for `owner/name`. */
function isRepoName(value) {
    return REPO_NAME.test(value) && !value.endsWith('.git') && !value.includes('..');
}
/** True for `owner/name` or a git URL. */
function isRepoRef(value) {
    return isRepoName(value) || GIT_URL.test(value);
}
/** Reads and validates `versions.yml` or `versions.json`. */
async function loadManifest(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(code === 'ENOENT'
            ? `${file}: manifest not found (set the "manifest" input, or create versions.yml)`
            : `${file}: cannot read manifest (${code ?? String(err)})`);
    }
    return parseManifest(text, file);
}
/** Validates manifest text; every error names the file, the entry and the key (and the line). */
function parseManifest(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const shortName = file;
    const fail = (node, where, what) => {
        const at = node?.range ? `:${lines.linePos(node.range[0]).line}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shortName}${at}: ${where}${where ? ': ' : ''}${what}`);
    };
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = lines.linePos(e.pos[0]).line;
        const msg = e.message.split('\n')[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shortName}:${line}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${msg}`);
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        fail(root, '', 'expected a mapping with a "binaries" key');
    const top = root;
    const manifest = { file, tag: '', asset: '', binaries: {} };
    for (const pair of top.items) {
        const key = keyOf(pair);
        if (!TOP_KEYS.includes(key))
            fail(pair.key, `key "${key}"`, `unknown key (allowed: ${TOP_KEYS.join(', ')})`);
    }
    const releaseRepo = top.get('release-repo', true);
    if (releaseRepo !== undefined) {
        const value = stringOf(releaseRepo);
        if (value === undefined || !isRepoName(value))
            fail(releaseRepo, 'key "release-repo"', `bad repository name ${show(releaseRepo)}: expected owner/name`);
        manifest.releaseRepo = value;
    }
    for (const key of ['tag', 'asset']) {
        const node = top.get(key, true);
        const fallback = key === 'tag' ? DEFAULT_TAG : DEFAULT_ASSET;
        if (node === undefined) {
            manifest[key] = fallback;
            continue;
        }
        const value = stringOf(node);
        if (!value)
            fail(node, `key "${key}"`, 'expected a non-empty template string');
        checkTemplate(value, (msg) => fail(node, `key "${key}"`, msg));
        manifest[key] = value;
    }
    const binaries = top.get('binaries', true);
    if (binaries === undefined)
        fail(top, '', 'missing key "binaries"');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(binaries))
        fail(binaries, 'key "binaries"', 'expected a mapping of entry name to settings');
    for (const pair of binaries.items) {
        const name = keyOf(pair);
        if (!ENTRY_NAME.test(name))
            fail(pair.key, `entry "${name}"`, 'bad entry name: use letters, digits, ".", "_" and "-"');
        manifest.binaries[name] = parseEntry(name, pair, fail);
    }
    return manifest;
}
function parseEntry(name, pair, fail) {
    const node = pair.value;
    const where = (key) => (key ? `entry "${name}", key "${key}"` : `entry "${name}"`);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        fail(node ?? pair.key, where(), 'expected a mapping with at least "version"');
    const map = node;
    for (const item of map.items) {
        const key = keyOf(item);
        if (!ENTRY_KEYS.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${ENTRY_KEYS.join(', ')})`);
    }
    const text = (key, required = false) => {
        const value = map.get(key, true);
        if (value === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) && value.value === null)) {
            if (required)
                fail(map, where(key), 'missing (every entry needs a version)');
            return undefined;
        }
        const s = stringOf(value);
        if (s === undefined || s === '')
            fail(value, where(key), `expected a non-empty string, got ${show(value)}`);
        return s;
    };
    const entry = { name, version: text('version', true), bin: text('bin') ?? name };
    if (/[\s/\\]/.test(entry.version))
        fail(map.get('version', true), where('version'), `bad version "${entry.version}": no spaces or slashes`);
    if (/[/\\]/.test(entry.bin))
        fail(map.get('bin', true), where('bin'), `bad binary name "${entry.bin}": a file name, not a path`);
    const build = text('build');
    if (build)
        entry.build = build;
    const workdir = text('workdir');
    if (workdir)
        entry.workdir = workdir;
    const download = text('download');
    if (download) {
        checkTemplate(download, (msg) => fail(map.get('download', true), where('download'), msg));
        entry.download = download;
    }
    const up = map.get('upstream', true);
    if (up !== undefined)
        entry.upstream = parseUpstream(up, (key) => where(key ? `upstream.${key}` : 'upstream'), fail);
    return entry;
}
function parseUpstream(node, where, fail) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        fail(node, where(), 'expected a mapping with "repo" and "track"');
    const map = node;
    for (const item of map.items) {
        const key = keyOf(item);
        if (!UPSTREAM_KEYS.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${UPSTREAM_KEYS.join(', ')})`);
    }
    const repoNode = map.get('repo', true);
    if (repoNode === undefined)
        fail(map, where('repo'), 'missing');
    const repo = stringOf(repoNode);
    if (!repo || !isRepoRef(repo))
        fail(repoNode, where('repo'), `bad repository ${show(repoNode)}: expected owner/name or a git URL`);
    const trackNode = map.get('track', true);
    const track = (trackNode === undefined ? 'releases' : stringOf(trackNode));
    if (!TRACKS.includes(track))
        fail(trackNode, where('track'), `expected one of ${TRACKS.join(', ')}, got ${show(trackNode)}`);
    const upstream = { repo: repo, track, prereleases: false };
    const branchNode = map.get('branch', true);
    if (branchNode !== undefined) {
        const branch = stringOf(branchNode);
        if (!branch)
            fail(branchNode, where('branch'), 'expected a branch name');
        upstream.branch = branch;
    }
    const patternNode = map.get('tag-pattern', true);
    if (patternNode !== undefined) {
        const pattern = stringOf(patternNode);
        try {
            new RegExp(pattern ?? '');
        }
        catch (err) {
            fail(patternNode, where('tag-pattern'), `not a valid regular expression: ${err.message}`);
        }
        if (!pattern)
            fail(patternNode, where('tag-pattern'), 'expected a regular expression');
        upstream.tagPattern = pattern;
    }
    const preNode = map.get('prereleases', true);
    if (preNode !== undefined) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(preNode) || typeof preNode.value !== 'boolean')
            fail(preNode, where('prereleases'), `expected true or false, got ${show(preNode)}`);
        upstream.prereleases = preNode.value;
    }
    return upstream;
}
function checkTemplate(template, onError) {
    try {
        (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .placeholdersOf */ .iJ)(template);
    }
    catch (err) {
        onError(err.message);
    }
}
function keyOf(pair) {
    const key = pair.key;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key) ? String(key.value) : String(key);
}
/**
 * A scalar as the user wrote it. Numbers keep their source text, so `version: 1.10`
 * stays "1.10" and a calendar version `2024.11` is not turned into a float.
 */
function stringOf(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node))
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    if (typeof node.value === 'number' || typeof node.value === 'bigint')
        return node.source ?? String(node.value);
    return undefined;
}
function show(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) ? JSON.stringify(node.value) : `a ${(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node) ? 'mapping' : 'list'}`;
}


/***/ }),

/***/ 3728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jN: () => (/* binding */ currentPlatform),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   u4: () => (/* binding */ resolvePlatform),
/* harmony export */   uu: () => (/* binding */ exeName)
/* harmony export */ });
/* unused harmony exports toOs, toArch */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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
    const os = OS_NAMES[name.toLowerCase()];
    if (!os)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unsupported OS "${name}": expected one of linux, darwin, windows`);
    return os;
}
/** Maps Node's (or Go's) architecture name to ours; anything else is a clear error. */
function toArch(name) {
    const arch = ARCH_NAMES[name.toLowerCase()];
    if (!arch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unsupported architecture "${name}": expected one of amd64, arm64`);
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

/***/ 4106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1243);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6495);
/* harmony import */ var _version_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8134);
/**
 * Packing a binary the way SPEC §3 lays it out: `<bin>` and `.version` at the top of a .tar.gz,
 * so `tar xzf asset -C dir && grep -q "version: X" dir/.version` works as in the seeds.
 */







/** The binary's path given a file or a folder holding it. */
async function locateBinary(path, exe) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!st)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${path}: not found (set "path" to the binary, or a folder holding ${exe})`);
    if (st.isFile())
        return path;
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, exe);
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(inside).catch(() => undefined))?.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${path}: no ${exe} in that folder`);
    return inside;
}
/** The commit a binary was built from: the source's HEAD, else the workspace's, else GITHUB_SHA. */
async function sourceCommit(...dirs) {
    for (const d of dirs) {
        if (!d)
            continue;
        const sha = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .headSha */ .xF)(d);
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
    const beside = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(binary, '..', _version_file_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION_FILE */ .mf), 'utf8').catch(() => undefined);
    const old = beside ? (0,_version_file_js__WEBPACK_IMPORTED_MODULE_6__/* .parseVersionFile */ .Sz)(beside) : {};
    const reuse = old.version === t.version && old.checksum === checksum && (!old.name || old.name === t.name);
    return {
        name: t.name,
        version: t.version,
        commit: reuse && old.commit ? old.commit : await commit(),
        checksum,
        os: t.platform.os,
        arch: t.platform.arch,
        built: reuse && old.built ? old.built : (0,_version_file_js__WEBPACK_IMPORTED_MODULE_6__/* .builtNow */ .r5)(),
    };
}
/** Packs binary + `.version` into `out`. */
async function packBinary(binary, info, exe, out) {
    const entries = [
        { name: exe, file: binary, mode: 0o755 },
        { name: _version_file_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION_FILE */ .mf, data: (0,_version_file_js__WEBPACK_IMPORTED_MODULE_6__.formatVersionFile)(info) },
    ];
    // The build time as every entry's mtime: the same binary and .version always pack to the same bytes.
    const built = Date.parse(info.built);
    return (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_2__/* .packTarGz */ .Kn)(entries, out, { mtime: Number.isFinite(built) ? new Date(built) : undefined });
}


/***/ }),

/***/ 3575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ publishArchive)
});

// EXTERNAL MODULE: ./src/releases/api.ts
var api = __webpack_require__(310);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/download.ts
var download = __webpack_require__(1531);
;// CONCATENATED MODULE: ./src/releases/upload.ts
/**
 * Asset upload that never loses what is already there and survives lost answers:
 * - a new asset is streamed under its own name;
 * - with clobber, a different existing asset is replaced by a swap: upload under a temporary
 *   name (the slow part, where failures happen), then delete the old one and rename the new;
 * - a retry that meets `already_exists` with our digest means the lost upload landed: done;
 * - a `starter` asset (an upload cut short earlier) is deleted and uploaded again.
 * Uploads go through fetch, not Octokit: a streamed body cannot be replayed by Octokit's retry.
 */






const TMP_MARK = '.sync-tmp-';
const STALE_TMP_MS = 10 * 60 * 1000;
function digestOf(a) {
    return a.digest?.replace(/^sha256:/, '').toLowerCase();
}
async function uploadAsset(o) {
    for (let round = 0;; round++) {
        try {
            return await uploadRound(o);
        }
        catch (err) {
            // Someone else put an asset of that name there while we were uploading: look again.
            if (err instanceof Conflict && round < 2)
                continue;
            throw err;
        }
    }
}
class Conflict extends Error {
}
async function uploadRound(o) {
    const { gh, repo, release, name, log } = o;
    const assets = await (0,api/* listAssets */.qs)(gh, repo, release.id);
    // Temporary assets left by a swap that died long ago.
    for (const a of assets) {
        if (a.name.startsWith(name + TMP_MARK) && Date.now() - Date.parse(a.created_at ?? '') > STALE_TMP_MS) {
            log.debug(`removing stale temporary asset ${a.name}`);
            await (0,api/* deleteAsset */.AO)(gh, repo, a.id);
        }
    }
    let existing = assets.find((a) => a.name === name);
    if (existing?.state === 'starter') {
        log.info(`removing ${name}, left half-uploaded (state "starter") by an earlier failed upload`);
        await (0,api/* deleteAsset */.AO)(gh, repo, existing.id);
        existing = undefined;
    }
    if (existing && digestOf(existing) === o.sha256) {
        log.info(`${name} is already in release ${release.tag_name} with the same content (sha256 ${o.sha256})`);
        return { asset: existing, action: 'unchanged' };
    }
    if (existing && !o.clobber) {
        log.info(`${name} already exists in release ${release.tag_name}; left alone (clobber: false)`);
        return { asset: existing, action: 'kept' };
    }
    if (release.immutable && !release.draft)
        throw (0,api/* immutableError */.xr)(repo, release.tag_name, name);
    if (!existing) {
        const asset = await uploadWithRetry(o, name, true);
        log.info(`uploaded ${name} to release ${release.tag_name} (${o.size} bytes)`);
        return { asset, action: 'uploaded' };
    }
    // The swap: the old asset stays untouched until the new one is fully in.
    const tmpName = `${name}${TMP_MARK}${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const fresh = await uploadWithRetry(o, tmpName, false);
    await (0,api/* deleteAsset */.AO)(gh, repo, existing.id);
    let renamed;
    try {
        renamed = await (0,api/* renameAsset */.Rw)(gh, repo, fresh.id, name);
    }
    catch (err) {
        throw new errors/* UserError */.y(`replacing ${name} in release ${release.tag_name}: the new upload is in as ${tmpName} but renaming it failed (${(0,errors/* oneLine */.T)(err)}); re-run to finish`);
    }
    log.info(`replaced ${name} in release ${release.tag_name} (${o.size} bytes)`);
    return { asset: renamed, action: 'replaced' };
}
class RetryUpload extends Error {
    waitMs;
    constructor(message, waitMs) {
        super(message);
        this.waitMs = waitMs;
    }
}
/**
 * POSTs the file under `uploadName`. Between attempts it looks at what the release holds: our
 * bytes already there (a lost answer) end it; a `starter` leftover is removed first.
 * `finalName` says whether someone else may legitimately own that name (a Conflict then).
 */
async function uploadWithRetry(o, uploadName, finalName) {
    const attempts = o.attempts ?? 5;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1) {
            const there = (await (0,api/* listAssets */.qs)(o.gh, o.repo, o.release.id)).find((a) => a.name === uploadName);
            if (there?.state === 'uploaded' && digestOf(there) === o.sha256) {
                o.log.info(`${uploadName}: the earlier attempt landed (same sha256); not uploading again`);
                return there;
            }
            if (there?.state === 'starter') {
                o.log.debug(`${uploadName}: removing the half-uploaded leftover of the earlier attempt`);
                await (0,api/* deleteAsset */.AO)(o.gh, o.repo, there.id);
            }
            else if (there && finalName) {
                throw new Conflict(`${uploadName} appeared concurrently`);
            }
            else if (there) {
                await (0,api/* deleteAsset */.AO)(o.gh, o.repo, there.id);
            }
        }
        try {
            return await postOnce(o, uploadName);
        }
        catch (err) {
            if (!(err instanceof RetryUpload))
                throw err;
            last = err.message;
            if (attempt === attempts)
                break;
            const wait = err.waitMs ?? (0,download/* retryBaseMs */.wR)() * 2 ** (attempt - 1);
            o.log.warn(`upload of ${uploadName} failed (${last}); retrying in ${Math.round(wait)} ms (attempt ${attempt + 1} of ${attempts})`);
            await (0,download/* sleep */.yy)(wait);
        }
    }
    throw new errors/* UserError */.y(`upload of ${uploadName} to release ${o.release.tag_name} in ${o.repo} failed after ${attempts} attempts: ${last}`);
}
function rateUnitMs() {
    const v = Number(process.env.SYNC_RATE_LIMIT_UNIT_MS);
    return process.env.SYNC_RATE_LIMIT_UNIT_MS && Number.isFinite(v) && v >= 0 ? v : 1000;
}
async function postOnce(o, uploadName) {
    const base = o.release.upload_url.replace(/\{.*$/, '');
    const url = `${base}?name=${encodeURIComponent(uploadName)}`;
    let res;
    try {
        res = await fetch(url, {
            method: 'POST',
            headers: {
                authorization: `token ${o.token}`,
                accept: 'application/vnd.github+json',
                'content-type': o.contentType ?? 'application/gzip',
                'content-length': String(o.size),
                'user-agent': 'sync-actions',
            },
            body: external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(o.file, { highWaterMark: 1 << 20 })),
            duplex: 'half',
        });
    }
    catch (err) {
        throw new RetryUpload(`${(0,download/* redactUrl */.BO)(url)}: ${(0,errors/* oneLine */.T)(err.cause ?? err)}`);
    }
    const text = await res.text().catch(() => '');
    if (res.status === 201 || res.status === 200) {
        try {
            return JSON.parse(text);
        }
        catch {
            throw new RetryUpload('unreadable answer');
        }
    }
    const message = /"message"\s*:\s*"([^"]{1,300})"/.exec(text)?.[1] ?? '';
    if (res.status === 422 && /already_exists/.test(text))
        throw new RetryUpload('an asset of that name already exists');
    if (res.status === 422 && /immutable/i.test(message))
        throw (0,api/* immutableError */.xr)(o.repo, o.release.tag_name, uploadName);
    const retryAfter = Number(res.headers.get('retry-after'));
    if (retryAfter > 0)
        throw new RetryUpload(`${res.status} ${message}`, retryAfter * rateUnitMs());
    if (res.headers.get('x-ratelimit-remaining') === '0' && (res.status === 403 || res.status === 429)) {
        const reset = Number(res.headers.get('x-ratelimit-reset'));
        throw new RetryUpload('rate limit', Math.max(1, reset - Date.now() / 1000) * rateUnitMs());
    }
    if (res.status >= 500 || res.status === 429)
        throw new RetryUpload(`${res.status} ${message}`.trim());
    throw new download.HttpStatusError(res.status, `upload of ${uploadName} to release ${o.release.tag_name} in ${o.repo}: ${res.status} ${message}`.trim());
}

;// CONCATENATED MODULE: ./src/releases/publish.ts


async function publishArchive(o) {
    const { release, created } = await (0,api/* ensureRelease */.w9)(o.gh, o.repo, o.tag, o.create, o.log);
    const up = await uploadAsset({
        gh: o.gh,
        token: o.token,
        repo: o.repo,
        release,
        file: o.file,
        name: o.assetName,
        sha256: o.sha256,
        size: o.size,
        clobber: o.clobber,
        log: o.log,
    });
    // Whoever filled a draft publishes it; a racing job may already have (then this is a no-op).
    const final = release.draft ? await (0,api/* publish */.mk)(o.gh, o.repo, release, !!o.create.makeLatest) : release;
    // An asset of a draft has an "untagged-..." download URL; the published release knows the real one.
    const asset = final.assets?.find((a) => a.id === up.asset.id) ?? up.asset;
    return { ...up, asset, release: final, createdRelease: created };
}


/***/ }),

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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3916);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6584);
/* harmony import */ var _tool_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2798);
/* harmony import */ var _ensure_target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(701);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4106);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3575);
/** release-binary as a library: package one binary and put it in its per-version release. */









async function releaseBinary(opts, log) {
    const t = await (0,_ensure_target_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTarget */ .u)(opts);
    const repo = requireRepo(t);
    let path = opts.path;
    if (!path) {
        path = (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .findTool */ .SG)(opts.toolCache ?? (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .toolCacheRoot */ .Hw)(), t.name, t.version, t.platform);
        if (!path)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`no "path" given and no ${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} in the tool cache: set "path" to the binary (or a folder holding ${t.exe})`);
    }
    const binary = await (0,_package_js__WEBPACK_IMPORTED_MODULE_6__.locateBinary)(path, t.exe);
    return packAndPublish(binary, t, repo, opts, log);
}
function requireRepo(t) {
    if (!t.releaseRepo)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('no release repository: set "release-repo" (or release-repo in the manifest, or GITHUB_REPOSITORY)');
    return t.releaseRepo;
}
/** Shared with ensure-binary's release-on-miss. */
async function packAndPublish(binary, t, repo, opts, log) {
    if (!opts.token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`no token to upload ${t.asset} to ${repo}: set "token" (GITHUB_TOKEN or GH_TOKEN on a laptop)`);
    const workspace = opts.workspace ?? process.cwd();
    const info = await (0,_package_js__WEBPACK_IMPORTED_MODULE_6__.versionInfoFor)(binary, t, () => (0,_package_js__WEBPACK_IMPORTED_MODULE_6__.sourceCommit)(t.workdir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workspace, t.workdir) : undefined, workspace));
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.tempDir ?? process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-release-'));
    try {
        const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, t.asset);
        const packed = await (0,_package_js__WEBPACK_IMPORTED_MODULE_6__.packBinary)(binary, info, t.exe, archive);
        const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__.createClient)({ token: opts.token, apiUrl: opts.apiUrl, warn: (m) => log.warn(m) });
        const done = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_7__/* .publishArchive */ .M)({
            gh,
            token: opts.token,
            repo,
            tag: t.tag,
            assetName: t.asset,
            file: archive,
            sha256: packed.sha256,
            size: packed.size,
            clobber: opts.clobber ?? true,
            create: { title: opts.title || `${t.name} ${t.version}`, notes: opts.notes || `Binary cache for ${t.name} ${t.version} (managed by sync).`, prerelease: opts.prerelease, makeLatest: false },
            log,
        });
        return {
            tag: t.tag,
            releaseId: done.release.id,
            releaseUrl: done.release.html_url,
            assetName: done.asset.name,
            assetUrl: done.asset.browser_download_url,
            sha256: done.action === 'kept' || done.action === 'unchanged' ? (done.asset.digest?.replace(/^sha256:/, '') ?? packed.sha256) : packed.sha256,
            binarySha256: info.checksum,
            action: done.action,
            repo,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 5237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   iJ: () => (/* binding */ placeholdersOf)
/* harmony export */ });
/* unused harmony export PLACEHOLDERS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** The placeholders a tag or asset template may use. */
const PLACEHOLDERS = ['name', 'version', 'bin', 'os', 'arch'];
const PATTERN = /\{([^{}]*)\}/g;
/** The placeholders named in a template; throws on an unknown one. */
function placeholdersOf(template) {
    const found = [];
    for (const match of template.matchAll(PATTERN)) {
        const key = match[1];
        if (!PLACEHOLDERS.includes(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown placeholder {${key}} in "${template}" (allowed: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')})`);
        }
        found.push(key);
    }
    return found;
}
/** Fills a template; an unknown placeholder or one without a value is an error. */
function render(template, vars) {
    placeholdersOf(template);
    return template.replace(PATTERN, (_, key) => {
        const value = vars[key];
        if (value === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`no value for {${key}} in "${template}"`);
        return value;
    });
}


/***/ }),

/***/ 2798:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3728);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`bad ${what} "${value}" for the tool cache`);
    return value;
}
/**
 * The folder for a binary. The runner's own platform is `<arch>` as SPEC §4 says; another OS's
 * binary (fetched with `os:`) lives under `<os>-<arch>` so it never shadows the runner's.
 */
function toolDir(root, name, version, platform) {
    const leaf = (0,_platform_js__WEBPACK_IMPORTED_MODULE_5__/* .samePlatform */ .my)(platform, (0,_platform_js__WEBPACK_IMPORTED_MODULE_5__/* .currentPlatform */ .jN)()) ? platform.arch : `${platform.os}-${platform.arch}`;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, segment(name, 'name'), segment(version, 'version'), leaf);
}
/** The folder when it is complete (marker written last), else undefined. */
function findTool(root, name, version, platform) {
    const dir = toolDir(root, name, version, platform);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(`${dir}.complete`) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir) ? dir : undefined;
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
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(binaryPath);
        if (st.size === fp.size && st.mtimeMs === fp.mtimeMs && st.ino === fp.ino && /^[0-9a-f]{64}$/.test(fp.sha256))
            return fp.sha256;
    }
    catch {
        // no marker content, or no binary: hash it
    }
    return undefined;
}
/** Moves a verified staging folder into place and marks it complete. */
async function installTool(staging, root, name, version, platform, binary) {
    const dir = toolDir(root, name, version, platform);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(`${dir}.complete`, { force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, dir);
    }
    catch (err) {
        // Another job on this runner installed it at the same moment: theirs is as good as ours.
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir))
            throw err;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
    }
    await writeMarker(dir, binary && { path: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, binary.exe), sha256: binary.sha256 });
    return dir;
}
/** Forgets a cached folder (it failed verification). */
async function removeTool(root, name, version, platform) {
    const dir = toolDir(root, name, version, platform);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(`${dir}.complete`, { force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
}


/***/ }),

/***/ 8134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ parseVersionFile),
/* harmony export */   formatVersionFile: () => (/* binding */ formatVersionFile),
/* harmony export */   mf: () => (/* binding */ VERSION_FILE),
/* harmony export */   r5: () => (/* binding */ builtNow)
/* harmony export */ });
const VERSION_FILE = '.version';
const KEYS = ['name', 'version', 'commit', 'checksum', 'os', 'arch', 'built'];
function formatVersionFile(info) {
    return KEYS.map((k) => `${k}: ${info[k]}`).join('\n') + '\n';
}
/** Parses a `.version` file; unknown keys are ignored, missing ones are undefined. */
function parseVersionFile(text) {
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^([a-z]+):\s*(.*?)\s*$/.exec(line);
        if (m && KEYS.includes(m[1]) && !(m[1] in out))
            out[m[1]] = m[2];
    }
    return out;
}
/** ISO time without milliseconds, as in SPEC §3. */
function builtNow(now = new Date()) {
    return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ })

};
