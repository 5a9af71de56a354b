export const id = 106;
export const ids = [106,725];
export const modules = {

/***/ 9661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ extractTarGz),
/* harmony export */   Kn: () => (/* binding */ packTarGz)
/* harmony export */ });
/* unused harmony exports checkRelative, linkStaysInside, UnsafeEntry */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3916);
/* harmony import */ var _gc_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1781);
/**
 * A small streaming tar.gz writer and reader on node:zlib. Written here rather than spawning
 * `tar` so extraction can refuse, entry by entry, anything that would land outside the target
 * folder (absolute paths, `..`, links pointing out, devices), on every OS, with one error message.
 * Neither direction ever holds a whole file in memory.
 */









const BLOCK = 512;
const CHUNK = 256 * 1024;
/** Writes a .tar.gz of the entries to `out`; returns the archive's sha256 and size. */
async function packTarGz(entries, out, opts = {}) {
    const mtime = Math.floor((opts.mtime ?? new Date()).getTime() / 1000);
    const dirs = new Set();
    const collect = (0,_gc_js__WEBPACK_IMPORTED_MODULE_7__/* .bulkGc */ .B)();
    async function* blocks() {
        for (const entry of entries) {
            const name = checkRelative(entry.name);
            // Parent folders first, as tar does, so any extractor recreates them with sane modes.
            const parts = name.split('/');
            for (let i = 1; i < parts.length; i++) {
                const d = parts.slice(0, i).join('/') + '/';
                if (dirs.has(d))
                    continue;
                dirs.add(d);
                yield* header(d, { mode: 0o755, size: 0, mtime, type: '5' });
            }
            if (entry.file !== undefined) {
                const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(entry.file);
                if (!st.isFile())
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${entry.file}: not a regular file`);
                yield* header(name, { mode: entry.mode ?? st.mode & 0o777, size: st.size, mtime, type: '0' });
                let sent = 0;
                for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(entry.file, { highWaterMark: CHUNK })) {
                    sent += chunk.length;
                    collect(CHUNK);
                    yield chunk;
                }
                if (sent !== st.size)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${entry.file}: changed while being packed`);
                if (st.size % BLOCK)
                    yield Buffer.alloc(BLOCK - (st.size % BLOCK));
            }
            else {
                const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data ?? '', 'utf8');
                yield* header(name, { mode: entry.mode ?? 0o644, size: data.length, mtime, type: '0' });
                yield data;
                if (data.length % BLOCK)
                    yield Buffer.alloc(BLOCK - (data.length % BLOCK));
            }
        }
        yield Buffer.alloc(BLOCK * 2);
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.createHash)('sha256');
    let size = 0;
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
        },
    });
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(blocks()), (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createGzip)({ level: opts.level ?? 6, chunkSize: CHUNK }), tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(out));
    return { sha256: hash.digest('hex'), size };
}
function* header(name, o) {
    // Names that do not fit ustar's 100 bytes go in a PAX extended header.
    if (Buffer.byteLength(name) > 100) {
        const record = paxRecord('path', name);
        yield headerBlock('././@PaxHeader', { ...o, type: 'x', size: record.length, mode: 0o644 });
        yield record;
        if (record.length % BLOCK)
            yield Buffer.alloc(BLOCK - (record.length % BLOCK));
    }
    yield headerBlock(name, o);
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let len = Buffer.byteLength(body) + 1;
    while (String(len).length + Buffer.byteLength(body) !== len)
        len = String(len).length + Buffer.byteLength(body);
    return Buffer.from(`${len}${body}`, 'utf8');
}
function headerBlock(name, o) {
    const b = Buffer.alloc(BLOCK);
    b.write(truncateUtf8(name, 100), 0, 'utf8');
    octal(b, 100, 8, o.mode);
    octal(b, 108, 8, 0);
    octal(b, 116, 8, 0);
    octal(b, 124, 12, o.size);
    octal(b, 136, 12, o.mtime);
    b.write(o.type, 156, 'ascii');
    b.write('ustar\u000000', 257, 'binary');
    b.fill(' ', 148, 156);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += b[i];
    b.write(sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 'binary');
    return b;
}
function truncateUtf8(s, max) {
    let out = s;
    while (Buffer.byteLength(out) > max)
        out = out.slice(0, -1);
    return out;
}
function octal(b, off, len, value) {
    const text = value.toString(8);
    if (text.length > len - 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`tar: value ${value} too large for a ustar header`);
    b.write(text.padStart(len - 1, '0') + '\u0000', off, 'binary');
}
/**
 * The entry path, relative and inside the target, with forward slashes; throws on anything that
 * could escape it: an absolute or drive path, a `..` segment, a NUL.
 */
function checkRelative(raw) {
    if (raw.includes('\0'))
        throw new UnsafeEntry(raw, 'contains a NUL byte');
    const p = raw.replace(/\\/g, '/');
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p))
        throw new UnsafeEntry(raw, 'is an absolute path');
    const parts = p.split('/').filter((s) => s !== '' && s !== '.');
    if (parts.includes('..'))
        throw new UnsafeEntry(raw, 'contains ".."');
    if (!parts.length)
        throw new UnsafeEntry(raw, 'is empty');
    return parts.join('/');
}
function isRoot(raw) {
    return raw.replace(/\\/g, '/').split('/').every((s) => s === '' || s === '.') && !raw.startsWith('/');
}
function isRelativeInside(raw) {
    try {
        checkRelative(raw);
        return true;
    }
    catch {
        return false;
    }
}
/** True when a link at `entry` pointing to `target` stays inside the archive root (lexically). */
function linkStaysInside(entry, target) {
    if (!target || target.includes('\0'))
        return false;
    const t = target.replace(/\\/g, '/');
    if (t.startsWith('/') || /^[A-Za-z]:/.test(t))
        return false;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_6__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_6__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_6__.posix.dirname(entry), t));
    return joined !== '..' && !joined.startsWith('../') && !node_path__WEBPACK_IMPORTED_MODULE_6__.posix.isAbsolute(joined);
}
class UnsafeEntry extends _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y {
    entry;
    constructor(entry, reason) {
        super(`refusing archive entry "${entry.slice(0, 200)}": it ${reason} (it would land outside the target folder)`);
        this.entry = entry;
        this.name = 'UnsafeEntry';
    }
}
/** Pulls exact byte counts out of an async chunk stream. */
class ByteReader {
    it;
    buf = Buffer.alloc(0);
    done = false;
    constructor(it) {
        this.it = it;
    }
    async fill() {
        if (this.done)
            return false;
        const next = await this.it.next();
        if (next.done) {
            this.done = true;
            return false;
        }
        this.buf = this.buf.length ? Buffer.concat([this.buf, next.value]) : next.value;
        return true;
    }
    /** Exactly n bytes, or fewer at the end of the stream. */
    async read(n) {
        while (this.buf.length < n && (await this.fill()))
            ;
        const out = this.buf.subarray(0, n);
        this.buf = this.buf.subarray(out.length);
        return out;
    }
    /** n bytes as they arrive, without collecting them. */
    async *stream(n) {
        let left = n;
        while (left > 0) {
            if (!this.buf.length && !(await this.fill()))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is truncated (unexpected end of data)');
            const take = this.buf.subarray(0, Math.min(left, this.buf.length));
            this.buf = this.buf.subarray(take.length);
            left -= take.length;
            yield take;
        }
    }
    async skip(n) {
        for await (const _ of this.stream(n))
            ;
    }
}
function parseOctal(b, off, len) {
    // GNU base-256 for large values.
    if (b[off] & 0x80) {
        let v = 0;
        for (let i = off + 1; i < off + len; i++)
            v = v * 256 + b[i];
        return v;
    }
    const s = b.toString('ascii', off, off + len).replace(/\0.*$/s, '').trim();
    return s ? parseInt(s, 8) : 0;
}
function cstring(b, off, len) {
    const end = b.indexOf(0, off);
    return b.toString('utf8', off, end >= 0 && end < off + len ? end : off + len);
}
function parsePax(data) {
    const out = {};
    let i = 0;
    while (i < data.length) {
        const sp = data.indexOf(0x20, i);
        if (sp < 0)
            break;
        const len = parseInt(data.toString('ascii', i, sp), 10);
        if (!(len > 0))
            break;
        const rec = data.toString('utf8', sp + 1, i + len - 1);
        const eq = rec.indexOf('=');
        if (eq > 0)
            out[rec.slice(0, eq)] = rec.slice(eq + 1);
        i += len;
    }
    return out;
}
/**
 * Extracts a .tar.gz into `dest` (created if needed; should be empty). Links are created last,
 * after every file, and only when they resolve inside `dest`, so nothing is ever written through
 * a link and a link chain cannot lead out.
 */
async function extractTarGz(archive, dest) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dest, { recursive: true });
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dest);
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createGunzip)({ chunkSize: CHUNK });
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(archive, { highWaterMark: CHUNK });
    source.on('error', (e) => gunzip.destroy(e));
    source.pipe(gunzip);
    const reader = new ByteReader(gunzip[Symbol.asyncIterator]());
    const files = [];
    const sums = new Map();
    const collect = (0,_gc_js__WEBPACK_IMPORTED_MODULE_7__/* .bulkGc */ .B)();
    const links = [];
    let pax = {};
    let longName;
    let longLink;
    const inside = (rel) => {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.resolve)(root, rel);
        if (full !== root && !full.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_6__.sep))
            throw new UnsafeEntry(rel, 'resolves outside the target');
        return full;
    };
    try {
        for (;;) {
            const h = await reader.read(BLOCK);
            if (h.length === 0)
                break; // no end-of-archive marker: accept, as tar does
            if (h.length < BLOCK)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is truncated (partial header)');
            if (h.every((x) => x === 0))
                break;
            const stored = parseOctal(h, 148, 8);
            let sum = 0;
            for (let i = 0; i < BLOCK; i++)
                sum += i >= 148 && i < 156 ? 0x20 : h[i];
            if (stored !== sum)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is corrupt (bad tar header checksum)');
            const type = String.fromCharCode(h[156] || 0x30);
            const size = parseOctal(h, 124, 12);
            const padded = Math.ceil(size / BLOCK) * BLOCK;
            if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
                if (size > 1 << 20)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is corrupt (oversized extended header)');
                const data = await reader.read(padded);
                if (data.length < padded)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is truncated');
                const body = data.subarray(0, size);
                if (type === 'x')
                    pax = { ...pax, ...parsePax(body) };
                else if (type === 'L')
                    longName = cstring(body, 0, body.length);
                else if (type === 'K')
                    longLink = cstring(body, 0, body.length);
                continue; // 'g' (global) carries nothing we use
            }
            const magic = h.toString('ascii', 257, 262);
            const prefix = magic === 'ustar' ? cstring(h, 345, 155) : '';
            const rawName = pax.path ?? longName ?? (prefix ? `${prefix}/${cstring(h, 0, 100)}` : cstring(h, 0, 100));
            const linkName = pax.linkpath ?? longLink ?? cstring(h, 157, 100);
            const mode = parseOctal(h, 100, 8);
            pax = {};
            longName = longLink = undefined;
            if (type === '5' && isRoot(rawName)) {
                await reader.skip(padded); // `./` itself, as `tar -C dir .` writes
                continue;
            }
            const rel = checkRelative(rawName);
            const full = inside(rel);
            if (type === '5') {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(full, { recursive: true });
                await reader.skip(padded);
            }
            else if (type === '0' || type === '7') {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.dirname)(full), { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full).then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(full), () => { });
                const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(full, 'wx', (mode & 0o755) | 0o600);
                const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.createHash)('sha256');
                try {
                    for await (const chunk of reader.stream(size)) {
                        hash.update(chunk);
                        await fh.write(chunk);
                        collect(chunk.length);
                    }
                }
                finally {
                    await fh.close();
                }
                sums.set(rel, hash.digest('hex'));
                await reader.skip(padded - size);
                files.push(rel);
            }
            else if (type === '2' || type === '1') {
                const ok = type === '2' ? linkStaysInside(rel, linkName) : isRelativeInside(linkName);
                if (!ok)
                    throw new UnsafeEntry(rawName, `is a ${type === '2' ? 'symbolic' : 'hard'} link to "${linkName}"`);
                links.push({ kind: type === '2' ? 'symlink' : 'hardlink', path: rel, target: linkName });
                await reader.skip(padded);
            }
            else {
                throw new UnsafeEntry(rawName, `is a special file (tar type "${type}"), which is never extracted`);
            }
        }
        // Hard links first (they name files), then symlinks, then check where each symlink really goes.
        for (const l of links.filter((x) => x.kind === 'hardlink')) {
            const target = inside(checkRelative(l.target));
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(target).catch(() => undefined);
            if (!st?.isFile())
                throw new UnsafeEntry(l.path, `is a hard link to "${l.target}", which is not a file in the archive`);
            const full = inside(l.path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.dirname)(full), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(full).catch(() => { });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(target, full);
            const targetSum = sums.get(checkRelative(l.target));
            if (targetSum)
                sums.set(l.path, targetSum);
            else
                sums.delete(l.path);
            files.push(l.path);
        }
        for (const l of links.filter((x) => x.kind === 'symlink')) {
            const full = inside(l.path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.dirname)(full), { recursive: true });
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full).then(() => true, () => false))
                throw new UnsafeEntry(l.path, 'is a link over an existing entry');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(l.target, full);
        }
        for (const l of links.filter((x) => x.kind === 'symlink')) {
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(root, l.path)).catch(() => undefined);
            if (!real || (real !== root && !real.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_6__.sep))) {
                throw new UnsafeEntry(l.path, `is a symbolic link to "${l.target}", which ${real ? 'resolves outside the target' : 'points at nothing in the archive'}`);
            }
        }
    }
    catch (err) {
        if (err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`archive is corrupt (${err.message})`);
        }
        throw err;
    }
    finally {
        source.destroy();
        gunzip.destroy();
    }
    return { files, sha256: sums };
}


/***/ }),

/***/ 1781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ bulkGc)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Prompt young-generation GCs during bulk transfers. Each streamed chunk is a small JS object
 * holding a large off-heap buffer; V8 only scavenges when its new space fills with JS objects,
 * so a GiB of finished chunks piles up first (measured: +40 MiB RSS per streaming phase, flat
 * at +15 MiB with a minor GC every 8 MiB, same speed). The runtime gives actions no flags, so the
 * gc function is obtained the way Node's docs show (--expose-gc set at runtime, read from a fresh
 * context). Anything unavailable makes this a no-op.
 */


let gc;
function gcFunction() {
    if (gc !== undefined)
        return gc;
    try {
        (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--expose-gc');
        gc = (0,node_vm__WEBPACK_IMPORTED_MODULE_1__.runInNewContext)('gc');
        (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--no-expose-gc');
    }
    catch {
        gc = null;
    }
    return gc;
}
const STEP = 8 << 20;
/** Counts bytes; every 8 MiB asks for a minor GC. One per stream. */
function bulkGc() {
    let since = 0;
    return (bytes) => {
        since += bytes;
        if (since < STEP)
            return;
        since = 0;
        try {
            gcFunction()?.({ type: 'minor' });
        }
        catch {
            gc = null;
        }
    };
}


/***/ }),

/***/ 6495:
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

/***/ 4106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   locateBinary: () => (/* binding */ locateBinary),
/* harmony export */   packBinary: () => (/* binding */ packBinary),
/* harmony export */   sourceCommit: () => (/* binding */ sourceCommit),
/* harmony export */   versionInfoFor: () => (/* binding */ versionInfoFor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1243);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6495);
/* harmony import */ var _version_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8134);
/**
 * Packing a binary the way SPEC §3 lays it out: `<bin>` and `.version` at the top of a .tar.gz,
 * so `tar xzf asset -C dir && grep -q "version: X" dir/.version` works as in the seeds.
 */







/** The binary's path given a file or a folder holding it. */
async function locateBinary(path, exe) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!st)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${path}: not found (set "path" to the binary, or a folder holding ${exe})`);
    if (st.isFile())
        return path;
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, exe);
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(inside).catch(() => undefined))?.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${path}: no ${exe} in that folder`);
    return inside;
}
/** The commit a binary was built from: the source's HEAD, else the workspace's, else GITHUB_SHA. */
async function sourceCommit(...dirs) {
    for (const d of dirs) {
        if (!d)
            continue;
        const sha = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .headSha */ .xF)(d);
        if (sha)
            return sha;
    }
    return process.env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(process.env.GITHUB_SHA) ? process.env.GITHUB_SHA : 'unknown';
}
/**
 * The `.version` for a binary: the one already beside it when it describes this very binary
 * (same name, version, checksum: it keeps its original commit and build time), else a new one.
 */
async function versionInfoFor(binary, t, commit) {
    const checksum = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)(binary);
    const beside = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(binary, '..', _version_file_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION_FILE */ .mf), 'utf8').catch(() => undefined);
    const old = beside ? (0,_version_file_js__WEBPACK_IMPORTED_MODULE_6__/* .parseVersionFile */ .Sz)(beside) : {};
    const reuse = old.version === t.version && old.checksum === checksum && (!old.name || old.name === t.name);
    return {
        name: t.name,
        version: t.version,
        commit: reuse && old.commit ? old.commit : await commit(),
        checksum,
        os: t.platform.os,
        arch: t.platform.arch,
        built: reuse && old.built ? old.built : (0,_version_file_js__WEBPACK_IMPORTED_MODULE_6__/* .builtNow */ .r5)(),
    };
}
/** Packs binary + `.version` into `out`. */
async function packBinary(binary, info, exe, out) {
    const entries = [
        { name: exe, file: binary, mode: 0o755 },
        { name: _version_file_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION_FILE */ .mf, data: (0,_version_file_js__WEBPACK_IMPORTED_MODULE_6__.formatVersionFile)(info) },
    ];
    // The build time as every entry's mtime: the same binary and .version always pack to the same bytes.
    const built = Date.parse(info.built);
    return (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_2__/* .packTarGz */ .Kn)(entries, out, { mtime: Number.isFinite(built) ? new Date(built) : undefined });
}


/***/ }),

/***/ 8134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ parseVersionFile),
/* harmony export */   formatVersionFile: () => (/* binding */ formatVersionFile),
/* harmony export */   mf: () => (/* binding */ VERSION_FILE),
/* harmony export */   r5: () => (/* binding */ builtNow)
/* harmony export */ });
const VERSION_FILE = '.version';
const KEYS = ['name', 'version', 'commit', 'checksum', 'os', 'arch', 'built'];
function formatVersionFile(info) {
    return KEYS.map((k) => `${k}: ${info[k]}`).join('\n') + '\n';
}
/** Parses a `.version` file; unknown keys are ignored, missing ones are undefined. */
function parseVersionFile(text) {
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^([a-z]+):\s*(.*?)\s*$/.exec(line);
        if (m && KEYS.includes(m[1]) && !(m[1] in out))
            out[m[1]] = m[2];
    }
    return out;
}
/** ISO time without milliseconds, as in SPEC §3. */
function builtNow(now = new Date()) {
    return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ })

};
