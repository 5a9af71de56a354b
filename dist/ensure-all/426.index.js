export const id = 426;
export const ids = [426];
export const modules = {

/***/ 6426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coverageTable: () => (/* binding */ coverageTable),
/* harmony export */   inventory: () => (/* binding */ inventory)
/* harmony export */ });
/* unused harmony exports PLATFORMS, loadCliManifest */
/** The platforms a coverage table shows (SPEC §2's os/arch words). */
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'darwin/amd64', 'darwin/arm64', 'windows/amd64'];
async function loadCliManifest(file) {
    const { loadManifest } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(333)]).then(__webpack_require__.bind(__webpack_require__, 333));
    return loadManifest(file);
}
async function inventory(manifest, names, ctx, log) {
    const { resolveTarget } = await __webpack_require__.e(/* import() */ 617).then(__webpack_require__.bind(__webpack_require__, 6617));
    const { toolCacheRoot, findTool } = await __webpack_require__.e(/* import() */ 965).then(__webpack_require__.bind(__webpack_require__, 1965));
    // Every API call through the one client (SPEC §12), anonymous without a token.
    const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(573)]).then(__webpack_require__.bind(__webpack_require__, 9573));
    const { findRelease } = await Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(310)]).then(__webpack_require__.bind(__webpack_require__, 310));
    const gh = createClient({ token: ctx.token, apiUrl: ctx.apiUrl, warn: (m) => log.warn(m) });
    const root = toolCacheRoot();
    const out = [];
    for (const name of names.length ? names : Object.keys(manifest.binaries)) {
        const s = { name, version: manifest.binaries[name]?.version ?? '?', coverage: {} };
        out.push(s);
        try {
            const t = await resolveTarget({ name, manifest, defaultRepo: ctx.repo, releaseRepo: ctx.releaseRepo });
            s.version = t.version;
            s.cached = findTool(root, t.name, t.version, t.platform);
            s.releaseRepo = t.releaseRepo;
            s.tag = t.tag;
            if (!t.releaseRepo) {
                s.releaseNote = 'no release repository';
                continue;
            }
            const rel = await findRelease(gh, t.releaseRepo, t.tag);
            if (!rel)
                s.releaseNote = ctx.token ? `no release ${t.tag}` : `no release ${t.tag} seen (no token: if ${t.releaseRepo} is private set GITHUB_TOKEN)`;
            const uploaded = new Set((rel?.assets ?? []).filter((a) => a.state === 'uploaded').map((a) => a.name));
            for (const p of PLATFORMS) {
                const [os, arch] = p.split('/');
                const pt = await resolveTarget({ name, manifest, defaultRepo: ctx.repo, releaseRepo: ctx.releaseRepo, os, arch });
                s.coverage[p] = uploaded.has(pt.asset);
            }
        }
        catch (err) {
            const { oneLine } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9541));
            s.error = oneLine(err);
        }
    }
    return out;
}
/** Entries × os/arch as Markdown (job summary) or aligned text (terminal). */
function coverageTable(rows, markdown) {
    if (markdown) {
        return [
            `| entry | ${PLATFORMS.join(' | ')} |`,
            `|---|${PLATFORMS.map(() => ':-:').join('|')}|`,
            ...rows.map((r) => `| ${r.name} | ${PLATFORMS.map((p) => (r.coverage[p] ? '✅' : '·')).join(' | ')} |`),
        ];
    }
    const w = Math.max(5, ...rows.map((r) => r.name.length));
    return [
        `${'entry'.padEnd(w)}  ${PLATFORMS.map((p) => p.padEnd(13)).join(' ')}`.trimEnd(),
        ...rows.map((r) => `${r.name.padEnd(w)}  ${PLATFORMS.map((p) => (r.coverage[p] ? 'yes' : '-').padEnd(13)).join(' ')}`.trimEnd()),
    ];
}


/***/ })

};
