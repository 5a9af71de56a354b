export const id = 1390;
export const ids = [1390];
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


/***/ })

};
