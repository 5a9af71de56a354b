import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sha256File } from '../../src/artifact/hash.js';
import { startGateProxy } from '../support/gate-proxy.js';
import { leaks, type LaunchResult } from '../support/launcher.js';
import { read, REPO, SHA, world, type World } from '../support/release-cache.js';

/** A binary file in the workspace with the given content. */
function binary(w: World, name: string, content: string): string {
  const dir = join(w.ws, 'out', name + Math.random().toString(36).slice(2, 6));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'tool');
  writeFileSync(path, `#!/bin/sh\necho ${content}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** The 8 platforms (6 os/arch pairs and 2 musl variants) of the matrix tests. */
function matrix(): Array<{ os: string; arch: string; asset?: string }> {
  const platforms: Array<{ os: string; arch: string; asset?: string }> = [];
  for (const os of ['linux', 'darwin', 'windows']) for (const arch of ['amd64', 'arm64']) platforms.push({ os, arch });
  platforms.push(
    { os: 'linux', arch: 'amd64', asset: '{bin}-{os}-{arch}-musl.tar.gz' },
    { os: 'linux', arch: 'arm64', asset: '{bin}-{os}-{arch}-musl.tar.gz' },
  );
  return platforms;
}

/**
 * `n` release-binary jobs for `n` platforms into the new tag `{name}-v1`, in lock step through a
 * gate in front of the API: every job looks the tag up (none yet) before any creates a release,
 * and every job has created its own draft (GitHub lets drafts share a tag) before any goes on to
 * upload and publish. Only one can publish; the rest meet 422 `already_exists`.
 */
async function draftRace(w: World, name: string, n: number): Promise<LaunchResult[]> {
  const proxy = await startGateProxy(w.gh.apiUrl);
  try {
    proxy.hold();
    const runs = matrix()
      .slice(0, n)
      .map((p) => {
        const path = binary(w, `${name}-${p.os}-${p.arch}`, `${p.os}-${p.arch}`);
        if (p.os === 'windows') writeFileSync(join(path, '..', 'tool.exe'), `echo ${p.os}-${p.arch}\n`);
        const inputs = { name, version: 'v1', bin: 'tool', path: join(path, '..'), os: p.os, arch: p.arch, asset: p.asset };
        return w.run('release-binary', { inputs, env: { GITHUB_API_URL: proxy.apiUrl } });
      });
    const all = Promise.all(runs);
    // Phase k ends when every job has sent its k-th API request (or a job ended early: then the asserts tell).
    for (const k of [1, 2, 3]) {
      await Promise.race([proxy.arrivals(k * n), all]);
      proxy.release();
      if (k < 3) proxy.hold();
    }
    return await all;
  } finally {
    await proxy.close();
  }
}

/** The assets of one release (asset names repeat across releases). */
const assetsOf = (w: World, tag: string) => w.gh.state.releases(REPO).find((r) => r.tag_name === tag)?.assets ?? [];
const digestOf = (w: World, tag: string, name: string) => assetsOf(w, tag).find((a) => a.name === name)?.digest;

/** Starts an upload and cuts it off mid-body: GitHub (and the stand-in) keep a "starter" asset. */
async function halfUpload(w: World, releaseId: number, name: string): Promise<void> {
  const url = new URL(`${w.gh.url}/api/uploads/repos/${REPO}/releases/${releaseId}/assets?name=${name}`);
  await new Promise<void>((resolve) => {
    const req = request(url, {
      method: 'POST',
      headers: { authorization: `token ${w.token}`, 'content-type': 'application/gzip', 'content-length': '100000' },
    });
    req.on('error', () => resolve());
    req.write(Buffer.alloc(1000));
    const poll = setInterval(() => {
      if (w.gh.state.assets(REPO).some((a) => a.name === name && a.state === 'starter')) {
        clearInterval(poll);
        req.destroy();
        resolve();
      }
    }, 5);
  });
}

describe('release-binary', () => {
  let w: World;
  before(async () => {
    w = await world();
    w.manifest('binaries:\n  tool:\n    version: v1.0.0\n');
  });
  after(async () => w.cleanup());

  test('8 parallel jobs for 8 platforms into one new tag: one release, 8 assets', async () => {
    const platforms: Array<{ os: string; arch: string; asset?: string }> = [];
    for (const os of ['linux', 'darwin', 'windows']) for (const arch of ['amd64', 'arm64']) platforms.push({ os, arch });
    platforms.push(
      { os: 'linux', arch: 'amd64', asset: '{bin}-{os}-{arch}-musl.tar.gz' },
      { os: 'linux', arch: 'arm64', asset: '{bin}-{os}-{arch}-musl.tar.gz' },
    );
    const runs = await Promise.all(
      platforms.map((p) => {
        const path = binary(w, `${p.os}-${p.arch}`, `${p.os}-${p.arch}`);
        if (p.os === 'windows') writeFileSync(join(path, '..', 'tool.exe'), `echo ${p.os}-${p.arch}\n`);
        return w.run('release-binary', {
          inputs: { name: 'race', version: 'v8', bin: 'tool', path: join(path, '..'), os: p.os, arch: p.arch, asset: p.asset },
        });
      }),
    );
    for (const r of runs) assert.equal(r.code, 0, r.stdout + r.stderr);
    const rels = w.gh.state.releases(REPO).filter((r) => r.tag_name === 'race-v8');
    assert.equal(rels.length, 1);
    assert.equal(rels[0].draft, false);
    assert.equal(rels[0].prerelease, false);
    const names = assetsOf(w, 'race-v8')
      .map((a) => a.name)
      .sort();
    assert.deepEqual(names, [
      'tool-darwin-amd64.tar.gz',
      'tool-darwin-arm64.tar.gz',
      'tool-linux-amd64-musl.tar.gz',
      'tool-linux-amd64.tar.gz',
      'tool-linux-arm64-musl.tar.gz',
      'tool-linux-arm64.tar.gz',
      'tool-windows-amd64.tar.gz',
      'tool-windows-arm64.tar.gz',
    ]);
    assert.ok(assetsOf(w, 'race-v8').every((a) => a.state === 'uploaded'));
    assert.equal(new Set(runs.map((r) => r.outputs['release-id'])).size, 1);
    const win = await w.unpack(REPO, 'tool-windows-arm64.tar.gz', 'race-v8');
    assert.deepEqual(readdirSync(win).sort(), ['.version', 'tool.exe']);
    assert.match(read(join(win, '.version')), /^name: race\nversion: v8\n.*\nos: windows\narch: arm64\n/s);
  });

  for (const n of [4, 8]) {
    test(`${n} parallel jobs into one new tag, each with its own draft: all succeed, one published release holds every asset, no draft left`, async () => {
      const name = `drafts${n}`;
      const before = w.gh.requests.length;
      const runs = await draftRace(w, name, n);
      for (const r of runs) assert.equal(r.code, 0, r.stdout + r.stderr);
      // The race really happened: n drafts, one publish won, n - 1 met already_exists and were deleted.
      const calls = w.gh.requests.slice(before);
      const count = (method: string, path: RegExp, status: number) =>
        calls.filter((q) => q.method === method && path.test(q.path) && q.status === status).length;
      assert.equal(count('POST', /\/repos\/acme\/project\/releases$/, 201), n);
      assert.equal(count('PATCH', /\/releases\/\d+$/, 200), 1);
      assert.equal(count('PATCH', /\/releases\/\d+$/, 422), n - 1);
      assert.equal(count('DELETE', /\/releases\/\d+$/, 204), n - 1);
      const rels = w.gh.state.releases(REPO).filter((r) => r.tag_name === `${name}-v1`);
      assert.deepEqual(
        rels.map((r) => r.draft),
        [false],
        'exactly one release, published, and no draft left behind',
      );
      const wanted = matrix()
        .slice(0, n)
        .map((p) => (p.asset ?? '{bin}-{os}-{arch}.tar.gz').replace('{bin}', 'tool').replace('{os}', p.os).replace('{arch}', p.arch))
        .sort();
      assert.deepEqual(rels[0].assets.map((a) => a.name).sort(), wanted);
      assert.ok(rels[0].assets.every((a) => a.state === 'uploaded'));
      assert.deepEqual([...new Set(runs.map((r) => r.outputs['release-id']))], [String(rels[0].id)]);
      // Every job's outputs name the asset as it is in the published release.
      for (const r of runs) {
        const a = rels[0].assets.find((x) => x.name === r.outputs['asset-name'])!;
        assert.equal(r.outputs['asset-url'], a.browser_download_url);
        assert.equal(`sha256:${r.outputs['archive-sha256']}`, a.digest);
        assert.match(r.outputs.sha256, /^[0-9a-f]{64}$/);
        assert.notEqual(r.outputs.sha256, r.outputs['archive-sha256']);
        assert.match(r.outputs['asset-url'], new RegExp(`/releases/download/${name}-v1/`));
      }
      // No asset anywhere but in the published release (nothing stranded in a deleted draft's place).
      assert.equal(w.gh.state.assets(REPO).filter((a) => a.browser_download_url.includes(`${name}-v1`) || /untagged/.test(a.browser_download_url)).length, n);
      const mac = await w.unpack(REPO, 'tool-darwin-arm64.tar.gz', `${name}-v1`);
      assert.match(read(join(mac, '.version')), /^name: drafts\d\nversion: v1\n.*\nos: darwin\narch: arm64\n/s);
      assert.match(read(join(mac, 'tool')), /echo darwin-arm64/);
    });
  }

  test('outputs, .version from the manifest entry, and the same binary again is "already there"', async () => {
    const path = binary(w, 'outputs', 'one');
    const r = await w.run('release-binary', { inputs: { name: 'tool', path, os: 'linux', arch: 'amd64' } });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs.tag, 'tool-v1.0.0');
    assert.equal(r.outputs['asset-name'], 'tool-linux-amd64.tar.gz');
    assert.match(r.outputs['asset-url'], /\/acme\/project\/releases\/download\/tool-v1\.0\.0\/tool-linux-amd64\.tar\.gz$/);
    assert.match(r.outputs['release-url'], /\/acme\/project\/releases\/tag\/tool-v1\.0\.0$/);
    // sha256 is the binary's (as in .version), archive-sha256 the uploaded archive's (its digest).
    assert.equal(r.outputs.sha256, await sha256File(path));
    assert.equal(`sha256:${r.outputs['archive-sha256']}`, digestOf(w, 'tool-v1.0.0', 'tool-linux-amd64.tar.gz'));
    assert.notEqual(r.outputs.sha256, r.outputs['archive-sha256']);
    assert.ok(r.outputs['release-id']);
    const unpacked = await w.unpack(REPO, 'tool-linux-amd64.tar.gz', 'tool-v1.0.0');
    assert.match(
      read(join(unpacked, '.version')),
      new RegExp(`^name: tool\nversion: v1\\.0\\.0\ncommit: ${SHA}\nchecksum: ${await sha256File(path)}\nos: linux\narch: amd64\nbuilt: `),
    );
    assert.equal(leaks(r, w.token), false);
  });

  test('clobber swap: a failure mid-upload loses nothing; the next run replaces', async () => {
    const first = await w.run('release-binary', { inputs: { name: 'swap', version: 'v1', bin: 'tool', path: binary(w, 'swap1', 'old') } });
    assert.equal(first.code, 0, first.stdout);
    const asset = first.outputs['asset-name'];
    const oldDigest = digestOf(w, 'swap-v1', asset);
    // Every upload attempt of the new one dies.
    w.gh.faults.add({ path: /\/releases\/\d+\/assets$/, method: 'POST', kind: 'status', status: 502, times: 20 });
    const failed = await w.run('release-binary', { inputs: { name: 'swap', version: 'v1', bin: 'tool', path: binary(w, 'swap2', 'new') } });
    w.gh.faults.clear();
    assert.equal(failed.code, 1);
    assert.match(failed.errors[0], /upload of tool-.*\.sync-tmp-[0-9a-f]+ to release swap-v1 in acme\/project failed after 5 attempts/);
    const after = assetsOf(w, 'swap-v1');
    assert.deepEqual(
      after.map((a) => [a.name, a.state, a.digest]),
      [[asset, 'uploaded', oldDigest]],
    );
    const unpacked = await w.unpack(REPO, asset, 'swap-v1');
    assert.match(read(join(unpacked, 'tool')), /echo old/);
    // A clean re-run swaps it in.
    const again = await w.run('release-binary', { inputs: { name: 'swap', version: 'v1', bin: 'tool', path: binary(w, 'swap3', 'new') } });
    assert.equal(again.code, 0, again.stdout);
    assert.match(again.stdout, /replaced tool-.* in release swap-v1/);
    const now = assetsOf(w, 'swap-v1');
    assert.equal(now.length, 1);
    assert.notEqual(now[0].digest, oldDigest);
    assert.match(read(join(await w.unpack(REPO, asset, 'swap-v1'), 'tool')), /echo new/);
  });

  test('an upload that fails into a new tag leaves no draft behind', async () => {
    w.gh.faults.add({ path: /\/releases\/\d+\/assets$/, method: 'POST', kind: 'status', status: 502, times: 5 });
    const r = await w.run('release-binary', { inputs: { name: 'nodraft', version: 'v1', bin: 'tool', path: binary(w, 'nodraft', 'x') } });
    w.gh.faults.clear();
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0], /upload of tool-.* to release nodraft-v1 in acme\/project failed after 5 attempts/);
    assert.deepEqual(
      w.gh.state.releases(REPO).filter((x) => x.tag_name === 'nodraft-v1'),
      [],
    );
  });

  test('clobber: false leaves an existing asset and says so (exit 0); outputs describe the asset kept', async () => {
    const firstBinary = binary(w, 'keep1', 'first');
    const first = await w.run('release-binary', { inputs: { name: 'keep', version: 'v1', bin: 'tool', path: firstBinary } });
    const r = await w.run('release-binary', { inputs: { name: 'keep', version: 'v1', bin: 'tool', path: binary(w, 'keep2', 'second'), clobber: false } });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /already exists in release keep-v1; left alone \(clobber: false\)/);
    assert.match(r.summary, /left alone \(clobber: false\)/);
    const asset = r.outputs['asset-name'];
    assert.match(read(join(await w.unpack(REPO, asset, 'keep-v1'), 'tool')), /echo first/);
    assert.equal(r.outputs.sha256, await sha256File(firstBinary));
    assert.equal(r.outputs['archive-sha256'], first.outputs['archive-sha256']);
    assert.equal(`sha256:${r.outputs['archive-sha256']}`, digestOf(w, 'keep-v1', asset));
  });

  test('a lost upload answer: the retry sees the asset landed (same digest) and is done', async () => {
    w.gh.faults.add({ path: /\/releases\/\d+\/assets$/, method: 'POST', kind: 'drop-response', times: 1 });
    const before = w.gh.requests.length;
    const r = await w.run('release-binary', { inputs: { name: 'lost', version: 'v1', bin: 'tool', path: binary(w, 'lost', 'x') } });
    w.gh.faults.clear();
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /the earlier attempt landed \(same sha256\); not uploading again/);
    const uploads = w.gh.requests.slice(before).filter((q) => q.method === 'POST' && /\/assets\?name=/.test(q.path));
    assert.equal(uploads.length, 1);
    const assets = assetsOf(w, 'lost-v1').filter((a) => a.name === r.outputs['asset-name']);
    assert.equal(assets.length, 1);
    assert.equal(assets[0].digest, `sha256:${r.outputs['archive-sha256']}`);
  });

  test('a "starter" leftover of an earlier failed upload is removed and replaced', async () => {
    const seed = await w.run('release-binary', {
      inputs: { name: 'starter', version: 'v1', bin: 'tool', path: binary(w, 'st', 'x'), os: 'darwin', arch: 'arm64' },
    });
    assert.equal(seed.code, 0, seed.stdout);
    const name = 'tool-linux-arm64.tar.gz';
    await halfUpload(w, Number(seed.outputs['release-id']), name);
    assert.equal(assetsOf(w, 'starter-v1').find((a) => a.name === name)?.state, 'starter');
    const r = await w.run('release-binary', {
      inputs: { name: 'starter', version: 'v1', bin: 'tool', path: binary(w, 'st2', 'y'), os: 'linux', arch: 'arm64', clobber: false },
    });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /removing tool-linux-arm64\.tar\.gz, left half-uploaded \(state "starter"\)/);
    const now = assetsOf(w, 'starter-v1').filter((a) => a.name === name);
    assert.deepEqual(
      now.map((a) => a.state),
      ['uploaded'],
    );
    assert.equal(now[0].digest, `sha256:${r.outputs['archive-sha256']}`);
  });

  test('5xx and rate limits on the release API are waited out', async () => {
    w.gh.faults.add({ path: /\/releases\/tags\/limits-v1$/, kind: 'secondary-rate-limit', retryAfter: 1, times: 1 });
    w.gh.faults.add({ path: /\/repos\/acme\/project\/releases$/, method: 'POST', kind: 'status', status: 500, times: 2 });
    w.gh.faults.add({ path: /\/releases\/\d+\/assets$/, method: 'GET', kind: 'rate-limit', times: 1 });
    w.gh.faults.add({ path: /\/releases\/\d+\/assets$/, method: 'POST', kind: 'status', status: 503, times: 2 });
    const r = await w.run('release-binary', { inputs: { name: 'limits', version: 'v1', bin: 'tool', path: binary(w, 'lim', 'x') } });
    w.gh.faults.clear();
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(w.gh.state.releases(REPO).filter((x) => x.tag_name === 'limits-v1').length, 1);
    assert.equal(assetsOf(w, 'limits-v1').filter((a) => a.name === r.outputs['asset-name']).length, 1);
  });

  test('errors: no path, no such entry, read-only token', async () => {
    const noPath = await w.run('release-binary', { inputs: { name: 'tool' } });
    assert.equal(noPath.code, 1);
    assert.match(noPath.errors[0], /no "path" given and no tool v1\.0\.0 for .* in the tool cache: set "path"/);
    const missing = await w.run('release-binary', { inputs: { name: 'nope', path: binary(w, 'x', 'x') } });
    assert.match(missing.errors[0], /versions\.yml: no entry "nope" under binaries/);
    const ro = await w.run('release-binary', { inputs: { name: 'ro', version: 'v1', bin: 'tool', path: binary(w, 'ro', 'x') }, token: w.readToken });
    assert.equal(ro.code, 1);
    assert.equal(ro.errors.length, 1);
    assert.match(ro.errors[0], /403|not accessible/i);
    assert.equal(leaks(ro, w.readToken), false);
  });
});

describe('release-binary with immutable releases', () => {
  let w: World;
  before(async () => {
    w = await world({ immutable: true });
  });
  after(async () => w.cleanup());

  test('a published immutable release refuses a second asset: one line with the fix; per-platform tags work', async () => {
    const first = await w.run('release-binary', {
      inputs: { name: 'imm', version: 'v1', bin: 'tool', path: binary(w, 'i1', 'x'), os: 'linux', arch: 'amd64' },
    });
    assert.equal(first.code, 0, first.stdout + first.stderr);
    const rel = w.gh.state.releases(REPO).find((r) => r.tag_name === 'imm-v1')!;
    assert.equal(rel.immutable, true);
    assert.equal(rel.draft, false);
    const second = await w.run('release-binary', {
      inputs: { name: 'imm', version: 'v1', bin: 'tool', path: binary(w, 'i2', 'y'), os: 'darwin', arch: 'arm64' },
    });
    assert.equal(second.code, 1);
    assert.equal(second.errors.length, 1);
    assert.match(second.errors[0], /release imm-v1 in acme\/project is immutable .*tag: "\{name\}-\{version\}-\{os\}-\{arch\}"/);
    // The fix: one release per platform, filled as a draft and then published.
    for (const [os, arch] of [
      ['linux', 'amd64'],
      ['darwin', 'arm64'],
    ]) {
      const r = await w.run('release-binary', {
        inputs: { name: 'imm', version: 'v2', bin: 'tool', path: binary(w, `p${os}`, os), os, arch, tag: '{name}-{version}-{os}-{arch}' },
      });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.outputs.tag, `imm-v2-${os}-${arch}`);
    }
    const perPlatform = w.gh.state.releases(REPO).filter((r) => r.tag_name.startsWith('imm-v2-'));
    assert.equal(perPlatform.length, 2);
    assert.ok(perPlatform.every((r) => r.immutable && !r.draft && r.assets.length === 1));
    // ensure-binary finds them with the same template.
    const e = await w.run('ensure-binary', {
      inputs: { name: 'imm', version: 'v2', bin: 'tool', tag: '{name}-{version}-{os}-{arch}', os: 'darwin', arch: 'arm64', build: 'exit 1' },
    });
    assert.equal(e.code, 0, e.stdout);
    assert.equal(e.outputs.source, 'release');
  });

  test('parallel jobs into one new tag: the publish winner succeeds, the others say how to fix it, no draft left', async () => {
    const runs = await draftRace(w, 'immrace', 4);
    const [won, ...lost] = [...runs].sort((a, b) => (a.code ?? 9) - (b.code ?? 9));
    assert.equal(won.code, 0, won.stdout + won.stderr);
    for (const r of lost) {
      assert.equal(r.code, 1, r.stdout);
      assert.equal(r.errors.length, 1);
      assert.match(r.errors[0], /release immrace-v1 in acme\/project is immutable .*tag: "\{name\}-\{version\}-\{os\}-\{arch\}"/);
    }
    const rels = w.gh.state.releases(REPO).filter((r) => r.tag_name === 'immrace-v1');
    assert.deepEqual(
      rels.map((r) => [r.draft, r.immutable, r.assets.map((a) => a.name)]),
      [[false, true, [won.outputs['asset-name']]]],
    );
  });
});

describe('release-binary bundle', () => {
  let w: World;
  before(async () => {
    w = await world();
    await w.gh.tag(REPO, 'v1.0.0');
  });
  after(async () => w.cleanup());

  test('on a tag: ensures every binary, packs <name>/<bin> + .version, uploads to the tag release with generated notes', async () => {
    const build = (bin: string) => `printf '#!/bin/sh\\necho %s\\n' "$SYNC_NAME" > "$SYNC_OUT/${bin}"; chmod +x "$SYNC_OUT/${bin}"`;
    w.manifest(
      `binaries:\n  nats:\n    version: v2.10.24\n    bin: nats-server\n    build: ${JSON.stringify(build('nats-server'))}\n  arc:\n    version: 2024.11.05\n    build: ${JSON.stringify(build('arc'))}\n`,
    );
    const r = await w.run('release-binary', { inputs: { bundle: 'plat-telemetry' }, ref: 'refs/tags/v1.0.0' });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const here = (await import('../../src/manifest/platform.js')).currentPlatform();
    const asset = `plat-telemetry-${here.os}-${here.arch}.tar.gz`;
    assert.equal(r.outputs.tag, 'v1.0.0');
    assert.equal(r.outputs['asset-name'], asset);
    const rel = w.gh.state.releases(REPO).find((x) => x.tag_name === 'v1.0.0')!;
    assert.equal(rel.draft, false);
    // A bundle holds many binaries: no binary sha256, the archive's in archive-sha256.
    assert.equal(`sha256:${r.outputs['archive-sha256']}`, rel.assets.find((a) => a.name === asset)?.digest);
    assert.equal(r.outputs.sha256 ?? '', '');
    assert.match(rel.body ?? '', /What's Changed/);
    const out = await w.unpack(REPO, asset);
    assert.deepEqual(readdirSync(out).sort(), ['arc', 'nats']);
    assert.deepEqual(readdirSync(join(out, 'nats')).sort(), ['.version', 'nats-server']);
    assert.match(read(join(out, 'nats', '.version')), /^name: nats\nversion: v2\.10\.24\n/);
    assert.match(read(join(out, 'arc', '.version')), /version: 2024\.11\.05/);
    // The per-binary cache releases were made on the way (release on miss).
    assert.ok(w.gh.state.releases(REPO).some((x) => x.tag_name === 'nats-v2.10.24'));
    // A cache release made after it does not take "latest" from the project release.
    const later = await w.run('release-binary', { inputs: { name: 'arc', version: '2024.12.01', path: join(w.ws, 'versions.yml'), bin: 'versions.yml' } });
    assert.equal(later.code, 0, later.stdout);
    const latest = (await (await fetch(`${w.gh.apiUrl}/repos/${REPO}/releases/latest`, { headers: { authorization: `token ${w.token}` } })).json()) as {
      tag_name: string;
    };
    assert.equal(latest.tag_name, 'v1.0.0');
    // Not on a tag: one line saying how to run it.
    const branch = await w.run('release-binary', { inputs: { bundle: 'plat-telemetry' } });
    assert.equal(branch.code, 1);
    assert.match(branch.errors[0], /not for a tag/);
  });
});
