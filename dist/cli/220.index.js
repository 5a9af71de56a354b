export const id = 220;
export const ids = [220,531];
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

/***/ 1531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   HttpStatusError: () => (/* binding */ HttpStatusError),
/* harmony export */   RG: () => (/* binding */ download),
/* harmony export */   wR: () => (/* binding */ retryBaseMs),
/* harmony export */   x6: () => (/* binding */ fetchJson),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6803);
/* harmony import */ var _gc_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1781);
/**
 * Streamed, verified, retried downloads. The body goes straight to disk while being hashed; a
 * download cut short (length) or corrupted (digest) is retried and never handed on. Redirects are
 * followed by hand so the Authorization header meant for the API never reaches the storage host
 * it redirects to (S3-style storage refuses it, and it must not see the token anyway).
 */








/** Thrown for answers a retry will not change (404, 401, 403 without a rate limit). */
class HttpStatusError extends _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
class Retryable extends Error {
    waitMs;
    constructor(message, waitMs) {
        super(message);
        this.waitMs = waitMs;
    }
}
function retryBaseMs() {
    const v = Number(process.env.SYNC_RETRY_BASE_MS);
    return process.env.SYNC_RETRY_BASE_MS && Number.isFinite(v) && v >= 0 ? v : 1000;
}
function rateUnitMs() {
    const v = Number(process.env.SYNC_RATE_LIMIT_UNIT_MS);
    return process.env.SYNC_RATE_LIMIT_UNIT_MS && Number.isFinite(v) && v >= 0 ? v : 1000;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Where the URL points, without its query (signed URLs carry credentials in the query). */
function redactUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return '(bad URL)';
    }
}
function normalizeDigest(d) {
    if (!d)
        return undefined;
    const m = /^(?:sha256:)?([0-9a-f]{64})$/i.exec(d.trim());
    return m ? m[1].toLowerCase() : undefined;
}
/** Downloads to `dest`, retrying until length and digest match; throws a UserError otherwise. */
async function download(opts) {
    const attempts = opts.attempts ?? 5;
    const want = normalizeDigest(opts.expectedDigest);
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            const got = await once(opts);
            if (opts.expectedSize !== undefined && got.size !== opts.expectedSize) {
                throw new Retryable(`got ${got.size} bytes, expected ${opts.expectedSize}`);
            }
            if (want && got.sha256 !== want) {
                // The right length with the wrong bytes: corrupted on the way, or changed at the source.
                last = `digest mismatch for ${opts.label}: expected sha256:${want}, got sha256:${got.sha256}`;
                if (attempt < attempts) {
                    opts.log.warn(`${last}; downloading again`);
                    continue;
                }
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${last} (the asset was changed or corrupted; delete it from the release so the next run rebuilds it)`);
            }
            return got;
        }
        catch (err) {
            if (!(err instanceof Retryable)) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(opts.dest, { force: true });
                throw err;
            }
            last = err.message;
            if (attempt === attempts)
                break;
            const wait = err.waitMs ?? retryBaseMs() * 2 ** (attempt - 1);
            opts.log.warn(`download of ${opts.label} failed (${last}); retrying in ${Math.round(wait)} ms (attempt ${attempt + 1} of ${attempts})`);
            await sleep(wait);
        }
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(opts.dest, { force: true });
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`download of ${opts.label} failed after ${attempts} attempts: ${last} (check the network and re-run the job)`);
}
async function once(opts) {
    let url = opts.url;
    let headers = { 'user-agent': 'sync-actions', ...opts.headers };
    let res;
    for (let hop = 0; hop < 6; hop++) {
        try {
            res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .httpGet */ .lx)(url, headers);
        }
        catch (err) {
            throw new Retryable(`${redactUrl(url)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err)}`);
        }
        const status = res.statusCode ?? 0;
        const location = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .header */ .wx)(res, 'location');
        if (status >= 300 && status < 400 && location) {
            res.resume();
            url = new URL(location, url).toString();
            // Storage gets nothing of ours but the user agent: no token, no API media type.
            headers = { 'user-agent': 'sync-actions' };
            res = undefined;
            continue;
        }
        break;
    }
    if (!res)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${opts.label}: too many redirects`);
    const status = res.statusCode ?? 0;
    if (status < 200 || status >= 300) {
        const body = await (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .readText */ .yR)(res, 64 * 1024).catch(() => '');
        const retryAfter = Number((0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .header */ .wx)(res, 'retry-after'));
        const remaining = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .header */ .wx)(res, 'x-ratelimit-remaining');
        const reset = Number((0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .header */ .wx)(res, 'x-ratelimit-reset'));
        const what = `${redactUrl(url)} answered ${status}`;
        if (retryAfter > 0)
            throw new Retryable(what, retryAfter * rateUnitMs());
        if ((status === 403 || status === 429) && remaining === '0' && reset > 0) {
            throw new Retryable(`${what} (rate limit)`, Math.max(1, reset - Date.now() / 1000) * rateUnitMs());
        }
        if (status >= 500 || status === 429 || status === 408)
            throw new Retryable(what);
        const detail = /"message"\s*:\s*"([^"]{1,200})"/.exec(body)?.[1] ?? /<Message>([^<]{1,200})</.exec(body)?.[1] ?? '';
        throw new HttpStatusError(status, `${opts.label}: ${what}${detail ? `: ${detail}` : ''}`);
    }
    const declared = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .header */ .wx)(res, 'content-length');
    const total = declared !== undefined ? Number(declared) : opts.expectedSize;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    let lastReport = 0;
    const collect = (0,_gc_js__WEBPACK_IMPORTED_MODULE_6__/* .bulkGc */ .B)();
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            size += chunk.length;
            collect(chunk.length);
            if (opts.log.progress && size - lastReport >= 8 << 20) {
                lastReport = size;
                opts.log.progress(opts.label, size, total);
            }
            done(null, chunk);
        },
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(res, tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(opts.dest, { highWaterMark: 1 << 20 }));
    }
    catch (err) {
        if (err.code === 'ENOSPC')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`no space left on the device writing ${opts.dest}`);
        throw new Retryable(`connection lost after ${size} bytes (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err)})`);
    }
    // node:http ends a response cut short by a closed socket as "aborted", or quietly: check the length.
    if (res.errored || (declared !== undefined && size !== Number(declared)))
        throw new Retryable(`cut short: got ${size} of ${declared ?? '?'} bytes`);
    opts.log.progress?.(opts.label, size, total);
    return { sha256: hash.digest('hex'), size };
}
/** GET a JSON document with the same retries as downloads; undefined on 404. */
async function fetchJson(url, headers, label, log, attempts = 5) {
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        let wait;
        try {
            const res = await fetch(url, { headers: { 'user-agent': 'sync-actions', accept: 'application/vnd.github+json', ...headers } });
            const text = await res.text();
            if (res.status === 404)
                return undefined;
            if (res.ok)
                return JSON.parse(text);
            last = `${redactUrl(url)} answered ${res.status}`;
            const retryAfter = Number(res.headers.get('retry-after'));
            const reset = Number(res.headers.get('x-ratelimit-reset'));
            if (retryAfter > 0)
                wait = retryAfter * rateUnitMs();
            else if (res.headers.get('x-ratelimit-remaining') === '0' && reset > 0)
                wait = Math.max(1, reset - Date.now() / 1000) * rateUnitMs();
            else if (res.status < 500 && res.status !== 429)
                throw new HttpStatusError(res.status, `${label}: ${last}`);
        }
        catch (err) {
            if (err instanceof HttpStatusError)
                throw err;
            if (!last || !(err instanceof SyntaxError))
                last = `${redactUrl(url)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err.cause ?? err)}`;
        }
        if (attempt === attempts)
            break;
        const ms = wait ?? retryBaseMs() * 2 ** (attempt - 1);
        log.warn(`${label}: ${last}; retrying in ${Math.round(ms)} ms`);
        await sleep(ms);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${label}: failed after ${attempts} attempts: ${last} (check the network and re-run the job)`);
}


/***/ }),

/***/ 5220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadUrl: () => (/* binding */ downloadUrl),
/* harmony export */   fetchFromUrl: () => (/* binding */ fetchFromUrl)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9661);
/* harmony import */ var _download_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6495);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5237);
/* harmony import */ var _version_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8134);
/**
 * Layer 4: upstream's own download URL (e.g. its GitHub release). Upstream archives carry no
 * `.version`, so this layer finds the binary in what it got and writes one (commit "unknown").
 */








function downloadUrl(t) {
    return t.download ? (0,_template_js__WEBPACK_IMPORTED_MODULE_5__/* .render */ .XX)(t.download, t.vars) : undefined;
}
/** The first file named `exe` in the tree, shallowest first. */
async function findFile(root, exe, depth = 4) {
    let level = [root];
    for (let d = 0; d <= depth && level.length; d++) {
        const next = [];
        for (const dir of level) {
            for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
                const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
                if (e.isFile() && e.name === exe)
                    return p;
                if (e.isDirectory())
                    next.push(p);
            }
        }
        level = next;
    }
    return undefined;
}
async function fetchFromUrl(t, url, staging, temp, log) {
    const path = new URL(url).pathname;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, 'download');
    const label = `${t.name} download ${url.replace(/\?.*$/, '')}`;
    await (0,_download_js__WEBPACK_IMPORTED_MODULE_3__/* .download */ .RG)({ url, dest: file, label, log });
    let binary;
    if (/\.(tar\.gz|tgz)$/i.test(path)) {
        const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, 'unpacked');
        await (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_2__/* .extractTarGz */ .Ce)(file, out);
        const found = await findFile(out, t.exe);
        if (!found)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${label}: the archive holds no ${t.exe}`);
        binary = found;
    }
    else if (/\.(zip|tar\.xz|txz|tar\.bz2|tar\.zst|tar|gz|xz|7z)$/i.test(path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${label}: only .tar.gz archives or a bare binary can be used as a download URL`);
    }
    else {
        binary = file;
    }
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(binary)).size)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${label}: the binary is empty`);
    const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, t.exe);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(binary, dest);
    if (process.platform !== 'win32')
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dest, 0o755);
    const checksum = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)(dest);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, '.version'), (0,_version_file_js__WEBPACK_IMPORTED_MODULE_7__.formatVersionFile)({ name: t.name, version: t.version, commit: 'unknown', checksum, os: t.platform.os, arch: t.platform.arch, built: (0,_version_file_js__WEBPACK_IMPORTED_MODULE_7__/* .builtNow */ .r5)() }));
    return checksum;
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

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lx: () => (/* binding */ httpGet),
/* harmony export */   nT: () => (/* binding */ postFile),
/* harmony export */   wx: () => (/* binding */ header),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _gc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1781);
/**
 * Bulk transfers over node:http(s) with piped streams, which keep memory flat. Node 20's fetch
 * both held every chunk of a streamed upload until the end (1 GiB upload: 1.1 GiB of memory) and
 * read downloads far ahead of the disk. API calls go through the Octokit client, not this.
 */




async function send(url, method, headers, body) {
    const u = new URL(url);
    // TLS loads on first use (a local or plain-http GitHub Enterprise never needs it).
    const request = u.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23))).request : node_http__WEBPACK_IMPORTED_MODULE_1__.request;
    return new Promise((resolve, reject) => {
        const req = request(u, { method, headers }, resolve);
        req.on('error', reject);
        if (body !== undefined) {
            const collect = (0,_gc_js__WEBPACK_IMPORTED_MODULE_3__/* .bulkGc */ .B)();
            const counted = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(body, { highWaterMark: 1 << 20 }).on('data', (c) => collect(c.length));
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(counted, req).catch(reject);
        }
        else
            req.end();
    });
}
/** GET; the caller consumes (or resumes) the response. Redirects are not followed. */
function httpGet(url, headers) {
    return send(url, 'GET', headers);
}
function header(res, name) {
    const v = res.headers[name.toLowerCase()];
    return Array.isArray(v) ? v.join(', ') : v;
}
async function readText(res, limit = 1 << 20) {
    const chunks = [];
    let n = 0;
    for await (const c of res) {
        n += c.length;
        if (n <= limit)
            chunks.push(c);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** POSTs a file as the body (set content-length in `headers`); answers status and text. */
async function postFile(url, file, headers) {
    const res = await send(url, 'POST', headers, file);
    const text = await readText(res);
    return { status: res.statusCode ?? 0, header: (n) => header(res, n), text };
}


/***/ })

};
