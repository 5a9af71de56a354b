export const id = 168;
export const ids = [168];
export const modules = {

/***/ 3168:
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
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var github_client = __webpack_require__(7536);
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
        const features = matchFeatures(c.subscriptions, files);
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
                const { owner, repo } = (0,github_client/* splitRepo */.D2)(plan.repo);
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
    const status = (0,github_client/* statusOf */.c2)(err);
    if (status === 404)
        return `404: ${repo} not found, or the token may not access it (it needs contents: write there)`;
    if (status === 403)
        return `403: the token may not dispatch to ${repo} (${(0,errors/* oneLine */.T)(err)})`;
    if (status === 401)
        return '401: bad credentials';
    return status ? `${status}: ${(0,errors/* oneLine */.T)(err)}` : (0,errors/* oneLine */.T)(err);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/manifest/template.ts

/** The placeholders a tag or asset template may use. */
const PLACEHOLDERS = ['name', 'version', 'bin', 'os', 'arch', 'semver', 'exe'];
/** A `download` template (url, path, checksum) may also use `{ext}`, the format's extension. */
const template_DOWNLOAD_PLACEHOLDERS = [...PLACEHOLDERS, 'ext'];
const PATTERN = /\{([^{}]*)\}/g;
/** The placeholders named in a template; throws on an unknown one. */
function template_placeholdersOf(template, allowed = PLACEHOLDERS) {
    const found = [];
    for (const match of template.matchAll(PATTERN)) {
        const key = match[1];
        if (!allowed.includes(key)) {
            throw new UserError(`unknown placeholder {${key}} in "${template}" (allowed: ${allowed.map((p) => `{${p}}`).join(' ')})`);
        }
        found.push(key);
    }
    return found;
}
/** Fills a template; an unknown placeholder or one without a value is an error. */
function render(template, vars, allowed = PLACEHOLDERS) {
    template_placeholdersOf(template, allowed);
    return template.replace(PATTERN, (_, key) => {
        const value = vars[key];
        if (value === undefined)
            throw new UserError(`no value for {${key}} in "${template}"`);
        return value;
    });
}
/** `{semver}`: the version without a leading `v`; of a monorepo tag (`comp/v1.2.3`), its last part's. */
function semverOf(version) {
    const last = version.slice(version.lastIndexOf('/') + 1);
    return /^v\d/.test(last) ? last.slice(1) : last;
}

;// CONCATENATED MODULE: ./src/manifest/download.ts
/**
 * The `download` key of a manifest entry (SPEC §2 "Upstream downloads"): a URL template, or a
 * mapping with url, format, path, replacements, overrides and checksum. Checked here, key by key,
 * so a mistake is one line naming the entry and the key.
 */




const OSES = (/* unused pure expression or super */ null && (['linux', 'darwin', 'windows']));
const ARCHES = (/* unused pure expression or super */ null && (['amd64', 'arm64']));
const KEYS = (/* unused pure expression or super */ null && (['url', 'format', 'path', 'replacements', 'overrides', 'checksum']));
const OVERRIDE_KEYS = (/* unused pure expression or super */ null && (['os', 'arch', 'url', 'format', 'path', 'replacements', 'checksum']));
/** Parses an entry's `download` node; `where(key)` names the entry and key for errors. */
function download_parseDownload(node, where, fail) {
    if (isScalar(node)) {
        const url = scalarText(node);
        if (!url)
            fail(node, where('download'), `expected a URL template or a mapping, got ${JSON.stringify(node.value)}`);
        template(url, node, where('download'), fail);
        return { url: url };
    }
    if (!isMap(node))
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
        if (!isSeq(overrides))
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
        return download_parseDownload(new Scalar(value), where, fail());
    }
    const lines = new LineCounter();
    const doc = parseDocument(value, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new UserError(`${name} (line ${lines.linePos(e.pos[0]).line}): invalid YAML or JSON: ${e.message.split('\n')[0]}`);
    }
    if (!doc.contents)
        fail(lines)(null, '', 'expected a URL template or a mapping with "url"');
    return download_parseDownload(doc.contents, where, fail(lines));
}
function override(node, where, fail) {
    if (!isMap(node))
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
        if (!v || !isFormat(v))
            fail(f, where('format'), `expected one of ${FORMATS.join(', ')}`);
        out.format = v;
    }
    const r = map.get('replacements', true);
    if (r !== undefined) {
        if (!isMap(r))
            fail(r, where('replacements'), 'expected a mapping like { amd64: x86_64, darwin: macOS }');
        out.replacements = {};
        for (const pair of r.items) {
            const k = isScalar(pair.key) ? String(pair.key.value) : '';
            if (![...OSES, ...ARCHES].includes(k))
                fail(pair.key, where(`replacements.${k}`), `unknown name (replacements are for ${[...OSES, ...ARCHES].join(', ')})`);
            const v = pair.value && isScalar(pair.value) ? scalarText(pair.value, true) : undefined;
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
    if (isScalar(node) && node.value === false)
        return false;
    if (isScalar(node)) {
        const url = scalarText(node);
        if (!url)
            fail(node, where('checksum'), 'expected a URL template, false, or { sha256: { <os>-<arch>: <hex> } }');
        template(url, node, where('checksum'), fail);
        return { url: url };
    }
    if (!isMap(node))
        fail(node, where('checksum'), 'expected a URL template, false, or { sha256: { <os>-<arch>: <hex> } }');
    const map = node;
    checkKeys(map, ['sha256'], (k) => where(`checksum.${k}`), fail);
    const pins = map.get('sha256', true);
    if (!pins || !isMap(pins))
        fail(pins ?? map, where('checksum.sha256'), 'expected a mapping of <os>-<arch> to a sha256 (64 hex digits)');
    const sha256 = {};
    for (const pair of pins.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : '';
        const [os, arch, ...rest] = k.split('-');
        if (rest.length || !OSES.includes(os) || !ARCHES.includes(arch))
            fail(pair.key, where(`checksum.sha256.${k}`), 'expected a platform like linux-amd64, darwin-arm64, windows-amd64');
        const v = pair.value && isScalar(pair.value) ? scalarText(pair.value) : undefined;
        if (!v || !/^[0-9a-fA-F]{64}$/.test(v))
            fail(pair.value ?? pair.key, where(`checksum.sha256.${k}`), 'expected a sha256: 64 hex digits');
        sha256[k] = v.toLowerCase();
    }
    return { sha256 };
}
function template(value, node, where, fail) {
    try {
        placeholdersOf(value, DOWNLOAD_PLACEHOLDERS);
    }
    catch (err) {
        fail(node, where, err.message);
    }
}
function checkKeys(map, allowed, where, fail) {
    for (const item of map.items) {
        const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
        if (!allowed.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${allowed.join(', ')})`);
    }
}
/** A scalar's text; numbers keep their source spelling. Empty strings only when `empty`. */
function scalarText(node, empty = false) {
    if (!isScalar(node))
        return undefined;
    const v = node.value;
    if (typeof v === 'string')
        return v || empty ? v : undefined;
    if (typeof v === 'number')
        return node.source ?? String(v);
    return undefined;
}

;// CONCATENATED MODULE: ./src/manifest/names.ts
/**
 * The manifest's defaults, name rules and file reading without the YAML parser, so code that only
 * needs these (a tool-cache hit, a failing input check) does not load it. manifest.ts re-exports them.
 */


/** The manifest file's text, or one line saying why it cannot be read. */
async function names_readManifestText(file) {
    try {
        return await readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new UserError(code === 'ENOENT'
            ? `${file}: manifest not found (set the "manifest" input, or create versions.yml)`
            : `${file}: cannot read manifest (${code ?? String(err)})`);
    }
}
const names_DEFAULT_TAG = '{name}-{version}';
const names_DEFAULT_ASSET = '{bin}-{os}-{arch}.tar.gz';
const REPO_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;
/** True for `owner/name`. */
function names_isRepoName(value) {
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
function names_badVersion(version) {
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

;// CONCATENATED MODULE: ./src/manifest/manifest.ts






const TOP_KEYS = (/* unused pure expression or super */ null && (['release-repo', 'tag', 'asset', 'binaries']));
const ENTRY_KEYS = (/* unused pure expression or super */ null && (['version', 'bin', 'build', 'workdir', 'download', 'upstream']));
const UPSTREAM_KEYS = (/* unused pure expression or super */ null && (['repo', 'track', 'branch', 'tag-pattern', 'prereleases']));
const TRACKS = (/* unused pure expression or super */ null && (['releases', 'tags', 'commits']));
const GIT_URL = /^(?:https?:\/\/|ssh:\/\/|git:\/\/|file:\/\/|[\w.-]+@[\w.-]+:)\S+$/;
const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** True for `owner/name` or a git URL. */
function isRepoRef(value) {
    return isRepoName(value) || GIT_URL.test(value);
}
/** Reads and validates `versions.yml` or `versions.json`. */
async function loadManifest(file) {
    const text = await readManifestText(file);
    return parseManifest(text, file);
}
/** Validates manifest text; every error names the file, the entry and the key (and the line). */
function parseManifest(text, file) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const shortName = file;
    const fail = (node, where, what) => {
        const at = node?.range ? `:${lines.linePos(node.range[0]).line}` : '';
        throw new UserError(`${shortName}${at}: ${where}${where ? ': ' : ''}${what}`);
    };
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = lines.linePos(e.pos[0]).line;
        const msg = e.message.split('\n')[0];
        throw new UserError(`${shortName}:${line}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${msg}`);
    }
    const root = doc.contents;
    if (!isMap(root))
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
        if (value === undefined || !isRepoName(value))
            fail(releaseRepo, 'key "release-repo"', `bad repository name ${show(releaseRepo)}: expected owner/name`);
        manifest.releaseRepo = value;
    }
    for (const key of ['tag', 'asset']) {
        const node = top.get(key, true);
        const fallback = key === 'tag' ? DEFAULT_TAG : DEFAULT_ASSET;
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
    if (!isMap(binaries))
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
    if (!isMap(node))
        fail(node ?? pair.key, where(), 'expected a mapping with at least "version"');
    const map = node;
    for (const item of map.items) {
        const key = keyOf(item);
        if (!ENTRY_KEYS.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${ENTRY_KEYS.join(', ')})`);
    }
    const text = (key, required = false) => {
        const value = map.get(key, true);
        if (value === undefined || (isScalar(value) && value.value === null)) {
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
    const badVer = badVersion(entry.version);
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
    if (download !== undefined && !(isScalar(download) && download.value === null))
        entry.download = parseDownload(download, where, fail);
    const up = map.get('upstream', true);
    if (up !== undefined)
        entry.upstream = parseUpstream(up, (key) => where(key ? `upstream.${key}` : 'upstream'), fail);
    return entry;
}
function parseUpstream(node, where, fail) {
    if (!isMap(node))
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
        if (!isScalar(preNode) || typeof preNode.value !== 'boolean')
            fail(preNode, where('prereleases'), `expected true or false, got ${show(preNode)}`);
        upstream.prereleases = preNode.value;
    }
    return upstream;
}
function checkTemplate(template, onError) {
    try {
        placeholdersOf(template);
    }
    catch (err) {
        onError(err.message);
    }
}
function keyOf(pair) {
    const key = pair.key;
    return isScalar(key) ? String(key.value) : String(key);
}
/**
 * A scalar as the user wrote it. Numbers keep their source text, so `version: 1.10`
 * stays "1.10" and a calendar version `2024.11` is not turned into a float.
 */
function stringOf(node) {
    if (!isScalar(node))
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    if (typeof node.value === 'number' || typeof node.value === 'bigint')
        return node.source ?? String(node.value);
    return undefined;
}
function show(node) {
    return isScalar(node) ? JSON.stringify(node.value) : `a ${isMap(node) ? 'mapping' : 'list'}`;
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
function paths_show(value, max = 120) {
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

;// CONCATENATED MODULE: ./src/cousins/ecosystem.ts






const ecosystem_KEYS = ['repo', 'subscriptions', 'event_type'];
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
            if (!ecosystem_KEYS.includes(key))
                fail(key, `unknown key (known: ${ecosystem_KEYS.join(', ')})`);
        if (typeof e.repo !== 'string' || !names_isRepoName(e.repo))
            fail('repo', `must be "owner/name", got ${paths_show(e.repo)}`);
        const repo = e.repo;
        const lower = repo.toLowerCase();
        if (seen.has(lower))
            fail('repo', `${repo} is already listed at entry ${seen.get(lower)} (merge their subscriptions)`);
        seen.set(lower, i);
        if (!Array.isArray(e.subscriptions) || e.subscriptions.length === 0)
            fail('subscriptions', 'must be a non-empty array of paths or globs');
        const subscriptions = e.subscriptions.map((s, j) => {
            if (typeof s !== 'string')
                return fail('subscriptions', `item ${j} must be a string, got ${paths_show(s)}`);
            const sub = normalizeSubscription(s);
            const problem = pathProblem(sub);
            if (problem)
                fail('subscriptions', `item ${j} ${paths_show(s)} ${problem}`);
            if (isGlob(sub)) {
                try {
                    compileGlob(sub);
                }
                catch (err) {
                    fail('subscriptions', `item ${j} ${paths_show(s)} is not a valid glob (${err.message})`);
                }
            }
            return sub;
        });
        let eventType;
        if (e.event_type !== undefined) {
            if (typeof e.event_type !== 'string' || e.event_type.length < 1 || e.event_type.length > 100) {
                fail('event_type', `must be a string of 1 to 100 characters, got ${paths_show(e.event_type)}`);
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


/***/ })

};
