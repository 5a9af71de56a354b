/**
 * Layer 4: upstream's own download (SPEC §2 "Upstream downloads"). The file is fetched, checked
 * (the checksum file or pinned sha256, and the API digest of a release asset on this host),
 * unpacked in its own format, and the one binary in it is staged with a `.version` that says
 * where it came from. A failed check is a refusal: the step fails, nothing is installed and no
 * build runs in its place; only a download that cannot be had (404, network) falls back to `build`.
 */
import { chmod, copyFile, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unpack } from '../../archive/formats.js';
import { download, redactUrl } from '../../net/download.js';
import { UserError, oneLine } from '../../runtime/errors.js';
import { sha256File } from '../../artifact/hash.js';
import type { Log } from '../../runtime/log.js';
import { builtNow, formatVersionFile } from '../../artifact/version-file.js';
import type { Target } from '../../artifact/target.js';
import { planDownload, type DownloadPlan } from '../download/plan.js';
import { hashFromChecksumFile, type ExpectedHash } from '../download/checksum.js';
import { pickBinary } from '../download/pick.js';
import { assetDigest, releaseAssetOf } from '../download/digest.js';
import { hit, miss, skip, type Layer } from './layer.js';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** A download that was had but failed a check: never replaced by a build. */
export class DownloadRefused extends UserError {
  override name = 'DownloadRefused';
}

export function downloadUrl(t: Target): string | undefined {
  return planDownload(t)?.url;
}

export const downloadLayer: Layer = {
  name: 'download',
  async find(ctx) {
    const { t, log } = ctx;
    const plan = planDownload(t);
    if (!plan) return skip();
    try {
      const sha256 = await fetchFromUrl(t, plan, await ctx.staging(), await ctx.temp(), log, { token: ctx.opts.token, apiUrl: ctx.opts.apiUrl });
      const dir = await ctx.install(sha256);
      log.info(`${t.name} ${t.version}: downloaded from ${redactUrl(plan.url)}`);
      return hit(dir, sha256);
    } catch (err) {
      if (!(err instanceof UserError) || err instanceof DownloadRefused || !t.build) throw err;
      log.warn(`${oneLine(err)}; building instead`);
      return miss('download failed');
    }
  },
};

/** Downloads, checks, unpacks and stages the binary with a `.version`; returns its sha256. */
export async function fetchFromUrl(
  t: Target,
  plan: DownloadPlan,
  staging: string,
  temp: string,
  log: Log,
  api: { token?: string; apiUrl?: string } = {},
): Promise<string> {
  // Names the URL once: src/net/download.ts leaves it out of its messages when the label has it.
  const label = `${t.name} ${t.version} from ${redactUrl(plan.url)}`;
  const file = join(temp, 'download');
  const got = await download({ url: plan.url, dest: file, label, log });
  const refuse = (why: string): never => {
    throw new DownloadRefused(`${label}: ${why}: refusing it (nothing installed or released)`);
  };

  // The API's digest of a release asset on this host.
  const asset = releaseAssetOf(plan.url);
  if (asset) {
    const digest = await assetDigest(asset, { ...api, log });
    if (digest && digest !== got.sha256) refuse(`sha256 ${got.sha256} is not the release asset's digest sha256:${digest}`);
    if (digest) log.debug(`${label}: matches the release asset's digest`);
  }

  const expected = await expectedHash(t, plan, temp, log, label);
  if (expected) {
    const actual = expected.algorithm === 'sha256' ? got.sha256 : await hashFile(file, expected.algorithm);
    if (actual !== expected.hex) refuse(`${expected.algorithm} mismatch: expected ${expected.hex} (${expected.from}), got ${actual}`);
  }

  const out = join(temp, 'unpacked');
  const unpacked = await unpack(file, plan.format, out, plan.fileName).catch((err) => {
    throw err instanceof UserError ? new DownloadRefused(`${label}: ${oneLine(err)}`) : err;
  });
  let rel: string;
  if (plan.format === 'raw' || plan.format === 'gz') rel = unpacked.files[0];
  else
    rel = await pickBinary(out, unpacked.files, t.exe, plan.path, label).catch((err) => {
      throw err instanceof UserError ? new DownloadRefused(oneLine(err)) : err;
    });
  const binary = join(out, rel);
  if (!(await stat(binary)).size) refuse(`${rel} is empty`);
  log.debug(`${label}: the binary is ${rel}`);
  // Hashed as it was unpacked (a raw download: as it was downloaded): no second pass over it.
  const known = plan.format === 'raw' ? got.sha256 : unpacked.sha256.get(rel);
  return stageBinary(t, binary, staging, { source: plan.url, upstreamSha256: got.sha256 }, known);
}

async function expectedHash(t: Target, plan: DownloadPlan, temp: string, log: Log, label: string): Promise<(ExpectedHash & { from: string }) | undefined> {
  const c = plan.checksum;
  if (c.kind === 'none') {
    log.info(`${label}: no checksum to check it against (set download.checksum)`);
    return undefined;
  }
  if (c.kind === 'off') {
    log.warn(`${label}: not checked (${c.why})`);
    return undefined;
  }
  if (c.kind === 'pinned') return { algorithm: 'sha256', hex: c.sha256, from: `pinned for ${t.platform.os}-${t.platform.arch} in the manifest` };
  const sums = join(temp, 'checksum');
  const what = `checksum file ${redactUrl(c.url)}`;
  const got = await download({ url: c.url, dest: sums, label: what, log }).catch((err) => {
    throw new DownloadRefused(`${label}: ${oneLine(err)}: refusing it unchecked`);
  });
  if (got.size > 4 << 20) throw new DownloadRefused(`${label}: ${what} is ${got.size} bytes, not a checksums file`);
  try {
    return { ...hashFromChecksumFile(await readFile(sums, 'utf8'), plan.fileName, what), from: what };
  } catch (err) {
    throw new DownloadRefused(`${label}: ${oneLine(err)}`);
  }
}

async function hashFile(file: string, algorithm: string): Promise<string> {
  const h = createHash(algorithm);
  for await (const c of createReadStream(file, { highWaterMark: 256 << 10 })) h.update(c as Buffer);
  return h.digest('hex');
}

/** Moves the binary into `staging`, executable, beside a `.version` (commit "unknown", its source). */
async function stageBinary(t: Target, binary: string, staging: string, origin: { source: string; upstreamSha256: string }, known?: string): Promise<string> {
  const dest = join(staging, t.exe);
  // RUNNER_TEMP and the tool cache may be on different drives (Windows runners: D: and C:).
  await rename(binary, dest).catch(async (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EXDEV') throw err;
    await copyFile(binary, dest);
  });
  if (process.platform !== 'win32') await chmod(dest, 0o755);
  const checksum = known ?? (await sha256File(dest));
  await writeFile(
    join(staging, '.version'),
    formatVersionFile({
      name: t.name,
      version: t.version,
      commit: 'unknown',
      checksum,
      os: t.platform.os,
      arch: t.platform.arch,
      built: builtNow(),
      source: redactUrl(origin.source),
      upstreamSha256: origin.upstreamSha256,
    }),
  );
  return checksum;
}
