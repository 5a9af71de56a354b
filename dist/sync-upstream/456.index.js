export const id = 456;
export const ids = [456,390,858];
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
    const run = (args, extra = {}) => (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(args, { cwd: o.cwd, env, ...extra });
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
    await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['worktree', 'add', '--detach', '--quiet', '--', wt, o.baseSha], { cwd: o.cwd, env });
    const run = (args, extra = {}) => (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(args, { cwd: wt, env, ...extra });
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
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['worktree', 'remove', '--force', '--', wt], { cwd: o.cwd, env, okCodes: [1, 128] });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['worktree', 'prune'], { cwd: o.cwd, env, okCodes: [1, 128] });
    }
}
async function finish(o, tree, parents) {
    const env = baseEnv(o);
    const baseTree = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.gitText)(['rev-parse', `${o.baseSha}^{tree}`], { cwd: o.cwd, env });
    if (tree === baseTree)
        return { tree, changed: [] };
    const changed = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['diff-tree', '-r', '--name-only', '-z', '--no-renames', baseTree, tree], { cwd: o.cwd, env })).stdout.split('\0').filter(Boolean);
    const commit = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__.gitText)(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], { cwd: o.cwd, env, input: o.message });
    return { commit, tree, changed };
}


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePathMap: () => (/* binding */ parsePathMap),
  syncUpstream: () => (/* binding */ syncUpstream)
});

// UNUSED EXPORTS: mapPath

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/github/client.ts + 3 modules
var github_client = __webpack_require__(8858);
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

;// CONCATENATED MODULE: ./src/cousins/glob.ts
/**
 * Glob matching whose cost is bounded, for subscriptions matched against paths an attacker picks
 * (file names in a push, features in a payload). picomatch compiles a glob to a backtracking
 * RegExp: `*a*a*a*a*a*a*a*a*a*b` against 40 `a`s took 7.7 s, and every extra `*a` multiplies it.
 * Here a segment is matched by the two-pointer wildcard algorithm (one backtrack point, at most
 * pattern × segment steps) and `**` by a memoised walk over segments (pattern segments × path
 * segments states), so one match costs at most about |pattern| × |path| steps per alternative.
 *
 * The syntax is the subset subscriptions use: `*`, `?`, `[abc]`, `[a-z]`, `[!x]`/`[^x]`,
 * `{a,b}` (nested; at most MAX_ALTERNATIVES), `**` as a whole segment (zero or more folders),
 * and `\` escaping the next character. Dot files match like any other (picomatch's `dot: true`).
 */
/** Brace alternatives one glob may expand to. */
const MAX_ALTERNATIVES = 64;
/** Longest glob accepted. */
const MAX_GLOB_LENGTH = 1024;
class GlobError extends Error {
    name = 'GlobError';
}
/** Steps taken by every matcher so far (tests and benchmarks read it to bound the work). */
const globWork = { steps: 0 };
/** Splits `s` at top-level commas of the brace group that starts at `open`; undefined when it has none. */
function braceGroup(s, open) {
    let depth = 0;
    let start = open + 1;
    const parts = [];
    for (let i = open; i < s.length; i++) {
        const c = s[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '[') {
            const end = classEnd(s, i);
            if (end > 0)
                i = end;
            continue;
        }
        if (c === '{')
            depth++;
        else if (c === '}') {
            depth--;
            if (depth === 0) {
                parts.push(s.slice(start, i));
                return parts.length > 1 ? { close: i, parts } : undefined;
            }
        }
        else if (c === ',' && depth === 1) {
            parts.push(s.slice(start, i));
            start = i + 1;
        }
    }
    throw new GlobError(`unbalanced "{" in ${JSON.stringify(s)}`);
}
/** Index of the `]` closing the class opened at `open`, or -1. */
function classEnd(s, open) {
    let i = open + 1;
    if (s[i] === '!' || s[i] === '^')
        i++;
    if (s[i] === ']')
        i++; // a leading ] is literal
    for (; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === ']')
            return i;
        else if (s[i] === '/')
            return -1;
    }
    return -1;
}
/** Brace expansion, capped at MAX_ALTERNATIVES results. */
function expandBraces(glob) {
    const out = [];
    const work = [glob];
    while (work.length) {
        const s = work.pop();
        let found;
        for (let i = 0; i < s.length && !found; i++) {
            if (s[i] === '\\')
                i++;
            else if (s[i] === '[') {
                const end = classEnd(s, i);
                if (end > 0)
                    i = end;
            }
            else if (s[i] === '{') {
                const g = braceGroup(s, i);
                if (g)
                    found = { open: i, ...g };
            }
        }
        if (!found)
            out.push(s);
        else
            for (const p of found.parts.reverse())
                work.push(s.slice(0, found.open) + p + s.slice(found.close + 1));
        if (out.length + work.length > MAX_ALTERNATIVES)
            throw new GlobError(`${JSON.stringify(glob)} expands to more than ${MAX_ALTERNATIVES} alternatives`);
    }
    return out;
}
function parseSegment(seg) {
    if (seg === '**')
        return { kind: 'globstar' };
    const tokens = [];
    const chars = Array.from(seg);
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === '\\') {
            if (i + 1 < chars.length)
                tokens.push({ kind: 'char', c: chars[++i] });
            continue;
        }
        if (c === '*') {
            // `**` inside a segment is one `*`; consecutive stars are one too.
            if (tokens[tokens.length - 1]?.kind !== 'star')
                tokens.push({ kind: 'star' });
            continue;
        }
        if (c === '?') {
            tokens.push({ kind: 'any' });
            continue;
        }
        if (c === '[') {
            let j = i + 1;
            const negated = chars[j] === '!' || chars[j] === '^';
            if (negated)
                j++;
            const ranges = [];
            let closed = false;
            for (let first = true; j < chars.length; j++, first = false) {
                let lo = chars[j];
                if (lo === ']' && !first) {
                    closed = true;
                    break;
                }
                if (lo === '\\' && j + 1 < chars.length)
                    lo = chars[++j];
                let hi = lo;
                if (chars[j + 1] === '-' && j + 2 < chars.length && chars[j + 2] !== ']') {
                    hi = chars[j + 2] === '\\' && j + 3 < chars.length ? chars[(j += 3)] : chars[(j += 2)];
                }
                ranges.push([lo, hi]);
            }
            if (!closed)
                throw new GlobError(`unclosed "[" in ${JSON.stringify(seg)}`);
            tokens.push({ kind: 'class', negated, ranges });
            i = j;
            continue;
        }
        tokens.push({ kind: 'char', c });
    }
    return { kind: 'tokens', tokens };
}
function tokenMatches(t, c) {
    switch (t.kind) {
        case 'char':
            return t.c === c;
        case 'any':
            return true;
        case 'class':
            return t.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== t.negated;
        default:
            return false;
    }
}
/** Two-pointer wildcard match of one segment: at most |tokens| × |chars| steps. */
function matchSegment(tokens, chars) {
    if (!chars.length)
        return false; // an empty segment never matches (a `*` needs a name)
    let ti = 0;
    let ci = 0;
    let starT = -1;
    let starC = 0;
    while (ci < chars.length) {
        globWork.steps++;
        const t = tokens[ti];
        if (t && t.kind === 'star') {
            starT = ti++;
            starC = ci;
        }
        else if (t && tokenMatches(t, chars[ci])) {
            ti++;
            ci++;
        }
        else if (starT >= 0) {
            ti = starT + 1;
            ci = ++starC;
        }
        else
            return false;
    }
    while (tokens[ti]?.kind === 'star')
        ti++;
    return ti === tokens.length;
}
function matchSegments(pattern, path) {
    // memo[i * (S + 1) + j]: 0 unknown, 1 no, 2 yes; each state is decided once.
    const S = path.length;
    const memo = new Uint8Array((pattern.length + 1) * (S + 1));
    const go = (i, j) => {
        const key = i * (S + 1) + j;
        if (memo[key])
            return memo[key] === 2;
        globWork.steps++;
        let ok;
        if (i === pattern.length)
            ok = j === S;
        else {
            const seg = pattern[i];
            if (seg.kind === 'globstar')
                ok = go(i + 1, j) || (j < S && go(i, j + 1));
            else
                ok = j < S && matchSegment(seg.tokens, path[j]) && go(i + 1, j + 1);
        }
        memo[key] = ok ? 2 : 1;
        return ok;
    };
    return go(0, 0);
}
/** Compiles a glob into a matcher of `/`-separated paths; throws GlobError for a bad or too large glob. */
function compileGlob(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        throw new GlobError(`longer than ${MAX_GLOB_LENGTH} characters`);
    const alternatives = expandBraces(glob).map((alt) => alt.split('/').map(parseSegment));
    return (path) => {
        const segments = path.split('/').map((s) => Array.from(s));
        return alternatives.some((alt) => matchSegments(alt, segments));
    };
}
/** The folder before the first segment with a glob character (`features/*\/flask` → `features`). */
function globBase(glob) {
    const segments = glob.split('/');
    const i = segments.findIndex((s) => /[*?[{\\]/.test(s));
    return (i < 0 ? segments : segments.slice(0, i)).join('/');
}

;// CONCATENATED MODULE: ./src/cousins/match.ts

/**
 * Subscriptions: a path prefix that matches at a path-segment boundary
 * (`features/webpush/flask` covers `features/webpush/flask/app.py` but not
 * `features/webpush/flask-old/x`), or a glob when it holds any of `*?[{`.
 */
const GLOB_CHARS = /[*?[{]/;
function isGlob(subscription) {
    return GLOB_CHARS.test(subscription);
}
/** Drops a trailing slash so `features/x/` and `features/x` mean the same folder. */
function normalizeSubscription(subscription) {
    return subscription.trim().replace(/\/+$/, '');
}
/** Every ancestor folder of a path, shortest first, then the path itself. */
function selfAndAncestors(path) {
    const parts = path.split('/');
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
/** Every ancestor folder of a file, shortest first (not the file itself). */
function ancestors(path) {
    return selfAndAncestors(path).slice(0, -1);
}
function compileSubscription(pattern) {
    const sub = normalizeSubscription(pattern);
    if (!isGlob(sub)) {
        const under = (p) => p === sub || p.startsWith(`${sub}/`);
        return { pattern, featureOf: (p) => (under(p) ? sub : undefined), covers: under, featureFor: (p) => (under(p) ? sub : undefined) };
    }
    // `x/**` would otherwise make every file its own feature; the folder `x/...` is meant.
    const folderGlob = sub.replace(/\/\*\*$/, '');
    // Our own matcher, not picomatch's RegExp: the paths are attacker-chosen and a backtracking
    // RegExp is exponential in the number of `*` (see glob.ts).
    const folder = compileGlob(folderGlob);
    const whole = compileGlob(sub);
    const base = globBase(sub);
    return {
        pattern,
        featureOf(p) {
            for (const candidate of ancestors(p))
                if (folder(candidate))
                    return candidate;
            // A glob over files (`features/*.md`, `features/webpush/**/*.py`): the file matched but no
            // folder did; the feature is the glob's static folder (or the file's own folder without one).
            if (whole(p) || folder(p))
                return base || p.split('/').slice(0, -1).join('/') || p;
            return undefined;
        },
        covers: (feature) => selfAndAncestors(feature).some((c) => folder(c) || whole(c)),
        featureFor: (feature) => selfAndAncestors(feature).find((c) => folder(c) || whole(c)),
    };
}
/** Features (in subscription order, no duplicates) that a set of changed files touches. */
function matchFeatures(subscriptions, files) {
    const compiled = subscriptions.map(compileSubscription);
    const found = new Map();
    for (const file of files) {
        compiled.forEach((s, i) => {
            const feature = s.featureOf(file);
            if (feature !== undefined) {
                if (!found.has(i))
                    found.set(i, new Set());
                found.get(i).add(feature);
            }
        });
    }
    const out = [];
    for (let i = 0; i < compiled.length; i++) {
        for (const f of [...(found.get(i) ?? [])].sort())
            if (!out.includes(f))
                out.push(f);
    }
    return out;
}
/** True when any subscription covers the feature (exact, a parent folder, or a glob). */
function isSubscribed(subscriptions, feature) {
    return subscriptions.map(compileSubscription).some((s) => s.covers(feature));
}
/**
 * The features one dispatch syncs (sync-upstream makes one branch and one PR each): listed paths
 * are grouped by the subscribed feature covering them (the narrowest, where several do), and
 * each group is that subscribed feature, whatever the payload lists: 30 listed sub-paths of one
 * subscription make one branch and one PR, and so do 30 dispatches listing one sub-path each
 * (a dispatch for `features/x/flask` under a `features` subscription syncs `features`).
 * Unsubscribed paths are left out; order is the payload's, without duplicates.
 */
function subscribedFeatures(subscriptions, listed) {
    const compiled = subscriptions.map(compileSubscription);
    const owners = new Set();
    for (const path of new Set(listed)) {
        const candidates = compiled.map((s) => s.featureFor(path)).filter((f) => f !== undefined);
        if (!candidates.length)
            continue;
        const owner = candidates.reduce((a, b) => (b.length > a.length ? b : a));
        owners.add(owner);
    }
    return [...owners];
}

;// CONCATENATED MODULE: ./src/cousins/paths.ts
/**
 * Paths that come from configuration or from an untrusted payload and are used inside a
 * repository: relative, forward slashes, no way out of the repository and no way into `.git`.
 * Returns why a path is refused, or undefined when it is fine.
 */
function pathProblem(path) {
    if (typeof path !== 'string' || path.length === 0)
        return 'is empty';
    if (path.includes('\0'))
        return 'contains a NUL byte';
    if (/[\x00-\x1f\x7f]/.test(path))
        return 'contains a control character';
    if (path.startsWith('/'))
        return 'is absolute (starts with "/")';
    if (/^[A-Za-z]:/.test(path) || path.includes('\\'))
        return 'contains a backslash or a drive letter';
    if (path.includes('..'))
        return 'contains ".."';
    const segments = path.replace(/\/+$/, '').split('/');
    if (segments.some((s) => s === '' || s === '.'))
        return 'has an empty or "." segment';
    if (segments.some((s) => s.toLowerCase() === '.git'))
        return 'points into .git';
    if (path.length > 1024)
        return 'is longer than 1024 characters';
    return undefined;
}
/** A short, printable rendering of an untrusted value for a one-line message. */
function show(value, max = 120) {
    if (typeof value !== 'string') {
        const text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
        return text.length > max ? `${text.slice(0, max)}…` : text;
    }
    let text = value;
    text = text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    if (text.length > max)
        text = `${text.slice(0, max)}…`;
    return JSON.stringify(text);
}

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
            throw new Rejection(`client_payload.updated_features must be an array, got ${show(list)}`);
        features = [payload.updated_feature, ...(list ?? [])].filter((f) => f !== undefined);
        truncated = payload.features_truncated === true;
    }
    if (typeof sourceRepo !== 'string' || sourceRepo.toLowerCase() !== opts.upstream.toLowerCase()) {
        throw new Rejection(`source_repo ${show(sourceRepo)} is not the upstream ${opts.upstream}`);
    }
    if (!features.length)
        throw new Rejection('no feature in the payload (updated_feature is missing)');
    const clean = [];
    for (const f of features) {
        const problem = pathProblem(f);
        if (problem)
            throw new Rejection(`feature path ${show(f)} ${problem}`);
        const feature = f.replace(/\/+$/, '');
        if (!clean.includes(feature))
            clean.push(feature);
    }
    if (typeof sha !== 'string' || !SHA40.test(sha))
        throw new Rejection(`commit_sha ${show(sha)} is not a full 40-hex commit SHA`);
    return { features: clean, sha, sourceRepo: opts.upstream, truncated };
}
/**
 * The commit must exist in the upstream, be reachable from its default branch (not only on
 * another branch, a pull request or a fork in the same network), and be young enough.
 */
async function checkCommit(opts) {
    const { owner, repo } = (0,github_client/* splitRepo */.D2)(opts.upstream);
    let date;
    try {
        const c = await opts.client.rest.repos.getCommit({ owner, repo, ref: opts.sha, per_page: 1 });
        date = new Date(c.data.commit.committer?.date ?? c.data.commit.author?.date ?? 0);
    }
    catch (err) {
        const s = (0,github_client/* statusOf */.c2)(err);
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
        const s = (0,github_client/* statusOf */.c2)(err);
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

;// CONCATENATED MODULE: ./src/github/pull-request.ts


/** The open pull request from `branch` of the same repository (any base), if there is one. */
async function findOpenPull(client, repoName, branch) {
    const { owner, repo } = (0,github_client/* splitRepo */.D2)(repoName);
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
    const { owner, repo } = (0,github_client/* splitRepo */.D2)(opts.repo);
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
            const exists = (0,github_client/* statusOf */.c2)(err) === 422 && (/already exists/i.test((0,errors/* oneLine */.T)(err)) || (0,github_client/* validationCodes */.Eb)(err).includes('already_exists'));
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
            log.warn(`could not label #${found.number} (${missing.join(', ')}): ${(0,errors/* oneLine */.T)(err)}`);
        }
    }
    return { number: found.number, url: found.url, action, created: action === 'created' };
}

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
    const r = await (0,git/* git */.$Y)(['check-ref-format', `refs/heads/${name}`], { cwd, okCodes: [1, 128] });
    return r.code === 0 && !name.startsWith('-');
}
/** Commit a remote branch points to, or undefined when it does not exist. */
async function remoteBranch(cwd, url, branch, env) {
    const out = await (0,git/* git */.$Y)(['ls-remote', '--heads', '--', url, `refs/heads/${branch}`], { cwd, env });
    const line = out.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
    return line?.slice(0, 40);
}
/** Fetches a branch into `refs/sync-upstream/<name>` and returns its commit. */
async function fetchBranch(cwd, url, branch, local, env, depth) {
    const ref = `refs/sync-upstream/${local}`;
    await (0,git/* git */.$Y)(['fetch', '--no-tags', '--quiet', ...(depth ? [`--depth=${depth}`] : []), '--', url, `+refs/heads/${branch}:${ref}`], { cwd, env });
    return (await (0,git/* git */.$Y)(['rev-parse', '--verify', `${ref}^{commit}`], { cwd, env })).stdout.trim();
}
async function haveCommit(cwd, sha) {
    return (await (0,git/* git */.$Y)(['cat-file', '-e', `${sha}^{commit}`], { cwd, okCodes: [1, 128] })).code === 0;
}
async function fetchCommit(opts) {
    const { cwd, url, sha, env } = opts;
    const depth = opts.depth ? [`--depth=${opts.depth}`] : [];
    const bySha = await (0,git/* git */.$Y)(['fetch', '--no-tags', '--quiet', ...depth, '--', url, sha], { cwd, env, okCodes: [1, 128] });
    if (bySha.code === 0 && (await haveCommit(cwd, sha)))
        return;
    await (0,git/* git */.$Y)(['fetch', '--no-tags', '--quiet', '--', url, `+refs/heads/${opts.defaultBranch}:refs/sync-upstream/upstream-default`], { cwd, env });
    if (!(await haveCommit(cwd, sha)))
        throw new Error(`commit ${sha} could not be fetched from the upstream`);
}
/** Makes a shallow checkout whole (merge and squash need the merge base). */
async function unshallow(cwd, url, env) {
    const shallow = (await (0,git/* git */.$Y)(['rev-parse', '--is-shallow-repository'], { cwd })).stdout.trim() === 'true';
    if (shallow)
        await (0,git/* git */.$Y)(['fetch', '--no-tags', '--quiet', '--unshallow', '--', url], { cwd, env });
}
/**
 * Pushes `commit` to `branch`, refusing to overwrite anything but the tip we saw (`expected`,
 * or nothing when the branch did not exist): a concurrent run's push is never silently lost.
 */
async function pushBranch(opts) {
    const ref = `refs/heads/${opts.branch}`;
    await (0,git/* git */.$Y)(['push', '--quiet', '--porcelain', `--force-with-lease=${ref}:${opts.expected ?? ''}`, '--', opts.url, `${opts.commit}:${ref}`], {
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
            throw new errors/* UserError */.y(`path-map: ${show(line)} is not "upstream/path => cousin/path"`);
        const from = m[1].trim().replace(/\/+$/, '');
        const to = m[2].trim().replace(/\/+$/, '');
        for (const [side, p] of [
            ['upstream path', from],
            ['cousin path', to],
        ]) {
            const problem = pathProblem(p);
            // Mapping onto the repository root would make the whole cousin a mirror of one folder.
            if (problem)
                throw new errors/* UserError */.y(`path-map: ${side} ${show(p)} ${problem}`);
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
    const subscribed = subscribedFeatures(o.subscriptions, request.features);
    const skipped = request.features.filter((f) => !isSubscribed(o.subscriptions, f));
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
            return reject(o, `feature ${show(feature)} gives the invalid branch name ${show(branch)}`, subscribed, request.sha);
        branches.set(feature, branch);
    }
    // The cousin's default branch is looked up while the upstream commit is checked: one round trip
    // instead of two (it is awaited, and its error thrown, only once the commit passed).
    const { owner, repo } = (0,github_client/* splitRepo */.D2)(o.repo);
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
        return fail(o, `cannot fetch: ${(0,errors/* oneLine */.T)(err)}`, subscribed, request.sha, results);
    }
    for (const feature of subscribed) {
        const branch = branches.get(feature);
        const target = o.method === 'copy' ? mapPath(feature, o.pathMap) : feature;
        try {
            results.push(await syncFeature(o, { feature, branch, target, base, baseSha, sha: request.sha, cousinUrl, cousinEnv }));
        }
        catch (err) {
            const reason = err instanceof apply/* ApplyConflict */.j3 ? err.message : `${feature}: ${(0,errors/* oneLine */.T)(err)}`;
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
    const [existing, open] = await Promise.all([remoteBranch(o.workspace, j.cousinUrl, j.branch, j.cousinEnv), findOpenPull(o.client, o.repo, j.branch)]);
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
    const pr = await openOrRefreshPull({
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
    const { owner, repo } = (0,github_client/* splitRepo */.D2)(o.upstream);
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
    const { owner, repo } = (0,github_client/* splitRepo */.D2)(o.upstream);
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
        o.log.warn(`could not open an issue in ${o.upstream} (upstream-token needs issues: write): ${(0,errors/* oneLine */.T)(err)}`);
    }
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Y$: () => (/* binding */ gitAuthEnv),
/* harmony export */   gitText: () => (/* binding */ gitText),
/* harmony export */   wk: () => (/* binding */ repoUrl)
/* harmony export */ });
/* unused harmony exports GitError, headSha, SHA40 */
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
        execFile('git', ['rev-parse', 'HEAD'], { cwd }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
    });
}
const SHA40 = /^[0-9a-f]{40}$/;


/***/ }),

/***/ 8858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* binding */ createClient),
  D2: () => (/* binding */ splitRepo),
  c2: () => (/* binding */ statusOf),
  Eb: () => (/* binding */ validationCodes)
});

// UNUSED EXPORTS: apiUrlFromEnv, graphqlUrlFor, serverUrlFromEnv

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
;// CONCATENATED MODULE: ./src/net/timing.ts
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/net/http.ts
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
    const { getProxyUrl } = await __webpack_require__.e(/* import() */ 783).then(__webpack_require__.bind(__webpack_require__, 9783));
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
        const { HttpClient } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 2779));
        agent = new HttpClient('sync-actions').getAgent(url.href);
        agents.set(key, agent);
    }
    return agent;
}
function once(url, o, headers, agent, request) {
    const t = { ...netTimeouts(), ...o.timeouts };
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
            (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(body.file, { highWaterMark: 256 << 10 }), req).catch((err) => req.destroy(err));
    });
}
/** One HTTP exchange (and its redirects when asked). Throws TransportError below HTTP. */
async function send(url, o = {}) {
    let current = new URL(url);
    let headers = { 'user-agent': 'sync-actions', ...o.headers };
    for (let hop = 0;; hop++) {
        // TLS loads on first use (a local or plain-http GitHub Enterprise never needs it).
        const request = current.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23))).request : external_node_http_.request;
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
    const res = await send(String(input), {
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
            return await readBody(res.body, Number.MAX_SAFE_INTEGER);
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
    const rateUnit = rateLimitUnitMs();
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
        retry: { retries: options.retries ?? 4, retryAfterBaseValue: retryBaseMs() },
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
