export const id = 9616;
export const ids = [9616];
export const modules = {

/***/ 9616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadSubscriptions: () => (/* binding */ loadSubscriptions)
/* harmony export */ });
/* unused harmony export settingLines */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);



/** Non-empty, non-comment lines of a multiline setting. */
function settingLines(value) {
    return value
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
}
/**
 * The `subscriptions` setting: feature paths one per line, or a single path to a
 * subscriptions.json (an array, or {"subscriptions": [...]}) relative to the workspace.
 */
function loadSubscriptions(value, workspace) {
    const lines = settingLines(value);
    if (lines.length === 1 && /\.json$/i.test(lines[0])) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(lines[0]) ? lines[0] : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, lines[0]);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${lines[0]}: not found (set "subscriptions" to the feature paths, one per line, or to a subscriptions.json)`);
        let data;
        try {
            data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        }
        catch (err) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${lines[0]}: not valid JSON (${err.message})`);
        }
        const list = Array.isArray(data) ? data : data?.subscriptions;
        if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && s.trim())) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${lines[0]}: must be a JSON array of feature paths, e.g. ["features/webpush/flask"]`);
        }
        return list.map((s) => s.trim());
    }
    if (!lines.length)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('"subscriptions" is empty: list the feature paths this repository follows');
    return lines;
}


/***/ })

};
