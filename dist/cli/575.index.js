export const id = 575;
export const ids = [575,584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiUrlFromEnv: () => (/* binding */ apiUrlFromEnv),
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   graphqlUrlFor: () => (/* binding */ graphqlUrlFor),
/* harmony export */   serverUrlFromEnv: () => (/* binding */ serverUrlFromEnv),
/* harmony export */   splitRepo: () => (/* binding */ splitRepo),
/* harmony export */   statusOf: () => (/* binding */ statusOf),
/* harmony export */   validationCodes: () => (/* binding */ validationCodes)
/* harmony export */ });
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
        const res = await gh.rest.repos.getReleaseByTag({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), tag });
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
    for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, { ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), per_page: 100 })) {
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
            ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo),
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
        if (!(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.validationCodes)(err).includes('already_exists')) {
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
        ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo),
        release_id: release.id,
        draft: false,
        make_latest: makeLatest ? 'true' : 'false',
    });
    return res.data;
}
async function listAssets(gh, repo, releaseId) {
    return (await gh.paginate(gh.rest.repos.listReleaseAssets, { ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), release_id: releaseId, per_page: 100 }));
}
async function deleteAsset(gh, repo, id) {
    try {
        await gh.rest.repos.deleteReleaseAsset({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), asset_id: id });
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 404)
            throw err; // already gone is what we wanted
    }
}
async function renameAsset(gh, repo, id, name) {
    const res = await gh.rest.repos.updateReleaseAsset({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), asset_id: id, name });
    return res.data;
}


/***/ }),

/***/ 3575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishArchive: () => (/* binding */ publishArchive)
});

// EXTERNAL MODULE: ./src/releases/api.ts
var api = __webpack_require__(310);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/net/download.ts
var download = __webpack_require__(7183);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
;// CONCATENATED MODULE: ./src/releases/upload.ts
/**
 * Asset upload that never loses what is already there and survives lost answers:
 * - a new asset is streamed under its own name;
 * - with clobber, a different existing asset is replaced by a swap: upload under a temporary
 *   name (the slow part, where failures happen), then delete the old one and rename the new;
 * - a retry that meets `already_exists` with our digest means the lost upload landed: done;
 * - a `starter` asset (an upload cut short earlier) is deleted and uploaded again.
 * Uploads go through fetch, not Octokit: a streamed body cannot be replayed by Octokit's retry.
 */





const TMP_MARK = '.sync-tmp-';
const STALE_TMP_MS = 10 * 60 * 1000;
function digestOf(a) {
    return a.digest?.replace(/^sha256:/, '').toLowerCase();
}
async function uploadAsset(o) {
    for (let round = 0;; round++) {
        try {
            return await uploadRound(o);
        }
        catch (err) {
            // Someone else put an asset of that name there while we were uploading: look again.
            if (err instanceof Conflict && round < 2)
                continue;
            throw err;
        }
    }
}
class Conflict extends Error {
}
async function uploadRound(o) {
    const { gh, repo, release, name, log } = o;
    const assets = await (0,api/* listAssets */.qs)(gh, repo, release.id);
    // Temporary assets left by a swap that died long ago.
    for (const a of assets) {
        if (a.name.startsWith(name + TMP_MARK) && Date.now() - Date.parse(a.created_at ?? '') > STALE_TMP_MS) {
            log.debug(`removing stale temporary asset ${a.name}`);
            await (0,api/* deleteAsset */.AO)(gh, repo, a.id);
        }
    }
    let existing = assets.find((a) => a.name === name);
    if (existing?.state === 'starter') {
        log.info(`removing ${name}, left half-uploaded (state "starter") by an earlier failed upload`);
        await (0,api/* deleteAsset */.AO)(gh, repo, existing.id);
        existing = undefined;
    }
    if (existing && digestOf(existing) === o.sha256) {
        log.info(`${name} is already in release ${release.tag_name} with the same content (sha256 ${o.sha256})`);
        return { asset: existing, action: 'unchanged' };
    }
    if (existing && !o.clobber) {
        log.info(`${name} already exists in release ${release.tag_name}; left alone (clobber: false)`);
        return { asset: existing, action: 'kept' };
    }
    if (release.immutable && !release.draft)
        throw (0,api/* immutableError */.xr)(repo, release.tag_name, name);
    if (!existing) {
        const asset = await uploadWithRetry(o, name, true);
        log.info(`uploaded ${name} to release ${release.tag_name} (${o.size} bytes)`);
        return { asset, action: 'uploaded' };
    }
    // The swap: the old asset stays untouched until the new one is fully in.
    const tmpName = `${name}${TMP_MARK}${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const fresh = await uploadWithRetry(o, tmpName, false);
    await (0,api/* deleteAsset */.AO)(gh, repo, existing.id);
    let renamed;
    try {
        renamed = await (0,api/* renameAsset */.Rw)(gh, repo, fresh.id, name);
    }
    catch (err) {
        throw new errors/* UserError */.y(`replacing ${name} in release ${release.tag_name}: the new upload is in as ${tmpName} but renaming it failed (${(0,errors/* oneLine */.T)(err)}); re-run to finish`);
    }
    log.info(`replaced ${name} in release ${release.tag_name} (${o.size} bytes)`);
    return { asset: renamed, action: 'replaced' };
}
class RetryUpload extends Error {
    waitMs;
    constructor(message, waitMs) {
        super(message);
        this.waitMs = waitMs;
    }
}
/**
 * POSTs the file under `uploadName`. Between attempts it looks at what the release holds: our
 * bytes already there (a lost answer) end it; a `starter` leftover is removed first.
 * `finalName` says whether someone else may legitimately own that name (a Conflict then).
 */
async function uploadWithRetry(o, uploadName, finalName) {
    const attempts = o.attempts ?? 5;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1) {
            const there = (await (0,api/* listAssets */.qs)(o.gh, o.repo, o.release.id)).find((a) => a.name === uploadName);
            if (there?.state === 'uploaded' && digestOf(there) === o.sha256) {
                o.log.info(`${uploadName}: the earlier attempt landed (same sha256); not uploading again`);
                return there;
            }
            if (there?.state === 'starter') {
                o.log.debug(`${uploadName}: removing the half-uploaded leftover of the earlier attempt`);
                await (0,api/* deleteAsset */.AO)(o.gh, o.repo, there.id);
            }
            else if (there && finalName) {
                throw new Conflict(`${uploadName} appeared concurrently`);
            }
            else if (there) {
                await (0,api/* deleteAsset */.AO)(o.gh, o.repo, there.id);
            }
        }
        try {
            return await postOnce(o, uploadName);
        }
        catch (err) {
            if (!(err instanceof RetryUpload))
                throw err;
            last = err.message;
            if (attempt === attempts)
                break;
            const wait = err.waitMs ?? (0,download/* retryBaseMs */.wR)() * 2 ** (attempt - 1);
            o.log.warn(`upload of ${uploadName} failed (${last}); retrying in ${Math.round(wait)} ms (attempt ${attempt + 1} of ${attempts})`);
            await (0,download/* sleep */.yy)(wait);
        }
    }
    throw new errors/* UserError */.y(`upload of ${uploadName} to release ${o.release.tag_name} in ${o.repo} failed after ${attempts} attempts: ${last}`);
}
function rateUnitMs() {
    const v = Number(process.env.SYNC_RATE_LIMIT_UNIT_MS);
    return process.env.SYNC_RATE_LIMIT_UNIT_MS && Number.isFinite(v) && v >= 0 ? v : 1000;
}
async function postOnce(o, uploadName) {
    const base = o.release.upload_url.replace(/\{.*$/, '');
    const url = `${base}?name=${encodeURIComponent(uploadName)}`;
    let res;
    try {
        res = await (0,http/* postFile */.nT)(url, o.file, {
            authorization: `token ${o.token}`,
            accept: 'application/vnd.github+json',
            'content-type': o.contentType ?? 'application/gzip',
            'content-length': String(o.size),
            'user-agent': 'sync-actions',
        });
    }
    catch (err) {
        throw new RetryUpload(`${(0,download/* redactUrl */.BO)(url)}: ${(0,errors/* oneLine */.T)(err.cause ?? err)}`);
    }
    const text = res.text;
    if (res.status === 201 || res.status === 200) {
        try {
            return JSON.parse(text);
        }
        catch {
            throw new RetryUpload('unreadable answer');
        }
    }
    const message = /"message"\s*:\s*"([^"]{1,300})"/.exec(text)?.[1] ?? '';
    if (res.status === 422 && /already_exists/.test(text))
        throw new RetryUpload('an asset of that name already exists');
    if (res.status === 422 && /immutable/i.test(message))
        throw (0,api/* immutableError */.xr)(o.repo, o.release.tag_name, uploadName);
    const retryAfter = Number(res.header('retry-after'));
    if (retryAfter > 0)
        throw new RetryUpload(`${res.status} ${message}`, retryAfter * rateUnitMs());
    if (res.header('x-ratelimit-remaining') === '0' && (res.status === 403 || res.status === 429)) {
        const reset = Number(res.header('x-ratelimit-reset'));
        throw new RetryUpload('rate limit', Math.max(1, reset - Date.now() / 1000) * rateUnitMs());
    }
    if (res.status >= 500 || res.status === 429)
        throw new RetryUpload(`${res.status} ${message}`.trim());
    throw new download.HttpStatusError(res.status, `upload of ${uploadName} to release ${o.release.tag_name} in ${o.repo}: ${res.status} ${message}`.trim());
}

;// CONCATENATED MODULE: ./src/releases/publish.ts


async function publishArchive(o) {
    const { release, created } = await (0,api/* ensureRelease */.w9)(o.gh, o.repo, o.tag, o.create, o.log);
    const up = await uploadAsset({
        gh: o.gh,
        token: o.token,
        repo: o.repo,
        release,
        file: o.file,
        name: o.assetName,
        sha256: o.sha256,
        size: o.size,
        clobber: o.clobber,
        log: o.log,
    });
    // Whoever filled a draft publishes it; a racing job may already have (then this is a no-op).
    const final = release.draft ? await (0,api/* publish */.mk)(o.gh, o.repo, release, !!o.create.makeLatest) : release;
    // An asset of a draft has an "untagged-..." download URL; the published release knows the real one.
    const asset = final.assets?.find((a) => a.id === up.asset.id) ?? up.asset;
    return { ...up, asset, release: final, createdRelease: created };
}


/***/ })

};
