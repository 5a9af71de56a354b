export const id = 4533;
export const ids = [4533];
export const modules = {

/***/ 4533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3567);


const command = {
    summary: 'put back the previous binary that watch replaced (no token, no network); pins it until watch --unpin',
    usage: 'ghsync rollback NAME --install-dir DIR',
    help: [
        ['NAME', 'the entry to roll back'],
        ['--install-dir DIR', 'the folder ghsync watch installs into (required)'],
    ],
    options: { 'install-dir': { type: 'string' } },
    async run(names, values, out) {
        const [name, ...extra] = names;
        if (!name || extra.length)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('name one entry to roll back');
        if (!values['install-dir'])
            throw new _command_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--install-dir DIR is required');
        const { rollback } = await __webpack_require__.e(/* import() */ 2051).then(__webpack_require__.bind(__webpack_require__, 2051));
        const r = await rollback((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(values['install-dir']), name);
        out.result({ name, version: r.version, replaced: r.replaced, binary: r.binary, pinned: true }, () => [
            `${name}: ${r.replaced} -> ${r.version} at ${r.binary} (pinned: ghsync watch --unpin ${name} to follow again)`,
        ]);
        return 0;
    },
};


/***/ })

};
