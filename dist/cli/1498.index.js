export const id = 1498;
export const ids = [1498];
export const modules = {

/***/ 1498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HttpStatusError: () => (/* binding */ HttpStatusError),
  download: () => (/* binding */ download),
  BO: () => (/* reexport */ http/* redactUrl */.BO)
});

// UNUSED EXPORTS: retryBaseMs, sleep

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/net/timing.ts
var timing = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/net/raw-get.ts
/**
 * One HTTP/1.1 GET whose body is read into reused 256 KiB buffers (the socket's `onread`
 * option), for bulk downloads. node:http hands every 64 KiB read over as a fresh Buffer; a GiB
 * of them is garbage that V8 only collects once tens of MiB of it have piled up (no GC is forced
 * here, see the removal of gc.ts). Here nothing is allocated per read: the socket is paused
 * while `onBody` uses the bytes (hash, write to disk), and resumed after, so memory stays flat
 * and backpressure is exact. Used only for direct connections (a proxy goes through http.ts).
 *
 * A plain socket stops at once when the callback returns false, so one buffer is enough. A TLS
 * socket does not: every TLS record already read from TCP is still delivered (measured on Node
 * 20 and 24: up to 5 callbacks in a row, one per 16 KiB record). So the buffers come from a small
 * pool (`onread.buffer` as a function, asked before each read) and filled ones wait in a queue
 * until `onBody` is done with those before them; a buffer returns to the pool only when its bytes
 * have been used. Reusing one buffer over TLS overwrote bytes still being written to disk.
 */



const READ_SIZE = 256 << 10;
const MAX_HEAD = 64 << 10;
async function rawGet(url, o) {
    const t = { ...(0,timing/* netTimeouts */.e2)(), ...o.timeouts };
    const pool = [];
    const filled = [];
    let pumping = false;
    let ended = false;
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return new Promise((resolve, reject) => {
        let head = [];
        let headBytes = 0;
        let status = 0;
        let headers = {};
        let phase = 'head';
        let remaining = -1; // body bytes left (content-length or current chunk); -1: until close
        let line = '';
        let received = 0;
        let settled = false;
        let connectTimer;
        let socket;
        const header = (name) => headers[name.toLowerCase()];
        const result = (complete) => ({ status, header, received, complete });
        const finish = (err, complete = false) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(connectTimer);
            socket?.destroy();
            if (err)
                reject(err);
            else
                resolve(result(complete));
        };
        const parseHead = (text) => {
            const [statusLine, ...lines] = text.split('\r\n');
            const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
            if (!m)
                throw new http/* TransportError */.wX(`not an HTTP/1.1 answer: ${statusLine.slice(0, 40)}`, 'EPROTO');
            status = Number(m[1]);
            headers = {};
            for (const l of lines) {
                const i = l.indexOf(':');
                if (i <= 0)
                    continue;
                const k = l.slice(0, i).trim().toLowerCase();
                const v = l.slice(i + 1).trim();
                headers[k] = headers[k] !== undefined ? `${headers[k]}, ${v}` : v;
            }
        };
        /** Processes `n` bytes of `buffer`; resolves when every body slice has been handled. */
        const consume = async (buffer, n) => {
            let pos = 0;
            while (pos < n && phase !== 'done') {
                if (phase === 'head') {
                    const slice = buffer.subarray(pos, n);
                    head.push(Buffer.from(slice)); // small: copied, the buffer is reused
                    headBytes += slice.length;
                    const all = Buffer.concat(head);
                    const end = all.indexOf('\r\n\r\n');
                    if (end < 0) {
                        if (headBytes > MAX_HEAD)
                            throw new http/* TransportError */.wX('answer headers too large', 'EPROTO');
                        head = [all];
                        return;
                    }
                    parseHead(all.toString('latin1', 0, end));
                    const consumedFromThis = slice.length - (all.length - (end + 4));
                    pos += consumedFromThis;
                    head = [];
                    if (!o.wantBody(status, header))
                        return finish(undefined, true);
                    const te = header('transfer-encoding');
                    if (te && /chunked/i.test(te))
                        phase = 'size';
                    else {
                        phase = 'body';
                        const cl = header('content-length');
                        remaining = cl !== undefined ? Number(cl) : -1;
                        if (remaining === 0)
                            return finish(undefined, true);
                    }
                    continue;
                }
                if (phase === 'body' || phase === 'data') {
                    const take = remaining < 0 ? n - pos : Math.min(remaining, n - pos);
                    const chunk = buffer.subarray(pos, pos + take);
                    pos += take;
                    received += take;
                    await o.onBody(chunk);
                    if (remaining >= 0) {
                        remaining -= take;
                        if (remaining === 0) {
                            if (phase === 'body')
                                return finish(undefined, true);
                            phase = 'crlf';
                            line = '';
                        }
                    }
                    continue;
                }
                // Chunked framing: size lines, CRLF after each chunk, trailers after the last.
                const ch = String.fromCharCode(buffer[pos++]);
                line += ch;
                if (phase === 'crlf' && line === '\r\n') {
                    phase = 'size';
                    line = '';
                }
                else if (phase === 'size' && line.endsWith('\r\n')) {
                    const size = parseInt(line, 16);
                    if (!Number.isFinite(size))
                        throw new http/* TransportError */.wX('bad chunk size in a chunked answer', 'EPROTO');
                    line = '';
                    if (size === 0)
                        phase = 'trailer';
                    else {
                        phase = 'data';
                        remaining = size;
                    }
                }
                else if (phase === 'trailer' && (line === '\r\n' || line.endsWith('\r\n\r\n'))) {
                    return finish(undefined, true);
                }
                else if (line.length > 1024)
                    throw new http/* TransportError */.wX('bad chunked framing', 'EPROTO');
            }
        };
        // Filled buffers are used in order, one at a time; the socket is resumed when none is left.
        const pump = async () => {
            pumping = true;
            try {
                for (let next = filled.shift(); next && !settled; next = filled.shift()) {
                    await consume(next.buffer, next.n);
                    pool.push(next.buffer);
                }
            }
            catch (err) {
                const e = err;
                return finish(e instanceof http/* TransportError */.wX ? e : new http/* TransportError */.wX(e.message, e.code));
            }
            finally {
                pumping = false;
            }
            if (ended)
                finishAtEnd();
            else if (!settled)
                socket?.resume();
        };
        const finishAtEnd = () => finish(status ? undefined : new http/* TransportError */.wX('connection closed before an answer', 'ECONNRESET'), phase === 'body' && remaining < 0);
        const onread = {
            buffer: () => pool.pop() ?? Buffer.allocUnsafe(READ_SIZE),
            callback: (nread, buffer) => {
                filled.push({ buffer, n: nread });
                if (!pumping)
                    void pump();
                return false; // paused until pump() has used every filled buffer
            },
        };
        if (url.protocol === 'https:') {
            // Loaded on first use (a local or plain-http GitHub Enterprise never needs TLS).
            void Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1692, 23)).then((tls) => start(tls.connect({ host, port, servername: host, ALPNProtocols: ['http/1.1'], onread })), (err) => finish(err));
        }
        else
            start((0,external_node_net_.connect)({ host, port, onread }));
        function start(s) {
            socket = s;
            connectTimer = setTimeout(() => finish(new http/* TransportError */.wX(`no connection after ${t.connectMs} ms`, 'ETIMEDOUT')), t.connectMs);
            connectTimer.unref?.();
            s.setTimeout(t.idleMs, () => finish(new http/* TransportError */.wX(`no data for ${t.idleMs} ms`, 'ETIMEDOUT')));
            s.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
                clearTimeout(connectTimer);
                const lines = [`GET ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, 'Connection: close'];
                for (const [k, v] of Object.entries(o.headers)) {
                    if (/[\r\n]/.test(k + v))
                        return finish(new http/* TransportError */.wX('header with a line break', 'EINVAL'));
                    if (!/^(host|connection)$/i.test(k))
                        lines.push(`${k}: ${v}`);
                }
                s.write(`${lines.join('\r\n')}\r\n\r\n`);
            });
            s.on('error', (err) => finish(new http/* TransportError */.wX(err.message, err.code)));
            // The connection's end waits for the buffers still queued (TLS delivers records past the
            // pause); then a body without framing (read until close) is complete.
            const atEnd = () => {
                ended = true;
                if (!pumping)
                    setImmediate(finishAtEnd);
            };
            s.on('end', atEnd);
            s.on('close', atEnd);
        }
    });
}

// EXTERNAL MODULE: ./src/net/retry.ts + 1 modules
var net_retry = __webpack_require__(409);
;// CONCATENATED MODULE: ./src/net/download.ts
/**
 * Streamed, verified, retried downloads. The body goes straight to disk while being hashed; a
 * download cut short (length) or corrupted (digest) is retried and never handed on. Redirects are
 * followed by hand so the Authorization header meant for the API never reaches the storage host
 * it redirects to (S3-style storage refuses it, and it must not see the token anyway).
 */











/** Thrown for answers a retry will not change (404, 401, 403 without a rate limit). */
class HttpStatusError extends errors/* UserError */.y {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/**
 * `URL: ` to start a failure with, or nothing when the label names that URL already: the download
 * layer's label is `tool 1.0 from <url>`, and a message names each URL once.
 */
function where(opts, url) {
    const at = (0,http/* redactUrl */.BO)(url);
    return opts.label.includes(at) ? '' : `${at}: `;
}
/** `<url> answered 502`, or `answered 502` when the label names that URL already. */
function answered(opts, url, status) {
    const at = (0,http/* redactUrl */.BO)(url);
    return opts.label.includes(at) ? `answered ${status}` : `${at} answered ${status}`;
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
    try {
        return await (0,net_retry/* withRetries */.LH)(async (attempt) => {
            const got = await once(opts);
            if (opts.expectedSize !== undefined && got.size !== opts.expectedSize) {
                throw new net_retry/* Retryable */.R4(`got ${got.size} bytes, expected ${opts.expectedSize}`);
            }
            if (want && got.sha256 !== want) {
                // The right length with the wrong bytes: corrupted on the way, or changed at the source.
                const last = `digest mismatch for ${opts.label}: expected sha256:${want}, got sha256:${got.sha256}`;
                if (attempt < attempts)
                    throw new net_retry/* Retryable */.R4(last, 0);
                throw new errors/* UserError */.y(`${last} (the asset was changed or corrupted; delete it from the release so the next run rebuilds it)`);
            }
            return got;
        }, {
            attempts,
            onRetry: ({ error, next, waitMs }) => opts.log.warn(/^digest mismatch/.test(error.message)
                ? `${error.message}; downloading again`
                : `download of ${opts.label} failed (${error.message}); retrying in ${Math.round(waitMs)} ms (attempt ${next} of ${attempts})`),
        });
    }
    catch (err) {
        await (0,promises_.rm)(opts.dest, { force: true });
        if (err instanceof net_retry/* GaveUp */.TL)
            throw new errors/* UserError */.y(`download of ${opts.label} failed after ${err.attempts} attempts: ${err.message} (check the network and re-run the job)`);
        throw err;
    }
}
/** An answer that is not 2xx: a Retryable, or an HttpStatusError a retry will not change. */
function statusError(opts, url, status, header, body) {
    const what = answered(opts, url, status);
    const retry = (0,net_retry/* retryableStatus */.Fd)(status, header, body, what);
    if (retry)
        return retry;
    const detail = /"message"\s*:\s*"([^"]{1,200})"/.exec(body)?.[1] ?? /<Message>([^<]{1,200})</.exec(body)?.[1] ?? '';
    return new HttpStatusError(status, `${opts.label}: ${what}${detail ? `: ${detail}` : ''}`);
}
function progressTap(opts, total) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    let lastReport = 0;
    return {
        hash,
        get size() {
            return size;
        },
        take(chunk) {
            hash.update(chunk);
            size += chunk.length;
            if (opts.log.progress && size - lastReport >= 8 << 20) {
                lastReport = size;
                opts.log.progress(opts.label, size, total);
            }
        },
    };
}
/**
 * A direct connection reads the body into one reused buffer (raw-get.ts: nothing allocated per
 * read, memory flat for any size); through a proxy, node:http streams (http.ts).
 */
async function once(opts) {
    let url = opts.url;
    let headers = { 'user-agent': 'sync-actions', ...opts.headers };
    for (let hop = 0; hop < 6; hop++) {
        const target = new URL(url);
        if ((target.protocol !== 'http:' && target.protocol !== 'https:') || (await (0,http/* proxyFor */.iJ)(target)))
            return onceStreamed(opts, url, headers);
        let fh;
        let tap;
        const errorBody = [];
        let res;
        try {
            res = await rawGet(target, {
                headers,
                wantBody: (status, header) => {
                    if (status >= 300 && status < 400 && header('location'))
                        return false;
                    if (status >= 200 && status < 300) {
                        const declared = header('content-length');
                        tap = progressTap(opts, declared !== undefined ? Number(declared) : opts.expectedSize);
                    }
                    return true;
                },
                onBody: async (chunk) => {
                    if (!tap) {
                        if (errorBody.reduce((n, b) => n + b.length, 0) < 64 << 10)
                            errorBody.push(Buffer.from(chunk));
                        return;
                    }
                    tap.take(chunk);
                    fh ??= await (0,promises_.open)(opts.dest, 'w');
                    let off = 0;
                    while (off < chunk.length)
                        off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
                },
            });
        }
        catch (err) {
            await fh?.close().catch(() => { });
            if (err.code === 'ENOSPC')
                throw new errors/* UserError */.y(`no space left on the device writing ${opts.dest}`);
            const got = tap ? ` after ${tap.size} bytes` : '';
            throw new net_retry/* Retryable */.R4(`${where(opts, url)}${(0,errors.oneLine)(err)}${got}`);
        }
        await fh?.close();
        const location = res.header('location');
        if (res.status >= 300 && res.status < 400 && location) {
            url = new URL(location, url).toString();
            // Storage gets nothing of ours but the user agent: no token, no API media type.
            headers = { 'user-agent': headers['user-agent'] };
            continue;
        }
        if (!tap)
            throw statusError(opts, url, res.status, res.header, Buffer.concat(errorBody).toString('utf8'));
        if (!fh)
            await (0,promises_.writeFile)(opts.dest, ''); // an empty body
        const declared = res.header('content-length');
        if (!res.complete)
            throw new net_retry/* Retryable */.R4(`cut short: got ${tap.size} of ${declared ?? '?'} bytes`);
        opts.log.progress?.(opts.label, tap.size, declared !== undefined ? Number(declared) : opts.expectedSize);
        return { sha256: tap.hash.digest('hex'), size: tap.size };
    }
    throw new errors/* UserError */.y(`${opts.label}: too many redirects`);
}
async function onceStreamed(opts, url, headers) {
    let res;
    try {
        // Storage gets nothing of ours but the user agent after the redirect: no token, no API media type.
        res = await (0,http.send)(url, { headers, redirect: 'follow', redirectHeaders: 'none' });
    }
    catch (err) {
        throw new net_retry/* Retryable */.R4(`${where(opts, url)}${(0,errors.oneLine)(err)}`);
    }
    const status = res.status;
    if (status < 200 || status >= 300) {
        const body = await (0,http/* readText */.yR)(res.body, 64 * 1024).catch(() => '');
        throw statusError(opts, res.url, status, res.header, body);
    }
    const declared = res.header('content-length');
    const total = declared !== undefined ? Number(declared) : opts.expectedSize;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    let lastReport = 0;
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            size += chunk.length;
            if (opts.log.progress && size - lastReport >= 8 << 20) {
                lastReport = size;
                opts.log.progress(opts.label, size, total);
            }
            done(null, chunk);
        },
    });
    try {
        await (0,external_node_stream_promises_.pipeline)(res.body, tap, (0,external_node_fs_.createWriteStream)(opts.dest, { highWaterMark: 256 << 10 }));
    }
    catch (err) {
        if (err.code === 'ENOSPC')
            throw new errors/* UserError */.y(`no space left on the device writing ${opts.dest}`);
        throw new net_retry/* Retryable */.R4(`connection lost after ${size} bytes (${(0,errors.oneLine)(err)})`);
    }
    // node:http ends a response cut short by a closed socket as "aborted", or quietly: check the length.
    if (res.body.errored || (declared !== undefined && size !== Number(declared)))
        throw new net_retry/* Retryable */.R4(`cut short: got ${size} of ${declared ?? '?'} bytes`);
    opts.log.progress?.(opts.label, size, total);
    return { sha256: hash.digest('hex'), size };
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


/***/ })

};
