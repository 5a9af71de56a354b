// Local GitHub stand-in: REST + uploads + GraphQL + signed storage + git smart HTTP over real
// bare repositories, on 127.0.0.1. See README.md in this folder.
import { createHub } from './server.js';
import { adminHandler } from './admin.js';
import { repoJson } from './render.js';
import { assetJson, releaseJson } from './render.js';
import { issueJson, labelJson } from './render.js';
import { pullJson } from './routes/pulls.js';
import type { RequestRecord, LocalGitHub, CreateRepoOptions, TokenOptions, CommitOptions, TagOptions, Release, Asset, Pull, Issue, Label } from './types.js';
import type { Ctx } from './http.js';
import type { RepoRec } from './state.js';

export type * from './types.js';

const NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export interface StartOptions {
  root?: string; // default: a fresh temp dir, removed by close()
  port?: number; // default: a random free port
}

export async function startGitHub(
  opts: StartOptions = {},
): Promise<LocalGitHub & { pullsAsync(fullName: string): Promise<Pull[]>; renameRepo(oldName: string, newName: string): void }> {
  const { hub, dispose } = await createHub(opts);

  const mustRepo = (fullName: string): RepoRec => {
    const r = hub.store.repo(fullName);
    if (!r) throw new Error(`local-github: no repository ${fullName} (createRepo it first)`);
    return r;
  };
  // An admin view of things for state accessors (drafts included).
  const adminCtx = (): Ctx =>
    ({ hub, auth: { kind: 'write', token: { value: '', permission: 'write', repos: null, login: 'admin', id: 1 } } }) as unknown as Ctx;

  const gh = {
    url: hub.url,
    apiUrl: hub.apiUrl,
    graphqlUrl: hub.graphqlUrl,
    root: hub.root,
    faults: hub.faults,
    requests: hub.requests,
    events: hub.events,
    waitForRequest(match: (r: RequestRecord) => boolean): Promise<RequestRecord> {
      const past = hub.requests.find((r) => hub.finished.has(r) && match(r));
      if (past) return Promise.resolve(past);
      return new Promise((resolve) => {
        const on = (r: RequestRecord) => {
          if (!match(r)) return;
          hub.events.off('request', on);
          resolve(r);
        };
        hub.events.on('request', on);
      });
    },

    env(token?: string) {
      const e: Record<string, string> = {
        GITHUB_API_URL: hub.apiUrl,
        GITHUB_SERVER_URL: hub.url,
        GITHUB_GRAPHQL_URL: hub.graphqlUrl,
      };
      if (token) e.GITHUB_TOKEN = token;
      return e;
    },

    async createRepo(fullName: string, o: CreateRepoOptions = {}) {
      if (!NAME.test(fullName)) throw new Error(`local-github: bad repository name ${fullName}`);
      if (hub.store.repo(fullName)) throw new Error(`local-github: ${fullName} already exists`);
      const [owner, name] = fullName.split('/');
      const defaultBranch = o.defaultBranch ?? 'main';
      await hub.git.init(fullName, defaultBranch);
      hub.store.repos.set(fullName.toLowerCase(), {
        id: hub.store.nextId('repo'),
        owner,
        name,
        fullName,
        private: !!o.private,
        defaultBranch,
        immutableReleases: !!o.immutableReleases,
        archived: !!o.archived,
        createdAt: new Date(),
        releases: new Map(),
        latestId: null,
        assets: new Map(),
        issues: new Map(),
        labels: new Map(),
        dispatches: [],
        nextNumber: 1,
      });
    },

    /** `oldName` now redirects to the existing `newName` (routes/renamed.ts): a renamed or transferred repository. */
    renameRepo(oldName: string, newName: string) {
      mustRepo(newName);
      hub.renames.set(oldName.toLowerCase(), newName);
    },

    token(o?: TokenOptions) {
      return hub.tokens.issue(o);
    },

    gitUrl(fullName: string) {
      return `${hub.url}/${fullName}.git`;
    },

    async commit(fullName: string, o: CommitOptions) {
      const repo = mustRepo(fullName);
      const branch = o.branch ?? repo.defaultBranch;
      return hub.git.lock(repo.fullName, () =>
        hub.git.commit(repo.fullName, hub.tmpDir, {
          branch,
          files: o.files,
          message: o.message ?? `Update ${Object.keys(o.files).join(', ') || 'nothing'}`,
          parent: o.parent,
          date: o.date,
        }),
      );
    },

    async tag(fullName: string, tag: string, o: TagOptions = {}) {
      const repo = mustRepo(fullName);
      await hub.git.lock(repo.fullName, async () => {
        const sha = await hub.git.resolve(repo.fullName, o.sha ?? `refs/heads/${repo.defaultBranch}`);
        if (!sha) throw new Error(`local-github: tag(${fullName}, ${tag}): ${o.sha ?? repo.defaultBranch} not found`);
        await hub.git.tag(repo.fullName, tag, sha, o);
      });
    },

    state: {
      releases(fullName: string): Release[] {
        const repo = mustRepo(fullName);
        return [...repo.releases.values()].sort((a, b) => b.id - a.id).map((r) => releaseJson(hub, repo, r) as unknown as Release);
      },
      assets(fullName: string): Asset[] {
        const repo = mustRepo(fullName);
        return [...repo.assets.values()].sort((a, b) => a.id - b.id).map((a) => assetJson(hub, repo, a) as unknown as Asset);
      },
      dispatches(fullName: string) {
        return mustRepo(fullName).dispatches;
      },
      pulls(fullName: string): Pull[] {
        // Synchronous view: head/base SHAs are the last ones rendered (see pullsAsync for live ones).
        const repo = mustRepo(fullName);
        return [...repo.issues.values()]
          .filter((i) => i.pull)
          .map((i) => {
            const p = i.pull as NonNullable<typeof i.pull> & { headSha?: string; baseSha?: string };
            const issue = issueJson(hub, repo, i);
            return {
              ...issue,
              head: { ref: p.head, sha: p.headSha ?? '', label: `${repo.owner}:${p.head}` },
              base: { ref: p.base, sha: p.baseSha ?? '' },
            } as unknown as Pull;
          });
      },
      issues(fullName: string): Issue[] {
        const repo = mustRepo(fullName);
        return [...repo.issues.values()].map((i) => issueJson(hub, repo, i) as unknown as Issue);
      },
      labels(fullName: string): Label[] {
        const repo = mustRepo(fullName);
        return [...repo.labels.values()].map((l) => labelJson(hub, repo, l) as unknown as Label);
      },
    },

    /** Pulls with live head/base SHAs read from git. */
    async pullsAsync(fullName: string): Promise<Pull[]> {
      const repo = mustRepo(fullName);
      const ctx = adminCtx();
      const out: Pull[] = [];
      for (const i of repo.issues.values()) if (i.pull) out.push((await pullJson(ctx, repo, i, true)) as unknown as Pull);
      return out;
    },

    close: dispose,
  };
  void repoJson;
  hub.admin = adminHandler(gh);
  return gh;
}
