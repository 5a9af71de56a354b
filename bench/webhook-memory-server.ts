/**
 * The receiver for bench/webhook-memory.ts, alone in its process so its peak RSS is its own.
 * Usage: webhook-memory-server.ts [unbounded]; prints its URL, then one line per dispatch.
 */
import { startWebhookServer } from '../src/webhook/server.js';
import { parseManifest } from '../src/manifest/manifest.js';

const unbounded = process.argv[2] === 'unbounded';
const manifest = parseManifest(
  'binaries:\n  tool-head:\n    version: 0000000000000000000000000000000000000001\n    upstream: { repo: upstream-org/tool, track: commits }\n',
  'versions.yml',
);
const server = await startWebhookServer({
  port: 0,
  secret: 'bench-secret',
  target: 'acme/project',
  manifest,
  dispatch: async (_target, payload) => void process.stdout.write(`dispatched ${payload.delivery}\n`),
  // "unbounded" stands for the receiver before the budget: every body read whatever the total.
  budget: unbounded ? { totalBytes: Infinity, largeBytes: Infinity, maxBodies: Infinity } : undefined,
});
process.stdout.write(`${server.url}\n`);
process.on('SIGTERM', () => process.exit(0));
