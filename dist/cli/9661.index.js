export const id = 9661;
export const ids = [9661];
export const modules = {

/***/ 4203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ decompressed)
/* harmony export */ });
/* unused harmony export CHUNK */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9541);
/**
 * A file's bytes, decompressed as they are read, for the tar reader and single-file `.gz`.
 * gzip: node:zlib. zstd: node:zlib where Node has it (22.15+, 24), else fzstd (pure JS, streaming,
 * no native build to ship in the bundle). xz: xz-decompress (liblzma compiled to WebAssembly,
 * streaming; Node has no xz). bzip2: unbzip2-stream (pure JS, streaming). All run on every runner
 * OS and architecture from the one ncc bundle, which a native addon would not.
 */





const CHUNK = 256 * 1024;
/** The file's decompressed bytes as Buffers; a decoder's error ends the iteration as "archive is corrupt". */
async function* decompressed(file, compression) {
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: CHUNK });
    const out = await decoded(source, compression);
    try {
        for await (const chunk of out) {
            yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        }
    }
    catch (err) {
        if (err instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y || err.code === 'ENOENT')
            throw err;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`archive is corrupt (${compression}: ${err.message ?? String(err)})`);
    }
    finally {
        source.destroy();
        out.destroy();
    }
}
async function decoded(source, compression) {
    switch (compression) {
        case 'none':
            return source;
        case 'gzip':
            return piped(source, node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip({ chunkSize: CHUNK }));
        case 'zstd': {
            const native = node_zlib__WEBPACK_IMPORTED_MODULE_2__.createZstdDecompress;
            return piped(source, native ? native({ chunkSize: CHUNK }) : await fzstdTransform());
        }
        case 'bzip2': {
            // A classic `through` stream (no async iteration): piped on into a PassThrough.
            const { default: unbzip2 } = await __webpack_require__.e(/* import() */ 8183).then(__webpack_require__.t.bind(__webpack_require__, 8183, 23));
            const through = unbzip2();
            const out = new node_stream__WEBPACK_IMPORTED_MODULE_1__.PassThrough({ highWaterMark: CHUNK });
            through.on('error', (e) => out.destroy(e));
            source.on('error', (e) => out.destroy(e));
            source.pipe(through).pipe(out);
            return out;
        }
        case 'xz': {
            const { XzReadableStream } = await __webpack_require__.e(/* import() */ 6642).then(__webpack_require__.t.bind(__webpack_require__, 6642, 23));
            const web = node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.toWeb(source);
            return node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.fromWeb(new XzReadableStream(web), { highWaterMark: 1 });
        }
    }
}
/** `source` through `decoder`; an error on either side ends `decoder` with it. */
function piped(source, decoder) {
    (0,node_stream__WEBPACK_IMPORTED_MODULE_1__.pipeline)(source, decoder, () => { });
    return decoder;
}
async function fzstdTransform() {
    const { Decompress } = await __webpack_require__.e(/* import() */ 8339).then(__webpack_require__.bind(__webpack_require__, 8339));
    let push;
    const d = new Decompress((data) => push?.(data));
    return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _enc, done) {
            push = (b) => this.push(Buffer.from(b));
            try {
                d.push(chunk);
                done();
            }
            catch (err) {
                done(err);
            }
        },
        flush(done) {
            push = (b) => this.push(Buffer.from(b));
            try {
                d.push(new Uint8Array(0), true);
                done();
            }
            catch (err) {
                done(err);
            }
        },
    });
}


/***/ }),

/***/ 9661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ checkRelative),
/* harmony export */   Kn: () => (/* binding */ packTarGz),
/* harmony export */   RC: () => (/* binding */ UnsafeEntry),
/* harmony export */   We: () => (/* binding */ Target),
/* harmony export */   cy: () => (/* binding */ createLinks),
/* harmony export */   extractTarGz: () => (/* binding */ extractTarGz),
/* harmony export */   jO: () => (/* binding */ mib),
/* harmony export */   jX: () => (/* binding */ isRoot),
/* harmony export */   lS: () => (/* binding */ expansionLimit),
/* harmony export */   nN: () => (/* binding */ extractTar),
/* harmony export */   tA: () => (/* binding */ linkStaysInside)
/* harmony export */ });
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
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9541);
/* harmony import */ var _decompress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4203);
/**
 * A small streaming tar.gz writer and tar reader (any compression of decompress.ts). Written here rather than spawning
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
                    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${entry.file}: not a regular file`);
                yield* header(name, { mode: entry.mode ?? st.mode & 0o777, size: st.size, mtime, type: '0' });
                let sent = 0;
                for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(entry.file, { highWaterMark: CHUNK })) {
                    sent += chunk.length;
                    yield chunk;
                }
                if (sent !== st.size)
                    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${entry.file}: changed while being packed`);
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
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`tar: value ${value} too large for a ustar header`);
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
    return (raw
        .replace(/\\/g, '/')
        .split('/')
        .every((s) => s === '' || s === '.') && !raw.startsWith('/'));
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
class UnsafeEntry extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y {
    entry;
    constructor(entry, reason, consequence = 'it would land outside the target folder') {
        super(`refusing archive entry "${entry.slice(0, 200)}": it ${reason} (${consequence})`);
        this.entry = entry;
        this.name = 'UnsafeEntry';
    }
}
/** Pulls exact byte counts out of an async chunk stream. */
class ByteReader {
    it;
    limit;
    compressedSize;
    buf = Buffer.alloc(0);
    done = false;
    total = 0;
    constructor(it, 
    /** Decompressed bytes allowed in all; past it the archive is refused as a bomb. */
    limit, compressedSize) {
        this.it = it;
        this.limit = limit;
        this.compressedSize = compressedSize;
    }
    async fill() {
        if (this.done)
            return false;
        const next = await this.it.next();
        if (next.done) {
            this.done = true;
            return false;
        }
        this.total += next.value.length;
        if (this.total > this.limit) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`archive expands past ${mib(this.limit)} (over ${Math.floor(this.limit / Math.max(1, this.compressedSize))}x its ${mib(this.compressedSize)}): refusing it as a decompression bomb`);
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
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is truncated (unexpected end of data)');
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
/**
 * A numeric header field as GNU tar reads it: octal digits (space or NUL padded), or GNU's
 * base-256 for large positive values. Anything else (a sign, a stray character, a negative
 * base-256 value) is a corrupt header, never a number guessed at: a parser that reads a
 * different size than GNU tar extracts a different archive.
 */
function parseOctal(b, off, len) {
    if (b[off] === 0x80) {
        let v = 0;
        for (let i = off + 1; i < off + len; i++)
            v = v * 256 + b[i];
        if (!Number.isSafeInteger(v))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is corrupt (a header number is out of range)');
        return v;
    }
    if (b[off] & 0x80)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is corrupt (a negative header number)');
    const s = b
        .toString('latin1', off, off + len)
        .replace(/\0.*$/s, '')
        .trim();
    if (!/^[0-7]*$/.test(s))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`archive is corrupt (header number "${s.slice(0, 20)}" is not octal)`);
    return s ? parseInt(s, 8) : 0;
}
function mib(bytes) {
    return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(bytes >= 10 << 20 ? 0 : 1)} MiB` : `${bytes} bytes`;
}
/** How far an archive may expand: 20 times its size, and never less than 64 MiB. */
function expansionLimit(compressedSize) {
    return Math.max(64 << 20, compressedSize * 20);
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
 * Where extracted entries go. Every path is created one component at a time from the real root,
 * and a component that already exists must be a real folder: never a link (so nothing is ever
 * written through a link, whatever order the archive's entries come in) and never a file (so a
 * file and a folder of one name is one clear error, not EISDIR). Links are created last.
 */
class Target {
    root;
    before;
    constructor(root, 
    /** Top-level names that were there before, kept when a failed extraction cleans up. */
    before) {
        this.root = root;
        this.before = before;
    }
    static async open(dest) {
        const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dest).then((names) => new Set(names), () => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dest, { recursive: true });
        return new Target(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dest), before);
    }
    /** Creates the folders of `rel` (all of it, or all but its last component) and returns its full path. */
    async folders(rel, includeLast) {
        const parts = rel.split('/');
        const upto = includeLast ? parts.length : parts.length - 1;
        let cur = this.root;
        for (let i = 0; i < upto; i++) {
            cur = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(cur, parts[i]);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(cur).catch(() => undefined);
            const here = parts.slice(0, i + 1).join('/');
            if (!st)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(cur);
            else if (st.isSymbolicLink())
                throw new UnsafeEntry(rel, `passes through the symbolic link "${here}"`);
            else if (!st.isDirectory())
                throw new UnsafeEntry(rel, `needs "${here}" to be a folder, but the archive has a file there`, 'conflicts with another entry');
        }
        return includeLast ? cur : (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(cur, parts[parts.length - 1]);
    }
    /** Makes room for a file or link at `full`: replaces a file, refuses a folder or (`noReplace`) anything. */
    async clear(rel, full, noReplace = false) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full).catch(() => undefined);
        if (!st)
            return;
        if (noReplace)
            throw new UnsafeEntry(rel, 'is a link over an existing entry');
        if (st.isDirectory())
            throw new UnsafeEntry(rel, 'is a file or link where the archive has a folder', 'conflicts with another entry');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(full);
    }
    /** A path already extracted as a regular file, reached without passing through any link. */
    async existingFile(rel, from) {
        const parts = rel.split('/');
        let cur = this.root;
        for (let i = 0; i < parts.length; i++) {
            cur = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(cur, parts[i]);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(cur).catch(() => undefined);
            const last = i === parts.length - 1;
            if (!st || st.isSymbolicLink() || (last ? !st.isFile() : !st.isDirectory())) {
                throw new UnsafeEntry(from, `is a hard link to "${rel}", which is not a file in the archive`);
            }
        }
        return cur;
    }
    /** The real location of a link must be inside the root (checked once every link exists). */
    async checkLink(rel, target) {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(this.root, rel)).catch(() => undefined);
        if (!real || (real !== this.root && !real.startsWith(this.root + node_path__WEBPACK_IMPORTED_MODULE_6__.sep))) {
            throw new UnsafeEntry(rel, `is a symbolic link to "${target}", which ${real ? 'resolves outside the target' : 'points at nothing in the archive'}`);
        }
    }
    /** After a failure: removes everything this extraction created (links are removed, never followed). */
    async discard() {
        if (!this.before) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.root, { recursive: true, force: true });
            return;
        }
        for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.root).catch(() => [])) {
            if (!this.before.has(name))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(this.root, name), { recursive: true, force: true });
        }
    }
}
/**
 * Extracts a .tar.gz into `dest` (created if needed; should be empty). Links are created last,
 * after every file, and only when they resolve inside `dest`; no path is ever created through a
 * link. On any failure, everything the extraction created is removed.
 */
async function extractTarGz(archive, dest, opts = {}) {
    return extractTar(archive, dest, { ...opts, compression: 'gzip' });
}
/** extractTarGz for a tar in any compression: the same rules, the same bomb limit on decompressed bytes. */
async function extractTar(archive, dest, opts) {
    const compressed = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(archive)).size;
    const target = await Target.open(dest);
    const chunks = (0,_decompress_js__WEBPACK_IMPORTED_MODULE_7__/* .decompressed */ .j)(archive, opts.compression);
    const reader = new ByteReader(chunks, opts.maxBytes ?? expansionLimit(compressed), compressed);
    const result = { files: [], sha256: new Map() };
    try {
        const links = await extractEntries(reader, target, result);
        await createLinks(links, target, result);
    }
    catch (err) {
        await target.discard();
        throw err;
    }
    finally {
        await chunks.return(undefined);
    }
    return result;
}
/** Reads every entry: folders and files are written at once, links are collected for later. */
async function extractEntries(reader, target, result) {
    const links = [];
    let pax = {};
    let longName;
    let longLink;
    for (;;) {
        const h = await reader.read(BLOCK);
        if (h.length === 0)
            break; // no end-of-archive marker: accept, as tar does
        if (h.length < BLOCK)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is truncated (partial header)');
        if (h.every((x) => x === 0))
            break;
        const stored = parseOctal(h, 148, 8);
        let sum = 0;
        for (let i = 0; i < BLOCK; i++)
            sum += i >= 148 && i < 156 ? 0x20 : h[i];
        if (stored !== sum)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is corrupt (bad tar header checksum)');
        const type = String.fromCharCode(h[156] || 0x30);
        const size = parseOctal(h, 124, 12);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
            if (size > 1 << 20)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is corrupt (oversized extended header)');
            const data = await reader.read(padded);
            if (data.length < padded)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is truncated');
            const body = data.subarray(0, size);
            if (type === 'x')
                pax = { ...pax, ...parsePax(body) };
            else if (type === 'L')
                longName = cstring(body, 0, body.length);
            else if (type === 'K')
                longLink = cstring(body, 0, body.length);
            continue; // 'g' (global) carries nothing we use
        }
        // Only POSIX ustar ("ustar\0" "00") has a name prefix at 345; GNU's "ustar  \0" keeps
        // access and change times there (tar -G), which must never become part of a path.
        const posix = h.toString('latin1', 257, 265) === 'ustar\u000000';
        const prefix = posix ? cstring(h, 345, 155) : '';
        const rawName = pax.path ?? longName ?? (prefix ? `${prefix}/${cstring(h, 0, 100)}` : cstring(h, 0, 100));
        const linkName = pax.linkpath ?? longLink ?? cstring(h, 157, 100);
        const mode = parseOctal(h, 100, 8);
        pax = {};
        longName = longLink = undefined;
        if (type === 'V') {
            await reader.skip(padded); // a GNU volume label names the archive, not an entry
            continue;
        }
        if ((type === '5' || type === 'D') && isRoot(rawName)) {
            await reader.skip(padded); // `./` itself, as `tar -C dir .` writes
            continue;
        }
        const rel = checkRelative(rawName);
        if (type === '5' || type === 'D') {
            // 'D' is GNU's incremental folder: a folder whose data lists its contents.
            await target.folders(rel, true);
            await reader.skip(padded);
        }
        else if (type === '0' || type === '7') {
            const full = await target.folders(rel, false);
            await target.clear(rel, full);
            // 'wx' is O_CREAT|O_EXCL: it never follows a link at the last component either.
            const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(full, 'wx', (mode & 0o755) | 0o600);
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.createHash)('sha256');
            try {
                for await (const chunk of reader.stream(size)) {
                    hash.update(chunk);
                    await fh.write(chunk);
                }
            }
            finally {
                await fh.close();
            }
            result.sha256.set(rel, hash.digest('hex'));
            await reader.skip(padded - size);
            result.files.push(rel);
        }
        else if (type === '2' || type === '1') {
            const ok = type === '2' ? linkStaysInside(rel, linkName) : isRelativeInside(linkName);
            if (!ok)
                throw new UnsafeEntry(rawName, `is a ${type === '2' ? 'symbolic' : 'hard'} link to "${linkName}"`);
            links.push({ kind: type === '2' ? 'symlink' : 'hardlink', path: rel, target: linkName });
            await reader.skip(padded);
        }
        else {
            throw new UnsafeEntry(rawName, `is a special file (tar type "${type}")`, 'only files, folders and links are extracted');
        }
    }
    return links;
}
/** Hard links first (they name files), then symlinks, then where each symlink really goes. */
async function createLinks(links, target, result) {
    for (const l of links.filter((x) => x.kind === 'hardlink')) {
        const to = checkRelative(l.target);
        const existing = await target.existingFile(to, l.path);
        const full = await target.folders(l.path, false);
        await target.clear(l.path, full);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(existing, full);
        const targetSum = result.sha256.get(to);
        if (targetSum)
            result.sha256.set(l.path, targetSum);
        else
            result.sha256.delete(l.path);
        result.files.push(l.path);
    }
    const symlinks = links.filter((x) => x.kind === 'symlink');
    for (const l of symlinks) {
        // Created one by one, each refusing a parent that is a link: a later link can never be
        // placed through an earlier one, so no link is ever created outside the root.
        const full = await target.folders(l.path, false);
        await target.clear(l.path, full, true);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(l.target, full);
    }
    for (const l of symlinks)
        await target.checkLink(l.path, l.target);
}


/***/ })

};
