// Releases: list/latest/by tag/by id, create (tag created in the bare repo when published),
// update, delete, generated notes. As on GitHub, only a *published* release claims its tag: any
// number of drafts may share one tag name, and publishing (POST with draft false, or PATCH
// draft: false) meets 422 `already_exists` when another published release has that tag.
// Creation and updates are serialized per repository, so concurrent publishers of one tag see
// exactly one winner.
import { HttpError, bool, canWrite, errorBody, notFound, paginate, readJson, repoFrom, sendJson, validationFailed, type Ctx } from '../http.js';
import { releaseJson } from '../render.js';
import type { Router } from '../router.js';
import { byNewest, type MakeLatest, type ReleaseRec, type RepoRec } from '../state.js';
import { rm } from 'node:fs/promises';

function visible(ctx: Ctx, repo: RepoRec, r: ReleaseRec) {
  return !r.draft || canWrite(ctx, repo); // drafts are seen only by those who can push
}

function releaseById(ctx: Ctx, repo: RepoRec): ReleaseRec {
  const r = repo.releases.get(Number(ctx.params.id));
  if (!r || !visible(ctx, repo, r)) throw notFound();
  return r;
}

/** The published release (other than `except`) that holds `tag`, if any. Drafts hold no tag. */
function publishedWithTag(repo: RepoRec, tag: string, except?: number): ReleaseRec | undefined {
  return [...repo.releases.values()].find((x) => !x.draft && x.id !== except && x.tagName === tag);
}

const tagTaken = () => validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });

function parseMakeLatest(v: unknown): MakeLatest {
  if (v === undefined || v === null) return 'true';
  const s = String(v);
  if (s === 'true' || s === 'false' || s === 'legacy') return s;
  throw validationFailed({ resource: 'Release', code: 'invalid', field: 'make_latest' });
}

/** Commit-ish → sha, or a 422 naming target_commitish. */
async function resolveTarget(ctx: Ctx, repo: RepoRec, target: string): Promise<string> {
  const sha = await ctx.hub.git.resolve(repo.fullName, target.startsWith('refs/') ? target : target);
  if (!sha) {
    const anyRef = (await ctx.hub.git.refs(repo.fullName)).length;
    if (!anyRef) throw unprocessableEmpty();
    throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
  }
  return sha;
}

const unprocessableEmpty = () => new HttpError(422, errorBody(422, 'Repository is empty.'));

/** Create the lightweight tag a published release needs, unless it already exists. */
async function ensureTag(ctx: Ctx, repo: RepoRec, tag: string, target: string) {
  if (await ctx.hub.git.ref(repo.fullName, `refs/tags/${tag}`)) return;
  const sha = await resolveTarget(ctx, repo, target);
  await ctx.hub.git.updateRef(repo.fullName, `refs/tags/${tag}`, sha);
}

/** "What's Changed" from the commits since the previous release's tag (GitHub lists PRs; we list commits). */
export async function generateNotes(ctx: Ctx, repo: RepoRec, tag: string, target: string, previous?: string) {
  const git = ctx.hub.git;
  const head = (await git.resolve(repo.fullName, `refs/tags/${tag}`)) ?? (await git.resolve(repo.fullName, target));
  if (!head) throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
  let prev = previous;
  if (!prev) {
    const candidates = [...repo.releases.values()].filter((r) => !r.draft && !r.prerelease && r.tagName !== tag).sort(byNewest);
    for (const c of candidates) {
      const sha = await git.resolve(repo.fullName, `refs/tags/${c.tagName}`);
      if (sha && sha !== head && (await git.isAncestor(repo.fullName, sha, head))) {
        prev = c.tagName;
        break;
      }
    }
  }
  const prevSha = prev ? await git.resolve(repo.fullName, `refs/tags/${prev}`) : null;
  if (prev && !prevSha) throw validationFailed({ resource: 'Release', code: 'invalid', field: 'previous_tag_name' });
  const commits = await git.log(repo.fullName, prevSha ? [`${prevSha}..${head}`] : [head], { max: 100 });
  const login = ctx.auth.token?.login ?? 'ghost';
  const lines = commits.map((c) => `* ${c.message.split('\n')[0]} by @${login} in ${c.sha.slice(0, 7)}`);
  const html = `${ctx.hub.url}/${repo.fullName}`;
  const full = prev ? `${html}/compare/${prev}...${tag}` : `${html}/commits/${tag}`;
  const body = `## What's Changed\n${lines.join('\n')}\n\n\n**Full Changelog**: ${full}`;
  return { name: tag, body };
}

export function registerReleases(r: Router) {
  r.on('GET', '/repos/:owner/:repo/releases', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const all = [...repo.releases.values()].filter((x) => visible(ctx, repo, x)).sort(byNewest);
    const { items, headers } = paginate(ctx, all);
    const body = items.map((x) => releaseJson(ctx.hub, repo, x));
    for (const [k, v] of Object.entries(headers)) ctx.res.setHeader(k, v);
    sendJson(ctx, 200, body);
  });

  r.on('GET', '/repos/:owner/:repo/releases/latest', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const latest = ctx.hub.store.latest(repo);
    if (!latest) throw notFound();
    sendJson(ctx, 200, releaseJson(ctx.hub, repo, latest));
  });

  r.on('GET', '/repos/:owner/:repo/releases/tags/*tag', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    // Drafts have no tag yet as far as the API is concerned: never found by tag.
    const rel = [...repo.releases.values()].find((x) => !x.draft && x.tagName === ctx.params.tag);
    if (!rel) throw notFound();
    sendJson(ctx, 200, releaseJson(ctx.hub, repo, rel));
  });

  r.on('POST', '/repos/:owner/:repo/releases/generate-notes', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const body = await readJson(ctx);
    if (!body.tag_name || typeof body.tag_name !== 'string') throw validationFailed({ resource: 'Release', code: 'missing_field', field: 'tag_name' });
    const notes = await generateNotes(ctx, repo, body.tag_name, body.target_commitish || repo.defaultBranch, body.previous_tag_name || undefined);
    sendJson(ctx, 200, notes);
  });

  r.on('GET', '/repos/:owner/:repo/releases/:id', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    sendJson(ctx, 200, releaseJson(ctx.hub, repo, releaseById(ctx, repo)));
  });

  r.on('POST', '/repos/:owner/:repo/releases', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const body = await readJson(ctx);
    const tag = body.tag_name;
    if (typeof tag !== 'string' || !tag) throw validationFailed({ resource: 'Release', code: 'missing_field', field: 'tag_name' });
    const draft = bool(body.draft, false);
    const prerelease = bool(body.prerelease, false);
    const makeLatest = parseMakeLatest(body.make_latest);
    const target = typeof body.target_commitish === 'string' && body.target_commitish ? body.target_commitish : repo.defaultBranch;
    const t = ctx.auth.token!;
    const rel = await ctx.hub.git.lock(repo.fullName, async () => {
      if (!draft && publishedWithTag(repo, tag)) throw tagTaken();
      if (!draft) await ensureTag(ctx, repo, tag, target);
      else if (!(await ctx.hub.git.ref(repo.fullName, `refs/tags/${tag}`))) await resolveTarget(ctx, repo, target);
      let name: string | null = typeof body.name === 'string' ? body.name : null;
      let text: string | null = typeof body.body === 'string' ? body.body : null;
      if (bool(body.generate_release_notes, false)) {
        const notes = await generateNotes(ctx, repo, tag, target);
        if (!name) name = notes.name;
        text = text ? `${text}\n\n${notes.body}` : notes.body;
      }
      const now = new Date();
      const rec: ReleaseRec = {
        id: ctx.hub.store.nextId('release'),
        tagName: tag,
        targetCommitish: target,
        name,
        body: text,
        draft,
        prerelease,
        makeLatest,
        immutable: !draft && repo.immutableReleases,
        createdAt: now,
        publishedAt: draft ? null : now,
        updatedAt: now,
        author: t.login,
        authorId: t.id,
      };
      repo.releases.set(rec.id, rec);
      if (!draft && !prerelease) markLatest(repo, rec);
      return rec;
    });
    sendJson(ctx, 201, releaseJson(ctx.hub, repo, rel), { location: `${ctx.hub.apiUrl}/repos/${repo.fullName}/releases/${rel.id}` });
  });

  r.on('PATCH', '/repos/:owner/:repo/releases/:id', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const rel = releaseById(ctx, repo);
    const body = await readJson(ctx);
    await ctx.hub.git.lock(repo.fullName, async () => {
      if (rel.immutable && body.tag_name !== undefined && body.tag_name !== rel.tagName) {
        throw new HttpError(422, errorBody(422, 'Cannot change the tag of an immutable release.'));
      }
      // Validate before changing anything: a refused update changes nothing.
      const tag = typeof body.tag_name === 'string' && body.tag_name ? body.tag_name : rel.tagName;
      const published = body.draft === undefined ? !rel.draft : !bool(body.draft, rel.draft);
      if (published && publishedWithTag(repo, tag, rel.id)) throw tagTaken();
      const makeLatest = body.make_latest !== undefined ? parseMakeLatest(body.make_latest) : undefined;
      rel.tagName = tag;
      if (typeof body.target_commitish === 'string' && body.target_commitish) rel.targetCommitish = body.target_commitish;
      if (body.name !== undefined) rel.name = body.name;
      if (body.body !== undefined) rel.body = body.body;
      if (body.prerelease !== undefined) rel.prerelease = bool(body.prerelease, rel.prerelease);
      if (makeLatest) rel.makeLatest = makeLatest;
      const publish = body.draft !== undefined && rel.draft && !bool(body.draft, true);
      if (body.draft !== undefined && !rel.draft && bool(body.draft, false)) rel.draft = true;
      if (publish || !rel.draft) await ensureTag(ctx, repo, rel.tagName, rel.targetCommitish);
      if (publish) {
        rel.draft = false;
        rel.publishedAt = new Date();
        rel.immutable = repo.immutableReleases;
      }
      rel.updatedAt = new Date();
      if (!rel.draft && !rel.prerelease && (publish || body.make_latest !== undefined)) markLatest(repo, rel);
    });
    sendJson(ctx, 200, releaseJson(ctx.hub, repo, rel));
  });

  r.on('DELETE', '/repos/:owner/:repo/releases/:id', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const rel = releaseById(ctx, repo);
    repo.releases.delete(rel.id);
    if (repo.latestId === rel.id) repo.latestId = null;
    for (const a of [...repo.assets.values()].filter((a) => a.releaseId === rel.id)) {
      repo.assets.delete(a.id);
      await rm(a.file, { force: true });
    }
    sendJson(ctx, 204, undefined);
  });
}

/** make_latest semantics: true → becomes latest; legacy → latest only if newest by date; false → unchanged. */
function markLatest(repo: RepoRec, rel: ReleaseRec) {
  if (rel.makeLatest === 'true') repo.latestId = rel.id;
  else if (rel.makeLatest === 'legacy') {
    const cur = repo.latestId !== null ? repo.releases.get(repo.latestId) : undefined;
    if (!cur || byNewest(rel, cur) <= 0) repo.latestId = rel.id;
  }
}
