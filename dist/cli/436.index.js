export const id = 436;
export const ids = [436];
export const modules = {

/***/ 436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const command = {
    summary: 'release (not implemented yet)',
    usage: 'sync release [options]',
    help: [],
    options: {},
    async run() {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('not implemented yet');
    },
};


/***/ })

};
