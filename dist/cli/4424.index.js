export const id = 4424;
export const ids = [4424,6349,3408];
export const modules = {

/***/ 4424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ relay_command)
});

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/relay/duration.ts
var duration = __webpack_require__(6349);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/webhook/budget.ts
var webhook_budget = __webpack_require__(9364);
// EXTERNAL MODULE: ./src/webhook/http.ts
var http = __webpack_require__(7205);
// EXTERNAL MODULE: ./src/webhook/verify.ts
var verify = __webpack_require__(3408);
;// CONCATENATED MODULE: ./src/relay/events.ts
/**
 * What the relay keeps of a delivery and how it is written on each stream format.
 *
 * - smee.io's format (`GET /NAME`, what the real smee-client reads): `data` is the JSON of the
 *   relayed headers plus `body` (the parsed JSON: smee-client re-serializes it, so the exact bytes
 *   and the signature over them are lost), `query` and a numeric `timestamp`. Never `bodyB` (it
 *   would become a header) and never an unnamed control frame (smee-client crashes on one).
 * - gosmee's format (`GET /events/NAME`): the relayed headers plus `bodyB` (the exact body bytes,
 *   base64) and `timestamp` as a string of milliseconds; never `body` beside `bodyB` (gosmee takes
 *   whichever its map iteration sees last).
 */
/** Headers relayed: the webhook's own, never hop-by-hop ones (`transfer-encoding` breaks undici, `host`/`via` broke proxies). */
function relayedHeaders(raw) {
    const out = {};
    for (const [name, value] of Object.entries(raw)) {
        if (typeof value !== 'string')
            continue;
        const key = name.toLowerCase();
        const allowed = key === 'content-type' || key === 'user-agent' || (key.startsWith('x-') && !key.startsWith('x-forwarded-') && key !== 'x-real-ip');
        if (allowed)
            out[key] = value;
    }
    return out;
}
const ID = /^(\d{1,16})-(\d{1,9})$/;
/** The two numbers of an id, or undefined when it is not `<ms>-<seq>`. */
function parseId(id) {
    const m = id ? ID.exec(id.trim()) : null;
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
/** Negative when `a` is older than `b`. */
function compareIds(a, b) {
    return a[0] - b[0] || a[1] - b[1];
}
/** Makes ids that increase even when the clock stands still or steps back. */
class IdClock {
    now;
    ms = 0;
    seq = -1;
    constructor(now = Date.now) {
        this.now = now;
    }
    /** Continues after an id already handed out (from the journal). */
    resumeAfter(id) {
        const p = parseId(id);
        if (p && compareIds(p, [this.ms, this.seq]) > 0)
            [this.ms, this.seq] = p;
    }
    next() {
        const now = this.now();
        if (now > this.ms)
            [this.ms, this.seq] = [now, 0];
        else
            this.seq++;
        return `${this.ms}-${this.seq}`;
    }
}
/** The body as smee.io gives it: the parsed JSON (a form body's fields; `{}` when it is neither). */
function smeeBody(e) {
    const type = e.headers['content-type'] ?? '';
    const text = e.body.toString('utf8');
    if (type.startsWith('application/x-www-form-urlencoded'))
        return Object.fromEntries(new URLSearchParams(text));
    try {
        return JSON.parse(text);
    }
    catch {
        return {};
    }
}
/** One SSE frame; `data` is one line (JSON has no raw newlines). */
function events_frame(fields) {
    return `${fields.id ? `id: ${fields.id}\n` : ''}${fields.event ? `event: ${fields.event}\n` : ''}data: ${fields.data}\n\n`;
}
function renderEvent(format, e) {
    if (format === 'smee')
        return events_frame({ id: e.id, data: JSON.stringify({ ...e.headers, body: smeeBody(e), query: e.query, timestamp: e.timestamp }) });
    return events_frame({ id: e.id, data: JSON.stringify({ ...e.headers, timestamp: String(e.timestamp), bodyB: e.body.toString('base64') }) });
}
/** The first frames of a stream: a reconnect delay, then the client's "ready" (no id: it must not move Last-Event-ID). */
function renderOpening(format, retryMs) {
    if (format === 'smee')
        return `retry: ${retryMs}\n\n${events_frame({ event: 'ready', data: '{}' })}`;
    return `retry: ${retryMs}\n\n${events_frame({ data: '{"message":"connected"}' })}${events_frame({ data: '{"message":"ready"}' })}`;
}
/** History older than the client's Last-Event-ID is gone: said with a named event every client skips or logs. */
function renderGap(requested, oldest) {
    return events_frame({ event: 'gosmee-gap', data: JSON.stringify({ error: 'missed_history', requested_id: requested, oldest_id: oldest ?? null }) });
}
/** A comment (invisible to every client) plus, on the smee stream, smee.io's named ping. */
function renderHeartbeat(format) {
    return format === 'smee' ? `: keepalive\n\n${events_frame({ event: 'ping', data: '{}' })}` : ': keepalive\n\n';
}

;// CONCATENATED MODULE: ./src/relay/channel.ts

class Channel {
    name;
    journal;
    maxBufferedBytes;
    now;
    subscribers = new Set();
    history = [];
    bytes = 0;
    /** The newest id trimmed from history: a Last-Event-ID older than it has missed events. */
    trimmedThrough;
    clock;
    chain = Promise.resolve();
    bounds;
    constructor(name, bounds = {}, journal, maxBufferedBytes = 64 * 1024 * 1024, now = Date.now) {
        this.name = name;
        this.journal = journal;
        this.maxBufferedBytes = maxBufferedBytes;
        this.now = now;
        this.bounds = { maxEvents: bounds.maxEvents ?? 1000, maxBytes: bounds.maxBytes ?? 64 * 1024 * 1024, maxAgeMs: bounds.maxAgeMs ?? 72 * 3600_000 };
        this.clock = new IdClock(now);
    }
    /** Takes back what the journal kept (oldest first), trims it to the bounds and compacts the file. */
    async restore(events) {
        for (const e of events) {
            this.clock.resumeAfter(e.id);
            this.history.push(e);
            this.bytes += e.body.length;
        }
        this.trim();
        await this.journal?.compact(this.history);
    }
    get lastId() {
        return this.history.at(-1)?.id;
    }
    get size() {
        return { events: this.history.length, bytes: this.bytes };
    }
    /** Gives the delivery its id, journals it (when journaling) and sends it to every subscriber. */
    publish(headers, body, query) {
        const next = this.chain.then(async () => {
            const event = { id: this.clock.next(), timestamp: this.now(), headers, body, query };
            await this.journal?.append(event);
            this.history.push(event);
            this.bytes += body.length;
            this.trim();
            if (this.journal?.wasteful(this.history.length))
                await this.journal.compact(this.history);
            this.fanOut(event);
            return event;
        });
        this.chain = next.catch(() => { });
        return next;
    }
    fanOut(event) {
        const rendered = {};
        for (const s of this.subscribers) {
            const text = (rendered[s.format] ??= renderEvent(s.format, event));
            this.write(s, text);
        }
    }
    /** Writes to a subscriber, cutting it when it has fallen too far behind. */
    write(s, text) {
        if (s.res.destroyed)
            return;
        if (s.res.writableLength > this.maxBufferedBytes) {
            this.subscribers.delete(s);
            s.res.destroy();
            return;
        }
        s.res.write(text);
    }
    /**
     * Adds a subscriber after sending it what it missed since `lastEventId` (none without one: a new
     * stream gets live events only). Runs in the publish order, so nothing falls between the resend
     * and the live events.
     */
    subscribe(s, lastEventId) {
        const next = this.chain.then(() => {
            const after = parseId(lastEventId);
            if (after && lastEventId) {
                if (this.trimmedThrough && compareIds(after, this.trimmedThrough) < 0)
                    this.write(s, renderGap(lastEventId, this.history[0]?.id));
                for (const e of this.history)
                    if (compareIds(parseId(e.id), after) > 0)
                        this.write(s, renderEvent(s.format, e));
            }
            if (!s.res.destroyed)
                this.subscribers.add(s);
        });
        this.chain = next.catch(() => { });
        return next;
    }
    trim() {
        const oldest = this.now() - this.bounds.maxAgeMs;
        while (this.history.length && (this.history.length > this.bounds.maxEvents || this.bytes > this.bounds.maxBytes || this.history[0].timestamp < oldest)) {
            const gone = this.history.shift();
            this.bytes -= gone.body.length;
            this.trimmedThrough = parseId(gone.id);
        }
    }
    /** Waits for publishes in progress (their journal writes included). */
    settled() {
        return this.chain;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(2862);
;// CONCATENATED MODULE: ./src/relay/journal.ts
/**
 * A channel's history on disk, so a restart keeps it: one JSON line per event (`body` as base64),
 * appended and flushed (fdatasync) before the delivery is answered 2xx. Rewritten compacted (to a
 * temporary file, then renamed) at start and when trimmed events make up most of it. A torn last
 * line (a crash mid-write) is skipped on load.
 */




const line = (e) => `${JSON.stringify({ id: e.id, timestamp: e.timestamp, headers: e.headers, query: e.query, body: e.body.toString('base64') })}\n`;
class Journal {
    file;
    handle;
    /** Events in the file, kept or trimmed. */
    lines = 0;
    constructor(file) {
        this.file = file;
    }
    /** Opens (creating the folder) and reads what a previous run kept. */
    static async open(dir, channel) {
        await (0,promises_.mkdir)(dir, { recursive: true });
        const journal = new Journal((0,external_node_path_.join)(dir, `${channel}.jsonl`));
        return { journal, events: await journal.load() };
    }
    async load() {
        const events = [];
        let input;
        try {
            input = (0,external_node_fs_.createReadStream)(this.file);
            for await (const text of (0,external_node_readline_.createInterface)({ input, crlfDelay: Infinity })) {
                try {
                    const r = JSON.parse(text);
                    events.push({ id: r.id, timestamp: r.timestamp, headers: r.headers, query: r.query ?? {}, body: Buffer.from(r.body, 'base64') });
                }
                catch {
                    // A torn line from a crash mid-append: that delivery was never answered 2xx.
                }
            }
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw err;
        }
        return events;
    }
    /** Rewrites the file with exactly `events` (atomically), then appends from there. */
    async compact(events) {
        await this.handle?.close();
        const temp = `${this.file}.tmp-${process.pid}`;
        await (0,promises_.writeFile)(temp, events.map(line).join(''));
        await (0,promises_.rename)(temp, this.file);
        this.lines = events.length;
        this.handle = await (0,promises_.open)(this.file, 'a');
    }
    /** Appends one event and flushes it to disk. */
    async append(e) {
        this.handle ??= await (0,promises_.open)(this.file, 'a');
        await this.handle.appendFile(line(e));
        await this.handle.datasync();
        this.lines++;
    }
    /** Whether trimmed events make up most of the file (worth a compaction). */
    wasteful(kept) {
        return this.lines > 2 * kept + 100;
    }
    async close() {
        await this.handle?.close();
        this.handle = undefined;
    }
}

;// CONCATENATED MODULE: ./src/relay/server.ts
/**
 * `ghsync relay`: a self-hosted webhook relay with a stable URL that smee.io's and gosmee's clients
 * (and `ghsync webhook --source`) can use.
 *
 *   POST /NAME                 takes a delivery (signature checked under a secret), 202 {id}
 *   GET  /NAME                 with Accept: text/event-stream: the stream in smee.io's format
 *   GET  /events/NAME          the stream in gosmee's format (exact body bytes)
 *   GET  /new                  (with allowNew) 307 to a fresh channel, as smee.io does
 *   GET  /health, /healthz, /version
 *
 * A valid stream request is always answered 200 (the real smee-client gives up for good on any
 * other status): while closing, streams are ended rather than refused.
 */









const RELAY_VERSION = '1';
/** gosmee's rule for channel names (smee.io allows any length up to 128; 12-64 suits both). */
const CHANNEL_NAME = /^[A-Za-z0-9_-]{12,64}$/;
const MAX_CHANNELS = 10_000;
async function startRelay(options) {
    for (const name of options.channels)
        if (!CHANNEL_NAME.test(name))
            throw new Error(`channel name "${name}" must be 12-64 of A-Z a-z 0-9 _ -`);
    const emit = (level, record) => options.log?.[level](JSON.stringify({ time: new Date().toISOString(), ...record }));
    const channels = new Map();
    const opening = new Map();
    const maxBody = options.maxBodyBytes ?? 25 * 1024 * 1024;
    const budget = new webhook_budget/* BodyBudget */.S(options.budget);
    const retryMs = options.retryMs ?? 1_000;
    let closing = false;
    async function openChannel(name) {
        const known = channels.get(name);
        if (known)
            return known;
        let pending = opening.get(name);
        if (!pending) {
            pending = (async () => {
                const stored = options.journalDir ? await Journal.open(options.journalDir, name) : undefined;
                const channel = new Channel(name, options.history, stored?.journal, options.maxBufferedBytes);
                await channel.restore(stored?.events ?? []);
                channels.set(name, channel);
                opening.delete(name);
                return channel;
            })();
            opening.set(name, pending);
        }
        return pending;
    }
    /** The channel a request names, or undefined when it is not served (404). */
    async function lookup(name) {
        if (!CHANNEL_NAME.test(name))
            return undefined;
        if (channels.has(name))
            return channels.get(name);
        if (!options.allowNew || channels.size >= MAX_CHANNELS)
            return undefined;
        return openChannel(name);
    }
    for (const name of options.channels)
        await openChannel(name);
    // Channels made with /new in an earlier run come back with their history.
    if (options.allowNew && options.journalDir) {
        const files = await (0,promises_.readdir)(options.journalDir).catch(() => []);
        for (const f of files)
            if (f.endsWith('.jsonl') && CHANNEL_NAME.test(f.slice(0, -6)))
                await openChannel(f.slice(0, -6));
    }
    function stream(req, res, channel, format) {
        res.writeHead(200, {
            'content-type': 'text/event-stream',
            'cache-control': 'no-cache, no-transform',
            connection: 'keep-alive',
            'x-accel-buffering': 'no',
            'access-control-allow-origin': '*',
        });
        if (closing)
            return void res.end();
        req.socket.setTimeout(0);
        req.socket.setNoDelay(true);
        res.write(renderOpening(format, retryMs));
        const s = { res, format };
        const lastEventId = req.headers['last-event-id'];
        const resumeFrom = typeof lastEventId === 'string' ? lastEventId : undefined;
        res.on('close', () => channel.subscribers.delete(s));
        channel.subscribe(s, resumeFrom).then(() => emit('info', { msg: 'subscribe', channel: channel.name, format, resume: resumeFrom ?? null, subscribers: channel.subscribers.size }), () => res.destroy());
    }
    async function intake(req, res, channel) {
        const started = Date.now();
        const answer = (status, body, headers = {}) => {
            (0,http/* sendJson */.jD)(res, status, body, headers);
            emit(status >= 400 ? 'warn' : 'info', {
                msg: 'delivery',
                channel: channel.name,
                event: req.headers['x-github-event'] ?? null,
                delivery: req.headers['x-github-delivery'] ?? null,
                status,
                ...body,
                ms: Date.now() - started,
            });
        };
        const refuse = (status, body, headers = {}) => (0,http/* refuseUnread */.CV)(req, () => answer(status, body, { connection: 'close', ...headers }));
        if (closing)
            return refuse(503, { error: 'relay is shutting down' }, { 'retry-after': '5' });
        const type = String(req.headers['content-type'] ?? '').toLowerCase();
        const json = type.startsWith('application/json') || /^application\/[a-z0-9.+-]*\+json/.test(type);
        if (!json && !type.startsWith('application/x-www-form-urlencoded'))
            return refuse(415, { error: 'expected a JSON (or form-encoded) webhook body' });
        const given = options.secret ? (0,verify/* parseSignature */.uT)(req.headers['x-hub-signature-256']) : undefined;
        if (options.secret && !given)
            return refuse(401, { error: 'missing or malformed X-Hub-Signature-256' });
        const length = req.headers['content-length'];
        const declared = length === undefined ? undefined : Number(length);
        if (declared !== undefined && !(Number.isSafeInteger(declared) && declared >= 0))
            return refuse(400, { error: 'bad Content-Length' });
        if (declared !== undefined && declared > maxBody)
            return refuse(413, { error: 'body too large', limit: maxBody });
        const reservation = budget.admit(declared);
        if (!reservation)
            return refuse(503, { error: 'too many bodies in flight; retry later' }, { 'retry-after': '30' });
        try {
            const hmac = options.secret ? (0,external_node_crypto_.createHmac)('sha256', options.secret) : undefined;
            const body = await (0,http/* readBody */.x8)(req, { limit: maxBody, declared, onChunk: hmac && ((c) => hmac.update(c)), grow: reservation.grow });
            if (body === 'aborted')
                return;
            if (body === 'too-large')
                return refuse(413, { error: 'body too large', limit: maxBody });
            if (body === 'overloaded')
                return refuse(503, { error: 'too many bodies in flight; retry later' }, { 'retry-after': '30' });
            if (hmac && !(0,verify/* signatureMatches */.wI)(given, hmac.digest()))
                return answer(401, { error: 'signature does not match' });
            if (json) {
                try {
                    JSON.parse(body.toString('utf8'));
                }
                catch {
                    return answer(400, { error: 'body is not JSON' });
                }
            }
            const query = Object.fromEntries(new URL(req.url ?? '/', 'http://relay').searchParams);
            const event = await channel.publish(relayedHeaders(req.headers), body, query);
            answer(202, { id: event.id, subscribers: channel.subscribers.size });
        }
        finally {
            reservation.release();
        }
    }
    async function handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://relay');
        const path = url.pathname;
        const method = req.method ?? 'GET';
        const read = method === 'GET' || method === 'HEAD';
        if (read && (path === '/health' || path === '/healthz' || path === '/version')) {
            const state = Object.fromEntries([...channels].map(([name, c]) => [name, { subscribers: c.subscribers.size, ...c.size, last_id: c.lastId ?? null }]));
            return (0,http/* sendJson */.jD)(res, 200, { version: RELAY_VERSION, ok: !closing, channels: state }, { 'x-gosmee-version': RELAY_VERSION });
        }
        if (read && path === '/new') {
            if (!options.allowNew)
                return (0,http/* sendJson */.jD)(res, 404, { error: 'channels are fixed here (start the relay with --allow-new)' });
            const name = (0,external_node_crypto_.randomBytes)(12).toString('base64url');
            await openChannel(name);
            const proto = req.headers['x-forwarded-proto']?.split(',')[0] ?? 'http';
            const host = req.headers['x-forwarded-host'] ?? req.headers.host ?? 'localhost';
            const location = `${proto}://${host}/${name}`;
            res.writeHead(307, { location, 'content-type': 'text/plain; charset=utf-8' });
            return void res.end(`${location}\n`);
        }
        const events = /^\/events\/([^/]+)$/.exec(path);
        const plain = /^\/([^/]+)$/.exec(path);
        const name = events?.[1] ?? plain?.[1];
        const channel = name ? await lookup(name) : undefined;
        if (!channel)
            return (0,http/* sendJson */.jD)(res, 404, { error: name ? `no channel "${name}" here` : 'not found' });
        if (method === 'POST' && plain)
            return intake(req, res, channel);
        if (method === 'GET' && events)
            return stream(req, res, channel, 'gosmee');
        if (method === 'GET' && String(req.headers.accept ?? '').includes('text/event-stream'))
            return stream(req, res, channel, 'smee');
        if (read) {
            const text = `Relay channel ${channel.name}: POST webhooks here; stream with Accept: text/event-stream (smee format) or GET /events/${channel.name} (exact bytes).\n`;
            res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
            return void res.end(method === 'HEAD' ? undefined : text);
        }
        (0,http/* sendJson */.jD)(res, 405, { error: 'POST deliveries, GET streams' }, { allow: 'GET, HEAD, POST' });
    }
    const server = (0,external_node_http_.createServer)({ connectionsCheckingInterval: 1_000, headersTimeout: 10_000, requestTimeout: 60_000 }, (req, res) => {
        handle(req, res).catch((err) => {
            emit('warn', { msg: 'request', error: err instanceof Error ? err.message : String(err) });
            if (!res.headersSent)
                (0,http/* sendJson */.jD)(res, 500, { error: 'internal error' });
            else
                res.destroy();
        });
    });
    server.keepAliveTimeout = 5_000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host ?? '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    // One timer for every stream: a comment (and smee's ping) so proxies keep the stream and clients can tell a dead one.
    const heartbeat = setInterval(() => {
        const text = {};
        for (const c of channels.values())
            for (const s of c.subscribers)
                c.write(s, (text[s.format] ??= renderHeartbeat(s.format)));
    }, options.heartbeatMs ?? 25_000);
    heartbeat.unref();
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let closed;
    return {
        url: `http://${host}:${address.port}`,
        port: address.port,
        server,
        channel: (name) => channels.get(name),
        close() {
            closed ??= (async () => {
                closing = true;
                clearInterval(heartbeat);
                const stopped = new Promise((resolve) => server.close(() => resolve()));
                await Promise.all([...channels.values()].map((c) => c.settled()));
                for (const c of channels.values())
                    for (const s of c.subscribers)
                        s.res.end();
                server.closeIdleConnections();
                server.closeAllConnections();
                await stopped;
                // Closed after the server, so no publish can reopen a journal file.
                await Promise.all([...channels.values()].map((c) => c.journal?.close()));
            })();
            return closed;
        },
    };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/relay.ts




const HELP = [
    ['--port N', 'port to listen on (0 picks a free one; the URL is the first line printed)'],
    ['--host ADDR', 'address to bind (default 127.0.0.1; put a TLS proxy or tunnel in front)'],
    ['--channel NAME', 'a channel to serve (12-64 of A-Z a-z 0-9 _ -); repeat for more'],
    ['--allow-new', 'GET /new makes a channel, and any valid name is served'],
    ['--secret-env VAR', 'environment variable holding the webhook secret: unsigned deliveries get 401'],
    ['--journal DIR', "keep each channel's history on disk (written before the 2xx), so a restart keeps it"],
    ['--history N', 'events kept per channel for clients that reconnect (default 1000; also 64 MiB, 72 h)'],
    ['--heartbeat DUR', 'keepalive period on every stream (default 25s)'],
];
const OPTIONS = {
    port: { type: 'string' },
    host: { type: 'string' },
    channel: { type: 'string', multiple: true },
    'allow-new': { type: 'boolean' },
    'secret-env': { type: 'string' },
    journal: { type: 'string' },
    history: { type: 'string' },
    heartbeat: { type: 'string' },
};
function settings(values) {
    const text = (k) => (typeof values[k] === 'string' ? values[k] : undefined);
    const port = Number(text('port') ?? process.env.PORT ?? NaN);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new command/* UsageError */.eb('--port N is required (0-65535)');
    const channels = values.channel ?? [];
    for (const c of channels)
        if (!CHANNEL_NAME.test(c))
            throw new command/* UsageError */.eb(`--channel "${c}" must be 12-64 of A-Z a-z 0-9 _ -`);
    if (!channels.length && !values['allow-new'])
        throw new command/* UsageError */.eb('give at least one --channel NAME, or --allow-new');
    let secret;
    const secretEnv = text('secret-env');
    if (secretEnv) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(secretEnv))
            throw new command/* UsageError */.eb('--secret-env takes a variable name, not a value');
        secret = process.env[secretEnv];
        if (!secret)
            throw new errors/* UserError */.y(`environment variable ${secretEnv} is not set or empty: it must hold the webhook secret`);
    }
    const history = text('history') === undefined ? undefined : Number(text('history'));
    if (history !== undefined && !(Number.isInteger(history) && history >= 0))
        throw new command/* UsageError */.eb('--history takes a number of events');
    return {
        port,
        host: text('host') ?? '127.0.0.1',
        channels,
        allowNew: Boolean(values['allow-new']),
        secret,
        journalDir: text('journal'),
        history: history === undefined ? undefined : { maxEvents: history },
        heartbeatMs: text('heartbeat') === undefined ? undefined : (0,duration.parseDuration)(text('heartbeat'), '--heartbeat'),
    };
}
const relay_command = {
    summary: 'a self-hosted webhook relay (smee.io and gosmee compatible) with history',
    usage: 'ghsync relay --port N --channel NAME [--channel ...] [--allow-new] [--secret-env VAR] [--journal DIR]',
    help: HELP,
    options: OPTIONS,
    async run(_positionals, values) {
        const s = settings(values);
        const log = {
            info: (m) => process.stdout.write(`${m}\n`),
            warn: (m) => process.stderr.write(`${m}\n`),
            debug: () => { },
        };
        const relay = await startRelay({ ...s, log }).catch((err) => {
            throw new errors/* UserError */.y(`cannot listen on ${s.host}:${s.port}: ${err.code ?? err.message}`);
        });
        process.stdout.write(`${relay.url}\n`);
        log.info(JSON.stringify({ msg: 'listening', url: relay.url, channels: s.channels.map((c) => `${relay.url}/${c}`), journal: s.journalDir ?? null }));
        await new Promise((resolve) => {
            const stop = () => {
                process.off('SIGTERM', stop);
                process.off('SIGINT', stop);
                resolve();
            };
            process.on('SIGTERM', stop);
            process.on('SIGINT', stop);
        });
        await relay.close();
        log.info(JSON.stringify({ msg: 'shutdown', outcome: 'closed' }));
        return 0;
    },
};


/***/ }),

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDuration: () => (/* binding */ parseDuration)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

const UNITS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `500ms`, `30s`, `5m`, `24h`, `3d` (a bare number is seconds) in milliseconds; `flag` names the option in the error. */
function parseDuration(text, flag) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
    if (!m)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${flag} takes a duration such as 30s, 5m or 24h, got "${text}"`);
    return Math.round(Number(m[1]) * UNITS[m[2] ?? 's']);
}


/***/ }),

/***/ 9364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ BodyBudget)
/* harmony export */ });
class BodyBudget {
    totalBytes;
    largeBytes;
    largeThreshold;
    maxBodies;
    used = 0;
    usedLarge = 0;
    bodies = 0;
    /** Requests refused for lack of room since start. */
    shed = 0;
    constructor(options = {}) {
        this.totalBytes = options.totalBytes ?? 96 * 1024 * 1024;
        this.largeBytes = Math.min(options.largeBytes ?? 64 * 1024 * 1024, this.totalBytes);
        this.largeThreshold = options.largeThreshold ?? 1024 * 1024;
        this.maxBodies = options.maxBodies ?? 256;
    }
    get inFlight() {
        return { bodies: this.bodies, bytes: this.used, shed: this.shed };
    }
    /** A reservation for a body of `declared` bytes (undefined: unknown, reserved as it arrives), or undefined when it does not fit. */
    admit(declared) {
        const large = declared === undefined || declared > this.largeThreshold;
        const initial = declared ?? 0;
        if (this.bodies >= this.maxBodies || !this.fits(initial, large)) {
            this.shed++;
            return undefined;
        }
        this.bodies++;
        let held = 0;
        let released = false;
        const take = (n) => {
            this.used += n;
            if (large)
                this.usedLarge += n;
            held += n;
        };
        take(initial);
        return {
            grow: (n) => {
                if (released)
                    return false;
                if (!this.fits(n, large))
                    return false;
                take(n);
                return true;
            },
            release: () => {
                if (released)
                    return;
                released = true;
                this.used -= held;
                if (large)
                    this.usedLarge -= held;
                this.bodies--;
            },
        };
    }
    fits(n, large) {
        if (this.used + n > this.totalBytes)
            return false;
        return !large || this.usedLarge + n <= this.largeBytes;
    }
}


/***/ }),

/***/ 7205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ refuseUnread),
/* harmony export */   ex: () => (/* binding */ parsePayload),
/* harmony export */   jD: () => (/* binding */ sendJson),
/* harmony export */   wx: () => (/* binding */ header),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
function header(req, name) {
    const value = req.headers[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function sendJson(res, status, body, headers = {}) {
    if (res.headersSent)
        return;
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
}
/** The whole body, unless it grows past the limit or the budget (reading stops at once) or the client goes away. */
function readBody(req, options) {
    const { limit, declared, onChunk, grow } = options;
    return new Promise((resolve) => {
        const chunks = [];
        // One allocation of the declared size instead of chunks plus a concatenated copy: the peak per
        // body is its size, not twice it.
        const whole = declared !== undefined ? Buffer.allocUnsafe(declared) : undefined;
        let size = 0;
        const done = (value) => {
            req.off('data', onData);
            req.off('end', onEnd);
            req.off('error', onError);
            req.off('aborted', onError);
            resolve(value);
        };
        const onData = (chunk) => {
            if (size + chunk.length > limit || (whole && size + chunk.length > whole.length))
                return done('too-large');
            if (!whole && grow && !grow(chunk.length))
                return done('overloaded');
            onChunk?.(chunk);
            if (whole)
                chunk.copy(whole, size);
            else
                chunks.push(chunk);
            size += chunk.length;
        };
        const onEnd = () => {
            if (whole)
                return done(size === whole.length ? whole : 'aborted');
            done(Buffer.concat(chunks, size));
        };
        const onError = () => done('aborted');
        req.on('data', onData);
        req.on('end', onEnd);
        req.on('error', onError);
        req.on('aborted', onError);
    });
}
/** Answers, then drops the connection rather than reading the rest of the body (too large, refused, shed). */
function refuseUnread(req, answer) {
    answer();
    req.pause();
    req.socket.end();
}
/** GitHub sends `application/json`, or `application/x-www-form-urlencoded` with a `payload` field. */
function parsePayload(body, contentType) {
    let text = body.toString('utf8');
    if (contentType?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
        const payload = new URLSearchParams(text).get('payload');
        if (payload === null)
            throw new Error('form body has no "payload" field');
        text = payload;
    }
    const value = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new Error('expected a JSON object');
    return value;
}


/***/ }),

/***/ 3408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signBody: () => (/* binding */ signBody),
/* harmony export */   uT: () => (/* binding */ parseSignature),
/* harmony export */   wI: () => (/* binding */ signatureMatches)
/* harmony export */ });
/* unused harmony export verifySignature */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Checks GitHub's `X-Hub-Signature-256` (`sha256=<hex HMAC-SHA256 of the body>`) over the raw
 * request bytes.
 *
 * Why not `@octokit/webhooks-methods`' `verify`: it takes the payload as a string, so the body would
 * have to be decoded first, and decoding is lossy for bytes that are not valid UTF-8 (they all become
 * U+FFFD). The signature must cover exactly the bytes that arrived. The comparison is the same one it
 * makes (`timingSafeEqual` over equal-length buffers); tests cross-check against its `sign`.
 */
function verifySignature(secret, body, header) {
    if (!secret)
        return false;
    const given = parseSignature(header);
    return given !== undefined && signatureMatches(given, createHmac('sha256', secret).update(body).digest());
}
/** The 32 bytes of a `sha256=<hex>` header, or undefined when it is missing, sent twice or malformed. */
function parseSignature(header) {
    if (typeof header !== 'string')
        return undefined; // missing, or sent twice
    const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
    return match ? Buffer.from(match[1], 'hex') : undefined;
}
/** Compares a parsed signature with the HMAC computed over the body (streamed as it arrived). */
function signatureMatches(given, expected) {
    // Both are 32 bytes here, so timingSafeEqual never throws and the time does not depend on where
    // the first differing byte is.
    return given.length === expected.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected);
}
/** `sha256=<hex>` for a body: what GitHub sends (for tests, benchmarks and local replays). */
function signBody(secret, body) {
    return `sha256=${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secret).update(body).digest('hex')}`;
}


/***/ })

};
