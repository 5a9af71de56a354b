/**
 * Parsed manifests, cached by content in the tool cache. A warm runner's tool-cache hit is a few
 * milliseconds of work after the manifest is read; loading the YAML parser alone costs more than
 * that. The key is the sha256 of the file's bytes (plus a format version), so any edit misses;
 * only successful parses are stored, so every error message still comes from the real parser.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from './errors.js';
import type { Manifest } from './manifest.js';

const FORMAT = 'm1';

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
  try {
    return JSON.parse(await readFile(cached, 'utf8')) as Manifest;
  } catch {
    // not cached yet (or unreadable): parse for real
  }
  const { parseManifest } = await import('./manifest.js');
  const manifest = parseManifest(text.toString('utf8'), file);
  try {
    await mkdir(cacheDir, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(manifest));
    await rename(tmp, cached);
  } catch {
    // a read-only or full tool cache only costs speed
  }
  return manifest;
}
