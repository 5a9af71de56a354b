export const id = 746;
export const ids = [746];
export const modules = {

/***/ 6746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheKey: () => (/* binding */ cacheKey),
/* harmony export */   cacheServiceAvailable: () => (/* binding */ cacheServiceAvailable),
/* harmony export */   restoreFromActionsCache: () => (/* binding */ restoreFromActionsCache),
/* harmony export */   saveToActionsCache: () => (/* binding */ saveToActionsCache)
/* harmony export */ });
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
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 4305));
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
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 4305));
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
