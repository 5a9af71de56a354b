export const id = 656;
export const ids = [656];
export const modules = {

/***/ 2656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  locateBinary: () => (/* binding */ locateBinary),
  packBinary: () => (/* binding */ packBinary),
  sourceCommit: () => (/* binding */ sourceCommit),
  versionInfoFor: () => (/* binding */ versionInfoFor)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/archive/tar.ts
var tar = __webpack_require__(9661);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/git.ts


class GitError extends errors/* UserError */.y {
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
        const child = spawn('git', args, {
            cwd: opts.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => reject(new UserError(`cannot run git: ${e.message} (is git installed?)`)));
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
        (0,external_node_child_process_.execFile)('git', ['rev-parse', 'HEAD'], { cwd }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
    });
}
const SHA40 = /^[0-9a-f]{40}$/;

// EXTERNAL MODULE: ./src/artifact/hash.ts
var hash = __webpack_require__(4920);
// EXTERNAL MODULE: ./src/artifact/version-file.ts
var version_file = __webpack_require__(9753);
;// CONCATENATED MODULE: ./src/artifact/package.ts
/**
 * Packing a binary the way SPEC §3 lays it out: `<bin>` and `.version` at the top of a .tar.gz,
 * so `tar xzf asset -C dir && grep -q "version: X" dir/.version` works as in the seeds.
 */







/** The binary's path given a file or a folder holding it. */
async function locateBinary(path, exe) {
    const st = await (0,promises_.stat)(path).catch(() => undefined);
    if (!st)
        throw new errors/* UserError */.y(`${path}: not found (set "path" to the binary, or a folder holding ${exe})`);
    if (st.isFile())
        return path;
    const inside = (0,external_node_path_.join)(path, exe);
    if (!(await (0,promises_.stat)(inside).catch(() => undefined))?.isFile())
        throw new errors/* UserError */.y(`${path}: no ${exe} in that folder`);
    return inside;
}
/** The commit a binary was built from: the source's HEAD, else the workspace's, else GITHUB_SHA. */
async function sourceCommit(...dirs) {
    for (const d of dirs) {
        if (!d)
            continue;
        const sha = await headSha(d);
        if (sha)
            return sha;
    }
    return process.env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(process.env.GITHUB_SHA) ? process.env.GITHUB_SHA : 'unknown';
}
/**
 * The `.version` for a binary: the one already beside it when it describes this very binary
 * (same name, version, checksum: it keeps its original commit and build time), else a new one.
 */
async function versionInfoFor(binary, t, commit) {
    const checksum = await (0,hash/* sha256File */.Q)(binary);
    const beside = await (0,promises_.readFile)((0,external_node_path_.join)(binary, '..', version_file.VERSION_FILE), 'utf8').catch(() => undefined);
    const old = beside ? (0,version_file.parseVersionFile)(beside) : {};
    const reuse = old.version === t.version && old.checksum === checksum && (!old.name || old.name === t.name);
    return {
        name: t.name,
        version: t.version,
        commit: reuse && old.commit ? old.commit : await commit(),
        checksum,
        os: t.platform.os,
        arch: t.platform.arch,
        built: reuse && old.built ? old.built : (0,version_file/* builtNow */.r)(),
        // An upstream download keeps saying where it came from.
        ...(reuse && old.source && { source: old.source }),
        ...(reuse && old.upstreamSha256 && { upstreamSha256: old.upstreamSha256 }),
    };
}
/** Packs binary + `.version` into `out`. */
async function packBinary(binary, info, exe, out) {
    const entries = [
        { name: exe, file: binary, mode: 0o755 },
        { name: version_file.VERSION_FILE, data: (0,version_file/* formatVersionFile */.g)(info) },
    ];
    // The build time as every entry's mtime: the same binary and .version always pack to the same bytes.
    const built = Date.parse(info.built);
    return (0,tar/* packTarGz */.Kn)(entries, out, { mtime: Number.isFinite(built) ? new Date(built) : undefined });
}


/***/ })

};
