export const id = 345;
export const ids = [345];
export const modules = {

/***/ 2345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5217);

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
        const ctx = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveContext */ .wK)({ repo: values.repo });
        const manifestPath = values.manifest ?? 'versions.yml';
        const { runCheck } = await __webpack_require__.e(/* import() */ 148).then(__webpack_require__.bind(__webpack_require__, 5148));
        const { result, json, updated, manifestUpdated } = await runCheck({
            manifestPath,
            names,
            includePrereleases: Boolean(values['include-prereleases']),
            token: ctx.token,
            serverUrl: ctx.serverUrl,
            apiUrl: ctx.apiUrl,
            update: values.update ? 'manifest' : 'none',
            outputFile: values['output-file'],
            repo: ctx.repo,
            workspace: ctx.cwd,
        }, out.log);
        out.result({ ...json, updates: updated.map((e) => e.name), has_updates: updated.length > 0, manifest_updated: manifestUpdated }, () => [
            ...result.entries.map((e) => e.error
                ? `${e.name}: error: ${e.error}`
                : `${e.name}: ${e.currentTag ?? e.pinned} -> ${e.latestTag ?? e.latestCommit ?? '?'}${e.updateAvailable ? ` (${e.updateType} update)` : e.warning ? '' : ' (up to date)'}${e.warning ? ` (warning: ${e.warning})` : ''}`),
            ...(manifestUpdated ? [`${manifestPath}: updated ${updated.map((e) => e.name).join(', ')}`] : []),
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
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);
/* harmony import */ var _github_repo_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8031);



/** Parses `owner/name` and the host out of a git remote URL (https, ssh, scp-like): the one repo-ref reader. */
function parseRemote(url) {
    const ref = (0,_github_repo_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepoRef */ .PP)(url);
    if (!ref?.host)
        return undefined;
    // An ssh remote of a GitHub host still has its web and API over https.
    return { protocol: ref.scheme === 'http' ? 'http' : 'https', host: ref.host, repo: ref.fullName };
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
    if (repo) {
        // --repo and GITHUB_REPOSITORY take owner/name (a URL of the repository is read the same way).
        const ref = (0,_github_repo_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepoRef */ .PP)(repo);
        if (!ref)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`bad repository "${repo}": expected owner/name`);
        repo = ref.fullName;
    }
    let apiUrl = process.env.GITHUB_API_URL;
    let serverUrl = process.env.GITHUB_SERVER_URL;
    if (!apiUrl && remote)
        apiUrl = apiUrlForHost(remote.protocol, remote.host);
    if (!serverUrl && remote)
        serverUrl = `${remote.protocol}://${remote.host}`;
    apiUrl = (apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    serverUrl = (serverUrl ?? (apiUrl === 'https://api.github.com' ? 'https://github.com' : apiUrl.replace(/\/api\/v3$/, ''))).replace(/\/+$/, '');
    if (opts.needRepo && !repo)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('no repository: pass --repo owner/name, or run inside a clone with an "origin" remote');
    if (opts.needToken && !token)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('no token: set GITHUB_TOKEN or GH_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token))');
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
/* harmony export */   wk: () => (/* binding */ repoUrl),
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
 *
 * An empty value comes first: it resets any header inherited for the same server (the one
 * actions/checkout persists in the checkout's .git/config), so git sends exactly one
 * Authorization header. GitHub answers 400 to a request with two.
 */
function gitAuthEnv(token, serverUrl) {
    if (!token)
        return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
    return {
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: key,
        GIT_CONFIG_VALUE_0: '',
        GIT_CONFIG_KEY_1: key,
        GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    };
}
/** The smart HTTP address of `owner/name` on a server (no credentials in it, ever). */
function repoUrl(serverUrl, fullName) {
    return `${serverUrl.replace(/\/+$/, '')}/${fullName}.git`;
}
/** Full SHA of HEAD in a folder, or undefined when it is not a git work tree. */
function headSha(cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['rev-parse', 'HEAD'], { cwd }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
    });
}
const SHA40 = /^[0-9a-f]{40}$/;


/***/ }),

/***/ 8031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PP: () => (/* binding */ parseRepoRef),
/* harmony export */   wb: () => (/* binding */ repoKey),
/* harmony export */   ze: () => (/* binding */ onServer)
/* harmony export */ });
/* unused harmony exports serverRepo, sameRepo */
const SEGMENT = /^[A-Za-z0-9_.-]+$/;
function parseRepoRef(value) {
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    if (!text || /\s|\0/.test(text))
        return undefined;
    if (!/[:@]/.test(text))
        return fromPath(text);
    let host;
    let scheme;
    let path;
    const scp = /^(?:[^@/:]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^:]+)$/.exec(text);
    if (scp) {
        host = scp[1];
        scheme = 'ssh';
        path = scp[2];
    }
    else {
        let url;
        try {
            url = new URL(text);
        }
        catch {
            return undefined;
        }
        const proto = url.protocol.slice(0, -1);
        if (proto !== 'http' && proto !== 'https' && proto !== 'ssh' && proto !== 'git')
            return undefined;
        if (!url.hostname || url.search || url.hash)
            return undefined;
        scheme = proto;
        host = proto === 'http' || proto === 'https' ? url.host : url.hostname;
        try {
            path = decodeURIComponent(url.pathname);
        }
        catch {
            return undefined;
        }
    }
    const ref = fromPath(path.replace(/^\/+/, ''));
    return ref && { host: host.toLowerCase(), scheme, ...ref };
}
function fromPath(path) {
    const parts = path.replace(/\/+$/, '').split('/');
    if (parts.length !== 2)
        return undefined;
    const owner = parts[0];
    const name = parts[1].endsWith('.git') ? parts[1].slice(0, -4) : parts[1];
    if (!SEGMENT.test(owner) || !SEGMENT.test(name) || owner.startsWith('.') || name === '.' || name === '..' || owner.startsWith('-'))
        return undefined;
    return { owner, name, fullName: `${owner}/${name}` };
}
/** Lower-case `owner/name`: what two spellings of one repository share. */
function repoKey(ref) {
    return ref.fullName.toLowerCase();
}
/**
 * True when a reference names a repository on the GitHub server at `serverUrl` (an `owner/name`
 * always does). An http(s) URL must have the server's host and port; ssh and scp-like addresses
 * the server's host name (`git@github.com:` is github.com).
 */
function onServer(ref, serverUrl) {
    if (!ref.host)
        return true;
    let server;
    try {
        server = new URL(serverUrl);
    }
    catch {
        return false;
    }
    if (ref.scheme === 'http' || ref.scheme === 'https')
        return ref.host === server.host.toLowerCase();
    return ref.host === server.hostname.toLowerCase();
}
/**
 * `owner/name` on the server when the reference is there (any spelling: owner/name, https, ssh,
 * scp-like), else undefined.
 */
function serverRepo(value, serverUrl) {
    const ref = parseRepoRef(value);
    return ref && onServer(ref, serverUrl) ? ref.fullName : undefined;
}
/** True when two references name the same repository of the server (names compared without case). */
function sameRepo(a, b, serverUrl) {
    const x = serverRepo(a, serverUrl);
    const y = serverRepo(b, serverUrl);
    return !!x && !!y && x.toLowerCase() === y.toLowerCase();
}


/***/ })

};
