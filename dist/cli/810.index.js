export const id = 810;
export const ids = [810];
export const modules = {

/***/ 810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   releaseOnMiss: () => (/* binding */ releaseOnMiss)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * After a build or an upstream download (`release-on-miss`): package and upload the binary as release-binary does, so the
 * next run downloads it. A token that may not write (a pull request from a fork) is a warning: the
 * binary is still used.
 */

async function releaseOnMiss({ t, opts, log, workspace, temp }, dir, how = 'built') {
    if (opts.releaseOnMiss === false)
        return undefined;
    if (!t.releaseRepo) {
        log.warn(`${t.name}: ${how} but not released: no release repository (set "release-repo")`);
        return undefined;
    }
    if (!opts.token) {
        log.warn(`${t.name} ${t.version} was ${how} but not released: no token (set "token"); the binary is still used`);
        return undefined;
    }
    return upload(t, dir, { token: opts.token, apiUrl: opts.apiUrl, workspace, tempDir: await temp() }, log, how);
}
async function upload(t, dir, o, log, how) {
    const { packAndPublish } = await __webpack_require__.e(/* import() */ 2270).then(__webpack_require__.bind(__webpack_require__, 9889));
    const { statusOf } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(9573)]).then(__webpack_require__.bind(__webpack_require__, 9573));
    const { HttpStatusError } = await Promise.all(/* import() */[__webpack_require__.e(1498), __webpack_require__.e(2044)]).then(__webpack_require__.bind(__webpack_require__, 1498));
    try {
        // clobber off: if another job released this version meanwhile, theirs stays.
        return await packAndPublish((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, t.exe), t, t.releaseRepo, { ...o, clobber: false }, log);
    }
    catch (err) {
        const status = statusOf(err) ?? (err instanceof HttpStatusError ? err.status : undefined);
        if (status === 401 || status === 403 || status === 404) {
            log.warn(`${t.name} ${t.version} was ${how} but not released to ${t.releaseRepo}: the token may not write releases (${status}${status === 403 ? ', as on a pull request from a fork' : ''}); the binary is still used. Give the workflow "permissions: contents: write" to release it`);
            return undefined;
        }
        throw err;
    }
}


/***/ })

};
