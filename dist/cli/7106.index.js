export const id = 7106;
export const ids = [7106,1954];
export const modules = {

/***/ 9573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  apiUrlFromEnv: () => (/* binding */ apiUrlFromEnv),
  createClient: () => (/* binding */ createClient),
  graphqlUrlFor: () => (/* binding */ graphqlUrlFor),
  serverUrlFromEnv: () => (/* binding */ serverUrlFromEnv),
  splitRepo: () => (/* binding */ splitRepo),
  statusOf: () => (/* binding */ statusOf),
  validationCodes: () => (/* binding */ validationCodes)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/net/timing.ts
var timing = __webpack_require__(481);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
;// CONCATENATED MODULE: ./src/github/fetch.ts
/**
 * The `fetch` Octokit is given: the part of the Fetch API its request layer uses (method,
 * headers, a string or byte body; status, url, headers, text/arrayBuffer), on src/net/http.ts.
 *
 * Why not Node's global fetch: its first call loads Node's bundled undici, measured at about
 * 100 ms and 10 MiB on this machine, paid by every action for its one or two API calls (a release
 * hit, a cold start). And one transport means one set of rules: HTTPS_PROXY / NO_PROXY, connect /
 * answer / idle timeouts, Authorization dropped on a redirect to another origin.
 */


/** Response headers as fetch gives them: `get` / `has` by any case, iteration in lowercase. */
class ResponseHeaders {
    res;
    constructor(res) {
        this.res = res;
    }
    get(name) {
        return this.res.header(name) ?? null;
    }
    has(name) {
        return this.res.header(name) !== undefined;
    }
    *[Symbol.iterator]() {
        for (const name of Object.keys(this.res.body.headers))
            yield [name, this.res.header(name) ?? ''];
    }
}
function abortError() {
    const err = new Error('This operation was aborted');
    err.name = 'AbortError';
    return err;
}
function bodyOf(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string' || Buffer.isBuffer(body))
        return body;
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    if (ArrayBuffer.isView(body))
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    // Streams are never handed to Octokit here: uploads go through src/releases/upload.ts.
    throw new TypeError('unsupported request body for the API client (a string or bytes only)');
}
async function apiFetch(input, init = {}) {
    if (init.signal?.aborted)
        throw abortError();
    const res = await (0,http.send)(String(input), {
        method: init.method ?? 'GET',
        headers: init.headers,
        body: bodyOf(init.body),
        redirect: init.redirect === 'manual' ? 'manual' : 'follow',
    });
    // Octokit never reads the body of a 204/205 or of a HEAD: drained here, or the keep-alive socket
    // is never handed back and holds the process open until the server closes it.
    if (res.status === 204 || res.status === 205 || (init.method ?? 'GET').toUpperCase() === 'HEAD')
        res.discard();
    let used = false;
    const bytes = async () => {
        if (used)
            throw new TypeError('body used already');
        used = true;
        const onAbort = () => res.body.destroy(abortError());
        init.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            return await (0,http/* readBody */.x8)(res.body, Number.MAX_SAFE_INTEGER);
        }
        finally {
            init.signal?.removeEventListener('abort', onAbort);
        }
    };
    return {
        status: res.status,
        statusText: external_node_http_.STATUS_CODES[res.status] ?? '',
        ok: res.status >= 200 && res.status < 300,
        url: res.url,
        headers: new ResponseHeaders(res),
        body: res.body,
        text: async () => (await bytes()).toString('utf8'),
        json: async () => JSON.parse((await bytes()).toString('utf8')),
        arrayBuffer: async () => {
            const b = await bytes();
            return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
        },
    };
}

;// CONCATENATED MODULE: ./src/github/client.ts








/**
 * The one GitHub client every action and the CLI use: REST + GraphQL with Octokit's retry
 * plugin (5xx and network errors, with backoff) and throttling plugin (waits out primary and
 * secondary rate limits), pointed at GITHUB_API_URL / GITHUB_GRAPHQL_URL so GitHub Enterprise
 * Server works. The token is only ever sent as a header; nothing here logs it.
 * Built from @octokit/core and its plugins (what @actions/github's getOctokit assembles) without
 * @actions/github itself, which loads undici and @actions/http-client up front (+20 MiB, slower
 * start) to build a proxy-aware fetch. Requests go through src/net's transport (./fetch.ts), not
 * Node's fetch: same proxies (HTTPS_PROXY / HTTP_PROXY / NO_PROXY; test/e2e/proxy.test.ts reaches
 * GitHub through a name only the proxy resolves), same timeouts, and no undici to load.
 */
const Client = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
function apiUrlFromEnv() {
    return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
function serverUrlFromEnv() {
    return (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}
/** GraphQL endpoint: GITHUB_GRAPHQL_URL, or derived from the REST base as GitHub lays them out. */
function graphqlUrlFor(apiUrl) {
    if (process.env.GITHUB_GRAPHQL_URL)
        return process.env.GITHUB_GRAPHQL_URL.replace(/\/+$/, '');
    return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`;
}
function createClient(options) {
    const apiUrl = (options.apiUrl ?? apiUrlFromEnv()).replace(/\/+$/, '');
    const graphqlUrl = options.graphqlUrl ?? graphqlUrlFor(apiUrl);
    const warn = options.warn ?? ((m) => process.stderr.write(`${m}\n`));
    const rateLimitRetries = options.rateLimitRetries ?? 6;
    const maxWait = options.maxRateLimitWait ?? 900;
    // Timing knobs (SYNC_RETRY_BASE_MS, SYNC_RATE_LIMIT_UNIT_MS) come from src/net/timing.ts.
    const rateUnit = (0,timing/* rateLimitUnitMs */.YH)();
    const onLimit = (kind) => (retryAfter, opts, _octokit, retryCount) => {
        const what = `${opts.method ?? 'GET'} ${opts.url ?? ''}`;
        if (retryCount >= rateLimitRetries || retryAfter > maxWait) {
            warn(`${kind} rate limit on ${what}: giving up after ${retryCount} waits (next wait ${retryAfter}s)`);
            return false;
        }
        warn(`${kind} rate limit on ${what}: waiting ${retryAfter}s (attempt ${retryCount + 1} of ${rateLimitRetries})`);
        return true;
    };
    const octokit = new Client({
        // Octokit sends no Authorization header when it has no auth (never "token undefined").
        ...(options.token ? { auth: `token ${options.token}` } : {}),
        baseUrl: apiUrl,
        userAgent: 'sync-actions',
        request: { fetch: apiFetch },
        retry: { retries: options.retries ?? 4, retryAfterBaseValue: (0,timing/* retryBaseMs */.wR)() },
        throttle: {
            retryAfterBaseValue: rateUnit,
            fallbackSecondaryRateRetryAfter: 60,
            // Octokit's default spaces every write a full second apart, one at a time. Our callers bound
            // their own concurrency and the throttling plugin still waits out secondary limits, so writes
            // are only kept from piling up unbounded here.
            write: new (light_default()).Group({ maxConcurrent: 16, minTime: 0 }),
            // Bug 4: the plugin also puts writes that notify people (POST .../releases, issues, pulls,
            // comments) in a "notifications" group 3 s apart, one at a time: 11 new versions took 30 s
            // for 1 s of work. Same bound as other writes; secondary limits are still waited out.
            notifications: new (light_default()).Group({ maxConcurrent: 16, minTime: 0 }),
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => warn(String(m)),
            error: (m) => warn(String(m)),
        },
    });
    // GraphQL goes to GITHUB_GRAPHQL_URL when set (Enterprise Server layouts differ).
    octokit.graphql = octokit.graphql.defaults({ url: graphqlUrl });
    return octokit;
}
/** Splits `owner/name`. */
function splitRepo(fullName) {
    const [owner, repo] = fullName.split('/');
    return { owner, repo };
}
/** The HTTP status of an Octokit error, if it has one. */
function statusOf(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub's validation error codes (`already_exists`, ...) carried by a 422. */
function validationCodes(err) {
    const errors = err?.response?.data?.errors;
    return Array.isArray(errors) ? errors.map((e) => (typeof e === 'string' ? e : (e.code ?? ''))) : [];
}


/***/ }),

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ openOrRefreshPull),
/* harmony export */   z: () => (/* binding */ findOpenPull)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9573);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);


/** The open pull request from `branch` of the same repository (any base), if there is one. */
async function findOpenPull(client, repoName, branch) {
    const { owner, repo } = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repoName);
    const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 });
    const pr = data.find((p) => p.head.ref === branch);
    if (!pr)
        return undefined;
    return {
        number: pr.number,
        url: pr.html_url,
        base: pr.base.ref,
        title: pr.title,
        body: pr.body ?? '',
        labels: (pr.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    };
}
/**
 * Refreshes the open PR of `branch` (title, body, base; only when they differ), else opens it.
 * A 422 "already exists" (another run opened it a moment ago) is answered by refreshing that
 * one. Missing labels are added; a token that may open PRs but not label them only warns.
 */
async function openOrRefreshPull(opts) {
    const { client, log } = opts;
    const { owner, repo } = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(opts.repo);
    let found = await findOpenPull(client, opts.repo, opts.branch);
    let action;
    if (!found) {
        try {
            const { data } = await client.rest.pulls.create({
                owner,
                repo,
                head: opts.branch,
                base: opts.base,
                title: opts.title,
                body: opts.body,
                maintainer_can_modify: true,
            });
            found = { number: data.number, url: data.html_url, base: opts.base, title: opts.title, body: opts.body, labels: [] };
            action = 'created';
        }
        catch (err) {
            const exists = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 422 && (/already exists/i.test((0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__.oneLine)(err)) || (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.validationCodes)(err).includes('already_exists'));
            if (!exists)
                throw err;
            found = await findOpenPull(client, opts.repo, opts.branch);
            if (!found)
                throw err;
        }
    }
    if (!action) {
        const stale = found.title !== opts.title || found.body !== opts.body || found.base !== opts.base;
        if (stale) {
            await client.rest.pulls.update({
                owner,
                repo,
                pull_number: found.number,
                title: opts.title,
                body: opts.body,
                ...(found.base !== opts.base ? { base: opts.base } : {}),
            });
        }
        action = stale || opts.pushed ? 'updated' : 'unchanged';
    }
    const have = new Set(found.labels);
    const missing = [...new Set(opts.labels)].filter((l) => l && !have.has(l));
    if (missing.length) {
        try {
            await client.rest.issues.addLabels({ owner, repo, issue_number: found.number, labels: missing });
        }
        catch (err) {
            log.warn(`could not label #${found.number} (${missing.join(', ')}): ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__.oneLine)(err)}`);
        }
    }
    return { number: found.number, url: found.url, action, created: action === 'created' };
}


/***/ }),

/***/ 7106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openUpdatePullRequests: () => (/* binding */ openUpdatePullRequests)
/* harmony export */ });
/* unused harmony exports branchFor, commitMessage, pullTitle, pullBody */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _github_pull_request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2524);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9541);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(308);
/* harmony import */ var _ls_remote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4423);
/* harmony import */ var _manifest_update_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5824);
/**
 * One branch `sync/update-<name>` and one PR per updated entry, opened or refreshed (never a
 * second one). The commit is made with git plumbing (hash-object, a throw-away index,
 * commit-tree) on top of the checkout's HEAD, so the working tree is never touched and no clone
 * is needed; without a checkout, the base branch is fetched (depth 1) into a temporary bare repo.
 *
 * Commits carry the base commit's dates, so the same update on the same base is the same commit:
 * a rerun that finds the branch already there pushes nothing and leaves the PR's CI alone.
 */








const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
function branchFor(name) {
    return `sync/update-${name}`;
}
async function openUpdatePullRequests(entries, opts, log) {
    const updates = entries.filter((e) => e.updateAvailable && e.newVersion && !e.error);
    if (!updates.length)
        return [];
    const remote = (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__/* .repoUrl */ .wk)(opts.serverUrl, opts.repo);
    const auth = (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__/* .gitAuthEnv */ .Y$)(opts.token, opts.serverUrl);
    const ctx = await baseCommit(opts, remote, auth);
    try {
        // Not gitText: that trims, and the file's last newline must survive.
        const original = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.git)(['cat-file', 'blob', `${ctx.base}:${ctx.path}`], { cwd: ctx.dir }).catch(() => {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${opts.manifest} is not committed on ${ctx.branch} (${ctx.path}); commit it before opening update PRs`);
        })).stdout;
        const mode = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.gitText)(['ls-tree', ctx.base, '--', ctx.path], { cwd: ctx.dir })).split(/\s/)[0] || '100644';
        const baseDate = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.gitText)(['show', '-s', '--format=%cI', ctx.base], { cwd: ctx.dir });
        // Where every sync branch stands now: one round trip.
        const remoteRefs = await (0,_ls_remote_js__WEBPACK_IMPORTED_MODULE_5__/* .lsRemote */ ._H)(remote, { token: opts.token, authOrigin: opts.serverUrl });
        const results = [];
        for (const e of updates) {
            const branch = branchFor(e.name);
            try {
                const text = (0,_manifest_update_js__WEBPACK_IMPORTED_MODULE_6__/* .rewriteVersions */ .a)(original, { [e.name]: e.newVersion }, opts.manifest);
                const commit = await makeCommit(ctx, mode, text, commitMessage(e), baseDate);
                const existing = remoteRefs.refs.get(`refs/heads/${branch}`);
                const pushed = existing !== commit;
                if (pushed) {
                    await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.git)(['push', '--force', '--quiet', '--', remote, `${commit}:refs/heads/${branch}`], { cwd: ctx.dir, env: auth });
                    log.info(`${e.name}: pushed ${branch} (${commit.slice(0, 12)})`);
                }
                results.push({ name: e.name, branch, ...(await upsertPull(opts, ctx.branch, branch, e, pushed, log)) });
            }
            catch (err) {
                const error = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__.oneLine)(err);
                log.warn(`${e.name}: cannot open the update PR: ${error}`);
                results.push({ name: e.name, branch, error });
            }
        }
        return results;
    }
    finally {
        await ctx.cleanup();
    }
}
async function baseCommit(opts, remote, auth) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(opts.manifest) ? opts.manifest : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.workspace, opts.manifest);
    const top = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.gitText)(['rev-parse', '--show-toplevel'], { cwd: opts.workspace }).catch(() => '');
    const checkedOut = top ? await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.gitText)(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: top }).catch(() => '') : '';
    const current = refBranch() || checkedOut;
    const branch = opts.base ?? (current || (await defaultBranch(opts)));
    if (top && current && branch === current) {
        // The checkout is the base branch: build on exactly what was checked out and read.
        const base = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.gitText)(['rev-parse', 'HEAD'], { cwd: top });
        return { dir: top, base, branch, path: repoPath(top, file), cleanup: async () => { } };
    }
    // No checkout, or one of something else (a PR merge commit, another branch): fetch just the
    // base branch's tip into a scratch bare repository.
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-pr-'));
    try {
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.git)(['init', '--quiet', '--bare', dir]);
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.git)(['fetch', '--quiet', '--depth=1', '--', remote, `refs/heads/${branch}`], { cwd: dir, env: auth });
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        throw err;
    }
    const base = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.gitText)(['rev-parse', 'FETCH_HEAD'], { cwd: dir });
    return { dir, base, branch, path: repoPath(top || opts.workspace, file), cleanup: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }) };
}
function repoPath(top, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, file);
    if (!rel || rel.startsWith('..'))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${file} is outside the repository ${top}`);
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
function refBranch() {
    const ref = process.env.GITHUB_REF ?? '';
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
}
async function defaultBranch(opts) {
    const [owner, repo] = opts.repo.split('/');
    const { data } = await opts.client.rest.repos.get({ owner, repo });
    return data.default_branch;
}
/** A commit of `base` with the manifest replaced, made without touching the work tree or index. */
async function makeCommit(ctx, mode, text, message, date) {
    const blob = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.gitText)(['hash-object', '-w', '--stdin'], { cwd: ctx.dir, input: text });
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-index-'));
    try {
        const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'index') };
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.git)(['read-tree', ctx.base], { cwd: ctx.dir, env });
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.git)(['update-index', '--add', '--cacheinfo', `${mode},${blob},${ctx.path}`], { cwd: ctx.dir, env });
        const tree = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.gitText)(['write-tree'], { cwd: ctx.dir, env });
        return await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__.gitText)(['commit-tree', tree, '-p', ctx.base, '-F', '-'], {
            cwd: ctx.dir,
            input: message,
            env: {
                GIT_AUTHOR_NAME: BOT.name,
                GIT_AUTHOR_EMAIL: BOT.email,
                GIT_COMMITTER_NAME: BOT.name,
                GIT_COMMITTER_EMAIL: BOT.email,
                GIT_AUTHOR_DATE: date,
                GIT_COMMITTER_DATE: date,
            },
        });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    }
}
function commitMessage(e) {
    return [
        `Update ${e.name} from ${e.pinned} to ${e.newVersion}`,
        '',
        `Upstream: ${e.upstreamRepo}`,
        `Update-Type: ${e.updateType}`,
        ...(e.latestCommit ? [`Upstream-Commit: ${e.latestCommit}`] : []),
        '',
    ].join('\n');
}
function pullTitle(e) {
    return `Update ${e.name} to ${e.newVersion}${e.updateType === 'major' ? ' (major)' : ''}`;
}
function pullBody(e) {
    const lines = [
        `Updates **${e.name}** from upstream [${e.upstreamRepo.replace(/^https?:\/\//, '')}](${e.upstreamRepo}).`,
        '',
        '| | version | commit |',
        '| --- | --- | --- |',
        `| current | \`${e.pinned}\` | ${e.currentCommit ? `\`${e.currentCommit}\`` : ''} |`,
        `| latest | \`${e.newVersion}\` | ${e.latestCommit ? `\`${e.latestCommit}\`` : ''} |`,
        '',
        `Update type: **${e.updateType}**${e.updateType === 'major' ? ' - check the release notes for breaking changes.' : ''}`,
    ];
    if (e.releaseUrl)
        lines.push('', `${e.track === 'commits' ? 'Commit' : 'Release notes'}: ${e.releaseUrl}`);
    if (e.compareUrl)
        lines.push(`Changes: ${e.compareUrl}`);
    lines.push('', `<sub>Opened by sync/check-upstream; the branch \`${branchFor(e.name)}\` is rewritten on every run, so push fixes to another branch.</sub>`);
    return lines.join('\n');
}
async function upsertPull(opts, base, branch, e, pushed, log) {
    const labels = [...new Set([...(opts.labels ?? []), ...(e.updateType === 'major' ? ['major'] : [])])];
    const pr = await (0,_github_pull_request_js__WEBPACK_IMPORTED_MODULE_3__/* .openOrRefreshPull */ .I)({ client: opts.client, repo: opts.repo, branch, base, title: pullTitle(e), body: pullBody(e), labels, pushed, log });
    log.info(`${e.name}: PR #${pr.number} ${pr.action} (${pr.url})`);
    return { action: pr.action, number: pr.number, url: pr.url };
}


/***/ })

};
