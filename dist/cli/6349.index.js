export const id = 6349;
export const ids = [6349];
export const modules = {

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDuration: () => (/* binding */ parseDuration)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

const UNITS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `500ms`, `30s`, `5m`, `24h`, `3d` (a bare number is seconds) in milliseconds; `flag` names the option in the error. */
function parseDuration(text, flag) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
    if (!m)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${flag} takes a duration such as 30s, 5m or 24h, got "${text}"`);
    return Math.round(Number(m[1]) * UNITS[m[2] ?? 's']);
}


/***/ })

};
