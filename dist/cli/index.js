#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ COMMON_HELP),
/* harmony export */   DT: () => (/* binding */ COMMON_OPTIONS),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/** Options every command takes. */
const COMMON_OPTIONS = {
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
    repo: { type: 'string' },
    manifest: { type: 'string' },
};
const COMMON_HELP = [
    ['--repo owner/name', 'repository (default: GITHUB_REPOSITORY, or the "origin" remote)'],
    ['--manifest FILE', 'versions manifest (default: versions.yml)'],
    ['--json', 'print one JSON document on stdout, nothing else'],
    ['-v, --verbose', 'say where each step looks and why (debug lines on stderr)'],
    ['-h, --help', 'this help'],
];
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 2957:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ commandHelp),
/* harmony export */   iW: () => (/* binding */ main),
/* harmony export */   q3: () => (/* reexport safe */ _words_js__WEBPACK_IMPORTED_MODULE_2__.q),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9541);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3567);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6657);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8679);
/**
 * `ghsync`: the actions' library on a laptop. Exit codes: 0 ok, 1 failed, 2 usage error.
 * Each command lives in commands/<name>.ts and is loaded only when used, so `ghsync --help`
 * and a cold start stay fast.
 */






const VERSION = '0.1.0';
const COMMANDS = {
    ensure: { summary: 'ensure a pinned binary: tool cache, release, download, or build and release', load: () => __nccwpck_require__.e(/* import() */ 8127).then(__nccwpck_require__.bind(__nccwpck_require__, 8127)) },
    release: { summary: 'package a binary (or a platform bundle) and upload it to its release', load: () => __nccwpck_require__.e(/* import() */ 436).then(__nccwpck_require__.bind(__nccwpck_require__, 436)) },
    check: { summary: 'which pinned versions have a newer upstream', load: () => __nccwpck_require__.e(/* import() */ 2345).then(__nccwpck_require__.bind(__nccwpck_require__, 2345)) },
    dispatch: { summary: 'tell subscribed cousin repositories which features changed', load: () => __nccwpck_require__.e(/* import() */ 9499).then(__nccwpck_require__.bind(__nccwpck_require__, 9499)) },
    apply: { summary: 'apply a dispatched feature update from a payload file (sync-upstream)', load: () => __nccwpck_require__.e(/* import() */ 1141).then(__nccwpck_require__.bind(__nccwpck_require__, 1141)) },
    webhook: { summary: 'serve GitHub webhooks and turn upstream events into dispatches', load: () => Promise.all(/* import() */[__nccwpck_require__.e(4008), __nccwpck_require__.e(8815), __nccwpck_require__.e(9312), __nccwpck_require__.e(2977)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2977)) },
    status: { summary: 'each entry: pinned version, tool cache folder, platforms its release holds', load: () => __nccwpck_require__.e(/* import() */ 6171).then(__nccwpck_require__.bind(__nccwpck_require__, 6171)) },
    path: { summary: 'put the ensured binaries on PATH: print what to eval, or --link them into one folder', load: () => __nccwpck_require__.e(/* import() */ 9550).then(__nccwpck_require__.bind(__nccwpck_require__, 9550)) },
    init: {
        summary: 'scaffold versions.yml, ecosystem.json or subscriptions.json and the workflows (never overwrites)',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9787)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9787)),
    },
    watch: { summary: "follow a project's releases: swap in changed binaries, run --on-update", load: () => __nccwpck_require__.e(/* import() */ 7378).then(__nccwpck_require__.bind(__nccwpck_require__, 7378)) },
    rollback: { summary: 'put back the previous binary that watch replaced (no network)', load: () => __nccwpck_require__.e(/* import() */ 4533).then(__nccwpck_require__.bind(__nccwpck_require__, 4533)) },
    replay: { summary: "list and redeliver a webhook's missed deliveries through the API", load: () => __nccwpck_require__.e(/* import() */ 9014).then(__nccwpck_require__.bind(__nccwpck_require__, 9014)) },
    poll: { summary: 'look for upstream changes without webhooks and dispatch what moved', load: () => __nccwpck_require__.e(/* import() */ 2132).then(__nccwpck_require__.bind(__nccwpck_require__, 2132)) },
    relay: { summary: 'a self-hosted webhook relay (smee.io and gosmee compatible) with history', load: () => __nccwpck_require__.e(/* import() */ 4424).then(__nccwpck_require__.bind(__nccwpck_require__, 4424)) },
};
/** `list` is what people type for `status`. */
const ALIASES = { list: 'status', env: 'path' };
function mainHelp() {
    const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
    return [
        'ghsync: GitHub Releases as the binary cache, repository_dispatch for cousin updates',
        '',
        'Usage: ghsync <command> [options]    (ghsync <command> --help for its options)',
        '',
        'Commands:',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
        '',
        'Environment: GITHUB_TOKEN or GH_TOKEN (token), GITHUB_API_URL (API host; default from the origin remote)',
        'Exit codes: 0 ok, 1 failed, 2 usage error',
        '',
    ].join('\n');
}
function commandHelp(name, c) {
    const rows = [...c.help, ..._command_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMON_HELP */ .CX];
    const width = Math.max(...rows.map(([f]) => f.length));
    return [`ghsync ${name}: ${c.summary}`, '', `Usage: ${c.usage}`, '', 'Options:', ...rows.map(([f, t]) => `  ${f.padEnd(width)}  ${t}`), ''].join('\n');
}
async function main(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(mainHelp());
        return name || argv.length ? 0 : 2;
    }
    if (name === '--version' || name === '-V') {
        process.stdout.write(`${VERSION}\n`);
        return 0;
    }
    const entry = COMMANDS[ALIASES[name] ?? name];
    if (!entry) {
        process.stderr.write(`ghsync: unknown command "${name}" (see ghsync --help)\n`);
        return 2;
    }
    const { command } = await entry.load();
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: rest, options: { ..._command_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMON_OPTIONS */ .DT, ...command.options }, allowPositionals: true, strict: true });
    }
    catch (err) {
        process.stderr.write(`ghsync ${name}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__.oneLine)(err)} (see ghsync ${name} --help)\n`);
        return 2;
    }
    if (parsed.values.help) {
        process.stdout.write(commandHelp(name, command));
        return 0;
    }
    if (parsed.values.verbose)
        process.env.SYNC_DEBUG = '1';
    const out = (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .createOutput */ .q)(Boolean(parsed.values.json));
    try {
        return await command.run(parsed.positionals, parsed.values, out);
    }
    catch (err) {
        if (err instanceof _command_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb) {
            process.stderr.write(`ghsync ${name}: ${err.message} (see ghsync ${name} --help)\n`);
            return 2;
        }
        const msg = (0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .cliWords */ .q)((0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__.oneLine)(err));
        if (!(err instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y) && process.env.SYNC_DEBUG && err instanceof Error)
            process.stderr.write(`${err.stack}\n`);
        if (out.json)
            process.stdout.write(`${JSON.stringify({ ok: false, error: msg }, null, 2)}\n`);
        process.stderr.write(`ghsync ${name}: ${msg}\n`);
        return 1;
    }
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ createOutput)
/* harmony export */ });
/* unused harmony export formatBytes */
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8679);

function createOutput(json, stream = process.stderr) {
    const tty = !json && Boolean(stream.isTTY);
    let progressShown = false;
    const clear = () => {
        if (progressShown) {
            stream.write('\r\x1b[K');
            progressShown = false;
        }
    };
    // Library messages speak the actions' language ("re-run the job", inputs): every line said here,
    // warnings and results included, names the CLI's flags instead.
    const line = (text) => {
        clear();
        stream.write(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .cliWords */ .q)(text)}\n`);
    };
    const started = new Map();
    const log = {
        info: (m) => (json ? undefined : line(m)),
        warn: (m) => line(`warning: ${m}`),
        debug: (m) => (process.env.SYNC_DEBUG ? line(`debug: ${m}`) : undefined),
        progress: (label, done, total) => {
            if (!tty)
                return;
            const t0 = started.get(label) ?? Date.now();
            started.set(label, t0);
            const secs = Math.max((Date.now() - t0) / 1000, 0.001);
            const pct = total ? ` ${((100 * done) / total).toFixed(0)}%` : '';
            stream.write(`\r\x1b[K${label}: ${formatBytes(done)}${total ? ` / ${formatBytes(total)}` : ''}${pct} ${formatBytes(done / secs)}/s`);
            progressShown = true;
            if (total !== undefined && done >= total)
                clear();
        },
    };
    return {
        log,
        json,
        result(data, human) {
            clear();
            if (json)
                process.stdout.write(`${JSON.stringify(inCliWords(data), null, 2)}\n`);
            else
                for (const l of human())
                    process.stdout.write(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .cliWords */ .q)(l)}\n`);
        },
    };
}
/** Every string of a JSON document (error fields, notes) in the CLI's words. */
function inCliWords(data) {
    if (typeof data === 'string')
        return (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .cliWords */ .q)(data);
    if (Array.isArray(data))
        return data.map(inCliWords);
    if (data && typeof data === 'object')
        return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, inCliWords(v)]));
    return data;
}
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
        n /= 1024;
        i++;
    }
    return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}


/***/ }),

/***/ 8679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ cliWords)
/* harmony export */ });
/**
 * Library messages were written for the actions ("set the 'manifest' input", "re-run the job");
 * on a laptop the same advice names the flag or the variable.
 */
function cliWords(msg) {
    return msg
        .replace(/set the "manifest" input, or create versions\.yml/g, 'pass --manifest FILE, or run "ghsync init"')
        .replace(/check the "token" input/g, 'check GITHUB_TOKEN')
        .replace(/set "token" \(GITHUB_TOKEN or GH_TOKEN on a laptop\)/g, 'set GITHUB_TOKEN or GH_TOKEN')
        .replace(/\(set the "head" input, or run on push \/ pull_request\)/g, '(pass --head REV)')
        .replace(/set the "([a-z-]+)" input/g, 'pass --$1')
        .replace(/input "([a-z-]+)"/g, '--$1')
        .replace(/re-run the job/g, 'run it again');
}


/***/ }),

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   oneLine: () => (/* binding */ oneLine),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * An error the user can act on: its message is shown as the one-line failure of a step
 * (never a stack trace). Anything else that escapes is a bug and is reported as such.
 */
class UserError extends Error {
    name = 'UserError';
}
/** The message of any thrown value, on one line. */
function oneLine(err) {
    const text = err instanceof Error ? err.message : String(err);
    return text.replace(/\s*\n\s*/g, ' ').trim();
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 2862:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3774:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/web");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__VERSION = __webpack_exports__.xv;
/******/ var __webpack_exports__cliWords = __webpack_exports__.q3;
/******/ var __webpack_exports__commandHelp = __webpack_exports__.bD;
/******/ var __webpack_exports__main = __webpack_exports__.iW;
/******/ export { __webpack_exports__VERSION as VERSION, __webpack_exports__cliWords as cliWords, __webpack_exports__commandHelp as commandHelp, __webpack_exports__main as main };
/******/ 
