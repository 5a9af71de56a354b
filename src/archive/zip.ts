/**
 * .zip extraction with yauzl (reads the central directory, streams each entry, checks sizes and
 * CRCs, supports zip64), under the same rules as the tar reader: every path goes through
 * checkRelative and the Target (folders made one component at a time, never through a link),
 * links are created last and only when they stay inside, special files are refused, and the
 * total written is capped by expansionLimit as a decompression bomb.
 */
import { open, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { UserError } from '../runtime/errors.js';
import { checkRelative, createLinks, expansionLimit, isRoot, linkStaysInside, mib, Target, UnsafeEntry, type ExtractResult, type PendingLink } from './tar.js';

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** A symlink's target is its content: never more than a path. */
const MAX_LINK = 4096;

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );
}

/** yauzl's own path checks, said the way ours are. */
function zipError(err: unknown): Error {
  if (err instanceof UserError) return err;
  const msg = (err as Error)?.message ?? String(err);
  let m = /^absolute path: (.*)$/s.exec(msg);
  if (m) return new UnsafeEntry(m[1], 'is an absolute path');
  m = /^invalid relative path: (.*)$/s.exec(msg);
  if (m) return new UnsafeEntry(m[1], 'contains ".."');
  if ((err as NodeJS.ErrnoException)?.code) return err as Error;
  return new UserError(`archive is corrupt (zip: ${msg})`);
}

/** Extracts a .zip into `dest` with the tar reader's rules; on any failure removes what it created. */
export async function extractZip(archive: string, dest: string, opts: { maxBytes?: number } = {}): Promise<ExtractResult> {
  const compressed = (await stat(archive)).size;
  const limit = opts.maxBytes ?? expansionLimit(compressed);
  const target = await Target.open(dest);
  const result: ExtractResult = { files: [], sha256: new Map() };
  let zip: yauzl.ZipFile | undefined;
  try {
    zip = await openZip(archive);
    const links: PendingLink[] = [];
    let total = 0;
    const count = (n: number) => {
      total += n;
      if (total > limit) {
        throw new UserError(
          `archive expands past ${mib(limit)} (over ${Math.floor(limit / Math.max(1, compressed))}x its ${mib(compressed)}): refusing it as a decompression bomb`,
        );
      }
    };
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) break;
      const unix = entry.versionMadeBy >> 8 === 3;
      const kind = unix ? (entry.externalFileAttributes >>> 16) & S_IFMT : 0;
      const mode = unix ? (entry.externalFileAttributes >>> 16) & 0o777 : 0o644;
      const isDir = entry.fileName.endsWith('/') || kind === S_IFDIR;
      if (isDir && isRoot(entry.fileName)) continue;
      const rel = checkRelative(entry.fileName);
      if (isDir) {
        await target.folders(rel, true);
      } else if (kind === S_IFLNK) {
        if (entry.uncompressedSize > MAX_LINK) throw new UnsafeEntry(entry.fileName, 'is a symbolic link with an oversized target');
        const chunks: Buffer[] = [];
        for await (const c of await readStream(zip, entry)) chunks.push(c as Buffer);
        const to = Buffer.concat(chunks).toString('utf8');
        if (!linkStaysInside(rel, to)) throw new UnsafeEntry(entry.fileName, `is a symbolic link to "${to}"`);
        links.push({ kind: 'symlink', path: rel, target: to });
      } else if (kind === 0 || kind === S_IFREG) {
        count(0);
        if (entry.uncompressedSize > limit) count(entry.uncompressedSize); // says "bomb" before writing a byte
        const full = await target.folders(rel, false);
        await target.clear(rel, full);
        const fh = await open(full, 'wx', (mode & 0o755) | 0o600);
        const hash = createHash('sha256');
        try {
          for await (const chunk of await readStream(zip, entry)) {
            count((chunk as Buffer).length);
            hash.update(chunk as Buffer);
            await fh.write(chunk as Buffer);
          }
        } finally {
          await fh.close();
        }
        result.sha256.set(rel, hash.digest('hex'));
        result.files.push(rel);
      } else {
        throw new UnsafeEntry(entry.fileName, `is a special file (mode ${kind.toString(8)})`, 'only files, folders and links are extracted');
      }
    }
    await createLinks(links, target, result);
  } catch (err) {
    await target.discard();
    throw zipError(err);
  } finally {
    zip?.close();
  }
  return result;
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry) => (cleanup(), resolve(e));
    const onEnd = () => (cleanup(), resolve(undefined));
    const onError = (e: Error) => (cleanup(), reject(e));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function readStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
}
