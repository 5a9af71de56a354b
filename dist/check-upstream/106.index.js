export const id = 106;
export const ids = [106,961,824];
export const modules = {

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Y$: () => (/* binding */ gitAuthEnv),
/* harmony export */   q_: () => (/* binding */ gitText)
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
 */
function gitAuthEnv(token, serverUrl) {
    if (!token)
        return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    const base = serverUrl.replace(/\/+$/, '');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${base}/.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}
/** Full SHA of HEAD in a folder, or undefined when it is not a git work tree. */
function headSha(cwd) {
    return new Promise((resolve) => {
        execFile('git', ['rev-parse', 'HEAD'], { cwd }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
    });
}
const SHA40 = /^[0-9a-f]{40}$/;


/***/ }),

/***/ 4961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadManifest: () => (/* binding */ loadManifest),
  Ng: () => (/* binding */ parseManifest)
});

// UNUSED EXPORTS: DEFAULT_ASSET, DEFAULT_TAG, isRepoName, isRepoRef

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
;// CONCATENATED MODULE: ./src/manifest/template.ts

/** The placeholders a tag or asset template may use. */
const PLACEHOLDERS = ['name', 'version', 'bin', 'os', 'arch'];
const PATTERN = /\{([^{}]*)\}/g;
/** The placeholders named in a template; throws on an unknown one. */
function placeholdersOf(template) {
    const found = [];
    for (const match of template.matchAll(PATTERN)) {
        const key = match[1];
        if (!PLACEHOLDERS.includes(key)) {
            throw new errors/* UserError */.y(`unknown placeholder {${key}} in "${template}" (allowed: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')})`);
        }
        found.push(key);
    }
    return found;
}
/** Fills a template; an unknown placeholder or one without a value is an error. */
function render(template, vars) {
    placeholdersOf(template);
    return template.replace(PATTERN, (_, key) => {
        const value = vars[key];
        if (value === undefined)
            throw new UserError(`no value for {${key}} in "${template}"`);
        return value;
    });
}

;// CONCATENATED MODULE: ./src/manifest/names.ts
/**
 * The manifest's defaults and repository-name rule without the YAML parser, so code that only
 * needs these (a tool-cache hit) does not load it. manifest.ts re-exports them.
 */
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






const TOP_KEYS = ['release-repo', 'tag', 'asset', 'binaries'];
const ENTRY_KEYS = ['version', 'bin', 'build', 'workdir', 'download', 'upstream'];
const UPSTREAM_KEYS = ['repo', 'track', 'branch', 'tag-pattern', 'prereleases'];
const TRACKS = ['releases', 'tags', 'commits'];
const GIT_URL = /^(?:https?:\/\/|ssh:\/\/|git:\/\/|file:\/\/|[\w.-]+@[\w.-]+:)\S+$/;
const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** True for `owner/name` or a git URL. */
function isRepoRef(value) {
    return isRepoName(value) || GIT_URL.test(value);
}
/** Reads and validates `versions.yml` or `versions.json`. */
async function loadManifest(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.y(code === 'ENOENT'
            ? `${file}: manifest not found (set the "manifest" input, or create versions.yml)`
            : `${file}: cannot read manifest (${code ?? String(err)})`);
    }
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
    if (/[\s/\\]/.test(entry.version))
        fail(map.get('version', true), where('version'), `bad version "${entry.version}": no spaces or slashes`);
    if (/[/\\]/.test(entry.bin))
        fail(map.get('bin', true), where('bin'), `bad binary name "${entry.bin}": a file name, not a path`);
    const build = text('build');
    if (build)
        entry.build = build;
    const workdir = text('workdir');
    if (workdir)
        entry.workdir = workdir;
    const download = text('download');
    if (download) {
        checkTemplate(download, (msg) => fail(map.get('download', true), where('download'), msg));
        entry.download = download;
    }
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
        placeholdersOf(template);
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

/***/ 4423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   _H: () => (/* binding */ lsRemote)
/* harmony export */ });
/* unused harmony exports LsRemoteError, parsePktLines, pktLine, parseAdvertisement, parseLsRefs, parseLsRemoteOutput, redactUrl */
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);
/**
 * `git ls-remote` without git: the refs of a remote over the smart HTTP protocol, in one round
 * trip (GET info/refs, protocol v0), no clone and no API quota. Protocol v2 (`ls-refs` with ref
 * prefixes, two round trips) is there for servers with huge ref lists. Non-HTTP URLs (ssh, git,
 * file, scp-like) fall back to spawning `git ls-remote` with an argument array.
 */


/** A remote that could not be listed; the message says why in one line. */
class LsRemoteError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
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
        const { stdout } = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['ls-remote', '--symref', '--', url], { env: { GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes' } });
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


/***/ }),

/***/ 5824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ rewriteVersions),
/* harmony export */   updateManifestFile: () => (/* binding */ updateManifestFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9541);
/* harmony import */ var _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4961);
/**
 * Rewrites only the `version` values of `versions.yml` (or `.json`): the YAML document locates
 * each version scalar, and just that scalar's source bytes are replaced, in its own quoting
 * style. Comments, order, blank lines, long lines and every other byte stay as they were (a
 * re-serialised document would re-wrap and re-quote).
 */




/** The text with the given entries' versions replaced. Throws a UserError naming the entry it cannot edit. */
function rewriteVersions(text, updates, file = 'versions.yml') {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { keepSourceTokens: true });
    const edits = [];
    for (const [name, version] of Object.entries(updates)) {
        const node = doc.getIn(['binaries', name, 'version'], true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) || !node.range)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${file}: entry "${name}" has no version value to update`);
        const [start, end] = node.range;
        edits.push({ start, end, text: render(node, version, file.endsWith('.json')), name });
    }
    // Apply from the end so earlier offsets stay valid.
    let out = text;
    for (const e of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
    // The result must read back as the versions we meant (and still be a valid manifest).
    const check = (0,_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(out, file);
    for (const [name, version] of Object.entries(updates)) {
        if (check.binaries[name]?.version !== version)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${file}: entry "${name}": rewriting the version did not read back as "${version}"`);
    }
    return out;
}
/** The new value in the style the old one was written in. */
function render(node, value, json) {
    const plainOk = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value);
    switch (node.type) {
        case yaml__WEBPACK_IMPORTED_MODULE_1__/* .Scalar */ .X5.QUOTE_SINGLE:
            return `'${value.replace(/'/g, "''")}'`;
        case yaml__WEBPACK_IMPORTED_MODULE_1__/* .Scalar */ .X5.PLAIN:
            if (!json && plainOk)
                return value;
            return JSON.stringify(value);
        default:
            return JSON.stringify(value);
    }
}
/** Rewrites the file in place; returns whether it changed. */
async function updateManifestFile(file, updates) {
    if (!Object.keys(updates).length)
        return false;
    const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    const after = rewriteVersions(before, updates, file);
    if (after === before)
        return false;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, after);
    return true;
}


/***/ }),

/***/ 7106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openUpdatePullRequests: () => (/* binding */ openUpdatePullRequests)
/* harmony export */ });
/* unused harmony exports branchFor, commitMessage, pullTitle, pullBody */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9541);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(308);
/* harmony import */ var _ls_remote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4423);
/* harmony import */ var _manifest_update_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5824);
/**
 * One branch `sync/update-<name>` and one PR per updated entry, opened or refreshed (never a
 * second one). The commit is made with git plumbing (hash-object, a throw-away index,
 * commit-tree) on top of the checkout's HEAD, so the working tree is never touched and no clone
 * is needed; without a checkout, the base branch is fetched (depth 1) into a temporary bare repo.
 *
 * Commits carry the base commit's dates, so the same update on the same base is the same commit:
 * a rerun that finds the branch already there pushes nothing and leaves the PR's CI alone.
 */







const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
function branchFor(name) {
    return `sync/update-${name}`;
}
async function openUpdatePullRequests(entries, opts, log) {
    const updates = entries.filter((e) => e.updateAvailable && e.newVersion && !e.error);
    if (!updates.length)
        return [];
    const [owner, repo] = opts.repo.split('/');
    const remote = `${opts.serverUrl.replace(/\/+$/, '')}/${opts.repo}.git`;
    const auth = (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitAuthEnv */ .Y$)(opts.token, opts.serverUrl);
    const ctx = await baseCommit(opts, remote, auth);
    try {
        // Not gitText: that trims, and the file's last newline must survive.
        const original = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['cat-file', 'blob', `${ctx.base}:${ctx.path}`], { cwd: ctx.dir }).catch(() => {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${opts.manifest} is not committed on ${ctx.branch} (${ctx.path}); commit it before opening update PRs`);
        })).stdout;
        const mode = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['ls-tree', ctx.base, '--', ctx.path], { cwd: ctx.dir })).split(/\s/)[0] || '100644';
        const baseDate = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['show', '-s', '--format=%cI', ctx.base], { cwd: ctx.dir });
        // Where every sync branch stands now: one round trip.
        const remoteRefs = await (0,_ls_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .lsRemote */ ._H)(remote, { token: opts.token, authOrigin: opts.serverUrl });
        const results = [];
        for (const e of updates) {
            const branch = branchFor(e.name);
            try {
                const text = (0,_manifest_update_js__WEBPACK_IMPORTED_MODULE_5__/* .rewriteVersions */ .a)(original, { [e.name]: e.newVersion }, opts.manifest);
                const commit = await makeCommit(ctx, mode, text, commitMessage(e), baseDate);
                const existing = remoteRefs.refs.get(`refs/heads/${branch}`);
                const pushed = existing !== commit;
                if (pushed) {
                    await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['push', '--force', '--quiet', remote, `${commit}:refs/heads/${branch}`], { cwd: ctx.dir, env: auth });
                    log.info(`${e.name}: pushed ${branch} (${commit.slice(0, 12)})`);
                }
                results.push({ name: e.name, branch, ...(await upsertPull(opts.client, owner, repo, ctx.branch, branch, e, opts.labels ?? [], pushed, log)) });
            }
            catch (err) {
                const error = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .T)(err);
                log.warn(`${e.name}: cannot open the update PR: ${error}`);
                results.push({ name: e.name, branch, error });
            }
        }
        return results;
    }
    finally {
        await ctx.cleanup();
    }
}
async function baseCommit(opts, remote, auth) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(opts.manifest) ? opts.manifest : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.workspace, opts.manifest);
    const top = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['rev-parse', '--show-toplevel'], { cwd: opts.workspace }).catch(() => '');
    const checkedOut = top ? await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: top }).catch(() => '') : '';
    const current = refBranch() || checkedOut;
    const branch = opts.base ?? (current || (await defaultBranch(opts)));
    if (top && current && branch === current) {
        // The checkout is the base branch: build on exactly what was checked out and read.
        const base = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['rev-parse', 'HEAD'], { cwd: top });
        return { dir: top, base, branch, path: repoPath(top, file), cleanup: async () => { } };
    }
    // No checkout, or one of something else (a PR merge commit, another branch): fetch just the
    // base branch's tip into a scratch bare repository.
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-pr-'));
    try {
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['init', '--quiet', '--bare', dir]);
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['fetch', '--quiet', '--depth=1', remote, `refs/heads/${branch}`], { cwd: dir, env: auth });
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        throw err;
    }
    const base = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['rev-parse', 'FETCH_HEAD'], { cwd: dir });
    return { dir, base, branch, path: repoPath(top || opts.workspace, file), cleanup: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }) };
}
function repoPath(top, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, file);
    if (!rel || rel.startsWith('..'))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${file} is outside the repository ${top}`);
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
function refBranch() {
    const ref = process.env.GITHUB_REF ?? '';
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
}
async function defaultBranch(opts) {
    const [owner, repo] = opts.repo.split('/');
    const { data } = await opts.client.rest.repos.get({ owner, repo });
    return data.default_branch;
}
/** A commit of `base` with the manifest replaced, made without touching the work tree or index. */
async function makeCommit(ctx, mode, text, message, date) {
    const blob = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['hash-object', '-w', '--stdin'], { cwd: ctx.dir, input: text });
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-index-'));
    try {
        const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'index') };
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['read-tree', ctx.base], { cwd: ctx.dir, env });
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['update-index', '--add', '--cacheinfo', `${mode},${blob},${ctx.path}`], { cwd: ctx.dir, env });
        const tree = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['write-tree'], { cwd: ctx.dir, env });
        return await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['commit-tree', tree, '-p', ctx.base, '-F', '-'], {
            cwd: ctx.dir,
            input: message,
            env: {
                GIT_AUTHOR_NAME: BOT.name,
                GIT_AUTHOR_EMAIL: BOT.email,
                GIT_COMMITTER_NAME: BOT.name,
                GIT_COMMITTER_EMAIL: BOT.email,
                GIT_AUTHOR_DATE: date,
                GIT_COMMITTER_DATE: date,
            },
        });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    }
}
function commitMessage(e) {
    return [
        `Update ${e.name} from ${e.pinned} to ${e.newVersion}`,
        '',
        `Upstream: ${e.upstreamRepo}`,
        `Update-Type: ${e.updateType}`,
        ...(e.latestCommit ? [`Upstream-Commit: ${e.latestCommit}`] : []),
        '',
    ].join('\n');
}
function pullTitle(e) {
    return `Update ${e.name} to ${e.newVersion}${e.updateType === 'major' ? ' (major)' : ''}`;
}
function pullBody(e) {
    const lines = [
        `Updates **${e.name}** from upstream [${e.upstreamRepo.replace(/^https?:\/\//, '')}](${e.upstreamRepo}).`,
        '',
        '| | version | commit |',
        '| --- | --- | --- |',
        `| current | \`${e.pinned}\` | ${e.currentCommit ? `\`${e.currentCommit}\`` : ''} |`,
        `| latest | \`${e.newVersion}\` | ${e.latestCommit ? `\`${e.latestCommit}\`` : ''} |`,
        '',
        `Update type: **${e.updateType}**${e.updateType === 'major' ? ' - check the release notes for breaking changes.' : ''}`,
    ];
    if (e.releaseUrl)
        lines.push('', `${e.track === 'commits' ? 'Commit' : 'Release notes'}: ${e.releaseUrl}`);
    if (e.compareUrl)
        lines.push(`Changes: ${e.compareUrl}`);
    lines.push('', `<sub>Opened by sync/check-upstream; the branch \`${branchFor(e.name)}\` is rewritten on every run, so push fixes to another branch.</sub>`);
    return lines.join('\n');
}
async function upsertPull(client, owner, repo, base, branch, e, labels, pushed, log) {
    const title = pullTitle(e);
    const body = pullBody(e);
    const wanted = [...new Set([...labels, ...(e.updateType === 'major' ? ['major'] : [])])];
    const find = async () => (await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 })).data[0];
    let pr = await find();
    let action;
    if (pr) {
        const stale = pr.title !== title || (pr.body ?? '') !== body || pr.base.ref !== base;
        if (stale)
            await client.rest.pulls.update({ owner, repo, pull_number: pr.number, title, body, base });
        action = stale || pushed ? 'updated' : 'unchanged';
    }
    else {
        try {
            pr = (await client.rest.pulls.create({ owner, repo, head: branch, base, title, body, maintainer_can_modify: true })).data;
            action = 'created';
        }
        catch (err) {
            // Another run opened it a moment ago: refresh that one instead of failing.
            const again = err.status === 422 ? await find() : undefined;
            if (!again)
                throw err;
            pr = again;
            await client.rest.pulls.update({ owner, repo, pull_number: pr.number, title, body });
            action = 'updated';
        }
    }
    const have = new Set((pr.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)));
    const missing = wanted.filter((l) => !have.has(l));
    if (missing.length) {
        try {
            await client.rest.issues.addLabels({ owner, repo, issue_number: pr.number, labels: missing });
        }
        catch (err) {
            log.warn(`${e.name}: PR #${pr.number}: could not add labels ${missing.join(', ')}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .T)(err)}`);
        }
    }
    log.info(`${e.name}: PR #${pr.number} ${action} (${pr.html_url})`);
    return { action, number: pr.number, url: pr.html_url };
}


/***/ })

};
