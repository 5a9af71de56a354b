export const id = 389;
export const ids = [389,656];
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


/***/ }),

/***/ 4389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildEnv: () => (/* binding */ buildEnv),
/* harmony export */   buildLayer: () => (/* binding */ buildLayer),
/* harmony export */   runBuild: () => (/* binding */ runBuild),
/* harmony export */   shellFor: () => (/* binding */ shellFor)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9541);
/* harmony import */ var _artifact_package_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2656);
/* harmony import */ var _artifact_version_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9753);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9880);
/**
 * Layer 5, the build: the manifest's own `build` command, the only user text that ever reaches a
 * shell. It runs in `workdir` with SYNC_OUT, SYNC_NAME, SYNC_VERSION, SYNC_OS, SYNC_ARCH set and
 * must leave the binary in $SYNC_OUT. It runs third-party Makefiles and install scripts, so its
 * environment is the runner's minus every input and every secret the step holds (buildEnv).
 */








const buildLayer = {
    name: 'build',
    async find(ctx) {
        const { t, log, workspace } = ctx;
        if (!t.build)
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_5__/* .skip */ .iv)();
        const out = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(await ctx.temp(), 'out');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(out, { recursive: true });
        const built = await runBuild(t, out, workspace, log, ctx.opts.token ? [ctx.opts.token] : []);
        const info = await (0,_artifact_package_js__WEBPACK_IMPORTED_MODULE_4__.versionInfoFor)(built, t, () => (0,_artifact_package_js__WEBPACK_IMPORTED_MODULE_4__.sourceCommit)(t.workdir ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workspace, t.workdir) : workspace, workspace));
        const staging = await ctx.staging();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(built, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, t.exe)).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(built, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, t.exe)));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, '.version'), (0,_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_6__/* .formatVersionFile */ .g)(info));
        const dir = await ctx.install(info.checksum);
        log.info(`${t.name} ${t.version}: built from source`);
        return (0,_layer_js__WEBPACK_IMPORTED_MODULE_5__/* .hit */ .av)(dir, info.checksum);
    },
};
/** bash like a workflow `run:` step (errexit, pipefail), or sh where there is no bash. */
function shellFor(command, env = process.env) {
    const names = process.platform === 'win32' ? ['bash.exe'] : ['bash'];
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter)) {
        for (const n of names)
            if (dir && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, n)))
                return { file: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, n), args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] };
    }
    return { file: 'sh', args: ['-e', '-c', command] };
}
/** Names of secrets the runner or a workflow hands a step, and what can only be used with them. */
const SECRET_NAMES = new Set([
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GH_ENTERPRISE_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'SYNC_TOKEN',
    'SYNC_WEBHOOK_SECRET',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
]);
/**
 * The runner's file commands: a build that may append to them could set the PATH or the
 * environment (NODE_OPTIONS, LD_PRELOAD) of every later step of the job, or forge our outputs.
 */
const FILE_COMMANDS = new Set(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']);
/**
 * The build's environment: the runner's minus every INPUT_* (the step's token is one), the
 * secrets named above, the runner's file commands, and any variable whose value is a secret we
 * hold (a workflow that also passes its PAT as `env: MY_PAT`). PATH, HOME, GOPATH, RUNNER_TEMP,
 * GITHUB_WORKSPACE and the rest stay: builds need them.
 */
function buildEnv(base, secrets) {
    const held = new Set(secrets.filter((s) => s.length >= 8));
    for (const name of SECRET_NAMES)
        if (base[name] && base[name].length >= 8)
            held.add(base[name]);
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value === undefined)
            continue;
        const upper = name.toUpperCase();
        if (upper.startsWith('INPUT_') || SECRET_NAMES.has(upper) || FILE_COMMANDS.has(upper))
            continue;
        if ([...held].some((secret) => value.includes(secret)))
            continue;
        env[name] = value;
    }
    return env;
}
async function runBuild(t, out, workspace, log, secrets = []) {
    if (!t.build)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`no build command for ${t.name}`);
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace, t.workdir ?? '.');
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(cwd).catch(() => undefined))?.isDirectory()) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`build of ${t.name}: workdir ${t.workdir ?? cwd} does not exist (check out the source first, or fix "workdir")`);
    }
    const env = {
        ...buildEnv(process.env, secrets),
        SYNC_OUT: out,
        SYNC_NAME: t.name,
        SYNC_VERSION: t.version,
        SYNC_OS: t.platform.os,
        SYNC_ARCH: t.platform.arch,
    };
    const shell = shellFor(t.build, env);
    log.info(`building ${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} in ${cwd}`);
    const code = await new Promise((done, fail) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(shell.file, shell.args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const forward = (stream) => {
            let rest = '';
            stream.setEncoding('utf8');
            stream.on('data', (chunk) => {
                const lines = (rest + chunk).split('\n');
                rest = lines.pop() ?? '';
                for (const line of lines)
                    log.info(line);
            });
            stream.on('end', () => rest && log.info(rest));
        };
        forward(child.stdout);
        forward(child.stderr);
        child.on('error', (e) => fail(new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`build of ${t.name}: cannot start ${shell.file}: ${e.message}`)));
        child.on('close', (c, signal) => done(c ?? (signal ? 128 : 1)));
    });
    if (code !== 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`build of ${t.name} ${t.version} failed (exit code ${code}): fix the "build" command of ${t.name} (its output is above)`);
    const binary = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(out, t.exe);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(binary).catch(() => undefined);
    if (!st?.isFile()) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`build of ${t.name} ${t.version} succeeded but left no ${t.exe} in $SYNC_OUT: the command must write the binary there (e.g. go build -o "$SYNC_OUT/${t.exe}")`);
    }
    if (process.platform !== 'win32')
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(binary, (st.mode & 0o777) | 0o755);
    return binary;
}


/***/ })

};
