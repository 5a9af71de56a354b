export const id = 539;
export const ids = [539];
export const modules = {

/***/ 539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkUpstreams: () => (/* binding */ checkUpstreams),
  manifestJson: () => (/* binding */ manifestJson)
});

// UNUSED EXPORTS: resolveUpstream, selectEntries

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
;// CONCATENATED MODULE: ./src/upstream/ls-remote.ts
/**
 * `git ls-remote` without git: the refs of a remote over the smart HTTP protocol, in one round
 * trip (GET info/refs, protocol v0), no clone and no API quota. Protocol v2 (`ls-refs` with ref
 * prefixes, two round trips) is there for servers with huge ref lists. Non-HTTP URLs (ssh, git,
 * file, scp-like) fall back to spawning `git ls-remote` with an argument array.
 */


/** A remote that could not be listed; the message says why in one line. */
class LsRemoteError extends errors/* UserError */.y {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'LsRemoteError';
    }
}
/** The commit a ref ends at: the peeled id of an annotated tag, else the ref's own id. */
function commitOf(remote, ref) {
    return remote.peeled.get(ref) ?? remote.refs.get(ref);
}
async function lsRemote(url, opts = {}) {
    if (/^https?:\/\//i.test(url))
        return lsRemoteHttp(url, opts);
    return lsRemoteGit(url);
}
/** Splits a pkt-line stream (4 hex digits of length including themselves, 0000 flush, 0001 delim, 0002 end). */
function parsePktLines(buf) {
    const out = [];
    let pos = 0;
    while (pos < buf.length) {
        if (pos + 4 > buf.length)
            throw new LsRemoteError('truncated pkt-line in the server reply');
        const hex = buf.toString('latin1', pos, pos + 4);
        if (!/^[0-9a-f]{4}$/i.test(hex))
            throw new LsRemoteError(`bad pkt-line length "${hex}" in the server reply`);
        const len = parseInt(hex, 16);
        if (len === 0)
            out.push({ type: 'flush' });
        else if (len === 1)
            out.push({ type: 'delim' });
        else if (len === 2)
            out.push({ type: 'end' });
        else if (len < 4)
            throw new LsRemoteError(`bad pkt-line length ${len} in the server reply`);
        else {
            if (pos + len > buf.length)
                throw new LsRemoteError('truncated pkt-line in the server reply');
            out.push({ type: 'data', data: buf.subarray(pos + 4, pos + len) });
            pos += len;
            continue;
        }
        pos += 4;
    }
    return out;
}
function pktLine(text) {
    const len = Buffer.byteLength(text) + 4;
    return len.toString(16).padStart(4, '0') + text;
}
const line = (p) => (p.type === 'data' ? p.data.toString('utf8').replace(/\n$/, '') : '');
const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function emptyRefs() {
    return { refs: new Map(), peeled: new Map(), symrefs: new Map(), roundTrips: 0 };
}
/**
 * Parses a v0 ref advertisement (the body of GET info/refs?service=git-upload-pack). Returns
 * `undefined` when the server answered with protocol v2 capabilities instead.
 */
function parseAdvertisement(body) {
    const pkts = parsePktLines(body);
    let i = 0;
    // Smart HTTP starts with "# service=git-upload-pack" and a flush.
    if (pkts[i]?.type === 'data' && line(pkts[i]).startsWith('# service=')) {
        i++;
        if (pkts[i]?.type === 'flush')
            i++;
    }
    if (pkts[i]?.type === 'data' && line(pkts[i]) === 'version 2')
        return undefined;
    const result = emptyRefs();
    let first = true;
    for (; i < pkts.length; i++) {
        const p = pkts[i];
        if (p.type === 'flush')
            break;
        if (p.type !== 'data')
            continue;
        let text = line(p);
        if (text === 'version 1')
            continue;
        if (first) {
            first = false;
            const nul = text.indexOf('\0');
            if (nul >= 0) {
                for (const cap of text.slice(nul + 1).split(' ')) {
                    const m = /^symref=([^:]+):(.+)$/.exec(cap);
                    if (m)
                        result.symrefs.set(m[1], m[2]);
                }
                text = text.slice(0, nul);
            }
        }
        const sp = text.indexOf(' ');
        const oid = text.slice(0, sp);
        const ref = text.slice(sp + 1);
        if (!OID.test(oid))
            throw new LsRemoteError(`unexpected line in the ref advertisement: ${text.slice(0, 80)}`);
        if (ref === 'capabilities^{}')
            continue; // an empty repository
        if (ref.endsWith('^{}'))
            result.peeled.set(ref.slice(0, -3), oid);
        else
            result.refs.set(ref, oid);
    }
    return result;
}
/** Parses a v2 `ls-refs` reply: `<oid> <ref>[ symref-target:<t>][ peeled:<oid>]` lines. */
function parseLsRefs(body) {
    const result = emptyRefs();
    for (const p of parsePktLines(body)) {
        if (p.type === 'flush')
            break;
        if (p.type !== 'data')
            continue;
        const [oid, ref, ...attrs] = line(p).split(' ');
        if (!OID.test(oid) || !ref)
            throw new LsRemoteError(`unexpected line in the ls-refs reply: ${line(p).slice(0, 80)}`);
        result.refs.set(ref, oid);
        for (const a of attrs) {
            if (a.startsWith('peeled:'))
                result.peeled.set(ref, a.slice(7));
            else if (a.startsWith('symref-target:'))
                result.symrefs.set(ref, a.slice(14));
        }
    }
    return result;
}
/** `git ls-remote` output: `<oid>\t<ref>` lines. */
function parseLsRemoteOutput(text) {
    const result = emptyRefs();
    for (const l of text.split('\n')) {
        const m = /^([0-9a-f]{40,64})\t(\S+)$/.exec(l.trim());
        if (!m)
            continue;
        if (m[2].endsWith('^{}'))
            result.peeled.set(m[2].slice(0, -3), m[1]);
        else
            result.refs.set(m[2], m[1]);
    }
    return result;
}
// ---- transports -------------------------------------------------------------------------------
function baseMs() {
    const v = Number(process.env.SYNC_RETRY_BASE_MS);
    return process.env.SYNC_RETRY_BASE_MS && Number.isFinite(v) && v >= 0 ? v : 1000;
}
/** Shows a URL without any user:password part. */
function redactUrl(url) {
    return url.replace(/^(\w+:\/\/)[^/@]*@/, '$1');
}
async function lsRemoteHttp(url, opts) {
    const base = url.replace(/\/+$/, '');
    const headers = { 'user-agent': 'sync-check-upstream/1 git/2', accept: '*/*' };
    const parsed = new URL(base);
    if (opts.token && opts.authOrigin && parsed.origin === new URL(opts.authOrigin).origin) {
        headers.authorization = `Basic ${Buffer.from(`x-access-token:${opts.token}`).toString('base64')}`;
    }
    let roundTrips = 0;
    const request = async (path, init) => {
        const retries = opts.retries ?? 2;
        for (let attempt = 0;; attempt++) {
            roundTrips++;
            let res;
            try {
                res = await fetch(`${base}${path}`, { ...init, headers: { ...headers, ...init.headers }, signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000), redirect: 'follow' });
            }
            catch (err) {
                if (attempt < retries) {
                    await delay(baseMs() * 2 ** attempt);
                    continue;
                }
                const cause = err.cause;
                throw new LsRemoteError(`${redactUrl(base)} is unreachable (${cause?.code ?? cause?.message ?? err.message})`);
            }
            if (res.status >= 500 && attempt < retries) {
                await res.body?.cancel();
                await delay(baseMs() * 2 ** attempt);
                continue;
            }
            if (res.status === 401 || res.status === 403 || res.status === 404) {
                await res.body?.cancel();
                throw new LsRemoteError(`${redactUrl(base)}: repository not found or not readable with this token (HTTP ${res.status})`, res.status);
            }
            if (!res.ok) {
                await res.body?.cancel();
                throw new LsRemoteError(`${redactUrl(base)}: git server answered HTTP ${res.status}`, res.status);
            }
            return res;
        }
    };
    const v2 = opts.protocol === 2;
    const res = await request('/info/refs?service=git-upload-pack', { method: 'GET', headers: v2 ? { 'git-protocol': 'version=2' } : {} });
    const type = res.headers.get('content-type') ?? '';
    const body = Buffer.from(await res.arrayBuffer());
    if (!type.startsWith('application/x-git-upload-pack-advertisement')) {
        throw new LsRemoteError(`${redactUrl(base)} is not a smart HTTP git server (content-type "${type || 'none'}")`);
    }
    const v0 = parseAdvertisement(body);
    if (v0)
        return { ...v0, roundTrips };
    // Protocol v2: one more request, `ls-refs` with peeled tags and symrefs.
    const args = ['peel\n', 'symrefs\n', ...(opts.refPrefixes ?? []).map((p) => `ref-prefix ${p}\n`)];
    const req = pktLine('command=ls-refs\n') + pktLine('agent=sync/1\n') + '0001' + args.map(pktLine).join('') + '0000';
    const res2 = await request('/git-upload-pack', {
        method: 'POST',
        headers: { 'content-type': 'application/x-git-upload-pack-request', accept: 'application/x-git-upload-pack-result', 'git-protocol': 'version=2' },
        body: req,
    });
    const refs = parseLsRefs(Buffer.from(await res2.arrayBuffer()));
    return { ...refs, roundTrips };
}
async function lsRemoteGit(url) {
    try {
        const { stdout } = await (0,git.git)(['ls-remote', '--symref', '--', url], { env: { GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes' } });
        const result = parseLsRemoteOutput(stdout);
        const sym = /^ref: (\S+)\tHEAD$/m.exec(stdout);
        if (sym)
            result.symrefs.set('HEAD', sym[1]);
        return { ...result, roundTrips: 1 };
    }
    catch (err) {
        throw new LsRemoteError(`${redactUrl(url)}: ${err.message}`);
    }
}
function delay(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/upstream/versions.ts
/**
 * Tag names -> comparable versions. The newest version is the highest semantic version, never
 * the newest by date and never lexical order (`v2.10.3` < `v2.10.24`).
 *
 * Without a `tag-pattern` a tag must be a full semantic version with an optional leading `v`
 * (`v1.2.3`, `1.2.3-rc.1`). With one, the pattern must match and its group 1 (or the whole match)
 * is the version; there, `1.2` and `1` are read as `1.2.0` and `1.0.0`, so `release-1.2`,
 * `go1.22.0` or `component/v1.2.3` work through a pattern and never by accident.
 */

const SEMVER_LOOSE_PARTS = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
/** Compiles a tag pattern (already validated by the manifest parser). */
function compilePattern(pattern) {
    return pattern ? new RegExp(pattern) : undefined;
}
/** The version of a tag, or undefined when the tag is not a version (it is then skipped). */
function parseTag(tag, pattern) {
    if (pattern) {
        const m = pattern.exec(tag);
        if (!m)
            return undefined;
        const text = m[1] ?? m[0];
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
/** `owner/name` or a git URL -> where to list refs, the web address, and owner/name on the server. */
function resolveUpstream(repo, serverUrl) {
    const server = serverUrl.replace(/\/+$/, '');
    if (!/[:@]/.test(repo) && /^[^/]+\/[^/]+$/.test(repo)) {
        return { gitUrl: `${server}/${repo}.git`, webUrl: `${server}/${repo}`, ownerRepo: repo };
    }
    if (/^https?:\/\//i.test(repo)) {
        const url = new URL(repo);
        const path = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
        const web = `${url.origin}/${path}`;
        const onServer = url.origin === new URL(server).origin && /^[^/]+\/[^/]+$/.test(path);
        return { gitUrl: repo, webUrl: web, ownerRepo: onServer ? path : undefined };
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
    const lastCheck = now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const { selected, skipped } = selectEntries({ ...opts, serverUrl });
    const stats = { gitRoundTrips: 0, apiCalls: 0 };
    const resolved = selected.map((entry) => ({ entry, upstream: entry.upstream, ...resolveUpstream(entry.upstream.repo, serverUrl) }));
    // Git refs: one listing per distinct remote, `concurrency` at a time.
    const gitUrls = [...new Set(resolved.filter((r) => r.upstream.track !== 'releases').map((r) => r.gitUrl))];
    const remotes = new Map();
    await pool(gitUrls, opts.concurrency ?? 16, async (url) => {
        try {
            const refs = await lsRemote(url, {
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
                const client = opts.client ?? (await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584))).createClient({ token: opts.token, apiUrl: opts.apiUrl, graphqlUrl: opts.graphqlUrl, warn: (m) => log.warn(m) });
                const { fetchReleases } = await __webpack_require__.e(/* import() */ 979).then(__webpack_require__.bind(__webpack_require__, 979));
                const { results, calls } = await fetchReleases(client, releaseRepos);
                stats.apiCalls += calls;
                for (const [k, v] of results)
                    releases.set(k, v);
            }
            catch (err) {
                for (const repo of releaseRepos)
                    releases.set(repo, { error: `releases API failed: ${(0,errors/* oneLine */.T)(err)}` });
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
                const refs = remotes.get(r.gitUrl);
                if (refs instanceof Error)
                    throw refs;
                entries.push(r.upstream.track === 'tags' ? fromTags(base, r, refs, allowPre) : fromCommits(base, r, refs));
            }
        }
        catch (err) {
            entries.push({ ...base, error: (0,errors/* oneLine */.T)(err) });
        }
        const e = entries[entries.length - 1];
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
    const pattern = compilePattern(r.upstream.tagPattern);
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
    const result = { ...base, currentTag: current?.tag ?? (parseTag(r.entry.version, pattern) ? r.entry.version : null), currentCommit: current?.commit ?? null };
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
function fromTags(base, r, refs, allowPre) {
    const pattern = compilePattern(r.upstream.tagPattern);
    const all = [];
    for (const ref of refs.refs.keys()) {
        if (!ref.startsWith('refs/tags/'))
            continue;
        const tag = parseTag(ref.slice('refs/tags/'.length), pattern);
        if (tag)
            all.push({ ...tag, commit: commitOf(refs, ref) ?? null, prerelease: tag.version.prerelease.length > 0 });
    }
    return decide(base, r, all, allowPre, 'tag');
}
function fromReleases(base, r, releases, allowPre) {
    const pattern = compilePattern(r.upstream.tagPattern);
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
    current = commitOf(refs, `refs/tags/${pin}`);
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
