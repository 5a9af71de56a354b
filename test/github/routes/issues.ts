// Issues and labels. Labels named on an issue are created on the fly when missing, as GitHub does.
import { HttpError, errorBody, notFound, paginate, readJson, repoFrom, sendJson, validationFailed, type Ctx } from '../http.js';
import { issueJson, issueLabels, labelJson } from '../render.js';
import type { Router } from '../router.js';
import type { IssueRec, LabelRec, RepoRec } from '../state.js';

const DEFAULT_COLOR = 'ededed';

function ensureLabel(ctx: Ctx, repo: RepoRec, name: string): LabelRec {
  const key = name.toLowerCase();
  let l = repo.labels.get(key);
  if (!l) {
    l = { id: ctx.hub.store.nextId('label'), name, color: DEFAULT_COLOR, description: null, default: false };
    repo.labels.set(key, l);
  }
  return l;
}

function labelNames(body: unknown): string[] {
  // POST /issues/{n}/labels takes {labels: [...]}, a bare array, or [{name}] objects.
  const list = Array.isArray(body) ? body : body && typeof body === 'object' ? (body as { labels?: unknown }).labels : undefined;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw validationFailed({ resource: 'Label', code: 'invalid', field: 'labels' });
  return list.map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? String((x as { name?: unknown }).name ?? '') : String(x))).filter(Boolean);
}

function addLabels(ctx: Ctx, repo: RepoRec, i: IssueRec, names: string[]) {
  for (const n of names) {
    const l = ensureLabel(ctx, repo, n);
    if (!i.labels.some((x) => x.toLowerCase() === l.name.toLowerCase())) i.labels.push(l.name);
  }
  i.updatedAt = new Date();
}

function findIssue(repo: RepoRec, n: string): IssueRec {
  const i = repo.issues.get(Number(n));
  if (!i) throw notFound();
  return i;
}

export function registerIssues(r: Router) {
  r.on('GET', '/repos/:owner/:repo/issues', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const state = ctx.query.get('state') ?? 'open';
    const labels = (ctx.query.get('labels') ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    let list = [...repo.issues.values()];
    if (state !== 'all') list = list.filter((i) => i.state === state);
    if (labels.length) list = list.filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)));
    const desc = (ctx.query.get('direction') ?? 'desc') === 'desc';
    list.sort((a, b) => (desc ? b.number - a.number : a.number - b.number));
    const { items, headers } = paginate(ctx, list);
    sendJson(
      ctx,
      200,
      items.map((i) => issueJson(ctx.hub, repo, i)),
      headers,
    );
  });

  r.on('GET', '/repos/:owner/:repo/issues/:number', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    sendJson(ctx, 200, issueJson(ctx.hub, repo, findIssue(repo, ctx.params.number)));
  });

  r.on('POST', '/repos/:owner/:repo/issues', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const body = await readJson(ctx);
    if (body.title === undefined || body.title === null || body.title === '') {
      throw validationFailed({ resource: 'Issue', code: 'missing_field', field: 'title' });
    }
    const t = ctx.auth.token!;
    const now = new Date();
    const i: IssueRec = {
      id: ctx.hub.store.nextId('issue'),
      number: repo.nextNumber++,
      title: String(body.title),
      body: typeof body.body === 'string' ? body.body : null,
      state: 'open',
      labels: [],
      user: t.login,
      userId: t.id,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    addLabels(ctx, repo, i, labelNames({ labels: body.labels }));
    repo.issues.set(i.number, i);
    sendJson(ctx, 201, issueJson(ctx.hub, repo, i), { location: `${ctx.hub.apiUrl}/repos/${repo.fullName}/issues/${i.number}` });
  });

  r.on('PATCH', '/repos/:owner/:repo/issues/:number', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const i = findIssue(repo, ctx.params.number);
    const body = await readJson(ctx);
    if (typeof body.title === 'string') i.title = body.title;
    if (body.body !== undefined) i.body = body.body;
    if (body.state === 'closed' && i.state === 'open') {
      i.state = 'closed';
      i.closedAt = new Date();
    } else if (body.state === 'open') {
      i.state = 'open';
      i.closedAt = null;
    }
    if (body.labels !== undefined) {
      i.labels = [];
      addLabels(ctx, repo, i, labelNames({ labels: body.labels }));
    }
    i.updatedAt = new Date();
    sendJson(ctx, 200, issueJson(ctx.hub, repo, i));
  });

  r.on('GET', '/repos/:owner/:repo/issues/:number/labels', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const { items, headers } = paginate(ctx, issueLabels(ctx.hub, repo, findIssue(repo, ctx.params.number)));
    sendJson(ctx, 200, items, headers);
  });

  r.on('POST', '/repos/:owner/:repo/issues/:number/labels', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const i = findIssue(repo, ctx.params.number);
    addLabels(ctx, repo, i, labelNames(await readJson(ctx)));
    sendJson(ctx, 200, issueLabels(ctx.hub, repo, i));
  });

  r.on('PUT', '/repos/:owner/:repo/issues/:number/labels', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const i = findIssue(repo, ctx.params.number);
    const names = labelNames(await readJson(ctx));
    i.labels = [];
    addLabels(ctx, repo, i, names);
    sendJson(ctx, 200, issueLabels(ctx.hub, repo, i));
  });

  r.on('DELETE', '/repos/:owner/:repo/issues/:number/labels/:name', (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const i = findIssue(repo, ctx.params.number);
    const before = i.labels.length;
    i.labels = i.labels.filter((x) => x.toLowerCase() !== ctx.params.name.toLowerCase());
    if (i.labels.length === before) throw new HttpError(404, errorBody(404, 'Label does not exist'));
    sendJson(ctx, 200, issueLabels(ctx.hub, repo, i));
  });

  r.on('GET', '/repos/:owner/:repo/labels', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const { items, headers } = paginate(
      ctx,
      [...repo.labels.values()].sort((a, b) => a.id - b.id),
    );
    sendJson(
      ctx,
      200,
      items.map((l) => labelJson(ctx.hub, repo, l)),
      headers,
    );
  });

  r.on('GET', '/repos/:owner/:repo/labels/:name', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const l = repo.labels.get(ctx.params.name.toLowerCase());
    if (!l) throw notFound();
    sendJson(ctx, 200, labelJson(ctx.hub, repo, l));
  });

  r.on('POST', '/repos/:owner/:repo/labels', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const body = await readJson(ctx);
    if (typeof body.name !== 'string' || !body.name) throw validationFailed({ resource: 'Label', code: 'missing_field', field: 'name' });
    const color = typeof body.color === 'string' ? body.color.replace(/^#/, '') : DEFAULT_COLOR;
    if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed({ resource: 'Label', code: 'invalid', field: 'color' });
    if (repo.labels.has(body.name.toLowerCase())) throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
    const l: LabelRec = {
      id: ctx.hub.store.nextId('label'),
      name: body.name,
      color: color.toLowerCase(),
      description: typeof body.description === 'string' ? body.description : null,
      default: false,
    };
    repo.labels.set(l.name.toLowerCase(), l);
    sendJson(ctx, 201, labelJson(ctx.hub, repo, l), { location: `${ctx.hub.apiUrl}/repos/${repo.fullName}/labels/${encodeURIComponent(l.name)}` });
  });
}
