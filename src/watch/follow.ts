/**
 * The manifest `watch` follows: `versions.yml` at the newest published `v*` release of the project
 * (or at a branch head), read through the contents API. Every GET is conditional (If-None-Match
 * with the last ETag): an unchanged answer is a 304 that costs no rate limit and no parsing.
 * The reads go through the one API client (SPEC §12: retries on 5xx and network errors, waits on
 * rate limits), anonymously when there is no token.
 */
import { createClient, statusOf, type GitHub } from '../github/client.js';
import { UserError, oneLine } from '../runtime/errors.js';
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
  /** Where the client's warnings go (retries, rate-limit waits). Default: stderr. */
  warn?: (message: string) => void;
}

/** The body as text: Octokit parses JSON answers and hands raw ones over as text or bytes. */
function textOf(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return JSON.stringify(data);
}

/** GET with the cached ETag; a 304 answers the cached body. undefined on 404. */
async function conditionalGet(gh: GitHub, url: string, accept: string, what: string, cache: WatchState['cache']): Promise<string | undefined> {
  const hit = cache[url];
  try {
    const res = await gh.request({ method: 'GET', url, headers: { accept, ...(hit ? { 'if-none-match': hit.etag } : {}) } });
    const body = textOf(res.data);
    const etag = res.headers.etag;
    if (etag) cache[url] = { etag, body };
    return body;
  } catch (err) {
    // Octokit throws on a 304: "unchanged", the cached body (and no quota spent).
    const status = statusOf(err);
    if (status === 304 && hit) return hit.body;
    if (status === 404) return undefined;
    if (status === 401) throw new UserError(`reading ${what}: the token was refused (401 Bad credentials): check GITHUB_TOKEN`);
    throw new UserError(`reading ${what} failed: ${oneLine(err)} (check the network and run it again)`);
  }
}

/** The ref the manifest is read at, and its text. */
export async function followedManifest(o: FollowOptions, cache: WatchState['cache']): Promise<{ ref: string; text: string }> {
  const gh = createClient({ token: o.token, apiUrl: o.apiUrl, warn: o.warn });
  let ref: string;
  if (o.follow.kind === 'branch') ref = o.follow.name;
  else {
    const list = await conditionalGet(
      gh,
      `${o.apiUrl}/repos/${o.repo}/releases?per_page=30`,
      'application/vnd.github+json',
      `the releases of ${o.repo}`,
      cache,
    );
    if (list === undefined) throw new UserError(`${o.repo}: not found${o.token ? '' : ` (no token: if ${o.repo} is private set GITHUB_TOKEN)`}`);
    const releases = JSON.parse(list) as Array<{ tag_name: string; draft: boolean; prerelease: boolean }>;
    const latest = releases.find((r) => !r.draft && !r.prerelease && /^v\d/.test(r.tag_name));
    if (!latest) throw new UserError(`${o.repo}: no published v* release yet`);
    ref = latest.tag_name;
  }
  const text = await conditionalGet(
    gh,
    `${o.apiUrl}/repos/${o.repo}/contents/${o.manifestPath.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(ref)}`,
    'application/vnd.github.raw+json',
    `${o.manifestPath} at ${ref} in ${o.repo}`,
    cache,
  );
  if (text === undefined) throw new UserError(`${o.repo}: no ${o.manifestPath} at ${ref}`);
  return { ref, text };
}
