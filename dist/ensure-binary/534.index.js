export const id = 534;
export const ids = [534];
export const modules = {

/***/ 9534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBuild: () => (/* binding */ runBuild)
/* harmony export */ });
/* unused harmony export shellFor */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9541);
/**
 * The build layer: the manifest's own `build` command, the only user text that ever reaches a
 * shell. It runs in `workdir` with SYNC_OUT, SYNC_NAME, SYNC_VERSION, SYNC_OS, SYNC_ARCH set and
 * must leave the binary in $SYNC_OUT.
 */





/** bash like a workflow `run:` step (errexit, pipefail), or sh where there is no bash. */
function shellFor(command, env = process.env) {
    const names = process.platform === 'win32' ? ['bash.exe'] : ['bash'];
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter)) {
        for (const n of names)
            if (dir && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, n)))
                return { file: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, n), args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] };
    }
    return { file: 'sh', args: ['-e', '-c', command] };
}
async function runBuild(t, out, workspace, log) {
    if (!t.build)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`no build command for ${t.name}`);
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace, t.workdir ?? '.');
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(cwd).catch(() => undefined))?.isDirectory()) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`build of ${t.name}: workdir ${t.workdir ?? cwd} does not exist (check out the source first, or fix "workdir")`);
    }
    const env = {
        ...process.env,
        SYNC_OUT: out,
        SYNC_NAME: t.name,
        SYNC_VERSION: t.version,
        SYNC_OS: t.platform.os,
        SYNC_ARCH: t.platform.arch,
    };
    const shell = shellFor(t.build, env);
    log.info(`building ${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} in ${cwd}`);
    const code = await new Promise((done, fail) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(shell.file, shell.args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const forward = (stream) => {
            let rest = '';
            stream.setEncoding('utf8');
            stream.on('data', (chunk) => {
                const lines = (rest + chunk).split('\n');
                rest = lines.pop() ?? '';
                for (const line of lines)
                    log.info(line);
            });
            stream.on('end', () => rest && log.info(rest));
        };
        forward(child.stdout);
        forward(child.stderr);
        child.on('error', (e) => fail(new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`build of ${t.name}: cannot start ${shell.file}: ${e.message}`)));
        child.on('close', (c, signal) => done(c ?? (signal ? 128 : 1)));
    });
    if (code !== 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`build of ${t.name} ${t.version} failed (exit code ${code}): fix the "build" command of ${t.name} (its output is above)`);
    const binary = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(out, t.exe);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(binary).catch(() => undefined);
    if (!st?.isFile()) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`build of ${t.name} ${t.version} succeeded but left no ${t.exe} in $SYNC_OUT: the command must write the binary there (e.g. go build -o "$SYNC_OUT/${t.exe}")`);
    }
    if (process.platform !== 'win32')
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(binary, (st.mode & 0o777) | 0o755);
    return binary;
}


/***/ })

};
