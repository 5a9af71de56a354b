export const id = 555;
export const ids = [555];
export const modules = {

/***/ 7555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DownloadRefused: () => (/* binding */ DownloadRefused),
  downloadLayer: () => (/* binding */ downloadLayer),
  downloadUrl: () => (/* binding */ downloadUrl),
  fetchFromUrl: () => (/* binding */ fetchFromUrl)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/archive/decompress.ts + 1 modules
var decompress = __webpack_require__(8126);
// EXTERNAL MODULE: ./src/archive/tar.ts
var tar = __webpack_require__(9661);
;// CONCATENATED MODULE: ./src/archive/formats.ts
/**
 * The formats upstreams publish binaries in (SPEC §2 "Upstream downloads") and how each is
 * unpacked: tars in any compression by our tar reader, zips by zip.ts, a lone `.gz` decompressed
 * to one file, `raw` the binary itself. Every one streams and has the same bomb limit.
 */







const TAR_COMPRESSION = {
    'tar.gz': 'gzip',
    tgz: 'gzip',
    'tar.xz': 'xz',
    txz: 'xz',
    'tar.bz2': 'bzip2',
    'tar.zst': 'zstd',
    tar: 'none',
};
/**
 * Unpacks `file` into `dest`. `name` is the downloaded file's name: a raw file keeps it, a lone
 * .gz gets it without `.gz`. Returns the files written (relative) with their sha256.
 */
async function unpack(file, format, dest, name, opts = {}) {
    const compression = TAR_COMPRESSION[format];
    if (compression)
        return (0,tar/* extractTar */.nN)(file, dest, { compression, maxBytes: opts.maxBytes });
    if (format === 'zip') {
        const { extractZip } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(781)]).then(__webpack_require__.bind(__webpack_require__, 3781));
        return extractZip(file, dest, opts);
    }
    await (0,promises_.mkdir)(dest, { recursive: true });
    if (format === 'raw') {
        // The download is the binary: moved, not copied (its sha256 is taken when it is staged).
        await (0,promises_.rename)(file, (0,external_node_path_.join)(dest, name));
        return { files: [name], sha256: new Map() };
    }
    // gz: one file.
    const base = name.replace(/\.gz$/i, '') || 'download';
    const out = (0,external_node_path_.join)(dest, base);
    const compressed = (await (0,promises_.stat)(file)).size;
    const limit = opts.maxBytes ?? (0,tar/* expansionLimit */.lS)(compressed);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let total = 0;
    const fh = await (0,promises_.open)(out, 'wx', 0o755);
    try {
        for await (const chunk of (0,decompress/* decompressed */.j)(file, 'gzip')) {
            total += chunk.length;
            if (total > limit)
                throw new errors/* UserError */.y(`archive expands past ${(0,tar/* mib */.jO)(limit)}: refusing it as a decompression bomb`);
            hash.update(chunk);
            await fh.write(chunk);
        }
    }
    catch (err) {
        await fh.close();
        await (0,promises_.rm)(out, { force: true });
        throw err;
    }
    await fh.close();
    return { files: [base], sha256: new Map([[base, hash.digest('hex')]]) };
}

// EXTERNAL MODULE: ./src/net/download.ts + 1 modules
var download = __webpack_require__(1498);
// EXTERNAL MODULE: ./src/artifact/hash.ts
var hash = __webpack_require__(4920);
// EXTERNAL MODULE: ./src/artifact/version-file.ts
var version_file = __webpack_require__(9753);
// EXTERNAL MODULE: ./src/archive/format-names.ts
var format_names = __webpack_require__(9070);
// EXTERNAL MODULE: ./src/manifest/template.ts
var manifest_template = __webpack_require__(439);
;// CONCATENATED MODULE: ./src/ensure/download/plan.ts
/**
 * One platform's download, worked out from the entry's `download` (SPEC §2 "Upstream
 * downloads"): the first matching override applied, upstream's spelling of os/arch put into
 * `{os}`/`{arch}`, the format known (given, else from the URL's file name), every template filled.
 */



function planDownload(t) {
    const spec = t.download;
    if (!spec)
        return undefined;
    const { os, arch } = t.platform;
    const o = spec.overrides?.find((x) => (!x.os || x.os === os) && (!x.arch || x.arch === arch));
    const replacements = { ...spec.replacements, ...o?.replacements };
    const urlTemplate = o?.url ?? spec.url;
    const vars = { ...t.vars, os: replacements[os] ?? os, arch: replacements[arch] ?? arch };
    const fill = (template) => (0,manifest_template/* render */.XX)(template, vars, manifest_template/* DOWNLOAD_PLACEHOLDERS */.q2);
    let format = o?.format ?? spec.format;
    if (!format) {
        if ((0,manifest_template/* placeholdersOf */.iJ)(urlTemplate, manifest_template/* DOWNLOAD_PLACEHOLDERS */.q2).includes('ext')) {
            throw new errors/* UserError */.y(`${t.name}: download url "${urlTemplate}" uses {ext}, which needs "format" (tar.gz, zip...) for ${os}/${arch}`);
        }
        format = (0,format_names/* formatFromName */.RE)(fileNameOf(fill(urlTemplate)));
    }
    vars.ext = (0,format_names/* extensionOf */.je)(format);
    const url = fill(urlTemplate);
    const fileName = fileNameOf(url);
    const path = o?.path ?? spec.path;
    const checksum = o && 'checksum' in o ? o.checksum : spec.checksum;
    return {
        url,
        fileName,
        format,
        path: path === undefined ? undefined : fill(path),
        checksum: plannedChecksum(t, checksum, fill, !!o && o.checksum === false),
    };
}
function plannedChecksum(t, c, fill, byOverride) {
    const platform = `${t.platform.os}-${t.platform.arch}`;
    if (c === false)
        return { kind: 'off', why: byOverride ? `checksum: false in the override for ${platform}` : 'checksum: false' };
    if (!c)
        return { kind: 'none' };
    if ('url' in c)
        return { kind: 'url', url: fill(c.url) };
    const pinned = Object.hasOwn(c.sha256, platform) ? c.sha256[platform] : undefined;
    if (!pinned) {
        throw new errors/* UserError */.y(`${t.name} ${t.version}: no pinned sha256 for ${platform} under download.checksum.sha256 (it has ${Object.keys(c.sha256).join(', ') || 'none'}): add the upstream file's sha256 for ${platform}, refusing to download it unchecked`);
    }
    return { kind: 'pinned', sha256: pinned };
}
function fileNameOf(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* UserError */.y(`download url "${url}" is not a URL`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        throw new errors/* UserError */.y(`download url "${url}": only http and https are fetched`);
    const last = u.pathname.split('/').pop() ?? '';
    const name = decodeURIComponent(last);
    return name && !/[/\\]/.test(name) && name !== '..' && name !== '.' ? name : 'download';
}

;// CONCATENATED MODULE: ./src/ensure/download/checksum.ts
/**
 * The hash a download must have: from a checksum file (one hash, or `<hash>  <name>` lines as
 * sha256sum, goreleaser's checksums.txt and SHA256SUMS write them; BSD `SHA256 (name) = hash` too),
 * sha256 or sha512 by the hash's length.
 */

const HEX = /^(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$/;
function algorithmOf(hex) {
    return hex.length === 64 ? 'sha256' : 'sha512';
}
/** The hash for `fileName` in a checksum file's text; a refusal (one line) when there is none. */
function hashFromChecksumFile(text, fileName, what) {
    const named = new Map();
    const bare = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const bsd = /^(SHA256|SHA512) \((.+)\) ?= ?([0-9a-fA-F]+)$/.exec(line);
        if (bsd && HEX.test(bsd[3])) {
            named.set(baseName(bsd[2]), bsd[3].toLowerCase());
            continue;
        }
        const [hash, ...rest] = line.split(/\s+/);
        if (!HEX.test(hash))
            continue;
        if (rest.length)
            named.set(baseName(rest.join(' ').replace(/^\*/, '')), hash.toLowerCase());
        else
            bare.push(hash.toLowerCase());
    }
    const mine = named.get(fileName);
    if (mine)
        return { algorithm: algorithmOf(mine), hex: mine };
    if (!named.size && bare.length === 1)
        return { algorithm: algorithmOf(bare[0]), hex: bare[0] };
    if (!named.size && !bare.length)
        throw new errors/* UserError */.y(`${what} holds no sha256 or sha512 hash: refusing ${fileName}`);
    throw new errors/* UserError */.y(`${what} has no line for ${fileName}: refusing it (the checksums file names ${[...named.keys()].slice(0, 5).join(', ') || 'no file'})`);
}
function baseName(name) {
    return name.trim().replace(/^\.\//, '').split('/').pop() ?? name;
}

;// CONCATENATED MODULE: ./src/ensure/download/pick.ts
/**
 * Which unpacked file is the binary (SPEC §2): the `path` given, else the one regular file named
 * `{bin}{exe}`, an executable one preferred; more than one is an error listing them, never a guess.
 */




/** Returns the binary's path relative to `root`. */
async function pickBinary(root, files, exe, path, what) {
    const regular = async (rel) => (await (0,promises_.lstat)((0,external_node_path_.join)(root, rel)).catch(() => undefined))?.isFile() ?? false;
    if (path !== undefined) {
        const rel = (0,tar/* checkRelative */.Bp)(path);
        if (!(await regular(rel)))
            throw new errors/* UserError */.y(`${what}: download.path "${path}" is not a file in it (it holds ${listed(files)})`);
        return rel;
    }
    const lower = exe.toLowerCase();
    const named = [];
    for (const f of files)
        if (external_node_path_.posix.basename(f).toLowerCase() === lower && (await regular(f)))
            named.push(f);
    if (named.length === 1)
        return named[0];
    if (!named.length)
        throw new errors/* UserError */.y(`${what}: no file named ${exe} in it (it holds ${listed(files)}): set download.path to the binary`);
    const executable = [];
    for (const f of named)
        if (((await (0,promises_.lstat)((0,external_node_path_.join)(root, f))).mode & 0o111) !== 0)
            executable.push(f);
    if (executable.length === 1)
        return executable[0];
    throw new errors/* UserError */.y(`${what}: ${named.length} files named ${exe} in it (${named.sort().join(', ')}): set download.path to the binary, refusing to guess`);
}
function listed(files) {
    const sorted = [...files].sort();
    return sorted.length ? sorted.slice(0, 8).join(', ') + (sorted.length > 8 ? `, and ${sorted.length - 8} more` : '') : 'no files';
}

// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(9573);
// EXTERNAL MODULE: ./src/releases/api.ts
var releases_api = __webpack_require__(310);
;// CONCATENATED MODULE: ./src/ensure/download/digest.ts
/**
 * When a download URL is a release asset on the GitHub this runs against
 * (`<server>/<owner>/<repo>/releases/download/<tag>/<name>`), the API's asset `digest`
 * (`sha256:<hex>`) is what the asset must hash to, whatever else says so too.
 */



/** The release asset a URL names on this GitHub host, if it names one. */
function releaseAssetOf(url, serverUrl = (0,client/* serverUrlFromEnv */.eN)()) {
    let u;
    let server;
    try {
        u = new URL(url);
        server = new URL(serverUrl);
    }
    catch {
        return undefined;
    }
    if (u.origin !== server.origin || u.search)
        return undefined;
    const base = server.pathname.replace(/\/+$/, '');
    if (!u.pathname.startsWith(`${base}/`))
        return undefined;
    const m = /^\/([^/]+)\/([^/]+)\/releases\/download\/(.+)\/([^/]+)$/.exec(u.pathname.slice(base.length));
    if (!m)
        return undefined;
    try {
        return { repo: `${m[1]}/${m[2]}`, tag: decodeURIComponent(m[3]), name: decodeURIComponent(m[4]) };
    }
    catch {
        return undefined;
    }
}
/** The asset's `sha256` hex from the API, or undefined (not found, no digest, not readable). */
async function assetDigest(ref, o) {
    const api = (o.apiUrl ?? (0,client/* apiUrlFromEnv */.R7)()).replace(/\/+$/, '');
    try {
        // The one API client (SPEC §12), anonymous without a token; fewer retries: the digest is a bonus check.
        const gh = (0,client.createClient)({ token: o.token, apiUrl: api, retries: 2, warn: (m) => o.log.debug(m) });
        const rel = await (0,releases_api/* findRelease */.dv)(gh, ref.repo, ref.tag);
        const asset = rel?.assets?.find((a) => a.name === ref.name);
        const m = /^sha256:([0-9a-f]{64})$/i.exec(asset?.digest ?? '');
        if (!m)
            o.log.debug(`${ref.repo} ${ref.tag} ${ref.name}: the API gives no digest for it`);
        return m?.[1].toLowerCase();
    }
    catch (err) {
        o.log.debug(`${ref.repo} ${ref.tag} ${ref.name}: no digest from the API (${(0,errors/* oneLine */.T)(err)})`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/ensure/layers/layer.ts
var layers_layer = __webpack_require__(9880);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/ensure/layers/download.ts
/**
 * Layer 4: upstream's own download (SPEC §2 "Upstream downloads"). The file is fetched, checked
 * (the checksum file or pinned sha256, and the API digest of a release asset on this host),
 * unpacked in its own format, and the one binary in it is staged with a `.version` that says
 * where it came from. A failed check is a refusal: the step fails, nothing is installed and no
 * build runs in its place; only a download that cannot be had (404, network) falls back to `build`.
 */














/** A download that was had but failed a check: never replaced by a build. */
class DownloadRefused extends errors/* UserError */.y {
    name = 'DownloadRefused';
}
function downloadUrl(t) {
    return planDownload(t)?.url;
}
const downloadLayer = {
    name: 'download',
    async find(ctx) {
        const { t, log } = ctx;
        const plan = planDownload(t);
        if (!plan)
            return (0,layers_layer/* skip */.iv)();
        try {
            const sha256 = await fetchFromUrl(t, plan, await ctx.staging(), await ctx.temp(), log, { token: ctx.opts.token, apiUrl: ctx.opts.apiUrl });
            const dir = await ctx.install(sha256);
            log.info(`${t.name} ${t.version}: downloaded from ${(0,download/* redactUrl */.BO)(plan.url)}`);
            return (0,layers_layer/* hit */.av)(dir, sha256);
        }
        catch (err) {
            if (!(err instanceof errors/* UserError */.y) || err instanceof DownloadRefused || !t.build)
                throw err;
            log.warn(`${(0,errors/* oneLine */.T)(err)}; building instead`);
            return (0,layers_layer/* miss */.LP)('download failed');
        }
    },
};
/** Downloads, checks, unpacks and stages the binary with a `.version`; returns its sha256. */
async function fetchFromUrl(t, plan, staging, temp, log, api = {}) {
    // Names the URL once: src/net/download.ts leaves it out of its messages when the label has it.
    const label = `${t.name} ${t.version} from ${(0,download/* redactUrl */.BO)(plan.url)}`;
    const file = (0,external_node_path_.join)(temp, 'download');
    const got = await (0,download.download)({ url: plan.url, dest: file, label, log });
    const refuse = (why) => {
        throw new DownloadRefused(`${label}: ${why}: refusing it (nothing installed or released)`);
    };
    // The API's digest of a release asset on this host.
    const asset = releaseAssetOf(plan.url);
    if (asset) {
        const digest = await assetDigest(asset, { ...api, log });
        if (digest && digest !== got.sha256)
            refuse(`sha256 ${got.sha256} is not the release asset's digest sha256:${digest}`);
        if (digest)
            log.debug(`${label}: matches the release asset's digest`);
    }
    const expected = await expectedHash(t, plan, temp, log, label);
    if (expected) {
        const actual = expected.algorithm === 'sha256' ? got.sha256 : await hashFile(file, expected.algorithm);
        if (actual !== expected.hex)
            refuse(`${expected.algorithm} mismatch: expected ${expected.hex} (${expected.from}), got ${actual}`);
    }
    const out = (0,external_node_path_.join)(temp, 'unpacked');
    const unpacked = await unpack(file, plan.format, out, plan.fileName).catch((err) => {
        throw err instanceof errors/* UserError */.y ? new DownloadRefused(`${label}: ${(0,errors/* oneLine */.T)(err)}`) : err;
    });
    let rel;
    if (plan.format === 'raw' || plan.format === 'gz')
        rel = unpacked.files[0];
    else
        rel = await pickBinary(out, unpacked.files, t.exe, plan.path, label).catch((err) => {
            throw err instanceof errors/* UserError */.y ? new DownloadRefused((0,errors/* oneLine */.T)(err)) : err;
        });
    const binary = (0,external_node_path_.join)(out, rel);
    if (!(await (0,promises_.stat)(binary)).size)
        refuse(`${rel} is empty`);
    log.debug(`${label}: the binary is ${rel}`);
    // Hashed as it was unpacked (a raw download: as it was downloaded): no second pass over it.
    const known = plan.format === 'raw' ? got.sha256 : unpacked.sha256.get(rel);
    return stageBinary(t, binary, staging, { source: plan.url, upstreamSha256: got.sha256 }, known);
}
async function expectedHash(t, plan, temp, log, label) {
    const c = plan.checksum;
    if (c.kind === 'none') {
        log.info(`${label}: no checksum to check it against (set download.checksum)`);
        return undefined;
    }
    if (c.kind === 'off') {
        log.warn(`${label}: not checked (${c.why})`);
        return undefined;
    }
    if (c.kind === 'pinned')
        return { algorithm: 'sha256', hex: c.sha256, from: `pinned for ${t.platform.os}-${t.platform.arch} in the manifest` };
    const sums = (0,external_node_path_.join)(temp, 'checksum');
    const what = `checksum file ${(0,download/* redactUrl */.BO)(c.url)}`;
    const got = await (0,download.download)({ url: c.url, dest: sums, label: what, log }).catch((err) => {
        throw new DownloadRefused(`${label}: ${(0,errors/* oneLine */.T)(err)}: refusing it unchecked`);
    });
    if (got.size > 4 << 20)
        throw new DownloadRefused(`${label}: ${what} is ${got.size} bytes, not a checksums file`);
    try {
        return { ...hashFromChecksumFile(await (0,promises_.readFile)(sums, 'utf8'), plan.fileName, what), from: what };
    }
    catch (err) {
        throw new DownloadRefused(`${label}: ${(0,errors/* oneLine */.T)(err)}`);
    }
}
async function hashFile(file, algorithm) {
    const h = (0,external_node_crypto_.createHash)(algorithm);
    for await (const c of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 256 << 10 }))
        h.update(c);
    return h.digest('hex');
}
/** Moves the binary into `staging`, executable, beside a `.version` (commit "unknown", its source). */
async function stageBinary(t, binary, staging, origin, known) {
    const dest = (0,external_node_path_.join)(staging, t.exe);
    // RUNNER_TEMP and the tool cache may be on different drives (Windows runners: D: and C:).
    await (0,promises_.rename)(binary, dest).catch(async (err) => {
        if (err.code !== 'EXDEV')
            throw err;
        await (0,promises_.copyFile)(binary, dest);
    });
    if (process.platform !== 'win32')
        await (0,promises_.chmod)(dest, 0o755);
    const checksum = known ?? (await (0,hash/* sha256File */.Q)(dest));
    await (0,promises_.writeFile)((0,external_node_path_.join)(staging, '.version'), (0,version_file/* formatVersionFile */.g)({
        name: t.name,
        version: t.version,
        commit: 'unknown',
        checksum,
        os: t.platform.os,
        arch: t.platform.arch,
        built: (0,version_file/* builtNow */.r)(),
        source: (0,download/* redactUrl */.BO)(origin.source),
        upstreamSha256: origin.upstreamSha256,
    }));
    return checksum;
}


/***/ })

};
