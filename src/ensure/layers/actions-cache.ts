/**
 * Layer 2, optional (`actions-cache: true`): actions/cache, restored straight into the tool cache
 * folder (its paths must match at save and restore); when it missed, what a later layer found is
 * saved to it. @actions/cache is large, so it is only imported when the layer is on and the cache
 * service is there (ACTIONS_RUNTIME_TOKEN: absent on a laptop, in tests, and in containers that do
 * not pass it through).
 */
import { join } from 'node:path';
import { oneLine } from '../../runtime/errors.js';
import type { Log } from '../../runtime/log.js';
import type { Target } from '../../artifact/target.js';
import { removeTool, toolDir, writeMarker } from '../../artifact/tool-cache.js';
import { VerifyError, verifyDir } from '../verify.js';
import { hit, miss, skip, type Layer } from './layer.js';

export const actionsCacheLayer: Layer = {
  name: 'actions-cache',
  async find({ t, opts, root, log }) {
    if (!opts.actionsCache || !cacheServiceAvailable(log)) return skip();
    const dir = toolDir(root, t.name, t.version, t.platform);
    if (!(await restoreFromActionsCache(t, dir, log))) return miss('not in actions/cache');
    try {
      const { sha256 } = await verifyDir(dir, t, `actions cache ${cacheKey(t)}`);
      await writeMarker(dir, { path: join(dir, t.exe), sha256 });
      log.info(`${t.name} ${t.version}: restored from actions/cache`);
      return hit(dir, sha256);
    } catch (err) {
      if (!(err instanceof VerifyError)) throw err;
      log.warn(`${oneLine(err)}; ignoring that cache entry`);
      await removeTool(root, t.name, t.version, t.platform);
      return miss();
    }
  },
  store: ({ t, log }, found) => saveToActionsCache(t, found.dir, log),
};

export function cacheKey(t: Target): string {
  return `sync-${t.name}-${t.version}-${t.platform.os}-${t.platform.arch}`;
}

export function cacheServiceAvailable(log: Log): boolean {
  if (process.env.ACTIONS_RUNTIME_TOKEN && (process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL)) return true;
  log.debug('actions-cache: skipped, the cache service is not available here (no ACTIONS_RUNTIME_TOKEN)');
  return false;
}

/** Restores into `dir` (the tool cache folder: cache paths must match at save and restore). */
export async function restoreFromActionsCache(t: Target, dir: string, log: Log): Promise<boolean> {
  try {
    const cache = await import('@actions/cache');
    const hit = await cache.restoreCache([dir], cacheKey(t));
    return hit === cacheKey(t);
  } catch (err) {
    log.warn(`actions-cache: restore of ${cacheKey(t)} failed, going on without it: ${(err as Error).message}`);
    return false;
  }
}

export async function saveToActionsCache(t: Target, dir: string, log: Log): Promise<void> {
  try {
    const cache = await import('@actions/cache');
    await cache.saveCache([dir], cacheKey(t));
    log.info(`actions-cache: saved ${cacheKey(t)}`);
  } catch (err) {
    // Another job saving the same key at once is normal.
    log.debug(`actions-cache: save of ${cacheKey(t)} skipped: ${(err as Error).message}`);
  }
}
