export const id = 2977;
export const ids = [2977,6349,3408,333,5095,2714,1954];
export const modules = {

/***/ 9070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ formatFromName),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   je: () => (/* binding */ extensionOf),
/* harmony export */   s2: () => (/* binding */ isFormat)
/* harmony export */ });
/** The download formats' names alone, for the manifest's checks (no archive code loaded). */
const FORMATS = ['tar.gz', 'tgz', 'tar.xz', 'txz', 'tar.bz2', 'tar.zst', 'tar', 'zip', 'gz', 'raw'];
function isFormat(s) {
    return FORMATS.includes(s);
}
/** `{ext}`: the format's file extension (empty for raw). */
function extensionOf(format) {
    return format === 'raw' ? '' : format;
}
/** The format a file name says (`.tar.gz`, `.tgz`, `.zip`...), else raw. */
function formatFromName(name) {
    const lower = name.toLowerCase();
    const longest = FORMATS.filter((f) => f !== 'raw').sort((a, b) => b.length - a.length);
    for (const f of longest)
        if (lower.endsWith(`.${f}`))
            return f;
    if (lower.endsWith('.tbz2') || lower.endsWith('.tbz'))
        return 'tar.bz2';
    if (lower.endsWith('.tzst'))
        return 'tar.zst';
    return 'raw';
}


/***/ }),

/***/ 2977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(2850);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/manifest/manifest.ts + 1 modules
var manifest_manifest = __webpack_require__(333);
// EXTERNAL MODULE: ./src/relay/client.ts + 1 modules
var client = __webpack_require__(9312);
// EXTERNAL MODULE: ./src/relay/duration.ts
var duration = __webpack_require__(6349);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/webhook/deliveries.ts
/**
 * A fixed-size window of recently seen keys (delivery ids, coalescing keys): bounded memory however
 * many deliveries arrive. The oldest key falls out when the window is full, and, with `ttlMs`, a key
 * also expires after that long.
 *
 * GitHub keeps the same `X-GitHub-Delivery` GUID when a delivery is redelivered (the id names the
 * event, not the attempt), so this is what stops a redelivery, or the same event arriving through a
 * second hook, from dispatching twice. Keys can be forgotten again: a delivery whose dispatch failed
 * must not block the manual redelivery that is the way to recover it.
 */
class RecentKeys {
    capacity;
    ttlMs;
    now;
    seq = new Map();
    ring;
    next = 0;
    counter = 0;
    constructor(capacity = 10_000, ttlMs = 0, now = Date.now) {
        this.capacity = capacity;
        this.ttlMs = ttlMs;
        this.now = now;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`window capacity must be a positive integer, got ${capacity}`);
        this.ring = new Array(capacity);
    }
    /** How many keys are held (never more than `capacity`). */
    get size() {
        return this.seq.size;
    }
    has(key) {
        const entry = this.seq.get(key);
        if (!entry)
            return false;
        if (this.ttlMs > 0 && this.now() - entry.at >= this.ttlMs) {
            this.seq.delete(key);
            return false;
        }
        return true;
    }
    /** Records `key`; returns false (and changes nothing) when it is already in the window. */
    add(key) {
        if (this.has(key))
            return false;
        const n = ++this.counter;
        const old = this.ring[this.next];
        // The slot's old key is only dropped if it still belongs to that slot: a key that was forgotten
        // and added again since lives in a newer slot and must stay.
        if (old && this.seq.get(old.key)?.n === old.n)
            this.seq.delete(old.key);
        this.ring[this.next] = { key, n };
        this.next = (this.next + 1) % this.capacity;
        this.seq.set(key, { n, at: this.now() });
        return true;
    }
    forget(key) {
        this.seq.delete(key);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/webhook/landed.ts
/**
 * The delivery keys (GUIDs and signed-body keys) whose dispatch landed, kept in `--state-dir` so the
 * de-duplication survives a restart.
 *
 * Why: a relay source resends from its checkpoint after a restart, and the checkpoint only moves
 * past an event once that event and every earlier one are settled. Events after the checkpoint may
 * already have been dispatched (a later dispatch landed while an earlier one was pending), and
 * without this file they would be dispatched a second time.
 *
 * One key per line, appended (a SIGKILL can at worst leave a torn last line, which is skipped).
 * Bounded: once the file holds twice `capacity` lines it is rewritten (atomically) with the newest
 * `capacity`, the same window the in-memory de-duplication keeps.
 */



const FILE = 'dispatched-deliveries';
/** A GUID-like delivery id or `body:<sha256 hex>`: anything else is a torn or foreign line. */
const KEY = /^[A-Za-z0-9_.:-]{1,200}$/;
class LandedKeys {
    capacity;
    file;
    lines;
    writing = Promise.resolve();
    constructor(dir, capacity) {
        this.capacity = capacity;
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        this.file = (0,external_node_path_.join)(dir, FILE);
        let text = '';
        try {
            text = (0,external_node_fs_.readFileSync)(this.file, 'utf8');
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw err;
        }
        const all = text.split('\n');
        // The last piece is '' after a whole line, or a torn line: either way not a key.
        all.pop();
        this.lines = all.filter((l) => KEY.test(l)).slice(-capacity);
        // A torn tail would glue itself to the next append: rewrite the file without it first.
        if (text && !text.endsWith('\n')) {
            const temp = `${this.file}.tmp-${process.pid}`;
            (0,external_node_fs_.writeFileSync)(temp, this.lines.map((l) => `${l}\n`).join(''));
            (0,external_node_fs_.renameSync)(temp, this.file);
        }
    }
    /** The keys remembered from earlier runs, oldest first. */
    keys() {
        return this.lines;
    }
    /** Records keys as landed; resolves once they are on disk (writes are serialized). */
    add(keys) {
        const fresh = keys.filter((k) => KEY.test(k));
        if (!fresh.length)
            return this.writing;
        this.lines.push(...fresh);
        const written = this.writing.then(async () => {
            if (this.lines.length < 2 * this.capacity)
                return (0,promises_.appendFile)(this.file, `${fresh.join('\n')}\n`);
            this.lines = this.lines.slice(-this.capacity);
            const temp = `${this.file}.tmp-${process.pid}`;
            await (0,promises_.writeFile)(temp, `${this.lines.join('\n')}\n`);
            await (0,promises_.rename)(temp, this.file);
        });
        // A failed write is the caller's to log; the next one still runs.
        this.writing = written.catch(() => undefined);
        return written;
    }
}

// EXTERNAL MODULE: ./src/webhook/dispatch.ts
var dispatch = __webpack_require__(6207);
// EXTERNAL MODULE: ./src/net/timing.ts
var timing = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/webhook/queue.ts
/**
 * The bounded background queue between "GitHub got its answer" and "the dispatch landed".
 *
 * GitHub gives a webhook 10 s to answer and does not retry a failed delivery on its own, so the
 * receiver answers as soon as a job is queued and does the API call here. The bound is on every job
 * not yet finished (waiting + running + waiting to retry): when it is reached `offer` says no and the
 * receiver answers 503, which GitHub shows as a failed delivery that can be redelivered. An unbounded
 * queue would instead turn an outage of the target into unbounded memory and silently lost events
 * at the next restart.
 */


class DispatchQueue {
    options;
    waiting = [];
    active = 0;
    idleWaiters = [];
    attempts;
    backoff;
    drainBackoff;
    timers = new Set();
    draining = false;
    stopped = false;
    /** Jobs finished since start, for /healthz. */
    stats = { accepted: 0, dispatched: 0, failed: 0, rejected: 0 };
    constructor(options) {
        this.options = options;
        if (!(options.capacity >= 1))
            throw new RangeError(`queue capacity must be at least 1, got ${options.capacity}`);
        if (!(options.concurrency >= 1))
            throw new RangeError(`queue concurrency must be at least 1, got ${options.concurrency}`);
        this.attempts = Math.max(1, options.attempts ?? 3);
        const base = (0,timing/* retryBaseMs */.wR)();
        this.backoff = options.backoffMs ?? ((attempt) => base * 2 ** (attempt - 1));
        this.drainBackoff = options.drainBackoffMs ?? base / 4;
    }
    /** Jobs not finished yet: waiting, running or backing off between tries. */
    get depth() {
        return this.waiting.length + this.active;
    }
    get running() {
        return this.active;
    }
    get capacity() {
        return this.options.capacity;
    }
    /** Queues a job; false when the queue is full (the caller answers 503). */
    offer(id, data) {
        if (this.depth >= this.options.capacity) {
            this.stats.rejected++;
            return false;
        }
        this.stats.accepted++;
        this.waiting.push({ id, data });
        this.pump();
        return true;
    }
    /**
     * Resolves true once every job has finished, or false when `timeoutMs` passes first. Backoff
     * waits are cut to `drainBackoffMs` so a drain does not sit out a long pause: a job waiting to
     * retry gets its next try almost at once, yet a target still failing is not hammered.
     */
    async drain(timeoutMs = Infinity) {
        this.draining = true;
        for (const t of [...this.timers])
            t.wake(this.drainBackoff);
        if (this.depth === 0)
            return true;
        const idle = new Promise((resolve) => this.idleWaiters.push(() => resolve(true)));
        if (!Number.isFinite(timeoutMs))
            return idle;
        let timer;
        const late = new Promise((resolve) => {
            timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs));
        });
        try {
            return await Promise.race([idle, late]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    /**
     * Drops the jobs that have not started (returned, so they can be logged for redelivery) and lets
     * the running ones finish their current try without another: used when a drain ran out of time.
     */
    abandon() {
        this.stopped = true;
        for (const t of [...this.timers])
            t.wake(0);
        return this.waiting.splice(0, this.waiting.length);
    }
    pump() {
        while (this.active < this.options.concurrency && this.waiting.length) {
            const job = this.waiting.shift();
            this.active++;
            void this.work(job).finally(() => {
                this.active--;
                this.pump();
                if (this.depth === 0) {
                    const waiters = this.idleWaiters;
                    this.idleWaiters = [];
                    for (const w of waiters)
                        w();
                }
            });
        }
    }
    async work(job) {
        const started = Date.now();
        let attempt = 0;
        for (;;) {
            attempt++;
            try {
                await this.options.run(job.data);
                this.stats.dispatched++;
                this.settle(job, { ok: true, attempts: attempt, ms: Date.now() - started });
                return;
            }
            catch (error) {
                const again = !this.stopped && attempt < this.attempts && (this.options.retryable?.(error) ?? true);
                if (again)
                    await this.sleep(this.backoff(attempt));
                // Abandoned while it waited: no further try.
                if (!again || this.stopped) {
                    this.stats.failed++;
                    this.settle(job, { ok: false, attempts: attempt, ms: Date.now() - started, error });
                    return;
                }
            }
        }
    }
    settle(job, result) {
        try {
            this.options.onSettled?.(job.id, job.data, result);
        }
        catch {
            // A logging hook must never take the queue down.
        }
    }
    /** A backoff wait; `wake(ms)` cuts it to at most `ms` from now (drain, abandon). */
    sleep(ms) {
        if (this.stopped)
            return Promise.resolve();
        const wait = this.draining ? Math.min(ms, this.drainBackoff) : ms;
        return new Promise((resolve) => {
            const done = () => {
                this.timers.delete(entry);
                resolve();
            };
            const deadline = Date.now() + wait;
            const entry = {
                timer: setTimeout(done, wait),
                wake: (cap) => {
                    if (deadline - Date.now() <= cap)
                        return;
                    clearTimeout(entry.timer);
                    entry.timer = setTimeout(done, cap);
                },
            };
            this.timers.add(entry);
        });
    }
}

// EXTERNAL MODULE: ./src/webhook/budget.ts
var webhook_budget = __webpack_require__(9364);
// EXTERNAL MODULE: ./src/webhook/http.ts
var http = __webpack_require__(7205);
// EXTERNAL MODULE: ./src/github/repo-ref.ts
var repo_ref = __webpack_require__(8031);
;// CONCATENATED MODULE: ./src/webhook/route.ts

const SHA = /^[0-9a-f]{40}$/;
const ZERO = /^0{40}$/;
/** `owner/name`, or a git URL (https, ssh, scp-like, git://), reduced to host + lower-case `owner/name`. */
function parseRepoRef(value) {
    const ref = (0,repo_ref/* parseRepoRef */.PP)(value);
    if (!ref)
        return undefined;
    // Webhooks name hosts without ports (html_url vs ssh_url): compare machine names.
    return ref.host ? { host: ref.host.replace(/:\d+$/, ''), path: (0,repo_ref/* repoKey */.wb)(ref) } : { path: (0,repo_ref/* repoKey */.wb)(ref) };
}
/** True when a manifest `upstream.repo` names the payload's repository. */
function repoMatches(manifestRepo, repo) {
    const want = parseRepoRef(manifestRepo);
    if (!want || typeof repo.full_name !== 'string')
        return false;
    if (want.path !== repo.full_name.toLowerCase())
        return false;
    if (!want.host)
        return true;
    // A URL also names the host: it must be the host this event came from.
    return [repo.html_url, repo.clone_url, repo.ssh_url, repo.git_url].some((url) => typeof url === 'string' && parseRepoRef(url)?.host === want.host);
}
/** Manifest entries whose upstream is the payload's repository. */
function entriesTracking(manifest, repo) {
    return Object.values(manifest.binaries).filter((e) => e.upstream && repoMatches(e.upstream.repo, repo));
}
function tagAllowed(entry, tag) {
    const pattern = entry.upstream?.tagPattern;
    if (!pattern)
        return true;
    try {
        return new RegExp(pattern).test(tag);
    }
    catch {
        return true; // the manifest loader already rejects bad patterns; never drop an event over one
    }
}
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/** Maps one verified delivery (`X-GitHub-Event` + parsed body) to a dispatch or a reason to ignore it. */
function routeEvent(event, body, manifest) {
    const payload = obj(body);
    const repo = obj(payload.repository);
    const fullName = str(repo.full_name);
    if (event !== 'push' && event !== 'create' && event !== 'release')
        return { kind: 'ignore', reason: `event "${event}" is not an upstream update` };
    if (!fullName)
        return { kind: 'ignore', reason: 'payload names no repository' };
    const tracking = entriesTracking(manifest, repo);
    if (!tracking.length)
        return { kind: 'ignore', reason: `${fullName} is not a tracked upstream` };
    const base = { upstream: fullName, upstream_url: str(repo.html_url) ?? null, event };
    const names = (list) => list.map((e) => e.name).sort();
    const track = (t) => tracking.filter((e) => e.upstream.track === t);
    if (event === 'push') {
        const ref = str(payload.ref) ?? '';
        const after = str(payload.after) ?? '';
        if (payload.deleted === true || ZERO.test(after))
            return { kind: 'ignore', reason: `${ref} was deleted` };
        const sha = SHA.test(after) ? after : null;
        if (ref.startsWith('refs/heads/')) {
            const branch = ref.slice('refs/heads/'.length);
            const defaultBranch = str(repo.default_branch) ?? str(repo.master_branch);
            const hit = track('commits').filter((e) => (e.upstream.branch ?? defaultBranch) === branch);
            if (!hit.length)
                return { kind: 'ignore', reason: `push to ${branch} is not a tracked branch of ${fullName}` };
            return { kind: 'dispatch', update: { ...base, ref, sha, tag: null, entries: names(hit) } };
        }
        if (ref.startsWith('refs/tags/'))
            return tagRoute(base, ref.slice('refs/tags/'.length), sha, track('tags'));
        return { kind: 'ignore', reason: `push to ${ref || 'an unknown ref'} is not a branch or tag` };
    }
    if (event === 'create') {
        if (payload.ref_type !== 'tag')
            return { kind: 'ignore', reason: `create of a ${String(payload.ref_type ?? 'ref')} is not an upstream update` };
        const tag = str(payload.ref);
        if (!tag)
            return { kind: 'ignore', reason: 'create event names no tag' };
        return tagRoute(base, tag, null, track('tags'));
    }
    // release
    const action = str(payload.action) ?? '';
    if (action !== 'published' && action !== 'released')
        return { kind: 'ignore', reason: `release ${action || 'event'} is not a publication` };
    const release = obj(payload.release);
    const tag = str(release.tag_name);
    if (!tag)
        return { kind: 'ignore', reason: 'release names no tag' };
    if (release.draft === true)
        return { kind: 'ignore', reason: `release ${tag} is a draft` };
    let hit = track('releases').filter((e) => tagAllowed(e, tag));
    if (release.prerelease === true)
        hit = hit.filter((e) => e.upstream.prereleases);
    if (!hit.length) {
        const why = release.prerelease === true ? 'a prerelease no entry asks for' : 'not tracked (no entry tracks its releases, or tag-pattern rejects it)';
        return { kind: 'ignore', reason: `release ${tag} of ${fullName} is ${why}` };
    }
    const target = str(release.target_commitish);
    return {
        kind: 'dispatch',
        update: { ...base, ref: `refs/tags/${tag}`, sha: target && SHA.test(target) ? target : null, tag, entries: names(hit) },
        // `published` and `released` both fire for a plain release: one dispatch for the two.
        coalesceKey: `release\0${fullName.toLowerCase()}\0${tag}`,
    };
}
function tagRoute(base, tag, sha, tagEntries) {
    const hit = tagEntries.filter((e) => tagAllowed(e, tag));
    if (!hit.length)
        return { kind: 'ignore', reason: `tag ${tag} of ${base.upstream} is not tracked (no entry tracks its tags, or tag-pattern rejects it)` };
    return {
        kind: 'dispatch',
        update: { ...base, ref: `refs/tags/${tag}`, sha, tag, entries: hit.map((e) => e.name).sort() },
        // A pushed tag fires both `push` and `create`: hooks subscribed to both dispatch once.
        coalesceKey: `tag\0${base.upstream.toLowerCase()}\0${tag}`,
    };
}

// EXTERNAL MODULE: ./src/webhook/verify.ts
var verify = __webpack_require__(3408);
;// CONCATENATED MODULE: ./src/webhook/server.ts













/** GitHub caps webhook payloads at 25 MB and does not deliver bigger ones. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;
const reply = (status, outcome, extra, headers) => ({
    status,
    outcome,
    extra,
    headers,
});
const SHUTTING_DOWN = reply(503, 'shutting-down', {}, { connection: 'close', 'retry-after': '30' });
/** Nothing about the body is trusted (or logged) before the signature checks out. */
function server_verify(r, d) {
    if (d.hint) {
        d.bodyKey = `body:${d.digest.toString('hex')}`;
        return undefined;
    }
    const given = (0,verify/* parseSignature */.uT)(d.headers['x-hub-signature-256']);
    if (given && d.digest && (0,verify/* signatureMatches */.wI)(given, d.digest)) {
        d.bodyKey = `body:${d.digest.toString('hex')}`;
        return undefined;
    }
    return reply(401, 'unauthorized', { error: 'signature does not match' });
}
/** Refused before a byte of the body is read: no (or a malformed) signature can never verify. */
function unsigned(req) {
    const raw = req.headers['x-hub-signature-256'];
    if ((0,verify/* parseSignature */.uT)(raw))
        return undefined;
    return reply(401, 'unauthorized', { error: raw ? 'malformed X-Hub-Signature-256' : 'missing X-Hub-Signature-256' }, { connection: 'close' });
}
function parse(r, d) {
    if (!d.event)
        return reply(400, 'bad-request', { error: 'missing X-GitHub-Event' });
    if (r.ignore.has(d.event))
        return reply(200, 'ignored', { reason: `event ${d.event} is ignored (--ignore-event)` });
    try {
        const type = d.headers['content-type'];
        d.payload = (0,http/* parsePayload */.ex)(d.body, typeof type === 'string' ? type : undefined);
    }
    catch (err) {
        return reply(400, 'bad-request', { error: `body is not a webhook payload: ${(0,errors.oneLine)(err)}` });
    }
    d.record.repo = typeof d.payload.repository?.full_name === 'string' ? d.payload.repository.full_name : null;
    if (typeof d.payload.action === 'string')
        d.record.action = d.payload.action;
    if (d.event === 'ping')
        return reply(200, 'ping', { hook_id: d.payload.hook_id ?? null });
    if (!d.id)
        return reply(400, 'bad-request', { error: 'missing X-GitHub-Delivery' });
    if (r.deliveries.has(d.id))
        return { ...reply(200, 'duplicate'), settled: r.pending.get(d.id) };
    // The delivery id is not signed: the same signed body replayed under fresh ids is still one event.
    if (r.deliveries.has(d.bodyKey))
        return { ...reply(200, 'duplicate', { reason: 'the same signed body was already accepted' }), settled: r.pending.get(d.bodyKey) };
    return undefined;
}
function route(r, d) {
    let found;
    try {
        found = routeEvent(d.event, d.payload, r.manifest());
    }
    catch (err) {
        return reply(400, 'bad-request', { error: (0,errors.oneLine)(err) });
    }
    if (found.kind === 'ignore')
        return reply(200, 'ignored', { reason: found.reason });
    if (found.coalesceKey && r.coalesced.has(found.coalesceKey)) {
        // Once the dispatch it joined has landed, this delivery counts as dispatched too (after a restart as well).
        const joined = r.pending.get(found.coalesceKey) ?? Promise.resolve(true);
        const keys = [d.id, d.bodyKey];
        const settled = joined.then((landed) => (landed ? remember(r, keys) : undefined));
        return { ...reply(200, 'coalesced', { reason: 'the same tag or release was just dispatched' }), settled };
    }
    d.route = d.hint ? { ...found, update: hintOnly(found.update) } : found;
    return undefined;
}
/** What an unverifiable body may say: which upstream to re-check, not which commit or tag it is at. */
function hintOnly(update) {
    return { ...update, sha: null, tag: null, ref: update.ref.startsWith('refs/heads/') ? update.ref : '' };
}
function server_dispatch(r, d) {
    const { update, coalesceKey } = d.route;
    const id = d.id;
    // Not remembered when refused: the redelivery GitHub offers for a failed delivery must go through.
    const payload = d.hint ? { ...update, delivery: id, unverified: true } : { ...update, delivery: id };
    let done;
    const settled = new Promise((resolve) => (done = resolve));
    if (!r.queue.offer(id, { payload, coalesceKey, bodyKey: d.bodyKey, done, settled }))
        return reply(503, 'queue-full', { depth: r.queue.depth }, { 'retry-after': '60' });
    r.deliveries.add(id);
    r.deliveries.add(d.bodyKey);
    if (coalesceKey)
        r.coalesced.add(coalesceKey);
    for (const key of [id, d.bodyKey, coalesceKey])
        if (key)
            r.pending.set(key, settled);
    return { ...reply(202, 'accepted', { upstream: update.upstream, ref: update.ref }), settled };
}
/** Puts landed keys on disk (with a state dir); a failed write is logged, never retried as a dispatch. */
async function remember(r, keys) {
    await r.landed?.add(keys).catch((err) => r.emit('warn', { msg: 'state', outcome: 'write-failed', error: (0,errors.oneLine)(err) }));
}
/** A Dispatch from the options: theirs, or one through the shared GitHub client. */
function dispatcherFor(options, emit) {
    if (options.dispatch)
        return options.dispatch;
    if (!options.token)
        throw new Error('a token (or a dispatch function) is required to send dispatches');
    return (0,dispatch.createDispatcher)({
        token: options.token,
        apiUrl: options.apiUrl,
        eventType: options.eventType,
        warn: (message) => emit('warn', { msg: 'github', message }),
    });
}
function queueFor(options, send, r, emit) {
    return new DispatchQueue({
        capacity: options.queueSize ?? 100,
        concurrency: options.concurrency ?? 4,
        attempts: options.attempts ?? 6,
        retryable: dispatch/* isRetryable */.r,
        run: async (job) => {
            await send(options.target, job.payload);
            // On disk before the delivery settles (and before the dispatch line is logged): a source may
            // checkpoint past it only once a resend of it would be taken for a duplicate.
            await remember(r, [job.payload.delivery, job.bodyKey]);
        },
        onSettled: (id, job, result) => {
            for (const key of [id, job.bodyKey, job.coalesceKey])
                if (key && r.pending.get(key) === job.settled)
                    r.pending.delete(key);
            job.done(result.ok);
            const base = {
                msg: 'dispatch',
                id,
                upstream: job.payload.upstream,
                ref: job.payload.ref,
                target: options.target,
                attempts: result.attempts,
                ms: result.ms,
            };
            if (result.ok)
                return emit('info', { ...base, outcome: 'dispatched' });
            // Forget the delivery so a redelivery from the hook's page (same id) is not taken for a replay.
            r.deliveries.forget(id);
            r.deliveries.forget(job.bodyKey);
            if (job.coalesceKey)
                r.coalesced.forget(job.coalesceKey);
            emit('warn', { ...base, outcome: 'failed', error: (0,errors.oneLine)(result.error) });
        },
    });
}
/**
 * The webhook receiver as a plain Node request handler: mount it on any Node HTTP host, or let
 * startWebhookServer serve it. Routes: `GET /healthz`, and `POST` on any other path for deliveries
 * (the signature is what authenticates, so a reverse proxy may mount it under any prefix).
 */
function createWebhookHandler(options) {
    if (!options.secret)
        throw new Error('webhook secret is empty');
    const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const emit = (level, record) => options.log?.[level](JSON.stringify({ time: new Date().toISOString(), ...record }));
    const window = options.replayWindow ?? 10_000;
    const keys = {
        deliveries: new RecentKeys(window),
        coalesced: new RecentKeys(1_000, options.coalesceMs ?? 120_000),
        pending: new Map(),
        landed: options.stateDir ? new LandedKeys(options.stateDir, window) : undefined,
        emit,
    };
    for (const key of keys.landed?.keys() ?? [])
        keys.deliveries.add(key);
    const r = {
        ...keys,
        secret: options.secret,
        manifest: typeof options.manifest === 'function' ? options.manifest : () => options.manifest,
        queue: queueFor(options, dispatcherFor(options, emit), keys, emit),
        ignore: new Set(options.ignoreEvents ?? []),
    };
    const budget = new webhook_budget/* BodyBudget */.S(options.budget);
    let closing = false;
    const health = () => ({
        ok: !closing,
        draining: closing,
        queue: { depth: r.queue.depth, running: r.queue.running, capacity: r.queue.capacity },
        ...r.queue.stats,
        inFlight: budget.inFlight,
    });
    async function receive(req, res) {
        const started = Date.now();
        const d = { headers: req.headers, id: (0,http/* header */.wx)(req, 'x-github-delivery'), event: (0,http/* header */.wx)(req, 'x-github-event'), body: Buffer.alloc(0), record: {} };
        d.record = { msg: 'delivery', id: d.id ?? null, event: d.event ?? null };
        const answer = (reply) => {
            (0,http/* sendJson */.jD)(res, reply.status, { outcome: reply.outcome, ...reply.extra }, reply.headers);
            settle(d, reply, started);
        };
        if (closing)
            return answer(SHUTTING_DOWN);
        const refused = unsigned(req);
        if (refused)
            return (0,http/* refuseUnread */.CV)(req, () => answer(refused));
        const body = await readDelivery(req, r.secret, maxBody, budget, answer);
        if (!body)
            return;
        try {
            // Shutdown may have begun while the body was arriving: the drain must not gain new work.
            if (closing)
                return answer(SHUTTING_DOWN);
            d.body = body.bytes;
            d.digest = body.digest;
            answer(server_verify(r, d) ?? parse(r, d) ?? route(r, d) ?? server_dispatch(r, d));
        }
        finally {
            body.release();
        }
    }
    /** Logs the answer, and keeps an accepted delivery in the save folder. */
    function settle(d, { status, outcome, extra = {} }, started) {
        emit(status >= 500 || status === 401 ? 'warn' : 'info', { ...d.record, outcome, status, ...extra, ms: Date.now() - started });
        if (status === 202 && options.saveDir)
            save(options.saveDir, d).catch((err) => emit('warn', { msg: 'save', id: d.id, error: (0,errors.oneLine)(err) }));
    }
    function deliver(sourced) {
        const started = Date.now();
        const headers = Object.fromEntries(Object.entries(sourced.headers).map(([k, v]) => [k.toLowerCase(), v]));
        const d = {
            headers,
            hint: !sourced.exact,
            id: headers['x-github-delivery'] || undefined,
            event: headers['x-github-event'] || undefined,
            body: sourced.body,
            digest: (0,external_node_crypto_.createHmac)('sha256', r.secret).update(sourced.body).digest(),
            record: {},
        };
        d.record = { msg: 'delivery', source: sourced.source, id: d.id ?? null, event: d.event ?? null, ...(d.hint ? { verified: false } : {}) };
        const result = closing ? SHUTTING_DOWN : (server_verify(r, d) ?? parse(r, d) ?? route(r, d) ?? server_dispatch(r, d));
        settle(d, result, started);
        // Not taken (503): never settled, so a source does not checkpoint past it.
        const settled = result.status === 503 ? new Promise(() => { }) : Promise.resolve(result.settled).then(() => undefined);
        return { status: result.status, outcome: result.outcome, settled };
    }
    const handler = ((req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
            const h = health();
            return (0,http/* sendJson */.jD)(res, h.ok ? 200 : 503, h);
        }
        if (req.method !== 'POST')
            return (0,http/* sendJson */.jD)(res, req.method === 'GET' ? 404 : 405, { error: 'POST webhook deliveries here; GET /healthz for health' }, { allow: 'POST' });
        receive(req, res).catch((err) => {
            emit('warn', { msg: 'delivery', outcome: 'error', error: (0,errors.oneLine)(err) });
            if (!res.headersSent)
                (0,http/* sendJson */.jD)(res, 500, { outcome: 'error' });
            else
                res.destroy();
        });
    });
    handler.health = health;
    handler.deliver = deliver;
    handler.close = async ({ drainTimeoutMs = Infinity } = {}) => {
        closing = true;
        const drained = await r.queue.drain(drainTimeoutMs);
        const abandoned = drained ? [] : r.queue.abandon().map((j) => j.id);
        return { drained, abandoned };
    };
    return handler;
}
/** `<delivery>.json`: the headers and the exact body (base64), to replay or inspect later. */
async function save(dir, d) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const name = (d.id ?? 'unknown').replace(/[^A-Za-z0-9_-]/g, '_');
    const headers = Object.fromEntries(Object.entries(d.headers).filter(([k, v]) => typeof v === 'string' && (k.startsWith('x-') || k === 'content-type')));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, `${name}.json`), JSON.stringify({ id: d.id, event: d.event, verified: !d.hint, headers, body: d.body.toString('base64') }));
}
const OVERLOADED = reply(503, 'overloaded', { error: 'too many bodies in flight; retry later' }, { connection: 'close', 'retry-after': '30' });
/**
 * The body and its HMAC (computed while it streamed in), holding its share of the memory budget
 * until `release`; or undefined once answered (413, 503) or when the client went away.
 */
async function readDelivery(req, secret, maxBody, budget, answer) {
    const refuse = (r) => (0,http/* refuseUnread */.CV)(req, () => answer(r));
    const length = req.headers['content-length'];
    const declared = length === undefined ? undefined : Number(length);
    if (declared !== undefined && !(Number.isSafeInteger(declared) && declared >= 0))
        return void refuse(reply(400, 'bad-request', { error: 'bad Content-Length' }));
    if (declared !== undefined && declared > maxBody)
        return void refuse(reply(413, 'too-large', { limit: maxBody }, { connection: 'close' }));
    // Shed before reading: the reservation is taken for the declared size, so memory never grows past the budget.
    const reservation = budget.admit(declared);
    if (!reservation)
        return void refuse(OVERLOADED);
    const hmac = (0,external_node_crypto_.createHmac)('sha256', secret);
    const body = await (0,http/* readBody */.x8)(req, { limit: maxBody, declared, onChunk: (c) => hmac.update(c), grow: reservation.grow });
    if (Buffer.isBuffer(body))
        return { bytes: body, digest: hmac.digest(), release: reservation.release };
    reservation.release();
    if (body === 'too-large')
        refuse(reply(413, 'too-large', { limit: maxBody }, { connection: 'close' }));
    else if (body === 'overloaded')
        refuse(OVERLOADED);
    return undefined;
}
/** Serves createWebhookHandler on its own HTTP server with timeouts suited to GitHub's deliveries. */
async function startWebhookServer(options) {
    const handler = createWebhookHandler(options);
    // Slow-loris guards: headers must arrive within 10 s and a whole request within 30 s (a 25 MB
    // body needs some time on a slow link); idle keep-alive sockets go after 5 s. Node checks these
    // timeouts every connectionsCheckingInterval (30 s by default, so a trickle was held ~30 s):
    // checked every second here, a trickle is cut on time.
    const headersTimeout = options.headersTimeoutMs ?? 10_000;
    const server = (0,external_node_http_.createServer)({ connectionsCheckingInterval: Math.min(1_000, headersTimeout), headersTimeout, requestTimeout: options.requestTimeoutMs ?? 30_000 }, handler);
    server.keepAliveTimeout = 5_000;
    server.maxHeadersCount = 100;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host ?? '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let closed;
    return {
        url: `http://${host}:${address.port}`,
        port: address.port,
        server,
        handler,
        close(closeOptions) {
            closed ??= (async () => {
                const stopped = new Promise((resolve) => server.close(() => resolve()));
                server.closeIdleConnections();
                const result = await handler.close(closeOptions);
                // Busy keep-alive sockets got 503 + Connection: close; anything still open is cut now.
                server.closeAllConnections();
                await stopped;
                return result;
            })();
            return closed;
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/webhook.ts






const WEBHOOK_HELP = (/* unused pure expression or super */ null && (`Usage: ghsync webhook --secret-env VAR --target OWNER/REPO [options]

Serve GitHub webhooks from upstream repositories and turn push / release / tag events of
tracked upstreams into a repository_dispatch (event type "upstream-update") on the target.

Options:
  --port N           port to listen on (default: $PORT, else 8080; 0 picks a free one)
  --host ADDR        address to bind (default 127.0.0.1; put a tunnel or proxy in front)
  --secret-env VAR   name of the environment variable holding the webhook secret (required;
                     the secret itself is never taken from the command line)
  --target REPO      owner/name of the repository that receives the dispatches (required)
  --manifest FILE    versions manifest (default versions.yml); re-read on SIGHUP
  --queue-size N     dispatches waiting at most; beyond it deliveries get 503 (default 100)
  --concurrency N    dispatches in flight at once (default 4)
  --drain-timeout S  on SIGTERM/SIGINT, seconds to wait for queued dispatches (default 60)
  --source URL       also (or only) read a relay channel: smee.io, gosmee or ghsync relay;
                     repeatable; with --source, --port is optional
  --state-dir DIR    keep each source's checkpoint (the last event id settled, with every
                     earlier one) and the ids of landed dispatches here, to resume after a
                     restart (even a crash) with nothing lost and nothing dispatched twice
  --silence DUR      reconnect a source that sent nothing for this long (default 75s)
  --save-dir DIR     keep each accepted delivery as <delivery-id>.json
  --ignore-event E   acknowledge and drop this event type; repeatable
  --help             show this help

Environment: GITHUB_TOKEN or GH_TOKEN (may create dispatches on the target), GITHUB_API_URL.
Routes: POST (any path) for deliveries, GET /healthz for probes. Logs: one JSON line per
delivery and per dispatch on stdout.
`));
/** The options of `ghsync webhook` (node:util parseArgs form), for a CLI framework to merge in. */
const WEBHOOK_OPTIONS = {
    port: { type: 'string' },
    host: { type: 'string' },
    'secret-env': { type: 'string' },
    target: { type: 'string' },
    manifest: { type: 'string' },
    'queue-size': { type: 'string' },
    concurrency: { type: 'string' },
    'drain-timeout': { type: 'string' },
    source: { type: 'string', multiple: true },
    'state-dir': { type: 'string' },
    silence: { type: 'string' },
    'save-dir': { type: 'string' },
    'ignore-event': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
};
/** The same options as [flag, text] rows for --help. */
const WEBHOOK_HELP_ROWS = [
    ['--secret-env VAR', 'environment variable holding the webhook secret (required; never the secret itself)'],
    ['--target owner/name', 'repository that receives the upstream-update dispatches (required)'],
    ['--port N', 'port to listen on (default: $PORT, else 8080; 0 picks a free one)'],
    ['--host ADDR', 'address to bind (default 127.0.0.1; put a tunnel or proxy in front)'],
    ['--queue-size N', 'dispatches outstanding at most; beyond it deliveries get 503 (default 100)'],
    ['--concurrency N', 'dispatches in flight at once (default 4)'],
    ['--drain-timeout S', 'on SIGTERM/SIGINT, seconds to wait for queued dispatches (default 60)'],
    ['--source URL', 'read a relay channel (smee.io, gosmee, ghsync relay); repeatable; --port becomes optional'],
    [
        '--state-dir DIR',
        "keep each source's checkpoint and the ids of landed dispatches here: a restart, even after a crash, loses nothing and dispatches nothing twice",
    ],
    ['--silence DUR', 'reconnect a source that sent nothing, not even a heartbeat, for this long (default 75s)'],
    ['--save-dir DIR', 'keep each accepted delivery as <delivery-id>.json'],
    ['--ignore-event NAME', 'acknowledge and drop this event type; repeatable'],
];
/** JSON lines on stdout (info) and stderr (warnings): each record is already JSON. */
const processIo = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    log: {
        info: (m) => process.stdout.write(`${m}\n`),
        warn: (m) => process.stderr.write(`${m}\n`),
        debug: () => { },
    },
};
function integer(name, value, fallback, min) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
        throw new errors/* UserError */.y(`--${name} must be a whole number of at least ${min}, got "${value}"`);
    return n;
}
/**
 * `ghsync webhook`: parses argv (the words after `webhook`), serves until SIGTERM or SIGINT, then stops
 * accepting, drains the dispatch queue and resolves with the exit code (0 once everything accepted
 * was dispatched or failed for good; 1 when the drain timed out, 2 on usage errors).
 */
async function runWebhookCommand(argv, io = processIo) {
    let values;
    try {
        ({ values } = parseArgs({
            args: argv,
            allowPositionals: false,
            strict: true,
            options: WEBHOOK_OPTIONS,
        }));
    }
    catch (err) {
        const text = oneLine(err);
        const hint = /--secret\b/.test(text) ? ' (put the secret in an environment variable and pass its name with --secret-env)' : '';
        io.err(`ghsync webhook: ${text}${hint}\nRun "ghsync webhook --help" for usage.\n`);
        return 2;
    }
    if (values.help) {
        io.out(WEBHOOK_HELP);
        return 0;
    }
    try {
        return await serveWebhook(values, io);
    }
    catch (err) {
        if (err instanceof UserError) {
            io.err(`ghsync webhook: ${err.message}\n`);
            return 1;
        }
        throw err;
    }
}
/**
 * `ghsync webhook` from already-parsed option values (what a CLI framework hands over): serves until
 * SIGTERM/SIGINT and resolves with the exit code. Bad settings throw UserError before listening.
 * `--repo` is taken as the target when `--target` is absent.
 */
async function serveWebhook(values, io = processIo) {
    const settings = settingsFrom(values);
    const manifest = { current: await (0,manifest_manifest.loadManifest)(settings.manifestFile) };
    const server = await listen(settings, () => manifest.current, io.log);
    return untilStopped(server, settings, manifest, io.log);
}
function settingsFrom(values) {
    const text = (key) => (typeof values[key] === 'string' ? values[key] : undefined);
    const secretEnv = text('secret-env');
    if (!secretEnv)
        throw new errors/* UserError */.y('--secret-env is required: the name of the environment variable that holds the webhook secret');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(secretEnv))
        throw new errors/* UserError */.y(`--secret-env takes a variable name, not a value (got something that is not a name)`);
    const secret = process.env[secretEnv];
    if (!secret)
        throw new errors/* UserError */.y(`environment variable ${secretEnv} is not set or empty: it must hold the webhook secret`);
    const target = text('target') ?? text('repo');
    if (!target || !(0,manifest_manifest.isRepoName)(target))
        throw new errors/* UserError */.y(`--target must be owner/name of the repository to dispatch to${target ? `, got "${target}"` : ''}`);
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
    if (!token)
        throw new errors/* UserError */.y('no token: set GITHUB_TOKEN or GH_TOKEN to a token that may create dispatches on the target');
    const list = (key) => (Array.isArray(values[key]) ? values[key] : []);
    const sources = list('source');
    for (const source of sources) {
        let u;
        try {
            u = new URL(source);
        }
        catch {
            u = undefined;
        }
        if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:'))
            throw new errors/* UserError */.y(`--source must be an http(s) URL of a relay channel, got "${source}"`);
    }
    const portText = text('port') ?? (sources.length ? undefined : process.env.PORT);
    const port = sources.length && portText === undefined ? undefined : integer('port', portText, 8080, 0);
    if (port !== undefined && port > 65535)
        throw new errors/* UserError */.y(`--port must be at most 65535, got ${port}`);
    return {
        secret,
        target,
        token,
        port,
        sources,
        stateDir: text('state-dir'),
        silenceMs: text('silence') === undefined ? undefined : (0,duration.parseDuration)(text('silence'), '--silence'),
        saveDir: text('save-dir'),
        ignoreEvents: list('ignore-event'),
        host: text('host') ?? '127.0.0.1',
        queueSize: integer('queue-size', text('queue-size'), 100, 1),
        concurrency: integer('concurrency', text('concurrency'), 4, 1),
        drainSeconds: integer('drain-timeout', text('drain-timeout'), 60, 0),
        manifestFile: text('manifest') ?? 'versions.yml',
    };
}
async function listen(s, manifest, log) {
    const tracked = Object.values(manifest().binaries).filter((e) => e.upstream).length;
    if (!tracked)
        log.warn(JSON.stringify({ msg: 'manifest', file: s.manifestFile, warning: 'no entry has an upstream: every event will be ignored' }));
    const { port, host, secret, target, token, queueSize, concurrency } = s;
    const options = {
        secret,
        target,
        token,
        apiUrl: process.env.GITHUB_API_URL || undefined,
        manifest,
        queueSize,
        concurrency,
        log,
        saveDir: s.saveDir,
        ignoreEvents: s.ignoreEvents,
        stateDir: s.stateDir,
    };
    const server = port === undefined
        ? undefined
        : await startWebhookServer({ ...options, port, host }).catch((err) => {
            throw new errors/* UserError */.y(`cannot listen on ${host}:${port}: ${err.code ?? (0,errors.oneLine)(err)}`);
        });
    const handler = server?.handler ?? createWebhookHandler(options);
    // Every source goes through the handler's own steps: verify, de-duplicate, route, dispatch.
    const emit = (level, record) => log[level](JSON.stringify({ time: new Date().toISOString(), ...record }));
    const streams = [];
    for (const source of s.sources) {
        streams.push(await (0,client.startStreamClient)({
            source,
            stateDir: s.stateDir,
            silenceMs: s.silenceMs,
            log: emit,
            onDelivery: (d) => handler.deliver({ headers: d.headers, body: d.body, exact: d.exact, source: 'relay' }),
        }));
    }
    log.info(JSON.stringify({
        msg: 'listening',
        url: server?.url ?? null,
        sources: streams.map((c) => ({ stream: c.streamUrl, format: c.format })),
        target,
        manifest: s.manifestFile,
        tracked,
        queue: queueSize,
    }));
    return {
        handler,
        async close(closeOptions) {
            await Promise.all(streams.map((c) => c.stop()));
            const result = await (server ? server.close(closeOptions) : handler.close(closeOptions));
            // The drain settled what was queued: the checkpoints follow before the process exits.
            await Promise.all(streams.map((c) => c.flush()));
            return result;
        },
    };
}
/**
 * Serves until SIGTERM or SIGINT, then drains: 0 once drained, 1 when the drain timed out or a
 * second signal cut it short. SIGHUP re-reads the manifest.
 */
function untilStopped(server, s, manifest, log) {
    return new Promise((resolve) => {
        let stopping = false;
        const finish = (code) => {
            process.off('SIGTERM', stop);
            process.off('SIGINT', stop);
            process.off('SIGHUP', reload);
            resolve(code);
        };
        const stop = (signal) => {
            if (stopping) {
                // A second signal: the operator does not want to wait for the drain.
                log.warn(JSON.stringify({ msg: 'shutdown', signal, outcome: 'forced' }));
                return resolve(1);
            }
            stopping = true;
            log.info(JSON.stringify({ msg: 'shutdown', signal, queued: server.handler.health().queue.depth }));
            drain(server, s.drainSeconds, log).then(finish);
        };
        const reload = () => {
            (0,manifest_manifest.loadManifest)(s.manifestFile).then((m) => {
                manifest.current = m;
                log.info(JSON.stringify({ msg: 'manifest', file: s.manifestFile, outcome: 'reloaded' }));
            }, (err) => log.warn(JSON.stringify({ msg: 'manifest', file: s.manifestFile, outcome: 'reload-failed', error: (0,errors.oneLine)(err) })));
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
        process.on('SIGHUP', reload);
    });
}
/** Stops accepting and drains the queue; the exit code. */
async function drain(server, seconds, log) {
    try {
        const { drained, abandoned } = await server.close({ drainTimeoutMs: seconds * 1000 });
        if (drained)
            log.info(JSON.stringify({ msg: 'shutdown', outcome: 'drained' }));
        else
            log.warn(JSON.stringify({ msg: 'shutdown', outcome: 'timeout', abandoned, hint: 'redeliver these deliveries from the webhook settings page' }));
        return drained ? 0 : 1;
    }
    catch (err) {
        log.warn(JSON.stringify({ msg: 'shutdown', outcome: 'error', error: (0,errors.oneLine)(err) }));
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/webhook.ts


const command = {
    summary: 'serve GitHub webhooks from upstreams and turn them into upstream-update dispatches',
    usage: 'ghsync webhook --secret-env VAR --target owner/name [--port N] [--manifest versions.yml]',
    help: WEBHOOK_HELP_ROWS,
    options: WEBHOOK_OPTIONS,
    async run(_positionals, values) {
        // Sets GITHUB_API_URL from the origin remote when the environment does not.
        await (0,context/* resolveContext */.wK)({ repo: values.repo });
        return serveWebhook(values);
    },
};


/***/ }),

/***/ 2850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PU: () => (/* binding */ assertVisible),
  wK: () => (/* binding */ resolveContext)
});

// UNUSED EXPORTS: apiUrlForHost, parseRemote

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/github/repo-ref.ts
var repo_ref = __webpack_require__(8031);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/cli/token.ts
/**
 * Which token the CLI may send, and where (hardening 6). A token is for one host: GITHUB_TOKEN /
 * GH_TOKEN belong to the host GITHUB_API_URL or GH_HOST names, else to github.com; a clone's
 * `origin` pointing elsewhere does not redirect them. Without a usable one, the GitHub CLI's own
 * login for that host (`gh auth token --hostname HOST`, which only answers for hosts it knows).
 * A token never travels over plain http to a host that is not this machine.
 */

/** `api.github.com` → `github.com`; `ghe.example/api/v3` → `ghe.example` (host with port, lower case). */
function serverHostOf(apiUrl) {
    const u = new URL(apiUrl);
    const host = u.host.toLowerCase();
    return host === 'api.github.com' ? 'github.com' : host;
}
function isLoopback(hostname) {
    const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
/** Host the environment's token is for. */
function envTokenHost(env) {
    if (env.GITHUB_API_URL) {
        try {
            return serverHostOf(env.GITHUB_API_URL);
        }
        catch {
            /* a bad URL is reported where it is used */
        }
    }
    if (env.GH_HOST)
        return env.GH_HOST.trim().toLowerCase();
    return 'github.com';
}
/** `gh auth token --hostname HOST`: undefined when gh is missing, not logged in there, or slow. */
function ghAuthToken(host, env = process.env) {
    return new Promise((resolve) => {
        // Argument array, no shell; gh gets our environment minus the tokens we chose not to use.
        const { GITHUB_TOKEN: _a, GH_TOKEN: _b, ...rest } = env;
        (0,external_node_child_process_.execFile)('gh', ['auth', 'token', '--hostname', host], { env: rest, timeout: 5000, encoding: 'utf8' }, (err, stdout) => {
            const t = String(stdout ?? '').trim();
            resolve(!err && t && !/\s/.test(t) ? t : undefined);
        });
    });
}
async function chooseToken(apiUrl, env = process.env, gh = ghAuthToken) {
    const u = new URL(apiUrl);
    const host = serverHostOf(apiUrl);
    const envName = env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : env.GH_TOKEN ? 'GH_TOKEN' : undefined;
    const envToken = env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
    let withheld;
    let choice = {};
    if (envToken) {
        const forHost = envTokenHost(env);
        if (forHost === host)
            choice = { token: envToken, from: envName };
        else
            withheld = `${envName} is for ${forHost}, not ${host} (set GH_HOST=${host} to send it there)`;
    }
    if (!choice.token) {
        const fromGh = await gh(host, env);
        if (fromGh)
            choice = { token: fromGh, from: 'gh auth token' };
    }
    if (choice.token && u.protocol === 'http:' && !isLoopback(u.hostname)) {
        return { withheld: `${choice.from} is not sent over plain http to ${u.host}` };
    }
    return choice.token ? choice : { withheld };
}

;// CONCATENATED MODULE: ./src/cli/context.ts




/** Parses `owner/name` and the host out of a git remote URL (https, ssh, scp-like): the one repo-ref reader. */
function parseRemote(url) {
    const ref = (0,repo_ref/* parseRepoRef */.PP)(url);
    if (!ref?.host)
        return undefined;
    // An ssh remote of a GitHub host still has its web and API over https.
    return { protocol: ref.scheme === 'http' ? 'http' : 'https', host: ref.host, repo: ref.fullName };
}
/** REST base for a GitHub host: api.github.com for github.com, `/api/v3` on Enterprise Server. */
function apiUrlForHost(protocol, host) {
    return host === 'github.com' ? 'https://api.github.com' : `${protocol}://${host}/api/v3`;
}
async function resolveContext(opts) {
    const cwd = opts.cwd ?? process.cwd();
    let repo = opts.repo || process.env.GITHUB_REPOSITORY || undefined;
    let remote;
    try {
        const url = await (0,git.gitText)(['remote', 'get-url', 'origin'], { cwd });
        remote = parseRemote(url);
    }
    catch {
        remote = undefined;
    }
    if (!repo && remote)
        repo = remote.repo;
    if (repo) {
        // --repo and GITHUB_REPOSITORY take owner/name (a URL of the repository is read the same way).
        const ref = (0,repo_ref/* parseRepoRef */.PP)(repo);
        if (!ref)
            throw new errors/* UserError */.y(`bad repository "${repo}": expected owner/name`);
        repo = ref.fullName;
    }
    let apiUrl = process.env.GITHUB_API_URL;
    let serverUrl = process.env.GITHUB_SERVER_URL;
    if (!apiUrl && remote)
        apiUrl = apiUrlForHost(remote.protocol, remote.host);
    if (!apiUrl && process.env.GH_HOST)
        apiUrl = apiUrlForHost('https', process.env.GH_HOST.trim());
    if (!serverUrl && remote)
        serverUrl = `${remote.protocol}://${remote.host}`;
    apiUrl = (apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    serverUrl = (serverUrl ?? (apiUrl === 'https://api.github.com' ? 'https://github.com' : apiUrl.replace(/\/api\/v3$/, ''))).replace(/\/+$/, '');
    const choice = await chooseToken(apiUrl);
    const token = choice.token;
    if (opts.needRepo && !repo)
        throw new errors/* UserError */.y('no repository: pass --repo owner/name, or run inside a clone with an "origin" remote');
    if (opts.needToken && !token)
        throw new errors/* UserError */.y(choice.withheld ? `no token for ${serverHostOf(apiUrl)}: ${choice.withheld}` : 'no token: set GITHUB_TOKEN or GH_TOKEN, or log in with "gh auth login"');
    if (choice.withheld) {
        // Nothing later (a build's environment, git) may pick up the token we decided not to send.
        delete process.env.GITHUB_TOKEN;
        delete process.env.GH_TOKEN;
    }
    if (process.env.SYNC_DEBUG)
        process.stderr.write(`debug: API ${apiUrl}, repository ${repo ?? '(none)'}, token ${choice.token ? `from ${choice.from}` : 'none'}\n`);
    // Said once, before any request, so an anonymous 404 or rate limit is not a mystery.
    if (choice.withheld)
        process.stderr.write(`ghsync: requests to ${apiUrl} go without a token: ${choice.withheld}\n`);
    // The library reads these, as it does on the runner.
    process.env.GITHUB_API_URL = apiUrl;
    process.env.GITHUB_SERVER_URL = serverUrl;
    if (repo && !process.env.GITHUB_REPOSITORY)
        process.env.GITHUB_REPOSITORY = repo;
    if (!process.env.GITHUB_WORKSPACE)
        process.env.GITHUB_WORKSPACE = cwd;
    return { apiUrl, serverUrl, repo, token, withheld: choice.withheld, cwd };
}
/**
 * Without a token, a private repository answers 404 like a missing release would, and the
 * caller would go on to build what may exist: stop with the one line that says what to do.
 */
async function assertVisible(ctx, log) {
    if (ctx.token || !ctx.repo)
        return;
    // Through the one API client (retries, rate limits), anonymous: a 404 is "missing or private".
    const { createClient, splitRepo, statusOf } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(9573)]).then(__webpack_require__.bind(__webpack_require__, 9573));
    const gh = createClient({ apiUrl: ctx.apiUrl, warn: (m) => log.warn(m) });
    const seen = await gh.rest.repos.get(splitRepo(ctx.repo)).then(() => true, (err) => {
        if (statusOf(err) === 404)
            return false;
        throw new errors/* UserError */.y(`reading repository ${ctx.repo} failed: ${(0,errors.oneLine)(err)} (check the network and run it again)`);
    });
    if (!seen)
        throw new errors/* UserError */.y(`no token: if ${ctx.repo} is private ${ctx.withheld ? `note that ${ctx.withheld}` : 'set GITHUB_TOKEN'}`);
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y$: () => (/* binding */ gitAuthEnv),
/* harmony export */   git: () => (/* binding */ git),
/* harmony export */   gitText: () => (/* binding */ gitText),
/* harmony export */   wk: () => (/* binding */ repoUrl),
/* harmony export */   xF: () => (/* binding */ headSha)
/* harmony export */ });
/* unused harmony exports GitError, SHA40 */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);


class GitError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    args;
    code;
    stderr;
    constructor(args, code, stderr) {
        const first = stderr.split('\n').find((l) => l.trim()) ?? `exit code ${code}`;
        super(`git ${args[0]} failed: ${first.replace(/^(fatal|error): /, '')}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
function git(args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, {
            cwd: opts.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => reject(new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot run git: ${e.message} (is git installed?)`)));
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code: code ?? -1 };
            if (code === 0 || opts.okCodes?.includes(code ?? -1))
                resolve(result);
            else
                reject(new GitError(args, code ?? -1, result.stderr));
        });
        child.stdin.on('error', () => { });
        child.stdin.end(opts.input ?? '');
    });
}
/** `git <args>` trimmed stdout. */
async function gitText(args, opts = {}) {
    return (await git(args, opts)).stdout.trim();
}
/**
 * Environment that authenticates git over HTTPS with a token the way actions/checkout does
 * (an `http.<server>/.extraheader`), passed through GIT_CONFIG_* variables so the token is
 * neither on the command line (visible in `ps`) nor in a remote URL or .git/config.
 *
 * An empty value comes first: it resets any header inherited for the same server (the one
 * actions/checkout persists in the checkout's .git/config), so git sends exactly one
 * Authorization header. GitHub answers 400 to a request with two.
 */
function gitAuthEnv(token, serverUrl) {
    if (!token)
        return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
    return {
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: key,
        GIT_CONFIG_VALUE_0: '',
        GIT_CONFIG_KEY_1: key,
        GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    };
}
/** The smart HTTP address of `owner/name` on a server (no credentials in it, ever). */
function repoUrl(serverUrl, fullName) {
    return `${serverUrl.replace(/\/+$/, '')}/${fullName}.git`;
}
/** Full SHA of HEAD in a folder, or undefined when it is not a git work tree. */
function headSha(cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['rev-parse', 'HEAD'], { cwd }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
    });
}
const SHA40 = /^[0-9a-f]{40}$/;


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

/***/ 8031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PP: () => (/* binding */ parseRepoRef),
/* harmony export */   wb: () => (/* binding */ repoKey),
/* harmony export */   ze: () => (/* binding */ onServer)
/* harmony export */ });
/* unused harmony exports serverRepo, sameRepo */
const SEGMENT = /^[A-Za-z0-9_.-]+$/;
function parseRepoRef(value) {
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    if (!text || /\s|\0/.test(text))
        return undefined;
    if (!/[:@]/.test(text))
        return fromPath(text);
    let host;
    let scheme;
    let path;
    const scp = /^(?:[^@/:]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^:]+)$/.exec(text);
    if (scp) {
        host = scp[1];
        scheme = 'ssh';
        path = scp[2];
    }
    else {
        let url;
        try {
            url = new URL(text);
        }
        catch {
            return undefined;
        }
        const proto = url.protocol.slice(0, -1);
        if (proto !== 'http' && proto !== 'https' && proto !== 'ssh' && proto !== 'git')
            return undefined;
        if (!url.hostname || url.search || url.hash)
            return undefined;
        scheme = proto;
        host = proto === 'http' || proto === 'https' ? url.host : url.hostname;
        try {
            path = decodeURIComponent(url.pathname);
        }
        catch {
            return undefined;
        }
    }
    const ref = fromPath(path.replace(/^\/+/, ''));
    return ref && { host: host.toLowerCase(), scheme, ...ref };
}
function fromPath(path) {
    const parts = path.replace(/\/+$/, '').split('/');
    if (parts.length !== 2)
        return undefined;
    const owner = parts[0];
    const name = parts[1].endsWith('.git') ? parts[1].slice(0, -4) : parts[1];
    if (!SEGMENT.test(owner) || !SEGMENT.test(name) || owner.startsWith('.') || name === '.' || name === '..' || owner.startsWith('-'))
        return undefined;
    return { owner, name, fullName: `${owner}/${name}` };
}
/** Lower-case `owner/name`: what two spellings of one repository share. */
function repoKey(ref) {
    return ref.fullName.toLowerCase();
}
/**
 * True when a reference names a repository on the GitHub server at `serverUrl` (an `owner/name`
 * always does). An http(s) URL must have the server's host and port; ssh and scp-like addresses
 * the server's host name (`git@github.com:` is github.com).
 */
function onServer(ref, serverUrl) {
    if (!ref.host)
        return true;
    let server;
    try {
        server = new URL(serverUrl);
    }
    catch {
        return false;
    }
    if (ref.scheme === 'http' || ref.scheme === 'https')
        return ref.host === server.host.toLowerCase();
    return ref.host === server.hostname.toLowerCase();
}
/**
 * `owner/name` on the server when the reference is there (any spelling: owner/name, https, ssh,
 * scp-like), else undefined.
 */
function serverRepo(value, serverUrl) {
    const ref = parseRepoRef(value);
    return ref && onServer(ref, serverUrl) ? ref.fullName : undefined;
}
/** True when two references name the same repository of the server (names compared without case). */
function sameRepo(a, b, serverUrl) {
    const x = serverRepo(a, serverUrl);
    const y = serverRepo(b, serverUrl);
    return !!x && !!y && x.toLowerCase() === y.toLowerCase();
}


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ASSET: () => (/* reexport */ names/* DEFAULT_ASSET */.pW),
  DEFAULT_TAG: () => (/* reexport */ names/* DEFAULT_TAG */.fL),
  isRepoName: () => (/* reexport */ names/* isRepoName */.AW),
  isRepoRef: () => (/* binding */ isRepoRef),
  loadManifest: () => (/* binding */ loadManifest),
  parseManifest: () => (/* binding */ parseManifest)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/manifest/template.ts
var manifest_template = __webpack_require__(439);
// EXTERNAL MODULE: ./src/archive/format-names.ts
var format_names = __webpack_require__(9070);
;// CONCATENATED MODULE: ./src/manifest/download.ts
/**
 * The `download` key of a manifest entry (SPEC §2 "Upstream downloads"): a URL template, or a
 * mapping with url, format, path, replacements, overrides and checksum. Checked here, key by key,
 * so a mistake is one line naming the entry and the key.
 */




const OSES = ['linux', 'darwin', 'windows'];
const ARCHES = ['amd64', 'arm64'];
const KEYS = ['url', 'format', 'path', 'replacements', 'overrides', 'checksum'];
const OVERRIDE_KEYS = ['os', 'arch', 'url', 'format', 'path', 'replacements', 'checksum'];
/** Parses an entry's `download` node; `where(key)` names the entry and key for errors. */
function parseDownload(node, where, fail) {
    if ((0,dist/* isScalar */.jn)(node)) {
        const url = scalarText(node);
        if (!url)
            fail(node, where('download'), `expected a URL template or a mapping, got ${JSON.stringify(node.value)}`);
        template(url, node, where('download'), fail);
        return { url: url };
    }
    if (!(0,dist/* isMap */.jh)(node))
        fail(node, where('download'), 'expected a URL template or a mapping with "url"');
    const map = node;
    checkKeys(map, KEYS, (k) => where(`download.${k}`), fail);
    const urlNode = map.get('url', true);
    if (urlNode === undefined)
        fail(map, where('download.url'), 'missing (the URL template of the upstream file)');
    const spec = { url: '', ...settings(map, (k) => where(`download.${k}`), fail) };
    if (!spec.url)
        fail(urlNode, where('download.url'), 'expected a non-empty URL template');
    const overrides = map.get('overrides', true);
    if (overrides !== undefined) {
        if (!(0,dist/* isSeq */.oP)(overrides))
            fail(overrides, where('download.overrides'), 'expected a list of { os, arch, ... } mappings');
        spec.overrides = overrides.items.map((item, i) => override(item, (k) => where(`download.overrides[${i}]${k ? `.${k}` : ''}`), fail));
    }
    return spec;
}
/**
 * A step's `download` input, checked by the same rules as a manifest entry's `download`: one line
 * (not starting with "{") is a URL template; anything else is YAML or JSON text of the mapping,
 * as a `download: |` block in a workflow gives it. Errors are one line naming the input.
 */
function parseDownloadInput(text, input = 'download') {
    const value = text.trim();
    const name = `input "${input}"`;
    const fail = (lines) => (node, where, what) => {
        const at = lines && node?.range && value.includes('\n') ? ` (line ${lines.linePos(node.range[0]).line})` : '';
        throw new UserError(`${name}${at}: ${where ? `${where}: ` : ''}${what}`);
    };
    // The manifest names `download.format`; here the input is `download`, so the key is `format`.
    const where = (key) => (key === 'download' ? '' : `key "${key.replace(/^download\./, '')}"`);
    if (!value.includes('\n') && !value.startsWith('{')) {
        // `format: zip` on one line is a mapping cut short, not a URL: say so rather than download it.
        if (/\s/.test(value))
            fail()(null, '', `a URL template has no spaces, got "${value}" (a mapping goes on several lines: "download: |")`);
        return parseDownload(new Scalar(value), where, fail());
    }
    const lines = new LineCounter();
    const doc = parseDocument(value, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new UserError(`${name} (line ${lines.linePos(e.pos[0]).line}): invalid YAML or JSON: ${e.message.split('\n')[0]}`);
    }
    if (!doc.contents)
        fail(lines)(null, '', 'expected a URL template or a mapping with "url"');
    return parseDownload(doc.contents, where, fail(lines));
}
function override(node, where, fail) {
    if (!(0,dist/* isMap */.jh)(node))
        fail(node, where(''), 'expected a mapping with "os" and/or "arch"');
    const map = node;
    checkKeys(map, OVERRIDE_KEYS, where, fail);
    const o = settings(map, where, fail);
    for (const [key, allowed] of [
        ['os', OSES],
        ['arch', ARCHES],
    ]) {
        const n = map.get(key, true);
        if (n === undefined)
            continue;
        const v = scalarText(n);
        if (!v || !allowed.includes(v))
            fail(n, where(key), `expected one of ${allowed.join(', ')}`);
        if (key === 'os')
            o.os = v;
        else
            o.arch = v;
    }
    if (!o.os && !o.arch)
        fail(map, where(''), 'an override needs "os" and/or "arch" to match on');
    return o;
}
function settings(map, where, fail) {
    const out = {};
    for (const key of ['url', 'path']) {
        const n = map.get(key, true);
        if (n === undefined)
            continue;
        const v = scalarText(n);
        if (!v)
            fail(n, where(key), 'expected a non-empty template string');
        template(v, n, where(key), fail);
        out[key] = v;
    }
    const f = map.get('format', true);
    if (f !== undefined) {
        const v = scalarText(f);
        if (!v || !(0,format_names/* isFormat */.s2)(v))
            fail(f, where('format'), `expected one of ${format_names/* FORMATS */.hR.join(', ')}`);
        out.format = v;
    }
    const r = map.get('replacements', true);
    if (r !== undefined) {
        if (!(0,dist/* isMap */.jh)(r))
            fail(r, where('replacements'), 'expected a mapping like { amd64: x86_64, darwin: macOS }');
        out.replacements = {};
        for (const pair of r.items) {
            const k = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            if (![...OSES, ...ARCHES].includes(k))
                fail(pair.key, where(`replacements.${k}`), `unknown name (replacements are for ${[...OSES, ...ARCHES].join(', ')})`);
            const v = pair.value && (0,dist/* isScalar */.jn)(pair.value) ? scalarText(pair.value, true) : undefined;
            if (v === undefined || /[/\\\s]/.test(v))
                fail(pair.value ?? pair.key, where(`replacements.${k}`), 'expected a name (no spaces or slashes)');
            out.replacements[k] = v;
        }
    }
    const c = map.get('checksum', true);
    if (c !== undefined)
        out.checksum = checksum(c, where, fail);
    return out;
}
function checksum(node, where, fail) {
    if ((0,dist/* isScalar */.jn)(node) && node.value === false)
        return false;
    if ((0,dist/* isScalar */.jn)(node)) {
        const url = scalarText(node);
        if (!url)
            fail(node, where('checksum'), 'expected a URL template, false, or { sha256: { <os>-<arch>: <hex> } }');
        template(url, node, where('checksum'), fail);
        return { url: url };
    }
    if (!(0,dist/* isMap */.jh)(node))
        fail(node, where('checksum'), 'expected a URL template, false, or { sha256: { <os>-<arch>: <hex> } }');
    const map = node;
    checkKeys(map, ['sha256'], (k) => where(`checksum.${k}`), fail);
    const pins = map.get('sha256', true);
    if (!pins || !(0,dist/* isMap */.jh)(pins))
        fail(pins ?? map, where('checksum.sha256'), 'expected a mapping of <os>-<arch> to a sha256 (64 hex digits)');
    const sha256 = {};
    for (const pair of pins.items) {
        const k = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const [os, arch, ...rest] = k.split('-');
        if (rest.length || !OSES.includes(os) || !ARCHES.includes(arch))
            fail(pair.key, where(`checksum.sha256.${k}`), 'expected a platform like linux-amd64, darwin-arm64, windows-amd64');
        const v = pair.value && (0,dist/* isScalar */.jn)(pair.value) ? scalarText(pair.value) : undefined;
        if (!v || !/^[0-9a-fA-F]{64}$/.test(v))
            fail(pair.value ?? pair.key, where(`checksum.sha256.${k}`), 'expected a sha256: 64 hex digits');
        sha256[k] = v.toLowerCase();
    }
    return { sha256 };
}
function template(value, node, where, fail) {
    try {
        (0,manifest_template/* placeholdersOf */.iJ)(value, manifest_template/* DOWNLOAD_PLACEHOLDERS */.q2);
    }
    catch (err) {
        fail(node, where, err.message);
    }
}
function checkKeys(map, allowed, where, fail) {
    for (const item of map.items) {
        const key = (0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : String(item.key);
        if (!allowed.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${allowed.join(', ')})`);
    }
}
/** A scalar's text; numbers keep their source spelling. Empty strings only when `empty`. */
function scalarText(node, empty = false) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    const v = node.value;
    if (typeof v === 'string')
        return v || empty ? v : undefined;
    if (typeof v === 'number')
        return node.source ?? String(v);
    return undefined;
}

// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
;// CONCATENATED MODULE: ./src/manifest/manifest.ts






const TOP_KEYS = ['release-repo', 'tag', 'asset', 'binaries'];
const ENTRY_KEYS = ['version', 'bin', 'build', 'workdir', 'download', 'upstream'];
const UPSTREAM_KEYS = ['repo', 'track', 'branch', 'tag-pattern', 'prereleases'];
const TRACKS = ['releases', 'tags', 'commits'];
const GIT_URL = /^(?:https?:\/\/|ssh:\/\/|git:\/\/|file:\/\/|[\w.-]+@[\w.-]+:)\S+$/;
const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** True for `owner/name` or a git URL. */
function isRepoRef(value) {
    return (0,names/* isRepoName */.AW)(value) || GIT_URL.test(value);
}
/** Reads and validates `versions.yml` or `versions.json`. */
async function loadManifest(file) {
    const text = await (0,names/* readManifestText */.pV)(file);
    return parseManifest(text, file);
}
/** Validates manifest text; every error names the file, the entry and the key (and the line). */
function parseManifest(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const shortName = file;
    const fail = (node, where, what) => {
        const at = node?.range ? `:${lines.linePos(node.range[0]).line}` : '';
        throw new errors/* UserError */.y(`${shortName}${at}: ${where}${where ? ': ' : ''}${what}`);
    };
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = lines.linePos(e.pos[0]).line;
        const msg = e.message.split('\n')[0];
        throw new errors/* UserError */.y(`${shortName}:${line}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${msg}`);
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        fail(root, '', 'expected a mapping with a "binaries" key');
    const top = root;
    const manifest = { file, tag: '', asset: '', binaries: {} };
    for (const pair of top.items) {
        const key = keyOf(pair);
        if (!TOP_KEYS.includes(key))
            fail(pair.key, `key "${key}"`, `unknown key (allowed: ${TOP_KEYS.join(', ')})`);
    }
    const releaseRepo = top.get('release-repo', true);
    if (releaseRepo !== undefined) {
        const value = stringOf(releaseRepo);
        if (value === undefined || !(0,names/* isRepoName */.AW)(value))
            fail(releaseRepo, 'key "release-repo"', `bad repository name ${show(releaseRepo)}: expected owner/name`);
        manifest.releaseRepo = value;
    }
    for (const key of ['tag', 'asset']) {
        const node = top.get(key, true);
        const fallback = key === 'tag' ? names/* DEFAULT_TAG */.fL : names/* DEFAULT_ASSET */.pW;
        if (node === undefined) {
            manifest[key] = fallback;
            continue;
        }
        const value = stringOf(node);
        if (!value)
            fail(node, `key "${key}"`, 'expected a non-empty template string');
        checkTemplate(value, (msg) => fail(node, `key "${key}"`, msg));
        manifest[key] = value;
    }
    const binaries = top.get('binaries', true);
    if (binaries === undefined)
        fail(top, '', 'missing key "binaries"');
    if (!(0,dist/* isMap */.jh)(binaries))
        fail(binaries, 'key "binaries"', 'expected a mapping of entry name to settings');
    for (const pair of binaries.items) {
        const name = keyOf(pair);
        if (!ENTRY_NAME.test(name))
            fail(pair.key, `entry "${name}"`, 'bad entry name: use letters, digits, ".", "_" and "-"');
        manifest.binaries[name] = parseEntry(name, pair, fail);
    }
    return manifest;
}
function parseEntry(name, pair, fail) {
    const node = pair.value;
    const where = (key) => (key ? `entry "${name}", key "${key}"` : `entry "${name}"`);
    if (!(0,dist/* isMap */.jh)(node))
        fail(node ?? pair.key, where(), 'expected a mapping with at least "version"');
    const map = node;
    for (const item of map.items) {
        const key = keyOf(item);
        if (!ENTRY_KEYS.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${ENTRY_KEYS.join(', ')})`);
    }
    const text = (key, required = false) => {
        const value = map.get(key, true);
        if (value === undefined || ((0,dist/* isScalar */.jn)(value) && value.value === null)) {
            if (required)
                fail(map, where(key), 'missing (every entry needs a version)');
            return undefined;
        }
        const s = stringOf(value);
        if (s === undefined || s === '')
            fail(value, where(key), `expected a non-empty string, got ${show(value)}`);
        return s;
    };
    const entry = { name, version: text('version', true), bin: text('bin') ?? name };
    const badVer = (0,names/* badVersion */.K0)(entry.version);
    if (badVer)
        fail(map.get('version', true), where('version'), `bad version "${entry.version}": ${badVer}`);
    if (/[/\\]/.test(entry.bin))
        fail(map.get('bin', true), where('bin'), `bad binary name "${entry.bin}": a file name, not a path`);
    const build = text('build');
    if (build)
        entry.build = build;
    const workdir = text('workdir');
    if (workdir)
        entry.workdir = workdir;
    const download = map.get('download', true);
    if (download !== undefined && !((0,dist/* isScalar */.jn)(download) && download.value === null))
        entry.download = parseDownload(download, where, fail);
    const up = map.get('upstream', true);
    if (up !== undefined)
        entry.upstream = parseUpstream(up, (key) => where(key ? `upstream.${key}` : 'upstream'), fail);
    return entry;
}
function parseUpstream(node, where, fail) {
    if (!(0,dist/* isMap */.jh)(node))
        fail(node, where(), 'expected a mapping with "repo" and "track"');
    const map = node;
    for (const item of map.items) {
        const key = keyOf(item);
        if (!UPSTREAM_KEYS.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${UPSTREAM_KEYS.join(', ')})`);
    }
    const repoNode = map.get('repo', true);
    if (repoNode === undefined)
        fail(map, where('repo'), 'missing');
    const repo = stringOf(repoNode);
    if (!repo || !isRepoRef(repo))
        fail(repoNode, where('repo'), `bad repository ${show(repoNode)}: expected owner/name or a git URL`);
    const trackNode = map.get('track', true);
    const track = (trackNode === undefined ? 'releases' : stringOf(trackNode));
    if (!TRACKS.includes(track))
        fail(trackNode, where('track'), `expected one of ${TRACKS.join(', ')}, got ${show(trackNode)}`);
    const upstream = { repo: repo, track, prereleases: false };
    const branchNode = map.get('branch', true);
    if (branchNode !== undefined) {
        const branch = stringOf(branchNode);
        if (!branch)
            fail(branchNode, where('branch'), 'expected a branch name');
        upstream.branch = branch;
    }
    const patternNode = map.get('tag-pattern', true);
    if (patternNode !== undefined) {
        const pattern = stringOf(patternNode);
        try {
            new RegExp(pattern ?? '');
        }
        catch (err) {
            fail(patternNode, where('tag-pattern'), `not a valid regular expression: ${err.message}`);
        }
        if (!pattern)
            fail(patternNode, where('tag-pattern'), 'expected a regular expression');
        upstream.tagPattern = pattern;
    }
    const preNode = map.get('prereleases', true);
    if (preNode !== undefined) {
        if (!(0,dist/* isScalar */.jn)(preNode) || typeof preNode.value !== 'boolean')
            fail(preNode, where('prereleases'), `expected true or false, got ${show(preNode)}`);
        upstream.prereleases = preNode.value;
    }
    return upstream;
}
function checkTemplate(template, onError) {
    try {
        (0,manifest_template/* placeholdersOf */.iJ)(template);
    }
    catch (err) {
        onError(err.message);
    }
}
function keyOf(pair) {
    const key = pair.key;
    return (0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key);
}
/**
 * A scalar as the user wrote it. Numbers keep their source text, so `version: 1.10`
 * stays "1.10" and a calendar version `2024.11` is not turned into a float.
 */
function stringOf(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    if (typeof node.value === 'number' || typeof node.value === 'bigint')
        return node.source ?? String(node.value);
    return undefined;
}
function show(node) {
    return (0,dist/* isScalar */.jn)(node) ? JSON.stringify(node.value) : `a ${(0,dist/* isMap */.jh)(node) ? 'mapping' : 'list'}`;
}


/***/ }),

/***/ 6629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ isRepoName),
/* harmony export */   Ft: () => (/* binding */ badTagName),
/* harmony export */   K0: () => (/* binding */ badVersion),
/* harmony export */   fL: () => (/* binding */ DEFAULT_TAG),
/* harmony export */   pV: () => (/* binding */ readManifestText),
/* harmony export */   pW: () => (/* binding */ DEFAULT_ASSET),
/* harmony export */   t_: () => (/* binding */ badFileName)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);
/**
 * The manifest's defaults, name rules and file reading without the YAML parser, so code that only
 * needs these (a tool-cache hit, a failing input check) does not load it. manifest.ts re-exports them.
 */


/** The manifest file's text, or one line saying why it cannot be read. */
async function readManifestText(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(code === 'ENOENT'
            ? `${file}: manifest not found (set the "manifest" input, or create versions.yml)`
            : `${file}: cannot read manifest (${code ?? String(err)})`);
    }
}
const DEFAULT_TAG = '{name}-{version}';
const DEFAULT_ASSET = '{bin}-{os}-{arch}.tar.gz';
const REPO_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;
/** True for `owner/name`. */
function isRepoName(value) {
    return REPO_NAME.test(value) && !value.endsWith('.git') && !value.includes('..');
}
/**
 * Why `tag` is not a valid tag name, or undefined: git's rules (`git check-ref-format`) and
 * GitHub's (a short name, never a full `refs/...` ref).
 */
function badTagName(tag) {
    if (!tag)
        return 'it is empty';
    if (/^refs\//.test(tag))
        return 'it starts with "refs/" (a tag is named without it)';
    const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(tag);
    if (bad)
        return `it contains ${bad[0].charCodeAt(0) <= 0x20 || bad[0] === '\x7f' ? 'a space or control character' : `"${bad[0]}"`}`;
    if (tag.includes('..'))
        return 'it contains ".."';
    if (tag.includes('@{') || tag === '@')
        return 'it contains "@{" or is "@"';
    if (tag.startsWith('-'))
        return 'it starts with "-"';
    if (tag.startsWith('/') || tag.endsWith('/') || tag.includes('//'))
        return 'it has an empty path component';
    if (tag.endsWith('.'))
        return 'it ends with "."';
    for (const part of tag.split('/')) {
        if (part.startsWith('.'))
            return `its component "${part}" starts with "."`;
        if (part.endsWith('.lock'))
            return `its component "${part}" ends with ".lock"`;
    }
    return undefined;
}
/**
 * Why `version` cannot be a pinned version, or undefined (SPEC §2): any non-empty string without
 * spaces, including a monorepo's full tag with slashes (`comp/v1.2.3`). One with a slash is a
 * tag name, so it must be a valid one (no `..`, no empty component, no `.lock`...); a backslash
 * is never a tag character and would be a path separator on Windows.
 */
function badVersion(version) {
    if (!version)
        return 'it is empty';
    if (/[\s\x00-\x1f\x7f]/.test(version))
        return 'it contains a space or control character';
    if (version.includes('\\'))
        return 'it contains "\\"';
    if (version.includes('/')) {
        const why = badTagName(version);
        if (why)
            return `${why} (a version with "/" is a monorepo tag, so it must be a valid tag name)`;
    }
    return undefined;
}
/** Why `name` is not a plain file name (an asset or binary name), or undefined. */
function badFileName(name) {
    if (!name || name === '.' || name === '..')
        return 'it is not a file name';
    if (/[/\\]/.test(name))
        return 'it contains a path separator';
    if (/[\x00-\x1f\x7f]/.test(name))
        return 'it contains a control character';
    return undefined;
}


/***/ }),

/***/ 439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ semverOf),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   iJ: () => (/* binding */ placeholdersOf),
/* harmony export */   q2: () => (/* binding */ DOWNLOAD_PLACEHOLDERS)
/* harmony export */ });
/* unused harmony export PLACEHOLDERS */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

/** The placeholders a tag or asset template may use. */
const PLACEHOLDERS = ['name', 'version', 'bin', 'os', 'arch', 'semver', 'exe'];
/** A `download` template (url, path, checksum) may also use `{ext}`, the format's extension. */
const DOWNLOAD_PLACEHOLDERS = [...PLACEHOLDERS, 'ext'];
const PATTERN = /\{([^{}]*)\}/g;
/** The placeholders named in a template; throws on an unknown one. */
function placeholdersOf(template, allowed = PLACEHOLDERS) {
    const found = [];
    for (const match of template.matchAll(PATTERN)) {
        const key = match[1];
        if (!allowed.includes(key)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown placeholder {${key}} in "${template}" (allowed: ${allowed.map((p) => `{${p}}`).join(' ')})`);
        }
        found.push(key);
    }
    return found;
}
/** Fills a template; an unknown placeholder or one without a value is an error. */
function render(template, vars, allowed = PLACEHOLDERS) {
    placeholdersOf(template, allowed);
    return template.replace(PATTERN, (_, key) => {
        const value = vars[key];
        if (value === undefined)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`no value for {${key}} in "${template}"`);
        return value;
    });
}
/** `{semver}`: the version without a leading `v`; of a monorepo tag (`comp/v1.2.3`), its last part's. */
function semverOf(version) {
    const last = version.slice(version.lastIndexOf('/') + 1);
    return /^v\d/.test(last) ? last.slice(1) : last;
}


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

/***/ 6207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDispatcher: () => (/* binding */ createDispatcher),
/* harmony export */   r: () => (/* binding */ isRetryable)
/* harmony export */ });
/* unused harmony export EVENT_TYPE */
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9573);

const EVENT_TYPE = 'upstream-update';
/**
 * A Dispatch through the shared client (which waits out rate limits). Each call is one try: the
 * client's own 5xx / network retries are off, because their waits cannot be cut short, and a
 * shutdown must not sit out a 16 s backoff. The queue retries instead, and it shortens its waits
 * while draining.
 */
function createDispatcher(options) {
    const octokit = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.createClient)({ token: options.token, apiUrl: options.apiUrl, warn: options.warn });
    const eventType = options.eventType ?? EVENT_TYPE;
    return async (target, payload) => {
        await octokit.rest.repos.createDispatchEvent({
            ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(target),
            event_type: eventType,
            client_payload: { ...payload },
            request: { retries: 0 },
        });
    };
}
/**
 * Whether a failed dispatch deserves another try. A 4xx (bad token, no access, target missing,
 * payload refused) will fail the same way again; 5xx and network errors may not.
 */
function isRetryable(err) {
    const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err);
    return status === undefined || status >= 500;
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
