import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3913:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9852);
/* harmony import */ var _runtime_actions_log_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3696);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9541);
/* harmony import */ var _runtime_step_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6788);
/* harmony import */ var _github_repo_ref_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8031);
/* harmony import */ var _upstream_run_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5148);






async function main() {
    const manifestPath = _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('manifest') || 'versions.yml';
    const token = (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenInput */ .e1)('token');
    const update = (_runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('update').trim() || 'none');
    const failOnUpdate = (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('fail-on-update', false);
    const failOnError = (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('fail-on-error', true);
    const includePrereleases = (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('include-prereleases', false);
    const outputFile = _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('output-file').trim();
    const serverUrl = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const options = {
        manifestPath,
        names: (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('names'),
        includePrereleases,
        token,
        serverUrl,
        update,
        outputFile: outputFile || undefined,
        repo: process.env.GITHUB_REPOSITORY || undefined,
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        labels: (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('labels'),
    };
    (0,_upstream_run_js__WEBPACK_IMPORTED_MODULE_3__/* .validateRunCheck */ .Ke)(options);
    const onlyUpstream = dispatchedUpstream();
    if (onlyUpstream)
        _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`repository_dispatch for ${onlyUpstream}: checking only the entries tracking it`);
    const { result, json, updated, failed, pulls, manifestUpdated } = await (0,_upstream_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runCheck */ .k_)({ ...options, onlyUpstream }, _runtime_actions_log_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsLog */ ._);
    if (manifestUpdated)
        _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${manifestPath}: updated ${updated.map((e) => e.name).join(', ')}`);
    if (onlyUpstream && !result.entries.length)
        _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`no entry of ${manifestPath} tracks ${onlyUpstream}; nothing to check`);
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('manifest', JSON.stringify(json));
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('updates', JSON.stringify(updated.map((e) => e.name)));
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('has-updates', updated.length ? 'true' : 'false');
    _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('pull-requests', JSON.stringify(pulls.map((p) => ({
        name: p.name,
        branch: p.branch,
        action: p.action ?? 'failed',
        number: p.number ?? null,
        url: p.url ?? null,
        ...(p.error ? { error: p.error } : {}),
    }))));
    await writeSummary(result.entries, result.skipped, pulls, update);
    const problems = [];
    if (failOnError && failed.length)
        problems.push(`could not check ${failed.map((e) => `${e.name} (${e.error})`).join('; ')}`);
    const badPulls = pulls.filter((p) => p.error);
    if (badPulls.length)
        problems.push(`could not open update PRs for ${badPulls.map((p) => `${p.name} (${p.error})`).join('; ')}`);
    if (failOnUpdate && updated.length)
        problems.push(`updates available (fail-on-update): ${updated.map((e) => `${e.name} ${e.pinned} -> ${e.newVersion}`).join(', ')}`);
    if (problems.length)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(problems.join('; '));
}
/** `client_payload.upstream` of a repository_dispatch, when it is a plausible repository name. */
function dispatchedUpstream() {
    if (process.env.GITHUB_EVENT_NAME !== 'repository_dispatch')
        return undefined;
    const event = _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .readEvent */ .j_();
    const upstream = event.client_payload?.upstream;
    if (upstream === undefined)
        return undefined;
    // Untrusted input: it only ever filters entries, and only when it looks like a repository.
    if (typeof upstream !== 'string' || !(0,_github_repo_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRepoRef */ .PP)(upstream)) {
        _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e('repository_dispatch: client_payload.upstream is not owner/name; checking every entry');
        return undefined;
    }
    return upstream;
}
const cell = (s) => (s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const short = (v) => (v && /^[0-9a-f]{40}$/.test(v) ? v.slice(0, 12) : v);
async function writeSummary(entries, skipped, pulls, update) {
    const byName = new Map(pulls.map((p) => [p.name, p]));
    const head = ['entry', 'current', 'latest', 'kind', 'link', ...(update === 'pull-request' ? ['pull request'] : [])];
    const rows = entries.map((e) => {
        const current = e.track === 'commits' ? short(e.currentCommit ?? e.pinned) : (e.currentTag ?? e.pinned);
        const latest = e.error ? `⚠️ ${e.error}` : `${(e.track === 'commits' ? short(e.latestCommit) : e.latestTag) ?? ''}${e.warning ? ' ⚠️' : ''}`;
        const link = e.updateAvailable
            ? [e.releaseUrl && `[${e.track === 'commits' ? 'commit' : 'release'}](${e.releaseUrl})`, e.compareUrl && `[compare](${e.compareUrl})`]
                .filter(Boolean)
                .join(' · ')
            : `[upstream](${e.upstreamRepo})`;
        const p = byName.get(e.name);
        const pr = p ? (p.error ? `⚠️ ${p.error}` : `[#${p.number}](${p.url}) ${p.action}`) : '';
        return [e.name, current, latest, e.error ? 'error' : e.updateType, link, ...(update === 'pull-request' ? [pr] : [])].map(cell);
    });
    const lines = ['### check-upstream', '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
    if (!entries.length)
        lines.push('', 'No entry to check.');
    const warned = entries.filter((e) => e.warning);
    if (warned.length)
        lines.push('', ...warned.map((e) => `- ⚠️ **${e.name}**: ${e.warning}`));
    if (skipped.length)
        lines.push('', `Without an upstream (not checked): ${skipped.join(', ')}`);
    await _runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(lines.join('\n') + '\n').write();
}
// Last, so every module-level constant above is initialised before the step runs.
await (0,_runtime_step_js__WEBPACK_IMPORTED_MODULE_2__/* .runStep */ .eg)(main);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PP: () => (/* binding */ parseRepoRef),
/* harmony export */   ze: () => (/* binding */ onServer)
/* harmony export */ });
/* unused harmony exports repoKey, serverRepo, sameRepo */
const SEGMENT = /^[A-Za-z0-9_.-]+$/;
function parseRepoRef(value) {
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    if (!text || /\s|\0/.test(text))
        return undefined;
    if (!/[:@]/.test(text))
        return fromPath(text);
    let host;
    let scheme;
    let path;
    const scp = /^(?:[^@/:]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^:]+)$/.exec(text);
    if (scp) {
        host = scp[1];
        scheme = 'ssh';
        path = scp[2];
    }
    else {
        let url;
        try {
            url = new URL(text);
        }
        catch {
            return undefined;
        }
        const proto = url.protocol.slice(0, -1);
        if (proto !== 'http' && proto !== 'https' && proto !== 'ssh' && proto !== 'git')
            return undefined;
        if (!url.hostname || url.search || url.hash)
            return undefined;
        scheme = proto;
        host = proto === 'http' || proto === 'https' ? url.host : url.hostname;
        try {
            path = decodeURIComponent(url.pathname);
        }
        catch {
            return undefined;
        }
    }
    const ref = fromPath(path.replace(/^\/+/, ''));
    return ref && { host: host.toLowerCase(), scheme, ...ref };
}
function fromPath(path) {
    const parts = path.replace(/\/+$/, '').split('/');
    if (parts.length !== 2)
        return undefined;
    const owner = parts[0];
    const name = parts[1].endsWith('.git') ? parts[1].slice(0, -4) : parts[1];
    if (!SEGMENT.test(owner) || !SEGMENT.test(name) || owner.startsWith('.') || name === '.' || name === '..' || owner.startsWith('-'))
        return undefined;
    return { owner, name, fullName: `${owner}/${name}` };
}
/** Lower-case `owner/name`: what two spellings of one repository share. */
function repoKey(ref) {
    return ref.fullName.toLowerCase();
}
/**
 * True when a reference names a repository on the GitHub server at `serverUrl` (an `owner/name`
 * always does). An http(s) URL must have the server's host and port; ssh and scp-like addresses
 * the server's host name (`git@github.com:` is github.com).
 */
function onServer(ref, serverUrl) {
    if (!ref.host)
        return true;
    let server;
    try {
        server = new URL(serverUrl);
    }
    catch {
        return false;
    }
    if (ref.scheme === 'http' || ref.scheme === 'https')
        return ref.host === server.host.toLowerCase();
    return ref.host === server.hostname.toLowerCase();
}
/**
 * `owner/name` on the server when the reference is there (any spelling: owner/name, https, ssh,
 * scp-like), else undefined.
 */
function serverRepo(value, serverUrl) {
    const ref = parseRepoRef(value);
    return ref && onServer(ref, serverUrl) ? ref.fullName : undefined;
}
/** True when two references name the same repository of the server (names compared without case). */
function sameRepo(a, b, serverUrl) {
    const x = serverRepo(a, serverUrl);
    const y = serverRepo(b, serverUrl);
    return !!x && !!y && x.toLowerCase() === y.toLowerCase();
}


/***/ }),

/***/ 6629:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ isRepoName),
/* harmony export */   K0: () => (/* binding */ badVersion),
/* harmony export */   fL: () => (/* binding */ DEFAULT_TAG),
/* harmony export */   pV: () => (/* binding */ readManifestText),
/* harmony export */   pW: () => (/* binding */ DEFAULT_ASSET)
/* harmony export */ });
/* unused harmony exports badTagName, badFileName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9541);
/**
 * The manifest's defaults, name rules and file reading without the YAML parser, so code that only
 * needs these (a tool-cache hit, a failing input check) does not load it. manifest.ts re-exports them.
 */


/** The manifest file's text, or one line saying why it cannot be read. */
async function readManifestText(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(code === 'ENOENT'
            ? `${file}: manifest not found (set the "manifest" input, or create versions.yml)`
            : `${file}: cannot read manifest (${code ?? String(err)})`);
    }
}
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
/**
 * Why `version` cannot be a pinned version, or undefined (SPEC §2): any non-empty string without
 * spaces, including a monorepo's full tag with slashes (`comp/v1.2.3`). One with a slash is a
 * tag name, so it must be a valid one (no `..`, no empty component, no `.lock`...); a backslash
 * is never a tag character and would be a path separator on Windows.
 */
function badVersion(version) {
    if (!version)
        return 'it is empty';
    if (/[\s\x00-\x1f\x7f]/.test(version))
        return 'it contains a space or control character';
    if (version.includes('\\'))
        return 'it contains "\\"';
    if (version.includes('/')) {
        const why = badTagName(version);
        if (why)
            return `${why} (a version with "/" is a monorepo tag, so it must be a valid tag name)`;
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
/* harmony export */   j_: () => (/* binding */ readEvent),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony exports getMultilineInput, exportVariable, addPath, isDebug, error, startGroup, endGroup */
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
        appendFileSync(file, `${dir}${EOL}`, 'utf8');
    else
        command('add-path', dir);
    process.env.PATH = `${dir}${PATH_DELIMITER}${process.env.PATH ?? ''}`;
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
        const data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
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
/* harmony export */   dt: () => (/* binding */ listInput),
/* harmony export */   e1: () => (/* binding */ tokenInput),
/* harmony export */   eg: () => (/* binding */ runStep),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony export integerInput */
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
    return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)
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

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ validateRunCheck),
/* harmony export */   k_: () => (/* binding */ runCheck)
/* harmony export */ });
/* unused harmony export UPDATE_MODES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9541);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6629);
/**
 * check-upstream from start to end, shared by the action and `sync check`: read the manifest,
 * check, write the output file, rewrite the manifest, open or refresh the update PRs. The entry
 * points only turn inputs or flags into `RunCheckOptions` and the result into outputs or lines.
 *
 * The usual failures (no manifest, an unusable option) are found before the YAML parser, the
 * upstream library or Octokit is loaded: a refused run starts as fast as node itself.
 */




const UPDATE_MODES = ['none', 'manifest', 'pull-request'];
/** Refuses options that cannot work, before anything heavy is loaded. */
function validateRunCheck(opts) {
    if (!UPDATE_MODES.includes(opts.update))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`input "update" must be one of ${UPDATE_MODES.join(', ')}, got "${opts.update}"`);
    if (opts.update === 'pull-request') {
        if (!opts.token)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`update: pull-request needs a token that may push and open pull requests${opts.tokenHint ? ` (${opts.tokenHint})` : ''}`);
        if (!opts.repo)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('update: pull-request needs GITHUB_REPOSITORY (the repository to open PRs in)');
    }
}
async function runCheck(opts, log) {
    validateRunCheck(opts);
    const text = await (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifestText */ .pV)(opts.manifestPath);
    const { parseManifest } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(842)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1842));
    const { checkUpstreams, manifestJson } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(907), __nccwpck_require__.e(114)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6114));
    const manifest = parseManifest(text, opts.manifestPath);
    const result = await checkUpstreams({
        manifest,
        names: opts.names,
        onlyUpstream: opts.onlyUpstream,
        includePrereleases: opts.includePrereleases,
        token: opts.token,
        serverUrl: opts.serverUrl,
        apiUrl: opts.apiUrl,
    }, log);
    const json = manifestJson(result);
    const updated = result.entries.filter((e) => e.updateAvailable);
    const failed = result.entries.filter((e) => e.error);
    if (opts.outputFile) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.outputFile)), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(opts.outputFile, `${JSON.stringify(json, null, 2)}\n`);
    }
    let manifestUpdated = false;
    let pulls = [];
    if (opts.update !== 'none' && updated.length) {
        const { updateManifestFile } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(824)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5824));
        const changes = Object.fromEntries(updated.map((e) => [e.name, e.newVersion]));
        manifestUpdated = await updateManifestFile(opts.manifestPath, changes);
        if (opts.update === 'pull-request') {
            const client = opts.client ?? (await Promise.all(/* import() */[__nccwpck_require__.e(8), __nccwpck_require__.e(573)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9573))).createClient({ token: opts.token, apiUrl: opts.apiUrl, warn: (m) => log.warn(m) });
            const { openUpdatePullRequests } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(8), __nccwpck_require__.e(907), __nccwpck_require__.e(824), __nccwpck_require__.e(831)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8831));
            pulls = await openUpdatePullRequests(updated, {
                repo: opts.repo,
                workspace: opts.workspace,
                manifest: opts.manifestPath,
                token: opts.token,
                serverUrl: opts.serverUrl,
                client,
                labels: opts.labels,
            }, log);
        }
    }
    return { result, json, updated, failed, manifestUpdated, pulls };
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

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ var __webpack_exports__ = __nccwpck_require__(3913);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
