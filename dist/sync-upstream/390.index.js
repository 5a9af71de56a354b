export const id = 390;
export const ids = [390];
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


/***/ })

};
