/**
 * Parsed manifests, cached by content in the tool cache. A warm runner's tool-cache hit is a few
 * milliseconds of work after the manifest is read; loading the YAML parser alone costs more than
 * that. The key is the sha256 of the file's bytes (plus a format version), so any edit misses;
 * only successful parses are stored, so every error message still comes from the real parser.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../runtime/errors.js';
import type { Manifest, Track } from './manifest.js';
import { DEFAULT_ASSET, DEFAULT_TAG } from './names.js';

const TRACKS: Track[] = ['releases', 'tags', 'commits'];

const FORMAT = 'm3';

interface CacheEntry {
  key: string;
  manifest: Manifest;
}

export async function loadManifestCached(file: string, cacheDir: string): Promise<Manifest> {
  let text: Buffer;
  try {
    text = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return (await import('./manifest.js')).loadManifest(file);
    throw new UserError(`${file}: manifest not found (set the "manifest" input, or create versions.yml)`);
  }
  const key = createHash('sha256').update(FORMAT).update('\0').update(file).update('\0').update(text).digest('hex');
  const cached = join(cacheDir, `${key}.json`);
  const hit = await readCached(cached, key, file, text.toString('utf8'));
  if (hit) return hit;
  const { parseManifest } = await import('./manifest.js');
  const manifest = parseManifest(text.toString('utf8'), file);
  try {
    await mkdir(cacheDir, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ key, manifest } satisfies CacheEntry));
    await rename(tmp, cached);
  } catch {
    // a read-only or full tool cache only costs speed
  }
  return manifest;
}

/**
 * A cached parse, only if it can be trusted: a regular file (a link is never followed), of this
 * key, of the right shape, and every string in it written in the manifest itself. The tool cache
 * is shared by every job of a self-hosted runner; whatever else wrote there cannot slip a `build`
 * command into this one. Anything doubtful is a miss: the real parser runs, at some cost in speed.
 */
async function readCached(path: string, key: string, file: string, text: string): Promise<Manifest | undefined> {
  try {
    const fh = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    let body: string;
    try {
      if (!(await fh.stat()).isFile()) return undefined;
      body = await fh.readFile('utf8');
    } finally {
      await fh.close();
    }
    const entry = JSON.parse(body) as Partial<CacheEntry>;
    if (entry.key !== key || !entry.manifest || !writtenIn(entry.manifest, file, text)) return undefined;
    return entry.manifest;
  } catch {
    return undefined; // not cached yet, a link, or unreadable
  }
}

/** Every string (and key) in a parsed `download` was written in the manifest; only plain data. */
function allWrittenIn(v: unknown, has: (s: unknown) => boolean): boolean {
  if (typeof v === 'string') return v === '' || has(v);
  if (typeof v === 'boolean') return v === false;
  if (Array.isArray(v)) return v.every((x) => allWrittenIn(x, has));
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.entries(v).every(([k, x]) => (k === 'url' || k === 'sha256' || has(k)) && allWrittenIn(x, has));
}

function writtenIn(m: Manifest, file: string, text: string): boolean {
  const has = (v: unknown) => typeof v === 'string' && text.includes(v);
  const maybe = (v: unknown) => v === undefined || has(v);
  if (m.file !== file || typeof m.binaries !== 'object' || m.binaries === null || Array.isArray(m.binaries)) return false;
  if (!maybe(m.releaseRepo) || !(m.tag === DEFAULT_TAG || has(m.tag)) || !(m.asset === DEFAULT_ASSET || has(m.asset))) return false;
  for (const [name, e] of Object.entries(m.binaries)) {
    if (!Object.hasOwn(m.binaries, name) || !has(name) || typeof e !== 'object' || e === null || e.name !== name) return false;
    if (
      !has(e.version) ||
      !(e.bin === name || has(e.bin)) ||
      !maybe(e.build) ||
      !maybe(e.workdir) ||
      !(e.download === undefined || allWrittenIn(e.download, has))
    )
      return false;
    const u = e.upstream;
    if (
      u !== undefined &&
      (typeof u !== 'object' ||
        u === null ||
        !has(u.repo) ||
        !TRACKS.includes(u.track) ||
        !maybe(u.branch) ||
        !maybe(u.tagPattern) ||
        typeof u.prereleases !== 'boolean')
    ) {
      return false;
    }
  }
  return true;
}
