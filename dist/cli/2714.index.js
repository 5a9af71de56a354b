export const id = 2714;
export const ids = [2714,5095];
export const modules = {

/***/ 9070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ formatFromName),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   je: () => (/* binding */ extensionOf),
/* harmony export */   s2: () => (/* binding */ isFormat)
/* harmony export */ });
/** The download formats' names alone, for the manifest's checks (no archive code loaded). */
const FORMATS = ['tar.gz', 'tgz', 'tar.xz', 'txz', 'tar.bz2', 'tar.zst', 'tar', 'zip', 'gz', 'raw'];
function isFormat(s) {
    return FORMATS.includes(s);
}
/** `{ext}`: the format's file extension (empty for raw). */
function extensionOf(format) {
    return format === 'raw' ? '' : format;
}
/** The format a file name says (`.tar.gz`, `.tgz`, `.zip`...), else raw. */
function formatFromName(name) {
    const lower = name.toLowerCase();
    const longest = FORMATS.filter((f) => f !== 'raw').sort((a, b) => b.length - a.length);
    for (const f of longest)
        if (lower.endsWith(`.${f}`))
            return f;
    if (lower.endsWith('.tbz2') || lower.endsWith('.tbz'))
        return 'tar.bz2';
    if (lower.endsWith('.tzst'))
        return 'tar.zst';
    return 'raw';
}


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ASSET: () => (/* reexport */ names/* DEFAULT_ASSET */.pW),
  DEFAULT_TAG: () => (/* reexport */ names/* DEFAULT_TAG */.fL),
  isRepoName: () => (/* reexport */ names/* isRepoName */.AW),
  isRepoRef: () => (/* binding */ isRepoRef),
  loadManifest: () => (/* binding */ loadManifest),
  parseManifest: () => (/* binding */ parseManifest)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/manifest/template.ts
var manifest_template = __webpack_require__(439);
// EXTERNAL MODULE: ./src/archive/format-names.ts
var format_names = __webpack_require__(9070);
;// CONCATENATED MODULE: ./src/manifest/download.ts
/**
 * The `download` key of a manifest entry (SPEC §2 "Upstream downloads"): a URL template, or a
 * mapping with url, format, path, replacements, overrides and checksum. Checked here, key by key,
 * so a mistake is one line naming the entry and the key.
 */




const OSES = ['linux', 'darwin', 'windows'];
const ARCHES = ['amd64', 'arm64'];
const KEYS = ['url', 'format', 'path', 'replacements', 'overrides', 'checksum'];
const OVERRIDE_KEYS = ['os', 'arch', 'url', 'format', 'path', 'replacements', 'checksum'];
/** Parses an entry's `download` node; `where(key)` names the entry and key for errors. */
function parseDownload(node, where, fail) {
    if ((0,dist/* isScalar */.jn)(node)) {
        const url = scalarText(node);
        if (!url)
            fail(node, where('download'), `expected a URL template or a mapping, got ${JSON.stringify(node.value)}`);
        template(url, node, where('download'), fail);
        return { url: url };
    }
    if (!(0,dist/* isMap */.jh)(node))
        fail(node, where('download'), 'expected a URL template or a mapping with "url"');
    const map = node;
    checkKeys(map, KEYS, (k) => where(`download.${k}`), fail);
    const urlNode = map.get('url', true);
    if (urlNode === undefined)
        fail(map, where('download.url'), 'missing (the URL template of the upstream file)');
    const spec = { url: '', ...settings(map, (k) => where(`download.${k}`), fail) };
    if (!spec.url)
        fail(urlNode, where('download.url'), 'expected a non-empty URL template');
    const overrides = map.get('overrides', true);
    if (overrides !== undefined) {
        if (!(0,dist/* isSeq */.oP)(overrides))
            fail(overrides, where('download.overrides'), 'expected a list of { os, arch, ... } mappings');
        spec.overrides = overrides.items.map((item, i) => override(item, (k) => where(`download.overrides[${i}]${k ? `.${k}` : ''}`), fail));
    }
    return spec;
}
/**
 * A step's `download` input, checked by the same rules as a manifest entry's `download`: one line
 * (not starting with "{") is a URL template; anything else is YAML or JSON text of the mapping,
 * as a `download: |` block in a workflow gives it. Errors are one line naming the input.
 */
function parseDownloadInput(text, input = 'download') {
    const value = text.trim();
    const name = `input "${input}"`;
    const fail = (lines) => (node, where, what) => {
        const at = lines && node?.range && value.includes('\n') ? ` (line ${lines.linePos(node.range[0]).line})` : '';
        throw new UserError(`${name}${at}: ${where ? `${where}: ` : ''}${what}`);
    };
    // The manifest names `download.format`; here the input is `download`, so the key is `format`.
    const where = (key) => (key === 'download' ? '' : `key "${key.replace(/^download\./, '')}"`);
    if (!value.includes('\n') && !value.startsWith('{')) {
        // `format: zip` on one line is a mapping cut short, not a URL: say so rather than download it.
        if (/\s/.test(value))
            fail()(null, '', `a URL template has no spaces, got "${value}" (a mapping goes on several lines: "download: |")`);
        return parseDownload(new Scalar(value), where, fail());
    }
    const lines = new LineCounter();
    const doc = parseDocument(value, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new UserError(`${name} (line ${lines.linePos(e.pos[0]).line}): invalid YAML or JSON: ${e.message.split('\n')[0]}`);
    }
    if (!doc.contents)
        fail(lines)(null, '', 'expected a URL template or a mapping with "url"');
    return parseDownload(doc.contents, where, fail(lines));
}
function override(node, where, fail) {
    if (!(0,dist/* isMap */.jh)(node))
        fail(node, where(''), 'expected a mapping with "os" and/or "arch"');
    const map = node;
    checkKeys(map, OVERRIDE_KEYS, where, fail);
    const o = settings(map, where, fail);
    for (const [key, allowed] of [
        ['os', OSES],
        ['arch', ARCHES],
    ]) {
        const n = map.get(key, true);
        if (n === undefined)
            continue;
        const v = scalarText(n);
        if (!v || !allowed.includes(v))
            fail(n, where(key), `expected one of ${allowed.join(', ')}`);
        if (key === 'os')
            o.os = v;
        else
            o.arch = v;
    }
    if (!o.os && !o.arch)
        fail(map, where(''), 'an override needs "os" and/or "arch" to match on');
    return o;
}
function settings(map, where, fail) {
    const out = {};
    for (const key of ['url', 'path']) {
        const n = map.get(key, true);
        if (n === undefined)
            continue;
        const v = scalarText(n);
        if (!v)
            fail(n, where(key), 'expected a non-empty template string');
        template(v, n, where(key), fail);
        out[key] = v;
    }
    const f = map.get('format', true);
    if (f !== undefined) {
        const v = scalarText(f);
        if (!v || !(0,format_names/* isFormat */.s2)(v))
            fail(f, where('format'), `expected one of ${format_names/* FORMATS */.hR.join(', ')}`);
        out.format = v;
    }
    const r = map.get('replacements', true);
    if (r !== undefined) {
        if (!(0,dist/* isMap */.jh)(r))
            fail(r, where('replacements'), 'expected a mapping like { amd64: x86_64, darwin: macOS }');
        out.replacements = {};
        for (const pair of r.items) {
            const k = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            if (![...OSES, ...ARCHES].includes(k))
                fail(pair.key, where(`replacements.${k}`), `unknown name (replacements are for ${[...OSES, ...ARCHES].join(', ')})`);
            const v = pair.value && (0,dist/* isScalar */.jn)(pair.value) ? scalarText(pair.value, true) : undefined;
            if (v === undefined || /[/\\\s]/.test(v))
                fail(pair.value ?? pair.key, where(`replacements.${k}`), 'expected a name (no spaces or slashes)');
            out.replacements[k] = v;
        }
    }
    const c = map.get('checksum', true);
    if (c !== undefined)
        out.checksum = checksum(c, where, fail);
    return out;
}
function checksum(node, where, fail) {
    if ((0,dist/* isScalar */.jn)(node) && node.value === false)
        return false;
    if ((0,dist/* isScalar */.jn)(node)) {
        const url = scalarText(node);
        if (!url)
            fail(node, where('checksum'), 'expected a URL template, false, or { sha256: { <os>-<arch>: <hex> } }');
        template(url, node, where('checksum'), fail);
        return { url: url };
    }
    if (!(0,dist/* isMap */.jh)(node))
        fail(node, where('checksum'), 'expected a URL template, false, or { sha256: { <os>-<arch>: <hex> } }');
    const map = node;
    checkKeys(map, ['sha256'], (k) => where(`checksum.${k}`), fail);
    const pins = map.get('sha256', true);
    if (!pins || !(0,dist/* isMap */.jh)(pins))
        fail(pins ?? map, where('checksum.sha256'), 'expected a mapping of <os>-<arch> to a sha256 (64 hex digits)');
    const sha256 = {};
    for (const pair of pins.items) {
        const k = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const [os, arch, ...rest] = k.split('-');
        if (rest.length || !OSES.includes(os) || !ARCHES.includes(arch))
            fail(pair.key, where(`checksum.sha256.${k}`), 'expected a platform like linux-amd64, darwin-arm64, windows-amd64');
        const v = pair.value && (0,dist/* isScalar */.jn)(pair.value) ? scalarText(pair.value) : undefined;
        if (!v || !/^[0-9a-fA-F]{64}$/.test(v))
            fail(pair.value ?? pair.key, where(`checksum.sha256.${k}`), 'expected a sha256: 64 hex digits');
        sha256[k] = v.toLowerCase();
    }
    return { sha256 };
}
function template(value, node, where, fail) {
    try {
        (0,manifest_template/* placeholdersOf */.iJ)(value, manifest_template/* DOWNLOAD_PLACEHOLDERS */.q2);
    }
    catch (err) {
        fail(node, where, err.message);
    }
}
function checkKeys(map, allowed, where, fail) {
    for (const item of map.items) {
        const key = (0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : String(item.key);
        if (!allowed.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${allowed.join(', ')})`);
    }
}
/** A scalar's text; numbers keep their source spelling. Empty strings only when `empty`. */
function scalarText(node, empty = false) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    const v = node.value;
    if (typeof v === 'string')
        return v || empty ? v : undefined;
    if (typeof v === 'number')
        return node.source ?? String(v);
    return undefined;
}

// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
;// CONCATENATED MODULE: ./src/manifest/manifest.ts






const TOP_KEYS = ['release-repo', 'tag', 'asset', 'binaries'];
const ENTRY_KEYS = ['version', 'bin', 'build', 'workdir', 'download', 'upstream'];
const UPSTREAM_KEYS = ['repo', 'track', 'branch', 'tag-pattern', 'prereleases'];
const TRACKS = ['releases', 'tags', 'commits'];
const GIT_URL = /^(?:https?:\/\/|ssh:\/\/|git:\/\/|file:\/\/|[\w.-]+@[\w.-]+:)\S+$/;
const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** True for `owner/name` or a git URL. */
function isRepoRef(value) {
    return (0,names/* isRepoName */.AW)(value) || GIT_URL.test(value);
}
/** Reads and validates `versions.yml` or `versions.json`. */
async function loadManifest(file) {
    const text = await (0,names/* readManifestText */.pV)(file);
    return parseManifest(text, file);
}
/** Validates manifest text; every error names the file, the entry and the key (and the line). */
function parseManifest(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const shortName = file;
    const fail = (node, where, what) => {
        const at = node?.range ? `:${lines.linePos(node.range[0]).line}` : '';
        throw new errors/* UserError */.y(`${shortName}${at}: ${where}${where ? ': ' : ''}${what}`);
    };
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = lines.linePos(e.pos[0]).line;
        const msg = e.message.split('\n')[0];
        throw new errors/* UserError */.y(`${shortName}:${line}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${msg}`);
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
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
        if (value === undefined || !(0,names/* isRepoName */.AW)(value))
            fail(releaseRepo, 'key "release-repo"', `bad repository name ${show(releaseRepo)}: expected owner/name`);
        manifest.releaseRepo = value;
    }
    for (const key of ['tag', 'asset']) {
        const node = top.get(key, true);
        const fallback = key === 'tag' ? names/* DEFAULT_TAG */.fL : names/* DEFAULT_ASSET */.pW;
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
    if (!(0,dist/* isMap */.jh)(binaries))
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
    if (!(0,dist/* isMap */.jh)(node))
        fail(node ?? pair.key, where(), 'expected a mapping with at least "version"');
    const map = node;
    for (const item of map.items) {
        const key = keyOf(item);
        if (!ENTRY_KEYS.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${ENTRY_KEYS.join(', ')})`);
    }
    const text = (key, required = false) => {
        const value = map.get(key, true);
        if (value === undefined || ((0,dist/* isScalar */.jn)(value) && value.value === null)) {
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
    const badVer = (0,names/* badVersion */.K0)(entry.version);
    if (badVer)
        fail(map.get('version', true), where('version'), `bad version "${entry.version}": ${badVer}`);
    if (/[/\\]/.test(entry.bin))
        fail(map.get('bin', true), where('bin'), `bad binary name "${entry.bin}": a file name, not a path`);
    const build = text('build');
    if (build)
        entry.build = build;
    const workdir = text('workdir');
    if (workdir)
        entry.workdir = workdir;
    const download = map.get('download', true);
    if (download !== undefined && !((0,dist/* isScalar */.jn)(download) && download.value === null))
        entry.download = parseDownload(download, where, fail);
    const up = map.get('upstream', true);
    if (up !== undefined)
        entry.upstream = parseUpstream(up, (key) => where(key ? `upstream.${key}` : 'upstream'), fail);
    return entry;
}
function parseUpstream(node, where, fail) {
    if (!(0,dist/* isMap */.jh)(node))
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
        if (!(0,dist/* isScalar */.jn)(preNode) || typeof preNode.value !== 'boolean')
            fail(preNode, where('prereleases'), `expected true or false, got ${show(preNode)}`);
        upstream.prereleases = preNode.value;
    }
    return upstream;
}
function checkTemplate(template, onError) {
    try {
        (0,manifest_template/* placeholdersOf */.iJ)(template);
    }
    catch (err) {
        onError(err.message);
    }
}
function keyOf(pair) {
    const key = pair.key;
    return (0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key);
}
/**
 * A scalar as the user wrote it. Numbers keep their source text, so `version: 1.10`
 * stays "1.10" and a calendar version `2024.11` is not turned into a float.
 */
function stringOf(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    if (typeof node.value === 'number' || typeof node.value === 'bigint')
        return node.source ?? String(node.value);
    return undefined;
}
function show(node) {
    return (0,dist/* isScalar */.jn)(node) ? JSON.stringify(node.value) : `a ${(0,dist/* isMap */.jh)(node) ? 'mapping' : 'list'}`;
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
