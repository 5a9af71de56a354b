/**
 * Layer 3: the release asset. Looked up through the API (private repositories work with the
 * token), downloaded via the asset's API URL, whose redirect to storage is followed without the
 * token, checked against the asset's size and digest, then extracted and verified.
 */
import { join } from 'node:path';
import { extractTarGz } from '../../archive/tar.js';
import { apiUrlFromEnv, createClient, statusOf } from '../../github/client.js';
import { download } from '../../net/download.js';
import type { Log } from '../../runtime/log.js';
import { findRelease, listAssets, type AssetInfo, type ReleaseInfo } from '../../releases/api.js';
import { UserError, oneLine } from '../../runtime/errors.js';
import type { Target } from '../../artifact/target.js';
import { verifyDir } from '../verify.js';
import { hit, miss, type Layer } from './layer.js';

export interface ReleaseLayerOptions {
  token?: string;
  apiUrl?: string;
  temp: string;
  log: Log;
}

export type ReleaseLookup = { found: true; asset: AssetInfo; release: ReleaseInfo } | { found: false; why: string };

export async function lookupAsset(t: Target, repo: string, o: ReleaseLayerOptions): Promise<ReleaseLookup> {
  const apiUrl = (o.apiUrl ?? apiUrlFromEnv()).replace(/\/+$/, '');
  let release: ReleaseInfo | undefined;
  let assets: AssetInfo[] | undefined;
  try {
    // The one client (SPEC §12), anonymous without a token: a public cache repository is readable.
    const gh = createClient({ token: o.token, apiUrl, warn: (m) => o.log.warn(m) });
    release = await findRelease(gh, repo, t.tag);
    if (release && !release.assets?.some((a) => a.name === t.asset) && (release.assets?.length ?? 0) >= 100) {
      assets = await listAssets(gh, repo, release.id);
    }
  } catch (err) {
    const status = statusOf(err);
    if (status === 401) throw new UserError(`reading release ${t.tag} in ${repo}: the token was refused (401 Bad credentials): check the "token" input`);
    if (status === 403) return { found: false, why: `release ${t.tag} in ${repo} is not readable with this token (403)` };
    const advice = status === undefined || status >= 500 ? ' (check the network and re-run the job)' : '';
    throw new UserError(`looking up release ${t.tag} in ${repo} failed: ${oneLine(err)}${advice}`);
  }
  if (!release) return { found: false, why: `no release ${t.tag} in ${repo}` };
  const asset = (assets ?? release.assets ?? []).find((a) => a.name === t.asset);
  if (!asset) return { found: false, why: `release ${t.tag} in ${repo} has no asset ${t.asset}` };
  if (asset.state !== 'uploaded') return { found: false, why: `asset ${t.asset} in release ${t.tag} is half-uploaded (state ${asset.state})` };
  return { found: true, asset, release };
}

/** Downloads, extracts into `staging` and verifies; throws on any mismatch. */
export async function fetchAsset(t: Target, repo: string, asset: AssetInfo, staging: string, o: ReleaseLayerOptions): Promise<string> {
  const archive = join(o.temp, `${asset.id}-${t.asset}`);
  const headers: Record<string, string> = { accept: 'application/octet-stream' };
  if (o.token) headers.authorization = `token ${o.token}`;
  const label = `asset ${t.asset} (release ${t.tag} in ${repo})`;
  await download({
    url: asset.url,
    dest: archive,
    headers,
    expectedSize: asset.size,
    expectedDigest: asset.digest ?? undefined,
    label,
    log: o.log,
  });
  if (!asset.digest) o.log.debug(`${label}: the API gives no digest; relying on the .version checksum`);
  const { sha256: sums } = await extractTarGz(archive, staging).catch((err) => {
    throw new UserError(`${label}: ${oneLine(err)}`);
  });
  // The binary was hashed as it was written: no second pass over it.
  const { sha256 } = await verifyDir(staging, t, label, sums.get(t.exe));
  return sha256;
}

export const releaseLayer: Layer = {
  name: 'release',
  async find(ctx) {
    const { t, opts, log } = ctx;
    if (!t.releaseRepo) return miss('no release repository to look in');
    const lo = { token: opts.token, apiUrl: opts.apiUrl, temp: await ctx.temp(), log };
    const found = await lookupAsset(t, t.releaseRepo, lo);
    if (!found.found) {
      log.info(`${t.name} ${t.version}: ${found.why}`);
      return miss(found.why);
    }
    const sha256 = await fetchAsset(t, t.releaseRepo, found.asset, await ctx.staging(), lo);
    const dir = await ctx.install(sha256);
    log.info(`${t.name} ${t.version}: downloaded ${t.asset} from release ${t.tag} in ${t.releaseRepo}`);
    return hit(dir, sha256);
  },
};
