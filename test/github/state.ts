// In-memory records behind the API (git data itself always lives in the bare repos).
export type MakeLatest = 'true' | 'false' | 'legacy';

export interface ReleaseRec {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: MakeLatest;
  immutable: boolean;
  createdAt: Date;
  publishedAt: Date | null;
  updatedAt: Date;
  author: string;
  authorId: number;
}

export interface AssetRec {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  size: number;
  digest: string | null;
  state: 'starter' | 'uploaded';
  downloadCount: number;
  createdAt: Date;
  updatedAt: Date;
  uploader: string;
  uploaderId: number;
  file: string;
}

export interface LabelRec {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface IssueRec {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: string[]; // label names (case as first created)
  user: string;
  userId: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  pull?: { head: string; base: string; draft: boolean; mergedAt: Date | null; maintainerCanModify: boolean };
}

export interface DispatchRec {
  event_type: string;
  client_payload: any;
  at: number;
}

export interface RepoRec {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  private: boolean;
  defaultBranch: string;
  immutableReleases: boolean;
  archived: boolean;
  createdAt: Date;
  releases: Map<number, ReleaseRec>;
  latestId: number | null; // explicit "latest" pointer (make_latest: true)
  assets: Map<number, AssetRec>;
  issues: Map<number, IssueRec>; // PRs share the numbering, as on GitHub
  labels: Map<string, LabelRec>; // key: lower-case name
  dispatches: DispatchRec[];
  nextNumber: number;
}

export class Store {
  repos = new Map<string, RepoRec>(); // key: lower-case full name
  private seq = { repo: 1000, release: 100000, asset: 200000, issue: 300000, label: 400000 };

  nextId(kind: keyof Store['seq']): number {
    return ++this.seq[kind];
  }

  repo(fullName: string): RepoRec | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  /** GitHub's "latest": the explicit pointer if still eligible, else newest eligible not opted out, else newest eligible. */
  latest(repo: RepoRec): ReleaseRec | null {
    const eligible = [...repo.releases.values()].filter((r) => !r.draft && !r.prerelease);
    if (!eligible.length) return null;
    const ptr = repo.latestId !== null ? repo.releases.get(repo.latestId) : undefined;
    if (ptr && !ptr.draft && !ptr.prerelease) return ptr;
    const newest = (xs: ReleaseRec[]) => xs.sort(byNewest)[0];
    return newest(eligible.filter((r) => r.makeLatest !== 'false')) ?? newest(eligible);
  }
}

export function byNewest(a: { createdAt: Date; id: number }, b: { createdAt: Date; id: number }) {
  return b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;
}
