export const id = 95;
export const ids = [95,336];
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
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9541);
/* harmony import */ var _net_gc_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4729);
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
    const collect = (0,_net_gc_js__WEBPACK_IMPORTED_MODULE_7__/* .bulkGc */ .B)();
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
                    collect(CHUNK);
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
async function extractTarGz(archive, dest) {
    const target = await Target.open(dest);
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createGunzip)({ chunkSize: CHUNK });
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(archive, { highWaterMark: CHUNK });
    source.on('error', (e) => gunzip.destroy(e));
    source.pipe(gunzip);
    const reader = new ByteReader(gunzip[Symbol.asyncIterator]());
    const result = { files: [], sha256: new Map() };
    try {
        const links = await extractEntries(reader, target, result);
        await createLinks(links, target, result);
    }
    catch (err) {
        await target.discard();
        const code = err.code;
        if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`archive is corrupt (${err.message})`);
        throw err;
    }
    finally {
        source.destroy();
        gunzip.destroy();
    }
    return result;
}
/** Reads every entry: folders and files are written at once, links are collected for later. */
async function extractEntries(reader, target, result) {
    const collect = (0,_net_gc_js__WEBPACK_IMPORTED_MODULE_7__/* .bulkGc */ .B)();
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
        if (type === '5') {
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
                    collect(chunk.length);
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
            throw new UnsafeEntry(rawName, `is a special file (tar type "${type}"), which is never extracted`);
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


/***/ }),

/***/ 7095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseBundle: () => (/* binding */ releaseBundle)
});

// UNUSED EXPORTS: bundleTag

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/archive/tar.ts
var tar = __webpack_require__(9661);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/manifest/manifest.ts
var manifest_manifest = __webpack_require__(1336);
// EXTERNAL MODULE: ./src/manifest/platform.ts
var manifest_platform = __webpack_require__(9598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/ensure/ensure-all.ts
/**
 * The root action as a library: ensure every manifest entry (or the named ones), `concurrency`
 * at a time. One entry's failure neither stops nor hides the others; the caller gets every
 * outcome and decides how to fail (assertAllEnsured names each failed entry).
 */



/** A Log whose lines say which entry they belong to (entries run interleaved). */
function prefixLog(log, prefix) {
    return {
        info: (m) => log.info(`[${prefix}] ${m}`),
        warn: (m) => log.warn(`[${prefix}] ${m}`),
        debug: (m) => log.debug(`[${prefix}] ${m}`),
        progress: log.progress ? (label, done, total) => log.progress(`[${prefix}] ${label}`, done, total) : undefined,
    };
}
/** Runs `fn` over `items`, at most `limit` at a time, keeping the input order in the results. */
async function pool(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}
async function ensureAll(opts, log) {
    const file = opts.manifestFile || 'versions.yml';
    // A missing file is answered before the YAML parser is even loaded.
    if (!opts.manifest && !(0,external_node_fs_.existsSync)(file))
        throw new errors/* UserError */.y(`${file}: manifest not found (set the "manifest" input, or create versions.yml)`);
    const { toolCacheRoot } = await __webpack_require__.e(/* import() */ 965).then(__webpack_require__.bind(__webpack_require__, 1965));
    const { loadManifestCached } = await __webpack_require__.e(/* import() */ 799).then(__webpack_require__.bind(__webpack_require__, 2180));
    const manifest = opts.manifest ?? (await loadManifestCached(file, opts.manifestCacheDir ?? (0,external_node_path_.join)(opts.toolCache ?? toolCacheRoot(), '.sync-manifests')));
    const all = Object.keys(manifest.binaries);
    const names = opts.names?.length ? [...new Set(opts.names)] : all;
    if (!names.length)
        throw new errors/* UserError */.y(`${manifest.file}: no binaries to ensure`);
    const { ensureBinary } = await __webpack_require__.e(/* import() */ 242).then(__webpack_require__.bind(__webpack_require__, 1242));
    return pool(names, opts.concurrency ?? 4, async (name) => {
        const started = Date.now();
        try {
            const result = await ensureBinary({ ...opts, manifest, name }, prefixLog(log, name));
            return { name, ok: true, result, durationMs: Date.now() - started };
        }
        catch (err) {
            const error = (0,errors/* oneLine */.T)(err);
            log.warn(`[${name}] ${error}`);
            return { name, ok: false, error, durationMs: Date.now() - started };
        }
    });
}
/** Throws one UserError naming every failed entry, or returns the results. */
function assertAllEnsured(outcomes) {
    const failed = outcomes.filter((o) => !o.ok);
    if (failed.length) {
        throw new errors/* UserError */.y(`${failed.length} of ${outcomes.length} binaries failed: ${failed.map((f) => `${f.name} (${f.error})`).join('; ')}`);
    }
    return outcomes.map((o) => o.result);
}

// EXTERNAL MODULE: ./src/releases/publish.ts + 1 modules
var publish = __webpack_require__(3575);
// EXTERNAL MODULE: ./src/manifest/template.ts
var template = __webpack_require__(439);
;// CONCATENATED MODULE: ./src/bundle/bundle.ts
/**
 * Platform bundles (SPEC §5 `bundle:`): on a project tag, every manifest binary for one platform
 * in `<bundle>-<os>-<arch>.tar.gz`, uploaded to that tag's release. Layout: one folder per entry,
 * `<name>/<bin>` and `<name>/.version`, each exactly what that entry's own cache asset unpacks
 * to, so `grep -q "version: X" <name>/.version` works per binary.
 */











function realSha(sha) {
    return sha && /^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? sha : undefined;
}
function bundleTag(given) {
    if (given)
        return given;
    if (process.env.GITHUB_REF_TYPE === 'tag' && process.env.GITHUB_REF_NAME)
        return process.env.GITHUB_REF_NAME;
    throw new errors/* UserError */.y('bundle: this run is not for a tag: run it on a tag push (on: push: tags: ["v*"]) or set "bundle-tag"');
}
async function releaseBundle(opts, log) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(opts.bundle))
        throw new errors/* UserError */.y(`bad bundle name "${opts.bundle}": use letters, digits, ".", "_" and "-"`);
    const tag = bundleTag(opts.tag);
    const repo = opts.repo || process.env.GITHUB_REPOSITORY || '';
    if (!(0,manifest_manifest.isRepoName)(repo))
        throw new errors/* UserError */.y('bundle: no repository for the project release (GITHUB_REPOSITORY)');
    if (!opts.token)
        throw new errors/* UserError */.y('bundle: no token to upload with: set "token"');
    const platform = (0,manifest_platform/* resolvePlatform */.u4)(opts.os || undefined, opts.arch || undefined);
    const manifest = opts.manifest ?? (await (0,manifest_manifest.loadManifest)(opts.manifestFile || 'versions.yml'));
    const outcomes = await ensureAll({ ...opts, manifest }, log);
    const results = assertAllEnsured(outcomes);
    const assetName = `${opts.bundle}-${(0,template/* render */.XX)('{os}-{arch}', { os: platform.os, arch: platform.arch })}.tar.gz`;
    const entries = [];
    for (const r of results) {
        const exe = r.binary.slice(r.dir.length + 1);
        entries.push({ name: `${r.name}/${exe}`, file: r.binary, mode: 0o755 }, { name: `${r.name}/.version`, file: (0,external_node_path_.join)(r.dir, '.version'), mode: 0o644 });
    }
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(opts.tempDir ?? process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'sync-bundle-'));
    try {
        const file = (0,external_node_path_.join)(temp, assetName);
        const packed = await (0,tar/* packTarGz */.Kn)(entries, file);
        log.info(`packed ${results.length} binaries into ${assetName} (${packed.size} bytes)`);
        const gh = (0,client.createClient)({ token: opts.token, apiUrl: opts.apiUrl, warn: (m) => log.warn(m) });
        const done = await (0,publish.publishArchive)({
            gh,
            token: opts.token,
            repo,
            tag,
            assetName,
            file,
            sha256: packed.sha256,
            size: packed.size,
            clobber: opts.clobber ?? true,
            create: { title: opts.title || tag, notes: opts.notes, generateNotes: true, prerelease: opts.prerelease, makeLatest: !opts.prerelease, target: realSha(process.env.GITHUB_SHA) },
            log,
        });
        return {
            tag,
            repo,
            releaseId: done.release.id,
            releaseUrl: done.release.html_url,
            assetName: done.asset.name,
            assetUrl: done.asset.browser_download_url,
            sha256: packed.sha256,
            outcomes,
        };
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 1336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ASSET: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_2__.pW),
/* harmony export */   DEFAULT_TAG: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_2__.fL),
/* harmony export */   isRepoName: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_2__.AW),
/* harmony export */   isRepoRef: () => (/* binding */ isRepoRef),
/* harmony export */   loadManifest: () => (/* binding */ loadManifest),
/* harmony export */   parseManifest: () => (/* binding */ parseManifest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9541);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(439);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6629);






const TOP_KEYS = ['release-repo', 'tag', 'asset', 'binaries'];
const ENTRY_KEYS = ['version', 'bin', 'build', 'workdir', 'download', 'upstream'];
const UPSTREAM_KEYS = ['repo', 'track', 'branch', 'tag-pattern', 'prereleases'];
const TRACKS = ['releases', 'tags', 'commits'];
const GIT_URL = /^(?:https?:\/\/|ssh:\/\/|git:\/\/|file:\/\/|[\w.-]+@[\w.-]+:)\S+$/;
const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** True for `owner/name` or a git URL. */
function isRepoRef(value) {
    return (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isRepoName */ .AW)(value) || GIT_URL.test(value);
}
/** Reads and validates `versions.yml` or `versions.json`. */
async function loadManifest(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(code === 'ENOENT'
            ? `${file}: manifest not found (set the "manifest" input, or create versions.yml)`
            : `${file}: cannot read manifest (${code ?? String(err)})`);
    }
    return parseManifest(text, file);
}
/** Validates manifest text; every error names the file, the entry and the key (and the line). */
function parseManifest(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const shortName = file;
    const fail = (node, where, what) => {
        const at = node?.range ? `:${lines.linePos(node.range[0]).line}` : '';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${shortName}${at}: ${where}${where ? ': ' : ''}${what}`);
    };
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = lines.linePos(e.pos[0]).line;
        const msg = e.message.split('\n')[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${shortName}:${line}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${msg}`);
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        fail(root, '', 'expected a mapping with a "binaries" key');
    const top = root;
    const manifest = { file, tag: '', asset: '', binaries: {} };
    for (const pair of top.items) {
        const key = keyOf(pair);
        if (!TOP_KEYS.includes(key))
            fail(pair.key, `key "${key}"`, `unknown key (allowed: ${TOP_KEYS.join(', ')})`);
    }
    const releaseRepo = top.get('release-repo', true);
    if (releaseRepo !== undefined) {
        const value = stringOf(releaseRepo);
        if (value === undefined || !(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isRepoName */ .AW)(value))
            fail(releaseRepo, 'key "release-repo"', `bad repository name ${show(releaseRepo)}: expected owner/name`);
        manifest.releaseRepo = value;
    }
    for (const key of ['tag', 'asset']) {
        const node = top.get(key, true);
        const fallback = key === 'tag' ? _names_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TAG */ .fL : _names_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_ASSET */ .pW;
        if (node === undefined) {
            manifest[key] = fallback;
            continue;
        }
        const value = stringOf(node);
        if (!value)
            fail(node, `key "${key}"`, 'expected a non-empty template string');
        checkTemplate(value, (msg) => fail(node, `key "${key}"`, msg));
        manifest[key] = value;
    }
    const binaries = top.get('binaries', true);
    if (binaries === undefined)
        fail(top, '', 'missing key "binaries"');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(binaries))
        fail(binaries, 'key "binaries"', 'expected a mapping of entry name to settings');
    for (const pair of binaries.items) {
        const name = keyOf(pair);
        if (!ENTRY_NAME.test(name))
            fail(pair.key, `entry "${name}"`, 'bad entry name: use letters, digits, ".", "_" and "-"');
        manifest.binaries[name] = parseEntry(name, pair, fail);
    }
    return manifest;
}
function parseEntry(name, pair, fail) {
    const node = pair.value;
    const where = (key) => (key ? `entry "${name}", key "${key}"` : `entry "${name}"`);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        fail(node ?? pair.key, where(), 'expected a mapping with at least "version"');
    const map = node;
    for (const item of map.items) {
        const key = keyOf(item);
        if (!ENTRY_KEYS.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${ENTRY_KEYS.join(', ')})`);
    }
    const text = (key, required = false) => {
        const value = map.get(key, true);
        if (value === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) && value.value === null)) {
            if (required)
                fail(map, where(key), 'missing (every entry needs a version)');
            return undefined;
        }
        const s = stringOf(value);
        if (s === undefined || s === '')
            fail(value, where(key), `expected a non-empty string, got ${show(value)}`);
        return s;
    };
    const entry = { name, version: text('version', true), bin: text('bin') ?? name };
    if (/[\s/\\]/.test(entry.version))
        fail(map.get('version', true), where('version'), `bad version "${entry.version}": no spaces or slashes`);
    if (/[/\\]/.test(entry.bin))
        fail(map.get('bin', true), where('bin'), `bad binary name "${entry.bin}": a file name, not a path`);
    const build = text('build');
    if (build)
        entry.build = build;
    const workdir = text('workdir');
    if (workdir)
        entry.workdir = workdir;
    const download = text('download');
    if (download) {
        checkTemplate(download, (msg) => fail(map.get('download', true), where('download'), msg));
        entry.download = download;
    }
    const up = map.get('upstream', true);
    if (up !== undefined)
        entry.upstream = parseUpstream(up, (key) => where(key ? `upstream.${key}` : 'upstream'), fail);
    return entry;
}
function parseUpstream(node, where, fail) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        fail(node, where(), 'expected a mapping with "repo" and "track"');
    const map = node;
    for (const item of map.items) {
        const key = keyOf(item);
        if (!UPSTREAM_KEYS.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${UPSTREAM_KEYS.join(', ')})`);
    }
    const repoNode = map.get('repo', true);
    if (repoNode === undefined)
        fail(map, where('repo'), 'missing');
    const repo = stringOf(repoNode);
    if (!repo || !isRepoRef(repo))
        fail(repoNode, where('repo'), `bad repository ${show(repoNode)}: expected owner/name or a git URL`);
    const trackNode = map.get('track', true);
    const track = (trackNode === undefined ? 'releases' : stringOf(trackNode));
    if (!TRACKS.includes(track))
        fail(trackNode, where('track'), `expected one of ${TRACKS.join(', ')}, got ${show(trackNode)}`);
    const upstream = { repo: repo, track, prereleases: false };
    const branchNode = map.get('branch', true);
    if (branchNode !== undefined) {
        const branch = stringOf(branchNode);
        if (!branch)
            fail(branchNode, where('branch'), 'expected a branch name');
        upstream.branch = branch;
    }
    const patternNode = map.get('tag-pattern', true);
    if (patternNode !== undefined) {
        const pattern = stringOf(patternNode);
        try {
            new RegExp(pattern ?? '');
        }
        catch (err) {
            fail(patternNode, where('tag-pattern'), `not a valid regular expression: ${err.message}`);
        }
        if (!pattern)
            fail(patternNode, where('tag-pattern'), 'expected a regular expression');
        upstream.tagPattern = pattern;
    }
    const preNode = map.get('prereleases', true);
    if (preNode !== undefined) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(preNode) || typeof preNode.value !== 'boolean')
            fail(preNode, where('prereleases'), `expected true or false, got ${show(preNode)}`);
        upstream.prereleases = preNode.value;
    }
    return upstream;
}
function checkTemplate(template, onError) {
    try {
        (0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .placeholdersOf */ .iJ)(template);
    }
    catch (err) {
        onError(err.message);
    }
}
function keyOf(pair) {
    const key = pair.key;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key) ? String(key.value) : String(key);
}
/**
 * A scalar as the user wrote it. Numbers keep their source text, so `version: 1.10`
 * stays "1.10" and a calendar version `2024.11` is not turned into a float.
 */
function stringOf(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node))
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    if (typeof node.value === 'number' || typeof node.value === 'bigint')
        return node.source ?? String(node.value);
    return undefined;
}
function show(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) ? JSON.stringify(node.value) : `a ${(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node) ? 'mapping' : 'list'}`;
}


/***/ }),

/***/ 6629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ isRepoName),
/* harmony export */   Ft: () => (/* binding */ badTagName),
/* harmony export */   fL: () => (/* binding */ DEFAULT_TAG),
/* harmony export */   pW: () => (/* binding */ DEFAULT_ASSET),
/* harmony export */   t_: () => (/* binding */ badFileName)
/* harmony export */ });
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
/**
 * Why `tag` is not a valid tag name, or undefined: git's rules (`git check-ref-format`) and
 * GitHub's (a short name, never a full `refs/...` ref).
 */
function badTagName(tag) {
    if (!tag)
        return 'it is empty';
    if (/^refs\//.test(tag))
        return 'it starts with "refs/" (a tag is named without it)';
    const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(tag);
    if (bad)
        return `it contains ${bad[0].charCodeAt(0) <= 0x20 || bad[0] === '\x7f' ? 'a space or control character' : `"${bad[0]}"`}`;
    if (tag.includes('..'))
        return 'it contains ".."';
    if (tag.includes('@{') || tag === '@')
        return 'it contains "@{" or is "@"';
    if (tag.startsWith('-'))
        return 'it starts with "-"';
    if (tag.startsWith('/') || tag.endsWith('/') || tag.includes('//'))
        return 'it has an empty path component';
    if (tag.endsWith('.'))
        return 'it ends with "."';
    for (const part of tag.split('/')) {
        if (part.startsWith('.'))
            return `its component "${part}" starts with "."`;
        if (part.endsWith('.lock'))
            return `its component "${part}" ends with ".lock"`;
    }
    return undefined;
}
/** Why `name` is not a plain file name (an asset or binary name), or undefined. */
function badFileName(name) {
    if (!name || name === '.' || name === '..')
        return 'it is not a file name';
    if (/[/\\]/.test(name))
        return 'it contains a path separator';
    if (/[\x00-\x1f\x7f]/.test(name))
        return 'it contains a control character';
    return undefined;
}


/***/ }),

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jN: () => (/* binding */ currentPlatform),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   u4: () => (/* binding */ resolvePlatform),
/* harmony export */   uu: () => (/* binding */ exeName)
/* harmony export */ });
/* unused harmony exports toOs, toArch */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

const OS_NAMES = {
    linux: 'linux',
    darwin: 'darwin',
    macos: 'darwin',
    win32: 'windows',
    windows: 'windows',
};
const ARCH_NAMES = {
    x64: 'amd64',
    amd64: 'amd64',
    x86_64: 'amd64',
    arm64: 'arm64',
    aarch64: 'arm64',
};
/** Maps Node's (or Go's) OS name to ours; anything else is a clear error. */
function toOs(name) {
    // Own keys only: `__proto__` or `constructor` must not resolve through the prototype.
    const os = Object.hasOwn(OS_NAMES, name.toLowerCase()) ? OS_NAMES[name.toLowerCase()] : undefined;
    if (!os)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unsupported OS "${name}": expected one of linux, darwin, windows`);
    return os;
}
/** Maps Node's (or Go's) architecture name to ours; anything else is a clear error. */
function toArch(name) {
    const arch = Object.hasOwn(ARCH_NAMES, name.toLowerCase()) ? ARCH_NAMES[name.toLowerCase()] : undefined;
    if (!arch)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unsupported architecture "${name}": expected one of amd64, arm64`);
    return arch;
}
/** The platform this process runs on. */
function currentPlatform(platform = process.platform, arch = process.arch) {
    return { os: toOs(platform), arch: toArch(arch) };
}
/** A platform from optional `os`/`arch` overrides, defaulting to the current one. */
function resolvePlatform(os, arch) {
    const here = currentPlatform();
    return { os: os ? toOs(os) : here.os, arch: arch ? toArch(arch) : here.arch };
}
function samePlatform(a, b) {
    return a.os === b.os && a.arch === b.arch;
}
/** The binary's file name on that OS: `.exe` on Windows. */
function exeName(bin, os) {
    return os === 'windows' && !bin.toLowerCase().endsWith('.exe') ? `${bin}.exe` : bin;
}


/***/ }),

/***/ 439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   iJ: () => (/* binding */ placeholdersOf)
/* harmony export */ });
/* unused harmony export PLACEHOLDERS */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

/** The placeholders a tag or asset template may use. */
const PLACEHOLDERS = ['name', 'version', 'bin', 'os', 'arch'];
const PATTERN = /\{([^{}]*)\}/g;
/** The placeholders named in a template; throws on an unknown one. */
function placeholdersOf(template) {
    const found = [];
    for (const match of template.matchAll(PATTERN)) {
        const key = match[1];
        if (!PLACEHOLDERS.includes(key)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown placeholder {${key}} in "${template}" (allowed: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')})`);
        }
        found.push(key);
    }
    return found;
}
/** Fills a template; an unknown placeholder or one without a value is an error. */
function render(template, vars) {
    placeholdersOf(template);
    return template.replace(PATTERN, (_, key) => {
        const value = vars[key];
        if (value === undefined)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`no value for {${key}} in "${template}"`);
        return value;
    });
}


/***/ })

};
