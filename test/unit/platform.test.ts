import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentPlatform, exeName, resolvePlatform, toArch, toOs } from '../../src/manifest/platform.js';

test('maps Node platform names to Go names', () => {
  assert.deepEqual(currentPlatform('linux', 'x64'), { os: 'linux', arch: 'amd64' });
  assert.deepEqual(currentPlatform('darwin', 'arm64'), { os: 'darwin', arch: 'arm64' });
  assert.deepEqual(currentPlatform('win32', 'x64'), { os: 'windows', arch: 'amd64' });
});

test('accepts Go and common aliases', () => {
  assert.equal(toOs('windows'), 'windows');
  assert.equal(toOs('macOS'), 'darwin');
  assert.equal(toArch('aarch64'), 'arm64');
  assert.equal(toArch('x86_64'), 'amd64');
});

test('unsupported platforms are a clear error', () => {
  assert.throws(() => currentPlatform('aix', 'x64'), /unsupported OS "aix": expected one of linux, darwin, windows/);
  assert.throws(() => currentPlatform('linux', 'ia32'), /unsupported architecture "ia32": expected one of amd64, arm64/);
  assert.throws(() => resolvePlatform('plan9'), /unsupported OS/);
});

test('windows binaries get .exe once', () => {
  assert.equal(exeName('nats-server', 'windows'), 'nats-server.exe');
  assert.equal(exeName('nats-server.exe', 'windows'), 'nats-server.exe');
  assert.equal(exeName('nats-server', 'linux'), 'nats-server');
});

test('overrides default to the current platform', () => {
  const here = currentPlatform();
  assert.deepEqual(resolvePlatform(undefined, 'arm64'), { os: here.os, arch: 'arm64' });
});
