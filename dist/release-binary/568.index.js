export const id = 568;
export const ids = [568];
export const modules = {

/***/ 3568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchAsset: () => (/* binding */ fetchAsset),
/* harmony export */   lookupAsset: () => (/* binding */ lookupAsset),
/* harmony export */   releaseLayer: () => (/* binding */ releaseLayer)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9661);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9573);
/* harmony import */ var _net_download_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1498);
/* harmony import */ var _releases_api_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(310);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9541);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7713);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9880);
/**
 * Layer 3: the release asset. Looked up through the API (private repositories work with the
 * token), downloaded via the asset's API URL, whose redirect to storage is followed without the
 * token, checked against the asset's size and digest, then extracted and verified.
 */








async function lookupAsset(t, repo, o) {
    const apiUrl = (o.apiUrl ?? (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .apiUrlFromEnv */ .R7)()).replace(/\/+$/, '');
    let release;
    let assets;
    try {
        // The one client (SPEC §12), anonymous without a token: a public cache repository is readable.
        const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.createClient)({ token: o.token, apiUrl, warn: (m) => o.log.warn(m) });
        release = await (0,_releases_api_js__WEBPACK_IMPORTED_MODULE_4__/* .findRelease */ .dv)(gh, repo, t.tag);
        if (release && !release.assets?.some((a) => a.name === t.asset) && (release.assets?.length ?? 0) >= 100) {
            assets = await (0,_releases_api_js__WEBPACK_IMPORTED_MODULE_4__/* .listAssets */ .qs)(gh, repo, release.id);
        }
    }
    catch (err) {
        const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(err);
        if (status === 401)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`reading release ${t.tag} in ${repo}: the token was refused (401 Bad credentials): check the "token" input`);
        if (status === 403)
            return { found: false, why: `release ${t.tag} in ${repo} is not readable with this token (403)` };
        const advice = status === undefined || status >= 500 ? ' (check the network and re-run the job)' : '';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`looking up release ${t.tag} in ${repo} failed: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err)}${advice}`);
    }
    if (!release)
        return { found: false, why: `no release ${t.tag} in ${repo}` };
    const asset = (assets ?? release.assets ?? []).find((a) => a.name === t.asset);
    if (!asset)
        return { found: false, why: `release ${t.tag} in ${repo} has no asset ${t.asset}` };
    if (asset.state !== 'uploaded')
        return { found: false, why: `asset ${t.asset} in release ${t.tag} is half-uploaded (state ${asset.state})` };
    return { found: true, asset, release };
}
/** Downloads, extracts into `staging` and verifies; throws on any mismatch. */
async function fetchAsset(t, repo, asset, staging, o) {
    const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.temp, `${asset.id}-${t.asset}`);
    const headers = { accept: 'application/octet-stream' };
    if (o.token)
        headers.authorization = `token ${o.token}`;
    const label = `asset ${t.asset} (release ${t.tag} in ${repo})`;
    await (0,_net_download_js__WEBPACK_IMPORTED_MODULE_3__.download)({
        url: asset.url,
        dest: archive,
        headers,
        expectedSize: asset.size,
        expectedDigest: asset.digest ?? undefined,
        label,
        log: o.log,
    });
    if (!asset.digest)
        o.log.debug(`${label}: the API gives no digest; relying on the .version checksum`);
    const { sha256: sums } = await (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_1__.extractTarGz)(archive, staging).catch((err) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${label}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err)}`);
    });
    // The binary was hashed as it was written: no second pass over it.
    const { sha256 } = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyDir */ .p)(staging, t, label, sums.get(t.exe));
    return sha256;
}
const releaseLayer = {
    name: 'release',
    async find(ctx) {
        const { t, opts, log } = ctx;
        if (!t.releaseRepo)
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .miss */ .LP)('no release repository to look in');
        const lo = { token: opts.token, apiUrl: opts.apiUrl, temp: await ctx.temp(), log };
        const found = await lookupAsset(t, t.releaseRepo, lo);
        if (!found.found) {
            log.info(`${t.name} ${t.version}: ${found.why}`);
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .miss */ .LP)(found.why);
        }
        const sha256 = await fetchAsset(t, t.releaseRepo, found.asset, await ctx.staging(), lo);
        const dir = await ctx.install(sha256);
        log.info(`${t.name} ${t.version}: downloaded ${t.asset} from release ${t.tag} in ${t.releaseRepo}`);
        return (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .hit */ .av)(dir, sha256);
    },
};


/***/ })

};
