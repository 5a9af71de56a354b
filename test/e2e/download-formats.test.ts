/**
 * The formats no real upstream above uses (tar.bz2, tar.zst, a lone .gz), through the bundled
 * ensure-binary: the decompressors must be in the bundle and work there, not only under tsx.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { tempDir } from '../support/launcher.js';
import { world, type World } from '../support/release-cache.js';
import { fakeBinary, missingTools, pack, publishUpstream, sha256, type Plat } from '../support/upstreams.js';

const CASES: Array<{ p: Plat; format: 'tar.bz2' | 'tar.zst' | 'gz' | 'tar.xz'; tools: string[] }> = [
  { p: { os: 'linux', arch: 'amd64' }, format: 'tar.bz2', tools: ['tar', 'bzip2'] },
  { p: { os: 'linux', arch: 'arm64' }, format: 'tar.zst', tools: ['tar', 'zstd'] },
  { p: { os: 'darwin', arch: 'arm64' }, format: 'gz', tools: ['gzip'] },
  { p: { os: 'windows', arch: 'amd64' }, format: 'tar.xz', tools: ['tar', 'xz'] },
];

describe('download: tar.bz2, tar.zst, gz and tar.xz through the bundle', async () => {
  const missing = await missingTools();
  let w: World;
  before(async () => {
    w = await world();
    const assets: Record<string, Buffer> = {};
    let sums = '';
    for (const c of CASES) {
      if (c.tools.some((t) => missing.includes(t))) continue;
      const exe = c.p.os === 'windows' ? '.exe' : '';
      const layout =
        c.format === 'gz'
          ? { [`tool${exe}`]: fakeBinary('tool', 'v3.1.0', c.p) }
          : { [`tool-3.1.0/bin/tool${exe}`]: { data: fakeBinary('tool', 'v3.1.0', c.p), mode: 0o755 } };
      const bytes = await pack(w.ws, c.format, layout);
      const name = `tool-3.1.0-${c.p.os}-${c.p.arch}.${c.format}`;
      assets[name] = bytes;
      sums += `${sha256(bytes)}  ${name}\n`;
    }
    await publishUpstream(w.gh, w.token, 'formats/tool', 'v3.1.0', { ...assets, SHA256SUMS: Buffer.from(sums) });
    const base = `${w.gh.url}/formats/tool/releases/download/{version}`;
    w.manifest(`binaries:
  tool:
    version: v3.1.0
    download:
      url: "${base}/tool-{semver}-{os}-{arch}.{ext}"
      format: tar.bz2
      overrides:
        - { os: linux, arch: arm64, format: tar.zst }
        - { os: darwin, format: gz }
        - { os: windows, format: tar.xz }
      checksum: "${base}/SHA256SUMS"
`);
  });
  after(async () => w?.cleanup());

  for (const c of CASES) {
    test(
      `${c.format} for ${c.p.os}/${c.p.arch}`,
      { skip: c.tools.some((t) => missing.includes(t)) ? `${c.tools.join('/')} not installed` : false },
      async () => {
        const tc = await tempDir('sync-tc-');
        try {
          const r = await w.run('ensure-binary', { inputs: { name: 'tool', os: c.p.os, arch: c.p.arch }, toolCache: tc.path });
          assert.equal(r.code, 0, r.stdout + r.stderr);
          assert.equal(r.outputs.source, 'download');
          assert.equal(r.outputs.released, 'true');
          assert.equal(readFileSync(r.outputs.binary, 'utf8'), fakeBinary('tool', 'v3.1.0', c.p));
        } finally {
          await tc.cleanup();
        }
      },
    );
  }
});
