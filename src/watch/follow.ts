/**
 * The manifest `watch` follows: `versions.yml` at the newest published `v*` release of the project
 * (or at a branch head), read through the contents API. Every GET is conditional (If-None-Match
 * with the last ETag): an unchanged answer is a 304 that costs no rate limit and no parsing.
 */
import { send, readText } from '../net/http.js';
import { UserError } from '../runtime/errors.js';
import type { WatchState } from './state.js';

export type Follow = { kind: 'release' } | { kind: 'branch'; name: string };

export function parseFollow(v: string): Follow | undefined {
  if (v === 'release') return { kind: 'release' };
  const m = /^branch:(.+)$/.exec(v);
  return m ? { kind: 'branch', name: m[1] } : undefined;
}

export interface FollowOptions {
  apiUrl: string;
  token?: string;
  repo: string;
  follow: Follow;
  manifestPath: string;
}

/** GET with the cached ETag; a 304 answers the cached body. undefined on 404. */
async function conditionalGet(url: string, accept: string, o: FollowOptions, cache: WatchState['cache']): Promise<string | undefined> {
  const headers: Record<string, string> = { accept };
  if (o.token) headers.authorization = `token ${o.token}`;
  const hit = cache[url];
  if (hit) headers['if-none-match'] = hit.etag;
  const res = await send(url, { headers, redirect: 'follow' });
  if (res.status === 304 && hit) {
    res.discard();
    return hit.body;
  }
  if (res.status === 404) {
    res.discard();
    return undefined;
  }
  const body = await readText(res.body, 16 << 20);
  if (res.status !== 200) throw new UserError(`${url} answered ${res.status}: ${body.slice(0, 200).replace(/\s+/g, ' ')}`);
  const etag = res.header('etag');
  if (etag) cache[url] = { etag, body };
  return body;
}

/** The ref the manifest is read at, and its text. */
export async function followedManifest(o: FollowOptions, cache: WatchState['cache']): Promise<{ ref: string; text: string }> {
  let ref: string;
  if (o.follow.kind === 'branch') ref = o.follow.name;
  else {
    const list = await conditionalGet(`${o.apiUrl}/repos/${o.repo}/releases?per_page=30`, 'application/vnd.github+json', o, cache);
    if (list === undefined) throw new UserError(`${o.repo}: not found${o.token ? '' : ` (no token: if ${o.repo} is private set GITHUB_TOKEN)`}`);
    const releases = JSON.parse(list) as Array<{ tag_name: string; draft: boolean; prerelease: boolean }>;
    const latest = releases.find((r) => !r.draft && !r.prerelease && /^v\d/.test(r.tag_name));
    if (!latest) throw new UserError(`${o.repo}: no published v* release yet`);
    ref = latest.tag_name;
  }
  const text = await conditionalGet(
    `${o.apiUrl}/repos/${o.repo}/contents/${o.manifestPath.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(ref)}`,
    'application/vnd.github.raw+json',
    o,
    cache,
  );
  if (text === undefined) throw new UserError(`${o.repo}: no ${o.manifestPath} at ${ref}`);
  return { ref, text };
}
