import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseManifest } from '../../src/manifest/manifest.js';
import { currentPlatform } from '../../src/manifest/platform.js';
import { findTool, installTool, stagingDir, toolDir } from '../../src/artifact/tool-cache.js';
import { resolveTarget } from '../../src/artifact/target.js';
import { pool } from '../../src/ensure/ensure-all.js';
import { bundleTag } from '../../src/bundle/bundle.js';
import { sha256File } from '../../src/artifact/hash.js';
import { tempDir } from '../support/launcher.js';

const here = currentPlatform();
const other = { os: here.os === 'linux' ? ('darwin' as const) : ('linux' as const), arch: 'arm64' as const };

test('tool cache: <root>/<name>/<version>/<arch> for any version string; another OS gets <os>-<arch>', () => {
  assert.equal(toolDir('/tc', 'nats', 'v2.10.24', here), join('/tc', 'nats', 'v2.10.24', here.arch));
  assert.equal(
    toolDir('/tc', 'arc', '0123456789abcdef0123456789abcdef01234567', here),
    join('/tc', 'arc', '0123456789abcdef0123456789abcdef01234567', here.arch),
  );
  assert.equal(toolDir('/tc', 'cal', '2024.11.05', other), join('/tc', 'cal', '2024.11.05', `${other.os}-arm64`));
  // A monorepo tag is one folder level: '/' is written %2F.
  assert.equal(toolDir('/tc', 'pdata', 'pdata/v1.30.0', here), join('/tc', 'pdata', 'pdata%2Fv1.30.0', here.arch));
  for (const bad of ['..', '']) assert.throws(() => toolDir('/tc', 'x', bad, here), /bad version/);
});

test('tool cache: found only once complete; install is a rename from a staging folder', async () => {
  const d = await tempDir();
  try {
    assert.equal(findTool(d.path, 'x', '1', here), undefined);
    const staging = await stagingDir(d.path, 'x', '1', here);
    writeFileSync(join(staging, 'x'), 'bin');
    assert.equal(findTool(d.path, 'x', '1', here), undefined);
    const dir = await installTool(staging, d.path, 'x', '1', here);
    assert.equal(findTool(d.path, 'x', '1', here), dir);
    assert.ok(existsSync(`${dir}.complete`));
    assert.equal(existsSync(staging), false);
    // Reinstalling replaces the folder.
    const again = await stagingDir(d.path, 'x', '1', here);
    mkdirSync(join(again, 'sub'));
    await installTool(again, d.path, 'x', '1', here);
    assert.ok(existsSync(join(dir, 'sub')));
    assert.equal(existsSync(join(dir, 'x')), false);
  } finally {
    await d.cleanup();
  }
});

test('tool cache: parallel installs of one version never leave a moment without the binary (hardening 19)', async () => {
  const d = await tempDir();
  try {
    const staged = async () => {
      const staging = await stagingDir(d.path, 'x', '1', here);
      writeFileSync(join(staging, 'x'), 'bin');
      return staging;
    };
    const first = await staged();
    const sha256 = await sha256File(join(first, 'x'));
    const dir = await installTool(first, d.path, 'x', '1', here, { exe: 'x', sha256 });
    // Twenty more jobs install the same binary while a reader looks at every turn of the loop.
    let missing = 0;
    let settled = false;
    const reader = (async () => {
      while (!settled) {
        if (!existsSync(join(dir, 'x'))) missing++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    await Promise.all(Array.from({ length: 20 }, async () => installTool(await staged(), d.path, 'x', '1', here, { exe: 'x', sha256 })));
    settled = true;
    await reader;
    assert.equal(missing, 0, 'the binary was missing while others installed');
    assert.deepEqual(readdirSync(join(d.path, 'x', '1')).sort(), [here.arch, `${here.arch}.complete`], 'no staging or old folder left');
  } finally {
    await d.cleanup();
  }
});

test('target: manifest templates, inputs override, .exe on Windows, per-platform tags', async () => {
  const manifest = parseManifest(
    'release-repo: acme/cache\ntag: "{name}@{version}"\nbinaries:\n  nats:\n    version: v2.10.24\n    bin: nats-server\n    build: make\n',
    'versions.yml',
  );
  const t = await resolveTarget({ name: 'nats', manifest, os: 'windows', arch: 'arm64' });
  assert.equal(t.tag, 'nats@v2.10.24');
  assert.equal(t.asset, 'nats-server-windows-arm64.tar.gz');
  assert.equal(t.exe, 'nats-server.exe');
  assert.equal(t.releaseRepo, 'acme/cache');
  const o = await resolveTarget({
    name: 'nats',
    manifest,
    version: 'v3',
    tag: '{name}-{version}-{os}-{arch}',
    os: 'linux',
    arch: 'amd64',
    releaseRepo: 'acme/other',
  });
  assert.equal(o.tag, 'nats-v3-linux-amd64');
  assert.equal(o.releaseRepo, 'acme/other');
  await assert.rejects(resolveTarget({ name: 'nope', manifest }), /versions\.yml: no entry "nope" under binaries \(entries: nats\)/);
  await assert.rejects(resolveTarget({ name: 'nats', manifest, tag: '{nme}' }), /unknown placeholder \{nme\}/);
  await assert.rejects(resolveTarget({ name: 'nats', manifest, releaseRepo: 'not a repo' }), /bad release repository/);
});

test('pool: bounded concurrency, results in input order', async () => {
  let running = 0;
  let peak = 0;
  const out = await pool([5, 1, 4, 2, 3], 2, async (n) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((r) => setImmediate(r));
    running--;
    return n * 10;
  });
  assert.deepEqual(out, [50, 10, 40, 20, 30]);
  assert.equal(peak, 2);
});

test('bundle tag: given, else the pushed tag, else a one-line error', () => {
  const saved = { type: process.env.GITHUB_REF_TYPE, name: process.env.GITHUB_REF_NAME };
  try {
    assert.equal(bundleTag('v9'), 'v9');
    process.env.GITHUB_REF_TYPE = 'tag';
    process.env.GITHUB_REF_NAME = 'v1.0.0';
    assert.equal(bundleTag(), 'v1.0.0');
    process.env.GITHUB_REF_TYPE = 'branch';
    assert.throws(() => bundleTag(), /not for a tag/);
  } finally {
    process.env.GITHUB_REF_TYPE = saved.type ?? '';
    process.env.GITHUB_REF_NAME = saved.name ?? '';
  }
});

test('manifest cache: a parse is reused by content; an edit misses; errors come from the parser', async () => {
  const { loadManifestCached } = await import('../../src/manifest/cache.js');
  const d = await tempDir();
  try {
    const file = join(d.path, 'versions.yml');
    const cache = join(d.path, 'cache');
    writeFileSync(file, 'binaries:\n  a:\n    version: v1\n');
    const first = await loadManifestCached(file, cache);
    assert.equal(first.binaries.a.version, 'v1');
    assert.equal((await import('node:fs')).readdirSync(cache).length, 1);
    assert.deepEqual(await loadManifestCached(file, cache), first);
    writeFileSync(file, 'binaries:\n  a:\n    version: v2\n');
    assert.equal((await loadManifestCached(file, cache)).binaries.a.version, 'v2');
    writeFileSync(file, 'binaries:\n  a:\n    versio: v2\n');
    await assert.rejects(loadManifestCached(file, cache), /entry "a", key "versio": unknown key/);
    await assert.rejects(loadManifestCached(join(d.path, 'nope.yml'), cache), /nope\.yml: manifest not found/);
  } finally {
    await d.cleanup();
  }
});
