import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 519:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9852);
/* harmony import */ var _runtime_actions_log_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3696);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9541);
/* harmony import */ var _runtime_step_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6788);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6295);





await (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .runStep */ .eg)(async () => {
    const token = (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenInput */ .e1)('token');
    const input = (n) => _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(n).trim() || undefined;
    const addToPath = (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('add-to-path', true);
    if (!_runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('name').trim())
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y('input "name" is required: the manifest entry to ensure (its key under "binaries")');
    const { ensureBinary } = await __nccwpck_require__.e(/* import() */ 582).then(__nccwpck_require__.bind(__nccwpck_require__, 8582));
    // A URL template or a YAML/JSON mapping, checked as a manifest entry's `download` is (loaded only when set).
    const downloadText = input('download');
    const download = downloadText ? (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(13)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4013))).parseDownloadInput(downloadText) : undefined;
    const result = await ensureBinary({
        name: _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('name').trim(),
        manifestFile: input('manifest') ?? 'versions.yml',
        version: input('version'),
        bin: input('bin'),
        build: input('build'),
        workdir: input('workdir'),
        download,
        releaseRepo: input('release-repo'),
        tag: input('tag'),
        asset: input('asset'),
        os: input('os'),
        arch: input('arch'),
        token,
        releaseOnMiss: (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('release-on-miss', true),
        actionsCache: (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('actions-cache', false),
    }, _runtime_actions_log_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsLog */ ._);
    if (addToPath && result.native)
        _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .addPath */ .fM(result.dir);
    else if (addToPath)
        _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${result.name} is for ${result.os}/${result.arch}, not this runner: verified but not put on PATH`);
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('path', result.dir);
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('binary', result.binary);
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('version', result.version);
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('source', result.source);
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('cache-hit', String(result.cacheHit));
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('sha256', result.sha256);
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('released', String(result.released));
    const line = `${result.name} ${result.version} (${result.os}/${result.arch}) from ${result.source} in ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(result.durationMs)}${result.released ? `, released to ${result.releaseRepo} (${result.tag})` : ''}`;
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line);
    await _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(`**ensure-binary**: ${line}\n`, true).write();
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YA: () => (/* binding */ seconds)
/* harmony export */ });
/* unused harmony exports cell, ensureGantt */
/** Job-summary helpers shared by the ensure/release entry points. */
function seconds(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/** Escapes text for a Markdown table cell. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/** Mermaid gantt tags colour the bars: one per source, failures in red (crit). */
const TAG = { 'tool-cache': 'done, ', 'actions-cache': 'done, ', release: 'active, ', download: '', build: 'crit, ' };
/**
 * The parallel ensure as a Mermaid gantt: one bar per entry on one time line (ms from the first
 * start), grouped and coloured by where the binary came from.
 */
function ensureGantt(rows) {
    if (!rows.length)
        return [];
    const t0 = Math.min(...rows.map((r) => r.startedAt));
    const bySource = new Map();
    for (const r of rows)
        bySource.set(r.source ?? 'failed', [...(bySource.get(r.source ?? 'failed') ?? []), r]);
    // Mermaid task names end at ':' and lines at ';' or '#': keep them out of entry names.
    const label = (s) => s.replace(/[:;#\n]/g, '_');
    return [
        '```mermaid',
        'gantt',
        '  title ensure, entries in parallel (ms)',
        '  dateFormat x',
        '  axisFormat %S.%L s',
        ...[...bySource].flatMap(([source, rs]) => [
            `  section ${label(source)}`,
            ...rs.map((r) => `  ${label(r.name)} :${source === 'failed' ? 'crit, ' : (TAG[source] ?? '')}${r.startedAt - t0}, ${r.startedAt - t0 + Math.max(1, r.durationMs)}`),
        ]),
        '```',
    ];
}


/***/ }),

/***/ 3696:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ actionsLog)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9852);

/** The Log of a step on the Actions runner. */
const actionsLog = {
    info: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
    warn: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    debug: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
};


/***/ }),

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine),
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

/***/ 9852:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fM: () => (/* binding */ addPath),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony exports getMultilineInput, exportVariable, isDebug, notice, error, startGroup, endGroup, readEvent */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The Actions runner protocol (workflow commands on stdout, file commands in GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY) with the same names as @actions/core, for the
 * subset our actions use.
 *
 * Why not @actions/core itself: version 3 loads its OIDC HTTP client (undici) on import, which
 * made a bundle that only reads an input start 3.5x slower than bare `node`. Entry points import
 * this module instead, so a tool-cache hit never pays for an HTTP stack it does not use.
 */




function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
}
function getMultilineInput(name, options) {
    return getInput(name, options)
        .split('\n')
        .map((s) => (options?.trimWhitespace === false ? s : s.trim()))
        .filter((s) => s !== '');
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function command(name, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** Appends `key<<DELIM ... DELIM` to a file command, or falls back to the old stdout command. */
function fileCommand(envName, key, value) {
    const file = process.env[envName];
    if (!file)
        return false;
    const delim = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (key.includes(delim) || value.includes(delim))
        throw new Error('Unexpected input: value contains the delimiter');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${key}<<${delim}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delim}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
    return true;
}
function toValue(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function setOutput(name, value) {
    if (!fileCommand('GITHUB_OUTPUT', name, toValue(value))) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        command('set-output', toValue(value), { name });
    }
}
function exportVariable(name, value) {
    process.env[name] = toValue(value);
    if (!fileCommand('GITHUB_ENV', name, toValue(value)))
        command('set-env', toValue(value), { name });
}
function addPath(dir) {
    const file = process.env.GITHUB_PATH;
    if (file)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${dir}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
    else
        command('add-path', dir);
    process.env.PATH = `${dir}${node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter}${process.env.PATH ?? ''}`;
}
function setSecret(secret) {
    if (secret)
        command('add-mask', secret);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    command('debug', message);
}
/**
 * A plain log line. The runner reads any stdout line that starts (after blanks) with `::` as a
 * workflow command, so a message holding such a line (a file name with a newline, a payload
 * value) is written between `::stop-commands::` and its random end token, as GitHub documents
 * for untrusted output: it shows as text and never becomes an annotation or a command.
 */
function info(message) {
    if (/(^|[\r\n])[^\S\r\n]*::/.test(message)) {
        const token = `sync-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        process.stdout.write(`::stop-commands::${token}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}::${token}::${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        return;
    }
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function annotation(kind, message, props) {
    const text = message instanceof Error ? message.message : message;
    const p = {};
    if (props?.title)
        p.title = props.title;
    if (props?.file)
        p.file = props.file;
    if (props?.startLine !== undefined)
        p.line = String(props.startLine);
    command(kind, text, p);
}
function warning(message, props) {
    annotation('warning', message, props);
}
function notice(message, props) {
    annotation('notice', message, props);
}
function error(message, props) {
    annotation('error', message, props);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    command('group', name);
}
function endGroup() {
    command('endgroup', '');
}
/** The job summary, with @actions/core's builder methods (the ones we use). */
class Summary {
    buffer = '';
    wrap(tag, content, attrs = {}) {
        const a = Object.entries(attrs)
            .map(([k, v]) => ` ${k}="${v}"`)
            .join('');
        return content === null ? `<${tag}${a}>` : `<${tag}${a}>${content}</${tag}>`;
    }
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
    }
    addHeading(text, level = 1) {
        const n = Number(level);
        const tag = n >= 1 && n <= 6 ? `h${n}` : 'h1';
        return this.addRaw(this.wrap(tag, text)).addEOL();
    }
    addCodeBlock(code, lang) {
        return this.addRaw(this.wrap('pre', this.wrap('code', code), lang ? { lang } : {})).addEOL();
    }
    addList(items, ordered = false) {
        return this.addRaw(this.wrap(ordered ? 'ol' : 'ul', items.map((i) => this.wrap('li', i)).join(''))).addEOL();
    }
    addTable(rows) {
        const body = rows
            .map((row) => this.wrap('tr', row
            .map((cell) => {
            if (typeof cell === 'string')
                return this.wrap('td', cell);
            const attrs = {};
            if (cell.colspan)
                attrs.colspan = cell.colspan;
            if (cell.rowspan)
                attrs.rowspan = cell.rowspan;
            return this.wrap(cell.header ? 'th' : 'td', cell.data, attrs);
        })
            .join('')))
            .join('');
        return this.addRaw(this.wrap('table', body)).addEOL();
    }
    addLink(text, href) {
        return this.addRaw(this.wrap('a', text, { href })).addEOL();
    }
    addDetails(label, content) {
        return this.addRaw(this.wrap('details', this.wrap('summary', label) + content)).addEOL();
    }
    addSeparator() {
        return this.addRaw(this.wrap('hr', null)).addEOL();
    }
    stringify() {
        return this.buffer;
    }
    isEmptyBuffer() {
        return this.buffer.length === 0;
    }
    emptyBuffer() {
        this.buffer = '';
        return this;
    }
    /** Appends the buffer to GITHUB_STEP_SUMMARY (a no-op off the runner) and empties it. */
    async write() {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (file)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, this.buffer, 'utf8');
        return this.emptyBuffer();
    }
}
const summary = new Summary();
/**
 * The event payload at GITHUB_EVENT_PATH (what @actions/github calls `context.payload`): an empty
 * object when there is none or it cannot be read. Untrusted: callers validate what they use.
 */
function readEvent() {
    const file = process.env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        const data = JSON.parse(readFileSync(file, 'utf8'));
        return data && typeof data === 'object' ? data : {};
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 6788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e1: () => (/* binding */ tokenInput),
/* harmony export */   eg: () => (/* binding */ runStep),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony exports integerInput, listInput */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9852);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9541);


/**
 * Runs an action's body the way every entry point should: a UserError becomes a one-line
 * failure; anything else is a bug, reported on one line with the stack only in debug logs.
 */
async function runStep(body) {
    try {
        await body();
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y) && err instanceof Error && err.stack)
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(err.stack);
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(err));
    }
}
/** A boolean input that must be `true` or `false` (any case); empty means the default. */
function booleanInput(name, fallback) {
    const raw = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`input "${name}" must be true or false, got "${raw}"`);
}
/** A positive whole-number input; empty means the default. */
function integerInput(name, fallback, min = 1) {
    const raw = core.getInput(name).trim();
    if (raw === '')
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min)
        throw new UserError(`input "${name}" must be a whole number >= ${min}, got "${raw}"`);
    return value;
}
/** A multi-line or comma-separated list input. */
function listInput(name) {
    return core
        .getInput(name)
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** The token input, masked in logs before anything else can print it. */
function tokenInput(name = 'token', required = false) {
    const token = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name, { required }).trim();
    if (token)
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    return token;
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
/******/ 		792: 0
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
/******/ var __webpack_exports__ = __nccwpck_require__(519);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
