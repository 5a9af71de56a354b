/**
 * What `watch` knows about an install folder, kept in `<dir>/.ghsync/`: state.json (per entry: the
 * installed version and sha256, the previous one, whether `rollback` pinned it; the ETags of the
 * last answers) and `previous/<bin>` (the bytes `rollback` puts back). Written by rename only.
 */
import { mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Installed {
  version: string;
  sha256: string;
  /** File name in the install folder. */
  exe: string;
  previous?: { version: string; sha256: string };
  /** Set by rollback: watch leaves the entry alone until `watch --unpin NAME`. */
  pinned?: boolean;
}

export interface WatchState {
  entries: Record<string, Installed>;
  /** URL → the ETag and body of its last 200 (a 304 reuses the body). */
  cache: Record<string, { etag: string; body: string }>;
}

export const stateDir = (dir: string) => join(dir, '.ghsync');
export const previousFile = (dir: string, exe: string) => join(stateDir(dir), 'previous', exe);

export async function readState(dir: string): Promise<WatchState> {
  try {
    const s = JSON.parse(await readFile(join(stateDir(dir), 'state.json'), 'utf8')) as Partial<WatchState>;
    return { entries: s.entries ?? {}, cache: s.cache ?? {} };
  } catch {
    return { entries: {}, cache: {} };
  }
}

export async function writeState(dir: string, s: WatchState): Promise<void> {
  await mkdir(stateDir(dir), { recursive: true });
  const file = join(stateDir(dir), 'state.json');
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(s, null, 2)}\n`);
  await fsyncPath(tmp);
  await rename(tmp, file);
}

export async function fsyncPath(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
