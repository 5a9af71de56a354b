export const id = 4416;
export const ids = [4416,9573,2694,9663,2044,1954];
export const modules = {

/***/ 4920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/**
 * sha256 hex of a file, read through one reused buffer: never the whole file in memory, and no
 * allocation per chunk (a read stream's fresh 64 KiB-1 MiB chunks grew RSS by ~40 MiB over 1 GiB).
 */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(1 << 20);
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (!bytesRead)
                break;
            hash.update(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
        }
    }
    finally {
        await fh.close();
    }
    return hash.digest('hex');
}


/***/ }),

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

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   send: () => (/* binding */ send),
/* harmony export */   wX: () => (/* binding */ TransportError),
/* harmony export */   x8: () => (/* binding */ readBody),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export proxyConfigured */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(481);
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
    const { getProxyUrl } = await __webpack_require__.e(/* import() */ 9783).then(__webpack_require__.bind(__webpack_require__, 9783));
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
        const { HttpClient } = await __webpack_require__.e(/* import() */ 2779).then(__webpack_require__.bind(__webpack_require__, 2779));
        agent = new HttpClient('sync-actions').getAgent(url.href);
        agents.set(key, agent);
    }
    return agent;
}
function once(url, o, headers, agent, request) {
    const t = { ...(0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .netTimeouts */ .e2)(), ...o.timeouts };
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
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(body.file, { highWaterMark: 256 << 10 }), req).catch((err) => req.destroy(err));
    });
}
/** One HTTP exchange (and its redirects when asked). Throws TransportError below HTTP. */
async function send(url, o = {}) {
    let current = new URL(url);
    let headers = { 'user-agent': 'sync-actions', ...o.headers };
    for (let hop = 0;; hop++) {
        // TLS loads on first use (a local or plain-http GitHub Enterprise never needs it).
        const request = current.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23))).request : node_http__WEBPACK_IMPORTED_MODULE_1__.request;
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


/***/ }),

/***/ 481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   To: () => (/* binding */ MAX_RETRY_AFTER_S),
/* harmony export */   YH: () => (/* binding */ rateLimitUnitMs),
/* harmony export */   e2: () => (/* binding */ netTimeouts),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   wR: () => (/* binding */ retryBaseMs),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
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


/***/ }),

/***/ 2694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ followedManifest),
/* harmony export */   parseFollow: () => (/* binding */ parseFollow)
/* harmony export */ });
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9573);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);
/**
 * The manifest `watch` follows: `versions.yml` at the newest published `v*` release of the project
 * (or at a branch head), read through the contents API. Every GET is conditional (If-None-Match
 * with the last ETag): an unchanged answer is a 304 that costs no rate limit and no parsing.
 * The reads go through the one API client (SPEC §12: retries on 5xx and network errors, waits on
 * rate limits), anonymously when there is no token.
 */


function parseFollow(v) {
    if (v === 'release')
        return { kind: 'release' };
    const m = /^branch:(.+)$/.exec(v);
    return m ? { kind: 'branch', name: m[1] } : undefined;
}
/** The body as text: Octokit parses JSON answers and hands raw ones over as text or bytes. */
function textOf(data) {
    if (typeof data === 'string')
        return data;
    if (data instanceof ArrayBuffer)
        return Buffer.from(data).toString('utf8');
    return JSON.stringify(data);
}
/** GET with the cached ETag; a 304 answers the cached body. undefined on 404. */
async function conditionalGet(gh, url, accept, what, cache) {
    const hit = cache[url];
    try {
        const res = await gh.request({ method: 'GET', url, headers: { accept, ...(hit ? { 'if-none-match': hit.etag } : {}) } });
        const body = textOf(res.data);
        const etag = res.headers.etag;
        if (etag)
            cache[url] = { etag, body };
        return body;
    }
    catch (err) {
        // Octokit throws on a 304: "unchanged", the cached body (and no quota spent).
        const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err);
        if (status === 304 && hit)
            return hit.body;
        if (status === 404)
            return undefined;
        if (status === 401)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`reading ${what}: the token was refused (401 Bad credentials): check GITHUB_TOKEN`);
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`reading ${what} failed: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__.oneLine)(err)} (check the network and run it again)`);
    }
}
/** The ref the manifest is read at, and its text. */
async function followedManifest(o, cache) {
    const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.createClient)({ token: o.token, apiUrl: o.apiUrl, warn: o.warn });
    let ref;
    if (o.follow.kind === 'branch')
        ref = o.follow.name;
    else {
        const list = await conditionalGet(gh, `${o.apiUrl}/repos/${o.repo}/releases?per_page=30`, 'application/vnd.github+json', `the releases of ${o.repo}`, cache);
        if (list === undefined)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.repo}: not found${o.token ? '' : ` (no token: if ${o.repo} is private set GITHUB_TOKEN)`}`);
        const releases = JSON.parse(list);
        const latest = releases.find((r) => !r.draft && !r.prerelease && /^v\d/.test(r.tag_name));
        if (!latest)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.repo}: no published v* release yet`);
        ref = latest.tag_name;
    }
    const text = await conditionalGet(gh, `${o.apiUrl}/repos/${o.repo}/contents/${o.manifestPath.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(ref)}`, 'application/vnd.github.raw+json', `${o.manifestPath} at ${ref} in ${o.repo}`, cache);
    if (text === undefined)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.repo}: no ${o.manifestPath} at ${ref}`);
    return { ref, text };
}


/***/ }),

/***/ 9285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ testPause)
/* harmony export */ });
/**
 * A fault point for the kill tests: with SYNC_TEST_PAUSE=<point>, the process says so on stderr and
 * stops itself (SIGSTOP) at that point, so a test can SIGKILL it at exactly that moment without
 * sleeping or racing. Unset in normal use: a no-op.
 */
function testPause(point) {
    if (process.env.SYNC_TEST_PAUSE !== point)
        return;
    process.stderr.write(`ghsync-test: paused at ${point}\n`);
    process.kill(process.pid, 'SIGSTOP');
}


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ previousFile),
/* harmony export */   Hr: () => (/* binding */ fsyncPath),
/* harmony export */   Jq: () => (/* binding */ writeState),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony export stateDir */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * What `watch` knows about an install folder, kept in `<dir>/.ghsync/`: state.json (per entry: the
 * installed version and sha256, the previous one, whether `rollback` pinned it; the ETags of the
 * last answers) and `previous/<bin>` (the bytes `rollback` puts back). Written by rename only.
 */


const stateDir = (dir) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.ghsync');
const previousFile = (dir, exe) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir(dir), 'previous', exe);
async function readState(dir) {
    try {
        const s = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir(dir), 'state.json'), 'utf8'));
        return { entries: s.entries ?? {}, cache: s.cache ?? {} };
    }
    catch {
        return { entries: {}, cache: {} };
    }
}
async function writeState(dir, s) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(stateDir(dir), { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir(dir), 'state.json');
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, `${JSON.stringify(s, null, 2)}\n`);
    await fsyncPath(tmp);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
}
async function fsyncPath(path) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        await fh.sync();
    }
    finally {
        await fh.close();
    }
}


/***/ }),

/***/ 3036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ removeLeftovers),
/* harmony export */   z: () => (/* binding */ swapIn)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1822);
/* harmony import */ var _pause_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9285);
/**
 * Puts a verified binary at `<dir>/<exe>` so that a crash or a kill at any moment leaves the old
 * bytes or the new ones, never a mix: the new bytes go to a temp file in the same folder, are
 * fsynced, and renamed over the name (one atomic step). The old file is first hard-linked to
 * `.ghsync/previous/<exe>` for rollback (same inode, no copy, survives the rename).
 */





async function swapIn(dir, exe, source, keepPrevious) {
    const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, exe);
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `.${exe}.ghsync-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(source, tmp);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(tmp, 0o755);
        await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .fsyncPath */ .Hr)(tmp);
        if (keepPrevious)
            await keep(dest, (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .previousFile */ .GF)(dir, exe));
        (0,_pause_js__WEBPACK_IMPORTED_MODULE_4__/* .testPause */ .d)('swap');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, dest);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
        throw err;
    }
    await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .fsyncPath */ .Hr)(dir).catch(() => undefined); // the rename itself reaches the disk
}
/** `from` → `to` by a hard link (a copy across filesystems), replacing `to` by rename. */
async function keep(from, to) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(to), { recursive: true });
    const tmp = `${to}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.link)(from, tmp);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return; // nothing installed yet
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(from, tmp);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, to);
}
/** Temp files a killed run left behind (never at a binary's own name). */
async function removeLeftovers(dir) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []);
    await Promise.all(names.filter((n) => /^\..+\.ghsync-\d+-[0-9a-f]{8}$/.test(n)).map((n) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n), { force: true })));
}


/***/ }),

/***/ 4416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   watchPass: () => (/* binding */ watchPass)
/* harmony export */ });
/* unused harmony export hookEnv */
/* harmony import */ var _net_timing_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(481);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9541);
/* harmony import */ var _follow_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2694);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1822);
/* harmony import */ var _swap_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3036);
/* harmony import */ var _pause_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9285);
/* harmony import */ var _artifact_hash_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4920);
/**
 * One pass of `watch` (SPEC §13): read the followed manifest, and for each entry whose version
 * differs from what the install folder holds, fetch its release asset (waiting with backoff while
 * it is not uploaded yet, never building), verify it (asset size and digest, `.version`, sha256),
 * swap it in atomically, remember the previous one, and run the --on-update command.
 */











async function watchPass(o, log) {
    const state = await (0,_state_js__WEBPACK_IMPORTED_MODULE_5__/* .readState */ .un)(o.installDir);
    await (0,_swap_js__WEBPACK_IMPORTED_MODULE_6__/* .removeLeftovers */ .D)(o.installDir);
    const { ref, text } = await (0,_follow_js__WEBPACK_IMPORTED_MODULE_4__/* .followedManifest */ .a)({ ...o, warn: (m) => log.warn(m) }, state.cache);
    const { parseManifest } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(333)]).then(__webpack_require__.bind(__webpack_require__, 333));
    const manifest = parseManifest(text, `${o.manifestPath}@${ref}`);
    const names = o.names.length ? o.names : Object.keys(manifest.binaries);
    for (const n of names)
        if (!manifest.binaries[n])
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${o.manifestPath} at ${ref} has no entry "${n}"`);
    const result = { ref, updated: [], unchanged: [], failed: [] };
    const { resolveTarget } = await __webpack_require__.e(/* import() */ 6617).then(__webpack_require__.bind(__webpack_require__, 6617));
    for (const name of names) {
        const had = state.entries[name];
        try {
            const t = await resolveTarget({ name, manifest, defaultRepo: o.repo });
            if (had?.pinned || had?.version === t.version) {
                if (had?.pinned)
                    log.info(`${name}: pinned at ${had.version} by rollback (ghsync watch --unpin ${name} to follow again)`);
                result.unchanged.push(name);
                continue;
            }
            const binary = await fetchVerified(t, o, log, async (file, sha256) => {
                // A run killed after its rename but before its state write left the new bytes in place and
                // the old ones in previous/: keep that previous rather than overwrite it with the new bytes.
                const inPlace = had ? await (0,_artifact_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256File */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(o.installDir, t.exe)).catch(() => undefined) : undefined;
                await (0,_swap_js__WEBPACK_IMPORTED_MODULE_6__/* .swapIn */ .z)(o.installDir, t.exe, file, Boolean(had) && inPlace !== sha256);
                state.entries[name] = { version: t.version, sha256, exe: t.exe, ...(had ? { previous: { version: had.version, sha256: had.sha256 } } : {}) };
                (0,_pause_js__WEBPACK_IMPORTED_MODULE_9__/* .testPause */ .d)('swapped');
                await (0,_state_js__WEBPACK_IMPORTED_MODULE_5__/* .writeState */ .Jq)(o.installDir, state);
            });
            log.info(`${name}: ${had ? `${had.version} -> ` : ''}${t.version} installed at ${binary}`);
            const u = { name, version: t.version, previous: had?.version, binary };
            // A first install is not an update: the hook runs when a version changes.
            if (had && o.onUpdate)
                u.hook = (await runHook(o.onUpdate, { name, version: t.version, previous: had.version, binary }, log)) ? 'ok' : 'failed';
            result.updated.push(u);
        }
        catch (err) {
            const error = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__.oneLine)(err);
            log.warn(`${name}: ${error}`);
            result.failed.push({ name, error });
        }
    }
    await (0,_state_js__WEBPACK_IMPORTED_MODULE_5__/* .writeState */ .Jq)(o.installDir, state);
    return result;
}
async function fetchVerified(t, o, log, install) {
    if (!t.releaseRepo)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('no release repository');
    const { lookupAsset, fetchAsset } = await Promise.all(/* import() */[__webpack_require__.e(9661), __webpack_require__.e(1498), __webpack_require__.e(1187)]).then(__webpack_require__.bind(__webpack_require__, 3568));
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'ghsync-watch-'));
    try {
        const lo = { token: o.token, apiUrl: o.apiUrl, temp, log };
        const deadline = Date.now() + o.assetWaitMs;
        let wait = o.backoffMs ?? 2 * (0,_net_timing_js__WEBPACK_IMPORTED_MODULE_10__/* .retryBaseMs */ .wR)(); // 2 s, shrunk with the other timing knobs in tests
        let found = await lookupAsset(t, t.releaseRepo, lo);
        while (!found.found) {
            if (Date.now() + wait > deadline)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${found.why}; waited ${Math.round(o.assetWaitMs / 1000)} s (--asset-wait), not building`);
            log.info(`${t.name} ${t.version}: ${found.why}; looking again in ${Math.round(wait / 100) / 10} s`);
            await new Promise((r) => setTimeout(r, wait));
            wait = Math.min(wait * 2, 60_000);
            found = await lookupAsset(t, t.releaseRepo, lo);
        }
        const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(temp, 'staging');
        (0,_pause_js__WEBPACK_IMPORTED_MODULE_9__/* .testPause */ .d)('download');
        const sha256 = await fetchAsset(t, t.releaseRepo, found.asset, staging, lo);
        await install((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, t.exe), sha256);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(o.installDir, t.exe);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { recursive: true, force: true });
    }
}
/**
 * The user's --on-update command line, through `sh -c` (it is theirs, typed as a shell line), with
 * nothing but PATH, HOME, the locale and SYNC_*: no token, and no value from the manifest or a
 * payload is ever spliced into the command text (the hook reads them from its environment).
 */
function hookEnv(v, env = process.env) {
    const out = {};
    for (const k of ['PATH', 'HOME', 'LANG', 'LANGUAGE'])
        if (env[k] !== undefined)
            out[k] = env[k];
    for (const [k, val] of Object.entries(env))
        if (k.startsWith('LC_') && val !== undefined)
            out[k] = val;
    return { ...out, SYNC_NAME: v.name, SYNC_VERSION: v.version, SYNC_PREVIOUS_VERSION: v.previous, SYNC_BINARY: v.binary };
}
async function runHook(cmd, v, log) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('sh', ['-c', cmd], { env: hookEnv(v), stdio: ['ignore', 2, 2] });
        // (its output goes to our stderr: stdout stays one JSON document with --json)
        child.on('error', (err) => {
            log.warn(`${v.name}: --on-update could not start: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__.oneLine)(err)}`);
            resolve(false);
        });
        child.on('close', (code, signal) => {
            if (code !== 0)
                log.warn(`${v.name}: --on-update exited ${signal ?? code}`);
            resolve(code === 0);
        });
    });
}


/***/ })

};
