export const id = 629;
export const ids = [629];
export const modules = {

/***/ 6629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isRepoName: () => (/* binding */ isRepoName)
/* harmony export */ });
/* unused harmony exports DEFAULT_TAG, DEFAULT_ASSET */
/**
 * The manifest's defaults and repository-name rule without the YAML parser, so code that only
 * needs these (a tool-cache hit) does not load it. manifest.ts re-exports them.
 */
const DEFAULT_TAG = '{name}-{version}';
const DEFAULT_ASSET = '{bin}-{os}-{arch}.tar.gz';
const REPO_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;
/** True for `owner/name`. */
function isRepoName(value) {
    return REPO_NAME.test(value) && !value.endsWith('.git') && !value.includes('..');
}


/***/ })

};
