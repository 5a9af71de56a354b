import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { packTarGz } from '../../src/archive/tar.js';
import { sha256File } from '../../src/artifact/hash.js';
import { formatVersionFile } from '../../src/artifact/version-file.js';
import { currentPlatform } from '../../src/manifest/platform.js';
import { leaks, tempDir } from '../support/launcher.js';
import { fakeBuild, read, REPO, SHA, world, type World } from '../support/release-cache.js';
import { rawTarGz } from '../support/tarcraft.js';
import { tree } from '../support/tree.js';

const here = currentPlatform();
const ASSET = `tool-${here.os}-${here.arch}.tar.gz`;

/** Puts an asset into release `tag` (created if needed) the way a third party could. */
async function putAsset(w: World, tag: string, name: string, body: Buffer): Promise<void> {
  const auth = { authorization: `token ${w.token}` };
  let rel = (await (await fetch(`${w.gh.apiUrl}/repos/${REPO}/releases/tags/${tag}`, { headers: auth })).json()) as { id?: number; upload_url: string };
  if (!rel.id) {
    rel = (await (
      await fetch(`${w.gh.apiUrl}/repos/${REPO}/releases`, { method: 'POST', headers: auth, body: JSON.stringify({ tag_name: tag, make_latest: 'false' }) })
    ).json()) as typeof rel;
  }
  const res = await fetch(`${rel.upload_url.replace(/\{.*$/, '')}?name=${name}`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/gzip', 'content-length': String(body.length) },
    body: new Uint8Array(body),
  });
  assert.equal(res.status, 201, await res.text());
}

/** A cache archive whose .version says whatever the test wants. */
async function forgedArchive(dir: string, binary: string, version: { name: string; version: string; checksum?: string }): Promise<Buffer> {
  const bin = join(dir, `bin-${Math.random()}`);
  writeFileSync(bin, binary, { mode: 0o755 });
  const checksum = version.checksum ?? (await sha256File(bin));
  const out = join(dir, `a-${Math.random()}.tgz`);
  await packTarGz(
    [
      { name: 'tool', file: bin },
      {
        name: '.version',
        data: formatVersionFile({
          name: version.name,
          version: version.version,
          commit: SHA,
          checksum,
          os: here.os,
          arch: here.arch,
          built: '2026-01-01T00:00:00Z',
        }),
      },
    ],
    out,
  );
  return execFileSync('cat', [out]);
}

describe('ensure-binary', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(async () => w.cleanup());

  test('miss → build → release; fresh tool cache → release; same tool cache → tool cache', async () => {
    w.manifest(`binaries:\n  tool:\n    version: v1.0.0\n    build: ${JSON.stringify(fakeBuild())}\n`);
    const tc = await tempDir('sync-tc-');
    const tc2 = await tempDir('sync-tc-');
    try {
      const first = await w.run('ensure-binary', { inputs: { name: 'tool' }, toolCache: tc.path });
      assert.equal(first.code, 0, first.stdout + first.stderr);
      assert.equal(first.outputs.source, 'build');
      assert.equal(first.outputs['cache-hit'], 'false');
      assert.equal(first.outputs.released, 'true');
      assert.equal(first.outputs.version, 'v1.0.0');
      assert.equal(first.outputs.path, join(tc.path, 'tool', 'v1.0.0', here.arch));
      assert.deepEqual(first.path, [first.outputs.path]);
      assert.equal(execFileSync(first.outputs.binary, { encoding: 'utf8' }).trim(), 'tool v1.0.0');
      assert.equal(first.outputs.sha256, await sha256File(first.outputs.binary));
      assert.match(first.summary, /tool v1\.0\.0 .* from build in .*released/);
      assert.equal(leaks(first, w.token), false);

      // The release: one, not a draft, not latest, holding the asset in the SPEC §3 layout.
      const rels = w.gh.state.releases(REPO);
      assert.equal(rels.length, 1);
      assert.equal(rels[0].tag_name, 'tool-v1.0.0');
      assert.equal(rels[0].draft, false);
      assert.notEqual((rels[0] as { make_latest?: string }).make_latest, 'true');
      const assets = w.gh.state.assets(REPO);
      assert.deepEqual(
        assets.map((a) => [a.name, a.state]),
        [[ASSET, 'uploaded']],
      );
      const unpacked = await w.unpack(REPO, ASSET);
      assert.deepEqual(readdirSync(unpacked).sort(), ['.version', 'tool']);
      execFileSync('grep', ['-q', 'version: v1.0.0', join(unpacked, '.version')]); // the seeds' check
      const version = read(join(unpacked, '.version'));
      assert.match(
        version,
        new RegExp(
          `^name: tool\nversion: v1\\.0\\.0\ncommit: ${SHA}\nchecksum: ${first.outputs.sha256}\nos: ${here.os}\narch: ${here.arch}\nbuilt: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\n$`,
        ),
      );

      // A fresh runner: the release serves it, no build.
      const second = await w.run('ensure-binary', { inputs: { name: 'tool', build: 'exit 3' }, toolCache: tc2.path });
      assert.equal(second.code, 0, second.stdout + second.stderr);
      assert.equal(second.outputs.source, 'release');
      assert.equal(second.outputs['cache-hit'], 'true');
      assert.equal(second.outputs.released, 'false');
      assert.equal(second.outputs.sha256, first.outputs.sha256);
      assert.equal(execFileSync(second.outputs.binary, { encoding: 'utf8' }).trim(), 'tool v1.0.0');
      assert.match(second.summary, /from release in/);
      assert.ok(existsSync(`${second.outputs.path}.complete`));

      // The same (warm) runner: the tool cache serves it, without a single API call.
      const before = w.gh.requests.length;
      const third = await w.run('ensure-binary', { inputs: { name: 'tool' }, toolCache: tc.path, env: { GITHUB_API_URL: 'http://127.0.0.1:9' } });
      assert.equal(third.code, 0, third.stdout + third.stderr);
      assert.equal(third.outputs.source, 'tool-cache');
      assert.equal(third.outputs.path, first.outputs.path);
      assert.equal(w.gh.requests.length, before);

      // Someone changes the cached binary: the hit is refused (re-hashed, since its stat changed)
      // and the release serves a good copy again.
      writeFileSync(first.outputs.binary, '#!/bin/sh\necho tampered\n');
      const fourth = await w.run('ensure-binary', { inputs: { name: 'tool' }, toolCache: tc.path });
      assert.equal(fourth.code, 0, fourth.stdout);
      assert.equal(fourth.outputs.source, 'release');
      assert.ok(
        fourth.warnings.some((m) => /tool cache .*checksum mismatch/.test(m)),
        fourth.warnings.join('\n'),
      );
      assert.equal(execFileSync(fourth.outputs.binary, { encoding: 'utf8' }).trim(), 'tool v1.0.0');
    } finally {
      await tc.cleanup();
      await tc2.cleanup();
    }
  });

  test('any version string works, tool cache included (commit SHA, calendar version)', async () => {
    const tc = await tempDir('sync-tc-');
    try {
      for (const version of ['0123456789abcdef0123456789abcdef01234567', '2024.11.05']) {
        const a = await w.run('ensure-binary', { inputs: { name: 'cal', version, build: fakeBuild('cal') }, toolCache: tc.path });
        assert.equal(a.code, 0, a.stdout);
        assert.equal(a.outputs.source, 'build');
        const b = await w.run('ensure-binary', { inputs: { name: 'cal', version, build: 'exit 1' }, toolCache: tc.path });
        assert.equal(b.outputs.source, 'tool-cache', b.stdout);
        assert.equal(b.outputs.path, join(tc.path, 'cal', version, here.arch));
      }
      assert.ok(w.gh.state.releases(REPO).some((r) => r.tag_name === 'cal-2024.11.05'));
    } finally {
      await tc.cleanup();
    }
  });

  test('a tampered asset (binary does not match .version checksum) is refused, nothing on PATH', async () => {
    await putAsset(
      w,
      'tampered-v1',
      ASSET.replace('tool', 'tool'),
      await forgedArchive(w.ws, '#!/bin/sh\necho evil\n', { name: 'tampered', version: 'v1', checksum: 'a'.repeat(64) }),
    );
    const r = await w.run('ensure-binary', { inputs: { name: 'tampered', version: 'v1', bin: 'tool', build: fakeBuild() } });
    assert.equal(r.code, 1);
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0], new RegExp(`asset ${ASSET.replace(/\./g, '\\.')} .*checksum mismatch.*expected a{64}.*actual [0-9a-f]{64}`));
    assert.deepEqual(r.path, []);
    assert.equal(r.outputs.path, undefined);
    assert.equal(existsSync(join(r.toolCache, 'tampered', 'v1', `${here.arch}.complete`)), false);
  });

  test('an asset whose .version names another version is refused', async () => {
    await putAsset(w, 'stale-v2', ASSET, await forgedArchive(w.ws, '#!/bin/sh\necho v1\n', { name: 'stale', version: 'v1' }));
    const r = await w.run('ensure-binary', { inputs: { name: 'stale', version: 'v2', bin: 'tool', build: fakeBuild() } });
    assert.equal(r.code, 1);
    assert.match(r.errors[0], new RegExp(`asset ${ASSET.replace(/\./g, '\\.')} .*version mismatch: expected v2, .version says v1`));
    assert.deepEqual(r.path, []);
  });

  test('tar-slip: an asset with entries escaping the folder is refused', async () => {
    await putAsset(
      w,
      'slip-v1',
      ASSET,
      rawTarGz([
        { name: '../../../../slipped', data: 'x' },
        { name: 'tool', data: 'x' },
      ]),
    );
    const r = await w.run('ensure-binary', { inputs: { name: 'slip', version: 'v1', bin: 'tool', build: fakeBuild() } });
    assert.equal(r.code, 1);
    assert.match(r.errors[0], /refusing archive entry "\.\.\/\.\.\/\.\.\/\.\.\/slipped"/);
    assert.deepEqual(r.path, []);
    assert.equal(existsSync(join(r.toolCache, '..', 'slipped')), false);
  });

  test('link chain: an asset whose links pass through earlier links creates nothing outside its folder', async () => {
    // Extraction happens in <tool cache>/chain/v1/<leaf>.tmp-*: `x/y/up` really is that folder and
    // `x/y/up/esc` its parent, so `x/y/up/esc/planted` would be a link planted in the tool cache.
    const chain = rawTarGz([
      { name: 'x/y/up', type: '2', link: '../..' },
      { name: 'x/y/up/esc', type: '2', link: '..' },
      { name: 'x/y/up/esc/planted', type: '2', link: '../tool' },
      { name: 'tool', data: 'x' },
    ]);
    await putAsset(w, 'chain-v1', ASSET, chain);
    const tc = await tempDir('sync-tc-');
    try {
      const r = await w.run('ensure-binary', { inputs: { name: 'chain', version: 'v1', bin: 'tool', build: fakeBuild() }, toolCache: tc.path });
      assert.equal(r.code, 1, r.stdout);
      assert.equal(r.errors.length, 1, r.stdout);
      const left = tree(tc.path).filter((p) => !p.startsWith('.sync-manifests'));
      assert.deepEqual(left, ['chain', 'chain/v1'], 'no link, no file, no staging folder left in the tool cache');
      assert.match(r.errors[0], /refusing archive entry "x\/y\/up\/esc": it passes through the symbolic link "x\/y\/up"/);
      assert.deepEqual(r.path, []);
    } finally {
      await tc.cleanup();
    }
  });

  test('decompression bomb: a small asset that expands past its bound stops with one line (hardening 2)', async () => {
    // Made by the real tools: 100 MiB of zeros pack into a ~100 KiB .tar.gz.
    const d = await tempDir('sync-bomb-');
    const tc = await tempDir('sync-tc-');
    try {
      execFileSync('sh', ['-c', 'head -c 104857600 /dev/zero > tool && tar czf bomb.tgz tool'], { cwd: d.path });
      await putAsset(w, 'bomb-v1', ASSET, readFileSync(join(d.path, 'bomb.tgz')));
      const r = await w.run('ensure-binary', { inputs: { name: 'bomb', version: 'v1', bin: 'tool' }, toolCache: tc.path });
      assert.equal(r.code, 1, r.stdout);
      assert.equal(r.errors.length, 1);
      assert.match(r.errors[0], /asset tool-.* archive expands past 64 MiB \(over \d+x its \d+ bytes\): refusing it as a decompression bomb/);
      assert.deepEqual(
        tree(tc.path).filter((p) => !p.startsWith('.sync-manifests')),
        ['bomb', 'bomb/v1'],
        'nothing left in the tool cache',
      );
    } finally {
      await d.cleanup();
      await tc.cleanup();
    }
  });

  test('tool cache: a link planted for a folder or a binary is never followed', async () => {
    const tc = await tempDir('sync-tc-');
    try {
      // An attacker's folder that would pass every check if followed.
      const evil = join(tc.path, '..', `evil-${Date.now()}`);
      mkdirSync(evil, { recursive: true });
      writeFileSync(join(evil, 'tool'), '#!/bin/sh\necho evil\n', { mode: 0o755 });
      const checksum = await sha256File(join(evil, 'tool'));
      for (const v of ['v8', 'v9']) {
        writeFileSync(
          join(evil, `.version-${v}`),
          formatVersionFile({ name: 'planted', version: v, commit: SHA, checksum, os: here.os, arch: here.arch, built: '2026-01-01T00:00:00Z' }),
        );
      }
      // v8: the whole <arch> folder is a link; v9: a real folder whose binary is a link.
      mkdirSync(join(tc.path, 'planted', 'v8'), { recursive: true });
      execFileSync('cp', [join(evil, '.version-v8'), join(evil, '.version')]);
      symlinkSync(evil, join(tc.path, 'planted', 'v8', here.arch));
      writeFileSync(join(tc.path, 'planted', 'v8', `${here.arch}.complete`), '');
      const v9 = join(tc.path, 'planted', 'v9', here.arch);
      mkdirSync(v9, { recursive: true });
      symlinkSync(join(evil, 'tool'), join(v9, 'tool'));
      execFileSync('cp', [join(evil, '.version-v9'), join(v9, '.version')]);
      writeFileSync(`${v9}.complete`, '');
      for (const v of ['v8', 'v9']) {
        const r = await w.run('ensure-binary', {
          inputs: { name: 'planted', version: v, bin: 'tool', build: fakeBuild(), 'release-on-miss': false },
          toolCache: tc.path,
        });
        assert.equal(r.code, 0, r.stdout);
        assert.equal(r.outputs.source, 'build', `${v}: ${r.stdout}`);
        assert.equal(execFileSync(r.outputs.binary, { encoding: 'utf8' }).trim(), `planted ${v}`);
      }
      assert.ok(existsSync(join(evil, 'tool')), 'the link was removed, not what it pointed at');
      execFileSync('rm', ['-rf', evil]);
    } finally {
      await tc.cleanup();
    }
  });

  test('manifest cache: a forged or linked cache entry never supplies a build command', async () => {
    const tc = await tempDir('sync-tc-');
    try {
      w.manifest(
        `binaries:\n  first:\n    version: m1\n    bin: tool\n    build: ${JSON.stringify(fakeBuild())}\n  second:\n    version: m1\n    bin: tool\n    build: ${JSON.stringify(fakeBuild())}\n`,
      );
      const first = await w.run('ensure-binary', { inputs: { name: 'first', 'release-on-miss': false }, toolCache: tc.path });
      assert.equal(first.code, 0, first.stdout);
      const dir = join(tc.path, '.sync-manifests');
      const [cached] = readdirSync(dir);
      assert.ok(cached?.endsWith('.json'), 'the first run cached the parsed manifest');
      const real = readFileSync(join(dir, cached), 'utf8');
      const pwned = join(w.ws, 'pwned');
      const forged = real.replace(/("second".*?"build":)"(?:[^"\\]|\\.)*"/, `$1${JSON.stringify(`touch ${pwned}`)}`);
      assert.notEqual(forged, real);
      // Forged in place, then the same forgery behind a link.
      for (const plant of ['file', 'link']) {
        rmSync(join(dir, cached));
        if (plant === 'file') writeFileSync(join(dir, cached), forged);
        else {
          writeFileSync(join(tc.path, '..', 'forged.json'), forged);
          symlinkSync(join(tc.path, '..', 'forged.json'), join(dir, cached));
        }
        const r = await w.run('ensure-binary', { inputs: { name: 'second', 'release-on-miss': false }, toolCache: tc.path });
        assert.equal(r.code, 0, r.stdout);
        assert.equal(r.outputs.source, plant === 'file' ? 'build' : 'tool-cache');
        assert.equal(existsSync(pwned), false, `${plant}: the forged build command ran`);
      }
    } finally {
      rmSync(join(tc.path, '..', 'forged.json'), { force: true });
      await tc.cleanup();
    }
  });

  test('a read-only token on a miss: warning, binary still used, nothing released', async () => {
    const r = await w.run('ensure-binary', { inputs: { name: 'forky', version: 'v1', bin: 'tool', build: fakeBuild() }, token: w.readToken });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs.source, 'build');
    assert.equal(r.outputs.released, 'false');
    assert.equal(r.outputs['cache-hit'], 'false');
    assert.deepEqual(r.path, [r.outputs.path]);
    assert.ok(
      r.warnings.some((m) => /may not write releases \(403/.test(m)),
      r.warnings.join('\n'),
    );
    assert.equal(
      w.gh.state.releases(REPO).some((x) => x.tag_name === 'forky-v1'),
      false,
    );
    assert.equal(leaks(r, w.readToken), false);
  });

  test('5xx bursts, primary and secondary rate limits and a cut-short download are waited out', async () => {
    const seed = await w.run('ensure-binary', { inputs: { name: 'flaky', version: 'v1', bin: 'tool', build: fakeBuild() } });
    assert.equal(seed.outputs.released, 'true', seed.stdout);
    w.gh.faults.add({ path: /\/releases\/tags\/flaky-v1$/, kind: 'status', status: 502, times: 2 });
    w.gh.faults.add({ path: /\/releases\/tags\/flaky-v1$/, kind: 'rate-limit', times: 1 });
    w.gh.faults.add({ path: /\/releases\/assets\/\d+$/, kind: 'secondary-rate-limit', retryAfter: 1, times: 1 });
    w.gh.faults.add({ path: /\/releases\/assets\/\d+$/, kind: 'status', status: 503, times: 1 });
    w.gh.faults.add({ path: /^\/storage\//, kind: 'truncate', fraction: 0.5, times: 1 });
    w.gh.faults.add({ path: /^\/storage\//, kind: 'reset', times: 1 });
    const r = await w.run('ensure-binary', { inputs: { name: 'flaky', version: 'v1', bin: 'tool', build: 'exit 1' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs.source, 'release');
    assert.equal(r.outputs.sha256, seed.outputs.sha256);
    assert.ok(
      r.warnings.some((m) => /cut short|connection lost/.test(m)),
      r.warnings.join('\n'),
    );
    w.gh.faults.clear();
  });

  test('a download that keeps failing is an error after retries, never extracted', async () => {
    const seed = await w.run('ensure-binary', { inputs: { name: 'cut', version: 'v1', bin: 'tool', build: fakeBuild() } });
    assert.equal(seed.code, 0);
    w.gh.faults.add({ path: /^\/storage\//, kind: 'truncate', fraction: 0.3, times: 10 });
    const r = await w.run('ensure-binary', { inputs: { name: 'cut', version: 'v1', bin: 'tool', build: 'exit 1' } });
    w.gh.faults.clear();
    assert.equal(r.code, 1);
    assert.match(r.errors[0], /download of asset .* failed after 5 attempts: .*(cut short|connection lost)/);
    assert.deepEqual(r.path, []);
    assert.equal(existsSync(join(r.toolCache, 'cut')) && readdirSync(join(r.toolCache, 'cut', 'v1')).length > 0, false);
  });

  test('build failures are one line: non-zero exit, no binary left', async () => {
    const failing = await w.run('ensure-binary', { inputs: { name: 'broken', version: 'v1', build: 'echo compiling; exit 7' } });
    assert.equal(failing.code, 1);
    assert.deepEqual(failing.errors, ['build of broken v1 failed (exit code 7): fix the "build" command of broken (its output is above)']);
    assert.match(failing.stdout, /compiling/);
    const empty = await w.run('ensure-binary', { inputs: { name: 'empty', version: 'v1', build: 'echo done' } });
    assert.equal(empty.code, 1);
    assert.match(empty.errors[0], /build of empty v1 succeeded but left no empty in \$SYNC_OUT/);
    const none = await w.run('ensure-binary', { inputs: { name: 'nobuild', version: 'v1' } });
    assert.equal(none.code, 1);
    assert.match(none.errors[0], /nobuild v1 for .* is not cached \(no release nobuild-v1 in acme\/project\) and has no build command/);
  });

  test('a manifest entry that is missing names the file and the entries', async () => {
    w.manifest(`binaries:\n  tool:\n    version: v1.0.0\n  other:\n    version: v2\n`);
    const r = await w.run('ensure-binary', { inputs: { name: 'nats' } });
    assert.equal(r.code, 1);
    assert.deepEqual(r.errors, ['versions.yml: no entry "nats" under binaries (entries: tool, other); add it, or give "version" explicitly']);
  });

  test('a private release repository: API download with the token, storage never sees it', async () => {
    const p = await world({ private: true, repo: 'acme/secret' });
    try {
      p.manifest(`release-repo: acme/secret\nbinaries:\n  hidden:\n    version: v1\n    bin: tool\n    build: ${JSON.stringify(fakeBuild())}\n`);
      const seed = await p.run('ensure-binary', { inputs: { name: 'hidden' } });
      assert.equal(seed.outputs.released, 'true', seed.stdout);
      const r = await p.run('ensure-binary', { inputs: { name: 'hidden', build: 'exit 1' } });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.outputs.source, 'release');
      const storage = p.gh.requests.filter((q) => q.path.startsWith('/storage/'));
      assert.ok(storage.length >= 1);
      assert.ok(
        storage.every((q) => q.token === 'none' && q.status === 200),
        JSON.stringify(storage),
      );
      assert.equal(leaks(r, p.token), false);
      assert.deepEqual(r.masks, [p.token]);
      // Without a token the private release is invisible: a miss, not a crash.
      const anon = await p.run('ensure-binary', { inputs: { name: 'hidden', build: 'exit 1' }, token: '' });
      assert.equal(anon.code, 1);
      assert.match(anon.errors[0], /build of hidden v1 failed/);
    } finally {
      await p.cleanup();
    }
  });

  test('another platform: fetched and verified, not put on PATH; actions-cache skipped without the service', async () => {
    const os = here.os === 'darwin' ? 'linux' : 'darwin';
    const r = await w.run('ensure-binary', {
      inputs: { name: 'cross', version: 'v1', bin: 'tool', os, arch: 'arm64', build: fakeBuild(), 'actions-cache': true },
    });
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(r.path, []);
    assert.equal(r.outputs.path, join(r.toolCache, 'cross', 'v1', `${os}-arm64`));
    assert.match(r.stdout, /::debug::actions-cache: skipped, the cache service is not available here/);
    assert.ok(w.gh.state.assets(REPO).some((a) => a.name === `tool-${os}-arm64.tar.gz`));
  });

  test('the upstream download URL serves before building; a failing one falls back to the build', async () => {
    // "Upstream" publishes its own tarball: binary in a sub-folder, no .version.
    await w.gh.createRepo('upstream/tool');
    await w.gh.commit('upstream/tool', { files: { 'README.md': 'x' } });
    const upstream = rawTarGz([
      { name: 'tool-v7-linux/', type: '5' },
      { name: 'tool-v7-linux/README.md', data: 'docs' },
      { name: 'tool-v7-linux/tool', data: '#!/bin/sh\necho upstream v7\n', mode: 0o755 },
    ]);
    const auth = { authorization: `token ${w.token}` };
    const rel = (await (
      await fetch(`${w.gh.apiUrl}/repos/upstream/tool/releases`, { method: 'POST', headers: auth, body: JSON.stringify({ tag_name: 'v7' }) })
    ).json()) as { upload_url: string };
    const up = await fetch(`${rel.upload_url.replace(/\{.*$/, '')}?name=tool-v7-${here.os}-${here.arch}.tar.gz`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/gzip', 'content-length': String(upstream.length) },
      body: new Uint8Array(upstream),
    });
    assert.equal(up.status, 201);
    const download = `${w.gh.url}/upstream/tool/releases/download/{version}/{bin}-{version}-{os}-{arch}.tar.gz`;
    const tc = await tempDir('sync-tc-');
    try {
      const r = await w.run('ensure-binary', { inputs: { name: 'up', version: 'v7', bin: 'tool', download, build: 'exit 1' }, toolCache: tc.path });
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.outputs.source, 'download');
      assert.equal(r.outputs['cache-hit'], 'true');
      // A download is released to our cache like a build (SPEC §2), so the next runner hits the release.
      assert.equal(r.outputs.released, 'true');
      assert.equal(execFileSync(r.outputs.binary, { encoding: 'utf8' }).trim(), 'upstream v7');
      assert.match(read(join(r.outputs.path, '.version')), new RegExp(`^name: up\nversion: v7\ncommit: unknown\nchecksum: ${r.outputs.sha256}\n`));
      // Upstream has no such version: the build runs (and releases it).
      const fallback = await w.run('ensure-binary', { inputs: { name: 'up', version: 'v8', bin: 'tool', download, build: fakeBuild() } });
      assert.equal(fallback.code, 0, fallback.stdout);
      assert.equal(fallback.outputs.source, 'build');
      assert.ok(
        fallback.warnings.some((m) => /answered 404.*building instead/.test(m)),
        fallback.warnings.join('\n'),
      );
    } finally {
      await tc.cleanup();
    }
  });

  test('explicit version without a manifest file; bad inputs fail on one line', async () => {
    const ws = join(w.ws, 'bare');
    mkdirSync(ws, { recursive: true });
    const ok = await w.run('ensure-binary', { inputs: { name: 'solo', version: 'v3', build: fakeBuild('solo'), 'release-on-miss': false }, workspace: ws });
    assert.equal(ok.code, 0, ok.stdout);
    assert.equal(ok.outputs.released, 'false');
    const bad = await w.run('ensure-binary', { inputs: { name: 'solo', version: 'v3', 'add-to-path': 'maybe' }, workspace: ws });
    assert.deepEqual(bad.errors, ['input "add-to-path" must be true or false, got "maybe"']);
    const noManifest = await w.run('ensure-binary', { inputs: { name: 'solo' }, workspace: ws });
    assert.match(noManifest.errors[0], /versions\.yml: manifest not found/);
  });
});
