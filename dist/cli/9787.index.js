export const id = 9787;
export const ids = [9787,8955,6574,1336];
export const modules = {

/***/ 9787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1336);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);




const command = {
    summary: 'scaffold versions.yml, ecosystem.json or subscriptions.json and the workflows (never overwrites)',
    usage: 'ghsync init [--monorepo | --cousin OWNER/REPO] [--dir DIR]',
    help: [
        ['(no flag)', 'versions.yml, .github/workflows/ci.yml (ensure all) and upstream.yml (check-upstream)'],
        ['--monorepo', 'also ecosystem.json and .github/workflows/dispatch-cousins.yml'],
        ['--cousin OWNER/REPO', 'subscriptions.json and .github/workflows/sync-upstream.yml syncing from OWNER/REPO'],
        ['--dir DIR', 'where to write (default: the current folder)'],
    ],
    options: { monorepo: { type: 'boolean', default: false }, cousin: { type: 'string' }, dir: { type: 'string' } },
    async run(_names, values, out) {
        const t = await __webpack_require__.e(/* import() */ 5941).then(__webpack_require__.bind(__webpack_require__, 5941));
        const cousin = values.cousin;
        if (cousin !== undefined && !(0,_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__.isRepoName)(cousin))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--cousin takes owner/name, got "${cousin}"`);
        if (cousin && values.monorepo)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--monorepo and --cousin are two sides: pick one');
        const files = cousin
            ? [
                ['subscriptions.json', t.SUBSCRIPTIONS_JSON],
                ['.github/workflows/sync-upstream.yml', t.syncUpstreamYml(cousin)],
            ]
            : [
                ['versions.yml', t.VERSIONS_YML],
                ['.github/workflows/ci.yml', t.CI_YML],
                ['.github/workflows/upstream.yml', t.UPSTREAM_YML],
                ...(values.monorepo
                    ? [
                        ['ecosystem.json', t.ECOSYSTEM_JSON],
                        ['.github/workflows/dispatch-cousins.yml', t.DISPATCH_YML],
                    ]
                    : []),
            ];
        const base = values.dir ?? process.cwd();
        const done = [];
        for (const [file, text] of files) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, file);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
            try {
                // 'wx': an existing file is never touched, even one created a moment ago by someone else.
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text, { flag: 'wx' });
                done.push({ file, action: 'created' });
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
                done.push({ file, action: 'kept' });
            }
        }
        out.result({ files: done }, () => done.map((d) => `${d.action === 'created' ? 'created' : 'kept (exists)'} ${d.file}`));
        return 0;
    },
};


/***/ }),

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
