/**
 * check-upstream's library: for each manifest entry with an `upstream`, the newest version
 * upstream and whether it is newer than the pin. Tags and commits come from the git protocol
 * (one round trip per repository, no API quota); releases from one batched GraphQL query. One
 * entry's failure (unreachable host, missing repo, rate limit) is recorded on that entry and
 * never stops the others. The CLI's `sync check` calls the same `checkUpstreams`.
 */
import type { BinaryEntry, Manifest, Upstream } from '../manifest/manifest.js';
import type { GitHub } from '../github/client.js';
import type { Log } from '../runtime/log.js';
import { UserError, oneLine } from '../runtime/errors.js';
import { commitOf, lsRemote, type RemoteRefs } from './ls-remote.js';
import { onServer, parseRepoRef } from '../github/repo-ref.js';
import { repoUrl } from '../git/git.js';
import type { ReleasesResult } from './releases.js';
import { compilePattern, highest, parsePinned, parseTag, pinFor, sameVersion, updateType, type TagVersion, type UpdateType } from './versions.js';

export interface CheckOptions {
  manifest: Manifest;
  /** Entries to check (default: every entry with an upstream). Unknown names are an error. */
  names?: string[];
  /** Only the entries tracking this upstream (`owner/name`), e.g. from a repository_dispatch. */
  onlyUpstream?: string;
  /** Count prereleases for every entry (else only where `prereleases: true`). */
  includePrereleases?: boolean;
  /** Token for the releases API and for git over HTTPS to `serverUrl` (never sent elsewhere). */
  token?: string;
  /** Default GITHUB_SERVER_URL or https://github.com: `owner/name` upstreams live there. */
  serverUrl?: string;
  apiUrl?: string;
  graphqlUrl?: string;
  /** A ready client (tests, the CLI); else one is made when a releases entry needs it. */
  client?: GitHub;
  /** Parallel git requests (default 16). */
  concurrency?: number;
  /** Git protocol for HTTP remotes (default 0: one round trip). */
  protocol?: 0 | 2;
  now?: () => Date;
}

export interface EntryResult {
  name: string;
  track: Upstream['track'];
  /** The pinned version as the manifest has it. */
  pinned: string;
  /** Web address of the upstream (git URL for non-GitHub hosts). */
  upstreamRepo: string;
  /** `owner/name` when the upstream is on the GitHub server. */
  ownerRepo?: string;
  currentTag: string | null;
  currentCommit: string | null;
  latestTag: string | null;
  latestCommit: string | null;
  updateAvailable: boolean;
  updateType: UpdateType;
  /** The value to pin when updating, in the style of the current pin. */
  newVersion?: string;
  /** Release notes (or the tag page) of the latest version. */
  releaseUrl?: string;
  /** Compare view current...latest. */
  compareUrl?: string;
  /** What the check cannot trust (a pin upstream does not have, tags that read as one version): one line. */
  warning?: string;
  error?: string;
}

export interface CheckResult {
  lastCheck: string;
  entries: EntryResult[];
  /** Entries without an upstream (skipped). */
  skipped: string[];
  stats: { gitRoundTrips: number; apiCalls: number };
}

/** The JSON of SPEC §7 (`manifest` output and `output-file`). */
export interface ManifestJson {
  last_check: string;
  subsystems: Record<string, SubsystemJson>;
}
export interface SubsystemJson {
  name: string;
  upstream_repo: string;
  current_tag: string | null;
  current_commit: string | null;
  latest_tag: string | null;
  latest_commit: string | null;
  update_available: boolean;
  update_type: UpdateType;
  warning?: string;
  error?: string;
}

interface Resolved {
  entry: BinaryEntry;
  upstream: Upstream;
  gitUrl: string;
  webUrl: string;
  ownerRepo?: string;
}

const SHA40 = /^[0-9a-f]{40}$/i;
const HEX = /^[0-9a-f]{7,40}$/i;

/**
 * `owner/name` or a git URL -> where to list refs, the web address, and owner/name on the server.
 * A repository of the GitHub server is recognised in any spelling (owner/name, https, ssh,
 * scp-like `git@host:owner/name.git`) and listed over the server's smart HTTP, where the token
 * works; other hosts are listed at the address given.
 */
export function resolveUpstream(repo: string, serverUrl: string): { gitUrl: string; webUrl: string; ownerRepo?: string } {
  const server = serverUrl.replace(/\/+$/, '');
  const ref = parseRepoRef(repo);
  if (ref && onServer(ref, server)) {
    return { gitUrl: repoUrl(server, ref.fullName), webUrl: `${server}/${ref.fullName}`, ownerRepo: ref.fullName };
  }
  if (/^https?:\/\//i.test(repo)) {
    const url = new URL(repo);
    const path = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
    return { gitUrl: repo, webUrl: `${url.origin}/${path}`, ownerRepo: undefined };
  }
  return { gitUrl: repo, webUrl: repo.replace(/\.git$/, '') };
}

/** Which entries to check, by `names` and a dispatched upstream. */
export function selectEntries(opts: Pick<CheckOptions, 'manifest' | 'names' | 'onlyUpstream' | 'serverUrl'>): { selected: BinaryEntry[]; skipped: string[] } {
  const all = opts.manifest.binaries;
  const names = opts.names?.length ? opts.names : Object.keys(all);
  const unknown = names.filter((n) => !(n in all));
  if (unknown.length)
    throw new UserError(`${opts.manifest.file}: no entry ${unknown.map((n) => `"${n}"`).join(', ')} (entries: ${Object.keys(all).join(', ')})`);
  const skipped = names.filter((n) => !all[n].upstream);
  let selected = names.map((n) => all[n]).filter((e) => e.upstream);
  if (opts.onlyUpstream) {
    const server = opts.serverUrl ?? 'https://github.com';
    const want = (resolveUpstream(opts.onlyUpstream, server).ownerRepo ?? opts.onlyUpstream).toLowerCase();
    selected = selected.filter((e) => {
      const r = resolveUpstream(e.upstream!.repo, server);
      return (r.ownerRepo ?? r.gitUrl).toLowerCase() === want;
    });
  }
  return { selected, skipped };
}

export async function checkUpstreams(opts: CheckOptions, log: Log): Promise<CheckResult> {
  const serverUrl = (opts.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const now = opts.now ?? (() => new Date());
  const lastCheck = now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const { selected, skipped } = selectEntries({ ...opts, serverUrl });
  const stats = { gitRoundTrips: 0, apiCalls: 0 };
  const resolved: Resolved[] = selected.map((entry) => ({ entry, upstream: entry.upstream!, ...resolveUpstream(entry.upstream!.repo, serverUrl) }));

  // Git refs: one listing per distinct remote, `concurrency` at a time.
  // GitHub names ignore case: two spellings of one repository of the server are listed once.
  const listKey = (r: Resolved) => (r.ownerRepo ? r.gitUrl.toLowerCase() : r.gitUrl);
  const byKey = new Map(resolved.filter((r) => r.upstream.track !== 'releases').map((r) => [listKey(r), r.gitUrl]));
  const gitUrls = [...byKey.keys()];
  const remotes = new Map<string, RemoteRefs | Error>();
  await pool(gitUrls, opts.concurrency ?? 16, async (url) => {
    try {
      const refs = await lsRemote(byKey.get(url)!, {
        token: opts.token,
        authOrigin: serverUrl,
        protocol: opts.protocol,
        refPrefixes: ['HEAD', 'refs/heads/', 'refs/tags/'],
      });
      stats.gitRoundTrips += refs.roundTrips;
      remotes.set(url, refs);
    } catch (err) {
      stats.gitRoundTrips += 1;
      remotes.set(url, err as Error);
    }
  });

  // Releases: one batched GraphQL query for all of them.
  const releaseRepos = resolved.filter((r) => r.upstream.track === 'releases' && r.ownerRepo).map((r) => r.ownerRepo!);
  const releases = new Map<string, ReleasesResult>();
  if (releaseRepos.length) {
    if (!opts.token && !opts.client) {
      for (const repo of releaseRepos) releases.set(repo, { error: 'track: releases needs a token (the GraphQL API requires one)' });
    } else {
      try {
        const client =
          opts.client ??
          (await import('../github/client.js')).createClient({
            token: opts.token!,
            apiUrl: opts.apiUrl,
            graphqlUrl: opts.graphqlUrl,
            warn: (m) => log.warn(m),
          });
        const { fetchReleases } = await import('./releases.js');
        const { results, calls } = await fetchReleases(client, releaseRepos);
        stats.apiCalls += calls;
        for (const [k, v] of results) releases.set(k, v);
      } catch (err) {
        for (const repo of releaseRepos) releases.set(repo, { error: `releases API failed: ${oneLine(err)}` });
      }
    }
  }

  const entries: EntryResult[] = [];
  for (const r of resolved) {
    const base: EntryResult = {
      name: r.entry.name,
      track: r.upstream.track,
      pinned: r.entry.version,
      upstreamRepo: r.webUrl,
      ownerRepo: r.ownerRepo,
      currentTag: null,
      currentCommit: null,
      latestTag: null,
      latestCommit: null,
      updateAvailable: false,
      updateType: 'none',
    };
    try {
      const allowPre = !!opts.includePrereleases || r.upstream.prereleases;
      if (r.upstream.track === 'releases') {
        if (!r.ownerRepo) throw new UserError(`track: releases needs a repository on ${serverUrl} (owner/name); use track: tags for ${r.gitUrl}`);
        const got = releases.get(r.ownerRepo)!;
        if ('error' in got) throw new UserError(got.error);
        entries.push(fromReleases(base, r, got.releases, allowPre));
      } else {
        const refs = remotes.get(listKey(r))!;
        if (refs instanceof Error) throw refs;
        entries.push(r.upstream.track === 'tags' ? fromTags(base, r, refs, allowPre) : fromCommits(base, r, refs));
      }
    } catch (err) {
      entries.push({ ...base, error: oneLine(err) });
    }
    const e = entries[entries.length - 1];
    if (e.warning) log.warn(`${e.name}: ${e.warning}`);
    if (e.error) log.warn(`${e.name}: ${e.error}`);
    else if (e.updateAvailable) log.info(`${e.name}: ${e.pinned} -> ${e.newVersion} (${e.updateType})`);
    else log.info(`${e.name}: ${e.pinned} is up to date`);
  }
  return { lastCheck, entries, skipped, stats };
}

interface Candidate extends TagVersion {
  commit: string | null;
  url?: string;
  prerelease: boolean;
}

/** Shared by tags and releases: pick current and latest among candidates. */
function decide(base: EntryResult, r: Resolved, all: Candidate[], allowPre: boolean, what: string): EntryResult {
  const pattern = compilePattern(r.upstream.tagPattern, r.entry.version);
  const pinned = parsePinned(r.entry.version, pattern);
  if (!pinned)
    throw new UserError(
      `pinned version "${r.entry.version}" is not a version${r.upstream.tagPattern ? ` the tag-pattern reads` : ''} (set upstream.tag-pattern, or use track: commits)`,
    );
  const matching = all.filter((c) => sameVersion(c.version, pinned));
  const current = (matching.find((c) => c.tag === r.entry.version) ?? matching.find((c) => c.text === r.entry.version) ?? highest(matching)) as
    Candidate | undefined;
  const candidates = all.filter((c) => allowPre || !c.prerelease);
  if (!candidates.length) {
    throw new UserError(
      `no ${what} of ${r.upstream.repo} is a version${r.upstream.tagPattern ? ` matching tag-pattern ${r.upstream.tagPattern}` : ''} (${all.length ? 'only prereleases' : 'none parse'})`,
    );
  }
  const latest = highest(candidates, r.entry.version) as Candidate;
  const type = updateType(pinned, latest.version);
  const warnings = [
    current
      ? undefined
      : `pinned version "${r.entry.version}" is not a ${what} of ${r.upstream.repo}${r.upstream.tagPattern ? ` that tag-pattern ${r.upstream.tagPattern} reads` : ''} (its newest is ${latest.tag})`,
    sharedVersions(all, pinned, r.upstream.tagPattern),
  ].filter(Boolean);
  const result: EntryResult = {
    ...base,
    currentTag: current?.tag ?? (parseTag(r.entry.version, pattern) ? r.entry.version : null),
    currentCommit: current?.commit ?? null,
    ...(warnings.length ? { warning: warnings.join('; ') } : {}),
  };
  if (type === 'none') {
    // Nothing newer (or the pin is ahead, e.g. a prerelease): latest is what is pinned.
    return { ...result, latestTag: current?.tag ?? latest.tag, latestCommit: current?.commit ?? latest.commit, updateType: 'none' };
  }
  const newVersion = pinFor(r.entry.version, pattern, current, latest);
  return {
    ...result,
    latestTag: latest.tag,
    latestCommit: latest.commit,
    updateAvailable: true,
    updateType: type,
    newVersion,
    releaseUrl: latest.url ?? (r.ownerRepo ? `${r.webUrl}/releases/tag/${encodeURIComponent(latest.tag)}` : undefined),
    compareUrl:
      r.ownerRepo && result.currentTag ? `${r.webUrl}/compare/${encodeURIComponent(result.currentTag)}...${encodeURIComponent(latest.tag)}` : undefined,
  };
}

/**
 * One line when several tags read as one version (a pattern that drops a part, `v1.0.0` beside
 * `1.0.0`): the check cannot tell them apart, so an update may go unseen. The example shown is
 * the pinned version's group when it has one, else the highest.
 */
function sharedVersions(all: TagVersion[], pinned: import('semver').SemVer, tagPattern: string | undefined): string | undefined {
  const byVersion = new Map<string, TagVersion[]>();
  for (const t of all) {
    const key = t.version.version; // build metadata does not order, so it does not tell apart
    byVersion.set(key, [...(byVersion.get(key) ?? []), t]);
  }
  const shared = [...byVersion.values()].filter((g) => g.length > 1);
  if (!shared.length) return undefined;
  const example = shared.find((g) => sameVersion(g[0].version, pinned)) ?? shared.reduce((a, b) => (a[0].version.compare(b[0].version) >= 0 ? a : b));
  const names = example.map((t) => t.tag).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const listed = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  const others = shared.length - 1;
  return `${tagPattern ? `tag-pattern ${tagPattern}` : 'reading tags as versions'} maps several tags to one version: ${listed} are all ${example[0].version.version}${others ? ` (and ${others} other version${others > 1 ? 's' : ''} likewise)` : ''}; updates may go unseen`;
}

function fromTags(base: EntryResult, r: Resolved, refs: RemoteRefs, allowPre: boolean): EntryResult {
  const pattern = compilePattern(r.upstream.tagPattern, r.entry.version);
  const all: Candidate[] = [];
  for (const ref of refs.refs.keys()) {
    if (!ref.startsWith('refs/tags/')) continue;
    const tag = parseTag(ref.slice('refs/tags/'.length), pattern);
    if (tag) all.push({ ...tag, commit: commitOf(refs, ref) ?? null, prerelease: tag.version.prerelease.length > 0 });
  }
  return decide(base, r, all, allowPre, 'tag');
}

function fromReleases(base: EntryResult, r: Resolved, releases: import('./releases.js').ReleaseInfo[], allowPre: boolean): EntryResult {
  const pattern = compilePattern(r.upstream.tagPattern, r.entry.version);
  const all: Candidate[] = [];
  for (const rel of releases) {
    if (rel.isDraft) continue; // drafts never count
    const tag = parseTag(rel.tagName, pattern);
    if (tag) all.push({ ...tag, commit: rel.commit, url: rel.url, prerelease: rel.isPrerelease || tag.version.prerelease.length > 0 });
  }
  return decide(base, r, all, allowPre, 'release');
}

function fromCommits(base: EntryResult, r: Resolved, refs: RemoteRefs): EntryResult {
  const branch = r.upstream.branch ?? refs.symrefs.get('HEAD')?.replace(/^refs\/heads\//, '');
  const head = branch ? refs.refs.get(`refs/heads/${branch}`) : refs.refs.get('HEAD');
  if (!head)
    throw new UserError(branch ? `branch "${branch}" not found in ${r.upstream.repo}` : `${r.upstream.repo} has no default branch (set upstream.branch)`);
  const pin = r.entry.version;
  let current: string | undefined;
  if (HEX.test(pin)) {
    const lower = pin.toLowerCase();
    current = SHA40.test(pin) ? lower : [...refs.refs.values(), ...refs.peeled.values()].find((sha) => sha.startsWith(lower));
    const update = !head.startsWith(lower);
    const newVersion = SHA40.test(pin) ? head : head.slice(0, pin.length);
    return withCommit(base, r, current ?? null, head, update, update ? newVersion : undefined);
  }
  // A tag pin on a commits-tracked entry: its commit, if the upstream has that tag.
  current = commitOf(refs, `refs/tags/${pin}`);
  if (!current) throw new UserError(`pinned version "${pin}" is neither a commit SHA nor a tag of ${r.upstream.repo}`);
  return { ...withCommit(base, r, current, head, current !== head, head), currentTag: pin };
}

function withCommit(base: EntryResult, r: Resolved, current: string | null, head: string, update: boolean, newVersion?: string): EntryResult {
  return {
    ...base,
    currentCommit: current,
    latestCommit: head,
    updateAvailable: update,
    updateType: update ? 'commit' : 'none',
    newVersion: update ? newVersion : undefined,
    releaseUrl: r.ownerRepo && update ? `${r.webUrl}/commit/${head}` : undefined,
    compareUrl: r.ownerRepo && update ? `${r.webUrl}/compare/${current ?? r.entry.version}...${head}` : undefined,
  };
}

/** The SPEC §7 JSON. */
export function manifestJson(result: CheckResult): ManifestJson {
  const subsystems: Record<string, SubsystemJson> = {};
  for (const e of result.entries) {
    subsystems[e.name] = {
      name: e.name,
      upstream_repo: e.upstreamRepo,
      current_tag: e.currentTag,
      current_commit: e.currentCommit,
      latest_tag: e.latestTag,
      latest_commit: e.latestCommit,
      update_available: e.updateAvailable,
      update_type: e.updateType,
      ...(e.warning ? { warning: e.warning } : {}),
      ...(e.error ? { error: e.error } : {}),
    };
  }
  return { last_check: result.lastCheck, subsystems };
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(runners);
}
