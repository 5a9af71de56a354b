export const id = 7555;
export const ids = [7555,9573,9663,310,2044,1954];
export const modules = {

/***/ 9070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ formatFromName),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   je: () => (/* binding */ extensionOf),
/* harmony export */   s2: () => (/* binding */ isFormat)
/* harmony export */ });
/** The download formats' names alone, for the manifest's checks (no archive code loaded). */
const FORMATS = ['tar.gz', 'tgz', 'tar.xz', 'txz', 'tar.bz2', 'tar.zst', 'tar', 'zip', 'gz', 'raw'];
function isFormat(s) {
    return FORMATS.includes(s);
}
/** `{ext}`: the format's file extension (empty for raw). */
function extensionOf(format) {
    return format === 'raw' ? '' : format;
}
/** The format a file name says (`.tar.gz`, `.tgz`, `.zip`...), else raw. */
function formatFromName(name) {
    const lower = name.toLowerCase();
    const longest = FORMATS.filter((f) => f !== 'raw').sort((a, b) => b.length - a.length);
    for (const f of longest)
        if (lower.endsWith(`.${f}`))
            return f;
    if (lower.endsWith('.tbz2') || lower.endsWith('.tbz'))
        return 'tar.bz2';
    if (lower.endsWith('.tzst'))
        return 'tar.zst';
    return 'raw';
}


/***/ }),

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
        const { extractZip } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(3781)]).then(__webpack_require__.bind(__webpack_require__, 3781));
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
function releaseAssetOf(url, serverUrl = (0,client.serverUrlFromEnv)()) {
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
    const api = (o.apiUrl ?? (0,client.apiUrlFromEnv)()).replace(/\/+$/, '');
    try {
        // The one API client (SPEC §12), anonymous without a token; fewer retries: the digest is a bonus check.
        const gh = (0,client.createClient)({ token: o.token, apiUrl: api, retries: 2, warn: (m) => o.log.debug(m) });
        const rel = await (0,releases_api.findRelease)(gh, ref.repo, ref.tag);
        const asset = rel?.assets?.find((a) => a.name === ref.name);
        const m = /^sha256:([0-9a-f]{64})$/i.exec(asset?.digest ?? '');
        if (!m)
            o.log.debug(`${ref.repo} ${ref.tag} ${ref.name}: the API gives no digest for it`);
        return m?.[1].toLowerCase();
    }
    catch (err) {
        o.log.debug(`${ref.repo} ${ref.tag} ${ref.name}: no digest from the API (${(0,errors.oneLine)(err)})`);
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
            log.warn(`${(0,errors.oneLine)(err)}; building instead`);
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
        throw err instanceof errors/* UserError */.y ? new DownloadRefused(`${label}: ${(0,errors.oneLine)(err)}`) : err;
    });
    let rel;
    if (plan.format === 'raw' || plan.format === 'gz')
        rel = unpacked.files[0];
    else
        rel = await pickBinary(out, unpacked.files, t.exe, plan.path, label).catch((err) => {
            throw err instanceof errors/* UserError */.y ? new DownloadRefused((0,errors.oneLine)(err)) : err;
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
        throw new DownloadRefused(`${label}: ${(0,errors.oneLine)(err)}: refusing it unchecked`);
    });
    if (got.size > 4 << 20)
        throw new DownloadRefused(`${label}: ${what} is ${got.size} bytes, not a checksums file`);
    try {
        return { ...hashFromChecksumFile(await (0,promises_.readFile)(sums, 'utf8'), plan.fileName, what), from: what };
    }
    catch (err) {
        throw new DownloadRefused(`${label}: ${(0,errors.oneLine)(err)}`);
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


/***/ }),

/***/ 9573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  apiUrlFromEnv: () => (/* binding */ apiUrlFromEnv),
  createClient: () => (/* binding */ createClient),
  graphqlUrlFor: () => (/* binding */ graphqlUrlFor),
  serverUrlFromEnv: () => (/* binding */ serverUrlFromEnv),
  splitRepo: () => (/* binding */ splitRepo),
  statusOf: () => (/* binding */ statusOf),
  validationCodes: () => (/* binding */ validationCodes)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/net/timing.ts
var timing = __webpack_require__(481);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
;// CONCATENATED MODULE: ./src/github/fetch.ts
/**
 * The `fetch` Octokit is given: the part of the Fetch API its request layer uses (method,
 * headers, a string or byte body; status, url, headers, text/arrayBuffer), on src/net/http.ts.
 *
 * Why not Node's global fetch: its first call loads Node's bundled undici, measured at about
 * 100 ms and 10 MiB on this machine, paid by every action for its one or two API calls (a release
 * hit, a cold start). And one transport means one set of rules: HTTPS_PROXY / NO_PROXY, connect /
 * answer / idle timeouts, Authorization dropped on a redirect to another origin.
 */


/** Response headers as fetch gives them: `get` / `has` by any case, iteration in lowercase. */
class ResponseHeaders {
    res;
    constructor(res) {
        this.res = res;
    }
    get(name) {
        return this.res.header(name) ?? null;
    }
    has(name) {
        return this.res.header(name) !== undefined;
    }
    *[Symbol.iterator]() {
        for (const name of Object.keys(this.res.body.headers))
            yield [name, this.res.header(name) ?? ''];
    }
}
function abortError() {
    const err = new Error('This operation was aborted');
    err.name = 'AbortError';
    return err;
}
function bodyOf(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string' || Buffer.isBuffer(body))
        return body;
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    if (ArrayBuffer.isView(body))
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    // Streams are never handed to Octokit here: uploads go through src/releases/upload.ts.
    throw new TypeError('unsupported request body for the API client (a string or bytes only)');
}
async function apiFetch(input, init = {}) {
    if (init.signal?.aborted)
        throw abortError();
    const res = await (0,http.send)(String(input), {
        method: init.method ?? 'GET',
        headers: init.headers,
        body: bodyOf(init.body),
        redirect: init.redirect === 'manual' ? 'manual' : 'follow',
    });
    // Octokit never reads the body of a 204/205 or of a HEAD: drained here, or the keep-alive socket
    // is never handed back and holds the process open until the server closes it.
    if (res.status === 204 || res.status === 205 || (init.method ?? 'GET').toUpperCase() === 'HEAD')
        res.discard();
    let used = false;
    const bytes = async () => {
        if (used)
            throw new TypeError('body used already');
        used = true;
        const onAbort = () => res.body.destroy(abortError());
        init.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            return await (0,http/* readBody */.x8)(res.body, Number.MAX_SAFE_INTEGER);
        }
        finally {
            init.signal?.removeEventListener('abort', onAbort);
        }
    };
    return {
        status: res.status,
        statusText: external_node_http_.STATUS_CODES[res.status] ?? '',
        ok: res.status >= 200 && res.status < 300,
        url: res.url,
        headers: new ResponseHeaders(res),
        body: res.body,
        text: async () => (await bytes()).toString('utf8'),
        json: async () => JSON.parse((await bytes()).toString('utf8')),
        arrayBuffer: async () => {
            const b = await bytes();
            return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
        },
    };
}

;// CONCATENATED MODULE: ./src/github/client.ts








/**
 * The one GitHub client every action and the CLI use: REST + GraphQL with Octokit's retry
 * plugin (5xx and network errors, with backoff) and throttling plugin (waits out primary and
 * secondary rate limits), pointed at GITHUB_API_URL / GITHUB_GRAPHQL_URL so GitHub Enterprise
 * Server works. The token is only ever sent as a header; nothing here logs it.
 * Built from @octokit/core and its plugins (what @actions/github's getOctokit assembles) without
 * @actions/github itself, which loads undici and @actions/http-client up front (+20 MiB, slower
 * start) to build a proxy-aware fetch. Requests go through src/net's transport (./fetch.ts), not
 * Node's fetch: same proxies (HTTPS_PROXY / HTTP_PROXY / NO_PROXY; test/e2e/proxy.test.ts reaches
 * GitHub through a name only the proxy resolves), same timeouts, and no undici to load.
 */
const Client = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
function apiUrlFromEnv() {
    return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
function serverUrlFromEnv() {
    return (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}
/** GraphQL endpoint: GITHUB_GRAPHQL_URL, or derived from the REST base as GitHub lays them out. */
function graphqlUrlFor(apiUrl) {
    if (process.env.GITHUB_GRAPHQL_URL)
        return process.env.GITHUB_GRAPHQL_URL.replace(/\/+$/, '');
    return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`;
}
function createClient(options) {
    const apiUrl = (options.apiUrl ?? apiUrlFromEnv()).replace(/\/+$/, '');
    const graphqlUrl = options.graphqlUrl ?? graphqlUrlFor(apiUrl);
    const warn = options.warn ?? ((m) => process.stderr.write(`${m}\n`));
    const rateLimitRetries = options.rateLimitRetries ?? 6;
    const maxWait = options.maxRateLimitWait ?? 900;
    // Timing knobs (SYNC_RETRY_BASE_MS, SYNC_RATE_LIMIT_UNIT_MS) come from src/net/timing.ts.
    const rateUnit = (0,timing/* rateLimitUnitMs */.YH)();
    const onLimit = (kind) => (retryAfter, opts, _octokit, retryCount) => {
        const what = `${opts.method ?? 'GET'} ${opts.url ?? ''}`;
        if (retryCount >= rateLimitRetries || retryAfter > maxWait) {
            warn(`${kind} rate limit on ${what}: giving up after ${retryCount} waits (next wait ${retryAfter}s)`);
            return false;
        }
        warn(`${kind} rate limit on ${what}: waiting ${retryAfter}s (attempt ${retryCount + 1} of ${rateLimitRetries})`);
        return true;
    };
    const octokit = new Client({
        // Octokit sends no Authorization header when it has no auth (never "token undefined").
        ...(options.token ? { auth: `token ${options.token}` } : {}),
        baseUrl: apiUrl,
        userAgent: 'sync-actions',
        request: { fetch: apiFetch },
        retry: { retries: options.retries ?? 4, retryAfterBaseValue: (0,timing/* retryBaseMs */.wR)() },
        throttle: {
            retryAfterBaseValue: rateUnit,
            fallbackSecondaryRateRetryAfter: 60,
            // Octokit's default spaces every write a full second apart, one at a time. Our callers bound
            // their own concurrency and the throttling plugin still waits out secondary limits, so writes
            // are only kept from piling up unbounded here.
            write: new (light_default()).Group({ maxConcurrent: 16, minTime: 0 }),
            // Bug 4: the plugin also puts writes that notify people (POST .../releases, issues, pulls,
            // comments) in a "notifications" group 3 s apart, one at a time: 11 new versions took 30 s
            // for 1 s of work. Same bound as other writes; secondary limits are still waited out.
            notifications: new (light_default()).Group({ maxConcurrent: 16, minTime: 0 }),
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => warn(String(m)),
            error: (m) => warn(String(m)),
        },
    });
    // GraphQL goes to GITHUB_GRAPHQL_URL when set (Enterprise Server layouts differ).
    octokit.graphql = octokit.graphql.defaults({ url: graphqlUrl });
    return octokit;
}
/** Splits `owner/name`. */
function splitRepo(fullName) {
    const [owner, repo] = fullName.split('/');
    return { owner, repo };
}
/** The HTTP status of an Octokit error, if it has one. */
function statusOf(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub's validation error codes (`already_exists`, ...) carried by a 422. */
function validationCodes(err) {
    const errors = err?.response?.data?.errors;
    return Array.isArray(errors) ? errors.map((e) => (typeof e === 'string' ? e : (e.code ?? ''))) : [];
}


/***/ }),

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   send: () => (/* binding */ send),
/* harmony export */   wX: () => (/* binding */ TransportError),
/* harmony export */   x8: () => (/* binding */ readBody),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export proxyConfigured */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(481);
/**
 * The one transport for bulk transfers (asset downloads and uploads, git ref listings) and, under
 * Octokit, for API calls (src/github/fetch.ts): node:http(s) with piped streams, which keep memory flat.
 * Node 20's fetch both held every chunk of a streamed upload until the end (1 GiB upload: 1.1 GiB
 * of memory) and read downloads far ahead of the disk. API calls go through the Octokit client.
 *
 * - Proxies: HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and lowercase) with the rules of
 *   `@actions/http-client` (the same ones Octokit's requests follow); the tunnelling agent is
 *   loaded only when a proxy applies.
 * - Redirects (`redirect: 'follow'`): a request with a body follows only 307/308, resent with its
 *   method and body (a streamed file body cannot be resent: an error says so); `Authorization` (and cookies) are dropped on a hop to another
 *   origin; `redirectHeaders: 'none'` drops every header of the caller on any hop (asset storage,
 *   which refuses a second auth mechanism even on the same host).
 * - Timeouts: connect, response (first byte of the answer after the request is sent) and idle
 *   (no byte either way), each failing the request with a `TransportError`; defaults from
 *   timing.ts (SYNC_*_TIMEOUT_MS).
 */




/** A request that failed below HTTP: unreachable, reset, timed out, proxy refused. */
class TransportError extends Error {
    code;
    name = 'TransportError';
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
const HOP_HEADERS_CROSS_ORIGIN = ['authorization', 'cookie', 'proxy-authorization'];
/** Where the URL points, without its query or credentials (signed URLs carry them in the query). */
function redactUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '(bad URL)';
    }
}
const PROXY_VARS = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/** True when any proxy variable is set (the proxy machinery is only loaded then). */
function proxyConfigured() {
    return PROXY_VARS.some((name) => !!process.env[name]);
}
/** The proxy for a URL, following HTTPS_PROXY / HTTP_PROXY / NO_PROXY; undefined: go direct. */
async function proxyFor(url) {
    if (!proxyConfigured())
        return undefined;
    const { getProxyUrl } = await __webpack_require__.e(/* import() */ 9783).then(__webpack_require__.bind(__webpack_require__, 9783));
    return getProxyUrl(url);
}
const agents = new Map();
/** A tunnelling agent when a proxy applies to `url`, else undefined (Node's global agent). */
async function agentFor(url) {
    const proxy = await proxyFor(url);
    if (!proxy)
        return undefined;
    const key = `${url.protocol}|${proxy.href}`;
    let agent = agents.get(key);
    if (!agent) {
        // The same agent @actions/http-client builds (CONNECT tunnel, proxy credentials from the URL).
        const { HttpClient } = await __webpack_require__.e(/* import() */ 2779).then(__webpack_require__.bind(__webpack_require__, 2779));
        agent = new HttpClient('sync-actions').getAgent(url.href);
        agents.set(key, agent);
    }
    return agent;
}
function once(url, o, headers, agent, request) {
    const t = { ...(0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .netTimeouts */ .e2)(), ...o.timeouts };
    return new Promise((resolve, reject) => {
        const timers = [];
        const clear = () => timers.splice(0).forEach((x) => clearTimeout(x));
        const arm = (ms, what) => {
            const timer = setTimeout(() => req.destroy(new TransportError(`${what} after ${ms} ms`, 'ETIMEDOUT')), ms);
            timer.unref?.();
            timers.push(timer);
            return timer;
        };
        const req = request(url, { method: o.method ?? 'GET', headers: headers, agent }, (res) => {
            clear();
            resolve(res);
        });
        req.setTimeout(t.idleMs, () => req.destroy(new TransportError(`no data for ${t.idleMs} ms`, 'ETIMEDOUT')));
        req.on('error', (err) => {
            clear();
            reject(err instanceof TransportError ? err : new TransportError(err.message, err.code));
        });
        req.on('socket', (socket) => {
            if (socket.connecting) {
                const timer = arm(t.connectMs, 'no connection');
                socket.once('connect', () => clearTimeout(timer));
            }
        });
        req.on('finish', () => arm(t.responseMs, 'no answer'));
        const body = o.body;
        if (body === undefined)
            req.end();
        else if (typeof body === 'string' || Buffer.isBuffer(body))
            req.end(body);
        else
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(body.file, { highWaterMark: 256 << 10 }), req).catch((err) => req.destroy(err));
    });
}
/** One HTTP exchange (and its redirects when asked). Throws TransportError below HTTP. */
async function send(url, o = {}) {
    let current = new URL(url);
    let headers = { 'user-agent': 'sync-actions', ...o.headers };
    for (let hop = 0;; hop++) {
        // TLS loads on first use (a local or plain-http GitHub Enterprise never needs it).
        const request = current.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23))).request : node_http__WEBPACK_IMPORTED_MODULE_1__.request;
        const res = await once(current, o, headers, await agentFor(current), request);
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        // 307/308 say "the same request, there" (GitHub answers 307 to a write on a renamed
        // repository): resent with its method and body. 301/302/303 with a body are handed back.
        const sameRequest = status === 307 || status === 308;
        if (o.redirect === 'follow' && status >= 300 && status < 400 && location && (o.body === undefined || sameRequest)) {
            res.resume();
            if (hop >= 5)
                throw new TransportError(`${redactUrl(url)}: too many redirects`);
            const next = new URL(location, current);
            if (o.body !== undefined && typeof o.body === 'object' && !Buffer.isBuffer(o.body)) {
                throw new TransportError(`${o.method ?? 'GET'} ${redactUrl(current.href)} answered ${status}, moved to ${redactUrl(next.href)}: a streamed body cannot be sent again; use the new URL`);
            }
            if (o.redirectHeaders === 'none')
                headers = { 'user-agent': headers['user-agent'] };
            else if (next.origin !== current.origin) {
                headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP_HEADERS_CROSS_ORIGIN.includes(k.toLowerCase())));
            }
            current = next;
            continue;
        }
        return {
            status,
            url: current.href,
            header: (name) => {
                const v = res.headers[name.toLowerCase()];
                return Array.isArray(v) ? v.join(', ') : v;
            },
            body: res,
            discard: () => void res.resume(),
        };
    }
}
/** Reads a (small) body as a Buffer, keeping at most `limit` bytes. */
async function readBody(res, limit = 1 << 20) {
    const chunks = [];
    let n = 0;
    for await (const c of res) {
        const chunk = c;
        if (n < limit)
            chunks.push(n + chunk.length <= limit ? chunk : chunk.subarray(0, limit - n));
        n += chunk.length;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}
async function readText(res, limit = 1 << 20) {
    return (await readBody(res, limit)).toString('utf8');
}


/***/ }),

/***/ 481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   To: () => (/* binding */ MAX_RETRY_AFTER_S),
/* harmony export */   YH: () => (/* binding */ rateLimitUnitMs),
/* harmony export */   e2: () => (/* binding */ netTimeouts),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   wR: () => (/* binding */ retryBaseMs),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/**
 * The one place that reads the timing knobs. `SYNC_RETRY_BASE_MS` is the first retry's wait
 * (doubled each time after), `SYNC_RATE_LIMIT_UNIT_MS` the milliseconds in one second of a rate
 * limit's `retry-after` / `x-ratelimit-reset` wait. Both default to 1000. `SYNC_CONNECT_TIMEOUT_MS`
 * (30 s), `SYNC_RESPONSE_TIMEOUT_MS` (120 s) and `SYNC_IDLE_TIMEOUT_MS` (60 s) are every
 * transfer's timeouts. Tests and benchmarks shrink them. Read on each call, so a process that sets
 * them late still gets them.
 */
function msFromEnv(name, fallback = 1000) {
    const raw = process.env[name];
    const value = Number(raw);
    return raw !== undefined && raw.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
/** Connect, response (request sent → answer's headers) and idle (no byte either way) timeouts, in ms. */
function netTimeouts() {
    return {
        connectMs: msFromEnv('SYNC_CONNECT_TIMEOUT_MS', 30_000),
        responseMs: msFromEnv('SYNC_RESPONSE_TIMEOUT_MS', 120_000),
        idleMs: msFromEnv('SYNC_IDLE_TIMEOUT_MS', 60_000),
    };
}
/**
 * Longest `retry-after` sat through on an answer that is not a rate limit (a 503 or 429 from a
 * storage host or mirror), in seconds of the server: a longer one is cut to this and said so.
 */
const MAX_RETRY_AFTER_S = 60;
/** Wait before the first retry, in ms (default 1000). */
function retryBaseMs() {
    return msFromEnv('SYNC_RETRY_BASE_MS');
}
/** Milliseconds per second of a rate-limit wait (default 1000). */
function rateLimitUnitMs() {
    return msFromEnv('SYNC_RATE_LIMIT_UNIT_MS');
}
/** Exponential backoff: the wait after failed attempt `attempt` (1-based): base, 2 base, 4 base... */
function backoffMs(attempt) {
    return retryBaseMs() * 2 ** Math.max(0, attempt - 1);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ }),

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ deleteAsset),
/* harmony export */   Rw: () => (/* binding */ renameAsset),
/* harmony export */   Tn: () => (/* binding */ deleteDraft),
/* harmony export */   findRelease: () => (/* binding */ findRelease),
/* harmony export */   gA: () => (/* binding */ awaitRelease),
/* harmony export */   mk: () => (/* binding */ publish),
/* harmony export */   qs: () => (/* binding */ listAssets),
/* harmony export */   w9: () => (/* binding */ ensureRelease),
/* harmony export */   xr: () => (/* binding */ immutableError)
/* harmony export */ });
/* unused harmony export IMMUTABLE_HINT */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9573);
/* harmony import */ var _net_timing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(481);
/**
 * Releases as a cache: find by tag, create-or-reuse safely when many jobs race, publish.
 * A release this code creates starts as a draft and is published once its asset is in, which is
 * the only order a repository with immutable releases accepts. On GitHub any number of drafts may
 * share a tag (a draft holds no tag); only publishing meets 422 `already_exists`, so jobs that
 * race on a new tag each fill a draft of their own and all but one lose the publish (see publish.ts).
 */



const IMMUTABLE_HINT = 'use a per-platform tag template such as tag: "{name}-{version}-{os}-{arch}" (each platform then gets its own release, created as a draft, filled, then published), or turn off immutable releases for the repository';
function immutableError(repo, tag, asset) {
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`release ${tag} in ${repo} is immutable (published with immutable releases on), so it takes no new or replaced asset ${asset}: ${IMMUTABLE_HINT}`);
}
/** A published release by tag (the API never finds drafts by tag), or undefined. */
async function findRelease(gh, repo, tag) {
    try {
        const res = await gh.rest.repos.getReleaseByTag({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), tag });
        return res.data;
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 404)
            return undefined;
        throw err;
    }
}
/** A draft with that tag, which only a token that may write can see. */
async function findDraft(gh, repo, tag) {
    let pages = 0;
    for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, { ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), per_page: 100 })) {
        const hit = page.data.find((r) => r.tag_name === tag);
        if (hit)
            return hit;
        if (++pages >= 5)
            break; // a new draft is among the newest
    }
    return undefined;
}
/**
 * The release for `tag`: the published one, else a new draft of our own (`created`). Drafts do not
 * claim a tag, so racing jobs each get their own draft; where a server refuses a second one
 * (422 `already_exists`) we take the release that holds the tag, or the other job's draft.
 */
async function ensureRelease(gh, repo, tag, opts, log) {
    const found = await findRelease(gh, repo, tag);
    if (found)
        return { release: found, created: false };
    try {
        const res = await gh.rest.repos.createRelease({
            ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo),
            tag_name: tag,
            name: opts.title || tag,
            body: opts.notes || undefined,
            draft: true,
            prerelease: !!opts.prerelease,
            generate_release_notes: !!opts.generateNotes,
            target_commitish: opts.target || undefined,
            make_latest: opts.makeLatest ? 'true' : 'false',
        });
        log.info(`created release ${tag} in ${repo} (a draft until its asset is in)`);
        return { release: res.data, created: true };
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 422)
            throw err;
        if (!(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.validationCodes)(err).includes('already_exists')) {
            const msg = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__.oneLine)(err);
            if (/repository is empty/i.test(msg))
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot create release ${tag} in ${repo}: the repository has no commits yet (push one first)`);
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot create release ${tag} in ${repo}: ${msg}`);
        }
    }
    const theirs = await awaitRelease(gh, repo, tag, true);
    if (theirs) {
        log.debug(`release ${tag} was created concurrently; using it`);
        return { release: theirs, created: false };
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`release ${tag} in ${repo} exists but cannot be read (is it a draft this token cannot see?)`);
}
/**
 * The published release of `tag` (or, with `drafts`, a draft of it) after someone else just made
 * it: it may take an instant to be visible.
 */
async function awaitRelease(gh, repo, tag, drafts = false) {
    for (let i = 0; i < 4; i++) {
        if (i)
            await (0,_net_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)((0,_net_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffMs */ .jo)(i));
        const found = (await findRelease(gh, repo, tag)) ?? (drafts ? await findDraft(gh, repo, tag) : undefined);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * Publishes a draft we filled (idempotent when it is already published). Undefined when another
 * release of that tag was published first (422 `already_exists`): the draft stays a draft.
 */
async function publish(gh, repo, release, makeLatest) {
    if (!release.draft)
        return release;
    try {
        const res = await gh.rest.repos.updateRelease({
            ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo),
            release_id: release.id,
            draft: false,
            make_latest: makeLatest ? 'true' : 'false',
        });
        return res.data;
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 422 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.validationCodes)(err).includes('already_exists'))
            return undefined;
        throw err;
    }
}
/**
 * Deletes a draft (of ours) with its assets; already gone is fine. A release that is published
 * after all (a publish whose answer was lost) is left alone.
 */
async function deleteDraft(gh, repo, id) {
    try {
        const { data } = await gh.rest.repos.getRelease({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), release_id: id });
        if (!data.draft)
            return;
        await gh.rest.repos.deleteRelease({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), release_id: id });
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 404)
            throw err;
    }
}
async function listAssets(gh, repo, releaseId) {
    return (await gh.paginate(gh.rest.repos.listReleaseAssets, { ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), release_id: releaseId, per_page: 100 }));
}
async function deleteAsset(gh, repo, id) {
    try {
        await gh.rest.repos.deleteReleaseAsset({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), asset_id: id });
    }
    catch (err) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) !== 404)
            throw err; // already gone is what we wanted
    }
}
async function renameAsset(gh, repo, id, name) {
    const res = await gh.rest.repos.updateReleaseAsset({ ...(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.splitRepo)(repo), asset_id: id, name });
    return res.data;
}


/***/ })

};
