export const id = 1336;
export const ids = [1336,6574];
export const modules = {

/***/ 1336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ASSET: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_1__.pW),
/* harmony export */   DEFAULT_TAG: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_1__.fL),
/* harmony export */   isRepoName: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_1__.AW),
/* harmony export */   isRepoRef: () => (/* binding */ isRepoRef),
/* harmony export */   loadManifest: () => (/* binding */ loadManifest),
/* harmony export */   parseManifest: () => (/* binding */ parseManifest)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(439);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6629);





const TOP_KEYS = ['release-repo', 'tag', 'asset', 'binaries'];
const ENTRY_KEYS = ['version', 'bin', 'build', 'workdir', 'download', 'upstream'];
const UPSTREAM_KEYS = ['repo', 'track', 'branch', 'tag-pattern', 'prereleases'];
const TRACKS = ['releases', 'tags', 'commits'];
const GIT_URL = /^(?:https?:\/\/|ssh:\/\/|git:\/\/|file:\/\/|[\w.-]+@[\w.-]+:)\S+$/;
const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** True for `owner/name` or a git URL. */
function isRepoRef(value) {
    return (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isRepoName */ .AW)(value) || GIT_URL.test(value);
}
/** Reads and validates `versions.yml` or `versions.json`. */
async function loadManifest(file) {
    const text = await (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifestText */ .pV)(file);
    return parseManifest(text, file);
}
/** Validates manifest text; every error names the file, the entry and the key (and the line). */
function parseManifest(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const shortName = file;
    const fail = (node, where, what) => {
        const at = node?.range ? `:${lines.linePos(node.range[0]).line}` : '';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shortName}${at}: ${where}${where ? ': ' : ''}${what}`);
    };
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = lines.linePos(e.pos[0]).line;
        const msg = e.message.split('\n')[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shortName}:${line}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${msg}`);
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
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
        if (value === undefined || !(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isRepoName */ .AW)(value))
            fail(releaseRepo, 'key "release-repo"', `bad repository name ${show(releaseRepo)}: expected owner/name`);
        manifest.releaseRepo = value;
    }
    for (const key of ['tag', 'asset']) {
        const node = top.get(key, true);
        const fallback = key === 'tag' ? _names_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TAG */ .fL : _names_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ASSET */ .pW;
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(binaries))
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        fail(node ?? pair.key, where(), 'expected a mapping with at least "version"');
    const map = node;
    for (const item of map.items) {
        const key = keyOf(item);
        if (!ENTRY_KEYS.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${ENTRY_KEYS.join(', ')})`);
    }
    const text = (key, required = false) => {
        const value = map.get(key, true);
        if (value === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null)) {
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
    const badVer = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .badVersion */ .K0)(entry.version);
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
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
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(preNode) || typeof preNode.value !== 'boolean')
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
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? String(key.value) : String(key);
}
/**
 * A scalar as the user wrote it. Numbers keep their source text, so `version: 1.10`
 * stays "1.10" and a calendar version `2024.11` is not turned into a float.
 */
function stringOf(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    if (typeof node.value === 'number' || typeof node.value === 'bigint')
        return node.source ?? String(node.value);
    return undefined;
}
function show(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? JSON.stringify(node.value) : `a ${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? 'mapping' : 'list'}`;
}


/***/ }),

/***/ 439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   iJ: () => (/* binding */ placeholdersOf)
/* harmony export */ });
/* unused harmony export PLACEHOLDERS */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

/** The placeholders a tag or asset template may use. */
const PLACEHOLDERS = ['name', 'version', 'bin', 'os', 'arch'];
const PATTERN = /\{([^{}]*)\}/g;
/** The placeholders named in a template; throws on an unknown one. */
function placeholdersOf(template) {
    const found = [];
    for (const match of template.matchAll(PATTERN)) {
        const key = match[1];
        if (!PLACEHOLDERS.includes(key)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown placeholder {${key}} in "${template}" (allowed: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')})`);
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
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`no value for {${key}} in "${template}"`);
        return value;
    });
}


/***/ })

};
