/**
 * Eleven real upstreams, in look-alike: their real asset names and layouts (made by the real
 * tar/zip/xz CLIs), on every platform each ships, through the bundled ensure-binary with its
 * `os`/`arch` inputs. The first run downloads from upstream and releases to our cache; a fresh
 * runner then gets it from our release without touching upstream. Split over a few test files
 * (download-upstreams-*.test.ts) so each stays well inside the per-file time limit.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { currentPlatform } from '../../src/manifest/platform.js';
import { tempDir } from './launcher.js';
import { REPO, world, type World } from './release-cache.js';
import { ALL, fakeBinary, missingTools, pack, publishUpstream, sha256, staticServer, type Layout, type Plat } from './upstreams.js';

const here = currentPlatform();
const exe = (p: Plat) => (p.os === 'windows' ? '.exe' : '');
const bin = (who: string, version: string, p: Plat) => ({ data: fakeBinary(who, version, p), mode: 0o755 });

interface Asset {
  name: string;
  format: string;
  layout: Layout;
  tarFormat?: 'gnu' | 'pax' | 'ustar';
}

interface Upstream {
  key: string;
  /** owner/name on the stand-in; none: served by the static server. */
  repo?: string;
  version: string;
  platforms: Plat[];
  asset(p: Plat): Asset;
  /** Extra release files (checksums), from the assets' names and bytes. */
  sums?(assets: Array<{ name: string; bytes: Buffer; p: Plat }>): Record<string, Buffer>;
  /** The manifest entry; `base` is where upstream's files are, `pins` the assets' sha256 by os-arch. */
  entry(base: string, pins: Record<string, string>): string;
  /** Where an asset is served (static server upstreams). */
  staticPath?(name: string, p: Plat): string;
}

const lines = (assets: Array<{ name: string; bytes: Buffer }>) => Buffer.from(assets.map((a) => `${sha256(a.bytes)}  ${a.name}\n`).join(''));
const pinned = (pins: Record<string, string>) =>
  `      checksum:\n        sha256:\n${Object.entries(pins)
    .map(([k, v]) => `          ${k}: ${v}\n`)
    .join('')}`;

export const UPSTREAMS: Upstream[] = [
  {
    key: 'nats',
    repo: 'nats-io/nats-server',
    version: 'v2.10.24',
    platforms: ALL,
    asset: (p) => {
      const dir = `nats-server-v2.10.24-${p.os}-${p.arch}`;
      return {
        name: `${dir}.${p.os === 'windows' ? 'zip' : 'tar.gz'}`,
        format: p.os === 'windows' ? 'zip' : 'tar.gz',
        layout: { [`${dir}/nats-server${exe(p)}`]: bin('nats', 'v2.10.24', p), [`${dir}/README.md`]: '# NATS', [`${dir}/LICENSE`]: 'Apache-2.0' },
      };
    },
    sums: (a) => ({ SHA256SUMS: lines(a) }),
    entry: (b) => `  nats:
    version: v2.10.24
    bin: nats-server
    download:
      url: "${b}/nats-io/nats-server/releases/download/{version}/nats-server-{version}-{os}-{arch}.{ext}"
      format: tar.gz
      overrides:
        - { os: windows, format: zip }
      checksum: "${b}/nats-io/nats-server/releases/download/{version}/SHA256SUMS"
`,
  },
  {
    key: 'liftbridge',
    repo: 'liftbridge-io/liftbridge',
    version: 'v1.9.0',
    platforms: ALL.filter((p) => p.os !== 'windows'),
    asset: (p) => ({
      name: `liftbridge_1.9.0_${p.os === 'linux' ? 'Linux' : 'Darwin'}_${p.arch === 'amd64' ? 'x86_64' : 'arm64'}.tar.gz`,
      format: 'tar.gz',
      tarFormat: 'pax',
      layout: { liftbridge: bin('liftbridge', 'v1.9.0', p), 'README.md': '# Liftbridge', LICENSE: 'Apache-2.0' },
    }),
    sums: (a) => ({ 'liftbridge_1.9.0_checksums.txt': lines(a) }),
    entry: (b) => `  liftbridge:
    version: v1.9.0
    download:
      url: "${b}/liftbridge-io/liftbridge/releases/download/{version}/liftbridge_{semver}_{os}_{arch}.tar.gz"
      replacements: { linux: Linux, darwin: Darwin, amd64: x86_64 }
      checksum: "${b}/liftbridge-io/liftbridge/releases/download/{version}/liftbridge_{semver}_checksums.txt"
`,
  },
  {
    // The archive also holds etc/logrotate.d/telegraf (a config file): never the binary.
    key: 'telegraf',
    version: 'v1.33.0',
    platforms: ALL,
    staticPath: (name) => `/telegraf/releases/${name}`,
    asset: (p): Asset =>
      p.os === 'windows'
        ? {
            name: 'telegraf-1.33.0_windows_amd64.zip',
            format: 'zip',
            layout: { 'telegraf-1.33.0/telegraf.exe': bin('telegraf', 'v1.33.0', p), 'telegraf-1.33.0/telegraf.conf': '[agent]\n' },
          }
        : {
            name: `telegraf-1.33.0_${p.os}_${p.arch}.tar.gz`,
            format: 'tar.gz',
            layout: {
              'telegraf-1.33.0/etc/logrotate.d/telegraf': '/var/log/telegraf/telegraf.log {\n  rotate 5\n}\n',
              'telegraf-1.33.0/etc/telegraf/telegraf.conf': '[agent]\n',
              'telegraf-1.33.0/usr/bin/telegraf': bin('telegraf', 'v1.33.0', p),
              'telegraf-1.33.0/usr/lib/telegraf/scripts/telegraf.service': '[Unit]\n',
              'telegraf-1.33.0/var/log/telegraf/.keep': '',
            },
          },
    entry: (b, pins) => `  telegraf:
    version: v1.33.0
    download:
      url: "${b}/telegraf/releases/telegraf-{semver}_{os}_{arch}.{ext}"
      format: tar.gz
      overrides:
        - { os: windows, format: zip }
${pinned(pins)}`,
  },
  {
    key: 'hugo',
    repo: 'gohugoio/hugo',
    version: 'v0.139.0',
    platforms: ALL,
    asset: (p) => {
      const os = p.os === 'darwin' ? 'darwin-universal' : `${p.os}-${p.arch}`;
      const format = p.os === 'windows' ? 'zip' : 'tar.gz';
      return {
        name: `hugo_0.139.0_${os}.${format}`,
        format,
        tarFormat: 'pax',
        layout: { [`hugo${exe(p)}`]: bin('hugo', 'v0.139.0', p), LICENSE: 'Apache-2.0', 'README.md': '# Hugo' },
      };
    },
    sums: (a) => ({ 'hugo_0.139.0_checksums.txt': lines(a) }),
    entry: (b) => `  hugo:
    version: v0.139.0
    download:
      url: "${b}/gohugoio/hugo/releases/download/{version}/hugo_{semver}_{os}-{arch}.{ext}"
      format: tar.gz
      overrides:
        - { os: darwin, replacements: { arm64: universal, amd64: universal } }
        - { os: windows, format: zip }
      checksum: "${b}/gohugoio/hugo/releases/download/{version}/hugo_{semver}_checksums.txt"
`,
  },
  {
    key: 'process-compose',
    repo: 'F1bonacc1/process-compose',
    version: 'v1.46.0',
    platforms: ALL,
    asset: (p) => {
      const format = p.os === 'windows' ? 'zip' : 'tar.gz';
      return {
        name: `process-compose_${p.os}_${p.arch}.${format}`,
        format,
        layout: { [`process-compose${exe(p)}`]: bin('process-compose', 'v1.46.0', p), LICENSE: 'Apache-2.0', 'README.md': '# pc' },
      };
    },
    sums: (a) => ({ 'process-compose_checksums.txt': lines(a) }),
    entry: (b) => `  process-compose:
    version: v1.46.0
    download:
      url: "${b}/F1bonacc1/process-compose/releases/download/{version}/process-compose_{os}_{arch}.{ext}"
      format: tar.gz
      overrides:
        - { os: windows, format: zip }
      checksum: "${b}/F1bonacc1/process-compose/releases/download/{version}/process-compose_checksums.txt"
`,
  },
  {
    key: 'gh',
    repo: 'cli/cli',
    version: 'v2.63.0',
    platforms: ALL,
    asset: (p) => {
      const dir = `gh_2.63.0_${p.os === 'darwin' ? 'macOS' : p.os}_${p.arch}`;
      if (p.os === 'windows') return { name: `${dir}.zip`, format: 'zip', layout: { 'bin/gh.exe': bin('gh', 'v2.63.0', p), LICENSE: 'MIT' } };
      const layout: Layout = { [`${dir}/bin/gh`]: bin('gh', 'v2.63.0', p), [`${dir}/share/man/man1/gh.1`]: '.TH GH 1', [`${dir}/LICENSE`]: 'MIT' };
      return p.os === 'darwin' ? { name: `${dir}.zip`, format: 'zip', layout } : { name: `${dir}.tar.gz`, format: 'tar.gz', layout };
    },
    sums: (a) => ({ 'gh_2.63.0_checksums.txt': lines(a) }),
    entry: (b) => `  gh:
    version: v2.63.0
    download:
      url: "${b}/cli/cli/releases/download/{version}/gh_{semver}_{os}_{arch}.{ext}"
      format: tar.gz
      replacements: { darwin: macOS }
      overrides:
        - { os: darwin, format: zip }
        - { os: windows, format: zip }
      checksum: "${b}/cli/cli/releases/download/{version}/gh_{semver}_checksums.txt"
`,
  },
  {
    key: 'ripgrep',
    repo: 'BurntSushi/ripgrep',
    version: '14.1.1',
    platforms: ALL,
    asset: (p) => {
      const triple = (<Record<string, string>>{
        'linux-amd64': 'x86_64-unknown-linux-musl',
        'linux-arm64': 'aarch64-unknown-linux-gnu',
        'darwin-arm64': 'aarch64-apple-darwin',
        'windows-amd64': 'x86_64-pc-windows-msvc',
      })[`${p.os}-${p.arch}`]!;
      const dir = `ripgrep-14.1.1-${triple}`;
      const format = p.os === 'windows' ? 'zip' : 'tar.gz';
      return {
        name: `${dir}.${format}`,
        format,
        tarFormat: 'ustar',
        layout: {
          [`${dir}/rg${exe(p)}`]: bin('ripgrep', '14.1.1', p),
          [`${dir}/doc/rg.1`]: '.TH RG',
          [`${dir}/complete/rg.bash`]: '# bash',
          [`${dir}/README.md`]: '# rg',
        },
      };
    },
    // One sidecar per asset: `<hash>  <name>`.
    sums: (a) => Object.fromEntries(a.map((x) => [`${x.name}.sha256`, Buffer.from(`${sha256(x.bytes)}  ${x.name}\n`)])),
    entry: (b) => `  ripgrep:
    version: 14.1.1
    bin: rg
    download:
      url: "${b}/BurntSushi/ripgrep/releases/download/{version}/ripgrep-{version}-{arch}-{os}.{ext}"
      format: tar.gz
      path: "ripgrep-{version}-{arch}-{os}/rg{exe}"
      replacements: { amd64: x86_64, arm64: aarch64, linux: unknown-linux-musl, darwin: apple-darwin, windows: pc-windows-msvc }
      overrides:
        - { os: windows, format: zip }
        - { os: linux, arch: arm64, replacements: { linux: unknown-linux-gnu } }
      checksum: "${b}/BurntSushi/ripgrep/releases/download/{version}/ripgrep-{version}-{arch}-{os}.{ext}.sha256"
`,
  },
  {
    key: 'jq',
    repo: 'jqlang/jq',
    version: 'jq-1.7.1',
    platforms: ALL,
    asset: (p) => ({ name: `jq-${p.os === 'darwin' ? 'macos' : p.os}-${p.arch}${exe(p)}`, format: 'raw', layout: { jq: bin('jq', 'jq-1.7.1', p) } }),
    sums: (a) => ({ 'sha256sum.txt': lines(a) }),
    entry: (b) => `  jq:
    version: jq-1.7.1
    download:
      url: "${b}/jqlang/jq/releases/download/{version}/jq-{os}-{arch}{exe}"
      replacements: { darwin: macos }
      checksum: "${b}/jqlang/jq/releases/download/{version}/sha256sum.txt"
`,
  },
  {
    // dl.k8s.io: a bare binary and a sidecar holding the hash alone.
    key: 'kubectl',
    version: 'v1.31.0',
    platforms: ALL,
    staticPath: (name, p) => `/release/v1.31.0/bin/${p.os}/${p.arch}/${name}`,
    asset: (p) => ({ name: `kubectl${exe(p)}`, format: 'raw', layout: { kubectl: bin('kubectl', 'v1.31.0', p) } }),
    entry: (b) => `  kubectl:
    version: v1.31.0
    download:
      url: "${b}/release/{version}/bin/{os}/{arch}/kubectl{exe}"
      checksum: "${b}/release/{version}/bin/{os}/{arch}/kubectl{exe}.sha256"
`,
  },
  {
    // No checksums published: pinned in the manifest. Windows is a plain zip of the .exe.
    key: 'shellcheck',
    repo: 'koalaman/shellcheck',
    version: 'v0.10.0',
    platforms: ALL,
    asset: (p): Asset =>
      p.os === 'windows'
        ? { name: 'shellcheck-v0.10.0.zip', format: 'zip', layout: { 'shellcheck.exe': bin('shellcheck', 'v0.10.0', p), 'README.txt': 'shellcheck' } }
        : {
            name: `shellcheck-v0.10.0.${p.os}.${p.arch === 'amd64' ? 'x86_64' : 'aarch64'}.tar.xz`,
            format: 'tar.xz',
            layout: {
              'shellcheck-v0.10.0/shellcheck': bin('shellcheck', 'v0.10.0', p),
              'shellcheck-v0.10.0/LICENSE.txt': 'GPL',
              'shellcheck-v0.10.0/README.txt': 'sc',
            },
          },
    entry: (b, pins) => `  shellcheck:
    version: v0.10.0
    download:
      url: "${b}/koalaman/shellcheck/releases/download/{version}/shellcheck-{version}.{os}.{arch}.tar.xz"
      replacements: { amd64: x86_64, arm64: aarch64 }
      overrides:
        - { os: windows, url: "${b}/koalaman/shellcheck/releases/download/{version}/shellcheck-{version}.zip" }
${pinned(pins)}`,
  },
  {
    key: 'goreleaser',
    repo: 'goreleaser/goreleaser',
    version: 'v2.4.8',
    platforms: ALL,
    asset: (p) => {
      const os = { linux: 'Linux', darwin: 'Darwin', windows: 'Windows' }[p.os];
      const arch = p.os === 'darwin' ? 'all' : p.arch === 'amd64' ? 'x86_64' : 'arm64';
      const format = p.os === 'windows' ? 'zip' : 'tar.gz';
      return {
        name: `goreleaser_${os}_${arch}.${format}`,
        format,
        tarFormat: 'ustar',
        layout: {
          [`goreleaser${exe(p)}`]: bin('goreleaser', 'v2.4.8', p),
          'LICENSE.md': 'MIT',
          'README.md': '# goreleaser',
          'completions/goreleaser.bash': '# bash',
          'manpages/goreleaser.1.gz': 'x',
        },
      };
    },
    sums: (a) => ({ 'checksums.txt': lines(a) }),
    entry: (b) => `  goreleaser:
    version: v2.4.8
    download:
      url: "${b}/goreleaser/goreleaser/releases/download/{version}/goreleaser_{os}_{arch}.{ext}"
      format: tar.gz
      replacements: { linux: Linux, darwin: Darwin, windows: Windows, amd64: x86_64 }
      overrides:
        - { os: darwin, replacements: { arm64: all, amd64: all } }
        - { os: windows, format: zip }
      checksum: "${b}/goreleaser/goreleaser/releases/download/{version}/checksums.txt"
`,
  },
];

/** The look-alike suite for the named upstreams. */
export function upstreamSuite(keys: string[]): void {
  const chosen = UPSTREAMS.filter((u) => keys.includes(u.key));
  describe(`download: ${keys.join(', ')} in look-alike, every platform they ship`, async () => {
    const missing = await missingTools();
    let w: World;
    let cdn: Awaited<ReturnType<typeof staticServer>>;
    const served = new Map<string, Buffer>();
    const urls = new Map<string, { url: string; bytes: Buffer }>();
    before(async () => {
      w = await world();
      cdn = await staticServer(served);
      const work = await tempDir('sync-upstreams-');
      let manifest = `binaries:\n`;
      for (const u of chosen) {
        const assets: Array<{ name: string; bytes: Buffer; p: Plat }> = [];
        for (const p of u.platforms) {
          const a = u.asset(p);
          const bytes = await pack(work.path, a.format, a.layout, a.tarFormat);
          assets.push({ name: a.name, bytes, p });
        }
        const pins = Object.fromEntries(assets.map((a) => [`${a.p.os}-${a.p.arch}`, sha256(a.bytes)]));
        const extra = u.sums?.(assets) ?? {};
        if (u.repo) {
          await publishUpstream(w.gh, w.token, u.repo, u.version, { ...Object.fromEntries(assets.map((a) => [a.name, a.bytes])), ...extra });
          for (const a of assets)
            urls.set(`${u.key} ${a.p.os}/${a.p.arch}`, { url: `${w.gh.url}/${u.repo}/releases/download/${u.version}/${a.name}`, bytes: a.bytes });
        } else {
          for (const a of assets) {
            const path = u.staticPath!(a.name, a.p);
            served.set(path, a.bytes);
            served.set(`${path}.sha256`, Buffer.from(`${sha256(a.bytes)}\n`));
            urls.set(`${u.key} ${a.p.os}/${a.p.arch}`, { url: `${cdn.url}${path}`, bytes: a.bytes });
          }
        }
        manifest += u.entry(u.repo ? w.gh.url : cdn.url, pins);
      }
      w.manifest(manifest);
      await work.cleanup();
    });
    after(async () => {
      await cdn?.close();
      await w?.cleanup();
    });

    for (const u of chosen) {
      test(`${u.key}: ${u.platforms.map((p) => `${p.os}/${p.arch}`).join(', ')}: first run source=download (released), fresh runner source=release`, async (t) => {
        const formats = new Set(u.platforms.map((p) => u.asset(p).format));
        if (missing.length) {
          const needed = [...formats].flatMap((f) => (f === 'zip' ? ['zip'] : f === 'tar.xz' ? ['tar', 'xz'] : f === 'raw' ? [] : ['tar', 'gzip']));
          const lacking = needed.filter((x) => missing.includes(x));
          if (lacking.length) return t.skip(`${lacking.join(', ')} not installed: cannot make ${[...formats].join('/')} look-alikes`);
        }
        for (const p of u.platforms) {
          const { url, bytes } = urls.get(`${u.key} ${p.os}/${p.arch}`)!;
          const binName = `${u.key === 'nats' ? 'nats-server' : u.key === 'ripgrep' ? 'rg' : u.key}${exe(p)}`;
          const tc = await tempDir('sync-tc-');
          const tc2 = await tempDir('sync-tc-');
          try {
            const first = await w.run('ensure-binary', { inputs: { name: u.key, os: p.os, arch: p.arch }, toolCache: tc.path });
            const what = `${u.key} ${p.os}/${p.arch}`;
            assert.equal(first.code, 0, `${what}: ${first.stdout}${first.stderr}`);
            assert.equal(first.outputs.source, 'download', what);
            assert.equal(first.outputs.released, 'true', what);
            assert.equal(first.outputs.binary, join(first.outputs.path, binName), what);
            // The right platform's binary, byte for byte (the decoys and the other platforms' are not it).
            assert.equal(readFileSync(first.outputs.binary, 'utf8'), fakeBinary(u.key, u.version, p), what);
            const version = readFileSync(join(first.outputs.path, '.version'), 'utf8');
            assert.match(version, new RegExp(`\nsource: ${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`), what);
            assert.match(version, new RegExp(`\nupstream-sha256: ${sha256(bytes)}\n`), what);
            if (p.os === here.os && p.arch === here.arch) {
              assert.deepEqual(first.path, [first.outputs.path]);
              assert.equal(execFileSync(first.outputs.binary, { encoding: 'utf8' }).trim(), `${u.key} ${u.version} ${p.os}/${p.arch}`);
            } else {
              assert.deepEqual(first.path, [], `${what}: another platform's binary is not put on PATH`);
            }
            // Our release now has it, with its origin in the .version.
            const asset = `${binName.replace(/\.exe$/, '')}-${p.os}-${p.arch}.tar.gz`;
            const unpacked = await w.unpack(REPO, asset, `${u.key}-${u.version}`);
            assert.equal(readFileSync(join(unpacked, '.version'), 'utf8'), version, what);

            // A fresh runner: our release, upstream untouched.
            const upstreamBefore = w.gh.requests.filter((r) => r.path.includes('/releases/download/')).length + cdn.requests.length;
            const second = await w.run('ensure-binary', { inputs: { name: u.key, os: p.os, arch: p.arch }, toolCache: tc2.path });
            assert.equal(second.code, 0, `${what}: ${second.stdout}`);
            assert.equal(second.outputs.source, 'release', what);
            assert.equal(second.outputs.sha256, first.outputs.sha256, what);
            assert.equal(readFileSync(second.outputs.binary, 'utf8'), fakeBinary(u.key, u.version, p), what);
            const upstreamAfter = w.gh.requests.filter((r) => r.path.includes('/releases/download/')).length + cdn.requests.length;
            assert.equal(upstreamAfter, upstreamBefore, `${what}: the fresh runner went to upstream`);
          } finally {
            await tc.cleanup();
            await tc2.cleanup();
          }
        }
      });
    }
  });
}
