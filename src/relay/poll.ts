/**
 * `ghsync poll`: for upstreams we do not control (no webhook), look again and send the same
 * `upstream-update` dispatch the receiver sends when something moved.
 *
 * - `commits` and `tags` entries are read with git's smart HTTP (ls-remote): no API quota.
 * - `releases` entries ask `GET /repos/{o}/{r}/releases/latest` with `If-None-Match` and the ETag
 *   of the last answer: a 304 costs no quota (GitHub's rule for authorized conditional requests).
 * - The first run only records a baseline; later runs dispatch once per upstream that moved.
 * - The baseline and the ETags live in one JSON state file, written atomically.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { statusOf, type GitHub } from '../github/client.js';
import type { BinaryEntry, Manifest } from '../manifest/manifest.js';
import { resolveUpstream, selectEntries } from '../upstream/check.js';
import { commitOf, lsRemote } from '../upstream/ls-remote.js';
import type { Dispatch } from '../webhook/dispatch.js';

export interface PollState {
  /** `upstream#track` -> what was seen (a tag, a commit, a digest of the tag list). */
  seen: Record<string, string>;
  /** URL -> the ETag of its last 200 and the value it gave. */
  etags: Record<string, { etag: string; value: string }>;
}

export async function readState(file: string): Promise<PollState> {
  try {
    const s = JSON.parse(await readFile(file, 'utf8'));
    return { seen: s.seen ?? {}, etags: s.etags ?? {} };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { seen: {}, etags: {} };
    throw err;
  }
}

export async function writeState(file: string, state: PollState): Promise<void> {
  const temp = `${file}.tmp-${process.pid}`;
  await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temp, file);
}

export interface PollOptions {
  manifest: Manifest;
  names?: string[];
  client: GitHub;
  serverUrl: string;
  token?: string;
  state: PollState;
  /** Where dispatches go; undefined: report only. */
  target?: string;
  dispatch?: Dispatch;
}

export interface PollResult {
  upstream: string;
  track: string;
  entries: string[];
  value: string;
  outcome: 'baseline' | 'unchanged' | 'moved';
  dispatched: boolean;
}

interface Group {
  key: string;
  upstream: string;
  gitUrl: string;
  webUrl: string;
  ownerRepo?: string;
  entry: BinaryEntry;
  entries: string[];
}

async function latestRelease(client: GitHub, ownerRepo: string, state: PollState): Promise<string> {
  const [owner, repo] = ownerRepo.split('/');
  const url = `/repos/${ownerRepo}/releases/latest`;
  const cached = state.etags[url];
  try {
    const res = await client.request('GET /repos/{owner}/{repo}/releases/latest', {
      owner,
      repo,
      headers: cached ? { 'if-none-match': cached.etag } : {},
    });
    const value = res.data.tag_name;
    if (res.headers.etag) state.etags[url] = { etag: res.headers.etag, value };
    return value;
  } catch (err) {
    // @octokit/request throws on 304 (it is not an error here: nothing changed).
    if (statusOf(err) === 304 && cached) return cached.value;
    if (statusOf(err) === 404) return '';
    throw err;
  }
}

async function current(g: Group, o: PollOptions): Promise<{ value: string; ref: string; sha: string | null; tag: string | null }> {
  const up = g.entry.upstream!;
  if (up.track === 'releases' && g.ownerRepo) {
    const tag = await latestRelease(o.client, g.ownerRepo, o.state);
    return { value: tag, ref: tag ? `refs/tags/${tag}` : '', sha: null, tag: tag || null };
  }
  const remote = await lsRemote(g.gitUrl, { token: o.token, authOrigin: o.serverUrl });
  if (up.track === 'commits') {
    const ref = up.branch ? `refs/heads/${up.branch}` : (remote.symrefs.get('HEAD') ?? 'refs/heads/main');
    const sha = commitOf(remote, ref) ?? '';
    return { value: sha, ref, sha: sha || null, tag: null };
  }
  const tags = [...remote.refs.keys()].filter((r) => r.startsWith('refs/tags/') && !r.endsWith('^{}')).sort();
  const newest = tags.at(-1);
  return {
    value: createHash('sha256').update(tags.join('\n')).digest('hex'),
    ref: newest ?? '',
    sha: null,
    tag: null,
  };
}

export async function pollOnce(o: PollOptions): Promise<PollResult[]> {
  const { selected } = selectEntries({ manifest: o.manifest, names: o.names, serverUrl: o.serverUrl });
  // One group per upstream and track (each is looked at once), one dispatch per upstream that moved.
  const groups = new Map<string, Group>();
  for (const e of selected) {
    const r = resolveUpstream(e.upstream!.repo, o.serverUrl);
    const upstream = r.ownerRepo ?? r.gitUrl;
    const key = `${upstream}#${e.upstream!.track}`;
    const g = groups.get(key);
    if (g) g.entries.push(e.name);
    else groups.set(key, { key, upstream, gitUrl: r.gitUrl, webUrl: r.webUrl, ownerRepo: r.ownerRepo, entry: e, entries: [e.name] });
  }
  const results: PollResult[] = [];
  const moved = new Map<string, Array<{ g: Group; before: string; now: Awaited<ReturnType<typeof current>> }>>();
  for (const g of groups.values()) {
    const now = await current(g, o);
    const before = o.state.seen[g.key];
    const outcome = before === undefined ? 'baseline' : before === now.value ? 'unchanged' : 'moved';
    if (outcome === 'moved') moved.set(g.upstream, [...(moved.get(g.upstream) ?? []), { g, before: before!, now }]);
    o.state.seen[g.key] = now.value;
    results.push({ upstream: g.upstream, track: g.entry.upstream!.track, entries: g.entries, value: now.value, outcome, dispatched: false });
  }
  if (!o.target || !o.dispatch) return results;
  for (const [upstream, changes] of moved) {
    // The release (or tag) says the most: it names the tag; a branch move names the commit.
    const order = ['releases', 'tags', 'commits'];
    changes.sort((a, b) => order.indexOf(a.g.entry.upstream!.track) - order.indexOf(b.g.entry.upstream!.track));
    const { g, now } = changes[0];
    const track = g.entry.upstream!.track;
    try {
      await o.dispatch(o.target, {
        upstream,
        upstream_url: g.webUrl,
        event: track === 'releases' ? 'release' : track === 'tags' ? 'create' : 'push',
        ref: now.ref,
        sha: now.sha,
        tag: now.tag,
        entries: changes.flatMap((c) => c.g.entries),
        delivery: `poll-${Date.now()}-${upstream}`,
      });
    } catch (err) {
      // Not remembered: the next run sees the move again and tries again.
      for (const c of changes) o.state.seen[c.g.key] = c.before;
      throw err;
    }
    for (const r of results) if (r.upstream === upstream && r.outcome === 'moved') r.dispatched = true;
  }
  return results;
}
