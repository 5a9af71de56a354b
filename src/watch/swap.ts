/**
 * Puts a verified binary at `<dir>/<exe>` so that a crash or a kill at any moment leaves the old
 * bytes or the new ones, never a mix: the new bytes go to a temp file in the same folder, are
 * fsynced, and renamed over the name (one atomic step). The old file is first hard-linked to
 * `.ghsync/previous/<exe>` for rollback (same inode, no copy, survives the rename).
 */
import { chmod, copyFile, link, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fsyncPath, previousFile } from './state.js';
import { testPause } from './pause.js';

export async function swapIn(dir: string, exe: string, source: string, keepPrevious: boolean): Promise<void> {
  const dest = join(dir, exe);
  const tmp = join(dir, `.${exe}.ghsync-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await copyFile(source, tmp);
    await chmod(tmp, 0o755);
    await fsyncPath(tmp);
    if (keepPrevious) await keep(dest, previousFile(dir, exe));
    testPause('swap');
    await rename(tmp, dest);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await fsyncPath(dir).catch(() => undefined); // the rename itself reaches the disk
}

/** `from` → `to` by a hard link (a copy across filesystems), replacing `to` by rename. */
async function keep(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const tmp = `${to}.${process.pid}.tmp`;
  await rm(tmp, { force: true });
  try {
    await link(from, tmp);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // nothing installed yet
    await copyFile(from, tmp);
  }
  await rename(tmp, to);
}

/** Temp files a killed run left behind (never at a binary's own name). */
export async function removeLeftovers(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => /^\..+\.ghsync-\d+-[0-9a-f]{8}$/.test(n)).map((n) => rm(join(dir, n), { force: true })));
}
