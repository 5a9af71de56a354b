export const id = 508;
export const ids = [508];
export const modules = {

/***/ 8127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3567);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2850);



/** `12 ok, 1 failed: shellcheck`: the closing line of a run over several entries. */
function summaryLine(outcomes) {
    const failed = outcomes.filter((o) => !o.ok).map((o) => o.name);
    return `${outcomes.length - failed.length} ok${failed.length ? `, ${failed.length} failed: ${failed.join(', ')}` : ''}`;
}
const command = {
    summary: 'ensure a pinned binary: tool cache, release asset, upstream download, or build and release',
    usage: 'ghsync ensure <name...> | --all [--os OS --arch ARCH] [--no-release] [--dry-run]',
    help: [
        ['name...', 'manifest entries to ensure'],
        ['--all', 'every entry of the manifest'],
        ['--os OS, --arch ARCH', 'another platform (fetched and verified; default: this machine)'],
        ['--no-release', 'after a build, do not upload it to the release'],
        ['--dry-run', 'say what each entry would come from (tool cache, release, or a build); change nothing'],
        ['--concurrency N', 'entries at once with --all (default: 4)'],
    ],
    options: {
        all: { type: 'boolean', default: false },
        os: { type: 'string' },
        arch: { type: 'string' },
        'no-release': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        concurrency: { type: 'string', default: '4' },
    },
    async run(names, values, out) {
        if (!values.all && !names.length)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('name an entry to ensure, or pass --all');
        const concurrency = Number(values.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--concurrency must be a whole number >= 1, got "${values.concurrency}"`);
        const ctx = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveContext */ .wK)({ repo: values.repo });
        const manifestFile = values.manifest ?? 'versions.yml';
        // Without a token a private release repository looks empty: say so rather than build for minutes.
        await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .assertVisible */ .PU)(ctx, out.log);
        if (values['dry-run'])
            return dryRun(manifestFile, values.all ? [] : names, ctx, out);
        const common = {
            manifestFile,
            token: ctx.token,
            apiUrl: ctx.apiUrl,
            releaseOnMiss: !values['no-release'],
            workspace: ctx.cwd,
            defaultRepo: ctx.repo,
            os: values.os,
            arch: values.arch,
            // The CLI prints each failure once, in its result lines.
            logFailures: false,
        };
        const { ensureAll } = await __webpack_require__.e(/* import() */ 4448).then(__webpack_require__.bind(__webpack_require__, 4448));
        const outcomes = await ensureAll({ ...common, names: values.all ? undefined : names, concurrency }, out.log);
        const failed = outcomes.filter((o) => !o.ok);
        out.result({
            ok: !failed.length,
            summary: summaryLine(outcomes),
            binaries: Object.fromEntries(outcomes.map((o) => [o.name, binaryJson(o)])),
        }, () => [
            ...outcomes.map((o) => o.result ? `${o.name} ${o.result.version}: ${o.result.source} (${o.durationMs} ms) ${o.result.binary}` : `${o.name}: failed: ${o.error}`),
            ...(outcomes.length > 1 ? [summaryLine(outcomes)] : []),
        ]);
        return failed.length ? 1 : 0;
    },
};
function binaryJson(o) {
    return o.result
        ? {
            path: o.result.dir,
            binary: o.result.binary,
            version: o.result.version,
            source: o.result.source,
            sha256: o.result.sha256,
            released: o.result.released,
            ms: o.durationMs,
        }
        : { error: o.error };
}
async function dryRun(manifestFile, names, ctx, out) {
    const { loadCliManifest, inventory } = await __webpack_require__.e(/* import() */ 6426).then(__webpack_require__.bind(__webpack_require__, 6426));
    const { currentPlatform } = await __webpack_require__.e(/* import() */ 9598).then(__webpack_require__.bind(__webpack_require__, 9598));
    const manifest = await loadCliManifest(manifestFile);
    for (const n of names)
        if (!manifest.binaries[n])
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${manifestFile}: no entry "${n}"`);
    const rows = await inventory(manifest, names, ctx, out.log);
    const here = `${currentPlatform().os}/${currentPlatform().arch}`;
    const plan = rows.map((r) => ({
        name: r.name,
        version: r.version,
        would: r.error ? 'fail' : r.cached ? 'tool-cache' : r.coverage[here] ? 'release' : 'download or build',
        ...(r.cached ? { path: r.cached } : {}),
        ...(r.error ? { error: r.error } : r.releaseNote ? { note: r.releaseNote } : {}),
    }));
    out.result({ dry_run: true, entries: plan }, () => plan.map((p) => `${p.name} ${p.version}: would come from ${p.would}${'error' in p ? ` (${p.error})` : 'note' in p ? ` (${p.note})` : ''}`));
    return plan.some((p) => p.would === 'fail') ? 1 : 0;
}


/***/ })

};
