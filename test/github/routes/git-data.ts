// Git data read straight from the bare repositories: refs (get, match, create, move, delete),
// tags, branches, commits and compare. A push is therefore visible here at once.
import { git, EMPTY_TREE, type CommitInfo } from '../git.js';
import { HttpError, bool, errorBody, linkHeader, notFound, pageParams, paginate, readJson, repoFrom, sendJson, unprocessable, type Ctx } from '../http.js';
import { commitJson, diffEntryJson, refJson } from '../render.js';
import type { Router } from '../router.js';
import type { RepoRec } from '../state.js';

const FILES_CAP = 300;
const emptyRepo = () => new HttpError(409, errorBody(409, 'Git Repository is empty.'));

async function assertNotEmpty(ctx: Ctx, repo: RepoRec) {
  if (!(await ctx.hub.git.refs(repo.fullName)).length) throw emptyRepo();
}

async function refsJson(ctx: Ctx, repo: RepoRec, prefix: string) {
  const refs = await ctx.hub.git.refs(repo.fullName, prefix);
  return refs.map((r) => refJson(ctx.hub, repo, r.ref, r.sha, r.type));
}

async function commitOr422(ctx: Ctx, repo: RepoRec, ref: string): Promise<CommitInfo> {
  const sha = await ctx.hub.git.resolve(repo.fullName, ref);
  const c = sha && (await ctx.hub.git.commitInfo(repo.fullName, sha));
  if (!c) throw unprocessable(`No commit found for SHA: ${ref}`);
  return c;
}

/** "owner:ref" in compare means a ref of that owner's fork; only same-repo forms are served. */
function stripOwner(repo: RepoRec, spec: string): string {
  const i = spec.indexOf(':');
  if (i < 0) return spec;
  const owner = spec.slice(0, i);
  if (owner.toLowerCase() !== repo.owner.toLowerCase()) throw notFound();
  return spec.slice(i + 1);
}

export function registerGitData(r: Router) {
  r.on('GET', '/repos/:owner/:repo/git/ref/*ref', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    await assertNotEmpty(ctx, repo);
    const full = `refs/${ctx.params.ref}`;
    const ref = await ctx.hub.git.ref(repo.fullName, full);
    if (!ref) throw notFound();
    sendJson(ctx, 200, refJson(ctx.hub, repo, ref.ref, ref.sha, ref.type));
  });

  // Legacy form: exact match → object, otherwise the prefix matches as an array.
  r.on('GET', '/repos/:owner/:repo/git/refs/*ref', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    await assertNotEmpty(ctx, repo);
    const full = `refs/${ctx.params.ref}`;
    const all = await refsJson(ctx, repo, full);
    const exact = all.find((x) => x.ref === full);
    if (exact) return sendJson(ctx, 200, exact);
    if (!all.length) throw notFound();
    sendJson(ctx, 200, all);
  });

  r.on('GET', '/repos/:owner/:repo/git/refs', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    await assertNotEmpty(ctx, repo);
    const { items, headers } = paginate(ctx, await refsJson(ctx, repo, 'refs/'));
    sendJson(ctx, 200, items, headers);
  });

  const matching = async (ctx: Ctx) => {
    const repo = repoFrom(ctx, 'read');
    await assertNotEmpty(ctx, repo);
    // A plain string prefix, not a path prefix: tags/v1 matches v1.0 and v10.
    sendJson(ctx, 200, await refsJson(ctx, repo, `refs/${ctx.params.ref ?? ''}`));
  };
  r.on('GET', '/repos/:owner/:repo/git/matching-refs/*ref', matching);
  r.on('GET', '/repos/:owner/:repo/git/matching-refs', matching);

  r.on('POST', '/repos/:owner/:repo/git/refs', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const body = await readJson(ctx);
    const ref = body.ref;
    const sha = body.sha;
    if (typeof ref !== 'string' || !/^refs\/[^/]+\/.+/.test(ref)) {
      throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
    }
    const valid = await git(ctx.hub.git.dir(repo.fullName), ['check-ref-format', ref], { allowFail: true });
    if (valid.code !== 0) throw unprocessable(`${ref} is not a valid ref name.`);
    if (typeof sha !== 'string' || !(await ctx.hub.git.objectType(repo.fullName, sha))) throw unprocessable('Object does not exist');
    const out = await ctx.hub.git.lock(repo.fullName, async () => {
      if (await ctx.hub.git.ref(repo.fullName, ref)) throw unprocessable('Reference already exists');
      await ctx.hub.git.updateRef(repo.fullName, ref, sha, '0'.repeat(40));
      return (await ctx.hub.git.ref(repo.fullName, ref))!;
    });
    sendJson(ctx, 201, refJson(ctx.hub, repo, out.ref, out.sha, out.type), { location: `${ctx.hub.apiUrl}/repos/${repo.fullName}/git/${ref}` });
  });

  r.on('PATCH', '/repos/:owner/:repo/git/refs/*ref', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const body = await readJson(ctx);
    const full = `refs/${ctx.params.ref}`;
    const sha = body.sha;
    const out = await ctx.hub.git.lock(repo.fullName, async () => {
      const cur = await ctx.hub.git.ref(repo.fullName, full);
      if (!cur) throw unprocessable('Reference does not exist');
      if (typeof sha !== 'string' || !(await ctx.hub.git.objectType(repo.fullName, sha))) throw unprocessable('Object does not exist');
      if (!bool(body.force, false) && !(await ctx.hub.git.isAncestor(repo.fullName, cur.sha, sha))) {
        throw unprocessable('Update is not a fast forward');
      }
      await ctx.hub.git.updateRef(repo.fullName, full, sha, cur.sha);
      return (await ctx.hub.git.ref(repo.fullName, full))!;
    });
    sendJson(ctx, 200, refJson(ctx.hub, repo, out.ref, out.sha, out.type));
  });

  r.on('DELETE', '/repos/:owner/:repo/git/refs/*ref', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const full = `refs/${ctx.params.ref}`;
    await ctx.hub.git.lock(repo.fullName, async () => {
      if (!(await ctx.hub.git.ref(repo.fullName, full))) throw unprocessable('Reference does not exist');
      await ctx.hub.git.deleteRef(repo.fullName, full);
    });
    sendJson(ctx, 204, undefined);
  });

  r.on('GET', '/repos/:owner/:repo/tags', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const tags = (await ctx.hub.git.refs(repo.fullName, 'refs/tags/'))
      .map((t) => ({ name: t.ref.slice('refs/tags/'.length), sha: t.peeled }))
      .sort((a, b) => b.name.localeCompare(a.name, 'en', { numeric: true }));
    const api = `${ctx.hub.apiUrl}/repos/${repo.fullName}`;
    const { items, headers } = paginate(ctx, tags);
    sendJson(
      ctx,
      200,
      items.map((t) => ({
        name: t.name,
        zipball_url: `${api}/zipball/refs/tags/${encodeURIComponent(t.name)}`,
        tarball_url: `${api}/tarball/refs/tags/${encodeURIComponent(t.name)}`,
        commit: { sha: t.sha, url: `${api}/commits/${t.sha}` },
        node_id: Buffer.from(`0:Tag${repo.id}:${t.name}`).toString('base64'),
      })),
      headers,
    );
  });

  r.on('GET', '/repos/:owner/:repo/branches', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const api = `${ctx.hub.apiUrl}/repos/${repo.fullName}`;
    const heads = (await ctx.hub.git.refs(repo.fullName, 'refs/heads/')).map((h) => ({
      name: h.ref.slice('refs/heads/'.length),
      commit: { sha: h.sha, url: `${api}/commits/${h.sha}` },
      protected: false,
    }));
    const { items, headers } = paginate(ctx, heads);
    sendJson(ctx, 200, items, headers);
  });

  r.on('GET', '/repos/:owner/:repo/branches/*branch', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const name = ctx.params.branch;
    const head = await ctx.hub.git.ref(repo.fullName, `refs/heads/${name}`);
    if (!head) throw new HttpError(404, errorBody(404, 'Branch not found'));
    const c = (await ctx.hub.git.commitInfo(repo.fullName, head.sha))!;
    const api = `${ctx.hub.apiUrl}/repos/${repo.fullName}`;
    sendJson(ctx, 200, {
      name,
      commit: commitJson(ctx.hub, repo, c),
      _links: { self: `${api}/branches/${name}`, html: `${ctx.hub.url}/${repo.fullName}/tree/${name}` },
      protected: false,
      protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
      protection_url: `${api}/branches/${name}/protection`,
    });
  });

  r.on('GET', '/repos/:owner/:repo/commits', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    await assertNotEmpty(ctx, repo);
    const shaParam = ctx.query.get('sha') || repo.defaultBranch;
    const sha = await ctx.hub.git.resolve(repo.fullName, shaParam);
    if (!sha) throw notFound();
    const path = ctx.query.get('path') || undefined;
    const revs = [sha];
    const extra: string[] = [];
    if (ctx.query.get('since')) extra.push(`--since=${ctx.query.get('since')}`);
    if (ctx.query.get('until')) extra.push(`--until=${ctx.query.get('until')}`);
    const { per, page } = pageParams(ctx);
    const commits = await ctx.hub.git.log(repo.fullName, [...extra, ...revs], { max: per, skip: (page - 1) * per, path });
    const total = extra.length
      ? (await ctx.hub.git.log(repo.fullName, [...extra, ...revs], { path })).length
      : await ctx.hub.git.countRange(repo.fullName, sha, path);
    const link = linkHeader(ctx, page, per, total);
    sendJson(
      ctx,
      200,
      commits.map((c) => commitJson(ctx.hub, repo, c)),
      link ? { link } : {},
    );
  });

  r.on('GET', '/repos/:owner/:repo/commits/*ref', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    await assertNotEmpty(ctx, repo);
    const c = await commitOr422(ctx, repo, ctx.params.ref);
    const files = await ctx.hub.git.diff(repo.fullName, c.parents[0] ?? EMPTY_TREE, c.sha);
    sendJson(ctx, 200, commitJson(ctx.hub, repo, c, files.slice(0, FILES_CAP)));
  });

  r.on('GET', '/repos/:owner/:repo/compare/*basehead', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const spec = ctx.params.basehead;
    const m = /^(.+?)\.\.\.?(.+)$/.exec(spec);
    if (!m) throw notFound();
    const baseName = stripOwner(repo, m[1]);
    const headName = stripOwner(repo, m[2]);
    const g = ctx.hub.git;
    const base = await g.resolve(repo.fullName, baseName);
    const head = await g.resolve(repo.fullName, headName);
    if (!base || !head) throw notFound();
    const mb = await g.mergeBase(repo.fullName, base, head);
    if (!mb) throw notFound2(`No common ancestor between ${baseName} and ${headName}.`);
    const aheadBy = await g.countRange(repo.fullName, `${base}..${head}`);
    const behindBy = await g.countRange(repo.fullName, `${head}..${base}`);
    const status = base === head || (aheadBy === 0 && behindBy === 0) ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged';
    const paginated = ctx.query.has('page') || ctx.query.has('per_page');
    const { per, page } = paginated ? pageParams(ctx, 30, 100) : { per: 250, page: 1 };
    // Oldest first, as GitHub lists compare commits.
    const all = aheadBy ? await g.log(repo.fullName, [`${base}..${head}`], { reverse: true }) : [];
    const commits = all.slice((page - 1) * per, page * per);
    const api = `${ctx.hub.apiUrl}/repos/${repo.fullName}`;
    const html = `${ctx.hub.url}/${repo.fullName}`;
    const body: Record<string, unknown> = {
      url: `${api}/compare/${spec}`,
      html_url: `${html}/compare/${spec}`,
      permalink_url: `${html}/compare/${repo.owner}:${base.slice(0, 7)}...${repo.owner}:${head.slice(0, 7)}`,
      diff_url: `${html}/compare/${spec}.diff`,
      patch_url: `${html}/compare/${spec}.patch`,
      base_commit: commitJson(ctx.hub, repo, (await g.commitInfo(repo.fullName, base))!),
      merge_base_commit: commitJson(ctx.hub, repo, (await g.commitInfo(repo.fullName, mb))!),
      status,
      ahead_by: aheadBy,
      behind_by: behindBy,
      total_commits: aheadBy,
      commits: commits.map((c) => commitJson(ctx.hub, repo, c)),
    };
    // Files (three-dot: merge base → head), at most 300, and only on the first page when paginating.
    if (!paginated || page === 1) {
      const files = await g.diff(repo.fullName, mb, head);
      body.files = files.slice(0, FILES_CAP).map((f) => diffEntryJson(ctx.hub, repo, head, f));
    }
    const link = paginated ? linkHeader(ctx, page, per, all.length) : undefined;
    sendJson(ctx, 200, body, link ? { link } : {});
  });
}

const notFound2 = (message: string) => new HttpError(404, errorBody(404, message));
