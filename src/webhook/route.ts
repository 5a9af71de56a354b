import type { BinaryEntry, Manifest } from '../manifest/manifest.js';
import { parseRepoRef as parseRef, repoKey } from '../github/repo-ref.js';
import type { Payload } from './http.js';

/**
 * Which webhook events are upstream updates, and for whom.
 *
 * An event is only worth a dispatch when it can change what check-upstream would answer for some
 * manifest entry tracking that repository:
 *   track: commits   a push to the tracked branch (`branch`, or the repository's default branch)
 *   track: tags      a new tag: a tag push, or a `create` event for a tag
 *   track: releases  a release `published` (or `released`: a prerelease promoted to a release)
 * A branch push does not change an upstream's tags or releases, so entries tracking those ignore it.
 * Deleted refs, drafts, and tags the entry's `tag-pattern` rejects are ignored too, as are
 * prereleases unless an entry asks for them.
 */

export interface UpstreamUpdate {
  /** `owner/name`, as GitHub spells it in the payload. */
  upstream: string;
  /** The repository's web URL (helps a manifest that names the upstream by git URL). */
  upstream_url: string | null;
  event: 'push' | 'create' | 'release';
  /** Full ref: `refs/heads/main`, `refs/tags/v1.2.3`. */
  ref: string;
  /** 40-hex commit when the event names one (push; a release whose target is a SHA), else null. */
  sha: string | null;
  tag: string | null;
  /** Manifest entries that track this upstream and care about this event. */
  entries: string[];
}

export type Route =
  | { kind: 'dispatch'; update: UpstreamUpdate; /** Events that announce the same change share it (tag push + tag create). */ coalesceKey?: string }
  | { kind: 'ignore'; reason: string };

const SHA = /^[0-9a-f]{40}$/;
const ZERO = /^0{40}$/;

/** `owner/name`, or a git URL (https, ssh, scp-like, git://), reduced to host + lower-case `owner/name`. */
export function parseRepoRef(value: string): { host?: string; path: string } | undefined {
  const ref = parseRef(value);
  if (!ref) return undefined;
  // Webhooks name hosts without ports (html_url vs ssh_url): compare machine names.
  return ref.host ? { host: ref.host.replace(/:\d+$/, ''), path: repoKey(ref) } : { path: repoKey(ref) };
}

interface PayloadRepo {
  full_name?: unknown;
  html_url?: unknown;
  clone_url?: unknown;
  ssh_url?: unknown;
  git_url?: unknown;
  default_branch?: unknown;
  master_branch?: unknown;
}

/** True when a manifest `upstream.repo` names the payload's repository. */
export function repoMatches(manifestRepo: string, repo: PayloadRepo): boolean {
  const want = parseRepoRef(manifestRepo);
  if (!want || typeof repo.full_name !== 'string') return false;
  if (want.path !== repo.full_name.toLowerCase()) return false;
  if (!want.host) return true;
  // A URL also names the host: it must be the host this event came from.
  return [repo.html_url, repo.clone_url, repo.ssh_url, repo.git_url].some((url) => typeof url === 'string' && parseRepoRef(url)?.host === want.host);
}

/** Manifest entries whose upstream is the payload's repository. */
export function entriesTracking(manifest: Pick<Manifest, 'binaries'>, repo: PayloadRepo): BinaryEntry[] {
  return Object.values(manifest.binaries).filter((e) => e.upstream && repoMatches(e.upstream.repo, repo));
}

function tagAllowed(entry: BinaryEntry, tag: string): boolean {
  const pattern = entry.upstream?.tagPattern;
  if (!pattern) return true;
  try {
    return new RegExp(pattern).test(tag);
  } catch {
    return true; // the manifest loader already rejects bad patterns; never drop an event over one
  }
}

const obj = (v: unknown): Payload => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Payload) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Maps one verified delivery (`X-GitHub-Event` + parsed body) to a dispatch or a reason to ignore it. */
export function routeEvent(event: string, body: unknown, manifest: Pick<Manifest, 'binaries'>): Route {
  const payload = obj(body);
  const repo = obj(payload.repository) as PayloadRepo;
  const fullName = str(repo.full_name);
  if (event !== 'push' && event !== 'create' && event !== 'release') return { kind: 'ignore', reason: `event "${event}" is not an upstream update` };
  if (!fullName) return { kind: 'ignore', reason: 'payload names no repository' };
  const tracking = entriesTracking(manifest, repo);
  if (!tracking.length) return { kind: 'ignore', reason: `${fullName} is not a tracked upstream` };

  const base = { upstream: fullName, upstream_url: str(repo.html_url) ?? null, event } as const;
  const names = (list: BinaryEntry[]) => list.map((e) => e.name).sort();
  const track = (t: string) => tracking.filter((e) => e.upstream!.track === t);

  if (event === 'push') {
    const ref = str(payload.ref) ?? '';
    const after = str(payload.after) ?? '';
    if (payload.deleted === true || ZERO.test(after)) return { kind: 'ignore', reason: `${ref} was deleted` };
    const sha = SHA.test(after) ? after : null;
    if (ref.startsWith('refs/heads/')) {
      const branch = ref.slice('refs/heads/'.length);
      const defaultBranch = str(repo.default_branch) ?? str(repo.master_branch);
      const hit = track('commits').filter((e) => (e.upstream!.branch ?? defaultBranch) === branch);
      if (!hit.length) return { kind: 'ignore', reason: `push to ${branch} is not a tracked branch of ${fullName}` };
      return { kind: 'dispatch', update: { ...base, ref, sha, tag: null, entries: names(hit) } };
    }
    if (ref.startsWith('refs/tags/')) return tagRoute(base, ref.slice('refs/tags/'.length), sha, track('tags'));
    return { kind: 'ignore', reason: `push to ${ref || 'an unknown ref'} is not a branch or tag` };
  }

  if (event === 'create') {
    if (payload.ref_type !== 'tag') return { kind: 'ignore', reason: `create of a ${String(payload.ref_type ?? 'ref')} is not an upstream update` };
    const tag = str(payload.ref);
    if (!tag) return { kind: 'ignore', reason: 'create event names no tag' };
    return tagRoute(base, tag, null, track('tags'));
  }

  // release
  const action = str(payload.action) ?? '';
  if (action !== 'published' && action !== 'released') return { kind: 'ignore', reason: `release ${action || 'event'} is not a publication` };
  const release = obj(payload.release);
  const tag = str(release.tag_name);
  if (!tag) return { kind: 'ignore', reason: 'release names no tag' };
  if (release.draft === true) return { kind: 'ignore', reason: `release ${tag} is a draft` };
  let hit = track('releases').filter((e) => tagAllowed(e, tag));
  if (release.prerelease === true) hit = hit.filter((e) => e.upstream!.prereleases);
  if (!hit.length) {
    const why = release.prerelease === true ? 'a prerelease no entry asks for' : 'not tracked (no entry tracks its releases, or tag-pattern rejects it)';
    return { kind: 'ignore', reason: `release ${tag} of ${fullName} is ${why}` };
  }
  const target = str(release.target_commitish);
  return {
    kind: 'dispatch',
    update: { ...base, ref: `refs/tags/${tag}`, sha: target && SHA.test(target) ? target : null, tag, entries: names(hit) },
    // `published` and `released` both fire for a plain release: one dispatch for the two.
    coalesceKey: `release\0${fullName.toLowerCase()}\0${tag}`,
  };
}

function tagRoute(
  base: { upstream: string; upstream_url: string | null; event: UpstreamUpdate['event'] },
  tag: string,
  sha: string | null,
  tagEntries: BinaryEntry[],
): Route {
  const hit = tagEntries.filter((e) => tagAllowed(e, tag));
  if (!hit.length) return { kind: 'ignore', reason: `tag ${tag} of ${base.upstream} is not tracked (no entry tracks its tags, or tag-pattern rejects it)` };
  return {
    kind: 'dispatch',
    update: { ...base, ref: `refs/tags/${tag}`, sha, tag, entries: hit.map((e) => e.name).sort() },
    // A pushed tag fires both `push` and `create`: hooks subscribed to both dispatch once.
    coalesceKey: `tag\0${base.upstream.toLowerCase()}\0${tag}`,
  };
}
