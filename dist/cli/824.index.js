export const id = 824;
export const ids = [824];
export const modules = {

/***/ 5824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   updateManifestFile: () => (/* binding */ updateManifestFile)
/* harmony export */ });
/* unused harmony export rewriteVersions */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9541);
/* harmony import */ var _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1336);
/**
 * Rewrites only the `version` values of `versions.yml` (or `.json`): the YAML document locates
 * each version scalar, and just that scalar's source bytes are replaced, in its own quoting
 * style. Comments, order, blank lines, long lines and every other byte stay as they were (a
 * re-serialised document would re-wrap and re-quote).
 */




/** The text with the given entries' versions replaced. Throws a UserError naming the entry it cannot edit. */
function rewriteVersions(text, updates, file = 'versions.yml') {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { keepSourceTokens: true });
    const edits = [];
    for (const [name, version] of Object.entries(updates)) {
        const node = doc.getIn(['binaries', name, 'version'], true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) || !node.range)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${file}: entry "${name}" has no version value to update`);
        const [start, end] = node.range;
        edits.push({ start, end, text: render(node, version, file.endsWith('.json')), name });
    }
    // Apply from the end so earlier offsets stay valid.
    let out = text;
    for (const e of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
    // The result must read back as the versions we meant (and still be a valid manifest).
    const check = (0,_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__.parseManifest)(out, file);
    for (const [name, version] of Object.entries(updates)) {
        if (check.binaries[name]?.version !== version)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${file}: entry "${name}": rewriting the version did not read back as "${version}"`);
    }
    return out;
}
/** The new value in the style the old one was written in. */
function render(node, value, json) {
    const plainOk = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value);
    switch (node.type) {
        case yaml__WEBPACK_IMPORTED_MODULE_1__/* .Scalar */ .X5.QUOTE_SINGLE:
            return `'${value.replace(/'/g, "''")}'`;
        case yaml__WEBPACK_IMPORTED_MODULE_1__/* .Scalar */ .X5.PLAIN:
            if (!json && plainOk)
                return value;
            return JSON.stringify(value);
        default:
            return JSON.stringify(value);
    }
}
/** Rewrites the file in place; returns whether it changed. */
async function updateManifestFile(file, updates) {
    if (!Object.keys(updates).length)
        return false;
    const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    const after = rewriteVersions(before, updates, file);
    if (after === before)
        return false;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, after);
    return true;
}


/***/ })

};
