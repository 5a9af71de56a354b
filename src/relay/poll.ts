/**
 * `ghsync poll`: for upstreams we do not control (no webhook), look again and send the same
 * `upstream-update` dispatch the receiver sends when something moved.
 *
 * - `commits` and `tags` entries are read with git's smart HTTP (ls-remote): no API quota.
 * - `releases` entries ask `GET /repos/{o}/{r}/releases/latest` with `If-None-Match` and the ETag
 *   of the last answer: a 304 costs no quota (GitHub's rule for authorized conditional requests).
 * - The first run only records a baseline; later runs dispatch once per upstream that moved.
 * - A tag is remembered with its target (the peeled `^{}` commit for an annotated tag, else the
 *   ref's object), so a tag force-moved under the same name is a move: the dispatch names that tag
 *   and its new commit. A release re-pointed at a moved tag does not change the release's JSON on
 *   GitHub (`target_commitish` keeps what it was created with), so its ETag stays and the 304 says
 *   nothing: `releases` entries also read the latest release's tag target from the same ref listing
 *   (one per upstream and run, shared with `tags` entries, no quota).
 * - The baseline and the ETags live in one JSON state file, written atomically.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { statusOf, type GitHub } from '../github/client.js';
import type { BinaryEntry, Manifest } from '../manifest/manifest.js';
import { resolveUpstream, selectEntries } from '../upstream/check.js';
import { commitOf, lsRemote, type RemoteRefs } from '../upstream/ls-remote.js';
import type { Dispatch } from '../webhook/dispatch.js';

export interface PollState {
  /** `upstream#track` -> what was seen (a tag, a commit, a digest of the tag list). */
  seen: Record<string, string>;
  /** URL -> the ETag of its last 200 and the value it gave. */
  etags: Record<string, { etag: string; value: string }>;
  /** `upstream#track` -> tag name -> the commit it pointed at (tags and releases entries). */
  targets: Record<string, Record<string, string>>;
}

export async function readState(file: string): Promise<PollState> {
  try {
    const s = JSON.parse(await readFile(file, 'utf8'));
    return { seen: s.seen ?? {}, etags: s.etags ?? {}, targets: s.targets ?? {} };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { seen: {}, etags: {}, targets: {} };
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

interface Seen {
  value: string;
  ref: string;
  sha: string | null;
  tag: string | null;
  /** Tag name -> commit, for tags and releases entries. */
  targets?: Record<string, string>;
}

/** Each tag's commit: the peeled `^{}` SHA for an annotated tag, else the ref's own. */
function tagTargets(remote: RemoteRefs): Record<string, string> {
  const targets: Record<string, string> = {};
  for (const ref of remote.refs.keys()) if (ref.startsWith('refs/tags/') && !ref.endsWith('^{}')) targets[ref.slice(10)] = commitOf(remote, ref)!;
  return targets;
}

/** Version-aware order (v1.10.0 after v1.9.0), so "the newest of these tags" means something. */
const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

async function current(g: Group, o: PollOptions, refs: (url: string) => Promise<RemoteRefs>): Promise<Seen> {
  const up = g.entry.upstream!;
  if (up.track === 'releases' && g.ownerRepo) {
    const tag = await latestRelease(o.client, g.ownerRepo, o.state);
    if (!tag) return { value: '', ref: '', sha: null, tag: null };
    const sha = commitOf(await refs(g.gitUrl), `refs/tags/${tag}`) ?? null;
    return { value: tag, ref: `refs/tags/${tag}`, sha, tag, targets: sha ? { [tag]: sha } : {} };
  }
  const remote = await refs(g.gitUrl);
  if (up.track === 'commits') {
    const ref = up.branch ? `refs/heads/${up.branch}` : (remote.symrefs.get('HEAD') ?? 'refs/heads/main');
    const sha = commitOf(remote, ref) ?? '';
    return { value: sha, ref, sha: sha || null, tag: null };
  }
  const targets = tagTargets(remote);
  const tags = Object.keys(targets).sort();
  const newest = [...tags].sort(byVersion).at(-1);
  return {
    // The names only (as before targets were kept): a state file from then still compares equal.
    value: createHash('sha256').update(tags.join('\n')).digest('hex'),
    ref: newest ? `refs/tags/${newest}` : '',
    sha: null,
    tag: null,
    targets,
  };
}

/** Tags that are new or point elsewhere than before; empty when there is no earlier record. */
function changedTags(before: Record<string, string> | undefined, now: Record<string, string> | undefined): string[] {
  if (!before || !now) return [];
  return Object.keys(now)
    .filter((t) => before[t] !== now[t])
    .sort(byVersion);
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
  const moved = new Map<string, Array<{ g: Group; before: string; beforeTargets?: Record<string, string>; now: Seen }>>();
  // One ref listing per repository and run, shared by its tags and releases entries.
  const listings = new Map<string, Promise<RemoteRefs>>();
  const refs = (url: string) => {
    if (!listings.has(url)) listings.set(url, lsRemote(url, { token: o.token, authOrigin: o.serverUrl }));
    return listings.get(url)!;
  };
  for (const g of groups.values()) {
    const now = await current(g, o, refs);
    const before = o.state.seen[g.key];
    const beforeTargets = o.state.targets[g.key];
    // A tag that is new or moved names itself, with its new commit.
    const changed = changedTags(beforeTargets, now.targets);
    const named = g.entry.upstream!.track === 'tags' ? changed.at(-1) : changed.includes(now.tag ?? '') ? now.tag : undefined;
    if (named) Object.assign(now, { ref: `refs/tags/${named}`, tag: named, sha: now.targets![named] });
    const outcome = before === undefined ? 'baseline' : before === now.value && !changed.length ? 'unchanged' : 'moved';
    if (outcome === 'moved') moved.set(g.upstream, [...(moved.get(g.upstream) ?? []), { g, before: before!, beforeTargets, now }]);
    o.state.seen[g.key] = now.value;
    if (now.targets) o.state.targets[g.key] = now.targets;
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
      for (const c of changes) {
        o.state.seen[c.g.key] = c.before;
        if (c.beforeTargets) o.state.targets[c.g.key] = c.beforeTargets;
        else delete o.state.targets[c.g.key];
      }
      throw err;
    }
    for (const r of results) if (r.upstream === upstream && r.outcome === 'moved') r.dispatched = true;
  }
  return results;
}
