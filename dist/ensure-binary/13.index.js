export const id = 13;
export const ids = [13];
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

/***/ 4013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDownload: () => (/* binding */ parseDownload),
/* harmony export */   parseDownloadInput: () => (/* binding */ parseDownloadInput)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/* harmony import */ var _archive_format_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9070);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(439);
/**
 * The `download` key of a manifest entry (SPEC §2 "Upstream downloads"): a URL template, or a
 * mapping with url, format, path, replacements, overrides and checksum. Checked here, key by key,
 * so a mistake is one line naming the entry and the key.
 */




const OSES = ['linux', 'darwin', 'windows'];
const ARCHES = ['amd64', 'arm64'];
const KEYS = ['url', 'format', 'path', 'replacements', 'overrides', 'checksum'];
const OVERRIDE_KEYS = ['os', 'arch', 'url', 'format', 'path', 'replacements', 'checksum'];
/** Parses an entry's `download` node; `where(key)` names the entry and key for errors. */
function parseDownload(node, where, fail) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        const url = scalarText(node);
        if (!url)
            fail(node, where('download'), `expected a URL template or a mapping, got ${JSON.stringify(node.value)}`);
        template(url, node, where('download'), fail);
        return { url: url };
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        fail(node, where('download'), 'expected a URL template or a mapping with "url"');
    const map = node;
    checkKeys(map, KEYS, (k) => where(`download.${k}`), fail);
    const urlNode = map.get('url', true);
    if (urlNode === undefined)
        fail(map, where('download.url'), 'missing (the URL template of the upstream file)');
    const spec = { url: '', ...settings(map, (k) => where(`download.${k}`), fail) };
    if (!spec.url)
        fail(urlNode, where('download.url'), 'expected a non-empty URL template');
    const overrides = map.get('overrides', true);
    if (overrides !== undefined) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(overrides))
            fail(overrides, where('download.overrides'), 'expected a list of { os, arch, ... } mappings');
        spec.overrides = overrides.items.map((item, i) => override(item, (k) => where(`download.overrides[${i}]${k ? `.${k}` : ''}`), fail));
    }
    return spec;
}
/**
 * A step's `download` input, checked by the same rules as a manifest entry's `download`: one line
 * (not starting with "{") is a URL template; anything else is YAML or JSON text of the mapping,
 * as a `download: |` block in a workflow gives it. Errors are one line naming the input.
 */
function parseDownloadInput(text, input = 'download') {
    const value = text.trim();
    const name = `input "${input}"`;
    const fail = (lines) => (node, where, what) => {
        const at = lines && node?.range && value.includes('\n') ? ` (line ${lines.linePos(node.range[0]).line})` : '';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${name}${at}: ${where ? `${where}: ` : ''}${what}`);
    };
    // The manifest names `download.format`; here the input is `download`, so the key is `format`.
    const where = (key) => (key === 'download' ? '' : `key "${key.replace(/^download\./, '')}"`);
    if (!value.includes('\n') && !value.startsWith('{')) {
        // `format: zip` on one line is a mapping cut short, not a URL: say so rather than download it.
        if (/\s/.test(value))
            fail()(null, '', `a URL template has no spaces, got "${value}" (a mapping goes on several lines: "download: |")`);
        return parseDownload(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(value), where, fail());
    }
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(value, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${name} (line ${lines.linePos(e.pos[0]).line}): invalid YAML or JSON: ${e.message.split('\n')[0]}`);
    }
    if (!doc.contents)
        fail(lines)(null, '', 'expected a URL template or a mapping with "url"');
    return parseDownload(doc.contents, where, fail(lines));
}
function override(node, where, fail) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        fail(node, where(''), 'expected a mapping with "os" and/or "arch"');
    const map = node;
    checkKeys(map, OVERRIDE_KEYS, where, fail);
    const o = settings(map, where, fail);
    for (const [key, allowed] of [
        ['os', OSES],
        ['arch', ARCHES],
    ]) {
        const n = map.get(key, true);
        if (n === undefined)
            continue;
        const v = scalarText(n);
        if (!v || !allowed.includes(v))
            fail(n, where(key), `expected one of ${allowed.join(', ')}`);
        if (key === 'os')
            o.os = v;
        else
            o.arch = v;
    }
    if (!o.os && !o.arch)
        fail(map, where(''), 'an override needs "os" and/or "arch" to match on');
    return o;
}
function settings(map, where, fail) {
    const out = {};
    for (const key of ['url', 'path']) {
        const n = map.get(key, true);
        if (n === undefined)
            continue;
        const v = scalarText(n);
        if (!v)
            fail(n, where(key), 'expected a non-empty template string');
        template(v, n, where(key), fail);
        out[key] = v;
    }
    const f = map.get('format', true);
    if (f !== undefined) {
        const v = scalarText(f);
        if (!v || !(0,_archive_format_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isFormat */ .s2)(v))
            fail(f, where('format'), `expected one of ${_archive_format_names_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMATS */ .hR.join(', ')}`);
        out.format = v;
    }
    const r = map.get('replacements', true);
    if (r !== undefined) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(r))
            fail(r, where('replacements'), 'expected a mapping like { amd64: x86_64, darwin: macOS }');
        out.replacements = {};
        for (const pair of r.items) {
            const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
            if (![...OSES, ...ARCHES].includes(k))
                fail(pair.key, where(`replacements.${k}`), `unknown name (replacements are for ${[...OSES, ...ARCHES].join(', ')})`);
            const v = pair.value && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) ? scalarText(pair.value, true) : undefined;
            if (v === undefined || /[/\\\s]/.test(v))
                fail(pair.value ?? pair.key, where(`replacements.${k}`), 'expected a name (no spaces or slashes)');
            out.replacements[k] = v;
        }
    }
    const c = map.get('checksum', true);
    if (c !== undefined)
        out.checksum = checksum(c, where, fail);
    return out;
}
function checksum(node, where, fail) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === false)
        return false;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        const url = scalarText(node);
        if (!url)
            fail(node, where('checksum'), 'expected a URL template, false, or { sha256: { <os>-<arch>: <hex> } }');
        template(url, node, where('checksum'), fail);
        return { url: url };
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        fail(node, where('checksum'), 'expected a URL template, false, or { sha256: { <os>-<arch>: <hex> } }');
    const map = node;
    checkKeys(map, ['sha256'], (k) => where(`checksum.${k}`), fail);
    const pins = map.get('sha256', true);
    if (!pins || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pins))
        fail(pins ?? map, where('checksum.sha256'), 'expected a mapping of <os>-<arch> to a sha256 (64 hex digits)');
    const sha256 = {};
    for (const pair of pins.items) {
        const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
        const [os, arch, ...rest] = k.split('-');
        if (rest.length || !OSES.includes(os) || !ARCHES.includes(arch))
            fail(pair.key, where(`checksum.sha256.${k}`), 'expected a platform like linux-amd64, darwin-arm64, windows-amd64');
        const v = pair.value && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) ? scalarText(pair.value) : undefined;
        if (!v || !/^[0-9a-fA-F]{64}$/.test(v))
            fail(pair.value ?? pair.key, where(`checksum.sha256.${k}`), 'expected a sha256: 64 hex digits');
        sha256[k] = v.toLowerCase();
    }
    return { sha256 };
}
function template(value, node, where, fail) {
    try {
        (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .placeholdersOf */ .iJ)(value, _template_js__WEBPACK_IMPORTED_MODULE_1__/* .DOWNLOAD_PLACEHOLDERS */ .q2);
    }
    catch (err) {
        fail(node, where, err.message);
    }
}
function checkKeys(map, allowed, where, fail) {
    for (const item of map.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) ? String(item.key.value) : String(item.key);
        if (!allowed.includes(key))
            fail(item.key, where(key), `unknown key (allowed: ${allowed.join(', ')})`);
    }
}
/** A scalar's text; numbers keep their source spelling. Empty strings only when `empty`. */
function scalarText(node, empty = false) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return undefined;
    const v = node.value;
    if (typeof v === 'string')
        return v || empty ? v : undefined;
    if (typeof v === 'number')
        return node.source ?? String(v);
    return undefined;
}


/***/ }),

/***/ 439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ semverOf),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   iJ: () => (/* binding */ placeholdersOf),
/* harmony export */   q2: () => (/* binding */ DOWNLOAD_PLACEHOLDERS)
/* harmony export */ });
/* unused harmony export PLACEHOLDERS */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

/** The placeholders a tag or asset template may use. */
const PLACEHOLDERS = ['name', 'version', 'bin', 'os', 'arch', 'semver', 'exe'];
/** A `download` template (url, path, checksum) may also use `{ext}`, the format's extension. */
const DOWNLOAD_PLACEHOLDERS = [...PLACEHOLDERS, 'ext'];
const PATTERN = /\{([^{}]*)\}/g;
/** The placeholders named in a template; throws on an unknown one. */
function placeholdersOf(template, allowed = PLACEHOLDERS) {
    const found = [];
    for (const match of template.matchAll(PATTERN)) {
        const key = match[1];
        if (!allowed.includes(key)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown placeholder {${key}} in "${template}" (allowed: ${allowed.map((p) => `{${p}}`).join(' ')})`);
        }
        found.push(key);
    }
    return found;
}
/** Fills a template; an unknown placeholder or one without a value is an error. */
function render(template, vars, allowed = PLACEHOLDERS) {
    placeholdersOf(template, allowed);
    return template.replace(PATTERN, (_, key) => {
        const value = vars[key];
        if (value === undefined)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`no value for {${key}} in "${template}"`);
        return value;
    });
}
/** `{semver}`: the version without a leading `v`; of a monorepo tag (`comp/v1.2.3`), its last part's. */
function semverOf(version) {
    const last = version.slice(version.lastIndexOf('/') + 1);
    return /^v\d/.test(last) ? last.slice(1) : last;
}


/***/ })

};
