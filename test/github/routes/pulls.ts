// Pull requests over branches of the same repository. PRs are issues too (shared numbering,
// labels via the issues endpoints), as on GitHub.
import { EMPTY_TREE } from '../git.js';
import { bool, notFound, paginate, readJson, repoFrom, sendJson, unprocessable, validationFailed, iso, type Ctx } from '../http.js';
import { issueLabels, repoJson, userJson, ownerJson } from '../render.js';
import type { Router } from '../router.js';
import type { IssueRec, RepoRec } from '../state.js';

type PullState = NonNullable<IssueRec['pull']> & { headSha?: string; baseSha?: string };

async function shas(ctx: Ctx, repo: RepoRec, i: IssueRec) {
  const p = i.pull as PullState;
  const g = ctx.hub.git;
  // Keep the last known SHAs so a PR whose branch was deleted still renders.
  p.headSha = (await g.resolve(repo.fullName, `refs/heads/${p.head}`)) ?? p.headSha ?? EMPTY_TREE;
  p.baseSha = (await g.resolve(repo.fullName, `refs/heads/${p.base}`)) ?? p.baseSha ?? EMPTY_TREE;
  return { head: p.headSha, base: p.baseSha };
}

export async function pullJson(ctx: Ctx, repo: RepoRec, i: IssueRec, full: boolean) {
  const hub = ctx.hub;
  const p = i.pull!;
  const { head, base } = await shas(ctx, repo, i);
  const api = `${hub.apiUrl}/repos/${repo.fullName}`;
  const html = `${hub.url}/${repo.fullName}/pull/${i.number}`;
  const owner = ownerJson(hub, repo);
  const rj = repoJson(hub, repo);
  const out: Record<string, unknown> = {
    url: `${api}/pulls/${i.number}`,
    id: i.id,
    node_id: Buffer.from(`0:PullRequest${i.id}`).toString('base64'),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${i.number}`,
    number: i.number,
    state: i.state,
    locked: false,
    title: i.title,
    user: userJson(hub, i.user, i.userId),
    body: i.body,
    created_at: iso(i.createdAt),
    updated_at: iso(i.updatedAt),
    closed_at: iso(i.closedAt),
    merged_at: iso(p.mergedAt),
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: issueLabels(hub, repo, i),
    milestone: null,
    draft: p.draft,
    commits_url: `${api}/pulls/${i.number}/commits`,
    review_comments_url: `${api}/pulls/${i.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${i.number}/comments`,
    statuses_url: `${api}/statuses/${head}`,
    head: { label: `${repo.owner}:${p.head}`, ref: p.head, sha: head, user: owner, repo: rj },
    base: { label: `${repo.owner}:${p.base}`, ref: p.base, sha: base, user: owner, repo: rj },
    _links: {
      self: { href: `${api}/pulls/${i.number}` },
      html: { href: html },
      issue: { href: `${api}/issues/${i.number}` },
      comments: { href: `${api}/issues/${i.number}/comments` },
      review_comments: { href: `${api}/pulls/${i.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${i.number}/commits` },
      statuses: { href: `${api}/statuses/${head}` },
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    active_lock_reason: null,
  };
  if (full) {
    const g = hub.git;
    const mb = head !== EMPTY_TREE && base !== EMPTY_TREE ? await g.mergeBase(repo.fullName, base, head) : null;
    const files = mb ? await g.diff(repo.fullName, mb, head) : [];
    Object.assign(out, {
      merged: !!p.mergedAt,
      mergeable: i.state === 'open' ? true : null,
      rebaseable: i.state === 'open' ? true : null,
      mergeable_state: i.state === 'open' ? 'clean' : 'unknown',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: p.maintainerCanModify,
      commits: mb ? await g.countRange(repo.fullName, `${base}..${head}`) : 0,
      additions: files.reduce((s, f) => s + f.additions, 0),
      deletions: files.reduce((s, f) => s + f.deletions, 0),
      changed_files: files.length,
    });
  }
  return out;
}

function findPull(repo: RepoRec, n: string): IssueRec {
  const i = repo.issues.get(Number(n));
  if (!i || !i.pull) throw notFound();
  return i;
}

/** "owner:branch" or "branch"; another owner means a fork, which this stand-in does not model. */
function headBranch(repo: RepoRec, head: string): string | null {
  const c = head.indexOf(':');
  if (c < 0) return head;
  return head.slice(0, c).toLowerCase() === repo.owner.toLowerCase() ? head.slice(c + 1) : null;
}

export function registerPulls(r: Router) {
  r.on('GET', '/repos/:owner/:repo/pulls', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    let pulls = [...repo.issues.values()].filter((i) => i.pull);
    if (state !== 'all') pulls = pulls.filter((i) => i.state === state);
    if (head) {
      const b = headBranch(repo, head);
      pulls = pulls.filter((i) => b !== null && i.pull!.head === b);
    }
    if (base) pulls = pulls.filter((i) => i.pull!.base === base);
    const desc = (ctx.query.get('direction') ?? 'desc') === 'desc';
    pulls.sort((a, b) => (desc ? b.number - a.number : a.number - b.number));
    const { items, headers } = paginate(ctx, pulls);
    sendJson(ctx, 200, await Promise.all(items.map((i) => pullJson(ctx, repo, i, false))), headers);
  });

  r.on('GET', '/repos/:owner/:repo/pulls/:number', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    sendJson(ctx, 200, await pullJson(ctx, repo, findPull(repo, ctx.params.number), true));
  });

  r.on('POST', '/repos/:owner/:repo/pulls', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const body = await readJson(ctx);
    if (typeof body.head !== 'string' || !body.head) throw validationFailed({ resource: 'PullRequest', code: 'missing_field', field: 'head' });
    if (typeof body.base !== 'string' || !body.base) throw validationFailed({ resource: 'PullRequest', code: 'missing_field', field: 'base' });
    if (typeof body.title !== 'string' && body.issue === undefined) throw validationFailed({ resource: 'PullRequest', code: 'missing_field', field: 'title' });
    const t = ctx.auth.token!;
    const g = ctx.hub.git;
    const i = await g.lock(repo.fullName, async () => {
      const branch = headBranch(repo, body.head);
      const headSha = branch ? await g.resolve(repo.fullName, `refs/heads/${branch}`) : null;
      if (!branch || !headSha) throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
      const baseSha = await g.resolve(repo.fullName, `refs/heads/${body.base}`);
      if (!baseSha) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
      const open = [...repo.issues.values()].find((x) => x.pull && x.state === 'open' && x.pull.head === branch && x.pull.base === body.base);
      if (open) throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${branch}.` });
      if ((await g.countRange(repo.fullName, `${baseSha}..${headSha}`)) === 0) {
        throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `No commits between ${body.base} and ${branch}` });
      }
      const now = new Date();
      const rec: IssueRec = {
        id: ctx.hub.store.nextId('issue'),
        number: repo.nextNumber++,
        title: body.title ?? '',
        body: typeof body.body === 'string' ? body.body : null,
        state: 'open',
        labels: [],
        user: t.login,
        userId: t.id,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        pull: { head: branch, base: body.base, draft: bool(body.draft, false), mergedAt: null, maintainerCanModify: bool(body.maintainer_can_modify, true) },
      };
      repo.issues.set(rec.number, rec);
      return rec;
    });
    sendJson(ctx, 201, await pullJson(ctx, repo, i, true), { location: `${ctx.hub.apiUrl}/repos/${repo.fullName}/pulls/${i.number}` });
  });

  r.on('PATCH', '/repos/:owner/:repo/pulls/:number', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const i = findPull(repo, ctx.params.number);
    const body = await readJson(ctx);
    if (typeof body.title === 'string') i.title = body.title;
    if (body.body !== undefined) i.body = body.body;
    if (typeof body.base === 'string' && body.base !== i.pull!.base) {
      if (!(await ctx.hub.git.resolve(repo.fullName, `refs/heads/${body.base}`))) {
        throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
      }
      i.pull!.base = body.base;
    }
    if (body.state === 'closed' && i.state === 'open') {
      i.state = 'closed';
      i.closedAt = new Date();
    } else if (body.state === 'open' && i.state === 'closed') {
      const dup = [...repo.issues.values()].find(
        (x) => x !== i && x.pull && x.state === 'open' && x.pull.head === i.pull!.head && x.pull.base === i.pull!.base,
      );
      if (dup) throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${i.pull!.head}.` });
      i.state = 'open';
      i.closedAt = null;
    } else if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
      throw unprocessable('Validation Failed', { errors: [{ resource: 'PullRequest', code: 'invalid', field: 'state' }] });
    }
    if (body.maintainer_can_modify !== undefined) i.pull!.maintainerCanModify = bool(body.maintainer_can_modify, true);
    i.updatedAt = new Date();
    sendJson(ctx, 200, await pullJson(ctx, repo, i, true));
  });
}
