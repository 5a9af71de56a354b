export const id = 220;
export const ids = [220];
export const modules = {

/***/ 5220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadUrl: () => (/* binding */ downloadUrl),
/* harmony export */   fetchFromUrl: () => (/* binding */ fetchFromUrl)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9661);
/* harmony import */ var _net_download_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7183);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9541);
/* harmony import */ var _artifact_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4920);
/* harmony import */ var _manifest_template_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(439);
/* harmony import */ var _artifact_version_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9753);
/**
 * Layer 4: upstream's own download URL (e.g. its GitHub release). Upstream archives carry no
 * `.version`, so this layer finds the binary in what it got and writes one (commit "unknown").
 */








function downloadUrl(t) {
    return t.download ? (0,_manifest_template_js__WEBPACK_IMPORTED_MODULE_5__/* .render */ .XX)(t.download, t.vars) : undefined;
}
/** The first file named `exe` in the tree, shallowest first. */
async function findFile(root, exe, depth = 4) {
    let level = [root];
    for (let d = 0; d <= depth && level.length; d++) {
        const next = [];
        for (const dir of level) {
            for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
                const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
                if (e.isFile() && e.name === exe)
                    return p;
                if (e.isDirectory())
                    next.push(p);
            }
        }
        level = next;
    }
    return undefined;
}
async function fetchFromUrl(t, url, staging, temp, log) {
    const path = new URL(url).pathname;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, 'download');
    const label = `${t.name} download ${url.replace(/\?.*$/, '')}`;
    await (0,_net_download_js__WEBPACK_IMPORTED_MODULE_3__/* .download */ .RG)({ url, dest: file, label, log });
    let binary;
    if (/\.(tar\.gz|tgz)$/i.test(path)) {
        const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, 'unpacked');
        await (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_2__/* .extractTarGz */ .Ce)(file, out);
        const found = await findFile(out, t.exe);
        if (!found)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${label}: the archive holds no ${t.exe}`);
        binary = found;
    }
    else if (/\.(zip|tar\.xz|txz|tar\.bz2|tar\.zst|tar|gz|xz|7z)$/i.test(path)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${label}: only .tar.gz archives or a bare binary can be used as a download URL`);
    }
    else {
        binary = file;
    }
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(binary)).size)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${label}: the binary is empty`);
    const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, t.exe);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(binary, dest);
    if (process.platform !== 'win32')
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dest, 0o755);
    const checksum = await (0,_artifact_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)(dest);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, '.version'), (0,_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_7__.formatVersionFile)({ name: t.name, version: t.version, commit: 'unknown', checksum, os: t.platform.os, arch: t.platform.arch, built: (0,_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_7__/* .builtNow */ .r5)() }));
    return checksum;
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


/***/ })

};
