/** The `download` mapping: parsing errors, one platform's plan, checksum files, and picking the binary. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseManifest } from '../../src/manifest/manifest.js';
import { resolveTarget } from '../../src/artifact/target.js';
import { planDownload } from '../../src/ensure/download/plan.js';
import { hashFromChecksumFile } from '../../src/ensure/download/checksum.js';
import { pickBinary } from '../../src/ensure/download/pick.js';
import { releaseAssetOf } from '../../src/ensure/download/digest.js';
import { tempDir } from '../support/launcher.js';

const RG = `binaries:
  ripgrep:
    version: 14.1.1
    bin: rg
    download:
      url: "https://github.com/BurntSushi/ripgrep/releases/download/{version}/ripgrep-{version}-{arch}-{os}.{ext}"
      format: tar.gz
      path: "ripgrep-{version}-{arch}-{os}/rg{exe}"
      replacements: { amd64: x86_64, arm64: aarch64, linux: unknown-linux-musl, darwin: apple-darwin, windows: pc-windows-msvc }
      overrides:
        - { os: windows, format: zip }
        - { os: linux, arch: arm64, replacements: { linux: unknown-linux-gnu } }
      checksum: "https://github.com/BurntSushi/ripgrep/releases/download/{version}/ripgrep-{version}-{arch}-{os}.{ext}.sha256"
`;

async function plan(yaml: string, name: string, os: string, arch: string) {
  const manifest = parseManifest(yaml, 'versions.yml');
  return planDownload(await resolveTarget({ name, manifest, os, arch }));
}

test('download plan: the SPEC ripgrep entry on each platform', async () => {
  const base = 'https://github.com/BurntSushi/ripgrep/releases/download/14.1.1/';
  const linux = await plan(RG, 'ripgrep', 'linux', 'amd64');
  assert.deepEqual(linux, {
    url: `${base}ripgrep-14.1.1-x86_64-unknown-linux-musl.tar.gz`,
    fileName: 'ripgrep-14.1.1-x86_64-unknown-linux-musl.tar.gz',
    format: 'tar.gz',
    path: 'ripgrep-14.1.1-x86_64-unknown-linux-musl/rg',
    checksum: { kind: 'url', url: `${base}ripgrep-14.1.1-x86_64-unknown-linux-musl.tar.gz.sha256` },
  });
  assert.equal((await plan(RG, 'ripgrep', 'linux', 'arm64'))!.url, `${base}ripgrep-14.1.1-aarch64-unknown-linux-gnu.tar.gz`);
  assert.equal((await plan(RG, 'ripgrep', 'darwin', 'arm64'))!.url, `${base}ripgrep-14.1.1-aarch64-apple-darwin.tar.gz`);
  const win = (await plan(RG, 'ripgrep', 'windows', 'amd64'))!;
  assert.equal(win.url, `${base}ripgrep-14.1.1-x86_64-pc-windows-msvc.zip`);
  assert.equal(win.format, 'zip');
  assert.equal(win.path, 'ripgrep-14.1.1-x86_64-pc-windows-msvc/rg.exe');
});

test('download plan: short form, format from the file name, {semver}, replacements never touch our own tag/asset', async () => {
  const yaml = `binaries:
  nats:
    version: v2.10.24
    bin: nats-server
    download: "https://x.test/{version}/nats-server-{semver}-{os}-{arch}.zip"
  sc:
    version: v0.10.0
    download:
      url: "https://x.test/shellcheck-{version}.{os}.{arch}.tar.xz"
      replacements: { amd64: x86_64 }
`;
  const p = (await plan(yaml, 'nats', 'linux', 'amd64'))!;
  assert.equal(p.url, 'https://x.test/v2.10.24/nats-server-2.10.24-linux-amd64.zip');
  assert.equal(p.format, 'zip');
  assert.deepEqual(p.checksum, { kind: 'none' });
  const t = await resolveTarget({ name: 'sc', manifest: parseManifest(yaml, 'versions.yml'), os: 'linux', arch: 'amd64' });
  assert.equal(planDownload(t)!.url, 'https://x.test/shellcheck-v0.10.0.linux.x86_64.tar.xz');
  assert.equal(planDownload(t)!.format, 'tar.xz');
  assert.equal(t.asset, 'sc-linux-amd64.tar.gz');
});

test('download plan: pinned sha256 per platform; a platform missing from the pins is refused', async () => {
  const yaml = `binaries:
  kubectl:
    version: v1.31.0
    download:
      url: "https://dl.test/release/{version}/bin/{os}/{arch}/kubectl{exe}"
      checksum: { sha256: { linux-amd64: ${'a'.repeat(64)} } }
`;
  assert.deepEqual((await plan(yaml, 'kubectl', 'linux', 'amd64'))!.checksum, { kind: 'pinned', sha256: 'a'.repeat(64) });
  await assert.rejects(plan(yaml, 'kubectl', 'linux', 'arm64'), /no pinned sha256 for linux-arm64 under download\.checksum\.sha256 \(it has linux-amd64\)/);
  assert.equal(
    (await plan(yaml.replace(/checksum.*\n/, ''), 'kubectl', 'windows', 'amd64'))!.url,
    'https://dl.test/release/v1.31.0/bin/windows/amd64/kubectl.exe',
  );
  const ext = `binaries:\n  t:\n    version: v1\n    download: "https://x.test/t.{ext}"\n`;
  await assert.rejects(plan(ext, 't', 'linux', 'amd64'), /uses \{ext\}, which needs "format"/);
});

test('download manifest errors: one line naming the entry and the key', () => {
  const bad: Array<[string, RegExp]> = [
    [`download: { url: "https://x/{tag}" }`, /entry "t", key "download\.url": unknown placeholder \{tag\}/],
    [`download: { url: "https://x/a", format: rar }`, /key "download\.format": expected one of tar\.gz, tgz/],
    [`download: { url: "https://x/a", replacements: { x86: i386 } }`, /key "download\.replacements\.x86": unknown name/],
    [`download: { url: "https://x/a", overrides: [{ format: zip }] }`, /key "download\.overrides\[0\]": an override needs "os" and\/or "arch"/],
    [`download: { url: "https://x/a", overrides: [{ os: macos }] }`, /key "download\.overrides\[0\]\.os": expected one of linux, darwin, windows/],
    [`download: { url: "https://x/a", checksum: { sha256: { linux-amd64: abc } } }`, /key "download\.checksum\.sha256\.linux-amd64": expected a sha256/],
    [`download: { url: "https://x/a", checksum: { sha256: { linux: ${'a'.repeat(64)} } } }`, /expected a platform like linux-amd64/],
    [`download: { url: "https://x/a", colour: red }`, /key "download\.colour": unknown key/],
    [`download: { format: zip }`, /key "download\.url": missing/],
  ];
  for (const [line, why] of bad) {
    assert.throws(() => parseManifest(`binaries:\n  t:\n    version: v1\n    ${line}\n`, 'versions.yml'), why, line);
  }
});

test('checksum files: sha256sum, goreleaser, BSD, bare hash, sha512; no line is a refusal', () => {
  const a = 'a'.repeat(64);
  const b = 'b'.repeat(64);
  assert.deepEqual(hashFromChecksumFile(`${a}  x.tar.gz\n${b}  y.zip\n`, 'y.zip', 'f'), { algorithm: 'sha256', hex: b });
  assert.deepEqual(hashFromChecksumFile(`${a} *./dist/y.zip\n`, 'y.zip', 'f'), { algorithm: 'sha256', hex: a });
  assert.deepEqual(hashFromChecksumFile(`SHA256 (y.zip) = ${b}\n`, 'y.zip', 'f'), { algorithm: 'sha256', hex: b });
  assert.deepEqual(hashFromChecksumFile(`${a.toUpperCase()}\n`, 'kubectl', 'f'), { algorithm: 'sha256', hex: a });
  assert.deepEqual(hashFromChecksumFile(`${'c'.repeat(128)}  y.zip\n`, 'y.zip', 'f'), { algorithm: 'sha512', hex: 'c'.repeat(128) });
  assert.throws(() => hashFromChecksumFile(`${a}  x.tar.gz\n`, 'y.zip', 'checksums.txt'), /checksums\.txt has no line for y\.zip/);
  assert.throws(() => hashFromChecksumFile(`<html>not found</html>\n`, 'y.zip', 'f'), /holds no sha256 or sha512 hash/);
});

test('picking the binary: path, the one named file, the executable one, else a list', async () => {
  const d = await tempDir();
  try {
    const put = (rel: string, mode: number) => {
      mkdirSync(join(d.path, rel, '..'), { recursive: true });
      writeFileSync(join(d.path, rel), 'x', { mode });
    };
    put('telegraf-1.33.0/usr/bin/telegraf', 0o755);
    put('telegraf-1.33.0/etc/logrotate.d/telegraf', 0o644);
    const files = ['telegraf-1.33.0/etc/logrotate.d/telegraf', 'telegraf-1.33.0/usr/bin/telegraf'];
    assert.equal(await pickBinary(d.path, files, 'telegraf', undefined, 'w'), 'telegraf-1.33.0/usr/bin/telegraf');
    put('telegraf-1.33.0/sbin/telegraf', 0o755);
    await assert.rejects(
      pickBinary(d.path, [...files, 'telegraf-1.33.0/sbin/telegraf'], 'telegraf', undefined, 'w'),
      /3 files named telegraf in it \(telegraf-1\.33\.0\/etc\/logrotate\.d\/telegraf, telegraf-1\.33\.0\/sbin\/telegraf, telegraf-1\.33\.0\/usr\/bin\/telegraf\): set download\.path/,
    );
    assert.equal(await pickBinary(d.path, files, 'telegraf', 'telegraf-1.33.0/sbin/telegraf', 'w'), 'telegraf-1.33.0/sbin/telegraf');
    await assert.rejects(
      pickBinary(d.path, files, 'telegraf', 'telegraf-1.33.0/usr/bin', 'w'),
      /download\.path "telegraf-1\.33\.0\/usr\/bin" is not a file in it/,
    );
    await assert.rejects(pickBinary(d.path, files, 'telegraf', '../x', 'w'), /refusing archive entry/);
    await assert.rejects(pickBinary(d.path, files, 'nats-server', undefined, 'w'), /no file named nats-server in it \(it holds .*\): set download\.path/);
  } finally {
    await d.cleanup();
  }
});

test('release assets on this host only', () => {
  const s = 'https://github.com';
  assert.deepEqual(releaseAssetOf('https://github.com/cli/cli/releases/download/v2.63.0/gh_2.63.0_linux_amd64.tar.gz', s), {
    repo: 'cli/cli',
    tag: 'v2.63.0',
    name: 'gh_2.63.0_linux_amd64.tar.gz',
  });
  assert.deepEqual(releaseAssetOf('https://github.com/o/r/releases/download/comp/v1.2.3/a.zip', s)?.tag, 'comp/v1.2.3');
  assert.equal(releaseAssetOf('https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl', s), undefined);
  assert.equal(releaseAssetOf('https://github.example.com/o/r/releases/download/v1/a.zip', s), undefined);
});
