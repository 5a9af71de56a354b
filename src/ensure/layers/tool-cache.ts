/**
 * Layer 1: the runner tool cache (a warm self-hosted runner, or an earlier step of this job).
 * A folder that fails verification is removed and the lookup goes on. Kept light: the hit path of
 * every run loads nothing heavier than this.
 */
import { join } from 'node:path';
import { oneLine } from '../../runtime/errors.js';
import { findTool, removeTool, verifiedSha256 } from '../../artifact/tool-cache.js';
import { VerifyError, verifyDir } from '../verify.js';
import { hit, miss, type Layer } from './layer.js';

export const toolCacheLayer: Layer = {
  name: 'tool-cache',
  async find({ t, root, log }) {
    const cached = findTool(root, t.name, t.version, t.platform);
    if (!cached) return miss();
    try {
      const known = await verifiedSha256(cached, join(cached, t.exe));
      const { sha256 } = await verifyDir(cached, t, `tool cache ${cached}`, known);
      log.info(`${t.name} ${t.version}: found in the tool cache`);
      return hit(cached, sha256);
    } catch (err) {
      if (!(err instanceof VerifyError)) throw err;
      log.warn(`${oneLine(err)}; removing it and looking further`);
      await removeTool(root, t.name, t.version, t.platform);
      return miss();
    }
  },
};
