/**
 * Which unpacked file is the binary (SPEC §2): the `path` given, else the one regular file named
 * `{bin}{exe}`, an executable one preferred; more than one is an error listing them, never a guess.
 */
import { lstat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { checkRelative } from '../../archive/tar.js';
import { UserError } from '../../runtime/errors.js';

/** Returns the binary's path relative to `root`. */
export async function pickBinary(root: string, files: string[], exe: string, path: string | undefined, what: string): Promise<string> {
  const regular = async (rel: string) => (await lstat(join(root, rel)).catch(() => undefined))?.isFile() ?? false;
  if (path !== undefined) {
    const rel = checkRelative(path);
    if (!(await regular(rel))) throw new UserError(`${what}: download.path "${path}" is not a file in it (it holds ${listed(files)})`);
    return rel;
  }
  const lower = exe.toLowerCase();
  const named: string[] = [];
  for (const f of files) if (posix.basename(f).toLowerCase() === lower && (await regular(f))) named.push(f);
  if (named.length === 1) return named[0];
  if (!named.length) throw new UserError(`${what}: no file named ${exe} in it (it holds ${listed(files)}): set download.path to the binary`);
  const executable: string[] = [];
  for (const f of named) if (((await lstat(join(root, f))).mode & 0o111) !== 0) executable.push(f);
  if (executable.length === 1) return executable[0];
  throw new UserError(`${what}: ${named.length} files named ${exe} in it (${named.sort().join(', ')}): set download.path to the binary, refusing to guess`);
}

function listed(files: string[]): string {
  const sorted = [...files].sort();
  return sorted.length ? sorted.slice(0, 8).join(', ') + (sorted.length > 8 ? `, and ${sorted.length - 8} more` : '') : 'no files';
}
