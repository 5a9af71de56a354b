export const id = 8617;
export const ids = [8617,333,5095,2714];
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

/***/ 5967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   gy: () => (/* binding */ ZERO_SHA),
/* harmony export */   rangeFromEvent: () => (/* binding */ rangeFromEvent)
/* harmony export */ });
/* unused harmony export COMPARE_FILES_CAP */
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9573);

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
    const { owner, repo } = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(range.repo);
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
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 404 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 422)
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
                if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err2) !== 404 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err2) !== 422)
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
    const { owner, repo } = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(range.repo);
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
    const { git } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 308));
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
    const { git } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 308));
    const out = await git(['show', '--name-only', '--no-renames', '-z', '--format=', '--first-parent', '-m', head, '--'], { cwd, okCodes: [128] }).catch(() => undefined);
    if (!out || out.code !== 0)
        return undefined;
    return [...new Set(out.stdout.split('\0').filter(Boolean))];
}


/***/ }),

/***/ 8617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dispatchCousins: () => (/* binding */ dispatchCousins)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/cousins/changes.ts
var cousins_changes = __webpack_require__(5967);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var github_client = __webpack_require__(9573);
// EXTERNAL MODULE: ./src/cousins/match.ts
var match = __webpack_require__(4291);
;// CONCATENATED MODULE: ./src/cousins/dispatch.ts



/** GitHub refuses a client_payload over 64 KB; stay well below it. */
const MAX_PAYLOAD_BYTES = 60_000;
/** And a cousin has no use for thousands of names: the first ones plus the count. */
const MAX_FEATURES = 100;
/** Which cousins to dispatch to, and the union of matched features (in first-seen order). */
function planDispatches(cousins, files, defaultEventType) {
    const plans = [];
    const all = [];
    for (const c of cousins) {
        const features = (0,match/* matchFeatures */.ti)(c.subscriptions, files);
        if (!features.length)
            continue;
        plans.push({ repo: c.repo, features, eventType: c.eventType ?? defaultEventType });
        for (const f of features)
            if (!all.includes(f))
                all.push(f);
    }
    return { plans, features: all };
}
/**
 * client_payload per SPEC §8: at most 10 top-level keys and under GitHub's size limit. A long
 * feature list is cut (the first one always stays) and `features_truncated` / `feature_count` say so.
 */
function buildClientPayload(features, f, maxBytes = MAX_PAYLOAD_BYTES) {
    const make = (list) => {
        const payload = {
            updated_feature: features[0],
            updated_features: list,
            commit_sha: f.commitSha,
            source_repo: f.sourceRepo,
            ref: f.ref,
            before: f.before,
        };
        if (list.length < features.length) {
            payload.features_truncated = true;
            payload.feature_count = features.length;
        }
        return payload;
    };
    let n = Math.min(features.length, MAX_FEATURES);
    let payload = make(features.slice(0, n));
    while (n > 1 && Buffer.byteLength(JSON.stringify(payload)) > maxBytes) {
        n = Math.max(1, Math.floor(n / 2));
        payload = make(features.slice(0, n));
    }
    return { payload, capped: n < features.length };
}
/**
 * Sends one dispatch per plan, `concurrency` at a time. A failure (no access, validation) is
 * recorded for that cousin and the rest go on; rate limits are waited out by the client.
 */
async function dispatchAll(opts) {
    const { client, plans, fields, log } = opts;
    const results = new Array(plans.length);
    let next = 0;
    const worker = async () => {
        for (;;) {
            const i = next++;
            if (i >= plans.length)
                return;
            const plan = plans[i];
            const { payload, capped } = buildClientPayload(plan.features, fields);
            if (capped)
                log.warn(`${plan.repo}: ${plan.features.length} features matched; the payload lists the first ${payload.updated_features.length} (features_truncated: true)`);
            if (opts.dryRun) {
                log.info(`dry run: would dispatch ${plan.eventType} to ${plan.repo}: ${JSON.stringify(payload)}`);
                results[i] = { repo: plan.repo, features: plan.features, status: 'dry-run' };
                continue;
            }
            try {
                const { owner, repo } = (0,github_client.splitRepo)(plan.repo);
                await client.rest.repos.createDispatchEvent({ owner, repo, event_type: plan.eventType, client_payload: payload });
                log.info(`dispatched ${plan.eventType} to ${plan.repo} (${plan.features.join(', ')})`);
                results[i] = { repo: plan.repo, features: plan.features, status: 'dispatched' };
            }
            catch (err) {
                const error = describe(err, plan.repo);
                log.warn(`${plan.repo}: dispatch failed: ${error}`);
                results[i] = { repo: plan.repo, features: plan.features, status: 'failed', error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, plans.length)) }, worker));
    return results;
}
function describe(err, repo) {
    const status = (0,github_client.statusOf)(err);
    if (status === 404)
        return `404: ${repo} not found, or the token may not access it (it needs contents: write there)`;
    if (status === 403)
        return `403: the token may not dispatch to ${repo} (${(0,errors.oneLine)(err)})`;
    if (status === 401)
        return '401: bad credentials';
    return status ? `${status}: ${(0,errors.oneLine)(err)}` : (0,errors.oneLine)(err);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/cousins/glob.ts
var glob = __webpack_require__(5886);
// EXTERNAL MODULE: ./src/manifest/manifest.ts + 1 modules
var manifest = __webpack_require__(333);
// EXTERNAL MODULE: ./src/cousins/paths.ts
var paths = __webpack_require__(7858);
;// CONCATENATED MODULE: ./src/cousins/ecosystem.ts






const KEYS = ['repo', 'subscriptions', 'event_type'];
/** Reads and validates ecosystem.json; every error names the file, the entry index and the key. */
async function loadEcosystem(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.y(code === 'ENOENT' ? `${file}: not found (set the "ecosystem" input)` : `${file}: cannot read (${code})`);
    }
    return parseEcosystem(text, file);
}
function parseEcosystem(text, file = 'ecosystem.json') {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* UserError */.y(`${file}: not valid JSON (${err.message})`);
    }
    if (!Array.isArray(data))
        throw new errors/* UserError */.y(`${file}: must be a JSON array of {"repo", "subscriptions", "event_type"?} entries`);
    const seen = new Map();
    return data.map((entry, i) => {
        const fail = (key, what) => {
            throw new errors/* UserError */.y(`${file}: entry ${i}${key ? ` "${key}"` : ''}: ${what}`);
        };
        if (!entry || typeof entry !== 'object' || Array.isArray(entry))
            fail(undefined, 'must be an object with "repo" and "subscriptions"');
        const e = entry;
        for (const key of Object.keys(e))
            if (!KEYS.includes(key))
                fail(key, `unknown key (known: ${KEYS.join(', ')})`);
        if (typeof e.repo !== 'string' || !(0,manifest.isRepoName)(e.repo))
            fail('repo', `must be "owner/name", got ${(0,paths/* show */.W)(e.repo)}`);
        const repo = e.repo;
        const lower = repo.toLowerCase();
        if (seen.has(lower))
            fail('repo', `${repo} is already listed at entry ${seen.get(lower)} (merge their subscriptions)`);
        seen.set(lower, i);
        if (!Array.isArray(e.subscriptions) || e.subscriptions.length === 0)
            fail('subscriptions', 'must be a non-empty array of paths or globs');
        const subscriptions = e.subscriptions.map((s, j) => {
            if (typeof s !== 'string')
                return fail('subscriptions', `item ${j} must be a string, got ${(0,paths/* show */.W)(s)}`);
            const sub = (0,match/* normalizeSubscription */.Pb)(s);
            const problem = (0,paths/* pathProblem */.z)(sub);
            if (problem)
                fail('subscriptions', `item ${j} ${(0,paths/* show */.W)(s)} ${problem}`);
            if ((0,match/* isGlob */.fg)(sub)) {
                try {
                    (0,glob/* compileGlob */.SO)(sub);
                }
                catch (err) {
                    fail('subscriptions', `item ${j} ${(0,paths/* show */.W)(s)} is not a valid glob (${err.message})`);
                }
            }
            return sub;
        });
        let eventType;
        if (e.event_type !== undefined) {
            if (typeof e.event_type !== 'string' || e.event_type.length < 1 || e.event_type.length > 100) {
                fail('event_type', `must be a string of 1 to 100 characters, got ${(0,paths/* show */.W)(e.event_type)}`);
            }
            eventType = e.event_type;
        }
        return { repo, subscriptions, ...(eventType ? { eventType } : {}) };
    });
}

// EXTERNAL MODULE: ./src/net/timing.ts
var timing = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/cousins/pacer.ts

/**
 * Shares what the server said about its rate limits across every request of a client.
 *
 * The throttling plugin waits out `retry-after` for the one request that was refused, but the
 * other requests in flight would each run into the same limit (and on GitHub, repeated
 * violations lengthen the penalty). The pacer sees every HTTP attempt, retries included:
 *
 * - a refusal with `retry-after` pauses everybody (a primary limit until its reset);
 * - it also teaches the pacer the limit: as many writes as were accepted in the last
 *   `retry-after`. From then on writes are sent through a sliding window of that size and
 *   length, so the fan-out runs at the rate the server allows instead of bursting into
 *   refusals and sitting out a whole `retry-after` after each burst;
 * - a refusal while pacing means the guess was too high: a tenth less, and the full pause.
 */
class Pacer {
    unitMs;
    notBefore = 0;
    /**
     * Recent writes (what secondary limits count): a slot is taken when a write is sent and
     * stamped again when its answer arrives — the server stamped it somewhere in between, so the
     * later time never frees a slot early.
     */
    writes = [];
    learned;
    lastRefusal = -Infinity;
    /** Send times of accepted writes: what the server's window held when it refused. */
    acceptedWrites = [];
    learnedAt = -Infinity;
    /** How many refusals were seen, for the summary and the benchmark. */
    refusals = 0;
    waitedMs = 0;
    /** `unitMs`: milliseconds per second of `retry-after` (SYNC_RATE_LIMIT_UNIT_MS, tests and benches). */
    constructor(unitMs = unitFromEnv()) {
        this.unitMs = unitMs;
    }
    /** The limit learned so far, if any (for logs and the benchmark). */
    get limit() {
        return this.learned;
    }
    async sleep(ms) {
        this.waitedMs += ms;
        await new Promise((r) => setTimeout(r, ms));
    }
    /** Holds the caller until it may send; a write also takes a slot of the learned window. */
    async ready(write) {
        for (;;) {
            const now = Date.now();
            if (this.notBefore > now) {
                await this.sleep(this.notBefore - now);
                continue;
            }
            if (write && this.learned) {
                const { max, windowMs } = this.learned;
                this.writes = this.writes.filter((w) => now - w.t < windowMs);
                if (this.writes.length >= max) {
                    const times = this.writes.map((w) => w.t).sort((a, b) => a - b);
                    await this.sleep(times[times.length - max] + windowMs + 1 - now);
                    continue;
                }
            }
            const slot = write ? { t: now } : undefined;
            if (slot)
                this.writes.push(slot);
            return { sentAt: now, slot };
        }
    }
    /** A refused write sent at `sentAt`, with the server's `retry-after` in seconds. */
    refused(retryAfterSeconds, sentAt, now = Date.now()) {
        this.refusals++;
        // Sent before the last refusal was known: that refusal already accounted for it.
        if (sentAt <= this.lastRefusal)
            return;
        this.lastRefusal = now;
        const windowMs = Math.max(1, retryAfterSeconds * this.unitMs);
        if (!this.learned) {
            const accepted = this.acceptedWrites.filter((t) => now - t < windowMs).length;
            if (accepted > 0) {
                // Pace from here; the window itself decides when the next write may go. Writes still in
                // flight that turn out accepted raise the figure (see accepted()).
                this.learned = { max: accepted, windowMs };
                this.learnedAt = now;
                return;
            }
        }
        else {
            this.learned = { max: Math.max(1, Math.floor(this.learned.max * 0.9)), windowMs: Math.max(this.learned.windowMs, windowMs) };
        }
        this.notBefore = Math.max(this.notBefore, now + windowMs);
    }
    /** An accepted write sent at `sentAt`. */
    accepted(sentAt) {
        if (!this.learned) {
            this.acceptedWrites.push(sentAt);
            if (this.acceptedWrites.length > 4096)
                this.acceptedWrites.splice(0, 2048);
        }
        else if (sentAt <= this.learnedAt && this.learnedAt - sentAt < this.learned.windowMs) {
            // In flight when the limit was learned, and the server took it: the window holds one more.
            this.learned.max++;
        }
    }
    /** A primary limit: wait until its reset. */
    exhausted(untilMs) {
        this.refusals++;
        this.notBefore = Math.max(this.notBefore, untilMs);
    }
    /** Routes every HTTP attempt of `client` (retries included) through the pacer. */
    install(client) {
        const pacedFetch = (inner) => (async (input, init) => {
            const method = (init?.method ?? 'GET').toUpperCase();
            const { sentAt, slot } = await this.ready(method !== 'GET' && method !== 'HEAD');
            const res = await inner(input, init);
            if (slot) {
                if (res.ok) {
                    slot.t = Date.now();
                    this.accepted(sentAt);
                }
                else
                    this.writes = this.writes.filter((w) => w !== slot); // refused: the server did not count it
            }
            if (res.status === 403 || res.status === 429) {
                const after = Number(res.headers.get('retry-after'));
                if (res.headers.has('retry-after') && Number.isFinite(after) && after >= 0)
                    this.refused(after, sentAt);
                else if (res.headers.get('x-ratelimit-remaining') === '0') {
                    const reset = Number(res.headers.get('x-ratelimit-reset'));
                    if (Number.isFinite(reset))
                        this.exhausted(reset * 1000);
                }
            }
            return res;
        });
        // before-after-hook binds every hook to the same options object (arguments passed inward are
        // ignored), so the per-request options are changed in place — a fresh `request` object, never
        // the shared defaults — and the retry and throttling plugins re-send them on every attempt.
        client.hook.before('request', (options) => {
            const opts = options;
            const inner = opts.request?.fetch ?? globalThis.fetch;
            opts.request = { ...opts.request, fetch: pacedFetch(inner) };
        });
        return client;
    }
}
const unitFromEnv = timing/* rateLimitUnitMs */.YH;

;// CONCATENATED MODULE: ./src/cousins/run-dispatch.ts






/** The whole monorepo side: ecosystem, changed files, matching, fan-out. */
async function dispatchCousins(o) {
    const file = (0,external_node_path_.isAbsolute)(o.ecosystem) ? o.ecosystem : (0,external_node_path_.join)(o.workspace, o.ecosystem);
    const cousins = await loadEcosystem(file);
    const { range, log } = o;
    if (range.deleted) {
        log.info(`${range.ref || 'the ref'} was deleted: nothing to dispatch`);
        return { dispatched: [], features: [], files: 0, via: 'deleted ref', notes: [], refusals: 0 };
    }
    if (!/^[0-9a-f]{40}$/.test(range.head)) {
        throw new errors/* UserError */.y(`head commit ${JSON.stringify(range.head)} is not a 40-hex SHA (set the "head" input, or run on push / pull_request)`);
    }
    const changes = await (0,cousins_changes/* changedFiles */.Y_)({ client: o.client, range, workspace: o.workspace, defaultBranch: o.defaultBranch, log });
    for (const n of changes.notes)
        (changes.partial ? log.warn : log.info)(n);
    log.info(`${changes.files.length} changed files (${changes.via})`);
    const { plans, features } = planDispatches(cousins, changes.files, o.eventType);
    if (!plans.length)
        log.info(`no subscribed feature changed; ${cousins.length} cousins, nothing to dispatch`);
    const pacer = new Pacer();
    if (!o.dryRun)
        pacer.install(o.client);
    const dispatched = await dispatchAll({
        client: o.client,
        plans,
        fields: { commitSha: range.head, sourceRepo: range.repo, ref: range.ref, before: range.base ?? cousins_changes/* ZERO_SHA */.gy },
        concurrency: o.concurrency,
        dryRun: o.dryRun,
        log,
    });
    return { dispatched, features, files: changes.files.length, via: changes.via, notes: changes.notes, refusals: pacer.refusals };
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


/***/ })

};
