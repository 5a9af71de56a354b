export const id = 954;
export const ids = [954];
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


/***/ })

};
