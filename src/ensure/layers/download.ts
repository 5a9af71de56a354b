/**
 * Layer 4: upstream's own download URL (e.g. its GitHub release). Upstream archives carry no
 * `.version`, so this layer finds the binary in what it got and writes one (commit "unknown").
 */
import { readdir, rename, chmod, writeFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { extractTarGz } from '../../archive/tar.js';
import { download } from '../../net/download.js';
import { UserError, oneLine } from '../../runtime/errors.js';
import { sha256File } from '../../artifact/hash.js';
import type { Log } from '../../runtime/log.js';
import { render } from '../../manifest/template.js';
import { builtNow, formatVersionFile } from '../../artifact/version-file.js';
import type { Target } from '../../artifact/target.js';
import { hit, miss, skip, type Layer } from './layer.js';

export function downloadUrl(t: Target): string | undefined {
  return t.download ? render(t.download, t.vars) : undefined;
}

/** The first file named `exe` in the tree, shallowest first. */
async function findFile(root: string, exe: string, depth = 4): Promise<string | undefined> {
  let level = [root];
  for (let d = 0; d <= depth && level.length; d++) {
    const next: string[] = [];
    for (const dir of level) {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isFile() && e.name === exe) return p;
        if (e.isDirectory()) next.push(p);
      }
    }
    level = next;
  }
  return undefined;
}

export const downloadLayer: Layer = {
  name: 'download',
  async find(ctx) {
    const { t, log } = ctx;
    const url = downloadUrl(t);
    if (!url) return skip();
    try {
      const sha256 = await fetchFromUrl(t, url, await ctx.staging(), await ctx.temp(), log);
      const dir = await ctx.install(sha256);
      log.info(`${t.name} ${t.version}: downloaded from ${url}`);
      return hit(dir, sha256);
    } catch (err) {
      if (!(err instanceof UserError) || !t.build) throw err;
      log.warn(`${oneLine(err)}; building instead`);
      return miss('download failed');
    }
  },
};

/** Downloads `url`, finds the binary in it and stages it with a `.version`; returns its sha256. */
export async function fetchFromUrl(t: Target, url: string, staging: string, temp: string, log: Log): Promise<string> {
  const path = new URL(url).pathname;
  const file = join(temp, 'download');
  const label = `${t.name} download ${url.replace(/\?.*$/, '')}`;
  await download({ url, dest: file, label, log });
  const binary = await binaryIn(file, path, t.exe, join(temp, 'unpacked'), label);
  return stageBinary(t, binary, staging);
}

/** The binary in what was downloaded: the file itself, or the `exe` in a .tar.gz (unpacked to `out`). */
async function binaryIn(file: string, path: string, exe: string, out: string, label: string): Promise<string> {
  let binary = file;
  if (/\.(tar\.gz|tgz)$/i.test(path)) {
    await extractTarGz(file, out);
    const found = await findFile(out, exe);
    if (!found) throw new UserError(`${label}: the archive holds no ${exe}`);
    binary = found;
  } else if (/\.(zip|tar\.xz|txz|tar\.bz2|tar\.zst|tar|gz|xz|7z)$/i.test(path)) {
    throw new UserError(`${label}: only .tar.gz archives or a bare binary can be used as a download URL`);
  }
  if (!(await stat(binary)).size) throw new UserError(`${label}: the binary is empty`);
  return binary;
}

/** Moves the binary into `staging`, executable, beside a `.version` (commit "unknown"). */
async function stageBinary(t: Target, binary: string, staging: string): Promise<string> {
  const dest = join(staging, t.exe);
  await rename(binary, dest);
  if (process.platform !== 'win32') await chmod(dest, 0o755);
  const checksum = await sha256File(dest);
  await writeFile(
    join(staging, '.version'),
    formatVersionFile({ name: t.name, version: t.version, commit: 'unknown', checksum, os: t.platform.os, arch: t.platform.arch, built: builtNow() }),
  );
  return checksum;
}
