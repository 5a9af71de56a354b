export const id = 4880;
export const ids = [4880,6114,1954];
export const modules = {

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

/***/ 4880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pollOnce: () => (/* binding */ pollOnce),
/* harmony export */   readState: () => (/* binding */ readState),
/* harmony export */   writeState: () => (/* binding */ writeState)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9573);
/* harmony import */ var _upstream_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6114);
/* harmony import */ var _upstream_ls_remote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4423);
/**
 * `ghsync poll`: for upstreams we do not control (no webhook), look again and send the same
 * `upstream-update` dispatch the receiver sends when something moved.
 *
 * - `commits` and `tags` entries are read with git's smart HTTP (ls-remote): no API quota.
 * - `releases` entries ask `GET /repos/{o}/{r}/releases/latest` with `If-None-Match` and the ETag
 *   of the last answer: a 304 costs no quota (GitHub's rule for authorized conditional requests).
 * - The first run only records a baseline; later runs dispatch once per upstream that moved.
 * - A tag is remembered with its target (the peeled `^{}` commit for an annotated tag, else the
 *   ref's object), so a tag force-moved under the same name is a move: the dispatch names that tag
 *   and its new commit. A release re-pointed at a moved tag does not change the release's JSON on
 *   GitHub (`target_commitish` keeps what it was created with), so its ETag stays and the 304 says
 *   nothing: `releases` entries also read the latest release's tag target from the same ref listing
 *   (one per upstream and run, shared with `tags` entries, no quota).
 * - The baseline and the ETags live in one JSON state file, written atomically.
 */





async function readState(file) {
    try {
        const s = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
        return { seen: s.seen ?? {}, etags: s.etags ?? {}, targets: s.targets ?? {} };
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { seen: {}, etags: {}, targets: {} };
        throw err;
    }
}
async function writeState(file, state) {
    const temp = `${file}.tmp-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, `${JSON.stringify(state, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
}
async function latestRelease(client, ownerRepo, state) {
    const [owner, repo] = ownerRepo.split('/');
    const url = `/repos/${ownerRepo}/releases/latest`;
    const cached = state.etags[url];
    try {
        const res = await client.request('GET /repos/{owner}/{repo}/releases/latest', {
            owner,
            repo,
            headers: cached ? { 'if-none-match': cached.etag } : {},
        });
        const value = res.data.tag_name;
        if (res.headers.etag)
            state.etags[url] = { etag: res.headers.etag, value };
        return value;
    }
    catch (err) {
        // @octokit/request throws on 304 (it is not an error here: nothing changed).
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(err) === 304 && cached)
            return cached.value;
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(err) === 404)
            return '';
        throw err;
    }
}
/** Each tag's commit: the peeled `^{}` SHA for an annotated tag, else the ref's own. */
function tagTargets(remote) {
    const targets = {};
    for (const ref of remote.refs.keys())
        if (ref.startsWith('refs/tags/') && !ref.endsWith('^{}'))
            targets[ref.slice(10)] = (0,_upstream_ls_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .commitOf */ .D3)(remote, ref);
    return targets;
}
/** Version-aware order (v1.10.0 after v1.9.0), so "the newest of these tags" means something. */
const byVersion = (a, b) => a.localeCompare(b, 'en', { numeric: true });
async function current(g, o, refs) {
    const up = g.entry.upstream;
    if (up.track === 'releases' && g.ownerRepo) {
        const tag = await latestRelease(o.client, g.ownerRepo, o.state);
        if (!tag)
            return { value: '', ref: '', sha: null, tag: null };
        const sha = (0,_upstream_ls_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .commitOf */ .D3)(await refs(g.gitUrl), `refs/tags/${tag}`) ?? null;
        return { value: tag, ref: `refs/tags/${tag}`, sha, tag, targets: sha ? { [tag]: sha } : {} };
    }
    const remote = await refs(g.gitUrl);
    if (up.track === 'commits') {
        const ref = up.branch ? `refs/heads/${up.branch}` : (remote.symrefs.get('HEAD') ?? 'refs/heads/main');
        const sha = (0,_upstream_ls_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .commitOf */ .D3)(remote, ref) ?? '';
        return { value: sha, ref, sha: sha || null, tag: null };
    }
    const targets = tagTargets(remote);
    const tags = Object.keys(targets).sort();
    const newest = [...tags].sort(byVersion).at(-1);
    return {
        // The names only (as before targets were kept): a state file from then still compares equal.
        value: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(tags.join('\n')).digest('hex'),
        ref: newest ? `refs/tags/${newest}` : '',
        sha: null,
        tag: null,
        targets,
    };
}
/** Tags that are new or point elsewhere than before; empty when there is no earlier record. */
function changedTags(before, now) {
    if (!before || !now)
        return [];
    return Object.keys(now)
        .filter((t) => before[t] !== now[t])
        .sort(byVersion);
}
async function pollOnce(o) {
    const { selected } = (0,_upstream_check_js__WEBPACK_IMPORTED_MODULE_3__/* .selectEntries */ .X)({ manifest: o.manifest, names: o.names, serverUrl: o.serverUrl });
    // One group per upstream and track (each is looked at once), one dispatch per upstream that moved.
    const groups = new Map();
    for (const e of selected) {
        const r = (0,_upstream_check_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveUpstream */ .m)(e.upstream.repo, o.serverUrl);
        const upstream = r.ownerRepo ?? r.gitUrl;
        const key = `${upstream}#${e.upstream.track}`;
        const g = groups.get(key);
        if (g)
            g.entries.push(e.name);
        else
            groups.set(key, { key, upstream, gitUrl: r.gitUrl, webUrl: r.webUrl, ownerRepo: r.ownerRepo, entry: e, entries: [e.name] });
    }
    const results = [];
    const moved = new Map();
    // One ref listing per repository and run, shared by its tags and releases entries.
    const listings = new Map();
    const refs = (url) => {
        if (!listings.has(url))
            listings.set(url, (0,_upstream_ls_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .lsRemote */ ._H)(url, { token: o.token, authOrigin: o.serverUrl }));
        return listings.get(url);
    };
    for (const g of groups.values()) {
        const now = await current(g, o, refs);
        const before = o.state.seen[g.key];
        const beforeTargets = o.state.targets[g.key];
        // A tag that is new or moved names itself, with its new commit.
        const changed = changedTags(beforeTargets, now.targets);
        const named = g.entry.upstream.track === 'tags' ? changed.at(-1) : changed.includes(now.tag ?? '') ? now.tag : undefined;
        if (named)
            Object.assign(now, { ref: `refs/tags/${named}`, tag: named, sha: now.targets[named] });
        const outcome = before === undefined ? 'baseline' : before === now.value && !changed.length ? 'unchanged' : 'moved';
        if (outcome === 'moved')
            moved.set(g.upstream, [...(moved.get(g.upstream) ?? []), { g, before: before, beforeTargets, now }]);
        o.state.seen[g.key] = now.value;
        if (now.targets)
            o.state.targets[g.key] = now.targets;
        results.push({ upstream: g.upstream, track: g.entry.upstream.track, entries: g.entries, value: now.value, outcome, dispatched: false });
    }
    if (!o.target || !o.dispatch)
        return results;
    for (const [upstream, changes] of moved) {
        // The release (or tag) says the most: it names the tag; a branch move names the commit.
        const order = ['releases', 'tags', 'commits'];
        changes.sort((a, b) => order.indexOf(a.g.entry.upstream.track) - order.indexOf(b.g.entry.upstream.track));
        const { g, now } = changes[0];
        const track = g.entry.upstream.track;
        try {
            await o.dispatch(o.target, {
                upstream,
                upstream_url: g.webUrl,
                event: track === 'releases' ? 'release' : track === 'tags' ? 'create' : 'push',
                ref: now.ref,
                sha: now.sha,
                tag: now.tag,
                entries: changes.flatMap((c) => c.g.entries),
                delivery: `poll-${Date.now()}-${upstream}`,
            });
        }
        catch (err) {
            // Not remembered: the next run sees the move again and tries again.
            for (const c of changes) {
                o.state.seen[c.g.key] = c.before;
                if (c.beforeTargets)
                    o.state.targets[c.g.key] = c.beforeTargets;
                else
                    delete o.state.targets[c.g.key];
            }
            throw err;
        }
        for (const r of results)
            if (r.upstream === upstream && r.outcome === 'moved')
                r.dispatched = true;
    }
    return results;
}


/***/ }),

/***/ 6114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkUpstreams: () => (/* binding */ checkUpstreams),
  manifestJson: () => (/* binding */ manifestJson),
  m: () => (/* binding */ resolveUpstream),
  X: () => (/* binding */ selectEntries)
});

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/upstream/ls-remote.ts
var ls_remote = __webpack_require__(4423);
// EXTERNAL MODULE: ./src/github/repo-ref.ts
var repo_ref = __webpack_require__(8031);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/upstream/versions.ts
/**
 * Tag names -> comparable versions. The newest version is the highest semantic version, never
 * the newest by date and never lexical order (`v2.10.3` < `v2.10.24`).
 *
 * Without a `tag-pattern` a tag must be a full semantic version with an optional leading `v`
 * (`v1.2.3`, `1.2.3-rc.1`). With one, the pattern must match and its groups, joined with dots
 * (`^curl-(\d+)_(\d+)_(\d+)$`: `curl-8_21_0` is 8.21.0), or the whole match without groups, are
 * the version; there, `1.2` and `1` are read as `1.2.0` and `1.0.0`, so `release-1.2`,
 * `go1.22.0` or `component/v1.2.3` work through a pattern and never by accident.
 *
 * A monorepo pin without a pattern (`version: pdata/v1.30.0`) reads only the tags of its own
 * component: `pdata/` then a full semantic version (so not `pdata/xpdata/v0.1.0`, not `v0.9.0`).
 */

const SEMVER_LOOSE_PARTS = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const SEMVER_TEXT = 'v?\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?';
/**
 * The tag pattern (already validated by the manifest parser); without one, a pin with slashes
 * (a monorepo's full tag) yields `^<its prefix>(<semver>)$`.
 */
function compilePattern(pattern, pinned) {
    if (pattern)
        return new RegExp(pattern);
    const slash = pinned?.lastIndexOf('/') ?? -1;
    if (!pinned || slash < 0)
        return undefined;
    const prefix = pinned.slice(0, slash + 1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${prefix}(${SEMVER_TEXT})$`);
}
/**
 * The version text of a match: the groups that took part, joined with dots (SPEC §7). A later
 * group that is not a number is a prerelease or build part: `-rc.1` and `+meta` are appended as
 * they are, `rc.1` after a `-`. No group took part: the whole match.
 */
function matchText(m) {
    const groups = m.slice(1).filter((g) => g !== undefined && g !== '');
    if (!groups.length)
        return m[0];
    return groups.reduce((acc, g) => acc + (/^\d+$/.test(g) ? `.${g}` : /^[-+]/.test(g) ? g : `-${g}`));
}
/** The version of a tag, or undefined when the tag is not a version (it is then skipped). */
function parseTag(tag, pattern) {
    if (pattern) {
        const m = pattern.exec(tag);
        if (!m)
            return undefined;
        const text = matchText(m);
        const version = coerce(text);
        return version ? { tag, text, version } : undefined;
    }
    const version = semver_default().parse(tag.replace(/^v(?=\d)/, ''));
    return version ? { tag, text: tag, version } : undefined;
}
/** `1.2` -> 1.2.0, `v3` -> 3.0.0, `1.2.3-rc.1` stays; anything else is not a version. */
function coerce(text) {
    const m = SEMVER_LOOSE_PARTS.exec(text.trim());
    if (!m)
        return undefined;
    const [, major, minor = '0', patch = '0', pre = '', build = ''] = m;
    return semver_default().parse(`${Number(major)}.${Number(minor)}.${Number(patch)}${pre}${build}`) ?? undefined;
}
/**
 * The version the manifest pins. Tried as a tag first (the usual `version: v2.10.24`), then
 * leniently (`version: 1.2.3` for a tag `component/v1.2.3`).
 */
function parsePinned(version, pattern) {
    return parseTag(version, pattern)?.version ?? parseTag(version)?.version ?? coerce(version);
}
/** Same version, build metadata ignored. */
function sameVersion(a, b) {
    return semver_default().compare(a, b) === 0;
}
/** The highest version, ties broken towards a tag that spells it like `prefer` (then shortest). */
function highest(tags, prefer) {
    let best;
    for (const t of tags) {
        if (!best) {
            best = t;
            continue;
        }
        const c = semver_default().compare(t.version, best.version);
        if (c > 0)
            best = t;
        else if (c === 0 && prefer !== undefined && t.tag === prefer)
            best = t;
    }
    return best;
}
/** Highest part that changed from `current` to `latest`, or `none` when latest is not newer. */
function updateType(current, latest) {
    if (semver_default().compare(latest, current) <= 0)
        return 'none';
    if (latest.major !== current.major)
        return 'major';
    if (latest.minor !== current.minor)
        return 'minor';
    if (latest.patch !== current.patch)
        return 'patch';
    return 'prerelease';
}
/**
 * How to write `latest` into the manifest, in the style of the pinned value: the tag itself when
 * the pin is a tag name, group 1's text when the pin is that, else the bare version (with a `v`
 * when the pin had one).
 */
function pinFor(pinned, pattern, current, latest) {
    if (current && pinned === current.tag)
        return latest.tag;
    if (current && pinned === current.text)
        return latest.text;
    if (!current && pattern && parseTag(pinned, pattern))
        return latest.tag;
    const bare = latest.version.version;
    return /^v\d/.test(pinned) ? `v${bare}` : bare;
}

;// CONCATENATED MODULE: ./src/upstream/check.ts





const SHA40 = /^[0-9a-f]{40}$/i;
const HEX = /^[0-9a-f]{7,40}$/i;
/**
 * `owner/name` or a git URL -> where to list refs, the web address, and owner/name on the server.
 * A repository of the GitHub server is recognised in any spelling (owner/name, https, ssh,
 * scp-like `git@host:owner/name.git`) and listed over the server's smart HTTP, where the token
 * works; other hosts are listed at the address given.
 */
function resolveUpstream(repo, serverUrl) {
    const server = serverUrl.replace(/\/+$/, '');
    const ref = (0,repo_ref/* parseRepoRef */.PP)(repo);
    if (ref && (0,repo_ref/* onServer */.ze)(ref, server)) {
        return { gitUrl: (0,git/* repoUrl */.wk)(server, ref.fullName), webUrl: `${server}/${ref.fullName}`, ownerRepo: ref.fullName };
    }
    if (/^https?:\/\//i.test(repo)) {
        const url = new URL(repo);
        const path = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
        return { gitUrl: repo, webUrl: `${url.origin}/${path}`, ownerRepo: undefined };
    }
    return { gitUrl: repo, webUrl: repo.replace(/\.git$/, '') };
}
/** Which entries to check, by `names` and a dispatched upstream. */
function selectEntries(opts) {
    const all = opts.manifest.binaries;
    const names = opts.names?.length ? opts.names : Object.keys(all);
    const unknown = names.filter((n) => !(n in all));
    if (unknown.length)
        throw new errors/* UserError */.y(`${opts.manifest.file}: no entry ${unknown.map((n) => `"${n}"`).join(', ')} (entries: ${Object.keys(all).join(', ')})`);
    const skipped = names.filter((n) => !all[n].upstream);
    let selected = names.map((n) => all[n]).filter((e) => e.upstream);
    if (opts.onlyUpstream) {
        const server = opts.serverUrl ?? 'https://github.com';
        const want = (resolveUpstream(opts.onlyUpstream, server).ownerRepo ?? opts.onlyUpstream).toLowerCase();
        selected = selected.filter((e) => {
            const r = resolveUpstream(e.upstream.repo, server);
            return (r.ownerRepo ?? r.gitUrl).toLowerCase() === want;
        });
    }
    return { selected, skipped };
}
async function checkUpstreams(opts, log) {
    const serverUrl = (opts.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const now = opts.now ?? (() => new Date());
    const lastCheck = now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z');
    const { selected, skipped } = selectEntries({ ...opts, serverUrl });
    const stats = { gitRoundTrips: 0, apiCalls: 0 };
    const resolved = selected.map((entry) => ({ entry, upstream: entry.upstream, ...resolveUpstream(entry.upstream.repo, serverUrl) }));
    // Git refs: one listing per distinct remote, `concurrency` at a time.
    // GitHub names ignore case: two spellings of one repository of the server are listed once.
    const listKey = (r) => (r.ownerRepo ? r.gitUrl.toLowerCase() : r.gitUrl);
    const byKey = new Map(resolved.filter((r) => r.upstream.track !== 'releases').map((r) => [listKey(r), r.gitUrl]));
    const gitUrls = [...byKey.keys()];
    const remotes = new Map();
    await pool(gitUrls, opts.concurrency ?? 16, async (url) => {
        try {
            const refs = await (0,ls_remote/* lsRemote */._H)(byKey.get(url), {
                token: opts.token,
                authOrigin: serverUrl,
                protocol: opts.protocol,
                refPrefixes: ['HEAD', 'refs/heads/', 'refs/tags/'],
            });
            stats.gitRoundTrips += refs.roundTrips;
            remotes.set(url, refs);
        }
        catch (err) {
            stats.gitRoundTrips += 1;
            remotes.set(url, err);
        }
    });
    // Releases: one batched GraphQL query for all of them.
    const releaseRepos = resolved.filter((r) => r.upstream.track === 'releases' && r.ownerRepo).map((r) => r.ownerRepo);
    const releases = new Map();
    if (releaseRepos.length) {
        if (!opts.token && !opts.client) {
            for (const repo of releaseRepos)
                releases.set(repo, { error: 'track: releases needs a token (the GraphQL API requires one)' });
        }
        else {
            try {
                const client = opts.client ??
                    (await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(1954)]).then(__webpack_require__.bind(__webpack_require__, 9573))).createClient({
                        token: opts.token,
                        apiUrl: opts.apiUrl,
                        graphqlUrl: opts.graphqlUrl,
                        warn: (m) => log.warn(m),
                    });
                const { fetchReleases } = await __webpack_require__.e(/* import() */ 979).then(__webpack_require__.bind(__webpack_require__, 979));
                const { results, calls } = await fetchReleases(client, releaseRepos);
                stats.apiCalls += calls;
                for (const [k, v] of results)
                    releases.set(k, v);
            }
            catch (err) {
                for (const repo of releaseRepos)
                    releases.set(repo, { error: `releases API failed: ${(0,errors.oneLine)(err)}` });
            }
        }
    }
    const entries = [];
    for (const r of resolved) {
        const base = {
            name: r.entry.name,
            track: r.upstream.track,
            pinned: r.entry.version,
            upstreamRepo: r.webUrl,
            ownerRepo: r.ownerRepo,
            currentTag: null,
            currentCommit: null,
            latestTag: null,
            latestCommit: null,
            updateAvailable: false,
            updateType: 'none',
        };
        try {
            const allowPre = !!opts.includePrereleases || r.upstream.prereleases;
            if (r.upstream.track === 'releases') {
                if (!r.ownerRepo)
                    throw new errors/* UserError */.y(`track: releases needs a repository on ${serverUrl} (owner/name); use track: tags for ${r.gitUrl}`);
                const got = releases.get(r.ownerRepo);
                if ('error' in got)
                    throw new errors/* UserError */.y(got.error);
                entries.push(fromReleases(base, r, got.releases, allowPre));
            }
            else {
                const refs = remotes.get(listKey(r));
                if (refs instanceof Error)
                    throw refs;
                entries.push(r.upstream.track === 'tags' ? fromTags(base, r, refs, allowPre) : fromCommits(base, r, refs));
            }
        }
        catch (err) {
            entries.push({ ...base, error: (0,errors.oneLine)(err) });
        }
        const e = entries[entries.length - 1];
        if (e.warning)
            log.warn(`${e.name}: ${e.warning}`);
        if (e.error)
            log.warn(`${e.name}: ${e.error}`);
        else if (e.updateAvailable)
            log.info(`${e.name}: ${e.pinned} -> ${e.newVersion} (${e.updateType})`);
        else
            log.info(`${e.name}: ${e.pinned} is up to date`);
    }
    return { lastCheck, entries, skipped, stats };
}
/** Shared by tags and releases: pick current and latest among candidates. */
function decide(base, r, all, allowPre, what) {
    const pattern = compilePattern(r.upstream.tagPattern, r.entry.version);
    const pinned = parsePinned(r.entry.version, pattern);
    if (!pinned)
        throw new errors/* UserError */.y(`pinned version "${r.entry.version}" is not a version${r.upstream.tagPattern ? ` the tag-pattern reads` : ''} (set upstream.tag-pattern, or use track: commits)`);
    const matching = all.filter((c) => sameVersion(c.version, pinned));
    const current = (matching.find((c) => c.tag === r.entry.version) ?? matching.find((c) => c.text === r.entry.version) ?? highest(matching));
    const candidates = all.filter((c) => allowPre || !c.prerelease);
    if (!candidates.length) {
        throw new errors/* UserError */.y(`no ${what} of ${r.upstream.repo} is a version${r.upstream.tagPattern ? ` matching tag-pattern ${r.upstream.tagPattern}` : ''} (${all.length ? 'only prereleases' : 'none parse'})`);
    }
    const latest = highest(candidates, r.entry.version);
    const type = updateType(pinned, latest.version);
    const warnings = [
        current
            ? undefined
            : `pinned version "${r.entry.version}" is not a ${what} of ${r.upstream.repo}${r.upstream.tagPattern ? ` that tag-pattern ${r.upstream.tagPattern} reads` : ''} (its newest is ${latest.tag})`,
        sharedVersions(all, pinned, r.upstream.tagPattern),
    ].filter(Boolean);
    const result = {
        ...base,
        currentTag: current?.tag ?? (parseTag(r.entry.version, pattern) ? r.entry.version : null),
        currentCommit: current?.commit ?? null,
        ...(warnings.length ? { warning: warnings.join('; ') } : {}),
    };
    if (type === 'none') {
        // Nothing newer (or the pin is ahead, e.g. a prerelease): latest is what is pinned.
        return { ...result, latestTag: current?.tag ?? latest.tag, latestCommit: current?.commit ?? latest.commit, updateType: 'none' };
    }
    const newVersion = pinFor(r.entry.version, pattern, current, latest);
    return {
        ...result,
        latestTag: latest.tag,
        latestCommit: latest.commit,
        updateAvailable: true,
        updateType: type,
        newVersion,
        releaseUrl: latest.url ?? (r.ownerRepo ? `${r.webUrl}/releases/tag/${encodeURIComponent(latest.tag)}` : undefined),
        compareUrl: r.ownerRepo && result.currentTag ? `${r.webUrl}/compare/${encodeURIComponent(result.currentTag)}...${encodeURIComponent(latest.tag)}` : undefined,
    };
}
/**
 * One line when several tags read as one version (a pattern that drops a part, `v1.0.0` beside
 * `1.0.0`): the check cannot tell them apart, so an update may go unseen. The example shown is
 * the pinned version's group when it has one, else the highest.
 */
function sharedVersions(all, pinned, tagPattern) {
    const byVersion = new Map();
    for (const t of all) {
        const key = t.version.version; // build metadata does not order, so it does not tell apart
        byVersion.set(key, [...(byVersion.get(key) ?? []), t]);
    }
    const shared = [...byVersion.values()].filter((g) => g.length > 1);
    if (!shared.length)
        return undefined;
    const example = shared.find((g) => sameVersion(g[0].version, pinned)) ?? shared.reduce((a, b) => (a[0].version.compare(b[0].version) >= 0 ? a : b));
    const names = example.map((t) => t.tag).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const listed = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    const others = shared.length - 1;
    return `${tagPattern ? `tag-pattern ${tagPattern}` : 'reading tags as versions'} maps several tags to one version: ${listed} are all ${example[0].version.version}${others ? ` (and ${others} other version${others > 1 ? 's' : ''} likewise)` : ''}; updates may go unseen`;
}
function fromTags(base, r, refs, allowPre) {
    const pattern = compilePattern(r.upstream.tagPattern, r.entry.version);
    const all = [];
    for (const ref of refs.refs.keys()) {
        if (!ref.startsWith('refs/tags/'))
            continue;
        const tag = parseTag(ref.slice('refs/tags/'.length), pattern);
        if (tag)
            all.push({ ...tag, commit: (0,ls_remote/* commitOf */.D3)(refs, ref) ?? null, prerelease: tag.version.prerelease.length > 0 });
    }
    return decide(base, r, all, allowPre, 'tag');
}
function fromReleases(base, r, releases, allowPre) {
    const pattern = compilePattern(r.upstream.tagPattern, r.entry.version);
    const all = [];
    for (const rel of releases) {
        if (rel.isDraft)
            continue; // drafts never count
        const tag = parseTag(rel.tagName, pattern);
        if (tag)
            all.push({ ...tag, commit: rel.commit, url: rel.url, prerelease: rel.isPrerelease || tag.version.prerelease.length > 0 });
    }
    return decide(base, r, all, allowPre, 'release');
}
function fromCommits(base, r, refs) {
    const branch = r.upstream.branch ?? refs.symrefs.get('HEAD')?.replace(/^refs\/heads\//, '');
    const head = branch ? refs.refs.get(`refs/heads/${branch}`) : refs.refs.get('HEAD');
    if (!head)
        throw new errors/* UserError */.y(branch ? `branch "${branch}" not found in ${r.upstream.repo}` : `${r.upstream.repo} has no default branch (set upstream.branch)`);
    const pin = r.entry.version;
    let current;
    if (HEX.test(pin)) {
        const lower = pin.toLowerCase();
        current = SHA40.test(pin) ? lower : [...refs.refs.values(), ...refs.peeled.values()].find((sha) => sha.startsWith(lower));
        const update = !head.startsWith(lower);
        const newVersion = SHA40.test(pin) ? head : head.slice(0, pin.length);
        return withCommit(base, r, current ?? null, head, update, update ? newVersion : undefined);
    }
    // A tag pin on a commits-tracked entry: its commit, if the upstream has that tag.
    current = (0,ls_remote/* commitOf */.D3)(refs, `refs/tags/${pin}`);
    if (!current)
        throw new errors/* UserError */.y(`pinned version "${pin}" is neither a commit SHA nor a tag of ${r.upstream.repo}`);
    return { ...withCommit(base, r, current, head, current !== head, head), currentTag: pin };
}
function withCommit(base, r, current, head, update, newVersion) {
    return {
        ...base,
        currentCommit: current,
        latestCommit: head,
        updateAvailable: update,
        updateType: update ? 'commit' : 'none',
        newVersion: update ? newVersion : undefined,
        releaseUrl: r.ownerRepo && update ? `${r.webUrl}/commit/${head}` : undefined,
        compareUrl: r.ownerRepo && update ? `${r.webUrl}/compare/${current ?? r.entry.version}...${head}` : undefined,
    };
}
/** The SPEC §7 JSON. */
function manifestJson(result) {
    const subsystems = {};
    for (const e of result.entries) {
        subsystems[e.name] = {
            name: e.name,
            upstream_repo: e.upstreamRepo,
            current_tag: e.currentTag,
            current_commit: e.currentCommit,
            latest_tag: e.latestTag,
            latest_commit: e.latestCommit,
            update_available: e.updateAvailable,
            update_type: e.updateType,
            ...(e.warning ? { warning: e.warning } : {}),
            ...(e.error ? { error: e.error } : {}),
        };
    }
    return { last_check: result.lastCheck, subsystems };
}
async function pool(items, size, work) {
    let next = 0;
    const runners = Array.from({ length: Math.min(size, items.length) }, async () => {
        while (next < items.length)
            await work(items[next++]);
    });
    await Promise.all(runners);
}


/***/ })

};
