export const id = 617;
export const ids = [617,799];
export const modules = {

/***/ 6617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveTarget: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* unused harmony exports manifestFor, checkedName */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9541);
/* harmony import */ var _manifest_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2180);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6629);
/* harmony import */ var _manifest_platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9598);
/* harmony import */ var _manifest_template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(439);
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
        ? (f) => (0,_manifest_cache_js__WEBPACK_IMPORTED_MODULE_0__.loadManifestCached)(f, opts.manifestCacheDir)
        : (f) => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(95)]).then(__webpack_require__.bind(__webpack_require__, 333)).then((m) => m.loadManifest(f));
    try {
        return await load(file);
    }
    catch (err) {
        if (opts.version && err instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y && /manifest not found/.test(err.message))
            return undefined;
        throw err;
    }
}
async function resolveTarget(opts) {
    const name = opts.name?.trim();
    if (!name)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y('no binary named: set "name" (an entry of the manifest)');
    const manifest = await manifestFor(opts);
    const entry = manifest && Object.hasOwn(manifest.binaries, name) ? manifest.binaries[name] : undefined;
    if (manifest && !entry && !opts.version) {
        const known = Object.keys(manifest.binaries);
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${manifest.file}: no entry "${name}" under binaries (${known.length ? `entries: ${known.join(', ')}` : 'it has none'}); add it, or give "version" explicitly`);
    }
    const version = opts.version || entry?.version;
    if (!version)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`no version for "${name}": set "version" or add the entry to the manifest`);
    const why = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .badVersion */ .K0)(version);
    if (why)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`bad version "${version}" for "${name}": ${why}`);
    const bin = opts.bin || entry?.bin || name;
    const badBin = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .badFileName */ .t_)(bin);
    if (badBin)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`bad binary name "${bin}": ${badBin} (a file name, not a path)`);
    const platform = (0,_manifest_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePlatform */ .u4)(opts.os || undefined, opts.arch || undefined);
    const releaseRepo = opts.releaseRepo || manifest?.releaseRepo || opts.defaultRepo || undefined;
    if (releaseRepo && !(0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isRepoName */ .AW)(releaseRepo))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`bad release repository "${releaseRepo}": expected owner/name`);
    const exe = (0,_manifest_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .exeName */ .uu)(bin, platform.os);
    const vars = {
        name,
        version,
        bin,
        os: platform.os,
        arch: platform.arch,
        semver: (0,_manifest_template_js__WEBPACK_IMPORTED_MODULE_3__/* .semverOf */ .EJ)(version),
        exe: platform.os === 'windows' ? '.exe' : '',
    };
    const tagTemplate = opts.tag || manifest?.tag || _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TAG */ .fL;
    const assetTemplate = opts.asset || manifest?.asset || _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ASSET */ .pW;
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
        tag: checkedName('tag', tagTemplate, vars, _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .badTagName */ .Ft, 'a valid git tag name'),
        asset: checkedName('asset', assetTemplate, vars, _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .badFileName */ .t_, 'a plain file name'),
        vars,
    };
}
/** Renders a tag or asset template and checks the result, naming the template when it is bad. */
function checkedName(what, template, vars, why, rule) {
    const value = (0,_manifest_template_js__WEBPACK_IMPORTED_MODULE_3__/* .render */ .XX)(template, vars);
    const bad = why(value);
    if (bad)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${what} template "${template}" renders "${value}", which is not ${rule}: ${bad}`);
    return value;
}


/***/ }),

/***/ 2180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadManifestCached: () => (/* binding */ loadManifestCached)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9541);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6629);
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
    }
    catch (err) {
        const code = err.code;
        if (code !== 'ENOENT')
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(714)]).then(__webpack_require__.bind(__webpack_require__, 333))).loadManifest(file);
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${file}: manifest not found (set the "manifest" input, or create versions.yml)`);
    }
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(FORMAT).update('\0').update(file).update('\0').update(text).digest('hex');
    const cached = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cacheDir, `${key}.json`);
    const hit = await readCached(cached, key, file, text.toString('utf8'));
    if (hit)
        return hit;
    const { parseManifest } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(714)]).then(__webpack_require__.bind(__webpack_require__, 333));
    const manifest = parseManifest(text.toString('utf8'), file);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(cacheDir, { recursive: true });
        const tmp = `${cached}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, JSON.stringify({ key, manifest }));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, cached);
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
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW);
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
    if (!maybe(m.releaseRepo) || !(m.tag === _names_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TAG */ .fL || has(m.tag)) || !(m.asset === _names_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_ASSET */ .pW || has(m.asset)))
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
