export const id = 575;
export const ids = [575];
export const modules = {

/***/ 9573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  apiUrlFromEnv: () => (/* binding */ apiUrlFromEnv),
  createClient: () => (/* binding */ createClient),
  eN: () => (/* binding */ serverUrlFromEnv),
  D2: () => (/* binding */ splitRepo),
  statusOf: () => (/* binding */ statusOf),
  Eb: () => (/* binding */ validationCodes)
});

// UNUSED EXPORTS: graphqlUrlFor

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
    const res = await (0,http/* send */.tN)(String(input), {
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

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ deleteAsset),
/* harmony export */   Rw: () => (/* binding */ renameAsset),
/* harmony export */   Tn: () => (/* binding */ deleteDraft),
/* harmony export */   findRelease: () => (/* binding */ findRelease),
/* harmony export */   gA: () => (/* binding */ awaitRelease),
/* harmony export */   mk: () => (/* binding */ publish),
/* harmony export */   qs: () => (/* binding */ listAssets),
/* harmony export */   w9: () => (/* binding */ ensureRelease),
/* harmony export */   xr: () => (/* binding */ immutableError)
/* harmony export */ });
/* unused harmony export IMMUTABLE_HINT */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9573);
/* harmony import */ var _net_timing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(481);
/**
 * Releases as a cache: find by tag, create-or-reuse safely when many jobs race, publish.
 * A release this code creates starts as a draft and is published once its asset is in, which is
 * the only order a repository with immutable releases accepts. On GitHub any number of drafts may
 * share a tag (a draft holds no tag); only publishing meets 422 `already_exists`, so jobs that
 * race on a new tag each fill a draft of their own and all but one lose the publish (see publish.ts).
 */



const IMMUTABLE_HINT = 'use a per-platform tag template such as tag: "{name}-{version}-{os}-{arch}" (each platform then gets its own release, created as a draft, filled, then published), or turn off immutable releases for the repository';
function immutableError(repo, tag, asset) {
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`release ${tag} in ${repo} is immutable (published with immutable releases on), so it takes no new or replaced asset ${asset}: ${IMMUTABLE_HINT}`);
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
 * The release for `tag`: the published one, else a new draft of our own (`created`). Drafts do not
 * claim a tag, so racing jobs each get their own draft; where a server refuses a second one
 * (422 `already_exists`) we take the release that holds the tag, or the other job's draft.
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
        log.info(`created release ${tag} in ${repo} (a draft until its asset is in)`);
        return { release: res.data, created: true };
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 422)
            throw err;
        if (!(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .validationCodes */ .Eb)(err).includes('already_exists')) {
            const msg = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__.oneLine)(err);
            if (/repository is empty/i.test(msg))
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot create release ${tag} in ${repo}: the repository has no commits yet (push one first)`);
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot create release ${tag} in ${repo}: ${msg}`);
        }
    }
    const theirs = await awaitRelease(gh, repo, tag, true);
    if (theirs) {
        log.debug(`release ${tag} was created concurrently; using it`);
        return { release: theirs, created: false };
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`release ${tag} in ${repo} exists but cannot be read (is it a draft this token cannot see?)`);
}
/**
 * The published release of `tag` (or, with `drafts`, a draft of it) after someone else just made
 * it: it may take an instant to be visible.
 */
async function awaitRelease(gh, repo, tag, drafts = false) {
    for (let i = 0; i < 4; i++) {
        if (i)
            await (0,_net_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)((0,_net_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffMs */ .jo)(i));
        const found = (await findRelease(gh, repo, tag)) ?? (drafts ? await findDraft(gh, repo, tag) : undefined);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * Publishes a draft we filled (idempotent when it is already published). Undefined when another
 * release of that tag was published first (422 `already_exists`): the draft stays a draft.
 */
async function publish(gh, repo, release, makeLatest) {
    if (!release.draft)
        return release;
    try {
        const res = await gh.rest.repos.updateRelease({
            ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(repo),
            release_id: release.id,
            draft: false,
            make_latest: makeLatest ? 'true' : 'false',
        });
        return res.data;
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 422 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .validationCodes */ .Eb)(err).includes('already_exists'))
            return undefined;
        throw err;
    }
}
/**
 * Deletes a draft (of ours) with its assets; already gone is fine. A release that is published
 * after all (a publish whose answer was lost) is left alone.
 */
async function deleteDraft(gh, repo, id) {
    try {
        const { data } = await gh.rest.repos.getRelease({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(repo), release_id: id });
        if (!data.draft)
            return;
        await gh.rest.repos.deleteRelease({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(repo), release_id: id });
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 404)
            throw err;
    }
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


/***/ }),

/***/ 3575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishArchive: () => (/* binding */ publishArchive)
});

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/releases/api.ts
var api = __webpack_require__(310);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(9573);
// EXTERNAL MODULE: ./src/net/download.ts + 1 modules
var download = __webpack_require__(1498);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: ./src/net/retry.ts + 1 modules
var net_retry = __webpack_require__(409);
;// CONCATENATED MODULE: ./src/releases/upload.ts
/**
 * Asset upload that never loses what is already there and survives lost answers:
 * - a new asset is streamed under its own name;
 * - with clobber, a different existing asset is replaced by a swap: upload under a temporary
 *   name (the slow part, where failures happen), then delete the old one and rename the new;
 * - a retry that meets `already_exists` with our digest means the lost upload landed: done;
 * - a `starter` asset (an upload cut short earlier) is deleted and uploaded again.
 * Uploads go through src/net's transport, not Octokit: a streamed body cannot be replayed by
 * Octokit's retry, and fetch held a streamed body in memory.
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
            // Someone else put an asset of that name there while we were uploading (another job's swap
            // lands in the moment between its delete and its rename): look again. Each look that finds
            // this means another job finished, so with N jobs racing it ends within N looks.
            if (err instanceof Conflict && round < 16)
                continue;
            if (err instanceof Conflict)
                throw new errors/* UserError */.y(`${o.name}: other jobs kept replacing it in release ${o.release.tag_name} while this one uploaded; re-run`);
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
    const renamed = await renameIntoPlace(o, fresh, tmpName);
    log.info(`replaced ${name} in release ${release.tag_name} (${o.size} bytes)`);
    return { asset: renamed, action: 'replaced' };
}
/**
 * Renames our temporary asset to the final name. Jobs replacing the same asset at the same moment
 * each delete the old one and rename theirs in; GitHub refuses a rename onto a name another asset
 * holds (422 already_exists), so a job that meets one removes that asset (another job's swap that
 * landed first) and renames again: the last one wins, and no temporary asset is left. A job only
 * fails here when its rename fails with each of the other jobs out of the way, which is bounded.
 */
async function renameIntoPlace(o, fresh, tmpName) {
    const { gh, repo, release, name, log } = o;
    for (let tries = 1;; tries++) {
        try {
            return await (0,api/* renameAsset */.Rw)(gh, repo, fresh.id, name);
        }
        catch (err) {
            const taken = (0,client.statusOf)(err) === 422 && (0,client/* validationCodes */.Eb)(err).includes('already_exists');
            if (!taken || tries >= 16) {
                throw new errors/* UserError */.y(`replacing ${name} in release ${release.tag_name}: the new upload is in as ${tmpName} but renaming it failed (${(0,errors.oneLine)(err)}); re-run to finish`);
            }
            const holder = (await (0,api/* listAssets */.qs)(gh, repo, release.id)).find((a) => a.name === name && a.id !== fresh.id);
            log.info(`another job replaced ${name} in release ${release.tag_name} at the same moment; replacing it again (the last one wins)`);
            if (holder)
                await (0,api/* deleteAsset */.AO)(gh, repo, holder.id);
        }
    }
}
/**
 * POSTs the file under `uploadName`. Between attempts it looks at what the release holds: our
 * bytes already there (a lost answer) end it; a `starter` leftover is removed first.
 * `finalName` says whether someone else may legitimately own that name (a Conflict then).
 */
async function uploadWithRetry(o, uploadName, finalName) {
    const attempts = o.attempts ?? 5;
    try {
        return await (0,net_retry/* withRetries */.LH)(async (attempt) => {
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
            return postOnce(o, uploadName);
        }, {
            attempts,
            onRetry: ({ error, next, waitMs }) => o.log.warn(`upload of ${uploadName} failed (${error.message}); retrying in ${Math.round(waitMs)} ms (attempt ${next} of ${attempts})`),
        });
    }
    catch (err) {
        if (err instanceof net_retry/* GaveUp */.TL)
            throw new errors/* UserError */.y(`upload of ${uploadName} to release ${o.release.tag_name} in ${o.repo} failed after ${err.attempts} attempts: ${err.message} (check the network and re-run the job)`);
        throw err;
    }
}
async function postOnce(o, uploadName) {
    const base = o.release.upload_url.replace(/\{.*$/, '');
    const url = `${base}?name=${encodeURIComponent(uploadName)}`;
    let status;
    let header;
    let text;
    try {
        const res = await (0,http/* send */.tN)(url, {
            method: 'POST',
            body: { file: o.file },
            headers: {
                authorization: `token ${o.token}`,
                accept: 'application/vnd.github+json',
                'content-type': o.contentType ?? 'application/gzip',
                'content-length': String(o.size),
            },
        });
        ({ status, header } = res);
        text = await (0,http/* readText */.yR)(res.body);
    }
    catch (err) {
        throw new net_retry/* Retryable */.R4(`${(0,http/* redactUrl */.BO)(url)}: ${(0,errors.oneLine)(err.cause ?? err)}`);
    }
    if (status === 201 || status === 200) {
        try {
            return JSON.parse(text);
        }
        catch {
            throw new net_retry/* Retryable */.R4('unreadable answer');
        }
    }
    const message = /"message"\s*:\s*"([^"]{1,300})"/.exec(text)?.[1] ?? '';
    if (status === 422 && /already_exists/.test(text))
        throw new net_retry/* Retryable */.R4('an asset of that name already exists');
    if (status === 422 && /immutable/i.test(message))
        throw (0,api/* immutableError */.xr)(o.repo, o.release.tag_name, uploadName);
    const retry = (0,net_retry/* retryableStatus */.Fd)(status, header, text, `${status} ${message}`.trim());
    if (retry)
        throw retry;
    throw new download.HttpStatusError(status, `upload of ${uploadName} to release ${o.release.tag_name} in ${o.repo}: ${status} ${message}`.trim());
}

;// CONCATENATED MODULE: ./src/releases/publish.ts



async function publishArchive(o) {
    const { release, created } = await (0,api/* ensureRelease */.w9)(o.gh, o.repo, o.tag, o.create, o.log);
    const upload = (into) => uploadAsset({
        gh: o.gh,
        token: o.token,
        repo: o.repo,
        release: into,
        file: o.file,
        name: o.assetName,
        sha256: o.sha256,
        size: o.size,
        clobber: o.clobber,
        log: o.log,
    });
    if (!release.draft)
        return { ...(await upload(release)), release, createdRelease: false };
    let published = false;
    try {
        const up = await upload(release);
        const final = await (0,api/* publish */.mk)(o.gh, o.repo, release, !!o.create.makeLatest);
        if (final) {
            published = true;
            // An asset of a draft has an "untagged-..." download URL; the published release knows the real one.
            const asset = final.assets?.find((a) => a.id === up.asset.id) ?? up.asset;
            return { ...up, asset, release: final, createdRelease: created };
        }
        // Another job published its own draft of this tag first: our asset goes to its release.
        o.log.info(`release ${o.tag} was published by a concurrent job; putting ${o.assetName} there and deleting this job's draft`);
        const winner = await (0,api/* awaitRelease */.gA)(o.gh, o.repo, o.tag);
        if (!winner)
            throw new errors/* UserError */.y(`release ${o.tag} in ${o.repo}: publishing met "already_exists" but no published release of that tag can be read; re-run to finish`);
        const moved = await upload(winner);
        return { ...moved, release: winner, createdRelease: false };
    }
    finally {
        // A draft this job created and did not publish (it lost the race, or the step failed) goes, with
        // whatever it holds. Only our own: a server that refused a second draft gave us another job's.
        if (created && !published) {
            await (0,api/* deleteDraft */.Tn)(o.gh, o.repo, release.id).catch((err) => {
                o.log.warn(`could not delete this job's draft of release ${o.tag} (id ${release.id}); delete it by hand: ${(0,errors.oneLine)(err)}`);
            });
        }
    }
}


/***/ })

};
