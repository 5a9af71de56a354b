/**
 * Every way an upstream download can be wrong is refused with one line: nothing in the tool
 * cache, nothing on PATH, nothing uploaded to our release, and no build run in its place.
 */
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { currentPlatform } from '../../src/manifest/platform.js';
import type { LaunchResult } from '../support/launcher.js';
import { REPO, world, type World } from '../support/release-cache.js';
import { tree } from '../support/tree.js';
import { fakeBinary, pack, publishUpstream, sha256 } from '../support/upstreams.js';

const here = currentPlatform();
const P = { os: here.os as 'linux', arch: here.arch as 'amd64' };

/** Refused: one error line matching `why`, exit 1, nothing installed, on PATH or released, no build. */
function refused(r: LaunchResult, why: RegExp, name: string): void {
  assert.equal(r.code, 1, r.stdout);
  assert.equal(r.errors.length, 1, r.errors.join('\n'));
  assert.doesNotMatch(r.errors[0], /\n/);
  assert.match(r.errors[0], why);
  assert.deepEqual(r.path, []);
  const cached = existsSync(join(r.toolCache, name)) ? tree(join(r.toolCache, name)) : [];
  assert.deepEqual(
    cached.filter((p) => /\.complete$|\/tool$|\.version$/.test(p)),
    [],
    'something is in the tool cache',
  );
  assert.doesNotMatch(r.stdout, /BUILD RAN/);
}

describe('download: refusals', () => {
  let w: World;
  let good: Buffer;
  let evil: Buffer;
  const url = (repo: string, tag: string, name: string) => `${'{base}'}/${repo}/releases/download/${tag}/${name}`.replace('{base}', w.gh.url);
  const build = 'echo BUILD RAN; exit 1';
  before(async () => {
    w = await world();
    const layout = (text: string) => ({ 'tool-1.0/tool': { data: text, mode: 0o755 }, 'tool-1.0/README.md': '# tool' });
    good = await pack(w.ws, 'tar.gz', layout(fakeBinary('tool', 'v1.0.0', P)));
    evil = await pack(w.ws, 'tar.gz', layout('#!/bin/sh\necho evil\n'));
  });
  after(async () => w?.cleanup());

  const noRelease = () => assert.deepEqual(w.gh.state.releases(REPO), [], 'something was released');

  test('a tampered upstream tarball (SHA256SUMS unchanged) is refused', async () => {
    await publishUpstream(w.gh, w.token, 'up/tampered', 'v1.0.0', {
      'tool-linux.tar.gz': evil,
      SHA256SUMS: Buffer.from(`${sha256(good)}  tool-linux.tar.gz\n`),
    });
    w.manifest(`binaries:
  tampered:
    version: v1.0.0
    bin: tool
    build: ${JSON.stringify(build)}
    download:
      url: "${url('up/tampered', '{version}', 'tool-{os}.tar.gz')}"
      checksum: "${url('up/tampered', '{version}', 'SHA256SUMS')}"
`);
    const r = await w.run('ensure-binary', { inputs: { name: 'tampered' } });
    refused(
      r,
      new RegExp(
        `tampered v1\\.0\\.0 from .*tool-linux\\.tar\\.gz: sha256 mismatch: expected ${sha256(good)} \\(checksum file .*SHA256SUMS\\), got ${sha256(evil)}: refusing it`,
      ),
      'tampered',
    );
    noRelease();
  });

  test('an asset changed in storage after upload does not match the API digest: refused', async () => {
    await publishUpstream(w.gh, w.token, 'up/changed', 'v1.0.0', { 'tool-linux.tar.gz': good });
    const asset = w.gh.state.assets('up/changed')[0];
    // Same length, other bytes: only the digest can tell.
    const changed = Buffer.from(good);
    changed[changed.length - 5] ^= 0xff;
    writeFileSync(join(w.gh.root, 'assets', String(asset.id)), changed);
    w.manifest(`binaries:
  changed:
    version: v1.0.0
    bin: tool
    build: ${JSON.stringify(build)}
    download: "${url('up/changed', '{version}', 'tool-{os}.tar.gz')}"
`);
    const r = await w.run('ensure-binary', { inputs: { name: 'changed' } });
    refused(r, new RegExp(`sha256 ${sha256(changed)} is not the release asset's digest sha256:${sha256(good)}: refusing it`), 'changed');
    noRelease();
  });

  test('a wrong sidecar is refused', async () => {
    await publishUpstream(w.gh, w.token, 'up/sidecar', 'v1.0.0', {
      'tool-linux.tar.gz': good,
      'tool-linux.tar.gz.sha256': Buffer.from(`${'ab'.repeat(32)}  tool-linux.tar.gz\n`),
    });
    w.manifest(`binaries:
  sidecar:
    version: v1.0.0
    bin: tool
    download:
      url: "${url('up/sidecar', '{version}', 'tool-{os}.{ext}')}"
      format: tar.gz
      checksum: "${url('up/sidecar', '{version}', 'tool-{os}.{ext}.sha256')}"
`);
    const r = await w.run('ensure-binary', { inputs: { name: 'sidecar' } });
    refused(r, new RegExp(`sha256 mismatch: expected ${'ab'.repeat(32)} \\(checksum file .*tool-linux\\.tar\\.gz\\.sha256\\), got ${sha256(good)}`), 'sidecar');
    noRelease();
  });

  test('a checksums file with no line for the file is refused', async () => {
    await publishUpstream(w.gh, w.token, 'up/noline', 'v1.0.0', {
      'tool-linux.tar.gz': good,
      'checksums.txt': Buffer.from(`${sha256(good)}  tool-darwin.tar.gz\n${sha256(evil)}  tool-windows.zip\n`),
    });
    w.manifest(`binaries:
  noline:
    version: v1.0.0
    bin: tool
    build: ${JSON.stringify(build)}
    download:
      url: "${url('up/noline', '{version}', 'tool-{os}.tar.gz')}"
      checksum: "${url('up/noline', '{version}', 'checksums.txt')}"
`);
    const r = await w.run('ensure-binary', { inputs: { name: 'noline' } });
    refused(r, /checksum file .*checksums\.txt has no line for tool-linux\.tar\.gz: refusing it/, 'noline');
    noRelease();
  });

  test('a pinned sha256 that does not match is refused; a platform missing from the pins is refused before downloading', async () => {
    await publishUpstream(w.gh, w.token, 'up/pinned', 'v1.0.0', { 'tool-linux-amd64.tar.gz': good, 'tool-linux-arm64.tar.gz': good });
    w.manifest(`binaries:
  pinned:
    version: v1.0.0
    bin: tool
    download:
      url: "${url('up/pinned', '{version}', 'tool-{os}-{arch}.tar.gz')}"
      checksum:
        sha256:
          ${here.os}-${here.arch}: ${sha256(evil)}
`);
    const r = await w.run('ensure-binary', { inputs: { name: 'pinned' } });
    refused(r, new RegExp(`sha256 mismatch: expected ${sha256(evil)} \\(pinned for ${here.os}-${here.arch} in the manifest\\), got ${sha256(good)}`), 'pinned');
    const other = here.arch === 'amd64' ? 'arm64' : 'amd64';
    const before = w.gh.requests.length;
    const missing = await w.run('ensure-binary', { inputs: { name: 'pinned', arch: other } });
    refused(missing, new RegExp(`no pinned sha256 for ${here.os}-${other} under download\\.checksum\\.sha256`), 'pinned');
    assert.equal(w.gh.requests.slice(before).filter((x) => x.path.includes('/up/pinned/')).length, 0, 'downloaded a file it cannot check');
    noRelease();
  });

  test('two candidate binaries without path: an error listing both, never a guess', async () => {
    const two = await pack(w.ws, 'tar.gz', {
      'pkg/bin/tool': { data: fakeBinary('tool', 'v1.0.0', P), mode: 0o755 },
      'pkg/libexec/tool': { data: '#!/bin/sh\necho helper\n', mode: 0o755 },
    });
    await publishUpstream(w.gh, w.token, 'up/two', 'v1.0.0', { 'tool.tar.gz': two });
    w.manifest(`binaries:
  two:
    version: v1.0.0
    bin: tool
    build: ${JSON.stringify(build)}
    download: "${url('up/two', '{version}', 'tool.tar.gz')}"
`);
    const r = await w.run('ensure-binary', { inputs: { name: 'two' } });
    refused(r, /2 files named tool in it \(pkg\/bin\/tool, pkg\/libexec\/tool\): set download\.path to the binary, refusing to guess/, 'two');
    noRelease();
    // With path: the one named.
    w.manifest(`binaries:
  two:
    version: v1.0.0
    bin: tool
    download:
      url: "${url('up/two', '{version}', 'tool.tar.gz')}"
      path: pkg/bin/tool
`);
    const ok = await w.run('ensure-binary', { inputs: { name: 'two' } });
    assert.equal(ok.code, 0, ok.stdout);
    assert.equal(ok.outputs.source, 'download');
  });

  test('checksum: false in an override: that platform alone is unchecked, and the step says so', async () => {
    await publishUpstream(w.gh, w.token, 'up/off', 'v1.0.0', {
      [`tool-${here.os}.tar.gz`]: good,
      SHA256SUMS: Buffer.from(`${sha256(evil)}  tool-${here.os}.tar.gz\n`),
    });
    w.manifest(`binaries:
  off:
    version: v1.0.0
    bin: tool
    download:
      url: "${url('up/off', '{version}', 'tool-{os}.tar.gz')}"
      checksum: "${url('up/off', '{version}', 'SHA256SUMS')}"
      overrides:
        - { os: ${here.os}, arch: ${here.arch}, checksum: false }
`);
    const r = await w.run('ensure-binary', { inputs: { name: 'off', 'release-on-miss': false } });
    assert.equal(r.code, 0, r.stdout);
    assert.ok(
      r.warnings.some((m) => new RegExp(`not checked \\(checksum: false in the override for ${here.os}-${here.arch}\\)`).test(m)),
      r.warnings.join('\n'),
    );
    // Another platform still is.
    const other = here.arch === 'amd64' ? 'arm64' : 'amd64';
    const r2 = await w.run('ensure-binary', { inputs: { name: 'off', arch: other } });
    refused(r2, /sha256 mismatch/, 'off');
  });
});
