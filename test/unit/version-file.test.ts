import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtNow, formatVersionFile, parseVersionFile } from '../../src/artifact/version-file.js';

const info = {
  name: 'nats',
  version: 'v2.10.24',
  commit: '1d6f7ea0000000000000000000000000000000aa',
  checksum: 'ab'.repeat(32),
  os: 'linux' as const,
  arch: 'amd64' as const,
  built: '2026-11-21T08:35:43Z',
};

test('.version: exactly the SPEC §3 lines, in order', () => {
  assert.equal(
    formatVersionFile(info),
    `name: nats\nversion: v2.10.24\ncommit: ${info.commit}\nchecksum: ${info.checksum}\nos: linux\narch: amd64\nbuilt: 2026-11-21T08:35:43Z\n`,
  );
});

test('.version: the seeds\' grep "version: X" matches the version line only', () => {
  const text = formatVersionFile(info);
  assert.equal(text.split('\n').filter((l) => l.includes('version: v2.10.24')).length, 1);
});

test('.version: parse round-trips and ignores unknown keys and CRLF', () => {
  assert.deepEqual(parseVersionFile(formatVersionFile(info)), info);
  assert.deepEqual(parseVersionFile('version: 2024.11.05\r\nextra: x\r\n'), { version: '2024.11.05' });
});

test('.version: built time has no milliseconds', () => {
  assert.equal(builtNow(new Date('2026-11-21T08:35:43.123Z')), '2026-11-21T08:35:43Z');
});

test('.version: a download adds source: and upstream-sha256: after the SPEC lines; both round-trip', () => {
  const dl = {
    ...info,
    commit: 'unknown',
    source: 'https://github.com/nats-io/nats-server/releases/download/v2.10.24/x.tar.gz',
    upstreamSha256: 'f'.repeat(64),
  };
  const text = formatVersionFile(dl);
  assert.ok(text.startsWith(formatVersionFile({ ...info, commit: 'unknown' })));
  assert.ok(text.endsWith(`\nsource: ${dl.source}\nupstream-sha256: ${'f'.repeat(64)}\n`));
  assert.deepEqual(parseVersionFile(text), dl);
});
