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

const FIELDS = 'nodes { tagName isDraft isPrerelease publishedAt url tagCommit { oid } }';
/** The query for one chunk; owner/name travel as variables, never spliced into the text. */
function releasesQuery(count, perRepo) {
    const vars = [];
    const parts = [];
    for (let i = 0; i < count; i++) {
        vars.push(`$o${i}: String!, $n${i}: String!`);
        parts.push(`r${i}: repository(owner: $o${i}, name: $n${i}) { releases(first: ${perRepo}, orderBy: {field: CREATED_AT, direction: DESC}) { ${FIELDS} } }`);
    }
    return `query(${vars.join(', ')}) {\n  ${parts.join('\n  ')}\n}`;
}
/**
 * Releases of each `owner/name` (deduplicated, case-insensitively). Returns a map keyed by the
 * names as given, and how many GraphQL calls it took.
 */
async function fetchReleases(client, repos, opts = {}) {
    const chunkSize = opts.chunkSize ?? 50;
    const perRepo = opts.perRepo ?? 100;
    const unique = [...new Map(repos.map((r) => [r.toLowerCase(), r])).values()];
    const byLower = new Map();
    let calls = 0;
    for (let start = 0; start < unique.length; start += chunkSize) {
        const chunk = unique.slice(start, start + chunkSize);
        const variables = {};
        chunk.forEach((repo, i) => {
            const [owner, name] = repo.split('/');
            variables[`o${i}`] = owner;
            variables[`n${i}`] = name;
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
                const message = `releases API failed: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(err)}`;
                for (const repo of chunk)
                    byLower.set(repo.toLowerCase(), { error: message });
                continue;
            }
        }
        chunk.forEach((repo, i) => {
            const alias = `r${i}`;
            const node = data?.[alias];
            if (!node) {
                const e = errors.find((x) => x.path?.[0] === alias);
                const message = e?.type === 'NOT_FOUND'
                    ? `repository ${repo} not found (or not visible to this token)`
                    : `releases of ${repo}: ${e?.message ?? 'no data in the API answer'}`;
                byLower.set(repo.toLowerCase(), { error: message });
                return;
            }
            const releases = node.releases.nodes
                .filter((r) => r !== null)
                .map((r) => ({
                tagName: r.tagName,
                isDraft: r.isDraft,
                isPrerelease: r.isPrerelease,
                publishedAt: r.publishedAt,
                url: r.url,
                commit: r.tagCommit?.oid ?? null,
            }));
            byLower.set(repo.toLowerCase(), { releases });
        });
    }
    const results = new Map();
    for (const repo of repos)
        results.set(repo, byLower.get(repo.toLowerCase()));
    return { results, calls };
}


/***/ })

};
