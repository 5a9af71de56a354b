export const id = 436;
export const ids = [436];
export const modules = {

/***/ 436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3567);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2850);



const command = {
    summary: 'package a binary (or a platform bundle) and upload it to its release',
    usage: 'ghsync release <name> --path FILE [--os OS --arch ARCH] | ghsync release --all | ghsync release --bundle NAME --tag vX.Y.Z',
    help: [
        ['<name>', 'manifest entry to release'],
        ['--all', 'release every entry from its tool cache copy (what ghsync ensure left there)'],
        ['--path FILE|DIR', 'the binary, or a folder holding it (default: its tool cache copy)'],
        ['--os OS, --arch ARCH', 'platform the binary is for (default: this machine)'],
        ['--bundle NAME', 'pack every manifest binary for this platform into NAME-{os}-{arch}.tar.gz'],
        ['--tag TAG', 'release tag (a bundle: the project tag; a binary: a tag template)'],
        ['--no-clobber', 'leave an existing asset of the same name alone'],
        ['--prerelease', 'mark a release created now as a prerelease'],
        ['--title T, --notes N', 'title and body of a release created now'],
    ],
    options: {
        all: { type: 'boolean', default: false },
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
        // Usage first: a missing argument is a usage error whatever the token.
        if (values.bundle && !values.tag)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--bundle needs --tag: the project release to upload to (e.g. v1.2.3)');
        if (values.all && (names.length || values.path))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--all releases every entry from the tool cache: give no name and no --path');
        if (!values.bundle && !values.all && !names[0])
            throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('name the entry to release, or pass --bundle or --all');
        const ctx = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveContext */ .wK)({ repo: values.repo, needToken: true });
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
                throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--bundle needs --tag: the project release to upload to (e.g. v1.2.3)');
            if (!ctx.repo)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('no repository for the bundle release: pass --repo owner/name, or run inside a clone with an "origin" remote');
            const { releaseBundle } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(8815), __webpack_require__.e(9661), __webpack_require__.e(1498), __webpack_require__.e(3575), __webpack_require__.e(6782)]).then(__webpack_require__.bind(__webpack_require__, 6782));
            const r = await releaseBundle({ ...shared, bundle: values.bundle, tag: values.tag, repo: ctx.repo, manifestFile, workspace: ctx.cwd, defaultRepo: ctx.repo }, out.log);
            out.result({ tag: r.tag, release_id: r.releaseId, release_url: r.releaseUrl, asset_name: r.assetName, asset_url: r.assetUrl, archive_sha256: r.sha256 }, () => [`${r.assetName} uploaded to ${r.repo} ${r.tag}: ${r.assetUrl}`]);
            return 0;
        }
        if (values.all) {
            if (names.length || values.path)
                throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--all releases every entry from the tool cache: give no name and no --path');
            return releaseAll(manifestFile, shared, ctx, out);
        }
        const [name] = names;
        if (!name)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('name the entry to release, or pass --bundle or --all');
        const { releaseBinary } = await __webpack_require__.e(/* import() */ 9889).then(__webpack_require__.bind(__webpack_require__, 9889));
        const r = await releaseBinary({
            ...shared,
            name,
            manifestFile,
            path: values.path,
            tag: values.tag,
            workspace: ctx.cwd,
            defaultRepo: ctx.repo,
        }, out.log);
        out.result({
            tag: r.tag,
            release_id: r.releaseId,
            release_url: r.releaseUrl,
            asset_name: r.assetName,
            asset_url: r.assetUrl,
            sha256: r.sha256,
            archive_sha256: r.archiveSha256,
            action: r.action,
        }, () => [`${r.assetName} ${r.action} on ${r.repo} ${r.tag}: ${r.assetUrl}`]);
        return 0;
    },
};
async function releaseAll(manifestFile, shared, ctx, out) {
    const { loadCliManifest } = await __webpack_require__.e(/* import() */ 6426).then(__webpack_require__.bind(__webpack_require__, 6426));
    const { releaseBinary } = await __webpack_require__.e(/* import() */ 9889).then(__webpack_require__.bind(__webpack_require__, 9889));
    const { prefixLog } = await __webpack_require__.e(/* import() */ 4448).then(__webpack_require__.bind(__webpack_require__, 4448));
    const { summaryLine } = await __webpack_require__.e(/* import() */ 508).then(__webpack_require__.bind(__webpack_require__, 8127));
    const { oneLine } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9541));
    const manifest = await loadCliManifest(manifestFile);
    const results = [];
    // One at a time: uploads of one release share its asset list, and a laptop's uplink is the limit.
    for (const name of Object.keys(manifest.binaries)) {
        try {
            const r = await releaseBinary({ ...shared, name, manifestFile, workspace: ctx.cwd, defaultRepo: ctx.repo }, prefixLog(out.log, name));
            results.push({
                name,
                ok: true,
                line: `${r.assetName} ${r.action} on ${r.repo} ${r.tag}: ${r.assetUrl}`,
                json: { tag: r.tag, asset_name: r.assetName, asset_url: r.assetUrl, sha256: r.sha256, action: r.action },
            });
        }
        catch (err) {
            results.push({ name, ok: false, line: `${name}: failed: ${oneLine(err)}`, json: { error: oneLine(err) } });
        }
    }
    out.result({ ok: results.every((r) => r.ok), summary: summaryLine(results), releases: Object.fromEntries(results.map((r) => [r.name, r.json])) }, () => [
        ...results.map((r) => r.line),
        summaryLine(results),
    ]);
    return results.every((r) => r.ok) ? 0 : 1;
}


/***/ }),

/***/ 2850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PU: () => (/* binding */ assertVisible),
  wK: () => (/* binding */ resolveContext)
});

// UNUSED EXPORTS: apiUrlForHost, parseRemote

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/github/repo-ref.ts
var repo_ref = __webpack_require__(8031);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/cli/token.ts
/**
 * Which token the CLI may send, and where (hardening 6). A token is for one host: GITHUB_TOKEN /
 * GH_TOKEN belong to the host GITHUB_API_URL or GH_HOST names, else to github.com; a clone's
 * `origin` pointing elsewhere does not redirect them. Without a usable one, the GitHub CLI's own
 * login for that host (`gh auth token --hostname HOST`, which only answers for hosts it knows).
 * A token never travels over plain http to a host that is not this machine.
 */

/** `api.github.com` → `github.com`; `ghe.example/api/v3` → `ghe.example` (host with port, lower case). */
function serverHostOf(apiUrl) {
    const u = new URL(apiUrl);
    const host = u.host.toLowerCase();
    return host === 'api.github.com' ? 'github.com' : host;
}
function isLoopback(hostname) {
    const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
/** Host the environment's token is for. */
function envTokenHost(env) {
    if (env.GITHUB_API_URL) {
        try {
            return serverHostOf(env.GITHUB_API_URL);
        }
        catch {
            /* a bad URL is reported where it is used */
        }
    }
    if (env.GH_HOST)
        return env.GH_HOST.trim().toLowerCase();
    return 'github.com';
}
/** `gh auth token --hostname HOST`: undefined when gh is missing, not logged in there, or slow. */
function ghAuthToken(host, env = process.env) {
    return new Promise((resolve) => {
        // Argument array, no shell; gh gets our environment minus the tokens we chose not to use.
        const { GITHUB_TOKEN: _a, GH_TOKEN: _b, ...rest } = env;
        (0,external_node_child_process_.execFile)('gh', ['auth', 'token', '--hostname', host], { env: rest, timeout: 5000, encoding: 'utf8' }, (err, stdout) => {
            const t = String(stdout ?? '').trim();
            resolve(!err && t && !/\s/.test(t) ? t : undefined);
        });
    });
}
async function chooseToken(apiUrl, env = process.env, gh = ghAuthToken) {
    const u = new URL(apiUrl);
    const host = serverHostOf(apiUrl);
    const envName = env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : env.GH_TOKEN ? 'GH_TOKEN' : undefined;
    const envToken = env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
    let withheld;
    let choice = {};
    if (envToken) {
        const forHost = envTokenHost(env);
        if (forHost === host)
            choice = { token: envToken, from: envName };
        else
            withheld = `${envName} is for ${forHost}, not ${host} (set GH_HOST=${host} to send it there)`;
    }
    if (!choice.token) {
        const fromGh = await gh(host, env);
        if (fromGh)
            choice = { token: fromGh, from: 'gh auth token' };
    }
    if (choice.token && u.protocol === 'http:' && !isLoopback(u.hostname)) {
        return { withheld: `${choice.from} is not sent over plain http to ${u.host}` };
    }
    return choice.token ? choice : { withheld };
}

;// CONCATENATED MODULE: ./src/cli/context.ts




/** Parses `owner/name` and the host out of a git remote URL (https, ssh, scp-like): the one repo-ref reader. */
function parseRemote(url) {
    const ref = (0,repo_ref/* parseRepoRef */.PP)(url);
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
    let repo = opts.repo || process.env.GITHUB_REPOSITORY || undefined;
    let remote;
    try {
        const url = await (0,git.gitText)(['remote', 'get-url', 'origin'], { cwd });
        remote = parseRemote(url);
    }
    catch {
        remote = undefined;
    }
    if (!repo && remote)
        repo = remote.repo;
    if (repo) {
        // --repo and GITHUB_REPOSITORY take owner/name (a URL of the repository is read the same way).
        const ref = (0,repo_ref/* parseRepoRef */.PP)(repo);
        if (!ref)
            throw new errors/* UserError */.y(`bad repository "${repo}": expected owner/name`);
        repo = ref.fullName;
    }
    let apiUrl = process.env.GITHUB_API_URL;
    let serverUrl = process.env.GITHUB_SERVER_URL;
    if (!apiUrl && remote)
        apiUrl = apiUrlForHost(remote.protocol, remote.host);
    if (!apiUrl && process.env.GH_HOST)
        apiUrl = apiUrlForHost('https', process.env.GH_HOST.trim());
    if (!serverUrl && remote)
        serverUrl = `${remote.protocol}://${remote.host}`;
    apiUrl = (apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    serverUrl = (serverUrl ?? (apiUrl === 'https://api.github.com' ? 'https://github.com' : apiUrl.replace(/\/api\/v3$/, ''))).replace(/\/+$/, '');
    const choice = await chooseToken(apiUrl);
    const token = choice.token;
    if (opts.needRepo && !repo)
        throw new errors/* UserError */.y('no repository: pass --repo owner/name, or run inside a clone with an "origin" remote');
    if (opts.needToken && !token)
        throw new errors/* UserError */.y(choice.withheld ? `no token for ${serverHostOf(apiUrl)}: ${choice.withheld}` : 'no token: set GITHUB_TOKEN or GH_TOKEN, or log in with "gh auth login"');
    if (choice.withheld) {
        // Nothing later (a build's environment, git) may pick up the token we decided not to send.
        delete process.env.GITHUB_TOKEN;
        delete process.env.GH_TOKEN;
    }
    if (process.env.SYNC_DEBUG)
        process.stderr.write(`debug: API ${apiUrl}, repository ${repo ?? '(none)'}, token ${choice.token ? `from ${choice.from}` : 'none'}\n`);
    // Said once, before any request, so an anonymous 404 or rate limit is not a mystery.
    if (choice.withheld)
        process.stderr.write(`ghsync: requests to ${apiUrl} go without a token: ${choice.withheld}\n`);
    // The library reads these, as it does on the runner.
    process.env.GITHUB_API_URL = apiUrl;
    process.env.GITHUB_SERVER_URL = serverUrl;
    if (repo && !process.env.GITHUB_REPOSITORY)
        process.env.GITHUB_REPOSITORY = repo;
    if (!process.env.GITHUB_WORKSPACE)
        process.env.GITHUB_WORKSPACE = cwd;
    return { apiUrl, serverUrl, repo, token, withheld: choice.withheld, cwd };
}
/**
 * Without a token, a private repository answers 404 like a missing release would, and the
 * caller would go on to build what may exist: stop with the one line that says what to do.
 */
async function assertVisible(ctx, log) {
    if (ctx.token || !ctx.repo)
        return;
    // Through the one API client (retries, rate limits), anonymous: a 404 is "missing or private".
    const { createClient, splitRepo, statusOf } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(9573)]).then(__webpack_require__.bind(__webpack_require__, 9573));
    const gh = createClient({ apiUrl: ctx.apiUrl, warn: (m) => log.warn(m) });
    const seen = await gh.rest.repos.get(splitRepo(ctx.repo)).then(() => true, (err) => {
        if (statusOf(err) === 404)
            return false;
        throw new errors/* UserError */.y(`reading repository ${ctx.repo} failed: ${(0,errors.oneLine)(err)} (check the network and run it again)`);
    });
    if (!seen)
        throw new errors/* UserError */.y(`no token: if ${ctx.repo} is private ${ctx.withheld ? `note that ${ctx.withheld}` : 'set GITHUB_TOKEN'}`);
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
