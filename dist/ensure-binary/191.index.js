export const id = 191;
export const ids = [191,584];
export const modules = {

/***/ 4191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchAsset: () => (/* binding */ fetchAsset),
/* harmony export */   lookupAsset: () => (/* binding */ lookupAsset)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9661);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6584);
/* harmony import */ var _net_download_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7183);
/* harmony import */ var _releases_api_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(310);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9541);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7713);
/**
 * Layer 3: the release asset. Looked up through the API (private repositories work with the
 * token), downloaded via the asset's API URL, whose redirect to storage is followed without the
 * token, checked against the asset's size and digest, then extracted and verified.
 */







async function lookupAsset(t, repo, o) {
    const apiUrl = (o.apiUrl ?? (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .apiUrlFromEnv */ .R7)()).replace(/\/+$/, '');
    let release;
    let assets;
    try {
        if (o.token) {
            const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.createClient)({ token: o.token, apiUrl, warn: (m) => o.log.warn(m) });
            release = await (0,_releases_api_js__WEBPACK_IMPORTED_MODULE_4__/* .findRelease */ .dv)(gh, repo, t.tag);
            if (release && !release.assets?.some((a) => a.name === t.asset) && (release.assets?.length ?? 0) >= 100) {
                assets = await (0,_releases_api_js__WEBPACK_IMPORTED_MODULE_4__/* .listAssets */ .qs)(gh, repo, release.id);
            }
        }
        else {
            // The shared client needs a token; a public cache repository is readable without one.
            release = await (0,_net_download_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchJson */ .x6)(`${apiUrl}/repos/${repo}/releases/tags/${encodeURIComponent(t.tag)}`, {}, `release ${t.tag} in ${repo}`, o.log);
        }
    }
    catch (err) {
        const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(err) ?? (err instanceof _net_download_js__WEBPACK_IMPORTED_MODULE_3__.HttpStatusError ? err.status : undefined);
        if (status === 401)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`reading release ${t.tag} in ${repo}: the token was refused (401 Bad credentials): check the "token" input`);
        if (status === 403)
            return { found: false, why: `release ${t.tag} in ${repo} is not readable with this token (403)` };
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`looking up release ${t.tag} in ${repo} failed: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .T)(err)}`);
    }
    if (!release)
        return { found: false, why: `no release ${t.tag} in ${repo}` };
    const asset = (assets ?? release.assets ?? []).find((a) => a.name === t.asset);
    if (!asset)
        return { found: false, why: `release ${t.tag} in ${repo} has no asset ${t.asset}` };
    if (asset.state !== 'uploaded')
        return { found: false, why: `asset ${t.asset} in release ${t.tag} is half-uploaded (state ${asset.state})` };
    return { found: true, asset, release };
}
/** Downloads, extracts into `staging` and verifies; throws on any mismatch. */
async function fetchAsset(t, repo, asset, staging, o) {
    const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.temp, `${asset.id}-${t.asset}`);
    const headers = { accept: 'application/octet-stream' };
    if (o.token)
        headers.authorization = `token ${o.token}`;
    const label = `asset ${t.asset} (release ${t.tag} in ${repo})`;
    await (0,_net_download_js__WEBPACK_IMPORTED_MODULE_3__/* .download */ .RG)({
        url: asset.url,
        dest: archive,
        headers,
        expectedSize: asset.size,
        expectedDigest: asset.digest ?? undefined,
        label,
        log: o.log,
    });
    if (!asset.digest)
        o.log.debug(`${label}: the API gives no digest; relying on the .version checksum`);
    const { sha256: sums } = await (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_1__/* .extractTarGz */ .Ce)(archive, staging).catch((err) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${label}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .T)(err)}`);
    });
    // The binary was hashed as it was written: no second pass over it.
    const { sha256 } = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyDir */ .p)(staging, t, label, sums.get(t.exe));
    return sha256;
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ splitRepo),
/* harmony export */   Eb: () => (/* binding */ validationCodes),
/* harmony export */   R7: () => (/* binding */ apiUrlFromEnv),
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony exports serverUrlFromEnv, graphqlUrlFor */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);




/** Timing knobs; `SYNC_RETRY_BASE_MS` and `SYNC_RATE_LIMIT_UNIT_MS` scale waits (tests, benchmarks). */
function msFromEnv(name, fallback) {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value >= 0 && process.env[name] !== '' ? value : fallback;
}
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
    const rateUnit = msFromEnv('SYNC_RATE_LIMIT_UNIT_MS', 1000);
    const onLimit = (kind) => (retryAfter, opts, _octokit, retryCount) => {
        const what = `${opts.method ?? 'GET'} ${opts.url ?? ''}`;
        if (retryCount >= rateLimitRetries || retryAfter > maxWait) {
            warn(`${kind} rate limit on ${what}: giving up after ${retryCount} waits (next wait ${retryAfter}s)`);
            return false;
        }
        warn(`${kind} rate limit on ${what}: waiting ${retryAfter}s (attempt ${retryCount + 1} of ${rateLimitRetries})`);
        return true;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: apiUrl,
        retry: { retries: options.retries ?? 4, retryAfterBaseValue: msFromEnv('SYNC_RETRY_BASE_MS', 1000) },
        throttle: {
            retryAfterBaseValue: rateUnit,
            fallbackSecondaryRateRetryAfter: 60,
            // Octokit's default spaces every write a full second apart, one at a time. Our callers bound
            // their own concurrency and the throttling plugin still waits out secondary limits, so writes
            // are only kept from piling up unbounded here.
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 16, minTime: 0 }),
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => warn(String(m)),
            error: (m) => warn(String(m)),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
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

/***/ 7183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   HttpStatusError: () => (/* binding */ HttpStatusError),
/* harmony export */   RG: () => (/* binding */ download),
/* harmony export */   wR: () => (/* binding */ retryBaseMs),
/* harmony export */   x6: () => (/* binding */ fetchJson),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9541);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9663);
/* harmony import */ var _gc_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4729);
/**
 * Streamed, verified, retried downloads. The body goes straight to disk while being hashed; a
 * download cut short (length) or corrupted (digest) is retried and never handed on. Redirects are
 * followed by hand so the Authorization header meant for the API never reaches the storage host
 * it redirects to (S3-style storage refuses it, and it must not see the token anyway).
 */








/** Thrown for answers a retry will not change (404, 401, 403 without a rate limit). */
class HttpStatusError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
class Retryable extends Error {
    waitMs;
    constructor(message, waitMs) {
        super(message);
        this.waitMs = waitMs;
    }
}
function retryBaseMs() {
    const v = Number(process.env.SYNC_RETRY_BASE_MS);
    return process.env.SYNC_RETRY_BASE_MS && Number.isFinite(v) && v >= 0 ? v : 1000;
}
function rateUnitMs() {
    const v = Number(process.env.SYNC_RATE_LIMIT_UNIT_MS);
    return process.env.SYNC_RATE_LIMIT_UNIT_MS && Number.isFinite(v) && v >= 0 ? v : 1000;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Where the URL points, without its query (signed URLs carry credentials in the query). */
function redactUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return '(bad URL)';
    }
}
function normalizeDigest(d) {
    if (!d)
        return undefined;
    const m = /^(?:sha256:)?([0-9a-f]{64})$/i.exec(d.trim());
    return m ? m[1].toLowerCase() : undefined;
}
/** Downloads to `dest`, retrying until length and digest match; throws a UserError otherwise. */
async function download(opts) {
    const attempts = opts.attempts ?? 5;
    const want = normalizeDigest(opts.expectedDigest);
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            const got = await once(opts);
            if (opts.expectedSize !== undefined && got.size !== opts.expectedSize) {
                throw new Retryable(`got ${got.size} bytes, expected ${opts.expectedSize}`);
            }
            if (want && got.sha256 !== want) {
                // The right length with the wrong bytes: corrupted on the way, or changed at the source.
                last = `digest mismatch for ${opts.label}: expected sha256:${want}, got sha256:${got.sha256}`;
                if (attempt < attempts) {
                    opts.log.warn(`${last}; downloading again`);
                    continue;
                }
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${last} (the asset was changed or corrupted; delete it from the release so the next run rebuilds it)`);
            }
            return got;
        }
        catch (err) {
            if (!(err instanceof Retryable)) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(opts.dest, { force: true });
                throw err;
            }
            last = err.message;
            if (attempt === attempts)
                break;
            const wait = err.waitMs ?? retryBaseMs() * 2 ** (attempt - 1);
            opts.log.warn(`download of ${opts.label} failed (${last}); retrying in ${Math.round(wait)} ms (attempt ${attempt + 1} of ${attempts})`);
            await sleep(wait);
        }
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(opts.dest, { force: true });
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`download of ${opts.label} failed after ${attempts} attempts: ${last} (check the network and re-run the job)`);
}
async function once(opts) {
    let url = opts.url;
    let headers = { 'user-agent': 'sync-actions', ...opts.headers };
    let res;
    for (let hop = 0; hop < 6; hop++) {
        try {
            res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .httpGet */ .lx)(url, headers);
        }
        catch (err) {
            throw new Retryable(`${redactUrl(url)}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err)}`);
        }
        const status = res.statusCode ?? 0;
        const location = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .header */ .wx)(res, 'location');
        if (status >= 300 && status < 400 && location) {
            res.resume();
            url = new URL(location, url).toString();
            // Storage gets nothing of ours but the user agent: no token, no API media type.
            headers = { 'user-agent': 'sync-actions' };
            res = undefined;
            continue;
        }
        break;
    }
    if (!res)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${opts.label}: too many redirects`);
    const status = res.statusCode ?? 0;
    if (status < 200 || status >= 300) {
        const body = await (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .readText */ .yR)(res, 64 * 1024).catch(() => '');
        const retryAfter = Number((0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .header */ .wx)(res, 'retry-after'));
        const remaining = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .header */ .wx)(res, 'x-ratelimit-remaining');
        const reset = Number((0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .header */ .wx)(res, 'x-ratelimit-reset'));
        const what = `${redactUrl(url)} answered ${status}`;
        if (retryAfter > 0)
            throw new Retryable(what, retryAfter * rateUnitMs());
        if ((status === 403 || status === 429) && remaining === '0' && reset > 0) {
            throw new Retryable(`${what} (rate limit)`, Math.max(1, reset - Date.now() / 1000) * rateUnitMs());
        }
        if (status >= 500 || status === 429 || status === 408)
            throw new Retryable(what);
        const detail = /"message"\s*:\s*"([^"]{1,200})"/.exec(body)?.[1] ?? /<Message>([^<]{1,200})</.exec(body)?.[1] ?? '';
        throw new HttpStatusError(status, `${opts.label}: ${what}${detail ? `: ${detail}` : ''}`);
    }
    const declared = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .header */ .wx)(res, 'content-length');
    const total = declared !== undefined ? Number(declared) : opts.expectedSize;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    let lastReport = 0;
    const collect = (0,_gc_js__WEBPACK_IMPORTED_MODULE_6__/* .bulkGc */ .B)();
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            size += chunk.length;
            collect(chunk.length);
            if (opts.log.progress && size - lastReport >= 8 << 20) {
                lastReport = size;
                opts.log.progress(opts.label, size, total);
            }
            done(null, chunk);
        },
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(res, tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(opts.dest, { highWaterMark: 1 << 20 }));
    }
    catch (err) {
        if (err.code === 'ENOSPC')
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`no space left on the device writing ${opts.dest}`);
        throw new Retryable(`connection lost after ${size} bytes (${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err)})`);
    }
    // node:http ends a response cut short by a closed socket as "aborted", or quietly: check the length.
    if (res.errored || (declared !== undefined && size !== Number(declared)))
        throw new Retryable(`cut short: got ${size} of ${declared ?? '?'} bytes`);
    opts.log.progress?.(opts.label, size, total);
    return { sha256: hash.digest('hex'), size };
}
/** GET a JSON document with the same retries as downloads; undefined on 404. */
async function fetchJson(url, headers, label, log, attempts = 5) {
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        let wait;
        try {
            const res = await fetch(url, { headers: { 'user-agent': 'sync-actions', accept: 'application/vnd.github+json', ...headers } });
            const text = await res.text();
            if (res.status === 404)
                return undefined;
            if (res.ok)
                return JSON.parse(text);
            last = `${redactUrl(url)} answered ${res.status}`;
            const retryAfter = Number(res.headers.get('retry-after'));
            const reset = Number(res.headers.get('x-ratelimit-reset'));
            if (retryAfter > 0)
                wait = retryAfter * rateUnitMs();
            else if (res.headers.get('x-ratelimit-remaining') === '0' && reset > 0)
                wait = Math.max(1, reset - Date.now() / 1000) * rateUnitMs();
            else if (res.status < 500 && res.status !== 429)
                throw new HttpStatusError(res.status, `${label}: ${last}`);
        }
        catch (err) {
            if (err instanceof HttpStatusError)
                throw err;
            if (!last || !(err instanceof SyntaxError))
                last = `${redactUrl(url)}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err.cause ?? err)}`;
        }
        if (attempt === attempts)
            break;
        const ms = wait ?? retryBaseMs() * 2 ** (attempt - 1);
        log.warn(`${label}: ${last}; retrying in ${Math.round(ms)} ms`);
        await sleep(ms);
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${label}: failed after ${attempts} attempts: ${last} (check the network and re-run the job)`);
}


/***/ }),

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lx: () => (/* binding */ httpGet),
/* harmony export */   nT: () => (/* binding */ postFile),
/* harmony export */   wx: () => (/* binding */ header),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _gc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4729);
/**
 * Bulk transfers over node:http(s) with piped streams, which keep memory flat. Node 20's fetch
 * both held every chunk of a streamed upload until the end (1 GiB upload: 1.1 GiB of memory) and
 * read downloads far ahead of the disk. API calls go through the Octokit client, not this.
 */




async function send(url, method, headers, body) {
    const u = new URL(url);
    // TLS loads on first use (a local or plain-http GitHub Enterprise never needs it).
    const request = u.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23))).request : node_http__WEBPACK_IMPORTED_MODULE_1__.request;
    return new Promise((resolve, reject) => {
        const req = request(u, { method, headers }, resolve);
        req.on('error', reject);
        if (body !== undefined) {
            const collect = (0,_gc_js__WEBPACK_IMPORTED_MODULE_3__/* .bulkGc */ .B)();
            const counted = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(body, { highWaterMark: 1 << 20 }).on('data', (c) => collect(c.length));
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(counted, req).catch(reject);
        }
        else
            req.end();
    });
}
/** GET; the caller consumes (or resumes) the response. Redirects are not followed. */
function httpGet(url, headers) {
    return send(url, 'GET', headers);
}
function header(res, name) {
    const v = res.headers[name.toLowerCase()];
    return Array.isArray(v) ? v.join(', ') : v;
}
async function readText(res, limit = 1 << 20) {
    const chunks = [];
    let n = 0;
    for await (const c of res) {
        n += c.length;
        if (n <= limit)
            chunks.push(c);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** POSTs a file as the body (set content-length in `headers`); answers status and text. */
async function postFile(url, file, headers) {
    const res = await send(url, 'POST', headers, file);
    const text = await readText(res);
    return { status: res.statusCode ?? 0, header: (n) => header(res, n), text };
}


/***/ }),

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ deleteAsset),
/* harmony export */   Rw: () => (/* binding */ renameAsset),
/* harmony export */   dv: () => (/* binding */ findRelease),
/* harmony export */   mk: () => (/* binding */ publish),
/* harmony export */   qs: () => (/* binding */ listAssets),
/* harmony export */   w9: () => (/* binding */ ensureRelease),
/* harmony export */   xr: () => (/* binding */ immutableError)
/* harmony export */ });
/* unused harmony export IMMUTABLE_HINT */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _net_download_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7183);
/**
 * Releases as a cache: find by tag, create-or-reuse safely when many jobs race, publish.
 * A release this code creates starts as a draft and is published once its asset is in, which is
 * the only order a repository with immutable releases accepts.
 */



const IMMUTABLE_HINT = 'use a per-platform tag template such as tag: "{name}-{version}-{os}-{arch}" (each platform then gets its own release, created as a draft, filled, then published), or turn off immutable releases for the repository';
function immutableError(repo, tag, asset) {
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`release ${tag} in ${repo} is immutable (published with immutable releases on), so it takes no new or replaced asset ${asset}: ${IMMUTABLE_HINT}`);
}
/** A published release by tag (the API never finds drafts by tag), or undefined. */
async function findRelease(gh, repo, tag) {
    try {
        const res = await gh.rest.repos.getReleaseByTag({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(repo), tag });
        return res.data;
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 404)
            return undefined;
        throw err;
    }
}
/** A draft with that tag, which only a token that may write can see. */
async function findDraft(gh, repo, tag) {
    let pages = 0;
    for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, { ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(repo), per_page: 100 })) {
        const hit = page.data.find((r) => r.tag_name === tag);
        if (hit)
            return hit;
        if (++pages >= 5)
            break; // a new draft is among the newest
    }
    return undefined;
}
/**
 * The release for `tag`, created (as a draft) when missing. Several jobs may do this at once:
 * the loser of the race gets 422 `already_exists` and takes the winner's release, draft or not.
 */
async function ensureRelease(gh, repo, tag, opts, log) {
    const found = await findRelease(gh, repo, tag);
    if (found)
        return { release: found, created: false };
    try {
        const res = await gh.rest.repos.createRelease({
            ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(repo),
            tag_name: tag,
            name: opts.title || tag,
            body: opts.notes || undefined,
            draft: true,
            prerelease: !!opts.prerelease,
            generate_release_notes: !!opts.generateNotes,
            target_commitish: opts.target || undefined,
            make_latest: opts.makeLatest ? 'true' : 'false',
        });
        log.info(`created release ${tag} in ${repo}`);
        return { release: res.data, created: true };
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 422)
            throw err;
        if (!(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .validationCodes */ .Eb)(err).includes('already_exists')) {
            const msg = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(err);
            if (/repository is empty/i.test(msg))
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot create release ${tag} in ${repo}: the repository has no commits yet (push one first)`);
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot create release ${tag} in ${repo}: ${msg}`);
        }
    }
    // Someone else created it a moment ago. It may take an instant to be visible.
    for (let i = 0; i < 4; i++) {
        const theirs = (await findRelease(gh, repo, tag)) ?? (await findDraft(gh, repo, tag));
        if (theirs) {
            log.debug(`release ${tag} was created concurrently; using it`);
            return { release: theirs, created: false };
        }
        await (0,_net_download_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)((0,_net_download_js__WEBPACK_IMPORTED_MODULE_1__/* .retryBaseMs */ .wR)() * 2 ** i);
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`release ${tag} in ${repo} exists but cannot be read (is it a draft this token cannot see?)`);
}
/** Publishes a draft we filled (idempotent when a racing job already did). */
async function publish(gh, repo, release, makeLatest) {
    if (!release.draft)
        return release;
    const res = await gh.rest.repos.updateRelease({
        ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(repo),
        release_id: release.id,
        draft: false,
        make_latest: makeLatest ? 'true' : 'false',
    });
    return res.data;
}
async function listAssets(gh, repo, releaseId) {
    return (await gh.paginate(gh.rest.repos.listReleaseAssets, { ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(repo), release_id: releaseId, per_page: 100 }));
}
async function deleteAsset(gh, repo, id) {
    try {
        await gh.rest.repos.deleteReleaseAsset({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(repo), asset_id: id });
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 404)
            throw err; // already gone is what we wanted
    }
}
async function renameAsset(gh, repo, id, name) {
    const res = await gh.rest.repos.updateReleaseAsset({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(repo), asset_id: id, name });
    return res.data;
}


/***/ })

};
