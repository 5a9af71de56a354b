/**
 * Hardening 10: transfers that never end. A download host that accepts and then stalls (headers
 * then nothing, or no answer at all) makes the bundled ensure-binary give up on time with one
 * line; a `retry-after: 86400` is capped and the cap reported. The timeouts are shrunk through the
 * same kind of knobs as the retry waits (SYNC_*_TIMEOUT_MS), so nothing here sleeps.
 */
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { currentPlatform } from '../../src/manifest/platform.js';
import { world, type World } from '../support/release-cache.js';

const here = currentPlatform();
const FAST = { SYNC_CONNECT_TIMEOUT_MS: '300', SYNC_RESPONSE_TIMEOUT_MS: '300', SYNC_IDLE_TIMEOUT_MS: '300', SYNC_RETRY_BASE_MS: '10' };
const BINARY = '#!/bin/sh\necho upstream tool\n';

describe('hardening: transfers that never end', () => {
  let w: World;
  let server: Server;
  let base = '';
  const held: ServerResponse[] = [];
  const seen: Record<string, number> = {};
  before(async () => {
    w = await world();
    server = createServer((req, res) => {
      const mode = (req.url ?? '').split('/')[1];
      seen[mode] = (seen[mode] ?? 0) + 1;
      if (mode === 'headers-then-nothing') {
        res.writeHead(200, { 'content-length': '1000000', 'content-type': 'application/octet-stream' });
        res.flushHeaders();
        held.push(res);
      } else if (mode === 'never-answers') {
        held.push(res);
      } else if (mode === 'retry-after' && seen[mode] === 1) {
        res.writeHead(503, { 'retry-after': '86400' }).end('down for maintenance');
      } else {
        res.writeHead(200, { 'content-length': String(BINARY.length) }).end(BINARY);
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    for (const res of held) res.destroy();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await w.cleanup();
  });

  for (const mode of ['headers-then-nothing', 'never-answers']) {
    test(`ensure-binary gives up on a host that ${mode.replace(/-/g, ' ')}, in one line`, async () => {
      const r = await w.run('ensure-binary', {
        inputs: { name: `stall-${mode}`, version: 'v1', bin: 'tool', download: `${base}/${mode}/tool-{os}-{arch}`, 'release-on-miss': false },
        env: FAST,
        // Without working timeouts this would wait 60 s per attempt: the launcher kills it first.
        timeoutMs: 30_000,
      });
      assert.equal(r.signal, null, `killed: the download hung\n${r.stdout}`);
      assert.equal(r.code, 1, r.stdout);
      assert.equal(r.errors.length, 1, r.stdout);
      assert.match(
        r.errors[0],
        new RegExp(`download of stall-${mode} v1 from ${base}/${mode}/tool-${here.os}-${here.arch} failed after 5 attempts: .*(no data|no answer) for 300 ms`),
      );
      assert.equal(r.errors[0].includes('\n'), false);
      assert.equal(seen[mode], 5, 'every attempt reached the host');
    });
  }

  test('a retry-after of 86400 s is capped, and the cap is reported', async () => {
    const r = await w.run('ensure-binary', {
      inputs: { name: 'patient', version: 'v1', bin: 'tool', download: `${base}/retry-after/tool`, 'release-on-miss': false },
      // One second of a retry-after is 10 ms here: obeyed, 86400 s would be 14 minutes.
      env: { ...FAST, SYNC_RATE_LIMIT_UNIT_MS: '10' },
      timeoutMs: 30_000,
    });
    assert.equal(r.signal, null, `killed: the retry-after was obeyed\n${r.stdout}`);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs.source, 'download');
    assert.equal(seen['retry-after'], 2);
    assert.equal(r.warnings.length, 1, r.stdout);
    assert.match(r.warnings[0], /answered 503; it asked for a wait of 86400 s, capped at 60 s\); retrying in 600 ms \(attempt 2 of 5\)/);
  });
});
