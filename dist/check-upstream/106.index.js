export const id = 106;
export const ids = [106,824];
export const modules = {

/***/ 5824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ rewriteVersions),
/* harmony export */   updateManifestFile: () => (/* binding */ updateManifestFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3907);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${file}: entry "${name}" has no version value to update`);
        const [start, end] = node.range;
        edits.push({ start, end, text: render(node, version, file.endsWith('.json')), name });
    }
    // Apply from the end so earlier offsets stay valid.
    let out = text;
    for (const e of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
    // The result must read back as the versions we meant (and still be a valid manifest).
    const check = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(out, file);
    for (const [name, version] of Object.entries(updates)) {
        if (check.binaries[name]?.version !== version)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${file}: entry "${name}": rewriting the version did not read back as "${version}"`);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5610);
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
    const auth = (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitAuthEnv */ .Y$)(opts.token, opts.serverUrl);
    const ctx = await baseCommit(opts, remote, auth);
    try {
        // Not gitText: that trims, and the file's last newline must survive.
        const original = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['cat-file', 'blob', `${ctx.base}:${ctx.path}`], { cwd: ctx.dir }).catch(() => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${opts.manifest} is not committed on ${ctx.branch} (${ctx.path}); commit it before opening update PRs`);
        })).stdout;
        const mode = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['ls-tree', ctx.base, '--', ctx.path], { cwd: ctx.dir })).split(/\s/)[0] || '100644';
        const baseDate = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['show', '-s', '--format=%cI', ctx.base], { cwd: ctx.dir });
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
                    await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['push', '--force', '--quiet', remote, `${commit}:refs/heads/${branch}`], { cwd: ctx.dir, env: auth });
                    log.info(`${e.name}: pushed ${branch} (${commit.slice(0, 12)})`);
                }
                results.push({ name: e.name, branch, ...(await upsertPull(opts.client, owner, repo, ctx.branch, branch, e, opts.labels ?? [], pushed, log)) });
            }
            catch (err) {
                const error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .T)(err);
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
    const top = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['rev-parse', '--show-toplevel'], { cwd: opts.workspace }).catch(() => '');
    const checkedOut = top ? await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: top }).catch(() => '') : '';
    const current = refBranch() || checkedOut;
    const branch = opts.base ?? (current || (await defaultBranch(opts)));
    if (top && current && branch === current) {
        // The checkout is the base branch: build on exactly what was checked out and read.
        const base = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['rev-parse', 'HEAD'], { cwd: top });
        return { dir: top, base, branch, path: repoPath(top, file), cleanup: async () => { } };
    }
    // No checkout, or one of something else (a PR merge commit, another branch): fetch just the
    // base branch's tip into a scratch bare repository.
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-pr-'));
    try {
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['init', '--quiet', '--bare', dir]);
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['fetch', '--quiet', '--depth=1', remote, `refs/heads/${branch}`], { cwd: dir, env: auth });
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        throw err;
    }
    const base = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['rev-parse', 'FETCH_HEAD'], { cwd: dir });
    return { dir, base, branch, path: repoPath(top || opts.workspace, file), cleanup: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }) };
}
function repoPath(top, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, file);
    if (!rel || rel.startsWith('..'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${file} is outside the repository ${top}`);
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
    const blob = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['hash-object', '-w', '--stdin'], { cwd: ctx.dir, input: text });
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-index-'));
    try {
        const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'index') };
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['read-tree', ctx.base], { cwd: ctx.dir, env });
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(['update-index', '--add', '--cacheinfo', `${mode},${blob},${ctx.path}`], { cwd: ctx.dir, env });
        const tree = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['write-tree'], { cwd: ctx.dir, env });
        return await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['commit-tree', tree, '-p', ctx.base, '-F', '-'], {
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
            log.warn(`${e.name}: PR #${pr.number}: could not add labels ${missing.join(', ')}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .T)(err)}`);
        }
    }
    log.info(`${e.name}: PR #${pr.number} ${action} (${pr.html_url})`);
    return { action, number: pr.number, url: pr.html_url };
}


/***/ })

};
