export const id = 345;
export const ids = [345,955,574,336];
export const modules = {

/***/ 2345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1336);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5217);


const command = {
    summary: 'which pinned versions have a newer upstream (tags, releases, commits)',
    usage: 'sync check [name...] [--update] [--include-prereleases] [--output-file FILE]',
    help: [
        ['name...', 'entries to check (default: every entry with an upstream)'],
        ['--include-prereleases', 'count prereleases as candidates'],
        ['--update', 'rewrite the versions in the manifest (comments and layout kept)'],
        ['--output-file FILE', 'also write the result JSON (SPEC shape) to FILE'],
    ],
    options: {
        'include-prereleases': { type: 'boolean', default: false },
        update: { type: 'boolean', default: false },
        'output-file': { type: 'string' },
    },
    async run(names, values, out) {
        const ctx = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveContext */ .wK)({ repo: values.repo });
        const manifestPath = values.manifest ?? 'versions.yml';
        const manifest = await (0,_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_0__.loadManifest)(manifestPath);
        const { checkUpstreams, manifestJson } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(539)]).then(__webpack_require__.bind(__webpack_require__, 539));
        const result = await checkUpstreams({ manifest, names, includePrereleases: Boolean(values['include-prereleases']), token: ctx.token, serverUrl: ctx.serverUrl, apiUrl: ctx.apiUrl }, out.log);
        const json = manifestJson(result);
        const updated = result.entries.filter((e) => e.updateAvailable);
        if (values['output-file']) {
            const { writeFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
            await writeFile(values['output-file'], `${JSON.stringify(json, null, 2)}\n`);
        }
        let rewritten = false;
        if (values.update && updated.length) {
            const { updateManifestFile } = await __webpack_require__.e(/* import() */ 824).then(__webpack_require__.bind(__webpack_require__, 5824));
            rewritten = await updateManifestFile(manifestPath, Object.fromEntries(updated.map((e) => [e.name, e.newVersion])));
        }
        out.result({ ...json, updates: updated.map((e) => e.name), has_updates: updated.length > 0, manifest_updated: rewritten }, () => [
            ...result.entries.map((e) => e.error
                ? `${e.name}: error: ${e.error}`
                : `${e.name}: ${e.currentTag ?? e.pinned} -> ${e.latestTag ?? e.latestCommit ?? '?'}${e.updateAvailable ? ` (${e.updateType} update)` : ' (up to date)'}`),
            ...(rewritten ? [`${manifestPath}: updated ${updated.map((e) => e.name).join(', ')}`] : []),
        ]);
        return result.entries.some((e) => e.error) ? 1 : 0;
    },
};


/***/ }),

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wK: () => (/* binding */ resolveContext)
/* harmony export */ });
/* unused harmony exports parseRemote, apiUrlForHost */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);


/** Parses `owner/name` and the host out of a git remote URL (https, ssh, scp-like). */
function parseRemote(url) {
    const trimmed = url.trim().replace(/\.git$/, '').replace(/\/+$/, '');
    let m = /^(https?):\/\/(?:[^@/]+@)?([^/]+)\/(.+)$/.exec(trimmed);
    if (m)
        return finish(m[1], m[2], m[3]);
    m = /^ssh:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+)$/.exec(trimmed);
    if (m)
        return finish('https', m[1], m[2]);
    m = /^(?:[^@/]+@)?([^:/]+):(.+)$/.exec(trimmed);
    if (m)
        return finish('https', m[1], m[2]);
    return undefined;
    function finish(protocol, host, path) {
        const parts = path.split('/').filter(Boolean);
        if (parts.length < 2)
            return undefined;
        return { protocol, host, repo: parts.slice(-2).join('/') };
    }
}
/** REST base for a GitHub host: api.github.com for github.com, `/api/v3` on Enterprise Server. */
function apiUrlForHost(protocol, host) {
    return host === 'github.com' ? 'https://api.github.com' : `${protocol}://${host}/api/v3`;
}
async function resolveContext(opts) {
    const cwd = opts.cwd ?? process.cwd();
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined;
    let repo = opts.repo || process.env.GITHUB_REPOSITORY || undefined;
    let remote;
    try {
        const url = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__.gitText)(['remote', 'get-url', 'origin'], { cwd });
        remote = parseRemote(url);
    }
    catch {
        remote = undefined;
    }
    if (!repo && remote)
        repo = remote.repo;
    if (repo && !/^[^/\s]+\/[^/\s]+$/.test(repo))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`bad repository "${repo}": expected owner/name`);
    let apiUrl = process.env.GITHUB_API_URL;
    let serverUrl = process.env.GITHUB_SERVER_URL;
    if (!apiUrl && remote)
        apiUrl = apiUrlForHost(remote.protocol, remote.host);
    if (!serverUrl && remote)
        serverUrl = `${remote.protocol}://${remote.host}`;
    apiUrl = (apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    serverUrl = (serverUrl ?? (apiUrl === 'https://api.github.com' ? 'https://github.com' : apiUrl.replace(/\/api\/v3$/, ''))).replace(/\/+$/, '');
    if (opts.needRepo && !repo)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('no repository: pass --repo owner/name, or run inside a clone with an "origin" remote');
    if (opts.needToken && !token)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('no token: set GITHUB_TOKEN or GH_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token))');
    // The library reads these, as it does on the runner.
    process.env.GITHUB_API_URL = apiUrl;
    process.env.GITHUB_SERVER_URL = serverUrl;
    if (repo && !process.env.GITHUB_REPOSITORY)
        process.env.GITHUB_REPOSITORY = repo;
    if (!process.env.GITHUB_WORKSPACE)
        process.env.GITHUB_WORKSPACE = cwd;
    return { apiUrl, serverUrl, repo, token, cwd };
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y$: () => (/* binding */ gitAuthEnv),
/* harmony export */   git: () => (/* binding */ git),
/* harmony export */   gitText: () => (/* binding */ gitText),
/* harmony export */   xF: () => (/* binding */ headSha)
/* harmony export */ });
/* unused harmony exports GitError, SHA40 */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);


class GitError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    args;
    code;
    stderr;
    constructor(args, code, stderr) {
        const first = stderr.split('\n').find((l) => l.trim()) ?? `exit code ${code}`;
        super(`git ${args[0]} failed: ${first.replace(/^(fatal|error): /, '')}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
function git(args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, {
            cwd: opts.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => reject(new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot run git: ${e.message} (is git installed?)`)));
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code: code ?? -1 };
            if (code === 0 || opts.okCodes?.includes(code ?? -1))
                resolve(result);
            else
                reject(new GitError(args, code ?? -1, result.stderr));
        });
        child.stdin.on('error', () => { });
        child.stdin.end(opts.input ?? '');
    });
}
/** `git <args>` trimmed stdout. */
async function gitText(args, opts = {}) {
    return (await git(args, opts)).stdout.trim();
}
/**
 * Environment that authenticates git over HTTPS with a token the way actions/checkout does
 * (an `http.<server>/.extraheader`), passed through GIT_CONFIG_* variables so the token is
 * neither on the command line (visible in `ps`) nor in a remote URL or .git/config.
 */
function gitAuthEnv(token, serverUrl) {
    if (!token)
        return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    const base = serverUrl.replace(/\/+$/, '');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${base}/.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}
/** Full SHA of HEAD in a folder, or undefined when it is not a git work tree. */
function headSha(cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['rev-parse', 'HEAD'], { cwd }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
    });
}
const SHA40 = /^[0-9a-f]{40}$/;


/***/ }),

/***/ 1336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ASSET: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_2__.pW),
/* harmony export */   DEFAULT_TAG: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_2__.fL),
/* harmony export */   isRepoName: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_2__.AW),
/* harmony export */   isRepoRef: () => (/* binding */ isRepoRef),
/* harmony export */   loadManifest: () => (/* binding */ loadManifest),
/* harmony export */   parseManifest: () => (/* binding */ parseManifest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9541);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(439);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6629);






const TOP_KEYS = ['release-repo', 'tag', 'asset', 'binaries'];
const ENTRY_KEYS = ['version', 'bin', 'build', 'workdir', 'download', 'upstream'];
const UPSTREAM_KEYS = ['repo', 'track', 'branch', 'tag-pattern', 'prereleases'];
const TRACKS = ['releases', 'tags', 'commits'];
const GIT_URL = /^(?:https?:\/\/|ssh:\/\/|git:\/\/|file:\/\/|[\w.-]+@[\w.-]+:)\S+$/;
const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** True for `owner/name` or a git URL. */
function isRepoRef(value) {
    return (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isRepoName */ .AW)(value) || GIT_URL.test(value);
}
/** Reads and validates `versions.yml` or `versions.json`. */
async function loadManifest(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(code === 'ENOENT'
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
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${shortName}${at}: ${where}${where ? ': ' : ''}${what}`);
    };
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = lines.linePos(e.pos[0]).line;
        const msg = e.message.split('\n')[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${shortName}:${line}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${msg}`);
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
        if (value === undefined || !(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isRepoName */ .AW)(value))
            fail(releaseRepo, 'key "release-repo"', `bad repository name ${show(releaseRepo)}: expected owner/name`);
        manifest.releaseRepo = value;
    }
    for (const key of ['tag', 'asset']) {
        const node = top.get(key, true);
        const fallback = key === 'tag' ? _names_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TAG */ .fL : _names_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_ASSET */ .pW;
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
        (0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .placeholdersOf */ .iJ)(template);
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

/***/ 6629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ isRepoName),
/* harmony export */   Ft: () => (/* binding */ badTagName),
/* harmony export */   fL: () => (/* binding */ DEFAULT_TAG),
/* harmony export */   pW: () => (/* binding */ DEFAULT_ASSET),
/* harmony export */   t_: () => (/* binding */ badFileName)
/* harmony export */ });
/**
 * The manifest's defaults and repository-name rule without the YAML parser, so code that only
 * needs these (a tool-cache hit) does not load it. manifest.ts re-exports them.
 */
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
