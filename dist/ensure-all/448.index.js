export const id = 448;
export const ids = [448];
export const modules = {

/***/ 4448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assertAllEnsured: () => (/* binding */ assertAllEnsured),
/* harmony export */   ensureAll: () => (/* binding */ ensureAll)
/* harmony export */ });
/* unused harmony exports prefixLog, pool */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/**
 * The root action as a library: ensure every manifest entry (or the named ones), `concurrency`
 * at a time. One entry's failure neither stops nor hides the others; the caller gets every
 * outcome and decides how to fail (assertAllEnsured names each failed entry).
 */



/** A Log whose lines say which entry they belong to (entries run interleaved). */
function prefixLog(log, prefix) {
    return {
        info: (m) => log.info(`[${prefix}] ${m}`),
        warn: (m) => log.warn(`[${prefix}] ${m}`),
        debug: (m) => log.debug(`[${prefix}] ${m}`),
        progress: log.progress ? (label, done, total) => log.progress(`[${prefix}] ${label}`, done, total) : undefined,
    };
}
/** Runs `fn` over `items`, at most `limit` at a time, keeping the input order in the results. */
async function pool(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}
async function ensureAll(opts, log) {
    const file = opts.manifestFile || 'versions.yml';
    // A missing file is answered before the YAML parser is even loaded.
    if (!opts.manifest && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${file}: manifest not found (set the "manifest" input, or create versions.yml)`);
    const { toolCacheRoot } = await __webpack_require__.e(/* import() */ 965).then(__webpack_require__.bind(__webpack_require__, 1965));
    const { loadManifestCached } = await __webpack_require__.e(/* import() */ 799).then(__webpack_require__.bind(__webpack_require__, 2180));
    const manifest = opts.manifest ?? (await loadManifestCached(file, opts.manifestCacheDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.toolCache ?? toolCacheRoot(), '.sync-manifests')));
    const all = Object.keys(manifest.binaries);
    const names = opts.names?.length ? [...new Set(opts.names)] : all;
    if (!names.length)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${manifest.file}: no binaries to ensure`);
    const { ensureBinary } = await __webpack_require__.e(/* import() */ 582).then(__webpack_require__.bind(__webpack_require__, 8582));
    return pool(names, opts.concurrency ?? 4, async (name) => {
        const started = Date.now();
        try {
            const result = await ensureBinary({ ...opts, manifest, name }, prefixLog(log, name));
            return { name, ok: true, result, startedAt: started, durationMs: Date.now() - started };
        }
        catch (err) {
            const error = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__.oneLine)(err);
            if (opts.logFailures !== false)
                log.warn(`[${name}] ${error}`);
            return { name, ok: false, error, startedAt: started, durationMs: Date.now() - started };
        }
    });
}
/** Throws one UserError naming every failed entry, or returns the results. */
function assertAllEnsured(outcomes) {
    const failed = outcomes.filter((o) => !o.ok);
    if (failed.length) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${failed.length} of ${outcomes.length} binaries failed: ${failed.map((f) => `${f.name} (${f.error})`).join('; ')}`);
    }
    return outcomes.map((o) => o.result);
}


/***/ })

};
