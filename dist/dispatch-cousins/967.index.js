export const id = 967;
export const ids = [967,536];
export const modules = {

/***/ 5967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   gy: () => (/* binding */ ZERO_SHA),
/* harmony export */   rangeFromEvent: () => (/* binding */ rangeFromEvent)
/* harmony export */ });
/* unused harmony export COMPARE_FILES_CAP */
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7536);

/**
 * Which files a push or pull request changed. The compare API is the first choice; the cases
 * it gets wrong on its own (a created branch, a force push whose `before` is gone, more than
 * the 300 files it lists) fall back to the merge base with the default branch, the checkout's
 * git history, or the head commit's own files, and the result says which was used.
 */
const ZERO_SHA = '0'.repeat(40);
/** GitHub lists at most this many files in a compare (and per commit page set). */
const COMPARE_FILES_CAP = 300;
/** base/head/ref from the inputs, else the event (push before/after, pull_request base/head). */
function rangeFromEvent(opts) {
    const e = (opts.event ?? {});
    const repo = e.repository?.full_name ?? opts.repository;
    if (opts.base || opts.head) {
        return {
            repo,
            base: opts.base || undefined,
            head: opts.head || e.after || e.pull_request?.head?.sha || opts.sha || '',
            ref: e.ref && e.ref.startsWith('refs/') ? e.ref : (opts.ref ?? ''),
            deleted: false,
            source: 'inputs',
        };
    }
    if (e.pull_request) {
        return {
            repo,
            base: e.pull_request.base?.sha,
            head: e.pull_request.head?.sha ?? opts.sha ?? '',
            ref: e.pull_request.number !== undefined ? `refs/pull/${e.pull_request.number}/head` : (opts.ref ?? ''),
            deleted: false,
            source: `${opts.eventName} event`,
        };
    }
    if (e.after !== undefined || e.before !== undefined) {
        const deleted = e.deleted === true || e.after === ZERO_SHA;
        return {
            repo,
            base: e.before && e.before !== ZERO_SHA ? e.before : undefined,
            head: e.after ?? opts.sha ?? '',
            ref: e.ref ?? opts.ref ?? '',
            deleted,
            source: `${opts.eventName} event`,
        };
    }
    // Any other event (workflow_dispatch, schedule): just the commit the workflow runs on.
    return { repo, base: undefined, head: opts.sha ?? '', ref: opts.ref ?? '', deleted: false, source: `${opts.eventName} (no range: head commit only)` };
}
function names(files) {
    const out = [];
    for (const f of files ?? []) {
        out.push(f.filename);
        // A rename out of a feature folder changes that feature too.
        if (f.previous_filename)
            out.push(f.previous_filename);
    }
    return out;
}
const short = (sha) => (/^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha);
async function changedFiles(opts) {
    const { client, range, log } = opts;
    if (range.deleted)
        return { files: [], via: `${range.ref || 'the ref'} was deleted`, notes: [], partial: false };
    if (!range.head)
        return { files: [], via: 'no head commit', notes: ['no head commit in the event or inputs: nothing to compare'], partial: false };
    const { owner, repo } = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(range.repo);
    const notes = [];
    let defaultBranch = opts.defaultBranch;
    const getDefault = async () => {
        if (!defaultBranch)
            defaultBranch = (await client.rest.repos.get({ owner, repo })).data.default_branch;
        return defaultBranch;
    };
    const branch = range.ref.startsWith('refs/heads/') ? range.ref.slice('refs/heads/'.length) : undefined;
    let base = range.base;
    if (!base) {
        const def = await getDefault();
        if (branch !== undefined && branch !== def) {
            // A new branch: what it adds on top of the default branch (three-dot compare = merge base).
            base = def;
            notes.push(`the push created ${range.ref}: compared with the merge base of ${def}`);
        }
        else {
            notes.push(`no base commit (${range.ref || 'new ref'} was created): used the head commit's files`);
            return headCommitFiles(opts, notes);
        }
    }
    let compared;
    try {
        compared = await compareFiles(client, owner, repo, base, range.head);
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err) !== 404 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err) !== 422)
            throw err;
        // `before` is gone (a force push rewrote it away) or shares no history with head.
        const def = await getDefault();
        if (branch !== undefined && branch !== def && base !== def) {
            notes.push(`base ${short(base)} is not in ${range.repo} (force push?): compared with the merge base of ${def}`);
            base = def;
            try {
                compared = await compareFiles(client, owner, repo, base, range.head);
            }
            catch (err2) {
                if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err2) !== 404 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err2) !== 422)
                    throw err2;
                return headCommitFiles(opts, notes);
            }
        }
        else {
            notes.push(`base ${short(base)} is not in ${range.repo} (force push?): used the head commit's files`);
            return headCommitFiles(opts, notes);
        }
    }
    const via = `compare ${short(base)}...${short(range.head)}`;
    if (!compared.truncated)
        return { files: compared.files, via, notes, partial: false };
    // The API stops at 300 files; the checkout's history has them all.
    const local = opts.workspace ? await gitDiffNames(opts.workspace, base, range.head, log) : undefined;
    if (local) {
        notes.push(`compare listed only ${COMPARE_FILES_CAP} files: used the checkout's git history (${local.length} files)`);
        return { files: local, via: `git diff ${short(base)}...${short(range.head)}`, notes, partial: false };
    }
    notes.push(`compare listed only the first ${COMPARE_FILES_CAP} files and the checkout has no history for ${short(base)}...${short(range.head)} ` +
        '(check out with fetch-depth: 0): features changed only in later files are missed');
    return { files: compared.files, via, notes, partial: true };
}
/** Files of a compare, following pagination; `truncated` when the API's file cap was reached. */
async function compareFiles(client, owner, repo, base, head) {
    const files = new Set();
    let listed = 0;
    for (let page = 1; page <= 30; page++) {
        const res = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 100, page });
        const pageFiles = (res.data.files ?? []);
        listed = Math.max(listed, pageFiles.length);
        const before = files.size;
        for (const n of names(pageFiles))
            files.add(n);
        const hasNext = /rel="next"/.test(String(res.headers.link ?? ''));
        // Files ride on the first page (later pages page through commits); stop once nothing new comes.
        if (!hasNext || files.size === before)
            break;
    }
    return { files: [...files], truncated: listed >= COMPARE_FILES_CAP };
}
/** The files of the head commit alone (against its first parent; every file for a root commit). */
async function headCommitFiles(opts, notes) {
    const { client, range } = opts;
    const { owner, repo } = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(range.repo);
    const files = new Set();
    let listed = 0;
    // The commit endpoint pages its files (up to 3000).
    for (let page = 1; page <= 30; page++) {
        const res = await client.rest.repos.getCommit({ owner, repo, ref: range.head, per_page: 100, page });
        const pageFiles = (res.data.files ?? []);
        const before = files.size;
        for (const n of names(pageFiles))
            files.add(n);
        listed += pageFiles.length;
        if (!/rel="next"/.test(String(res.headers.link ?? '')) || files.size === before)
            break;
    }
    let partial = false;
    if (listed >= COMPARE_FILES_CAP && opts.workspace) {
        const local = await gitShowNames(opts.workspace, range.head);
        if (local) {
            notes.push(`the head commit lists ${listed}+ files in the API: used the checkout's git history`);
            return { files: local, via: `git show ${short(range.head)}`, notes, partial: false };
        }
        partial = true;
    }
    return { files: [...files], via: `head commit ${short(range.head)}`, notes, partial };
}
async function gitDiffNames(cwd, base, head, log) {
    const { git } = await __webpack_require__.e(/* import() */ 308).then(__webpack_require__.bind(__webpack_require__, 308));
    try {
        await git(['rev-parse', '--git-dir'], { cwd });
    }
    catch {
        return undefined;
    }
    const have = async (rev) => (await git(['cat-file', '-e', `${rev}^{commit}`], { cwd, okCodes: [1, 128] })).code === 0;
    // Branch names (the default branch as base) are remote-tracking refs in a checkout.
    const resolve = async (rev) => {
        for (const candidate of [rev, `origin/${rev}`, `refs/remotes/origin/${rev}`])
            if (await have(candidate))
                return candidate;
        return undefined;
    };
    let b = await resolve(base);
    let h = await resolve(head);
    if (!b || !h) {
        // A shallow checkout: try to fetch what is missing (the checkout's own credentials apply).
        log.debug(`fetching ${base} and ${head} into the checkout for a full file list`);
        await git(['fetch', '--no-tags', '--quiet', 'origin', '--', base, head], { cwd, okCodes: [1, 128] });
        b = await resolve(base);
        h = await resolve(head);
        if (!b || !h)
            return undefined;
    }
    const out = await git(['diff', '--name-only', '--no-renames', '-z', `${b}...${h}`, '--'], { cwd, okCodes: [128] });
    if (out.code !== 0)
        return undefined;
    return out.stdout.split('\0').filter(Boolean);
}
async function gitShowNames(cwd, head) {
    const { git } = await __webpack_require__.e(/* import() */ 308).then(__webpack_require__.bind(__webpack_require__, 308));
    const out = await git(['show', '--name-only', '--no-renames', '-z', '--format=', '--first-parent', '-m', head, '--'], { cwd, okCodes: [128] }).catch(() => undefined);
    if (!out || out.code !== 0)
        return undefined;
    return [...new Set(out.stdout.split('\0').filter(Boolean))];
}


/***/ }),

/***/ 7536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* binding */ createClient),
  D2: () => (/* binding */ splitRepo),
  c2: () => (/* binding */ statusOf)
});

// UNUSED EXPORTS: apiUrlFromEnv, graphqlUrlFor, serverUrlFromEnv, validationCodes

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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/net/http.ts
/**
 * The one transport for bulk transfers (asset downloads and uploads, git ref listings) and, under
 * Octokit, for API calls (src/github/fetch.ts): node:http(s) with piped streams, which keep memory flat.
 * Node 20's fetch both held every chunk of a streamed upload until the end (1 GiB upload: 1.1 GiB
 * of memory) and read downloads far ahead of the disk. API calls go through the Octokit client.
 *
 * - Proxies: HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and lowercase) with the rules of
 *   `@actions/http-client` (the same ones Octokit's requests follow); the tunnelling agent is
 *   loaded only when a proxy applies.
 * - Redirects (`redirect: 'follow'`): a request with a body follows only 307/308, resent with its
 *   method and body (a streamed file body cannot be resent: an error says so); `Authorization` (and cookies) are dropped on a hop to another
 *   origin; `redirectHeaders: 'none'` drops every header of the caller on any hop (asset storage,
 *   which refuses a second auth mechanism even on the same host).
 * - Timeouts: connect, response (first byte of the answer after the request is sent) and idle
 *   (no byte either way), each failing the request with a `TransportError`; defaults from
 *   timing.ts (SYNC_*_TIMEOUT_MS).
 */




/** A request that failed below HTTP: unreachable, reset, timed out, proxy refused. */
class TransportError extends Error {
    code;
    name = 'TransportError';
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
const HOP_HEADERS_CROSS_ORIGIN = ['authorization', 'cookie', 'proxy-authorization'];
/** Where the URL points, without its query or credentials (signed URLs carry them in the query). */
function redactUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '(bad URL)';
    }
}
const PROXY_VARS = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/** True when any proxy variable is set (the proxy machinery is only loaded then). */
function proxyConfigured() {
    return PROXY_VARS.some((name) => !!process.env[name]);
}
/** The proxy for a URL, following HTTPS_PROXY / HTTP_PROXY / NO_PROXY; undefined: go direct. */
async function proxyFor(url) {
    if (!proxyConfigured())
        return undefined;
    const { getProxyUrl } = await __webpack_require__.e(/* import() */ 783).then(__webpack_require__.bind(__webpack_require__, 9783));
    return getProxyUrl(url);
}
const agents = new Map();
/** A tunnelling agent when a proxy applies to `url`, else undefined (Node's global agent). */
async function agentFor(url) {
    const proxy = await proxyFor(url);
    if (!proxy)
        return undefined;
    const key = `${url.protocol}|${proxy.href}`;
    let agent = agents.get(key);
    if (!agent) {
        // The same agent @actions/http-client builds (CONNECT tunnel, proxy credentials from the URL).
        const { HttpClient } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 2779));
        agent = new HttpClient('sync-actions').getAgent(url.href);
        agents.set(key, agent);
    }
    return agent;
}
function once(url, o, headers, agent, request) {
    const t = { ...(0,timing/* netTimeouts */.e2)(), ...o.timeouts };
    return new Promise((resolve, reject) => {
        const timers = [];
        const clear = () => timers.splice(0).forEach((x) => clearTimeout(x));
        const arm = (ms, what) => {
            const timer = setTimeout(() => req.destroy(new TransportError(`${what} after ${ms} ms`, 'ETIMEDOUT')), ms);
            timer.unref?.();
            timers.push(timer);
            return timer;
        };
        const req = request(url, { method: o.method ?? 'GET', headers: headers, agent }, (res) => {
            clear();
            resolve(res);
        });
        req.setTimeout(t.idleMs, () => req.destroy(new TransportError(`no data for ${t.idleMs} ms`, 'ETIMEDOUT')));
        req.on('error', (err) => {
            clear();
            reject(err instanceof TransportError ? err : new TransportError(err.message, err.code));
        });
        req.on('socket', (socket) => {
            if (socket.connecting) {
                const timer = arm(t.connectMs, 'no connection');
                socket.once('connect', () => clearTimeout(timer));
            }
        });
        req.on('finish', () => arm(t.responseMs, 'no answer'));
        const body = o.body;
        if (body === undefined)
            req.end();
        else if (typeof body === 'string' || Buffer.isBuffer(body))
            req.end(body);
        else
            (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(body.file, { highWaterMark: 256 << 10 }), req).catch((err) => req.destroy(err));
    });
}
/** One HTTP exchange (and its redirects when asked). Throws TransportError below HTTP. */
async function send(url, o = {}) {
    let current = new URL(url);
    let headers = { 'user-agent': 'sync-actions', ...o.headers };
    for (let hop = 0;; hop++) {
        // TLS loads on first use (a local or plain-http GitHub Enterprise never needs it).
        const request = current.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23))).request : external_node_http_.request;
        const res = await once(current, o, headers, await agentFor(current), request);
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        // 307/308 say "the same request, there" (GitHub answers 307 to a write on a renamed
        // repository): resent with its method and body. 301/302/303 with a body are handed back.
        const sameRequest = status === 307 || status === 308;
        if (o.redirect === 'follow' && status >= 300 && status < 400 && location && (o.body === undefined || sameRequest)) {
            res.resume();
            if (hop >= 5)
                throw new TransportError(`${redactUrl(url)}: too many redirects`);
            const next = new URL(location, current);
            if (o.body !== undefined && typeof o.body === 'object' && !Buffer.isBuffer(o.body)) {
                throw new TransportError(`${o.method ?? 'GET'} ${redactUrl(current.href)} answered ${status}, moved to ${redactUrl(next.href)}: a streamed body cannot be sent again; use the new URL`);
            }
            if (o.redirectHeaders === 'none')
                headers = { 'user-agent': headers['user-agent'] };
            else if (next.origin !== current.origin) {
                headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP_HEADERS_CROSS_ORIGIN.includes(k.toLowerCase())));
            }
            current = next;
            continue;
        }
        return {
            status,
            url: current.href,
            header: (name) => {
                const v = res.headers[name.toLowerCase()];
                return Array.isArray(v) ? v.join(', ') : v;
            },
            body: res,
            discard: () => void res.resume(),
        };
    }
}
/** Reads a (small) body as a Buffer, keeping at most `limit` bytes. */
async function readBody(res, limit = 1 << 20) {
    const chunks = [];
    let n = 0;
    for await (const c of res) {
        const chunk = c;
        if (n < limit)
            chunks.push(n + chunk.length <= limit ? chunk : chunk.subarray(0, limit - n));
        n += chunk.length;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}
async function readText(res, limit = 1 << 20) {
    return (await readBody(res, limit)).toString('utf8');
}

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
    const res = await send(String(input), {
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
            return await readBody(res.body, Number.MAX_SAFE_INTEGER);
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

/***/ 481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YH: () => (/* binding */ rateLimitUnitMs),
/* harmony export */   e2: () => (/* binding */ netTimeouts),
/* harmony export */   wR: () => (/* binding */ retryBaseMs)
/* harmony export */ });
/* unused harmony exports MAX_RETRY_AFTER_S, backoffMs, sleep */
/**
 * The one place that reads the timing knobs. `SYNC_RETRY_BASE_MS` is the first retry's wait
 * (doubled each time after), `SYNC_RATE_LIMIT_UNIT_MS` the milliseconds in one second of a rate
 * limit's `retry-after` / `x-ratelimit-reset` wait. Both default to 1000. `SYNC_CONNECT_TIMEOUT_MS`
 * (30 s), `SYNC_RESPONSE_TIMEOUT_MS` (120 s) and `SYNC_IDLE_TIMEOUT_MS` (60 s) are every
 * transfer's timeouts. Tests and benchmarks shrink them. Read on each call, so a process that sets
 * them late still gets them.
 */
function msFromEnv(name, fallback = 1000) {
    const raw = process.env[name];
    const value = Number(raw);
    return raw !== undefined && raw.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
/** Connect, response (request sent → answer's headers) and idle (no byte either way) timeouts, in ms. */
function netTimeouts() {
    return {
        connectMs: msFromEnv('SYNC_CONNECT_TIMEOUT_MS', 30_000),
        responseMs: msFromEnv('SYNC_RESPONSE_TIMEOUT_MS', 120_000),
        idleMs: msFromEnv('SYNC_IDLE_TIMEOUT_MS', 60_000),
    };
}
/**
 * Longest `retry-after` sat through on an answer that is not a rate limit (a 503 or 429 from a
 * storage host or mirror), in seconds of the server: a longer one is cut to this and said so.
 */
const MAX_RETRY_AFTER_S = 60;
/** Wait before the first retry, in ms (default 1000). */
function retryBaseMs() {
    return msFromEnv('SYNC_RETRY_BASE_MS');
}
/** Milliseconds per second of a rate-limit wait (default 1000). */
function rateLimitUnitMs() {
    return msFromEnv('SYNC_RATE_LIMIT_UNIT_MS');
}
/** Exponential backoff: the wait after failed attempt `attempt` (1-based): base, 2 base, 4 base... */
function backoffMs(attempt) {
    return retryBaseMs() * 2 ** Math.max(0, attempt - 1);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ })

};
