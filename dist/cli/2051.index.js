export const id = 2051;
export const ids = [2051];
export const modules = {

/***/ 4920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/**
 * sha256 hex of a file, read through one reused buffer: never the whole file in memory, and no
 * allocation per chunk (a read stream's fresh 64 KiB-1 MiB chunks grew RSS by ~40 MiB over 1 GiB).
 */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(1 << 20);
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (!bytesRead)
                break;
            hash.update(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
        }
    }
    finally {
        await fh.close();
    }
    return hash.digest('hex');
}


/***/ }),

/***/ 9285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ testPause)
/* harmony export */ });
/**
 * A fault point for the kill tests: with SYNC_TEST_PAUSE=<point>, the process says so on stderr and
 * stops itself (SIGSTOP) at that point, so a test can SIGKILL it at exactly that moment without
 * sleeping or racing. Unset in normal use: a no-op.
 */
function testPause(point) {
    if (process.env.SYNC_TEST_PAUSE !== point)
        return;
    process.stderr.write(`ghsync-test: paused at ${point}\n`);
    process.kill(process.pid, 'SIGSTOP');
}


/***/ }),

/***/ 2051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback),
/* harmony export */   unpin: () => (/* binding */ unpin)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9541);
/* harmony import */ var _artifact_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4920);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1822);
/* harmony import */ var _swap_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3036);
/**
 * `rollback NAME`: the previous bytes back at `<dir>/<exe>` (same atomic swap, no token, no
 * network), the replaced ones kept as the new "previous", and the entry pinned so the next watch
 * pass does not undo it until `watch --unpin NAME`.
 */






async function rollback(dir, name) {
    const state = await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .readState */ .un)(dir);
    const e = state.entries[name];
    if (!e)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${name}: not installed in ${dir} by ghsync watch`);
    const prev = (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .previousFile */ .GF)(dir, e.exe);
    if (!e.previous || !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(prev).catch(() => undefined))?.isFile())
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${name}: no previous version kept in ${dir}`);
    // The kept bytes are checked against what was recorded before they go back on PATH.
    const sha = await (0,_artifact_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(prev);
    if (sha !== e.previous.sha256)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${name}: the kept previous binary changed on disk (sha256 ${sha}, recorded ${e.previous.sha256}); not restoring it`);
    const copy = `${prev}.restore`;
    const { copyFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    await copyFile(prev, copy);
    await (0,_swap_js__WEBPACK_IMPORTED_MODULE_4__/* .swapIn */ .z)(dir, e.exe, copy, true);
    const { rm } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    await rm(copy, { force: true });
    state.entries[name] = {
        version: e.previous.version,
        sha256: e.previous.sha256,
        exe: e.exe,
        previous: { version: e.version, sha256: e.sha256 },
        pinned: true,
    };
    await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .writeState */ .Jq)(dir, state);
    return { version: e.previous.version, replaced: e.version, binary: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.exe) };
}
async function unpin(dir, name) {
    const state = await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .readState */ .un)(dir);
    const e = state.entries[name];
    if (!e?.pinned)
        return false;
    delete e.pinned;
    await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .writeState */ .Jq)(dir, state);
    return true;
}


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ previousFile),
/* harmony export */   Hr: () => (/* binding */ fsyncPath),
/* harmony export */   Jq: () => (/* binding */ writeState),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony export stateDir */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * What `watch` knows about an install folder, kept in `<dir>/.ghsync/`: state.json (per entry: the
 * installed version and sha256, the previous one, whether `rollback` pinned it; the ETags of the
 * last answers) and `previous/<bin>` (the bytes `rollback` puts back). Written by rename only.
 */


const stateDir = (dir) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.ghsync');
const previousFile = (dir, exe) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir(dir), 'previous', exe);
async function readState(dir) {
    try {
        const s = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir(dir), 'state.json'), 'utf8'));
        return { entries: s.entries ?? {}, cache: s.cache ?? {} };
    }
    catch {
        return { entries: {}, cache: {} };
    }
}
async function writeState(dir, s) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(stateDir(dir), { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir(dir), 'state.json');
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, `${JSON.stringify(s, null, 2)}\n`);
    await fsyncPath(tmp);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
}
async function fsyncPath(path) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        await fh.sync();
    }
    finally {
        await fh.close();
    }
}


/***/ }),

/***/ 3036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ removeLeftovers),
/* harmony export */   z: () => (/* binding */ swapIn)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1822);
/* harmony import */ var _pause_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9285);
/**
 * Puts a verified binary at `<dir>/<exe>` so that a crash or a kill at any moment leaves the old
 * bytes or the new ones, never a mix: the new bytes go to a temp file in the same folder, are
 * fsynced, and renamed over the name (one atomic step). The old file is first hard-linked to
 * `.ghsync/previous/<exe>` for rollback (same inode, no copy, survives the rename).
 */





async function swapIn(dir, exe, source, keepPrevious) {
    const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, exe);
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `.${exe}.ghsync-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(source, tmp);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(tmp, 0o755);
        await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .fsyncPath */ .Hr)(tmp);
        if (keepPrevious)
            await keep(dest, (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .previousFile */ .GF)(dir, exe));
        (0,_pause_js__WEBPACK_IMPORTED_MODULE_4__/* .testPause */ .d)('swap');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, dest);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
        throw err;
    }
    await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .fsyncPath */ .Hr)(dir).catch(() => undefined); // the rename itself reaches the disk
}
/** `from` → `to` by a hard link (a copy across filesystems), replacing `to` by rename. */
async function keep(from, to) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(to), { recursive: true });
    const tmp = `${to}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.link)(from, tmp);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return; // nothing installed yet
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(from, tmp);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, to);
}
/** Temp files a killed run left behind (never at a binary's own name). */
async function removeLeftovers(dir) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []);
    await Promise.all(names.filter((n) => /^\..+\.ghsync-\d+-[0-9a-f]{8}$/.test(n)).map((n) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n), { force: true })));
}


/***/ })

};
