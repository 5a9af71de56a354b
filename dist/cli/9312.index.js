export const id = 9312;
export const ids = [9312,9663,2044];
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

/***/ 9312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startStreamClient: () => (/* binding */ startStreamClient)
});

// UNUSED EXPORTS: deliveryFrom, idBefore, streamFor

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./node_modules/eventsource-parser/dist/index.js
class ParseError extends Error {
  constructor(message, options) {
    super(message), this.name = "ParseError", this.type = options.type, this.field = options.field, this.value = options.value, this.line = options.line;
  }
}
const LF = 10, CR = 13, SPACE = 32;
function noop(_arg) {
}
function createParser(config) {
  if (typeof config == "function")
    throw new TypeError(
      "`config` must be an object, got a function instead. Did you mean `createParser({onEvent: fn})`?"
    );
  const { onEvent = noop, onError = noop, onRetry = noop, onComment, maxBufferSize } = config, pendingFragments = [];
  let pendingFragmentsLength = 0, isFirstChunk = !0, id, data = "", dataLines = 0, eventType, terminated = !1;
  function feed(chunk) {
    if (terminated)
      throw new Error(
        "Cannot feed parser: it was terminated after exceeding the configured max buffer size. Call `reset()` to resume parsing."
      );
    if (isFirstChunk && (isFirstChunk = !1, chunk.charCodeAt(0) === 239 && chunk.charCodeAt(1) === 187 && chunk.charCodeAt(2) === 191 && (chunk = chunk.slice(3))), pendingFragments.length === 0) {
      const trailing2 = processLines(chunk);
      trailing2 !== "" && (pendingFragments.push(trailing2), pendingFragmentsLength = trailing2.length), checkBufferSize();
      return;
    }
    if (chunk.indexOf(`
`) === -1 && chunk.indexOf("\r") === -1) {
      pendingFragments.push(chunk), pendingFragmentsLength += chunk.length, checkBufferSize();
      return;
    }
    pendingFragments.push(chunk);
    const input = pendingFragments.join("");
    pendingFragments.length = 0, pendingFragmentsLength = 0;
    const trailing = processLines(input);
    trailing !== "" && (pendingFragments.push(trailing), pendingFragmentsLength = trailing.length), checkBufferSize();
  }
  function checkBufferSize() {
    maxBufferSize !== void 0 && (pendingFragmentsLength + data.length <= maxBufferSize || (terminated = !0, pendingFragments.length = 0, pendingFragmentsLength = 0, id = void 0, data = "", dataLines = 0, eventType = void 0, onError(
      new ParseError(`Buffered data exceeded max buffer size of ${maxBufferSize} characters`, {
        type: "max-buffer-size-exceeded"
      })
    )));
  }
  function processLines(chunk) {
    let searchIndex = 0;
    if (chunk.indexOf("\r") === -1) {
      let lfIndex = chunk.indexOf(`
`, searchIndex);
      for (; lfIndex !== -1; ) {
        if (searchIndex === lfIndex) {
          dataLines > 0 && onEvent({ id, event: eventType, data }), id = void 0, data = "", dataLines = 0, eventType = void 0, searchIndex = lfIndex + 1, lfIndex = chunk.indexOf(`
`, searchIndex);
          continue;
        }
        const firstCharCode = chunk.charCodeAt(searchIndex);
        if (isDataPrefix(chunk, searchIndex, firstCharCode)) {
          const valueStart = chunk.charCodeAt(searchIndex + 5) === SPACE ? searchIndex + 6 : searchIndex + 5, value = chunk.slice(valueStart, lfIndex);
          if (dataLines === 0 && chunk.charCodeAt(lfIndex + 1) === LF) {
            onEvent({ id, event: eventType, data: value }), id = void 0, data = "", eventType = void 0, searchIndex = lfIndex + 2, lfIndex = chunk.indexOf(`
`, searchIndex);
            continue;
          }
          data = dataLines === 0 ? value : `${data}
${value}`, dataLines++;
        } else isEventPrefix(chunk, searchIndex, firstCharCode) ? eventType = chunk.slice(
          chunk.charCodeAt(searchIndex + 6) === SPACE ? searchIndex + 7 : searchIndex + 6,
          lfIndex
        ) || void 0 : parseLine(chunk, searchIndex, lfIndex);
        searchIndex = lfIndex + 1, lfIndex = chunk.indexOf(`
`, searchIndex);
      }
      return chunk.slice(searchIndex);
    }
    for (; searchIndex < chunk.length; ) {
      const crIndex = chunk.indexOf("\r", searchIndex), lfIndex = chunk.indexOf(`
`, searchIndex);
      let lineEnd = -1;
      if (crIndex !== -1 && lfIndex !== -1 ? lineEnd = crIndex < lfIndex ? crIndex : lfIndex : crIndex !== -1 ? crIndex === chunk.length - 1 ? lineEnd = -1 : lineEnd = crIndex : lfIndex !== -1 && (lineEnd = lfIndex), lineEnd === -1)
        break;
      parseLine(chunk, searchIndex, lineEnd), searchIndex = lineEnd + 1, chunk.charCodeAt(searchIndex - 1) === CR && chunk.charCodeAt(searchIndex) === LF && searchIndex++;
    }
    return chunk.slice(searchIndex);
  }
  function parseLine(chunk, start, end) {
    if (start === end) {
      dispatchEvent();
      return;
    }
    const firstCharCode = chunk.charCodeAt(start);
    if (isDataPrefix(chunk, start, firstCharCode)) {
      const valueStart = chunk.charCodeAt(start + 5) === SPACE ? start + 6 : start + 5, value2 = chunk.slice(valueStart, end);
      data = dataLines === 0 ? value2 : `${data}
${value2}`, dataLines++;
      return;
    }
    if (isEventPrefix(chunk, start, firstCharCode)) {
      eventType = chunk.slice(chunk.charCodeAt(start + 6) === SPACE ? start + 7 : start + 6, end) || void 0;
      return;
    }
    if (firstCharCode === 105 && chunk.charCodeAt(start + 1) === 100 && chunk.charCodeAt(start + 2) === 58) {
      const value2 = chunk.slice(chunk.charCodeAt(start + 3) === SPACE ? start + 4 : start + 3, end);
      value2.includes("\0") || (id = value2);
      return;
    }
    if (firstCharCode === 58) {
      if (onComment) {
        const line2 = chunk.slice(start, end);
        onComment(line2.slice(chunk.charCodeAt(start + 1) === SPACE ? 2 : 1));
      }
      return;
    }
    const line = chunk.slice(start, end), fieldSeparatorIndex = line.indexOf(":");
    if (fieldSeparatorIndex === -1) {
      processField(line, "", line);
      return;
    }
    const field = line.slice(0, fieldSeparatorIndex), offset = line.charCodeAt(fieldSeparatorIndex + 1) === SPACE ? 2 : 1, value = line.slice(fieldSeparatorIndex + offset);
    processField(field, value, line);
  }
  function processField(field, value, line) {
    switch (field) {
      case "event":
        eventType = value || void 0;
        break;
      case "data":
        data = dataLines === 0 ? value : `${data}
${value}`, dataLines++;
        break;
      case "id":
        value.includes("\0") || (id = value);
        break;
      case "retry":
        /^\d+$/.test(value) ? onRetry(parseInt(value, 10)) : onError(
          new ParseError(`Invalid \`retry\` value: "${value}"`, {
            type: "invalid-retry",
            value,
            line
          })
        );
        break;
      default:
        onError(
          new ParseError(
            `Unknown field "${field.length > 20 ? `${field.slice(0, 20)}\u2026` : field}"`,
            { type: "unknown-field", field, value, line }
          )
        );
        break;
    }
  }
  function dispatchEvent() {
    dataLines > 0 && onEvent({
      id,
      event: eventType,
      data
    }), id = void 0, data = "", dataLines = 0, eventType = void 0;
  }
  function reset(options = {}) {
    if (options.consume && pendingFragments.length > 0) {
      const incompleteLine = pendingFragments.join("");
      parseLine(incompleteLine, 0, incompleteLine.length);
    }
    isFirstChunk = !0, id = void 0, data = "", dataLines = 0, eventType = void 0, pendingFragments.length = 0, pendingFragmentsLength = 0, terminated = !1;
  }
  return { feed, reset };
}
function isDataPrefix(chunk, i, firstCharCode) {
  return firstCharCode === 100 && chunk.charCodeAt(i + 1) === 97 && chunk.charCodeAt(i + 2) === 116 && chunk.charCodeAt(i + 3) === 97 && chunk.charCodeAt(i + 4) === 58;
}
function isEventPrefix(chunk, i, firstCharCode) {
  return firstCharCode === 101 && chunk.charCodeAt(i + 1) === 118 && chunk.charCodeAt(i + 2) === 101 && chunk.charCodeAt(i + 3) === 110 && chunk.charCodeAt(i + 4) === 116 && chunk.charCodeAt(i + 5) === 58;
}

//# sourceMappingURL=index.js.map

// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: ./src/net/timing.ts
var timing = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/relay/client.ts
/**
 * `ghsync webhook --source URL`: reads a relay channel's stream and hands each delivery on.
 *
 * - Which stream: smee.io's URL itself (smee format: a re-encoded body); any other relay's
 *   exact-bytes stream, `{URL minus its last segment}/events/{last segment}` (gosmee's rule, which
 *   our relay serves too), unless the URL already is an `/events/` one.
 * - Forever: any failure (refused, 4xx, 5xx, a wrong content type, a cut) is followed by a
 *   reconnect after a jittered backoff, 1 s doubling to 30 s (scaled by SYNC_RETRY_BASE_MS), reset
 *   once a connection has delivered a frame. A stream silent for longer than `silenceMs` (no byte,
 *   not even a heartbeat: a half-open connection) is dropped and reopened.
 * - The checkpoint kept in `stateDir` is a watermark: it moves to event N only once N and every
 *   earlier event of this stream are settled (dispatched, dropped on purpose, or failed for good),
 *   not when N is merely queued. A restart sends it as Last-Event-ID, so the relay resends whatever
 *   was still pending when the process died (a SIGKILL included); the receiver's de-duplication,
 *   kept on disk in the same folder, stops a resent event that had already landed from landing
 *   twice. A reconnect within one run sends the last id received instead: what was received is
 *   still queued in this process.
 * - A delivery the receiver cannot take now (503: queue full, shutting down) is offered again after
 *   a wait; the checkpoint does not move past it.
 */






/** The stream to read for a channel URL, and what it carries. */
function streamFor(source) {
    const u = new URL(source);
    if (u.hostname === 'smee.io' || u.hostname.endsWith('.smee.io'))
        return { url: u.href, format: 'smee' };
    const parts = u.pathname.replace(/\/+$/, '').split('/');
    if (parts.at(-2) === 'events')
        return { url: u.href, format: 'exact' };
    const name = parts.pop();
    u.pathname = `${parts.join('/')}/events/${name}`;
    return { url: u.href, format: 'exact' };
}
/** The delivery a message carries, or undefined for control frames (ready, ping, connected, `{}`). */
function deliveryFrom(message) {
    if (message.event && message.event !== 'message')
        return undefined;
    let data;
    try {
        data = JSON.parse(message.data);
    }
    catch {
        return undefined; // `data: ready` and the like
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return undefined;
    const keys = Object.keys(data);
    if (keys.length === 0 || (keys.length === 1 && keys[0] === 'message'))
        return undefined;
    const headers = {};
    for (const [k, v] of Object.entries(data))
        if (typeof v === 'string' && k !== 'bodyB' && k !== 'timestamp')
            headers[k.toLowerCase()] = v;
    let body;
    let exact;
    if (typeof data.bodyB === 'string') {
        body = Buffer.from(data.bodyB, 'base64');
        exact = true;
    }
    else if ('body' in data) {
        body = Buffer.from(JSON.stringify(data.body));
        exact = false;
        headers['content-type'] = 'application/json';
    }
    else
        return undefined;
    return { headers, body, exact, eventId: message.id };
}
/**
 * The id just before `id` for `<epoch-ms>-<seq>` ids (our relay's and gosmee's, which resend what
 * comes after a Last-Event-ID in that order); undefined for other shapes.
 */
function idBefore(id) {
    const m = /^(\d{1,16})-(\d{1,9})$/.exec(id.trim());
    if (!m)
        return undefined;
    const [ms, seq] = [Number(m[1]), Number(m[2])];
    if (seq > 0)
        return `${ms}-${seq - 1}`;
    return ms > 0 ? `${ms - 1}-999999999` : undefined;
}
const stateFile = (dir, url) => (0,external_node_path_.join)(dir, `relay-${(0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 16)}.last-event-id`);
async function startStreamClient(options) {
    const { url, format } = streamFor(options.source);
    const silenceMs = options.silenceMs ?? 75_000;
    const file = options.stateDir ? stateFile(options.stateDir, url) : undefined;
    let checkpointId = file ? (await (0,promises_.readFile)(file, 'utf8').catch(() => '')).trim() || undefined : undefined;
    /** The last id received: what a reconnect within this run resumes after. */
    let lastEventId = checkpointId;
    /** Events taken, in stream order, not yet under the checkpoint. */
    const unsettled = [];
    let writing = Promise.resolve();
    if (options.stateDir)
        await (0,promises_.mkdir)(options.stateDir, { recursive: true });
    let stopped = false;
    let connected = false;
    let reconnects = 0;
    let lastByteAt;
    let cut;
    let wake;
    const base = (0,timing/* retryBaseMs */.wR)();
    const wait = (ms) => new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => (clearTimeout(timer), resolve());
    });
    /** Sets the checkpoint; the file is written atomically, writes serialized. */
    function persist(id) {
        checkpointId = id;
        if (!file)
            return writing;
        writing = writing
            .then(async () => {
            if (id !== checkpointId)
                return; // a newer one is queued behind: write that instead
            const temp = `${file}.tmp-${process.pid}`;
            await (0,promises_.writeFile)(temp, `${id}\n`);
            await (0,promises_.rename)(temp, file);
        })
            .catch((err) => options.log('warn', { msg: 'relay', outcome: 'checkpoint-failed', error: err instanceof Error ? err.message : String(err) }));
        return writing;
    }
    /** Moves the checkpoint over the settled head of the line. */
    function advance() {
        let moved;
        while (unsettled[0]?.done)
            moved = unsettled.shift().id ?? moved;
        if (moved && moved !== checkpointId)
            void persist(moved);
    }
    async function handle(message) {
        if (message.event === 'gosmee-gap')
            options.log('warn', { msg: 'relay', outcome: 'gap', detail: message.data, hint: 'events were lost on the relay: run ghsync replay' });
        const d = deliveryFrom(message);
        // The very first event with no checkpoint yet: a checkpoint just before it goes to disk first,
        // or a restart before it settles would open a live-only stream and never see it again.
        if (d && message.id && !checkpointId && !unsettled.length) {
            const before = idBefore(message.id);
            if (before)
                await persist(before);
        }
        let settled;
        if (d) {
            for (let attempt = 1;; attempt++) {
                if (stopped)
                    return; // not taken: neither resumed after nor checkpointed
                const taken = await options.onDelivery(d);
                if (taken.status !== 503) {
                    settled = taken.settled;
                    break;
                }
                await wait(Math.min(base * 2 ** (attempt - 1), 30 * base));
            }
        }
        if (message.id)
            lastEventId = message.id;
        const entry = { id: message.id || undefined, done: false };
        unsettled.push(entry);
        const done = () => ((entry.done = true), advance());
        if (settled)
            settled.then(done, done);
        else
            done();
    }
    /** One connection: resolves when it ends, however it ends; true when it delivered anything. */
    async function once() {
        const headers = { accept: 'text/event-stream', 'cache-control': 'no-cache' };
        if (lastEventId)
            headers['last-event-id'] = lastEventId;
        const res = await (0,http.send)(url, { headers, redirect: 'follow', timeouts: { connectMs: 30_000, responseMs: 30_000, idleMs: silenceMs } });
        const type = res.header('content-type') ?? '';
        if (res.status !== 200 || !type.startsWith('text/event-stream')) {
            res.discard();
            options.log('warn', {
                msg: 'relay',
                outcome: 'refused',
                url: (0,http/* redactUrl */.BO)(url),
                status: res.status,
                content_type: type,
                hint: res.status === 404 ? 'is the channel name right?' : undefined,
            });
            return false;
        }
        connected = true;
        options.log('info', { msg: 'relay', outcome: 'connected', url: (0,http/* redactUrl */.BO)(url), format, last_event_id: lastEventId ?? null });
        let got = false;
        const queue = [];
        let draining = Promise.resolve();
        const parser = createParser({
            onEvent: (m) => {
                got = true;
                queue.push(m);
                // Handled one at a time, in order; reading pauses while a delivery waits its turn.
                draining = draining.then(async () => {
                    const next = queue.shift();
                    if (next)
                        await handle(next);
                });
            },
            onComment: () => (got = true),
        });
        const body = res.body;
        cut = () => body.destroy();
        await new Promise((resolve) => {
            body.setEncoding('utf8');
            body.on('data', (chunk) => {
                lastByteAt = Date.now();
                parser.feed(chunk);
                if (queue.length > 100) {
                    body.pause();
                    draining.then(() => body.resume());
                }
            });
            body.on('end', resolve);
            body.on('error', resolve);
            body.on('close', resolve);
        });
        cut = undefined;
        connected = false;
        await draining;
        return got;
    }
    const loop = (async () => {
        let attempt = 0;
        while (!stopped) {
            let good = false;
            try {
                good = await once();
            }
            catch (err) {
                options.log('warn', { msg: 'relay', outcome: 'unreachable', url: (0,http/* redactUrl */.BO)(url), error: err instanceof Error ? err.message : String(err) });
            }
            if (stopped)
                break;
            attempt = good ? 1 : attempt + 1;
            reconnects++;
            // Full jitter over an exponential cap: clients cut together do not come back together.
            const cap = Math.min(base * 2 ** (attempt - 1), 30 * base);
            const delay = Math.round(cap / 2 + (Math.random() * cap) / 2);
            options.log('info', { msg: 'relay', outcome: 'reconnecting', in_ms: delay, reconnects });
            await wait(delay);
        }
    })();
    return {
        streamUrl: url,
        format,
        status: () => ({ connected, lastEventId, checkpoint: checkpointId, unsettled: unsettled.length, reconnects, lastByteAt }),
        async stop() {
            stopped = true;
            cut?.();
            wake?.();
            await loop;
        },
        async flush() {
            // Settlements reach advance() through promise callbacks: let those run first.
            await new Promise((resolve) => setImmediate(resolve));
            await writing;
        },
    };
}


/***/ })

};
