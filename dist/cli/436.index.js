export const id = 436;
export const ids = [436];
export const modules = {

/***/ 436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5217);


const command = {
    summary: 'package a binary (or a platform bundle) and upload it to its release',
    usage: 'sync release <name> --path FILE [--os OS --arch ARCH] | sync release --bundle NAME --tag vX.Y.Z',
    help: [
        ['<name>', 'manifest entry to release'],
        ['--path FILE|DIR', 'the binary, or a folder holding it (default: its tool cache copy)'],
        ['--os OS, --arch ARCH', 'platform the binary is for (default: this machine)'],
        ['--bundle NAME', 'pack every manifest binary for this platform into NAME-{os}-{arch}.tar.gz'],
        ['--tag TAG', 'release tag (a bundle: the project tag; a binary: a tag template)'],
        ['--no-clobber', 'leave an existing asset of the same name alone'],
        ['--prerelease', 'mark a release created now as a prerelease'],
        ['--title T, --notes N', 'title and body of a release created now'],
    ],
    options: {
        path: { type: 'string' },
        os: { type: 'string' },
        arch: { type: 'string' },
        bundle: { type: 'string' },
        tag: { type: 'string' },
        'no-clobber': { type: 'boolean', default: false },
        prerelease: { type: 'boolean', default: false },
        title: { type: 'string' },
        notes: { type: 'string' },
    },
    async run(names, values, out) {
        const ctx = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveContext */ .wK)({ repo: values.repo, needToken: true });
        const manifestFile = values.manifest ?? 'versions.yml';
        const shared = {
            token: ctx.token,
            apiUrl: ctx.apiUrl,
            clobber: !values['no-clobber'],
            prerelease: Boolean(values.prerelease),
            title: values.title,
            notes: values.notes,
            os: values.os,
            arch: values.arch,
        };
        if (values.bundle) {
            if (!values.tag)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('--bundle needs --tag: the project release to upload to (e.g. v1.2.3)');
            if (!ctx.repo)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('no repository for the bundle release: pass --repo owner/name, or run inside a clone with an "origin" remote');
            const { releaseBundle } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(815), __webpack_require__.e(661), __webpack_require__.e(575), __webpack_require__.e(782)]).then(__webpack_require__.bind(__webpack_require__, 6782));
            const r = await releaseBundle({ ...shared, bundle: values.bundle, tag: values.tag, repo: ctx.repo, manifestFile, workspace: ctx.cwd, defaultRepo: ctx.repo }, out.log);
            out.result({ tag: r.tag, release_id: r.releaseId, release_url: r.releaseUrl, asset_name: r.assetName, asset_url: r.assetUrl, sha256: r.sha256 }, () => [`${r.assetName} uploaded to ${r.repo} ${r.tag}: ${r.assetUrl}`]);
            return 0;
        }
        const [name] = names;
        if (!name)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('name the entry to release, or pass --bundle (see sync release --help)');
        const { releaseBinary } = await __webpack_require__.e(/* import() */ 889).then(__webpack_require__.bind(__webpack_require__, 9889));
        const r = await releaseBinary({ ...shared, name, manifestFile, path: values.path, tag: values.tag, workspace: ctx.cwd, defaultRepo: ctx.repo }, out.log);
        out.result({ tag: r.tag, release_id: r.releaseId, release_url: r.releaseUrl, asset_name: r.assetName, asset_url: r.assetUrl, sha256: r.sha256, action: r.action }, () => [`${r.assetName} ${r.action} on ${r.repo} ${r.tag}: ${r.assetUrl}`]);
        return 0;
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


/***/ })

};
