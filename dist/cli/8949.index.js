export const id = 8949;
export const ids = [8949];
export const modules = {

/***/ 8949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsCacheLayer: () => (/* binding */ actionsCacheLayer),
/* harmony export */   cacheKey: () => (/* binding */ cacheKey),
/* harmony export */   cacheServiceAvailable: () => (/* binding */ cacheServiceAvailable),
/* harmony export */   restoreFromActionsCache: () => (/* binding */ restoreFromActionsCache),
/* harmony export */   saveToActionsCache: () => (/* binding */ saveToActionsCache)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9541);
/* harmony import */ var _artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1965);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7713);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9880);
/**
 * Layer 2, optional (`actions-cache: true`): actions/cache, restored straight into the tool cache
 * folder (its paths must match at save and restore); when it missed, what a later layer found is
 * saved to it. @actions/cache is large, so it is only imported when the layer is on and the cache
 * service is there (ACTIONS_RUNTIME_TOKEN: absent on a laptop, in tests, and in containers that do
 * not pass it through).
 */





const actionsCacheLayer = {
    name: 'actions-cache',
    async find({ t, opts, root, log }) {
        if (!opts.actionsCache || !cacheServiceAvailable(log))
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .skip */ .iv)();
        const dir = (0,_artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .toolDir */ .Oh)(root, t.name, t.version, t.platform);
        if (!(await restoreFromActionsCache(t, dir, log)))
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .miss */ .LP)('not in actions/cache');
        try {
            const { sha256 } = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDir */ .p)(dir, t, `actions cache ${cacheKey(t)}`);
            await (0,_artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .writeMarker */ .en)(dir, { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, t.exe), sha256 });
            log.info(`${t.name} ${t.version}: restored from actions/cache`);
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .hit */ .av)(dir, sha256);
        }
        catch (err) {
            if (!(err instanceof _verify_js__WEBPACK_IMPORTED_MODULE_2__/* .VerifyError */ .G))
                throw err;
            log.warn(`${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__.oneLine)(err)}; ignoring that cache entry`);
            await (0,_artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .removeTool */ .Bl)(root, t.name, t.version, t.platform);
            return (0,_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .miss */ .LP)();
        }
    },
    store: ({ t, log }, found) => saveToActionsCache(t, found.dir, log),
};
function cacheKey(t) {
    return `sync-${t.name}-${t.version}-${t.platform.os}-${t.platform.arch}`;
}
function cacheServiceAvailable(log) {
    if (process.env.ACTIONS_RUNTIME_TOKEN && (process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL))
        return true;
    log.debug('actions-cache: skipped, the cache service is not available here (no ACTIONS_RUNTIME_TOKEN)');
    return false;
}
/** Restores into `dir` (the tool cache folder: cache paths must match at save and restore). */
async function restoreFromActionsCache(t, dir, log) {
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2779), __webpack_require__.e(289)]).then(__webpack_require__.bind(__webpack_require__, 289));
        const hit = await cache.restoreCache([dir], cacheKey(t));
        return hit === cacheKey(t);
    }
    catch (err) {
        log.warn(`actions-cache: restore of ${cacheKey(t)} failed, going on without it: ${err.message}`);
        return false;
    }
}
async function saveToActionsCache(t, dir, log) {
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2779), __webpack_require__.e(289)]).then(__webpack_require__.bind(__webpack_require__, 289));
        await cache.saveCache([dir], cacheKey(t));
        log.info(`actions-cache: saved ${cacheKey(t)}`);
    }
    catch (err) {
        // Another job saving the same key at once is normal.
        log.debug(`actions-cache: save of ${cacheKey(t)} skipped: ${err.message}`);
    }
}


/***/ })

};
