/**
 * The formats upstreams publish binaries in (SPEC §2 "Upstream downloads") and how each is
 * unpacked: tars in any compression by our tar reader, zips by zip.ts, a lone `.gz` decompressed
 * to one file, `raw` the binary itself. Every one streams and has the same bomb limit.
 */
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { UserError } from '../runtime/errors.js';
import { decompressed, type Compression } from './decompress.js';
import type { Format } from './format-names.js';
import { expansionLimit, extractTar, mib, type ExtractResult } from './tar.js';

export { extensionOf, formatFromName, FORMATS, isFormat, type Format } from './format-names.js';

const TAR_COMPRESSION: Partial<Record<Format, Compression>> = {
  'tar.gz': 'gzip',
  tgz: 'gzip',
  'tar.xz': 'xz',
  txz: 'xz',
  'tar.bz2': 'bzip2',
  'tar.zst': 'zstd',
  tar: 'none',
};

/**
 * Unpacks `file` into `dest`. `name` is the downloaded file's name: a raw file keeps it, a lone
 * .gz gets it without `.gz`. Returns the files written (relative) with their sha256.
 */
export async function unpack(file: string, format: Format, dest: string, name: string, opts: { maxBytes?: number } = {}): Promise<ExtractResult> {
  const compression = TAR_COMPRESSION[format];
  if (compression) return extractTar(file, dest, { compression, maxBytes: opts.maxBytes });
  if (format === 'zip') {
    const { extractZip } = await import('./zip.js');
    return extractZip(file, dest, opts);
  }
  await mkdir(dest, { recursive: true });
  if (format === 'raw') {
    // The download is the binary: moved, not copied (its sha256 is taken when it is staged).
    await rename(file, join(dest, name));
    return { files: [name], sha256: new Map() };
  }
  // gz: one file.
  const base = name.replace(/\.gz$/i, '') || 'download';
  const out = join(dest, base);
  const compressed = (await stat(file)).size;
  const limit = opts.maxBytes ?? expansionLimit(compressed);
  const hash = createHash('sha256');
  let total = 0;
  const fh = await open(out, 'wx', 0o755);
  try {
    for await (const chunk of decompressed(file, 'gzip')) {
      total += chunk.length;
      if (total > limit) throw new UserError(`archive expands past ${mib(limit)}: refusing it as a decompression bomb`);
      hash.update(chunk);
      await fh.write(chunk);
    }
  } catch (err) {
    await fh.close();
    await rm(out, { force: true });
    throw err;
  }
  await fh.close();
  return { files: [base], sha256: new Map([[base, hash.digest('hex')]]) };
}
