export const id = 967;
export const ids = [967,584];
export const modules = {

/***/ 5967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   gy: () => (/* binding */ ZERO_SHA),
/* harmony export */   rangeFromEvent: () => (/* binding */ rangeFromEvent)
/* harmony export */ });
/* unused harmony export COMPARE_FILES_CAP */
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);

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
    const { owner, repo } = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(range.repo);
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
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err) !== 404 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err) !== 422)
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
                if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err2) !== 404 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err2) !== 422)
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
    const { owner, repo } = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(range.repo);
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
    const { git } = await __webpack_require__.e(/* import() */ 308).then(__webpack_require__.bind(__webpack_require__, 308));
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
    const { git } = await __webpack_require__.e(/* import() */ 308).then(__webpack_require__.bind(__webpack_require__, 308));
    const out = await git(['show', '--name-only', '--no-renames', '-z', '--format=', '--first-parent', '-m', head, '--'], { cwd, okCodes: [128] }).catch(() => undefined);
    if (!out || out.code !== 0)
        return undefined;
    return [...new Set(out.stdout.split('\0').filter(Boolean))];
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ splitRepo),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* unused harmony exports apiUrlFromEnv, serverUrlFromEnv, graphqlUrlFor, validationCodes */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);




/** Timing knobs; `SYNC_RETRY_BASE_MS` and `SYNC_RATE_LIMIT_UNIT_MS` scale waits (tests, benchmarks). */
function msFromEnv(name, fallback) {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value >= 0 && process.env[name] !== '' ? value : fallback;
}
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
    const rateUnit = msFromEnv('SYNC_RATE_LIMIT_UNIT_MS', 1000);
    const onLimit = (kind) => (retryAfter, opts, _octokit, retryCount) => {
        const what = `${opts.method ?? 'GET'} ${opts.url ?? ''}`;
        if (retryCount >= rateLimitRetries || retryAfter > maxWait) {
            warn(`${kind} rate limit on ${what}: giving up after ${retryCount} waits (next wait ${retryAfter}s)`);
            return false;
        }
        warn(`${kind} rate limit on ${what}: waiting ${retryAfter}s (attempt ${retryCount + 1} of ${rateLimitRetries})`);
        return true;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: apiUrl,
        retry: { retries: options.retries ?? 4, retryAfterBaseValue: msFromEnv('SYNC_RETRY_BASE_MS', 1000) },
        throttle: {
            retryAfterBaseValue: rateUnit,
            fallbackSecondaryRateRetryAfter: 60,
            // Octokit's default spaces every write a full second apart, one at a time. Our callers bound
            // their own concurrency and the throttling plugin still waits out secondary limits, so writes
            // are only kept from piling up unbounded here.
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 16, minTime: 0 }),
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => warn(String(m)),
            error: (m) => warn(String(m)),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
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
