export const id = 465;
export const ids = [465];
export const modules = {

/***/ 5465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadManifestCached: () => (/* binding */ loadManifestCached)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * Parsed manifests, cached by content in the tool cache. A warm runner's tool-cache hit is a few
 * milliseconds of work after the manifest is read; loading the YAML parser alone costs more than
 * that. The key is the sha256 of the file's bytes (plus a format version), so any edit misses;
 * only successful parses are stored, so every error message still comes from the real parser.
 */




const FORMAT = 'm1';
async function loadManifestCached(file, cacheDir) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    }
    catch (err) {
        const code = err.code;
        if (code !== 'ENOENT')
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(546)]).then(__webpack_require__.bind(__webpack_require__, 5546))).loadManifest(file);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${file}: manifest not found (set the "manifest" input, or create versions.yml)`);
    }
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(FORMAT).update('\0').update(file).update('\0').update(text).digest('hex');
    const cached = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheDir, `${key}.json`);
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(cached, 'utf8'));
    }
    catch {
        // not cached yet (or unreadable): parse for real
    }
    const { parseManifest } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(546)]).then(__webpack_require__.bind(__webpack_require__, 5546));
    const manifest = parseManifest(text.toString('utf8'), file);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(cacheDir, { recursive: true });
        const tmp = `${cached}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, JSON.stringify(manifest));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, cached);
    }
    catch {
        // a read-only or full tool cache only costs speed
    }
    return manifest;
}


/***/ })

};
