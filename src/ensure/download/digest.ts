/**
 * When a download URL is a release asset on the GitHub this runs against
 * (`<server>/<owner>/<repo>/releases/download/<tag>/<name>`), the API's asset `digest`
 * (`sha256:<hex>`) is what the asset must hash to, whatever else says so too.
 */
import { apiUrlFromEnv, createClient, serverUrlFromEnv } from '../../github/client.js';
import { findRelease } from '../../releases/api.js';
import { oneLine } from '../../runtime/errors.js';
import type { Log } from '../../runtime/log.js';

export interface AssetRef {
  repo: string;
  tag: string;
  name: string;
}

/** The release asset a URL names on this GitHub host, if it names one. */
export function releaseAssetOf(url: string, serverUrl = serverUrlFromEnv()): AssetRef | undefined {
  let u: URL;
  let server: URL;
  try {
    u = new URL(url);
    server = new URL(serverUrl);
  } catch {
    return undefined;
  }
  if (u.origin !== server.origin || u.search) return undefined;
  const base = server.pathname.replace(/\/+$/, '');
  if (!u.pathname.startsWith(`${base}/`)) return undefined;
  const m = /^\/([^/]+)\/([^/]+)\/releases\/download\/(.+)\/([^/]+)$/.exec(u.pathname.slice(base.length));
  if (!m) return undefined;
  try {
    return { repo: `${m[1]}/${m[2]}`, tag: decodeURIComponent(m[3]), name: decodeURIComponent(m[4]) };
  } catch {
    return undefined;
  }
}

/** The asset's `sha256` hex from the API, or undefined (not found, no digest, not readable). */
export async function assetDigest(ref: AssetRef, o: { token?: string; apiUrl?: string; log: Log }): Promise<string | undefined> {
  const api = (o.apiUrl ?? apiUrlFromEnv()).replace(/\/+$/, '');
  try {
    // The one API client (SPEC §12), anonymous without a token; fewer retries: the digest is a bonus check.
    const gh = createClient({ token: o.token, apiUrl: api, retries: 2, warn: (m) => o.log.debug(m) });
    const rel = await findRelease(gh, ref.repo, ref.tag);
    const asset = rel?.assets?.find((a) => a.name === ref.name);
    const m = /^sha256:([0-9a-f]{64})$/i.exec(asset?.digest ?? '');
    if (!m) o.log.debug(`${ref.repo} ${ref.tag} ${ref.name}: the API gives no digest for it`);
    return m?.[1].toLowerCase();
  } catch (err) {
    o.log.debug(`${ref.repo} ${ref.tag} ${ref.name}: no digest from the API (${oneLine(err)})`);
    return undefined;
  }
}
