export const id = 270;
export const ids = [270];
export const modules = {

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

/***/ 3575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ publishArchive)
});

// EXTERNAL MODULE: ./src/releases/api.ts
var api = __webpack_require__(310);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/download.ts
var download = __webpack_require__(1531);
;// CONCATENATED MODULE: ./src/releases/upload.ts
/**
 * Asset upload that never loses what is already there and survives lost answers:
 * - a new asset is streamed under its own name;
 * - with clobber, a different existing asset is replaced by a swap: upload under a temporary
 *   name (the slow part, where failures happen), then delete the old one and rename the new;
 * - a retry that meets `already_exists` with our digest means the lost upload landed: done;
 * - a `starter` asset (an upload cut short earlier) is deleted and uploaded again.
 * Uploads go through fetch, not Octokit: a streamed body cannot be replayed by Octokit's retry.
 */






const TMP_MARK = '.sync-tmp-';
const STALE_TMP_MS = 10 * 60 * 1000;
function digestOf(a) {
    return a.digest?.replace(/^sha256:/, '').toLowerCase();
}
async function uploadAsset(o) {
    for (let round = 0;; round++) {
        try {
            return await uploadRound(o);
        }
        catch (err) {
            // Someone else put an asset of that name there while we were uploading: look again.
            if (err instanceof Conflict && round < 2)
                continue;
            throw err;
        }
    }
}
class Conflict extends Error {
}
async function uploadRound(o) {
    const { gh, repo, release, name, log } = o;
    const assets = await (0,api/* listAssets */.qs)(gh, repo, release.id);
    // Temporary assets left by a swap that died long ago.
    for (const a of assets) {
        if (a.name.startsWith(name + TMP_MARK) && Date.now() - Date.parse(a.created_at ?? '') > STALE_TMP_MS) {
            log.debug(`removing stale temporary asset ${a.name}`);
            await (0,api/* deleteAsset */.AO)(gh, repo, a.id);
        }
    }
    let existing = assets.find((a) => a.name === name);
    if (existing?.state === 'starter') {
        log.info(`removing ${name}, left half-uploaded (state "starter") by an earlier failed upload`);
        await (0,api/* deleteAsset */.AO)(gh, repo, existing.id);
        existing = undefined;
    }
    if (existing && digestOf(existing) === o.sha256) {
        log.info(`${name} is already in release ${release.tag_name} with the same content (sha256 ${o.sha256})`);
        return { asset: existing, action: 'unchanged' };
    }
    if (existing && !o.clobber) {
        log.info(`${name} already exists in release ${release.tag_name}; left alone (clobber: false)`);
        return { asset: existing, action: 'kept' };
    }
    if (release.immutable && !release.draft)
        throw (0,api/* immutableError */.xr)(repo, release.tag_name, name);
    if (!existing) {
        const asset = await uploadWithRetry(o, name, true);
        log.info(`uploaded ${name} to release ${release.tag_name} (${o.size} bytes)`);
        return { asset, action: 'uploaded' };
    }
    // The swap: the old asset stays untouched until the new one is fully in.
    const tmpName = `${name}${TMP_MARK}${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const fresh = await uploadWithRetry(o, tmpName, false);
    await (0,api/* deleteAsset */.AO)(gh, repo, existing.id);
    let renamed;
    try {
        renamed = await (0,api/* renameAsset */.Rw)(gh, repo, fresh.id, name);
    }
    catch (err) {
        throw new errors/* UserError */.y(`replacing ${name} in release ${release.tag_name}: the new upload is in as ${tmpName} but renaming it failed (${(0,errors/* oneLine */.T)(err)}); re-run to finish`);
    }
    log.info(`replaced ${name} in release ${release.tag_name} (${o.size} bytes)`);
    return { asset: renamed, action: 'replaced' };
}
class RetryUpload extends Error {
    waitMs;
    constructor(message, waitMs) {
        super(message);
        this.waitMs = waitMs;
    }
}
/**
 * POSTs the file under `uploadName`. Between attempts it looks at what the release holds: our
 * bytes already there (a lost answer) end it; a `starter` leftover is removed first.
 * `finalName` says whether someone else may legitimately own that name (a Conflict then).
 */
async function uploadWithRetry(o, uploadName, finalName) {
    const attempts = o.attempts ?? 5;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1) {
            const there = (await (0,api/* listAssets */.qs)(o.gh, o.repo, o.release.id)).find((a) => a.name === uploadName);
            if (there?.state === 'uploaded' && digestOf(there) === o.sha256) {
                o.log.info(`${uploadName}: the earlier attempt landed (same sha256); not uploading again`);
                return there;
            }
            if (there?.state === 'starter') {
                o.log.debug(`${uploadName}: removing the half-uploaded leftover of the earlier attempt`);
                await (0,api/* deleteAsset */.AO)(o.gh, o.repo, there.id);
            }
            else if (there && finalName) {
                throw new Conflict(`${uploadName} appeared concurrently`);
            }
            else if (there) {
                await (0,api/* deleteAsset */.AO)(o.gh, o.repo, there.id);
            }
        }
        try {
            return await postOnce(o, uploadName);
        }
        catch (err) {
            if (!(err instanceof RetryUpload))
                throw err;
            last = err.message;
            if (attempt === attempts)
                break;
            const wait = err.waitMs ?? (0,download/* retryBaseMs */.wR)() * 2 ** (attempt - 1);
            o.log.warn(`upload of ${uploadName} failed (${last}); retrying in ${Math.round(wait)} ms (attempt ${attempt + 1} of ${attempts})`);
            await (0,download/* sleep */.yy)(wait);
        }
    }
    throw new errors/* UserError */.y(`upload of ${uploadName} to release ${o.release.tag_name} in ${o.repo} failed after ${attempts} attempts: ${last}`);
}
function rateUnitMs() {
    const v = Number(process.env.SYNC_RATE_LIMIT_UNIT_MS);
    return process.env.SYNC_RATE_LIMIT_UNIT_MS && Number.isFinite(v) && v >= 0 ? v : 1000;
}
async function postOnce(o, uploadName) {
    const base = o.release.upload_url.replace(/\{.*$/, '');
    const url = `${base}?name=${encodeURIComponent(uploadName)}`;
    let res;
    try {
        res = await fetch(url, {
            method: 'POST',
            headers: {
                authorization: `token ${o.token}`,
                accept: 'application/vnd.github+json',
                'content-type': o.contentType ?? 'application/gzip',
                'content-length': String(o.size),
                'user-agent': 'sync-actions',
            },
            body: external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(o.file, { highWaterMark: 1 << 20 })),
            duplex: 'half',
        });
    }
    catch (err) {
        throw new RetryUpload(`${(0,download/* redactUrl */.BO)(url)}: ${(0,errors/* oneLine */.T)(err.cause ?? err)}`);
    }
    const text = await res.text().catch(() => '');
    if (res.status === 201 || res.status === 200) {
        try {
            return JSON.parse(text);
        }
        catch {
            throw new RetryUpload('unreadable answer');
        }
    }
    const message = /"message"\s*:\s*"([^"]{1,300})"/.exec(text)?.[1] ?? '';
    if (res.status === 422 && /already_exists/.test(text))
        throw new RetryUpload('an asset of that name already exists');
    if (res.status === 422 && /immutable/i.test(message))
        throw (0,api/* immutableError */.xr)(o.repo, o.release.tag_name, uploadName);
    const retryAfter = Number(res.headers.get('retry-after'));
    if (retryAfter > 0)
        throw new RetryUpload(`${res.status} ${message}`, retryAfter * rateUnitMs());
    if (res.headers.get('x-ratelimit-remaining') === '0' && (res.status === 403 || res.status === 429)) {
        const reset = Number(res.headers.get('x-ratelimit-reset'));
        throw new RetryUpload('rate limit', Math.max(1, reset - Date.now() / 1000) * rateUnitMs());
    }
    if (res.status >= 500 || res.status === 429)
        throw new RetryUpload(`${res.status} ${message}`.trim());
    throw new download.HttpStatusError(res.status, `upload of ${uploadName} to release ${o.release.tag_name} in ${o.repo}: ${res.status} ${message}`.trim());
}

;// CONCATENATED MODULE: ./src/releases/publish.ts


async function publishArchive(o) {
    const { release, created } = await (0,api/* ensureRelease */.w9)(o.gh, o.repo, o.tag, o.create, o.log);
    const up = await uploadAsset({
        gh: o.gh,
        token: o.token,
        repo: o.repo,
        release,
        file: o.file,
        name: o.assetName,
        sha256: o.sha256,
        size: o.size,
        clobber: o.clobber,
        log: o.log,
    });
    // Whoever filled a draft publishes it; a racing job may already have (then this is a no-op).
    const final = release.draft ? await (0,api/* publish */.mk)(o.gh, o.repo, release, !!o.create.makeLatest) : release;
    // An asset of a draft has an "untagged-..." download URL; the published release knows the real one.
    const asset = final.assets?.find((a) => a.id === up.asset.id) ?? up.asset;
    return { ...up, asset, release: final, createdRelease: created };
}


/***/ }),

/***/ 9889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packAndPublish: () => (/* binding */ packAndPublish),
/* harmony export */   releaseBinary: () => (/* binding */ releaseBinary)
/* harmony export */ });
/* unused harmony export requireRepo */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3916);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6584);
/* harmony import */ var _tool_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2798);
/* harmony import */ var _ensure_target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(701);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4106);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3575);
/** release-binary as a library: package one binary and put it in its per-version release. */









async function releaseBinary(opts, log) {
    const t = await (0,_ensure_target_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTarget */ .u)(opts);
    const repo = requireRepo(t);
    let path = opts.path;
    if (!path) {
        path = (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .findTool */ .SG)(opts.toolCache ?? (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .toolCacheRoot */ .Hw)(), t.name, t.version, t.platform);
        if (!path)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`no "path" given and no ${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} in the tool cache: set "path" to the binary (or a folder holding ${t.exe})`);
    }
    const binary = await (0,_package_js__WEBPACK_IMPORTED_MODULE_6__.locateBinary)(path, t.exe);
    return packAndPublish(binary, t, repo, opts, log);
}
function requireRepo(t) {
    if (!t.releaseRepo)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('no release repository: set "release-repo" (or release-repo in the manifest, or GITHUB_REPOSITORY)');
    return t.releaseRepo;
}
/** Shared with ensure-binary's release-on-miss. */
async function packAndPublish(binary, t, repo, opts, log) {
    if (!opts.token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`no token to upload ${t.asset} to ${repo}: set "token" (GITHUB_TOKEN or GH_TOKEN on a laptop)`);
    const workspace = opts.workspace ?? process.cwd();
    const info = await (0,_package_js__WEBPACK_IMPORTED_MODULE_6__.versionInfoFor)(binary, t, () => (0,_package_js__WEBPACK_IMPORTED_MODULE_6__.sourceCommit)(t.workdir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workspace, t.workdir) : undefined, workspace));
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.tempDir ?? process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-release-'));
    try {
        const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, t.asset);
        const packed = await (0,_package_js__WEBPACK_IMPORTED_MODULE_6__.packBinary)(binary, info, t.exe, archive);
        const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__.createClient)({ token: opts.token, apiUrl: opts.apiUrl, warn: (m) => log.warn(m) });
        const done = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_7__/* .publishArchive */ .M)({
            gh,
            token: opts.token,
            repo,
            tag: t.tag,
            assetName: t.asset,
            file: archive,
            sha256: packed.sha256,
            size: packed.size,
            clobber: opts.clobber ?? true,
            create: { title: opts.title || `${t.name} ${t.version}`, notes: opts.notes || `Binary cache for ${t.name} ${t.version} (managed by sync).`, prerelease: opts.prerelease, makeLatest: false },
            log,
        });
        return {
            tag: t.tag,
            releaseId: done.release.id,
            releaseUrl: done.release.html_url,
            assetName: done.asset.name,
            assetUrl: done.asset.browser_download_url,
            sha256: done.action === 'kept' || done.action === 'unchanged' ? (done.asset.digest?.replace(/^sha256:/, '') ?? packed.sha256) : packed.sha256,
            binarySha256: info.checksum,
            action: done.action,
            repo,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { recursive: true, force: true });
    }
}


/***/ })

};
