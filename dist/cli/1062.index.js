export const id = 1062;
export const ids = [1062];
export const modules = {

/***/ 1062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadReplayState: () => (/* binding */ loadReplayState),
/* harmony export */   pruneReplayState: () => (/* binding */ pruneReplayState),
/* harmony export */   saveReplayState: () => (/* binding */ saveReplayState)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/**
 * `ghsync replay --state FILE`: the checkpoint that lets a scheduled replay read only new pages and
 * never act twice on a GUID. It keeps
 * - `newestId`: the newest delivery id a completed run has looked at. The next run stops listing
 *   there (deliveries are listed newest first). It only moves when every GUID the run meant to
 *   redeliver or forward was handled, so one that failed is listed again next time.
 * - `guids`: the GUIDs already settled (redelivered or forwarded: when; seen `OK`: when delivered),
 *   dropped once older than the window (the next completed run's checkpoint is past them by then).
 * It is rewritten (temp file + rename, so a kill never leaves half a file) after each redelivery
 * or forward: a run killed midway and run again skips what it already did.
 */



async function loadReplayState(file, hook) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { hook, newestId: null, guids: {} };
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read the replay state ${file}: ${err.message}`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`the replay state ${file} is not JSON: delete it to start over (the next run then reads the whole --since window)`);
    }
    if (data.hook !== hook)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`the replay state ${file} belongs to ${String(data.hook)}, not ${hook}: use one state file per hook`);
    const newestId = typeof data.newestId === 'number' && Number.isSafeInteger(data.newestId) ? data.newestId : null;
    const guids = {};
    for (const [guid, at] of Object.entries(data.guids ?? {}))
        if (typeof at === 'number')
            guids[guid] = at;
    return { hook, newestId, guids };
}
async function saveReplayState(file, state) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    const temp = `${file}.tmp-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, `${JSON.stringify(state, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, file);
}
/** Forgets GUIDs delivered before the window: they can no longer be listed, so they need no memory. */
function pruneReplayState(state, sinceMs) {
    for (const [guid, at] of Object.entries(state.guids))
        if (at < sinceMs)
            delete state.guids[guid];
}


/***/ })

};
