/**
 * The `download` key of a manifest entry (SPEC §2 "Upstream downloads"): a URL template, or a
 * mapping with url, format, path, replacements, overrides and checksum. Checked here, key by key,
 * so a mistake is one line naming the entry and the key.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { UserError } from '../runtime/errors.js';
import { FORMATS, isFormat, type Format } from '../archive/format-names.js';
import { DOWNLOAD_PLACEHOLDERS, placeholdersOf } from './template.js';
import type { Arch, Os } from './platform.js';

export type Checksum = { url: string } | { sha256: Record<string, string> };

/** What an override may set, and what the entry sets. */
export interface DownloadSettings {
  url?: string;
  format?: Format;
  path?: string;
  /** How upstream spells our os/arch names: `{ amd64: x86_64, darwin: macOS }`. */
  replacements?: Record<string, string>;
  /** false: no checking (said in the log). */
  checksum?: Checksum | false;
}

export interface DownloadOverride extends DownloadSettings {
  os?: Os;
  arch?: Arch;
}

export interface DownloadSpec extends DownloadSettings {
  url: string;
  overrides?: DownloadOverride[];
}

const OSES = ['linux', 'darwin', 'windows'];
const ARCHES = ['amd64', 'arm64'];
const KEYS = ['url', 'format', 'path', 'replacements', 'overrides', 'checksum'];
const OVERRIDE_KEYS = ['os', 'arch', 'url', 'format', 'path', 'replacements', 'checksum'];

type Fail = (node: Node | null | undefined, where: string, what: string) => never;

/** Parses an entry's `download` node; `where(key)` names the entry and key for errors. */
export function parseDownload(node: Node, where: (key: string) => string, fail: Fail): DownloadSpec {
  if (isScalar(node)) {
    const url = scalarText(node);
    if (!url) fail(node, where('download'), `expected a URL template or a mapping, got ${JSON.stringify(node.value)}`);
    template(url!, node, where('download'), fail);
    return { url: url! };
  }
  if (!isMap(node)) fail(node, where('download'), 'expected a URL template or a mapping with "url"');
  const map = node as YAMLMap;
  checkKeys(map, KEYS, (k) => where(`download.${k}`), fail);
  const urlNode = map.get('url', true) as Node | undefined;
  if (urlNode === undefined) fail(map, where('download.url'), 'missing (the URL template of the upstream file)');
  const spec: DownloadSpec = { url: '', ...settings(map, (k) => where(`download.${k}`), fail) };
  if (!spec.url) fail(urlNode, where('download.url'), 'expected a non-empty URL template');
  const overrides = map.get('overrides', true) as Node | undefined;
  if (overrides !== undefined) {
    if (!isSeq(overrides)) fail(overrides, where('download.overrides'), 'expected a list of { os, arch, ... } mappings');
    spec.overrides = (overrides as YAMLSeq<Node>).items.map((item, i) => override(item, (k) => where(`download.overrides[${i}]${k ? `.${k}` : ''}`), fail));
  }
  return spec;
}

/**
 * A step's `download` input, checked by the same rules as a manifest entry's `download`: one line
 * (not starting with "{") is a URL template; anything else is YAML or JSON text of the mapping,
 * as a `download: |` block in a workflow gives it. Errors are one line naming the input.
 */
export function parseDownloadInput(text: string, input = 'download'): DownloadSpec {
  const value = text.trim();
  const name = `input "${input}"`;
  const fail =
    (lines?: LineCounter) =>
    (node: Node | null | undefined, where: string, what: string): never => {
      const at = lines && node?.range && value.includes('\n') ? ` (line ${lines.linePos(node.range[0]).line})` : '';
      throw new UserError(`${name}${at}: ${where ? `${where}: ` : ''}${what}`);
    };
  // The manifest names `download.format`; here the input is `download`, so the key is `format`.
  const where = (key: string) => (key === 'download' ? '' : `key "${key.replace(/^download\./, '')}"`);
  if (!value.includes('\n') && !value.startsWith('{')) {
    // `format: zip` on one line is a mapping cut short, not a URL: say so rather than download it.
    if (/\s/.test(value)) fail()(null, '', `a URL template has no spaces, got "${value}" (a mapping goes on several lines: "download: |")`);
    return parseDownload(new Scalar(value), where, fail());
  }
  const lines = new LineCounter();
  const doc = parseDocument(value, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new UserError(`${name} (line ${lines.linePos(e.pos[0]).line}): invalid YAML or JSON: ${e.message.split('\n')[0]}`);
  }
  if (!doc.contents) fail(lines)(null, '', 'expected a URL template or a mapping with "url"');
  return parseDownload(doc.contents as Node, where, fail(lines));
}

function override(node: Node, where: (key: string) => string, fail: Fail): DownloadOverride {
  if (!isMap(node)) fail(node, where(''), 'expected a mapping with "os" and/or "arch"');
  const map = node as YAMLMap;
  checkKeys(map, OVERRIDE_KEYS, where, fail);
  const o: DownloadOverride = settings(map, where, fail);
  for (const [key, allowed] of [
    ['os', OSES],
    ['arch', ARCHES],
  ] as const) {
    const n = map.get(key, true) as Node | undefined;
    if (n === undefined) continue;
    const v = scalarText(n);
    if (!v || !allowed.includes(v)) fail(n, where(key), `expected one of ${allowed.join(', ')}`);
    if (key === 'os') o.os = v as Os;
    else o.arch = v as Arch;
  }
  if (!o.os && !o.arch) fail(map, where(''), 'an override needs "os" and/or "arch" to match on');
  return o;
}

function settings(map: YAMLMap, where: (key: string) => string, fail: Fail): DownloadSettings {
  const out: DownloadSettings = {};
  for (const key of ['url', 'path'] as const) {
    const n = map.get(key, true) as Node | undefined;
    if (n === undefined) continue;
    const v = scalarText(n);
    if (!v) fail(n, where(key), 'expected a non-empty template string');
    template(v!, n, where(key), fail);
    out[key] = v!;
  }
  const f = map.get('format', true) as Node | undefined;
  if (f !== undefined) {
    const v = scalarText(f);
    if (!v || !isFormat(v)) fail(f, where('format'), `expected one of ${FORMATS.join(', ')}`);
    out.format = v as Format;
  }
  const r = map.get('replacements', true) as Node | undefined;
  if (r !== undefined) {
    if (!isMap(r)) fail(r, where('replacements'), 'expected a mapping like { amd64: x86_64, darwin: macOS }');
    out.replacements = {};
    for (const pair of (r as YAMLMap).items as Pair<Node, Node>[]) {
      const k = isScalar(pair.key) ? String(pair.key.value) : '';
      if (![...OSES, ...ARCHES].includes(k))
        fail(pair.key, where(`replacements.${k}`), `unknown name (replacements are for ${[...OSES, ...ARCHES].join(', ')})`);
      const v = pair.value && isScalar(pair.value) ? scalarText(pair.value, true) : undefined;
      if (v === undefined || /[/\\\s]/.test(v)) fail(pair.value ?? pair.key, where(`replacements.${k}`), 'expected a name (no spaces or slashes)');
      out.replacements[k] = v!;
    }
  }
  const c = map.get('checksum', true) as Node | undefined;
  if (c !== undefined) out.checksum = checksum(c, where, fail);
  return out;
}

function checksum(node: Node, where: (key: string) => string, fail: Fail): Checksum | false {
  if (isScalar(node) && node.value === false) return false;
  if (isScalar(node)) {
    const url = scalarText(node);
    if (!url) fail(node, where('checksum'), 'expected a URL template, false, or { sha256: { <os>-<arch>: <hex> } }');
    template(url!, node, where('checksum'), fail);
    return { url: url! };
  }
  if (!isMap(node)) fail(node, where('checksum'), 'expected a URL template, false, or { sha256: { <os>-<arch>: <hex> } }');
  const map = node as YAMLMap;
  checkKeys(map, ['sha256'], (k) => where(`checksum.${k}`), fail);
  const pins = map.get('sha256', true) as Node | undefined;
  if (!pins || !isMap(pins)) fail(pins ?? map, where('checksum.sha256'), 'expected a mapping of <os>-<arch> to a sha256 (64 hex digits)');
  const sha256: Record<string, string> = {};
  for (const pair of (pins as YAMLMap).items as Pair<Node, Node>[]) {
    const k = isScalar(pair.key) ? String(pair.key.value) : '';
    const [os, arch, ...rest] = k.split('-');
    if (rest.length || !OSES.includes(os) || !ARCHES.includes(arch))
      fail(pair.key, where(`checksum.sha256.${k}`), 'expected a platform like linux-amd64, darwin-arm64, windows-amd64');
    const v = pair.value && isScalar(pair.value) ? scalarText(pair.value) : undefined;
    if (!v || !/^[0-9a-fA-F]{64}$/.test(v)) fail(pair.value ?? pair.key, where(`checksum.sha256.${k}`), 'expected a sha256: 64 hex digits');
    sha256[k] = v!.toLowerCase();
  }
  return { sha256 };
}

function template(value: string, node: Node, where: string, fail: Fail): void {
  try {
    placeholdersOf(value, DOWNLOAD_PLACEHOLDERS);
  } catch (err) {
    fail(node, where, (err as Error).message);
  }
}

function checkKeys(map: YAMLMap, allowed: string[], where: (key: string) => string, fail: Fail): void {
  for (const item of map.items as Pair<Node, Node>[]) {
    const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
    if (!allowed.includes(key)) fail(item.key, where(key), `unknown key (allowed: ${allowed.join(', ')})`);
  }
}

/** A scalar's text; numbers keep their source spelling. Empty strings only when `empty`. */
function scalarText(node: Node, empty = false): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v || empty ? v : undefined;
  if (typeof v === 'number') return node.source ?? String(v);
  return undefined;
}
