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
/** Written only when set, after the others: readers that do not know them ignore them. */
const OPTIONAL = [
    ['source', 'source'],
    ['upstreamSha256', 'upstream-sha256'],
];
function formatVersionFile(info) {
    const lines = KEYS.map((k) => `${k}: ${info[k]}`);
    for (const [field, key] of OPTIONAL)
        if (info[field])
            lines.push(`${key}: ${String(info[field]).replace(/[\r\n]/g, '')}`);
    return lines.join('\n') + '\n';
}
/** Parses a `.version` file; unknown keys are ignored, missing ones are undefined. */
function parseVersionFile(text) {
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^([a-z][a-z0-9-]*):\s*(.*?)\s*$/.exec(line);
        if (!m)
            continue;
        const field = KEYS.includes(m[1]) ? m[1] : OPTIONAL.find(([, key]) => key === m[1])?.[0];
        if (field && !(field in out))
            out[field] = m[2];
    }
    return out;
}
/** ISO time without milliseconds, as in SPEC §3. */
function builtNow(now = new Date()) {
    return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ })

};
