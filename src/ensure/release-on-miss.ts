/**
 * After a build or an upstream download (`release-on-miss`): package and upload the binary as release-binary does, so the
 * next run downloads it. A token that may not write (a pull request from a fork) is a warning: the
 * binary is still used.
 */
import { join } from 'node:path';
import type { Log } from '../runtime/log.js';
import type { Target } from '../artifact/target.js';
import type { ReleaseBinaryResult } from '../releases/release-binary.js';
import type { Context } from './layers/layer.js';

export async function releaseOnMiss(
  { t, opts, log, workspace, temp }: Context,
  dir: string,
  how: 'built' | 'downloaded' = 'built',
): Promise<ReleaseBinaryResult | undefined> {
  if (opts.releaseOnMiss === false) return undefined;
  if (!t.releaseRepo) {
    log.warn(`${t.name}: ${how} but not released: no release repository (set "release-repo")`);
    return undefined;
  }
  if (!opts.token) {
    log.warn(`${t.name} ${t.version} was ${how} but not released: no token (set "token"); the binary is still used`);
    return undefined;
  }
  return upload(t, dir, { token: opts.token, apiUrl: opts.apiUrl, workspace, tempDir: await temp() }, log, how);
}

async function upload(
  t: Target,
  dir: string,
  o: { token: string; apiUrl?: string; workspace: string; tempDir: string },
  log: Log,
  how: 'built' | 'downloaded',
): Promise<ReleaseBinaryResult | undefined> {
  const { packAndPublish } = await import('../releases/release-binary.js');
  const { statusOf } = await import('../github/client.js');
  const { HttpStatusError } = await import('../net/download.js');
  try {
    // clobber off: if another job released this version meanwhile, theirs stays.
    return await packAndPublish(join(dir, t.exe), t, t.releaseRepo!, { ...o, clobber: false }, log);
  } catch (err) {
    const status = statusOf(err) ?? (err instanceof HttpStatusError ? err.status : undefined);
    if (status === 401 || status === 403 || status === 404) {
      log.warn(
        `${t.name} ${t.version} was ${how} but not released to ${t.releaseRepo}: the token may not write releases (${status}${status === 403 ? ', as on a pull request from a fork' : ''}); the binary is still used. Give the workflow "permissions: contents: write" to release it`,
      );
      return undefined;
    }
    throw err;
  }
}
