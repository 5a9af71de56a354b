export const id = 582;
export const ids = [582,753];
export const modules = {

/***/ 9753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERSION_FILE: () => (/* binding */ VERSION_FILE),
/* harmony export */   g: () => (/* binding */ formatVersionFile),
/* harmony export */   parseVersionFile: () => (/* binding */ parseVersionFile),
/* harmony export */   r: () => (/* binding */ builtNow)
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


/***/ }),

/***/ 8582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ensureBinary: () => (/* binding */ ensureBinary)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/manifest/platform.ts
var platform = __webpack_require__(9598);
// EXTERNAL MODULE: ./src/artifact/tool-cache.ts
var tool_cache = __webpack_require__(1965);
// EXTERNAL MODULE: ./src/artifact/target.ts
var target = __webpack_require__(6617);
// EXTERNAL MODULE: ./src/ensure/layers/layer.ts
var layers_layer = __webpack_require__(9880);
// EXTERNAL MODULE: ./src/ensure/verify.ts
var verify = __webpack_require__(7713);
;// CONCATENATED MODULE: ./src/ensure/layers/tool-cache.ts
/**
 * Layer 1: the runner tool cache (a warm self-hosted runner, or an earlier step of this job).
 * A folder that fails verification is removed and the lookup goes on. Kept light: the hit path of
 * every run loads nothing heavier than this.
 */





const toolCacheLayer = {
    name: 'tool-cache',
    async find({ t, root, log }) {
        const cached = (0,tool_cache/* findTool */.SG)(root, t.name, t.version, t.platform);
        if (!cached)
            return (0,layers_layer/* miss */.LP)();
        try {
            const known = await (0,tool_cache/* verifiedSha256 */.Qo)(cached, (0,external_node_path_.join)(cached, t.exe));
            const { sha256 } = await (0,verify/* verifyDir */.p)(cached, t, `tool cache ${cached}`, known);
            log.info(`${t.name} ${t.version}: found in the tool cache`);
            return (0,layers_layer/* hit */.av)(cached, sha256);
        }
        catch (err) {
            if (!(err instanceof verify/* VerifyError */.G))
                throw err;
            log.warn(`${(0,errors/* oneLine */.T)(err)}; removing it and looking further`);
            await (0,tool_cache/* removeTool */.Bl)(root, t.name, t.version, t.platform);
            return (0,layers_layer/* miss */.LP)();
        }
    },
};

;// CONCATENATED MODULE: ./src/ensure/ensure-binary.ts
/**
 * ensure-binary as a library: the lookup order of SPEC §4, one layer per file in layers/, first hit
 * wins; a build is then released (`release-on-miss`) and saved by the layers that missed. Nothing
 * reaches the caller (or PATH) unverified. Each layer after the tool cache is imported only when the
 * lookup gets that far: the tool cache hit path loads no GitHub client, YAML or @actions/cache.
 */







/** SPEC §4's order. */
const LAYERS = [
    async () => toolCacheLayer,
    () => __webpack_require__.e(/* import() */ 949).then(__webpack_require__.bind(__webpack_require__, 8949)).then((m) => m.actionsCacheLayer),
    () => Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(661), __webpack_require__.e(498), __webpack_require__.e(568)]).then(__webpack_require__.bind(__webpack_require__, 3568)).then((m) => m.releaseLayer),
    () => Promise.all(/* import() */[__webpack_require__.e(661), __webpack_require__.e(498), __webpack_require__.e(909)]).then(__webpack_require__.bind(__webpack_require__, 2909)).then((m) => m.downloadLayer),
    () => Promise.all(/* import() */[__webpack_require__.e(661), __webpack_require__.e(389)]).then(__webpack_require__.bind(__webpack_require__, 4389)).then((m) => m.buildLayer),
];
async function ensureBinary(opts, log) {
    const started = Date.now();
    const root = opts.toolCache ?? (0,tool_cache.toolCacheRoot)();
    const t = await (0,target/* resolveTarget */.u1)({
        ...opts,
        defaultRepo: opts.defaultRepo ?? process.env.GITHUB_REPOSITORY,
        manifestCacheDir: opts.manifestCacheDir ?? (0,external_node_path_.join)(root, '.sync-manifests'),
    });
    const ctx = (0,layers_layer/* createContext */.q6)(t, opts, log, root);
    try {
        const missed = [];
        const misses = [];
        for (const load of LAYERS) {
            const layer = await load();
            const found = await layer.find(ctx);
            if (!found.hit) {
                if (found.why)
                    misses.push(found.why);
                if (!found.skipped)
                    missed.push(layer);
                continue;
            }
            const release = layer.name === 'build' ? await (await __webpack_require__.e(/* import() */ 810).then(__webpack_require__.bind(__webpack_require__, 810))).releaseOnMiss(ctx, found.dir) : undefined;
            for (const m of missed)
                await m.store?.(ctx, found);
            return result(ctx, layer.name, found, started, release);
        }
        throw new errors/* UserError */.y(`${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} is not cached (${misses.join('; ')}) and has no build command: add "build" to the entry, or upload it with release-binary first`);
    }
    finally {
        await ctx.cleanup();
    }
}
function result({ t }, source, found, started, release) {
    return {
        name: t.name,
        version: t.version,
        dir: found.dir,
        binary: (0,external_node_path_.join)(found.dir, t.exe),
        source,
        cacheHit: source !== 'build',
        sha256: found.sha256,
        released: !!release && release.action !== 'kept',
        native: (0,platform/* samePlatform */.my)(t.platform, (0,platform/* currentPlatform */.jN)()),
        os: t.platform.os,
        arch: t.platform.arch,
        tag: t.tag,
        asset: t.asset,
        releaseRepo: t.releaseRepo,
        durationMs: Date.now() - started,
        ...(source === 'build' && { release }),
    };
}


/***/ }),

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ miss),
/* harmony export */   av: () => (/* binding */ hit),
/* harmony export */   iv: () => (/* binding */ skip),
/* harmony export */   q6: () => (/* binding */ createContext)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1965);
/**
 * One layer of the lookup order of SPEC §4 (tool cache → actions/cache → release asset → download
 * URL → build): `find` answers a hit (a verified binary installed in the tool cache) or a miss, and
 * a layer that missed may `store` what a later layer found (actions/cache saves it for next time).
 * The run's shared state (target, scratch space, the tool cache staging folder) is the Context.
 */




function createContext(t, opts, log, root) {
    let temp;
    let staging;
    const removeStaging = async () => {
        if (staging)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(staging, { recursive: true, force: true });
        staging = undefined;
    };
    return {
        t,
        opts,
        log,
        root,
        workspace: opts.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd(),
        async temp() {
            temp ??= await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.tempDir ?? process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'sync-ensure-'));
            return temp;
        },
        async staging() {
            await removeStaging();
            staging = await (0,_artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .stagingDir */ .rz)(root, t.name, t.version, t.platform);
            return staging;
        },
        async install(sha256) {
            const dir = await (0,_artifact_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .installTool */ .Gn)(staging, root, t.name, t.version, t.platform, { exe: t.exe, sha256 });
            staging = undefined;
            return dir;
        },
        async cleanup() {
            await removeStaging();
            if (temp)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { recursive: true, force: true });
        },
    };
}
const miss = (why) => ({ hit: false, why });
const skip = () => ({ hit: false, skipped: true });
const hit = (dir, sha256) => ({ hit: true, dir, sha256 });


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
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9541);
/* harmony import */ var _artifact_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4920);
/* harmony import */ var _artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9753);
/**
 * The check every binary passes before it is used: its `.version` names the requested entry,
 * version and platform, and the binary's sha256 equals the `checksum` recorded there.
 */





class VerifyError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y {
    name = 'VerifyError';
}
/** Verifies `dir` (holding the binary and `.version`); `label` names where it came from. */
async function verifyDir(dir, t, label, knownSha256) {
    const binary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, t.exe);
    // lstat: a link is never followed, wherever it points.
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(binary).catch(() => undefined);
    if (!st?.isFile())
        throw new VerifyError(`${label}: no ${t.exe} in it (expected the binary, a regular file, at its top level)`);
    const versionFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE);
    const text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(versionFile).catch(() => undefined))?.isFile() ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(versionFile, 'utf8').catch(() => undefined) : undefined;
    if (text === undefined)
        throw new VerifyError(`${label}: no ${_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE} file beside ${t.exe}`);
    const info = (0,_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.parseVersionFile)(text);
    if (info.version !== t.version) {
        throw new VerifyError(`${label}: version mismatch: expected ${t.version}, ${_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE} says ${info.version ?? '(none)'}`);
    }
    if (info.name && info.name !== t.name)
        throw new VerifyError(`${label}: name mismatch: expected ${t.name}, ${_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE} says ${info.name}`);
    if ((info.os && info.os !== t.platform.os) || (info.arch && info.arch !== t.platform.arch)) {
        throw new VerifyError(`${label}: platform mismatch: expected ${t.platform.os}/${t.platform.arch}, ${_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE} says ${info.os}/${info.arch}`);
    }
    // knownSha256: this binary was hashed at install and its stat has not changed since (tool-cache.ts).
    const sha256 = knownSha256 ?? (await (0,_artifact_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(binary));
    if (!info.checksum || info.checksum.toLowerCase() !== sha256) {
        throw new VerifyError(`${label}: checksum mismatch for ${t.exe}: expected ${info.checksum || '(none)'} (${_artifact_version_file_js__WEBPACK_IMPORTED_MODULE_4__.VERSION_FILE}), actual ${sha256}`);
    }
    return { sha256, info };
}


/***/ })

};
