/**
 * ensure-binary's `download` input takes what a manifest entry's `download` takes: a URL template
 * on one line, or the mapping (url, format, path, replacements, overrides, checksum) as YAML or
 * JSON text, a `download: |` block in a workflow. Checked by the manifest's own rules; a mistake
 * is one line naming the input.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { currentPlatform } from '../../src/manifest/platform.js';
import { tempDir } from '../support/launcher.js';
import { world, type World } from '../support/release-cache.js';
import { fakeBinary, pack, publishUpstream, sha256, type Plat } from '../support/upstreams.js';

const here = currentPlatform() as Plat;
const other: Plat = { os: 'darwin', arch: here.arch === 'amd64' ? 'arm64' : 'amd64' };

describe('download input: a mapping as YAML or JSON text', () => {
  let w: World;
  const assets: Record<string, Buffer> = {};
  before(async () => {
    w = await world();
    // Upstream names its archives without an extension (so `format` is needed) and ships a helper
    // of the same name beside the binary (so `path` is needed); SHA256SUMS lists every archive.
    for (const p of [here, other]) {
      assets[`tool_${p.os}_${p.arch}`] = await pack(w.ws, 'tar.gz', {
        'tool-1.2.0/bin/tool': { data: fakeBinary('tool', 'v1.2.0', p), mode: 0o755 },
        'tool-1.2.0/libexec/tool': { data: '#!/bin/sh\necho helper\n', mode: 0o755 },
      });
    }
    const sums = Object.entries(assets).map(([name, bytes]) => `${sha256(bytes)}  ${name}\n`);
    await publishUpstream(w.gh, w.token, 'up/tool', 'v1.2.0', { ...assets, SHA256SUMS: Buffer.from(sums.join('')) });
    // The manifest's own download (a URL that does not exist) is replaced by the input's.
    w.manifest(`binaries:
  tool:
    version: v1.2.0
    download: "${w.gh.url}/up/tool/releases/download/{version}/nothing-here"
`);
  });
  after(async () => w?.cleanup());

  const caches: Array<{ cleanup: () => Promise<void> }> = [];
  /** A tool cache that outlives the run, to read the installed binary from. */
  const cache = async () => {
    const tc = await tempDir('sync-tc-');
    caches.push(tc);
    return tc.path;
  };
  after(async () => Promise.all(caches.map((c) => c.cleanup())));
  const base = () => `${w.gh.url}/up/tool/releases/download/{version}`;

  test('a YAML block with format, path and checksum installs the right binary, checked, on this platform and another', async () => {
    const download = `url: ${base()}/tool_{os}_{arch}
format: tar.gz
path: tool-{semver}/bin/tool
checksum: ${base()}/SHA256SUMS
`;
    const before = w.gh.requests.length;
    for (const p of [here, other]) {
      const r = await w.run('ensure-binary', {
        inputs: { name: 'tool', download, os: p.os, arch: p.arch, 'release-on-miss': false },
        toolCache: await cache(),
      });
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.outputs.source, 'download', r.stdout);
      assert.equal(readFileSync(r.outputs.binary, 'utf8'), fakeBinary('tool', 'v1.2.0', p), `${p.os}/${p.arch}: the bin/ one, for its platform`);
      assert.deepEqual(r.path, p === here ? [dirname(r.outputs.binary)] : [], 'on PATH only for this runner');
    }
    assert.equal(w.gh.requests.slice(before).filter((x) => x.path.endsWith('/SHA256SUMS')).length, 2, 'the checksum file named in the input was read');
    assert.equal(w.gh.requests.slice(before).filter((x) => x.path.endsWith('/nothing-here')).length, 0, "the manifest's download was used");
  });

  test('a pinned sha256 in the input that does not match: one line, nothing on PATH', async () => {
    const download = `url: ${base()}/tool_{os}_{arch}
format: tar.gz
path: tool-{semver}/bin/tool
checksum:
  sha256:
    ${here.os}-${here.arch}: ${'0'.repeat(64)}
`;
    const r = await w.run('ensure-binary', { inputs: { name: 'tool', download, 'release-on-miss': false } });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.errors.length, 1, r.errors.join('\n'));
    assert.match(r.errors[0], new RegExp(`sha256 mismatch: expected ${'0'.repeat(64)} \\(pinned for ${here.os}-${here.arch}`));
    assert.deepEqual(r.path, []);
  });

  test('the same mapping as one line of JSON works', async () => {
    const download = JSON.stringify({ url: `${base()}/tool_{os}_{arch}`, format: 'tar.gz', path: 'tool-1.2.0/bin/tool', checksum: `${base()}/SHA256SUMS` });
    const r = await w.run('ensure-binary', { inputs: { name: 'tool', download, 'release-on-miss': false }, toolCache: await cache() });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(readFileSync(r.outputs.binary, 'utf8'), fakeBinary('tool', 'v1.2.0', here));
  });

  test('a bad key, a bad format, a bad placeholder and a one-line mapping: one line naming the input, nothing fetched', async () => {
    const cases: Array<[string, RegExp]> = [
      [
        `url: ${base()}/tool_{os}_{arch}\nfromat: tar.gz\n`,
        /^input "download" \(line 2\): key "fromat": unknown key \(allowed: url, format, path, replacements, overrides, checksum\)$/,
      ],
      [`url: ${base()}/tool_{os}_{arch}\nformat: tar.gzz\n`, /^input "download" \(line 2\): key "format": expected one of tar\.gz, /],
      [
        `url: ${base()}/tool_{os}_{arch}\noverrides:\n  - { os: plan9, url: x }\n`,
        /^input "download" \(line 3\): key "overrides\[0\]\.os": expected one of linux, darwin, windows$/,
      ],
      [`${base()}/tool_{os}_{platform}`, /^input "download": unknown placeholder \{platform\}/],
      ['format: tar.gz', /^input "download": a URL template has no spaces, got "format: tar\.gz"/],
      [`url: [${base()}\nformat: zip\n`, /^input "download" \(line \d\): invalid YAML or JSON: /],
    ];
    const before = w.gh.requests.length;
    for (const [download, why] of cases) {
      const r = await w.run('ensure-binary', { inputs: { name: 'tool', download, 'release-on-miss': false } });
      assert.equal(r.code, 1, r.stdout);
      assert.equal(r.errors.length, 1, r.errors.join('\n'));
      assert.doesNotMatch(r.errors[0], /\n/);
      assert.match(r.errors[0], why);
      assert.deepEqual(r.path, []);
    }
    assert.equal(w.gh.requests.slice(before).filter((x) => x.path.includes('/up/tool/')).length, 0, 'downloaded with a bad input');
  });
});
