export const id = 9014;
export const ids = [9014];
export const modules = {

/***/ 9014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3567);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2850);



const NAME = /^[A-Za-z0-9_.-]+$/;
const HELP = [
    ['--hook ID', "the webhook (see the hook's settings page URL, or GET /repos/OWNER/REPO/hooks or /orgs/ORG/hooks)"],
    ['--org ORG', "an organization's hook instead of a repository's (the token's user must own the organization)"],
    ['--list', 'list its deliveries in the window, newest first (--json: an array)'],
    ['--redeliver-failed', 'ask GitHub to redeliver, once, each GUID none of whose deliveries is OK'],
    ['--forward URL', 're-sign each failed delivery with --secret-env and POST it to a receiver'],
    ['--secret-env VAR', 'environment variable holding the webhook secret (for --forward)'],
    ['--since DUR', 'how far back to look (default 24h; GitHub keeps deliveries 3 days)'],
    [
        '--state FILE',
        'checkpoint for --redeliver-failed / --forward: the next run reads only newer deliveries and never acts twice on a GUID (default: none, each run reads the whole window)',
    ],
];
const command = {
    summary: "list and redeliver a webhook's missed deliveries through the API",
    usage: 'ghsync replay (OWNER/REPO | --org ORG) --hook ID (--list | --redeliver-failed | --forward URL --secret-env VAR) [--since 24h] [--state FILE]',
    help: HELP,
    options: {
        hook: { type: 'string' },
        org: { type: 'string' },
        list: { type: 'boolean' },
        'redeliver-failed': { type: 'boolean' },
        forward: { type: 'string' },
        'secret-env': { type: 'string' },
        since: { type: 'string' },
        state: { type: 'string' },
    },
    async run(positionals, values, out) {
        const org = values.org;
        const repoArg = positionals[0] ?? values.repo;
        if (org !== undefined) {
            if (!NAME.test(org))
                throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--org takes an organization login');
            if (positionals[0])
                throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('give either OWNER/REPO or --org ORG, not both');
        }
        else if (!repoArg || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repoArg))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('give the repository as OWNER/REPO (or --org ORG)');
        const hookId = Number(values.hook);
        if (!Number.isSafeInteger(hookId) || hookId <= 0)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--hook ID is required (a number)');
        const modes = [values.list, values['redeliver-failed'], values.forward].filter(Boolean).length;
        if (modes !== 1)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('choose one of --list, --redeliver-failed, --forward URL');
        const stateFile = values.state;
        if (stateFile !== undefined && values.list)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--state goes with --redeliver-failed or --forward (--list always shows the whole window)');
        const { parseDuration } = await __webpack_require__.e(/* import() */ 6349).then(__webpack_require__.bind(__webpack_require__, 6349));
        const since = Date.now() - parseDuration(values.since ?? '24h', '--since');
        let secret;
        if (values.forward) {
            const name = values['secret-env'];
            if (!name)
                throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--forward needs --secret-env VAR to sign what it forwards');
            secret = process.env[name];
            if (!secret)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`environment variable ${name} is not set or empty: it must hold the webhook secret`);
        }
        const ctx = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveContext */ .wK)({ repo: org === undefined ? repoArg : undefined, needToken: true });
        const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(9573)]).then(__webpack_require__.bind(__webpack_require__, 9573));
        const replay = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(7882)]).then(__webpack_require__.bind(__webpack_require__, 7882));
        const client = createClient({ token: ctx.token, apiUrl: ctx.apiUrl, warn: (m) => out.log.warn(m) });
        const hook = org !== undefined ? { org, hookId } : { owner: repoArg.split('/')[0], repo: repoArg.split('/')[1], hookId };
        const checkpoint = stateFile ? await __webpack_require__.e(/* import() */ 1062).then(__webpack_require__.bind(__webpack_require__, 1062)) : undefined;
        const state = checkpoint ? await checkpoint.loadReplayState(stateFile, replay.hookPath(hook)) : undefined;
        const fromId = state?.newestId ?? undefined;
        const deliveries = await replay.listDeliveries(client, hook, { sinceMs: since, afterId: fromId });
        if (values.list) {
            out.result(deliveries, () => deliveries.map((d) => `${d.delivered_at}  ${d.id}  ${d.guid}  ${d.event}${d.action ? `.${d.action}` : ''}  ${d.status_code} ${d.status}${d.redelivery ? '  (redelivery)' : ''}`));
            return 0;
        }
        let failed = replay.failedGuids(deliveries);
        let skipped = 0;
        if (state) {
            checkpoint.pruneReplayState(state, since);
            // A GUID settled by an earlier run (or OK in a delivery behind the checkpoint) is not acted on again.
            const before = failed.length;
            failed = failed.filter((d) => !(d.guid in state.guids));
            skipped = before - failed.length;
            for (const d of deliveries)
                if (d.status === 'OK')
                    state.guids[d.guid] ??= Date.parse(d.delivered_at);
        }
        /** After each GUID: remembered at once, so a run killed later never repeats it. */
        const settled = async (guid) => {
            if (!state)
                return;
            state.guids[guid] = Date.now();
            await checkpoint.saveReplayState(stateFile, state);
        };
        /** At the end of a run that handled everything: the next run lists only newer deliveries. */
        const complete = async (allHandled) => {
            if (!state)
                return;
            if (allHandled && deliveries.length)
                state.newestId = Math.max(state.newestId ?? 0, ...deliveries.map((d) => d.id));
            await checkpoint.saveReplayState(stateFile, state);
        };
        if (values['redeliver-failed']) {
            for (const d of failed) {
                await replay.redeliver(client, hook, d);
                await settled(d.guid);
            }
            await complete(true);
            out.result({ checked: deliveries.length, redelivered: failed.map((d) => ({ id: d.id, guid: d.guid, event: d.event })), ...(state ? { skipped } : {}) }, () => [
                `${deliveries.length} deliveries since ${fromId ? `delivery ${fromId} / ` : ''}${new Date(since).toISOString()}; redelivered ${failed.length} GUID(s) with no OK delivery${failed.length ? `: ${failed.map((d) => d.guid).join(', ')}` : ''}${skipped ? `; ${skipped} already handled by an earlier run` : ''}`,
            ]);
            return 0;
        }
        // --forward: the recorded payload, re-signed (GitHub's request.payload is JSON, not the bytes it signed).
        const { signBody } = await __webpack_require__.e(/* import() */ 3408).then(__webpack_require__.bind(__webpack_require__, 3408));
        const { send } = await __webpack_require__.e(/* import() */ 9663).then(__webpack_require__.bind(__webpack_require__, 9663));
        let forwarded = 0;
        let refused = 0;
        for (const d of failed) {
            const { headers, payload } = await replay.deliveryRequest(client, hook, d.id);
            const body = JSON.stringify(payload);
            const h = { 'content-type': 'application/json' };
            for (const [k, v] of Object.entries(headers))
                if (/^x-github-/i.test(k))
                    h[k.toLowerCase()] = String(v);
            h['x-github-delivery'] ??= d.guid;
            h['x-github-event'] ??= d.event;
            h['x-hub-signature-256'] = signBody(secret, body);
            let answer;
            try {
                const res = await send(values.forward, { method: 'POST', headers: h, body });
                res.discard();
                answer = `receiver answered ${res.status}`;
                if (res.status >= 200 && res.status < 300) {
                    forwarded++;
                    await settled(d.guid);
                }
                else
                    refused++;
            }
            catch (err) {
                // The receiver is down: this GUID stays missed, for the next run.
                answer = `not delivered: ${err.message}`;
                refused++;
            }
            out.log.info(`${d.guid} ${d.event}: ${answer}`);
        }
        await complete(refused === 0);
        out.result({ checked: deliveries.length, forwarded, refused, ...(state ? { skipped } : {}) }, () => [
            `${deliveries.length} deliveries checked; forwarded ${forwarded}, refused ${refused}${skipped ? `; ${skipped} already forwarded by an earlier run` : ''}`,
        ]);
        return refused ? 1 : 0;
    },
};


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
