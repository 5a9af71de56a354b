export const id = 9550;
export const ids = [9550];
export const modules = {

/***/ 9550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   shQuote: () => (/* binding */ shQuote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9541);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);




/** A value inside single quotes for sh (and fish, which reads '\'' the same way here). */
function shQuote(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
const command = {
    summary: 'put the ensured binaries on PATH: print what to eval, or --link them into one folder',
    usage: 'ghsync path [name...] [--link DIR] [--shell sh|fish]      eval "$(ghsync path)"',
    help: [
        ['name...', 'entries (default: all); run "ghsync ensure --all" first'],
        ['--link DIR', 'link every binary into DIR (e.g. .bin) and print the PATH line for DIR only'],
        ['--shell sh|fish', 'syntax of the printed line (default: sh, also right for bash and zsh)'],
    ],
    options: { link: { type: 'string' }, shell: { type: 'string', default: 'sh' } },
    async run(names, values, out) {
        const shell = values.shell;
        if (shell !== 'sh' && shell !== 'fish')
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--shell must be sh or fish, got "${shell}"`);
        const manifestFile = values.manifest ?? 'versions.yml';
        const { loadCliManifest } = await __webpack_require__.e(/* import() */ 6426).then(__webpack_require__.bind(__webpack_require__, 6426));
        const { resolveTarget } = await __webpack_require__.e(/* import() */ 6617).then(__webpack_require__.bind(__webpack_require__, 6617));
        const { toolCacheRoot, findTool } = await __webpack_require__.e(/* import() */ 1965).then(__webpack_require__.bind(__webpack_require__, 1965));
        const manifest = await loadCliManifest(manifestFile);
        for (const n of names)
            if (!manifest.binaries[n])
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${manifestFile}: no entry "${n}"`);
        const root = toolCacheRoot();
        const found = [];
        const missing = [];
        for (const name of names.length ? names : Object.keys(manifest.binaries)) {
            const t = await resolveTarget({ name, manifest });
            const dir = findTool(root, t.name, t.version, t.platform);
            if (dir)
                found.push({ name, version: t.version, binary: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, t.exe) });
            else
                missing.push(`${name} ${t.version}`);
        }
        let dirs;
        if (values.link) {
            const linkDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(values.link);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(linkDir, { recursive: true });
            for (const f of found)
                await linkInto(linkDir, f.binary);
            dirs = [linkDir];
        }
        else {
            dirs = [...new Set(found.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(f.binary)))];
        }
        const line = !dirs.length
            ? ''
            : shell === 'fish'
                ? `set -gx PATH ${dirs.map(shQuote).join(' ')} $PATH`
                : `export PATH=${dirs.map(shQuote).join(':')}:"$PATH"`;
        if (missing.length)
            out.log.warn(`not ensured yet: ${missing.join(', ')} (run "ghsync ensure --all")`);
        out.result({ path: dirs, line, binaries: found, missing }, () => (line ? [line] : []));
        return missing.length ? 1 : 0;
    },
};
/** DIR/<bin> → the tool cache binary; replaced by a rename so the name is never missing. */
async function linkInto(dir, target) {
    const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target));
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(dest).catch(() => undefined);
    if (st && !st.isSymbolicLink())
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${dest} exists and is not a link: move it away, or choose another --link folder`);
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.ghsync-${process.pid}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(tmp).catch(() => undefined);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.symlink)(target, tmp);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, dest);
}


/***/ })

};
