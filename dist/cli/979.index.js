export const id = 979;
export const ids = [979];
export const modules = {

/***/ 979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchReleases: () => (/* binding */ fetchReleases)
/* harmony export */ });
/* unused harmony export releasesQuery */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

const FIELDS = 'nodes { tagName isDraft isPrerelease publishedAt url tagCommit { oid } } pageInfo { hasNextPage endCursor }';
/**
 * The query for one chunk; owner/name and each repository's cursor travel as variables, never
 * spliced into the text. A null cursor is the first page.
 */
function releasesQuery(count, perRepo) {
    const vars = [];
    const parts = [];
    for (let i = 0; i < count; i++) {
        vars.push(`$o${i}: String!, $n${i}: String!, $a${i}: String`);
        parts.push(`r${i}: repository(owner: $o${i}, name: $n${i}) { releases(first: ${perRepo}, after: $a${i}, orderBy: {field: CREATED_AT, direction: DESC}) { ${FIELDS} } }`);
    }
    return `query(${vars.join(', ')}) {\n  ${parts.join('\n  ')}\n}`;
}
/**
 * Every release of each `owner/name` (deduplicated, case-insensitively): GitHub answers at most
 * 100 per page, so a repository with more comes back for its next page, batched with the others
 * that still have one, until none has. Returns a map keyed by the names as given, and how many
 * GraphQL calls it took.
 */
async function fetchReleases(client, repos, opts = {}) {
    const chunkSize = opts.chunkSize ?? 50;
    const perRepo = opts.perRepo ?? 100;
    const unique = [...new Map(repos.map((r) => [r.toLowerCase(), r])).values()];
    const byLower = new Map();
    let calls = 0;
    let pending = unique.map((repo) => ({ repo, releases: [], after: null }));
    while (pending.length) {
        const next = [];
        for (let start = 0; start < pending.length; start += chunkSize) {
            const chunk = pending.slice(start, start + chunkSize);
            const variables = {};
            chunk.forEach((p, i) => {
                const [owner, name] = p.repo.split('/');
                variables[`o${i}`] = owner;
                variables[`n${i}`] = name;
                variables[`a${i}`] = p.after;
            });
            let data;
            let errors = [];
            calls++;
            try {
                data = await client.graphql(releasesQuery(chunk.length, perRepo), variables);
            }
            catch (err) {
                // A response with errors still carries the data of the aliases that resolved.
                const e = err;
                if (e.data && Array.isArray(e.errors)) {
                    data = e.data;
                    errors = e.errors;
                }
                else {
                    const message = `releases API failed: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__.oneLine)(err)}`;
                    for (const p of chunk)
                        byLower.set(p.repo.toLowerCase(), { error: message });
                    continue;
                }
            }
            chunk.forEach((p, i) => {
                const alias = `r${i}`;
                const node = data?.[alias];
                if (!node) {
                    const e = errors.find((x) => x.path?.[0] === alias);
                    const message = e?.type === 'NOT_FOUND'
                        ? `repository ${p.repo} not found (or not visible to this token)`
                        : `releases of ${p.repo}: ${e?.message ?? 'no data in the API answer'}`;
                    byLower.set(p.repo.toLowerCase(), { error: message });
                    return;
                }
                for (const r of node.releases.nodes) {
                    if (!r)
                        continue;
                    p.releases.push({
                        tagName: r.tagName,
                        isDraft: r.isDraft,
                        isPrerelease: r.isPrerelease,
                        publishedAt: r.publishedAt,
                        url: r.url,
                        commit: r.tagCommit?.oid ?? null,
                    });
                }
                const page = node.releases.pageInfo;
                // A cursor that does not move would loop forever: stop there with what was read.
                if (page?.hasNextPage && page.endCursor && page.endCursor !== p.after)
                    next.push({ ...p, after: page.endCursor });
                else
                    byLower.set(p.repo.toLowerCase(), { releases: p.releases });
            });
        }
        pending = next;
    }
    const results = new Map();
    for (const repo of repos)
        results.set(repo, byLower.get(repo.toLowerCase()));
    return { results, calls };
}


/***/ })

};
