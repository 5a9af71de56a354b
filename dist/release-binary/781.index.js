export const id = 781;
export const ids = [781];
export const modules = {

/***/ 3781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractZip: () => (/* binding */ extractZip)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(663);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9541);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9661);
/**
 * .zip extraction with yauzl (reads the central directory, streams each entry, checks sizes and
 * CRCs, supports zip64), under the same rules as the tar reader: every path goes through
 * checkRelative and the Target (folders made one component at a time, never through a link),
 * links are created last and only when they stay inside, special files are refused, and the
 * total written is capped by expansionLimit as a decompression bomb.
 */





const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** A symlink's target is its content: never more than a path. */
const MAX_LINK = 4096;
function openZip(file) {
    return new Promise((resolve, reject) => yauzl__WEBPACK_IMPORTED_MODULE_2__.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) => err ? reject(err) : resolve(zip)));
}
/** yauzl's own path checks, said the way ours are. */
function zipError(err) {
    if (err instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y)
        return err;
    const msg = err?.message ?? String(err);
    let m = /^absolute path: (.*)$/s.exec(msg);
    if (m)
        return new _tar_js__WEBPACK_IMPORTED_MODULE_3__/* .UnsafeEntry */ .RC(m[1], 'is an absolute path');
    m = /^invalid relative path: (.*)$/s.exec(msg);
    if (m)
        return new _tar_js__WEBPACK_IMPORTED_MODULE_3__/* .UnsafeEntry */ .RC(m[1], 'contains ".."');
    if (err?.code)
        return err;
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`archive is corrupt (zip: ${msg})`);
}
/** Extracts a .zip into `dest` with the tar reader's rules; on any failure removes what it created. */
async function extractZip(archive, dest, opts = {}) {
    const compressed = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(archive)).size;
    const limit = opts.maxBytes ?? (0,_tar_js__WEBPACK_IMPORTED_MODULE_3__/* .expansionLimit */ .lS)(compressed);
    const target = await _tar_js__WEBPACK_IMPORTED_MODULE_3__/* .Target */ .We.open(dest);
    const result = { files: [], sha256: new Map() };
    let zip;
    try {
        zip = await openZip(archive);
        const links = [];
        let total = 0;
        const count = (n) => {
            total += n;
            if (total > limit) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`archive expands past ${(0,_tar_js__WEBPACK_IMPORTED_MODULE_3__/* .mib */ .jO)(limit)} (over ${Math.floor(limit / Math.max(1, compressed))}x its ${(0,_tar_js__WEBPACK_IMPORTED_MODULE_3__/* .mib */ .jO)(compressed)}): refusing it as a decompression bomb`);
            }
        };
        for (;;) {
            const entry = await nextEntry(zip);
            if (!entry)
                break;
            const unix = entry.versionMadeBy >> 8 === 3;
            const kind = unix ? (entry.externalFileAttributes >>> 16) & S_IFMT : 0;
            const mode = unix ? (entry.externalFileAttributes >>> 16) & 0o777 : 0o644;
            const isDir = entry.fileName.endsWith('/') || kind === S_IFDIR;
            if (isDir && (0,_tar_js__WEBPACK_IMPORTED_MODULE_3__/* .isRoot */ .jX)(entry.fileName))
                continue;
            const rel = (0,_tar_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRelative */ .Bp)(entry.fileName);
            if (isDir) {
                await target.folders(rel, true);
            }
            else if (kind === S_IFLNK) {
                if (entry.uncompressedSize > MAX_LINK)
                    throw new _tar_js__WEBPACK_IMPORTED_MODULE_3__/* .UnsafeEntry */ .RC(entry.fileName, 'is a symbolic link with an oversized target');
                const chunks = [];
                for await (const c of await readStream(zip, entry))
                    chunks.push(c);
                const to = Buffer.concat(chunks).toString('utf8');
                if (!(0,_tar_js__WEBPACK_IMPORTED_MODULE_3__/* .linkStaysInside */ .tA)(rel, to))
                    throw new _tar_js__WEBPACK_IMPORTED_MODULE_3__/* .UnsafeEntry */ .RC(entry.fileName, `is a symbolic link to "${to}"`);
                links.push({ kind: 'symlink', path: rel, target: to });
            }
            else if (kind === 0 || kind === S_IFREG) {
                count(0);
                if (entry.uncompressedSize > limit)
                    count(entry.uncompressedSize); // says "bomb" before writing a byte
                const full = await target.folders(rel, false);
                await target.clear(rel, full);
                const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(full, 'wx', (mode & 0o755) | 0o600);
                const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
                try {
                    for await (const chunk of await readStream(zip, entry)) {
                        count(chunk.length);
                        hash.update(chunk);
                        await fh.write(chunk);
                    }
                }
                finally {
                    await fh.close();
                }
                result.sha256.set(rel, hash.digest('hex'));
                result.files.push(rel);
            }
            else {
                throw new _tar_js__WEBPACK_IMPORTED_MODULE_3__/* .UnsafeEntry */ .RC(entry.fileName, `is a special file (mode ${kind.toString(8)})`, 'only files, folders and links are extracted');
            }
        }
        await (0,_tar_js__WEBPACK_IMPORTED_MODULE_3__/* .createLinks */ .cy)(links, target, result);
    }
    catch (err) {
        await target.discard();
        throw zipError(err);
    }
    finally {
        zip?.close();
    }
    return result;
}
function nextEntry(zip) {
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            zip.off('entry', onEntry);
            zip.off('end', onEnd);
            zip.off('error', onError);
        };
        const onEntry = (e) => (cleanup(), resolve(e));
        const onEnd = () => (cleanup(), resolve(undefined));
        const onError = (e) => (cleanup(), reject(e));
        zip.on('entry', onEntry);
        zip.on('end', onEnd);
        zip.on('error', onError);
        zip.readEntry();
    });
}
function readStream(zip, entry) {
    return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
}


/***/ })

};
