export const id = 499;
export const ids = [499];
export const modules = {

/***/ 1880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5217);



const command = {
    summary: 'tell subscribed cousin repositories which features changed (dispatch-cousins)',
    usage: 'sync dispatch [--dry-run] [--base REV] [--head REV] [--ecosystem FILE]',
    help: [
        ['--dry-run', 'compute and print everything, send nothing'],
        ['--base REV', 'base of the change (default: HEAD~1 of this checkout)'],
        ['--head REV', 'head of the change (default: HEAD); it must be pushed'],
        ['--ecosystem FILE', 'cousins and their subscriptions (default: ecosystem.json)'],
        ['--event-type TYPE', 'repository_dispatch event type (default: feature-update)'],
        ['--concurrency N', 'dispatches in flight at once (default: 4)'],
    ],
    options: {
        'dry-run': { type: 'boolean', default: false },
        base: { type: 'string' },
        head: { type: 'string' },
        ecosystem: { type: 'string', default: 'ecosystem.json' },
        'event-type': { type: 'string', default: 'feature-update' },
        concurrency: { type: 'string', default: '4' },
    },
    async run(_positionals, values, out) {
        const dryRun = Boolean(values['dry-run']);
        const ctx = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveContext */ .wK)({ repo: values.repo, needRepo: true, needToken: !dryRun });
        const concurrency = Number(values.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`--concurrency must be a whole number >= 1, got "${values.concurrency}"`);
        // Revisions are resolved here, in the checkout, to the full SHAs the compare API takes.
        const rev = async (r) => {
            try {
                return await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__.gitText)(['rev-parse', '--verify', '--end-of-options', `${r}^{commit}`], { cwd: ctx.cwd });
            }
            catch {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot resolve "${r}" in ${ctx.cwd}: pass --base/--head as commits of this checkout`);
            }
        };
        const head = await rev(values.head ?? 'HEAD');
        const base = await rev(values.base ?? `${head}~1`);
        const branch = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__.gitText)(['symbolic-ref', '--quiet', 'HEAD'], { cwd: ctx.cwd, okCodes: [1] }).catch(() => '');
        const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584));
        const { rangeFromEvent } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(967)]).then(__webpack_require__.bind(__webpack_require__, 5967));
        const { dispatchCousins } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(617)]).then(__webpack_require__.bind(__webpack_require__, 8617));
        const client = createClient({ token: ctx.token ?? '', apiUrl: ctx.apiUrl, warn: (m) => out.log.warn(m) });
        const range = rangeFromEvent({ eventName: 'cli', event: {}, repository: ctx.repo, ref: branch || undefined, sha: head, base, head });
        const result = await dispatchCousins({
            client,
            ecosystem: values.ecosystem,
            range,
            eventType: values['event-type'],
            dryRun,
            concurrency,
            workspace: ctx.cwd,
            log: out.log,
        });
        const failed = result.dispatched.filter((d) => d.status === 'failed');
        out.result({ dispatched: result.dispatched, features: result.features, files: result.files, via: result.via, notes: result.notes }, () => [
            `${result.files} changed files (${result.via}); features changed: ${result.features.join(', ') || 'none'}`,
            ...result.dispatched.map((d) => `${d.repo}: ${d.status}${d.error ? ` (${d.error})` : ''} [${d.features.join(', ')}]`),
        ]);
        return failed.length ? 1 : 0;
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
