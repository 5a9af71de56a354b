/**
 * GitHub releases of many repositories in as few API calls as possible: one GraphQL query with
 * an alias per repository (chunked), instead of one REST call each, and every page of each. A repository that is missing
 * or hidden comes back as null with a NOT_FOUND error while the other aliases are still answered.
 */
import type { GitHub } from '../github/client.js';
import { oneLine } from '../runtime/errors.js';

export interface ReleaseInfo {
  tagName: string;
  isDraft: boolean;
  isPrerelease: boolean;
  publishedAt: string | null;
  url: string;
  /** The commit the release's tag points to (null for a draft without a tag). */
  commit: string | null;
}

export type ReleasesResult = { releases: ReleaseInfo[] } | { error: string };

export interface FetchReleasesOptions {
  /** Repositories per query (default 50). */
  chunkSize?: number;
  /** Releases per repository and page, newest created first (default 100, GitHub's page maximum). */
  perRepo?: number;
}

const FIELDS = 'nodes { tagName isDraft isPrerelease publishedAt url tagCommit { oid } } pageInfo { hasNextPage endCursor }';

/**
 * The query for one chunk; owner/name and each repository's cursor travel as variables, never
 * spliced into the text. A null cursor is the first page.
 */
export function releasesQuery(count: number, perRepo: number): string {
  const vars: string[] = [];
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    vars.push(`$o${i}: String!, $n${i}: String!, $a${i}: String`);
    parts.push(
      `r${i}: repository(owner: $o${i}, name: $n${i}) { releases(first: ${perRepo}, after: $a${i}, orderBy: {field: CREATED_AT, direction: DESC}) { ${FIELDS} } }`,
    );
  }
  return `query(${vars.join(', ')}) {\n  ${parts.join('\n  ')}\n}`;
}

interface RawRelease {
  tagName: string;
  isDraft: boolean;
  isPrerelease: boolean;
  publishedAt: string | null;
  url: string;
  tagCommit: { oid: string } | null;
}
type RawRepo = { releases: { nodes: (RawRelease | null)[]; pageInfo?: { hasNextPage: boolean; endCursor: string | null } } } | null;
interface GqlError {
  type?: string;
  message?: string;
  path?: (string | number)[];
}

/** A repository still being read: its releases so far and the cursor of the next page. */
interface Pending {
  repo: string;
  releases: ReleaseInfo[];
  after: string | null;
}

/**
 * Every release of each `owner/name` (deduplicated, case-insensitively): GitHub answers at most
 * 100 per page, so a repository with more comes back for its next page, batched with the others
 * that still have one, until none has. Returns a map keyed by the names as given, and how many
 * GraphQL calls it took.
 */
export async function fetchReleases(
  client: GitHub,
  repos: string[],
  opts: FetchReleasesOptions = {},
): Promise<{ results: Map<string, ReleasesResult>; calls: number }> {
  const chunkSize = opts.chunkSize ?? 50;
  const perRepo = opts.perRepo ?? 100;
  const unique = [...new Map(repos.map((r) => [r.toLowerCase(), r])).values()];
  const byLower = new Map<string, ReleasesResult>();
  let calls = 0;

  let pending: Pending[] = unique.map((repo) => ({ repo, releases: [], after: null }));
  while (pending.length) {
    const next: Pending[] = [];
    for (let start = 0; start < pending.length; start += chunkSize) {
      const chunk = pending.slice(start, start + chunkSize);
      const variables: Record<string, string | null> = {};
      chunk.forEach((p, i) => {
        const [owner, name] = p.repo.split('/');
        variables[`o${i}`] = owner;
        variables[`n${i}`] = name;
        variables[`a${i}`] = p.after;
      });
      let data: Record<string, RawRepo> | undefined;
      let errors: GqlError[] = [];
      calls++;
      try {
        data = await client.graphql<Record<string, RawRepo>>(releasesQuery(chunk.length, perRepo), variables);
      } catch (err) {
        // A response with errors still carries the data of the aliases that resolved.
        const e = err as { data?: Record<string, RawRepo>; errors?: GqlError[] };
        if (e.data && Array.isArray(e.errors)) {
          data = e.data;
          errors = e.errors;
        } else {
          const message = `releases API failed: ${oneLine(err)}`;
          for (const p of chunk) byLower.set(p.repo.toLowerCase(), { error: message });
          continue;
        }
      }
      chunk.forEach((p, i) => {
        const alias = `r${i}`;
        const node = data?.[alias];
        if (!node) {
          const e = errors.find((x) => x.path?.[0] === alias);
          const message =
            e?.type === 'NOT_FOUND'
              ? `repository ${p.repo} not found (or not visible to this token)`
              : `releases of ${p.repo}: ${e?.message ?? 'no data in the API answer'}`;
          byLower.set(p.repo.toLowerCase(), { error: message });
          return;
        }
        for (const r of node.releases.nodes) {
          if (!r) continue;
          p.releases.push({
            tagName: r.tagName,
            isDraft: r.isDraft,
            isPrerelease: r.isPrerelease,
            publishedAt: r.publishedAt,
            url: r.url,
            commit: r.tagCommit?.oid ?? null,
          });
        }
        const page = node.releases.pageInfo;
        // A cursor that does not move would loop forever: stop there with what was read.
        if (page?.hasNextPage && page.endCursor && page.endCursor !== p.after) next.push({ ...p, after: page.endCursor });
        else byLower.set(p.repo.toLowerCase(), { releases: p.releases });
      });
    }
    pending = next;
  }
  const results = new Map<string, ReleasesResult>();
  for (const repo of repos) results.set(repo, byLower.get(repo.toLowerCase())!);
  return { results, calls };
}
