/**
 * `rollback NAME`: the previous bytes back at `<dir>/<exe>` (same atomic swap, no token, no
 * network), the replaced ones kept as the new "previous", and the entry pinned so the next watch
 * pass does not undo it until `watch --unpin NAME`.
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../runtime/errors.js';
import { sha256File } from '../artifact/hash.js';
import { previousFile, readState, writeState } from './state.js';
import { swapIn } from './swap.js';

export async function rollback(dir: string, name: string): Promise<{ version: string; replaced: string; binary: string }> {
  const state = await readState(dir);
  const e = state.entries[name];
  if (!e) throw new UserError(`${name}: not installed in ${dir} by ghsync watch`);
  const prev = previousFile(dir, e.exe);
  if (!e.previous || !(await lstat(prev).catch(() => undefined))?.isFile()) throw new UserError(`${name}: no previous version kept in ${dir}`);
  // The kept bytes are checked against what was recorded before they go back on PATH.
  const sha = await sha256File(prev);
  if (sha !== e.previous.sha256)
    throw new UserError(`${name}: the kept previous binary changed on disk (sha256 ${sha}, recorded ${e.previous.sha256}); not restoring it`);
  const copy = `${prev}.restore`;
  const { copyFile } = await import('node:fs/promises');
  await copyFile(prev, copy);
  await swapIn(dir, e.exe, copy, true);
  const { rm } = await import('node:fs/promises');
  await rm(copy, { force: true });
  state.entries[name] = {
    version: e.previous.version,
    sha256: e.previous.sha256,
    exe: e.exe,
    previous: { version: e.version, sha256: e.sha256 },
    pinned: true,
  };
  await writeState(dir, state);
  return { version: e.previous.version, replaced: e.version, binary: join(dir, e.exe) };
}

export async function unpin(dir: string, name: string): Promise<boolean> {
  const state = await readState(dir);
  const e = state.entries[name];
  if (!e?.pinned) return false;
  delete e.pinned;
  await writeState(dir, state);
  return true;
}
