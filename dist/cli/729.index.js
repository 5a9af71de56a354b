export const id = 729;
export const ids = [729];
export const modules = {

/***/ 4729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ bulkGc)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Prompt young-generation GCs during bulk transfers. Each streamed chunk is a small JS object
 * holding a large off-heap buffer; V8 only scavenges when its new space fills with JS objects,
 * so a GiB of finished chunks piles up first (measured: +40 MiB RSS per streaming phase, flat
 * at +15 MiB with a minor GC every 8 MiB, same speed). The runtime gives actions no flags, so the
 * gc function is obtained the way Node's docs show (--expose-gc set at runtime, read from a fresh
 * context). Anything unavailable makes this a no-op.
 */


let gc;
function gcFunction() {
    if (gc !== undefined)
        return gc;
    try {
        (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--expose-gc');
        gc = (0,node_vm__WEBPACK_IMPORTED_MODULE_1__.runInNewContext)('gc');
        (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--no-expose-gc');
    }
    catch {
        gc = null;
    }
    return gc;
}
const STEP = 8 << 20;
/** Counts bytes; every 8 MiB asks for a minor GC. One per stream. */
function bulkGc() {
    let since = 0;
    return (bytes) => {
        since += bytes;
        if (since < STEP)
            return;
        since = 0;
        try {
            gcFunction()?.({ type: 'minor' });
        }
        catch {
            gc = null;
        }
    };
}


/***/ })

};
