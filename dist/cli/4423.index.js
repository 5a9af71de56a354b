export const id = 4423;
export const ids = [4423,9663,2044];
export const modules = {

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

/***/ 409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TL: () => (/* binding */ GaveUp),
  R4: () => (/* binding */ Retryable),
  Fd: () => (/* binding */ retryableStatus),
  LH: () => (/* binding */ withRetries)
});

// EXTERNAL MODULE: ./src/net/timing.ts
var timing = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/net/rate-limit.ts
/**
 * The one reading of GitHub's rate-limit answers, for requests that do not go through Octokit
 * (whose throttling plugin reads the same headers the same way):
 * - primary: 403/429 with `x-ratelimit-remaining: 0`; wait until `x-ratelimit-reset` (epoch s);
 * - secondary: a `retry-after` (seconds), or a 403/429 saying "secondary rate limit" without one
 *   (GitHub's advice: wait at least a minute).
 * Waits are in seconds of the API; `rateLimitUnitMs()` turns them into milliseconds.
 */

/** Longest rate-limit wait we sit through by default, in seconds of the API. */
const MAX_RATE_LIMIT_WAIT_S = 900;
/** Fallback wait for a secondary limit that names no `retry-after`. */
const SECONDARY_FALLBACK_S = 60;
function classifyRateLimit(status, header, body = '', now = Date.now()) {
    const make = (kind, seconds) => ({ kind, seconds, waitMs: seconds * (0,timing/* rateLimitUnitMs */.YH)() });
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = Number(header('retry-after'));
    if (retryAfter > 0)
        return make('secondary', retryAfter);
    const reset = Number(header('x-ratelimit-reset'));
    if (header('x-ratelimit-remaining') === '0' && reset > 0)
        return make('primary', Math.max(1, Math.ceil(reset - now / 1000)));
    if (/secondary rate limit/i.test(body))
        return make('secondary', SECONDARY_FALLBACK_S);
    return undefined;
}

;// CONCATENATED MODULE: ./src/net/retry.ts
/**
 * The one retry loop for requests outside Octokit (downloads, uploads, ls-remote):
 * a `Retryable` error is tried again after its own wait (a rate limit's) or exponential backoff
 * (SYNC_RETRY_BASE_MS, doubled each time); anything else ends it at once. A rate-limit wait
 * longer than the cap ends it too, saying so; every wait is reported through `onRetry`.
 */


class Retryable extends Error {
    waitMs;
    rateLimit;
    name = 'Retryable';
    constructor(message, 
    /** Wait before the next try in ms; undefined: the backoff. */
    waitMs, rateLimit) {
        super(message);
        this.waitMs = waitMs;
        this.rateLimit = rateLimit;
    }
}
/** Every attempt failed (or a rate limit asked for a longer wait than the cap). */
class GaveUp extends Error {
    attempts;
    last;
    name = 'GaveUp';
    constructor(message, attempts, last) {
        super(message);
        this.attempts = attempts;
        this.last = last;
    }
}
async function withRetries(run, o) {
    const attempts = Math.max(1, o.attempts);
    for (let attempt = 1;; attempt++) {
        try {
            return await run(attempt);
        }
        catch (err) {
            if (!(err instanceof Retryable))
                throw err;
            if (attempt >= attempts)
                throw new GaveUp(err.message, attempt, err);
            const limit = err.rateLimit;
            const cap = o.maxRateLimitWaitS ?? MAX_RATE_LIMIT_WAIT_S;
            if (limit && limit.seconds > cap) {
                throw new GaveUp(`${err.message}; the ${limit.kind} rate limit asks for a wait of ${limit.seconds} s, longer than the ${cap} s we wait`, attempt, err);
            }
            const waitMs = err.waitMs ?? (0,timing/* backoffMs */.jo)(attempt);
            o.onRetry?.({ error: err, attempt, next: attempt + 1, attempts, waitMs });
            await (0,timing/* sleep */.yy)(waitMs);
        }
    }
}
/**
 * What an HTTP error status means for a retry: a Retryable (rate limit with its wait; 5xx, 408,
 * 429 with the backoff) or undefined (a 4xx a retry will not change).
 */
function retryableStatus(status, header, body, what) {
    const limit = classifyRateLimit(status, header, body);
    if (limit)
        return new Retryable(`${what} (${limit.kind} rate limit, wait ${limit.seconds} s)`, limit.waitMs, limit);
    if (status < 500 && status !== 429 && status !== 408)
        return undefined;
    // A bare number of seconds, or an HTTP date; capped, so a server asking for a day cannot hang the job.
    const raw = header('retry-after')?.trim() ?? '';
    const asked = /^\d+$/.test(raw) ? Number(raw) : raw && Number.isFinite(Date.parse(raw)) ? Math.ceil((Date.parse(raw) - Date.now()) / 1000) : 0;
    if (asked <= 0)
        return new Retryable(what);
    if (asked <= timing/* MAX_RETRY_AFTER_S */.To)
        return new Retryable(what, asked * (0,timing/* rateLimitUnitMs */.YH)());
    return new Retryable(`${what}; it asked for a wait of ${asked} s, capped at ${timing/* MAX_RETRY_AFTER_S */.To} s`, timing/* MAX_RETRY_AFTER_S */.To * (0,timing/* rateLimitUnitMs */.YH)());
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

/***/ 4423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   _H: () => (/* binding */ lsRemote)
/* harmony export */ });
/* unused harmony exports LsRemoteError, parsePktLines, pktLine, parseAdvertisement, parseLsRefs, parseLsRemoteOutput, redactUrl */
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9663);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(409);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9541);
/**
 * `git ls-remote` without git: the refs of a remote over the smart HTTP protocol, in one round
 * trip (GET info/refs, protocol v0), no clone and no API quota. Protocol v2 (`ls-refs` with ref
 * prefixes, two round trips) is there for servers with huge ref lists. Non-HTTP URLs (ssh, git,
 * file, scp-like) fall back to spawning `git ls-remote` with an argument array.
 */




/** A remote that could not be listed; the message says why in one line. */
class LsRemoteError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'LsRemoteError';
    }
}
/** The commit a ref ends at: the peeled id of an annotated tag, else the ref's own id. */
function commitOf(remote, ref) {
    return remote.peeled.get(ref) ?? remote.refs.get(ref);
}
async function lsRemote(url, opts = {}) {
    if (/^https?:\/\//i.test(url))
        return lsRemoteHttp(url, opts);
    return lsRemoteGit(url);
}
/** Splits a pkt-line stream (4 hex digits of length including themselves, 0000 flush, 0001 delim, 0002 end). */
function parsePktLines(buf) {
    const out = [];
    let pos = 0;
    while (pos < buf.length) {
        if (pos + 4 > buf.length)
            throw new LsRemoteError('truncated pkt-line in the server reply');
        const hex = buf.toString('latin1', pos, pos + 4);
        if (!/^[0-9a-f]{4}$/i.test(hex))
            throw new LsRemoteError(`bad pkt-line length "${hex}" in the server reply`);
        const len = parseInt(hex, 16);
        if (len === 0)
            out.push({ type: 'flush' });
        else if (len === 1)
            out.push({ type: 'delim' });
        else if (len === 2)
            out.push({ type: 'end' });
        else if (len < 4)
            throw new LsRemoteError(`bad pkt-line length ${len} in the server reply`);
        else {
            if (pos + len > buf.length)
                throw new LsRemoteError('truncated pkt-line in the server reply');
            out.push({ type: 'data', data: buf.subarray(pos + 4, pos + len) });
            pos += len;
            continue;
        }
        pos += 4;
    }
    return out;
}
function pktLine(text) {
    const len = Buffer.byteLength(text) + 4;
    return len.toString(16).padStart(4, '0') + text;
}
const line = (p) => (p.type === 'data' ? p.data.toString('utf8').replace(/\n$/, '') : '');
const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function emptyRefs() {
    return { refs: new Map(), peeled: new Map(), symrefs: new Map(), roundTrips: 0 };
}
/**
 * Parses a v0 ref advertisement (the body of GET info/refs?service=git-upload-pack). Returns
 * `undefined` when the server answered with protocol v2 capabilities instead.
 */
function parseAdvertisement(body) {
    const pkts = parsePktLines(body);
    let i = 0;
    // Smart HTTP starts with "# service=git-upload-pack" and a flush.
    if (pkts[i]?.type === 'data' && line(pkts[i]).startsWith('# service=')) {
        i++;
        if (pkts[i]?.type === 'flush')
            i++;
    }
    if (pkts[i]?.type === 'data' && line(pkts[i]) === 'version 2')
        return undefined;
    const result = emptyRefs();
    let first = true;
    for (; i < pkts.length; i++) {
        const p = pkts[i];
        if (p.type === 'flush')
            break;
        if (p.type !== 'data')
            continue;
        let text = line(p);
        if (text === 'version 1')
            continue;
        if (first) {
            first = false;
            const nul = text.indexOf('\0');
            if (nul >= 0) {
                for (const cap of text.slice(nul + 1).split(' ')) {
                    const m = /^symref=([^:]+):(.+)$/.exec(cap);
                    if (m)
                        result.symrefs.set(m[1], m[2]);
                }
                text = text.slice(0, nul);
            }
        }
        const sp = text.indexOf(' ');
        const oid = text.slice(0, sp);
        const ref = text.slice(sp + 1);
        if (!OID.test(oid))
            throw new LsRemoteError(`unexpected line in the ref advertisement: ${text.slice(0, 80)}`);
        if (ref === 'capabilities^{}')
            continue; // an empty repository
        if (ref.endsWith('^{}'))
            result.peeled.set(ref.slice(0, -3), oid);
        else
            result.refs.set(ref, oid);
    }
    return result;
}
/** Parses a v2 `ls-refs` reply: `<oid> <ref>[ symref-target:<t>][ peeled:<oid>]` lines. */
function parseLsRefs(body) {
    const result = emptyRefs();
    for (const p of parsePktLines(body)) {
        if (p.type === 'flush')
            break;
        if (p.type !== 'data')
            continue;
        const [oid, ref, ...attrs] = line(p).split(' ');
        if (!OID.test(oid) || !ref)
            throw new LsRemoteError(`unexpected line in the ls-refs reply: ${line(p).slice(0, 80)}`);
        result.refs.set(ref, oid);
        for (const a of attrs) {
            if (a.startsWith('peeled:'))
                result.peeled.set(ref, a.slice(7));
            else if (a.startsWith('symref-target:'))
                result.symrefs.set(ref, a.slice(14));
        }
    }
    return result;
}
/** `git ls-remote` output: `<oid>\t<ref>` lines. */
function parseLsRemoteOutput(text) {
    const result = emptyRefs();
    for (const l of text.split('\n')) {
        const m = /^([0-9a-f]{40,64})\t(\S+)$/.exec(l.trim());
        if (!m)
            continue;
        if (m[2].endsWith('^{}'))
            result.peeled.set(m[2].slice(0, -3), m[1]);
        else
            result.refs.set(m[2], m[1]);
    }
    return result;
}
// ---- transports -------------------------------------------------------------------------------
/** Shows a URL without any user:password part. */
function redactUrl(url) {
    return url.replace(/^(\w+:\/\/)[^/@]*@/, '$1');
}
async function lsRemoteHttp(url, opts) {
    const base = url.replace(/\/+$/, '');
    const headers = { 'user-agent': 'sync-check-upstream/1 git/2', accept: '*/*' };
    const parsed = new URL(base);
    if (opts.token && opts.authOrigin && parsed.origin === new URL(opts.authOrigin).origin) {
        headers.authorization = `Basic ${Buffer.from(`x-access-token:${opts.token}`).toString('base64')}`;
    }
    let roundTrips = 0;
    const timeoutMs = opts.timeoutMs ?? 30_000;
    // Through src/net's transport: proxies honoured, Authorization dropped on a redirect to another host.
    const request = (path, init) => (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)(async () => {
        roundTrips++;
        let res;
        try {
            res = await (0,_net_http_js__WEBPACK_IMPORTED_MODULE_1__.send)(`${base}${path}`, {
                ...init,
                headers: { ...headers, ...init.headers },
                redirect: 'follow',
                timeouts: { connectMs: timeoutMs, responseMs: timeoutMs, idleMs: timeoutMs },
            });
        }
        catch (err) {
            const e = err;
            throw new _net_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .Retryable */ .R4(`${redactUrl(base)} is unreachable (${e.code ?? e.message})`);
        }
        if (res.status >= 500) {
            res.discard();
            throw new _net_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .Retryable */ .R4(`${redactUrl(base)}: git server answered HTTP ${res.status}`);
        }
        if (res.status === 401 || res.status === 403 || res.status === 404) {
            res.discard();
            throw new LsRemoteError(`${redactUrl(base)}: repository not found or not readable with this token (HTTP ${res.status})`, res.status);
        }
        if (res.status < 200 || res.status >= 300) {
            res.discard();
            throw new LsRemoteError(`${redactUrl(base)}: git server answered HTTP ${res.status}`, res.status);
        }
        return res;
    }, { attempts: (opts.retries ?? 2) + 1 }).catch((err) => {
        if (err instanceof _net_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .GaveUp */ .TL)
            throw new LsRemoteError(err.message, /HTTP (\d+)/.exec(err.message) ? Number(/HTTP (\d+)/.exec(err.message)[1]) : undefined);
        throw err;
    });
    const v2 = opts.protocol === 2;
    const res = await request('/info/refs?service=git-upload-pack', { method: 'GET', headers: v2 ? { 'git-protocol': 'version=2' } : {} });
    const type = res.header('content-type') ?? '';
    const body = await (0,_net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .readBody */ .x8)(res.body, 64 << 20);
    if (!type.startsWith('application/x-git-upload-pack-advertisement')) {
        throw new LsRemoteError(`${redactUrl(base)} is not a smart HTTP git server (content-type "${type || 'none'}")`);
    }
    const v0 = parseAdvertisement(body);
    if (v0)
        return { ...v0, roundTrips };
    // Protocol v2: one more request, `ls-refs` with peeled tags and symrefs.
    const args = ['peel\n', 'symrefs\n', ...(opts.refPrefixes ?? []).map((p) => `ref-prefix ${p}\n`)];
    const req = pktLine('command=ls-refs\n') + pktLine('agent=sync/1\n') + '0001' + args.map(pktLine).join('') + '0000';
    const res2 = await request('/git-upload-pack', {
        method: 'POST',
        headers: { 'content-type': 'application/x-git-upload-pack-request', accept: 'application/x-git-upload-pack-result', 'git-protocol': 'version=2' },
        body: req,
    });
    const refs = parseLsRefs(await (0,_net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .readBody */ .x8)(res2.body, 64 << 20));
    return { ...refs, roundTrips };
}
async function lsRemoteGit(url) {
    try {
        const { stdout } = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__.git)(['ls-remote', '--symref', '--', url], { env: { GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes' } });
        const result = parseLsRemoteOutput(stdout);
        const sym = /^ref: (\S+)\tHEAD$/m.exec(stdout);
        if (sym)
            result.symrefs.set('HEAD', sym[1]);
        return { ...result, roundTrips: 1 };
    }
    catch (err) {
        // git names the URL itself ("unable to access 'URL'"): said once, at the front, redacted.
        throw new LsRemoteError(`${redactUrl(url)}: ${err.message.split(url).join('it')}`);
    }
}


/***/ })

};
