import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { UserError } from '../runtime/errors.js';
import { placeholdersOf } from './template.js';
import { parseDownload, type DownloadSpec } from './download.js';
import { DEFAULT_ASSET, DEFAULT_TAG, badVersion, isRepoName, readManifestText } from './names.js';

export type Track = 'releases' | 'tags' | 'commits';

export interface Upstream {
  /** `owner/name` on the same GitHub host, or any git URL. */
  repo: string;
  track: Track;
  branch?: string;
  tagPattern?: string;
  prereleases: boolean;
}

export interface BinaryEntry {
  name: string;
  version: string;
  bin: string;
  build?: string;
  workdir?: string;
  /** Upstream's own download (the short form `download: <url>` is `{ url }`). */
  download?: DownloadSpec;
  upstream?: Upstream;
}

export interface Manifest {
  /** The file it was read from, as given. */
  file: string;
  releaseRepo?: string;
  tag: string;
  asset: string;
  binaries: Record<string, BinaryEntry>;
}

export { DEFAULT_ASSET, DEFAULT_TAG, isRepoName };
export type { DownloadSpec };

const TOP_KEYS = ['release-repo', 'tag', 'asset', 'binaries'];
const ENTRY_KEYS = ['version', 'bin', 'build', 'workdir', 'download', 'upstream'];
const UPSTREAM_KEYS = ['repo', 'track', 'branch', 'tag-pattern', 'prereleases'];
const TRACKS: Track[] = ['releases', 'tags', 'commits'];

const GIT_URL = /^(?:https?:\/\/|ssh:\/\/|git:\/\/|file:\/\/|[\w.-]+@[\w.-]+:)\S+$/;
const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** True for `owner/name` or a git URL. */
export function isRepoRef(value: string): boolean {
  return isRepoName(value) || GIT_URL.test(value);
}

/** Reads and validates `versions.yml` or `versions.json`. */
export async function loadManifest(file: string): Promise<Manifest> {
  const text = await readManifestText(file);
  return parseManifest(text, file);
}

/** Validates manifest text; every error names the file, the entry and the key (and the line). */
export function parseManifest(text: string, file: string): Manifest {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const shortName = file;
  const fail = (node: Node | null | undefined, where: string, what: string): never => {
    const at = node?.range ? `:${lines.linePos(node.range[0]).line}` : '';
    throw new UserError(`${shortName}${at}: ${where}${where ? ': ' : ''}${what}`);
  };

  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = lines.linePos(e.pos[0]).line;
    const msg = e.message.split('\n')[0];
    throw new UserError(`${shortName}:${line}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${msg}`);
  }
  const root = doc.contents;
  if (!isMap(root)) fail(root, '', 'expected a mapping with a "binaries" key');
  const top = root as YAMLMap;

  const manifest: Manifest = { file, tag: '', asset: '', binaries: {} };
  for (const pair of top.items as Pair<Node, Node>[]) {
    const key = keyOf(pair);
    if (!TOP_KEYS.includes(key)) fail(pair.key, `key "${key}"`, `unknown key (allowed: ${TOP_KEYS.join(', ')})`);
  }

  const releaseRepo = top.get('release-repo', true) as Node | undefined;
  if (releaseRepo !== undefined) {
    const value = stringOf(releaseRepo);
    if (value === undefined || !isRepoName(value)) fail(releaseRepo, 'key "release-repo"', `bad repository name ${show(releaseRepo)}: expected owner/name`);
    manifest.releaseRepo = value;
  }
  for (const key of ['tag', 'asset'] as const) {
    const node = top.get(key, true) as Node | undefined;
    const fallback = key === 'tag' ? DEFAULT_TAG : DEFAULT_ASSET;
    if (node === undefined) {
      manifest[key] = fallback;
      continue;
    }
    const value = stringOf(node);
    if (!value) fail(node, `key "${key}"`, 'expected a non-empty template string');
    checkTemplate(value!, (msg) => fail(node, `key "${key}"`, msg));
    manifest[key] = value!;
  }

  const binaries = top.get('binaries', true) as Node | undefined;
  if (binaries === undefined) fail(top, '', 'missing key "binaries"');
  if (!isMap(binaries)) fail(binaries, 'key "binaries"', 'expected a mapping of entry name to settings');
  for (const pair of (binaries as YAMLMap).items as Pair<Node, Node>[]) {
    const name = keyOf(pair);
    if (!ENTRY_NAME.test(name)) fail(pair.key, `entry "${name}"`, 'bad entry name: use letters, digits, ".", "_" and "-"');
    manifest.binaries[name] = parseEntry(name, pair, fail);
  }
  return manifest;
}

type Fail = (node: Node | null | undefined, where: string, what: string) => never;

function parseEntry(name: string, pair: Pair<Node, Node>, fail: Fail): BinaryEntry {
  const node = pair.value;
  const where = (key?: string) => (key ? `entry "${name}", key "${key}"` : `entry "${name}"`);
  if (!isMap(node)) fail(node ?? pair.key, where(), 'expected a mapping with at least "version"');
  const map = node as YAMLMap;
  for (const item of map.items as Pair<Node, Node>[]) {
    const key = keyOf(item);
    if (!ENTRY_KEYS.includes(key)) fail(item.key, where(key), `unknown key (allowed: ${ENTRY_KEYS.join(', ')})`);
  }
  const text = (key: string, required = false): string | undefined => {
    const value = map.get(key, true) as Node | undefined;
    if (value === undefined || (isScalar(value) && value.value === null)) {
      if (required) fail(map, where(key), 'missing (every entry needs a version)');
      return undefined;
    }
    const s = stringOf(value);
    if (s === undefined || s === '') fail(value, where(key), `expected a non-empty string, got ${show(value)}`);
    return s;
  };

  const entry: BinaryEntry = { name, version: text('version', true)!, bin: text('bin') ?? name };
  const badVer = badVersion(entry.version);
  if (badVer) fail(map.get('version', true) as Node, where('version'), `bad version "${entry.version}": ${badVer}`);
  if (/[/\\]/.test(entry.bin)) fail(map.get('bin', true) as Node, where('bin'), `bad binary name "${entry.bin}": a file name, not a path`);
  const build = text('build');
  if (build) entry.build = build;
  const workdir = text('workdir');
  if (workdir) entry.workdir = workdir;
  const download = map.get('download', true) as Node | undefined;
  if (download !== undefined && !(isScalar(download) && download.value === null)) entry.download = parseDownload(download, where, fail);

  const up = map.get('upstream', true) as Node | undefined;
  if (up !== undefined) entry.upstream = parseUpstream(up, (key) => where(key ? `upstream.${key}` : 'upstream'), fail);
  return entry;
}

function parseUpstream(node: Node, where: (key?: string) => string, fail: Fail): Upstream {
  if (!isMap(node)) fail(node, where(), 'expected a mapping with "repo" and "track"');
  const map = node as YAMLMap;
  for (const item of map.items as Pair<Node, Node>[]) {
    const key = keyOf(item);
    if (!UPSTREAM_KEYS.includes(key)) fail(item.key, where(key), `unknown key (allowed: ${UPSTREAM_KEYS.join(', ')})`);
  }
  const repoNode = map.get('repo', true) as Node | undefined;
  if (repoNode === undefined) fail(map, where('repo'), 'missing');
  const repo = stringOf(repoNode!);
  if (!repo || !isRepoRef(repo)) fail(repoNode, where('repo'), `bad repository ${show(repoNode!)}: expected owner/name or a git URL`);

  const trackNode = map.get('track', true) as Node | undefined;
  const track = (trackNode === undefined ? 'releases' : stringOf(trackNode)) as Track;
  if (!TRACKS.includes(track)) fail(trackNode, where('track'), `expected one of ${TRACKS.join(', ')}, got ${show(trackNode!)}`);

  const upstream: Upstream = { repo: repo!, track, prereleases: false };
  const branchNode = map.get('branch', true) as Node | undefined;
  if (branchNode !== undefined) {
    const branch = stringOf(branchNode);
    if (!branch) fail(branchNode, where('branch'), 'expected a branch name');
    upstream.branch = branch;
  }
  const patternNode = map.get('tag-pattern', true) as Node | undefined;
  if (patternNode !== undefined) {
    const pattern = stringOf(patternNode);
    try {
      new RegExp(pattern ?? '');
    } catch (err) {
      fail(patternNode, where('tag-pattern'), `not a valid regular expression: ${(err as Error).message}`);
    }
    if (!pattern) fail(patternNode, where('tag-pattern'), 'expected a regular expression');
    upstream.tagPattern = pattern;
  }
  const preNode = map.get('prereleases', true) as Node | undefined;
  if (preNode !== undefined) {
    if (!isScalar(preNode) || typeof preNode.value !== 'boolean') fail(preNode, where('prereleases'), `expected true or false, got ${show(preNode)}`);
    upstream.prereleases = (preNode as { value: boolean }).value;
  }
  return upstream;
}

function checkTemplate(template: string, onError: (msg: string) => never): void {
  try {
    placeholdersOf(template);
  } catch (err) {
    onError((err as Error).message);
  }
}

function keyOf(pair: Pair<Node, Node>): string {
  const key = pair.key;
  return isScalar(key) ? String(key.value) : String(key);
}

/**
 * A scalar as the user wrote it. Numbers keep their source text, so `version: 1.10`
 * stays "1.10" and a calendar version `2024.11` is not turned into a float.
 */
function stringOf(node: Node): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.value === 'number' || typeof node.value === 'bigint') return node.source ?? String(node.value);
  return undefined;
}

function show(node: Node): string {
  return isScalar(node) ? JSON.stringify(node.value) : `a ${isMap(node) ? 'mapping' : 'list'}`;
}

/** The parsed YAML document, for tools that edit the manifest in place (keeping comments). */
export type ManifestDocument = Document;
