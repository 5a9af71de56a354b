export const id = 9753;
export const ids = [9753];
export const modules = {

/***/ 9753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERSION_FILE: () => (/* binding */ VERSION_FILE),
/* harmony export */   g: () => (/* binding */ formatVersionFile),
/* harmony export */   parseVersionFile: () => (/* binding */ parseVersionFile),
/* harmony export */   r: () => (/* binding */ builtNow)
/* harmony export */ });
const VERSION_FILE = '.version';
const KEYS = ['name', 'version', 'commit', 'checksum', 'os', 'arch', 'built'];
function formatVersionFile(info) {
    return KEYS.map((k) => `${k}: ${info[k]}`).join('\n') + '\n';
}
/** Parses a `.version` file; unknown keys are ignored, missing ones are undefined. */
function parseVersionFile(text) {
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^([a-z]+):\s*(.*?)\s*$/.exec(line);
        if (m && KEYS.includes(m[1]) && !(m[1] in out))
            out[m[1]] = m[2];
    }
    return out;
}
/** ISO time without milliseconds, as in SPEC §3. */
function builtNow(now = new Date()) {
    return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ })

};
