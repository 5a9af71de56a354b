export const id = 247;
export const ids = [247];
export const modules = {

/***/ 247:
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
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/manifest.ts
var src_manifest = __webpack_require__(5546);
// EXTERNAL MODULE: ./src/platform.ts
var src_platform = __webpack_require__(3728);
// EXTERNAL MODULE: ./src/tool-cache.ts
var tool_cache = __webpack_require__(2798);
// EXTERNAL MODULE: ./src/ensure/target.ts
var target = __webpack_require__(701);
// EXTERNAL MODULE: ./src/ensure/verify.ts
var verify = __webpack_require__(7713);
;// CONCATENATED MODULE: ./src/ensure/ensure-binary.ts
/**
 * ensure-binary as a library: the lookup chain tool cache → actions/cache → release asset →
 * download URL → build (+ release on miss). First hit wins; nothing reaches the caller (or PATH)
 * unverified. Heavy modules (the GitHub client, @actions/cache) load only on the layers that need them.
 */








async function ensureBinary(opts, log) {
    const started = Date.now();
    const t = await (0,target/* resolveTarget */.u)({ ...opts, defaultRepo: opts.defaultRepo ?? process.env.GITHUB_REPOSITORY });
    const root = opts.toolCache ?? (0,tool_cache/* toolCacheRoot */.Hw)();
    const native = (0,src_platform/* samePlatform */.my)(t.platform, (0,src_platform/* currentPlatform */.jN)());
    const done = (source, dir, sha256, extra = {}) => ({
        name: t.name,
        version: t.version,
        dir,
        binary: (0,external_node_path_.join)(dir, t.exe),
        source,
        cacheHit: source !== 'build',
        sha256,
        released: false,
        native,
        os: t.platform.os,
        arch: t.platform.arch,
        tag: t.tag,
        asset: t.asset,
        releaseRepo: t.releaseRepo,
        durationMs: Date.now() - started,
        ...extra,
    });
    // 1. Tool cache: a warm self-hosted runner, or an earlier step of this job.
    const cached = (0,tool_cache/* findTool */.SG)(root, t.name, t.version, t.platform);
    if (cached) {
        try {
            const known = await (0,tool_cache/* verifiedSha256 */.Qo)(cached, (0,external_node_path_.join)(cached, t.exe));
            const { sha256 } = await (0,verify/* verifyDir */.p)(cached, t, `tool cache ${cached}`, known);
            log.info(`${t.name} ${t.version}: found in the tool cache`);
            return done('tool-cache', cached, sha256);
        }
        catch (err) {
            if (!(err instanceof verify/* VerifyError */.G))
                throw err;
            log.warn(`${(0,errors/* oneLine */.T)(err)}; removing it and looking further`);
            await (0,tool_cache/* removeTool */.Bl)(root, t.name, t.version, t.platform);
        }
    }
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(opts.tempDir ?? process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'sync-ensure-'));
    const workspace = opts.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd();
    let staging;
    const fresh = async () => {
        if (staging)
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        staging = await (0,tool_cache/* stagingDir */.rz)(root, t.name, t.version, t.platform);
        return staging;
    };
    const install = async (sha256) => {
        const dir = await (0,tool_cache/* installTool */.Gn)(staging, root, t.name, t.version, t.platform, { exe: t.exe, sha256 });
        staging = undefined;
        return dir;
    };
    const misses = [];
    try {
        // 2. actions/cache, restored straight into the tool cache folder (its paths must match at save).
        const cacheMod = opts.actionsCache ? await __webpack_require__.e(/* import() */ 746).then(__webpack_require__.bind(__webpack_require__, 6746)) : undefined;
        const cacheOn = !!cacheMod && cacheMod.cacheServiceAvailable(log);
        if (cacheMod && cacheOn) {
            const dir = (0,tool_cache/* toolDir */.Oh)(root, t.name, t.version, t.platform);
            if (await cacheMod.restoreFromActionsCache(t, dir, log)) {
                try {
                    const { sha256 } = await (0,verify/* verifyDir */.p)(dir, t, `actions cache ${cacheMod.cacheKey(t)}`);
                    await (0,tool_cache/* writeMarker */.en)(dir, { path: (0,external_node_path_.join)(dir, t.exe), sha256 });
                    log.info(`${t.name} ${t.version}: restored from actions/cache`);
                    return done('actions-cache', dir, sha256);
                }
                catch (err) {
                    if (!(err instanceof verify/* VerifyError */.G))
                        throw err;
                    log.warn(`${(0,errors/* oneLine */.T)(err)}; ignoring that cache entry`);
                    await (0,tool_cache/* removeTool */.Bl)(root, t.name, t.version, t.platform);
                }
            }
            else
                misses.push('not in actions/cache');
        }
        const saveToCache = async (dir) => {
            if (cacheMod && cacheOn)
                await cacheMod.saveToActionsCache(t, dir, log);
        };
        // 3. The release asset.
        if (t.releaseRepo) {
            const layer = await __webpack_require__.e(/* import() */ 191).then(__webpack_require__.bind(__webpack_require__, 4191));
            const lo = { token: opts.token, apiUrl: opts.apiUrl, temp, log };
            const found = await layer.lookupAsset(t, t.releaseRepo, lo);
            if (found.found) {
                const sha256 = await layer.fetchAsset(t, t.releaseRepo, found.asset, await fresh(), lo);
                const dir = await install(sha256);
                log.info(`${t.name} ${t.version}: downloaded ${t.asset} from release ${t.tag} in ${t.releaseRepo}`);
                await saveToCache(dir);
                return done('release', dir, sha256);
            }
            misses.push(found.why);
            log.info(`${t.name} ${t.version}: ${found.why}`);
        }
        else
            misses.push('no release repository to look in');
        // 4. Upstream's own download.
        const { downloadUrl, fetchFromUrl } = await __webpack_require__.e(/* import() */ 220).then(__webpack_require__.bind(__webpack_require__, 5220));
        const url = downloadUrl(t);
        if (url) {
            try {
                const sha256 = await fetchFromUrl(t, url, await fresh(), temp, log);
                const dir = await install(sha256);
                log.info(`${t.name} ${t.version}: downloaded from ${url}`);
                await saveToCache(dir);
                return done('download', dir, sha256);
            }
            catch (err) {
                if (!(err instanceof errors/* UserError */.y))
                    throw err;
                if (!t.build)
                    throw err;
                misses.push(`download failed`);
                log.warn(`${(0,errors/* oneLine */.T)(err)}; building instead`);
            }
        }
        // 5. Build.
        if (!t.build) {
            throw new errors/* UserError */.y(`${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} is not cached (${misses.join('; ')}) and has no build command: add "build" to the entry, or upload it with release-binary first`);
        }
        const out = (0,external_node_path_.join)(temp, 'out');
        const { mkdir, rename, writeFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
        await mkdir(out, { recursive: true });
        const { runBuild } = await __webpack_require__.e(/* import() */ 534).then(__webpack_require__.bind(__webpack_require__, 9534));
        const built = await runBuild(t, out, workspace, log);
        const pkg = await __webpack_require__.e(/* import() */ 833).then(__webpack_require__.bind(__webpack_require__, 5833));
        const info = await pkg.versionInfoFor(built, t, () => pkg.sourceCommit(t.workdir ? (0,external_node_path_.join)(workspace, t.workdir) : workspace, workspace));
        const { formatVersionFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8134));
        const dirStaging = await fresh();
        await rename(built, (0,external_node_path_.join)(dirStaging, t.exe)).catch(async () => {
            const { copyFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
            await copyFile(built, (0,external_node_path_.join)(dirStaging, t.exe));
        });
        await writeFile((0,external_node_path_.join)(dirStaging, '.version'), formatVersionFile(info));
        const dir = await install(info.checksum);
        log.info(`${t.name} ${t.version}: built from source`);
        let release;
        if (opts.releaseOnMiss !== false && t.releaseRepo) {
            release = await releaseAfterBuild(t, dir, workspace, temp, opts, log);
        }
        else if (opts.releaseOnMiss !== false) {
            log.warn(`${t.name}: built but not released: no release repository (set "release-repo")`);
        }
        await saveToCache(dir);
        return done('build', dir, info.checksum, { released: !!release && release.action !== 'kept', release });
    }
    finally {
        if (staging)
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}
/**
 * Uploads a fresh build so the next run downloads it. A token that may not write (a pull request
 * from a fork) is a warning: the binary is still used.
 */
async function releaseAfterBuild(t, dir, workspace, temp, opts, log) {
    if (!opts.token) {
        log.warn(`${t.name} ${t.version} was built but not released: no token (set "token"); the binary is still used`);
        return undefined;
    }
    const { packAndPublish } = await __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 9889));
    const { statusOf } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6584));
    const { HttpStatusError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1531));
    try {
        // clobber off: if another job released this version meanwhile, theirs stays.
        return await packAndPublish((0,external_node_path_.join)(dir, t.exe), t, t.releaseRepo, { token: opts.token, apiUrl: opts.apiUrl, clobber: false, workspace, tempDir: temp }, log);
    }
    catch (err) {
        const status = statusOf(err) ?? (err instanceof HttpStatusError ? err.status : undefined);
        if (status === 401 || status === 403 || status === 404) {
            log.warn(`${t.name} ${t.version} was built but not released to ${t.releaseRepo}: the token may not write releases (${status}${status === 403 ? ', as on a pull request from a fork' : ''}); the binary is still used. Give the workflow "permissions: contents: write" to release it`);
            return undefined;
        }
        throw err;
    }
}

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
    const manifest = opts.manifest ?? (await (0,src_manifest/* loadManifest */.eY)(opts.manifestFile || 'versions.yml'));
    const all = Object.keys(manifest.binaries);
    const names = opts.names?.length ? [...new Set(opts.names)] : all;
    if (!names.length)
        throw new errors/* UserError */.y(`${manifest.file}: no binaries to ensure`);
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
// EXTERNAL MODULE: ./src/template.ts
var template = __webpack_require__(5237);
;// CONCATENATED MODULE: ./src/bundle.ts
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
    if (!(0,src_manifest/* isRepoName */.AW)(repo))
        throw new errors/* UserError */.y('bundle: no repository for the project release (GITHUB_REPOSITORY)');
    if (!opts.token)
        throw new errors/* UserError */.y('bundle: no token to upload with: set "token"');
    const platform = (0,src_platform/* resolvePlatform */.u4)(opts.os || undefined, opts.arch || undefined);
    const manifest = opts.manifest ?? (await (0,src_manifest/* loadManifest */.eY)(opts.manifestFile || 'versions.yml'));
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
        const gh = (0,client/* createClient */.UU)({ token: opts.token, apiUrl: opts.apiUrl, warn: (m) => log.warn(m) });
        const done = await (0,publish/* publishArchive */.M)({
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

/***/ 7713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ VerifyError),
/* harmony export */   p: () => (/* binding */ verifyDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6495);
/* harmony import */ var _version_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8134);
/**
 * The check every binary passes before it is used: its `.version` names the requested entry,
 * version and platform, and the binary's sha256 equals the `checksum` recorded there.
 */





class VerifyError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y {
    name = 'VerifyError';
}
/** Verifies `dir` (holding the binary and `.version`); `label` names where it came from. */
async function verifyDir(dir, t, label, knownSha256) {
    const binary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, t.exe);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(binary).catch(() => undefined);
    if (!st?.isFile())
        throw new VerifyError(`${label}: no ${t.exe} in it (expected the binary at its top level)`);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _version_file_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION_FILE */ .mf), 'utf8').catch(() => undefined);
    if (text === undefined)
        throw new VerifyError(`${label}: no ${_version_file_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION_FILE */ .mf} file beside ${t.exe}`);
    const info = (0,_version_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersionFile */ .Sz)(text);
    if (info.version !== t.version) {
        throw new VerifyError(`${label}: version mismatch: expected ${t.version}, ${_version_file_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION_FILE */ .mf} says ${info.version ?? '(none)'}`);
    }
    if (info.name && info.name !== t.name)
        throw new VerifyError(`${label}: name mismatch: expected ${t.name}, ${_version_file_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION_FILE */ .mf} says ${info.name}`);
    if ((info.os && info.os !== t.platform.os) || (info.arch && info.arch !== t.platform.arch)) {
        throw new VerifyError(`${label}: platform mismatch: expected ${t.platform.os}/${t.platform.arch}, ${_version_file_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION_FILE */ .mf} says ${info.os}/${info.arch}`);
    }
    // knownSha256: this binary was hashed at install and its stat has not changed since (tool-cache.ts).
    const sha256 = knownSha256 ?? (await (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(binary));
    if (!info.checksum || info.checksum.toLowerCase() !== sha256) {
        throw new VerifyError(`${label}: checksum mismatch for ${t.exe}: expected ${info.checksum || '(none)'} (${_version_file_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION_FILE */ .mf}), actual ${sha256}`);
    }
    return { sha256, info };
}


/***/ })

};
