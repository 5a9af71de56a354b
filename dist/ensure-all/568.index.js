export const id = 568;
export const ids = [568];
export const modules = {

/***/ 3568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchAsset: () => (/* binding */ fetchAsset),
/* harmony export */   lookupAsset: () => (/* binding */ lookupAsset),
/* harmony export */   releaseLayer: () => (/* binding */ releaseLayer)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9661);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9573);
/* harmony import */ var _net_download_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1498);
/* harmony import */ var _releases_api_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(310);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9541);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7713);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9880);
/**
 * Layer 3: the release asset. Looked up through the API (private repositories work with the
 * token), downloaded via the asset's API URL, whose redirect to storage is followed without the
 * token, checked against the asset's size and digest, then extracted and verified.
 */








async function lookupAsset(t, repo, o) {
    const apiUrl = (o.apiUrl ?? (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.apiUrlFromEnv)()).replace(/\/+$/, '');
    let release;
    let assets;
    try {
        // The one client (SPEC §12), anonymous without a token: a public cache repository is readable.
        const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.createClient)({ token: o.token, apiUrl, warn: (m) => o.log.warn(m) });
        release = await (0,_releases_api_js__WEBPACK_IMPORTED_MODULE_4__.findRelease)(gh, repo, t.tag);
        if (release && !release.assets?.some((a) => a.name === t.asset) && (release.assets?.length ?? 0) >= 100) {
            assets = await (0,_releases_api_js__WEBPACK_IMPORTED_MODULE_4__/* .listAssets */ .qs)(gh, repo, release.id);
        }
    }
    catch (err) {
        const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(err);
        if (status === 401)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`reading release ${t.tag} in ${repo}: the token was refused (401 Bad credentials): check the "token" input`);
        if (status === 403)
            return { found: false, why: `release ${t.tag} in ${repo} is not readable with this token (403)` };
        const advice = status === undefined || status >= 500 ? ' (check the network and re-run the job)' : '';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`looking up release ${t.tag} in ${repo} failed: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__.oneLine)(err)}${advice}`);
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
    await (0,_net_download_js__WEBPACK_IMPORTED_MODULE_3__.download)({
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
    const { sha256: sums } = await (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_1__.extractTarGz)(archive, staging).catch((err) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${label}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__.oneLine)(err)}`);
    });
    // The binary was hashed as it was written: no second pass over it.
    const { sha256 } = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyDir */ .p)(staging, t, label, sums.get(t.exe));
    return sha256;
}
const releaseLayer = {
    name: 'release',
    async find(ctx) {
        const { t, opts, log } = ctx;
        if (!t.releaseRepo)
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .miss */ .LP)('no release repository to look in');
        const lo = { token: opts.token, apiUrl: opts.apiUrl, temp: await ctx.temp(), log };
        const found = await lookupAsset(t, t.releaseRepo, lo);
        if (!found.found) {
            log.info(`${t.name} ${t.version}: ${found.why}`);
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .miss */ .LP)(found.why);
        }
        const sha256 = await fetchAsset(t, t.releaseRepo, found.asset, await ctx.staging(), lo);
        const dir = await ctx.install(sha256);
        log.info(`${t.name} ${t.version}: downloaded ${t.asset} from release ${t.tag} in ${t.releaseRepo}`);
        return (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .hit */ .av)(dir, sha256);
    },
};


/***/ }),

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


/***/ })

};
