export const id = 7747;
export const ids = [7747,1390];
export const modules = {

/***/ 1390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   METHODS: () => (/* binding */ METHODS),
/* harmony export */   WN: () => (/* binding */ BOT),
/* harmony export */   eH: () => (/* binding */ applyUpstream),
/* harmony export */   j3: () => (/* binding */ ApplyConflict)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(308);




const METHODS = ['copy', 'cherry-pick', 'squash', 'merge'];
class ApplyConflict extends Error {
    method;
    files;
    constructor(method, files) {
        super(`${method} of the upstream commit conflicts in ${files.length ? files.join(', ') : 'the work tree'}; aborted, the base branch is untouched`);
        this.method = method;
        this.files = files;
        this.name = 'ApplyConflict';
    }
}
const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
function baseEnv(o) {
    return {
        GIT_LITERAL_PATHSPECS: '1',
        GIT_COMMITTER_NAME: o.committer.name,
        GIT_COMMITTER_EMAIL: o.committer.email,
        GIT_AUTHOR_NAME: o.committer.name,
        GIT_AUTHOR_EMAIL: o.committer.email,
        ...o.env,
    };
}
async function applyUpstream(o) {
    return o.method === 'copy' ? applyCopy(o) : applyWithGit(o);
}
/** Mirrors `feature` at `sha` into `target`: adds, changes, deletes; nothing else moves. */
async function applyCopy(o) {
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-index-'));
    const env = { ...baseEnv(o), GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'index') };
    const run = (args, extra = {}) => (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.git)(args, { cwd: o.cwd, env, ...extra });
    try {
        await run(['read-tree', o.baseSha]);
        await run(['rm', '--cached', '-r', '-f', '-q', '--ignore-unmatch', '--', o.target]);
        const source = `${o.sha}:${o.feature}`;
        const type = (await run(['cat-file', '-t', source], { okCodes: [1, 128] })).stdout.trim();
        if (type === 'tree') {
            await run(['read-tree', `--prefix=${o.target}/`, source]);
        }
        else if (type === 'blob') {
            const entry = (await run(['ls-tree', '-z', o.sha, '--', o.feature])).stdout;
            const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(entry);
            if (!m)
                throw new Error(`cannot read ${o.feature} at ${o.sha}`);
            await run(['update-index', '--add', '--cacheinfo', `${m[1]},${m[2]},${o.target}`]);
        }
        // Missing at that commit: the feature was deleted upstream, and so is its copy.
        const tree = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.gitText)(['write-tree'], { cwd: o.cwd, env });
        return finish(o, tree, [o.baseSha]);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    }
}
/** cherry-pick / squash / merge in a throwaway worktree; a conflict aborts and reports. */
async function applyWithGit(o) {
    const env = baseEnv(o);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-worktree-'));
    const wt = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'wt');
    await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.git)(['worktree', 'add', '--detach', '--quiet', '--', wt, o.baseSha], { cwd: o.cwd, env });
    const run = (args, extra = {}) => (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.git)(args, { cwd: wt, env, ...extra });
    try {
        let args;
        if (o.method === 'cherry-pick') {
            const parents = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.gitText)(['rev-list', '--parents', '-n', '1', o.sha], { cwd: wt, env })).split(' ').length - 1;
            args = ['cherry-pick', '--no-commit', ...(parents > 1 ? ['-m', '1'] : []), o.sha];
        }
        else if (o.method === 'squash') {
            args = ['merge', '--squash', '--no-commit', o.sha];
        }
        else {
            args = ['merge', '--no-ff', '--no-commit', o.sha];
        }
        const r = await run(args, { okCodes: [1, 2, 128] });
        if (r.code !== 0) {
            const unmerged = (await run(['diff', '--name-only', '-z', '--diff-filter=U'], { okCodes: [1, 128] })).stdout.split('\0').filter(Boolean);
            if (!unmerged.length && !/conflict/i.test(r.stdout + r.stderr)) {
                // Not a conflict: git refused (unrelated histories, missing objects). Say what git said.
                const line = (r.stderr || r.stdout).split('\n').find((l) => l.trim()) ?? `exit code ${r.code}`;
                throw new Error(`git ${args[0]} failed: ${line.replace(/^(fatal|error): /, '')}`);
            }
            // Leave nothing half-applied behind, even in the throwaway worktree.
            await run([o.method === 'cherry-pick' ? 'cherry-pick' : 'merge', '--abort'], { okCodes: [1, 128] });
            throw new ApplyConflict(o.method, unmerged);
        }
        const tree = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.gitText)(['write-tree'], { cwd: wt, env });
        let author = {};
        if (o.method === 'cherry-pick') {
            // A cherry-pick keeps the original author, as git does.
            const [name, email, date] = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.gitText)(['log', '-1', '--format=%an%x00%ae%x00%aI', o.sha], { cwd: wt, env })).split('\0');
            author = { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: date };
        }
        return finish({ ...o, env: { ...o.env, ...author } }, tree, o.method === 'merge' ? [o.baseSha, o.sha] : [o.baseSha]);
    }
    finally {
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.git)(['worktree', 'remove', '--force', '--', wt], { cwd: o.cwd, env, okCodes: [1, 128] });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.git)(['worktree', 'prune'], { cwd: o.cwd, env, okCodes: [1, 128] });
    }
}
async function finish(o, tree, parents) {
    const env = baseEnv(o);
    const baseTree = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.gitText)(['rev-parse', `${o.baseSha}^{tree}`], { cwd: o.cwd, env });
    if (tree === baseTree)
        return { tree, changed: [] };
    const changed = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.git)(['diff-tree', '-r', '--name-only', '-z', '--no-renames', baseTree, tree], { cwd: o.cwd, env })).stdout.split('\0').filter(Boolean);
    const commit = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.gitText)(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], { cwd: o.cwd, env, input: o.message });
    return { commit, tree, changed };
}


/***/ }),

/***/ 7747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePathMap: () => (/* binding */ parsePathMap),
  syncUpstream: () => (/* binding */ syncUpstream)
});

// UNUSED EXPORTS: mapPath

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(9573);
// EXTERNAL MODULE: ./src/cousins/apply.ts
var apply = __webpack_require__(1390);
;// CONCATENATED MODULE: ./src/cousins/markdown.ts
/**
 * Untrusted text (payload values, reasons quoting them) inside Markdown that GitHub renders: in a
 * code span only, so a mention notifies nobody and a link, image, HTML or reference stays text.
 */
/**
 * A CommonMark code span holding `value` verbatim: the fence is one backtick longer than the
 * longest run inside (so backticks in the value cannot close it), padded with a space where the
 * value starts or ends with a backtick or space (the one space each side CommonMark strips).
 * Line breaks and other control characters become visible `\xNN` (a blank line would end the
 * span's paragraph); longer than `max` characters is cut with `…`.
 */
function codeSpan(value, max = 1024) {
    let text = value.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    if (text.length > max)
        text = `${text.slice(0, max)}…`;
    if (!text)
        return '` `';
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}

// EXTERNAL MODULE: ./src/cousins/match.ts
var match = __webpack_require__(4291);
// EXTERNAL MODULE: ./src/cousins/paths.ts
var paths = __webpack_require__(7858);
;// CONCATENATED MODULE: ./src/cousins/payload.ts


class Rejection extends Error {
    name = 'Rejection';
}
const SHA40 = /^[0-9a-f]{40}$/;
/**
 * Reads the request from the event: `client_payload` of a repository_dispatch, or the `feature`
 * and `sha` inputs of a workflow_dispatch (a person ran it, so the source is the upstream).
 * Throws a Rejection for a payload that is malformed or not from `upstream`.
 */
function readRequest(opts) {
    const event = (opts.event ?? {});
    let features;
    let sha;
    let sourceRepo;
    let truncated = false;
    if (opts.feature || opts.sha || opts.eventName === 'workflow_dispatch') {
        const feature = opts.feature || event.inputs?.feature;
        features = [feature];
        sha = opts.sha || event.inputs?.sha;
        sourceRepo = opts.upstream;
    }
    else {
        const p = event.client_payload;
        if (!p || typeof p !== 'object' || Array.isArray(p))
            throw new Rejection('the event has no client_payload object (run on repository_dispatch, or give the "feature" and "sha" inputs)');
        const payload = p;
        sourceRepo = payload.source_repo;
        sha = payload.commit_sha;
        const list = payload.updated_features;
        if (list !== undefined && !Array.isArray(list))
            throw new Rejection(`client_payload.updated_features must be an array, got ${(0,paths/* show */.W)(list)}`);
        features = [payload.updated_feature, ...(list ?? [])].filter((f) => f !== undefined);
        truncated = payload.features_truncated === true;
    }
    if (typeof sourceRepo !== 'string' || sourceRepo.toLowerCase() !== opts.upstream.toLowerCase()) {
        throw new Rejection(`source_repo ${(0,paths/* show */.W)(sourceRepo)} is not the upstream ${opts.upstream}`);
    }
    if (!features.length)
        throw new Rejection('no feature in the payload (updated_feature is missing)');
    const clean = [];
    for (const f of features) {
        const problem = (0,paths/* pathProblem */.z)(f);
        if (problem)
            throw new Rejection(`feature path ${(0,paths/* show */.W)(f)} ${problem}`);
        const feature = f.replace(/\/+$/, '');
        if (!clean.includes(feature))
            clean.push(feature);
    }
    if (typeof sha !== 'string' || !SHA40.test(sha))
        throw new Rejection(`commit_sha ${(0,paths/* show */.W)(sha)} is not a full 40-hex commit SHA`);
    return { features: clean, sha, sourceRepo: opts.upstream, truncated };
}
/**
 * The commit must exist in the upstream, be reachable from its default branch (not only on
 * another branch, a pull request or a fork in the same network), and be young enough.
 */
async function checkCommit(opts) {
    const { owner, repo } = (0,client.splitRepo)(opts.upstream);
    let date;
    try {
        const c = await opts.client.rest.repos.getCommit({ owner, repo, ref: opts.sha, per_page: 1 });
        date = new Date(c.data.commit.committer?.date ?? c.data.commit.author?.date ?? 0);
    }
    catch (err) {
        const s = (0,client.statusOf)(err);
        if (s === 404 || s === 422)
            throw new Rejection(`commit ${opts.sha} does not exist in ${opts.upstream}`);
        throw err;
    }
    const defaultBranch = (await opts.client.rest.repos.get({ owner, repo })).data.default_branch;
    let reachable = false;
    try {
        // sha...default: "ahead" or "identical" means every commit of sha is in the default branch.
        const cmp = await opts.client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${opts.sha}...${defaultBranch}`, per_page: 1 });
        reachable = cmp.data.behind_by === 0;
    }
    catch (err) {
        const s = (0,client.statusOf)(err);
        if (s !== 404 && s !== 422)
            throw err;
    }
    if (!reachable)
        throw new Rejection(`commit ${opts.sha} is not reachable from ${opts.upstream}'s default branch ${defaultBranch}`);
    if (opts.maxAgeDays > 0) {
        const ageDays = ((opts.now ?? new Date()).getTime() - date.getTime()) / 86_400_000;
        if (!(ageDays <= opts.maxAgeDays)) {
            throw new Rejection(`commit ${opts.sha} is ${Math.floor(ageDays)} days old (${date.toISOString()}), older than max-age-days ${opts.maxAgeDays}`);
        }
    }
    return { defaultBranch, date };
}

// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(2524);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
;// CONCATENATED MODULE: ./src/cousins/remote.ts


/**
 * Talking to the cousin and the upstream over smart HTTP with a token: the one auth helper of
 * src/git (GIT_CONFIG_*, never argv, never .git/config; inherited extraheaders reset so exactly
 * one Authorization is sent), plus literal pathspecs (feature paths come from a payload).
 */
function authEnv(token, serverUrl) {
    return { GIT_LITERAL_PATHSPECS: '1', ...(0,git/* gitAuthEnv */.Y$)(token, serverUrl) };
}
/** True when `name` is a valid branch name (so it cannot be read as a refspec pattern or an option). */
async function isValidBranch(cwd, name) {
    const r = await (0,git.git)(['check-ref-format', `refs/heads/${name}`], { cwd, okCodes: [1, 128] });
    return r.code === 0 && !name.startsWith('-');
}
/** Commit a remote branch points to, or undefined when it does not exist. */
async function remoteBranch(cwd, url, branch, env) {
    const out = await (0,git.git)(['ls-remote', '--heads', '--', url, `refs/heads/${branch}`], { cwd, env });
    const line = out.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
    return line?.slice(0, 40);
}
/** Fetches a branch into `refs/sync-upstream/<name>` and returns its commit. */
async function fetchBranch(cwd, url, branch, local, env, depth) {
    const ref = `refs/sync-upstream/${local}`;
    await (0,git.git)(['fetch', '--no-tags', '--quiet', ...(depth ? [`--depth=${depth}`] : []), '--', url, `+refs/heads/${branch}:${ref}`], { cwd, env });
    return (await (0,git.git)(['rev-parse', '--verify', `${ref}^{commit}`], { cwd, env })).stdout.trim();
}
async function haveCommit(cwd, sha) {
    return (await (0,git.git)(['cat-file', '-e', `${sha}^{commit}`], { cwd, okCodes: [1, 128] })).code === 0;
}
async function fetchCommit(opts) {
    const { cwd, url, sha, env } = opts;
    const depth = opts.depth ? [`--depth=${opts.depth}`] : [];
    const bySha = await (0,git.git)(['fetch', '--no-tags', '--quiet', ...depth, '--', url, sha], { cwd, env, okCodes: [1, 128] });
    if (bySha.code === 0 && (await haveCommit(cwd, sha)))
        return;
    await (0,git.git)(['fetch', '--no-tags', '--quiet', '--', url, `+refs/heads/${opts.defaultBranch}:refs/sync-upstream/upstream-default`], { cwd, env });
    if (!(await haveCommit(cwd, sha)))
        throw new Error(`commit ${sha} could not be fetched from the upstream`);
}
/** Makes a shallow checkout whole (merge and squash need the merge base). */
async function unshallow(cwd, url, env) {
    const shallow = (await (0,git.git)(['rev-parse', '--is-shallow-repository'], { cwd })).stdout.trim() === 'true';
    if (shallow)
        await (0,git.git)(['fetch', '--no-tags', '--quiet', '--unshallow', '--', url], { cwd, env });
}
/**
 * Pushes `commit` to `branch`, refusing to overwrite anything but the tip we saw (`expected`,
 * or nothing when the branch did not exist): a concurrent run's push is never silently lost.
 */
async function pushBranch(opts) {
    const ref = `refs/heads/${opts.branch}`;
    await (0,git.git)(['push', '--quiet', '--porcelain', `--force-with-lease=${ref}:${opts.expected ?? ''}`, '--', opts.url, `${opts.commit}:${ref}`], {
        cwd: opts.cwd,
        env: opts.env,
    });
}

;// CONCATENATED MODULE: ./src/cousins/sync.ts









const RANK = ['rejected', 'failed', 'created', 'updated', 'unchanged', 'skipped'];
/** `features/webpush/flask => app/webpush` lines. */
function parsePathMap(lines) {
    return lines.map((line) => {
        const m = /^(.+?)\s*=>\s*(.+)$/.exec(line.trim());
        if (!m)
            throw new errors/* UserError */.y(`path-map: ${(0,paths/* show */.W)(line)} is not "upstream/path => cousin/path"`);
        const from = m[1].trim().replace(/\/+$/, '');
        const to = m[2].trim().replace(/\/+$/, '');
        for (const [side, p] of [
            ['upstream path', from],
            ['cousin path', to],
        ]) {
            const problem = (0,paths/* pathProblem */.z)(p);
            // Mapping onto the repository root would make the whole cousin a mirror of one folder.
            if (problem)
                throw new errors/* UserError */.y(`path-map: ${side} ${(0,paths/* show */.W)(p)} ${problem}`);
        }
        return { from, to };
    });
}
/** Where a feature lands: the longest path-map entry covering it, else the same path. */
function mapPath(feature, map) {
    let best;
    for (const m of map) {
        if ((feature === m.from || feature.startsWith(`${m.from}/`)) && (!best || m.from.length > best.from.length))
            best = m;
    }
    return best ? best.to + feature.slice(best.from.length) : feature;
}
async function syncUpstream(o) {
    const { log } = o;
    let request;
    try {
        request = readRequest({ eventName: o.eventName, event: o.event, upstream: o.upstream, feature: o.feature, sha: o.sha });
    }
    catch (err) {
        if (!(err instanceof Rejection))
            throw err;
        return reject(o, err.message, [], undefined);
    }
    if (request.truncated)
        log.warn('the dispatcher cut the feature list (payload size): only the listed features are synced');
    // One branch and one PR per subscribed feature, however many of its sub-paths the payload lists.
    const subscribed = (0,match/* subscribedFeatures */.oG)(o.subscriptions, request.features);
    const skipped = request.features.filter((f) => !(0,match/* isSubscribed */.Fq)(o.subscriptions, f));
    for (const f of skipped)
        log.info(`not subscribed to ${f}: skipped`);
    if (!subscribed.length) {
        return {
            result: 'skipped',
            features: skipped.map((feature) => ({ feature, result: 'skipped' })),
            reason: `not subscribed to ${request.features.join(', ')}`,
            sha: request.sha,
        };
    }
    const branches = new Map();
    for (const feature of subscribed) {
        const branch = o.branchTemplate.split('{feature}').join(feature);
        if (!(await isValidBranch(o.workspace, branch)))
            return reject(o, `feature ${(0,paths/* show */.W)(feature)} gives the invalid branch name ${(0,paths/* show */.W)(branch)}`, subscribed, request.sha);
        branches.set(feature, branch);
    }
    // The cousin's default branch is looked up while the upstream commit is checked: one round trip
    // instead of two (it is awaited, and its error thrown, only once the commit passed).
    const { owner, repo } = (0,client.splitRepo)(o.repo);
    const baseLookup = o.base ? Promise.resolve(o.base) : o.client.rest.repos.get({ owner, repo }).then((r) => r.data.default_branch);
    baseLookup.catch(() => { });
    let defaultBranch;
    try {
        ({ defaultBranch } = await checkCommit({ client: o.upstreamClient, upstream: o.upstream, sha: request.sha, maxAgeDays: o.maxAgeDays }));
    }
    catch (err) {
        if (!(err instanceof Rejection))
            throw err;
        return reject(o, err.message, subscribed, request.sha);
    }
    const base = await baseLookup;
    const cousinUrl = (0,git/* repoUrl */.wk)(o.serverUrl, o.repo);
    const upstreamUrl = (0,git/* repoUrl */.wk)(o.serverUrl, o.upstream);
    const cousinEnv = authEnv(o.token, o.serverUrl);
    const upstreamEnv = authEnv(o.upstreamToken, o.serverUrl);
    if (o.method !== 'copy' && o.pathMap.length)
        log.warn(`path-map applies to method copy only; ${o.method} keeps the upstream's paths`);
    const results = skipped.map((feature) => ({ feature, result: 'skipped' }));
    let baseSha;
    try {
        if (o.method === 'merge' || o.method === 'squash')
            await unshallow(o.workspace, cousinUrl, cousinEnv);
        baseSha = await fetchBranch(o.workspace, cousinUrl, base, 'base', cousinEnv);
        const depth = o.method === 'copy' ? 1 : o.method === 'cherry-pick' ? 2 : undefined;
        await fetchCommit({ cwd: o.workspace, url: upstreamUrl, sha: request.sha, defaultBranch, depth, env: upstreamEnv });
    }
    catch (err) {
        return fail(o, `cannot fetch: ${(0,errors.oneLine)(err)}`, subscribed, request.sha, results);
    }
    for (const feature of subscribed) {
        const branch = branches.get(feature);
        const target = o.method === 'copy' ? mapPath(feature, o.pathMap) : feature;
        try {
            results.push(await syncFeature(o, { feature, branch, target, base, baseSha, sha: request.sha, cousinUrl, cousinEnv }));
        }
        catch (err) {
            const reason = err instanceof apply/* ApplyConflict */.j3 ? err.message : `${feature}: ${(0,errors.oneLine)(err)}`;
            log.warn(reason);
            results.push({ feature, result: 'failed', reason, branch, target });
            if (o.reportFailures)
                await reportFailure(o, 'failed', reason, [feature], request.sha);
        }
    }
    return summarize(results, request.sha);
}
function summarize(results, sha) {
    const result = RANK.find((r) => results.some((x) => x.result === r)) ?? 'skipped';
    const main = results.find((r) => r.result === result);
    const withPr = results.find((r) => r.prNumber !== undefined && (r.result === 'created' || r.result === 'updated')) ?? results.find((r) => r.prNumber !== undefined);
    return {
        result,
        features: results,
        reason: main?.reason,
        prNumber: withPr?.prNumber,
        prUrl: withPr?.prUrl,
        branch: (withPr ?? results.find((r) => r.branch))?.branch,
        sha,
    };
}
/** Apply → (already proposed? done) → push → open or refresh the PR. */
async function syncFeature(o, j) {
    const { log } = o;
    const short = j.sha.slice(0, 7);
    const applied = await (0,apply/* applyUpstream */.eH)({
        cwd: o.workspace,
        method: o.method,
        sha: j.sha,
        feature: j.feature,
        target: j.target,
        baseSha: j.baseSha,
        message: commitMessage(o, j),
        committer: o.committer ?? apply/* BOT */.WN,
    });
    const base = { feature: j.feature, result: 'unchanged', branch: j.branch, target: j.target, changed: applied.changed };
    if (!applied.commit) {
        log.info(`${j.feature}: ${j.target} already equals ${o.upstream}@${short} on ${j.base}: no pull request`);
        return { ...base, reason: `${j.base} already has this content` };
    }
    log.info(`${j.feature}: ${applied.changed.length} files change in ${j.target} (${o.method})`);
    // Independent round trips (git and the API), so side by side.
    const [existing, open] = await Promise.all([remoteBranch(o.workspace, j.cousinUrl, j.branch, j.cousinEnv), (0,pull_request/* findOpenPull */.z)(o.client, o.repo, j.branch)]);
    if (existing && open && (await branchHolds(o, j, applied.tree))) {
        log.info(`${j.feature}: ${j.branch} already holds this update (#${open.number}): nothing to push`);
        return { ...base, result: 'unchanged', prNumber: open.number, prUrl: open.url, reason: `#${open.number} already holds this update` };
    }
    if (o.dryRun) {
        const would = open ? 'updated' : 'created';
        log.info(`dry run: would push ${applied.commit.slice(0, 7)} to ${j.branch} and ${open ? `refresh #${open.number}` : 'open a pull request'} (nothing pushed)`);
        return { ...base, result: would, prNumber: open?.number, prUrl: open?.url, reason: 'dry run' };
    }
    const newer = await pushUnlessNewer(o, j, applied.commit, existing);
    if (newer) {
        const reason = `a newer sync is in: ${j.branch} holds ${o.upstream}@${newer.slice(0, 7)}, newer than ${short}; nothing pushed`;
        log.info(`${j.feature}: ${reason}`);
        return { ...base, result: 'unchanged', prNumber: open?.number, prUrl: open?.url, reason };
    }
    const pr = await (0,pull_request/* openOrRefreshPull */.I)({
        client: o.client,
        repo: o.repo,
        branch: j.branch,
        base: j.base,
        title: `Sync ${j.feature} from ${o.upstream}`,
        body: prBody(o, j, applied.changed),
        labels: o.labels,
        pushed: true,
        log,
    });
    log.info(`${j.feature}: ${pr.created ? 'opened' : 'refreshed'} #${pr.number} ${pr.url}`);
    return { ...base, result: pr.created ? 'created' : 'updated', prNumber: pr.number, prUrl: pr.url };
}
/**
 * Pushes the update unless the branch already holds a newer upstream commit of this feature (a
 * later dispatch synced first, or won a race): then returns that commit and pushes nothing. A
 * push refused because a concurrent run moved the branch (the lease) looks again: the newest
 * commit ends on the branch, and a run carrying the same commit counts as pushed.
 */
async function pushUnlessNewer(o, j, commit, existing) {
    let expected = existing;
    for (let attempt = 1;; attempt++) {
        if (expected) {
            const theirs = await upstreamCommitOf(o, j, expected);
            if (theirs === j.sha && attempt > 1)
                return undefined; // a concurrent run pushed this very update
            if (theirs && theirs !== j.sha && (await isNewer(o, theirs, j.sha)))
                return theirs;
        }
        try {
            await pushBranch({ cwd: o.workspace, url: j.cousinUrl, commit, branch: j.branch, expected, env: j.cousinEnv });
            return undefined;
        }
        catch (err) {
            const now = await remoteBranch(o.workspace, j.cousinUrl, j.branch, j.cousinEnv).catch(() => expected);
            // Not a race (the branch is where we saw it): a real failure, reported as such.
            if (now === expected || attempt >= 8)
                throw err;
            o.log.info(`${j.feature}: ${j.branch} moved while this run synced (another run pushed); looking again`);
            expected = now;
        }
    }
}
/** The `Upstream-Commit` trailer of the branch tip `tip`, or undefined (not one of our commits). */
async function upstreamCommitOf(o, j, tip) {
    const fetched = await fetchBranch(o.workspace, j.cousinUrl, j.branch, 'existing', j.cousinEnv, 1).catch(() => undefined);
    if (!fetched || fetched !== tip)
        return undefined;
    const { gitText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 308));
    const raw = await gitText(['cat-file', 'commit', tip], { cwd: o.workspace });
    return [...raw.matchAll(/^Upstream-Commit: ([0-9a-f]{40})$/gm)].pop()?.[1];
}
/** True when upstream commit `theirs` is ahead of `ours` (ours is in its history). */
async function isNewer(o, theirs, ours) {
    const { owner, repo } = (0,client.splitRepo)(o.upstream);
    try {
        const cmp = await o.upstreamClient.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${ours}...${theirs}`, per_page: 1 });
        return cmp.data.status === 'ahead';
    }
    catch {
        return false; // unknown upstream commit (history rewritten): ours, checked just now, goes in
    }
}
function commitMessage(o, j) {
    return [
        `sync(${j.feature}): update from ${o.upstream}@${j.sha.slice(0, 7)}`,
        '',
        o.method === 'copy'
            ? `Mirror ${j.feature} of ${o.upstream} at ${j.sha} into ${j.target}.`
            : `${o.method} of ${o.upstream} commit ${j.sha} (feature ${j.feature}).`,
        '',
        `Upstream-Repo: ${o.upstream}`,
        `Upstream-Feature: ${j.feature}`,
        `Upstream-Commit: ${j.sha}`,
        '',
    ].join('\n');
}
/** True when the update branch's tip already is this content on top of the same base. */
async function branchHolds(o, j, tree) {
    const tip = await fetchBranch(o.workspace, j.cousinUrl, j.branch, 'existing', j.cousinEnv, 1).catch(() => undefined);
    if (!tip)
        return false;
    const { gitText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 308));
    // The raw object, not `log --format=%P`: a depth-1 fetch hides the parents from log.
    const raw = await gitText(['cat-file', 'commit', tip], { cwd: o.workspace });
    const tipTree = /^tree ([0-9a-f]+)$/m.exec(raw)?.[1];
    const parents = [...raw.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
    const wanted = o.method === 'merge' ? [j.baseSha, j.sha] : [j.baseSha];
    return tipTree === tree && parents.join(' ') === wanted.join(' ');
}
function prBody(o, j, changed) {
    const commitUrl = `${o.serverUrl}/${o.upstream}/commit/${j.sha}`;
    const lines = [
        `Automated update of ${codeSpan(j.feature)} from [${o.upstream}@${j.sha.slice(0, 7)}](${commitUrl}).`,
        '',
        `- Method: ${codeSpan(o.method)}${o.method === 'copy' ? ` into ${codeSpan(j.target)} (an exact mirror of the upstream folder)` : ''}`,
        `- Upstream commit: ${codeSpan(j.sha)}`,
        `- Files changed: ${changed.length}`,
        '',
        `This branch is rebuilt on \`${j.base}\` by every dispatch for this feature; push review fixes to another branch.`,
    ];
    if (o.runUrl)
        lines.push('', `Run: ${o.runUrl}`);
    return lines.join('\n');
}
async function reject(o, reason, features, sha) {
    o.log.warn(`rejected: ${reason}`);
    if (o.reportFailures)
        await reportFailure(o, 'rejected', reason, features, sha);
    return { result: 'rejected', features: features.map((feature) => ({ feature, result: 'rejected', reason })), reason, sha };
}
async function fail(o, reason, features, sha, done) {
    o.log.warn(reason);
    if (o.reportFailures)
        await reportFailure(o, 'failed', reason, features, sha);
    return summarize([...done, ...features.map((feature) => ({ feature, result: 'failed', reason }))], sha);
}
/**
 * Opens an issue in the upstream saying why. Only the named fields appear, never the raw payload,
 * never a token; every value from the payload (features, sha, and the reason, which quotes them)
 * is a code span, so nothing in it renders as Markdown (mentions, links, images).
 */
async function reportFailure(o, kind, reason, features, sha) {
    const { owner, repo } = (0,client.splitRepo)(o.upstream);
    const what = features.length ? features.map((f) => codeSpan(f, 200)).join(', ') : 'an update';
    const body = [
        `${o.repo} ${kind} ${what}${sha ? ` at ${codeSpan(sha)}` : ''}.`,
        '',
        `Reason: ${codeSpan(reason, 1000)}`,
        '',
        ...(o.runUrl ? [`Run: ${o.runUrl}`] : []),
    ].join('\n');
    try {
        const { data } = await o.upstreamClient.rest.issues.create({ owner, repo, title: `sync-upstream: ${o.repo} ${kind} an update`, body });
        o.log.info(`reported in ${o.upstream}#${data.number}`);
    }
    catch (err) {
        o.log.warn(`could not open an issue in ${o.upstream} (upstream-token needs issues: write): ${(0,errors.oneLine)(err)}`);
    }
}


/***/ }),

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ openOrRefreshPull),
/* harmony export */   z: () => (/* binding */ findOpenPull)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9573);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);


/** The open pull request from `branch` of the same repository (any base), if there is one. */
async function findOpenPull(client, repoName, branch) {
    const { owner, repo } = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repoName);
    const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 });
    const pr = data.find((p) => p.head.ref === branch);
    if (!pr)
        return undefined;
    return {
        number: pr.number,
        url: pr.html_url,
        base: pr.base.ref,
        title: pr.title,
        body: pr.body ?? '',
        labels: (pr.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    };
}
/**
 * Refreshes the open PR of `branch` (title, body, base; only when they differ), else opens it.
 * A 422 "already exists" (another run opened it a moment ago) is answered by refreshing that
 * one. Missing labels are added; a token that may open PRs but not label them only warns.
 */
async function openOrRefreshPull(opts) {
    const { client, log } = opts;
    const { owner, repo } = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(opts.repo);
    let found = await findOpenPull(client, opts.repo, opts.branch);
    let action;
    if (!found) {
        try {
            const { data } = await client.rest.pulls.create({
                owner,
                repo,
                head: opts.branch,
                base: opts.base,
                title: opts.title,
                body: opts.body,
                maintainer_can_modify: true,
            });
            found = { number: data.number, url: data.html_url, base: opts.base, title: opts.title, body: opts.body, labels: [] };
            action = 'created';
        }
        catch (err) {
            const exists = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 422 && (/already exists/i.test((0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__.oneLine)(err)) || (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.validationCodes)(err).includes('already_exists'));
            if (!exists)
                throw err;
            found = await findOpenPull(client, opts.repo, opts.branch);
            if (!found)
                throw err;
        }
    }
    if (!action) {
        const stale = found.title !== opts.title || found.body !== opts.body || found.base !== opts.base;
        if (stale) {
            await client.rest.pulls.update({
                owner,
                repo,
                pull_number: found.number,
                title: opts.title,
                body: opts.body,
                ...(found.base !== opts.base ? { base: opts.base } : {}),
            });
        }
        action = stale || opts.pushed ? 'updated' : 'unchanged';
    }
    const have = new Set(found.labels);
    const missing = [...new Set(opts.labels)].filter((l) => l && !have.has(l));
    if (missing.length) {
        try {
            await client.rest.issues.addLabels({ owner, repo, issue_number: found.number, labels: missing });
        }
        catch (err) {
            log.warn(`could not label #${found.number} (${missing.join(', ')}): ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__.oneLine)(err)}`);
        }
    }
    return { number: found.number, url: found.url, action, created: action === 'created' };
}


/***/ })

};
