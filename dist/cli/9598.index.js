export const id = 9598;
export const ids = [9598];
export const modules = {

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   currentPlatform: () => (/* binding */ currentPlatform),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   u4: () => (/* binding */ resolvePlatform),
/* harmony export */   uu: () => (/* binding */ exeName)
/* harmony export */ });
/* unused harmony exports toOs, toArch */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

const OS_NAMES = {
    linux: 'linux',
    darwin: 'darwin',
    macos: 'darwin',
    win32: 'windows',
    windows: 'windows',
};
const ARCH_NAMES = {
    x64: 'amd64',
    amd64: 'amd64',
    x86_64: 'amd64',
    arm64: 'arm64',
    aarch64: 'arm64',
};
/** Maps Node's (or Go's) OS name to ours; anything else is a clear error. */
function toOs(name) {
    // Own keys only: `__proto__` or `constructor` must not resolve through the prototype.
    const os = Object.hasOwn(OS_NAMES, name.toLowerCase()) ? OS_NAMES[name.toLowerCase()] : undefined;
    if (!os)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unsupported OS "${name}": expected one of linux, darwin, windows`);
    return os;
}
/** Maps Node's (or Go's) architecture name to ours; anything else is a clear error. */
function toArch(name) {
    const arch = Object.hasOwn(ARCH_NAMES, name.toLowerCase()) ? ARCH_NAMES[name.toLowerCase()] : undefined;
    if (!arch)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unsupported architecture "${name}": expected one of amd64, arm64`);
    return arch;
}
/** The platform this process runs on. */
function currentPlatform(platform = process.platform, arch = process.arch) {
    return { os: toOs(platform), arch: toArch(arch) };
}
/** A platform from optional `os`/`arch` overrides, defaulting to the current one. */
function resolvePlatform(os, arch) {
    const here = currentPlatform();
    return { os: os ? toOs(os) : here.os, arch: arch ? toArch(arch) : here.arch };
}
function samePlatform(a, b) {
    return a.os === b.os && a.arch === b.arch;
}
/** The binary's file name on that OS: `.exe` on Windows. */
function exeName(bin, os) {
    return os === 'windows' && !bin.toLowerCase().endsWith('.exe') ? `${bin}.exe` : bin;
}


/***/ })

};
