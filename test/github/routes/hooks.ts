// Repository webhooks and their deliveries, as GitHub keeps them
// (docs.github.com/rest/repos/webhooks, /rest/repos/webhooks#list-deliveries-for-a-repository-webhook):
// - hooks are admin-only: the built-in GITHUB_TOKEN (an installation token, github-actions[bot])
//   gets 403 "Resource not accessible by integration"; a user's token must cover the repository,
//   with write to create hooks, test them and redeliver.
// - POST .../hooks/{id}/tests delivers a push event to the hook's URL (signed with its secret) and
//   records the delivery: status "OK" on 2xx, "Invalid HTTP Response: N" otherwise, and status_code
//   0 with "failed to connect" when nothing answers.
// - deliveries are listed newest first, `per_page` <= 100, paged with an opaque `cursor` given in
//   the Link header; `status=success` is 200-399 and `status=failure` 400-599 (so a status_code of 0
//   is in neither).
// - POST .../deliveries/{id}/attempts answers 202 and delivers again: a new delivery with the same
//   guid and `redelivery: true`. (GitHub delivers after answering; here it is delivered first, so
//   tests need not wait.)
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { HttpError, errorBody, forbidden, notFound, readJson, repoFrom, sendJson, validationFailed, type Ctx } from '../http.js';
import type { Router } from '../router.js';
import type { RepoRec } from '../state.js';

export interface HookRec {
  id: number;
  repo: RepoRec | null; // null for an organization hook (routes/org-hooks.ts)
  org?: { login: string; id: number };
  url: string;
  secret: string | null;
  contentType: 'json' | 'form';
  events: string[];
  active: boolean;
  createdAt: Date;
}

interface DeliveryRec {
  id: number;
  guid: string;
  hookId: number;
  deliveredAt: Date;
  redelivery: boolean;
  duration: number;
  status: string;
  statusCode: number;
  event: string;
  action: string | null;
  repositoryId: number | null;
  request: { headers: Record<string, string>; payload: unknown };
  response: { headers: Record<string, string>; payload: string | null };
  url: string;
}

interface HookStore {
  hooks: Map<number, HookRec>;
  deliveries: DeliveryRec[];
}

const stores = new WeakMap<object, HookStore>();
let nextHookId = 500_000;
export const newHookId = () => ++nextHookId;
let nextDeliveryId = 12_000_000_000;

export function storeOf(ctx: Ctx): HookStore {
  let s = stores.get(ctx.hub);
  if (!s) stores.set(ctx.hub, (s = { hooks: new Map(), deliveries: [] }));
  return s;
}

/** Admin on the repository: a user's token (never GITHUB_TOKEN), write to change anything. */
function adminRepo(ctx: Ctx, need: 'read' | 'write'): RepoRec {
  const repo = repoFrom(ctx, 'read');
  const t = ctx.auth.token;
  if (!t) throw new HttpError(401, errorBody(401, 'Requires authentication'));
  if (t.login === 'github-actions[bot]') throw forbidden('Resource not accessible by integration');
  if (need === 'write' && t.permission !== 'write') throw forbidden('Resource not accessible by personal access token');
  return repo;
}

function hookOf(ctx: Ctx, repo: RepoRec): HookRec {
  const hook = storeOf(ctx).hooks.get(Number(ctx.params.hook_id));
  if (!hook || hook.repo !== repo) throw notFound();
  return hook;
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A hook as the API shows it: repository hooks (with test_url, last_response) and organization hooks (without) have their own shapes. */
export function hookJson(ctx: Ctx, h: HookRec) {
  const base = h.org ? `${ctx.hub.apiUrl}/orgs/${h.org.login}/hooks/${h.id}` : `${ctx.hub.apiUrl}/repos/${h.repo!.fullName}/hooks/${h.id}`;
  return {
    type: h.org ? 'Organization' : 'Repository',
    id: h.id,
    name: 'web',
    active: h.active,
    events: h.events,
    config: { url: h.url, content_type: h.contentType, insecure_ssl: '0', ...(h.secret ? { secret: '********' } : {}) },
    updated_at: iso(h.createdAt),
    created_at: iso(h.createdAt),
    url: base,
    ...(h.org ? {} : { test_url: `${base}/test` }),
    ping_url: `${base}/pings`,
    deliveries_url: `${base}/deliveries`,
    ...(h.org ? {} : { last_response: { code: null, status: 'unused', message: null } }),
  };
}

function deliveryJson(d: DeliveryRec, full = false) {
  const item = {
    id: d.id,
    guid: d.guid,
    delivered_at: iso(d.deliveredAt),
    redelivery: d.redelivery,
    duration: d.duration,
    status: d.status,
    status_code: d.statusCode,
    event: d.event,
    action: d.action,
    installation_id: null,
    repository_id: d.repositoryId,
    throttled_at: null,
  };
  return full ? { ...item, url: d.url, request: d.request, response: d.response } : item;
}

/** POSTs the event to the hook's URL as GitHub does and records the delivery. */
export async function deliver(ctx: Ctx, hook: HookRec, event: string, payload: any, guid: string, redelivery: boolean): Promise<DeliveryRec> {
  const json = JSON.stringify(payload);
  const body = hook.contentType === 'form' ? new URLSearchParams({ payload: json }).toString() : json;
  const headers: Record<string, string> = {
    'Content-Type': hook.contentType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
    'User-Agent': 'GitHub-Hookshot/local',
    'X-GitHub-Delivery': guid,
    'X-GitHub-Event': event,
    'X-GitHub-Hook-ID': String(hook.id),
    'X-GitHub-Hook-Installation-Target-ID': String(hook.org ? hook.org.id : hook.repo!.id),
    'X-GitHub-Hook-Installation-Target-Type': hook.org ? 'organization' : 'repository',
  };
  if (hook.secret) {
    headers['X-Hub-Signature'] = `sha1=${createHmac('sha1', hook.secret).update(body).digest('hex')}`;
    headers['X-Hub-Signature-256'] = `sha256=${createHmac('sha256', hook.secret).update(body).digest('hex')}`;
  }
  const started = Date.now();
  const outcome = await new Promise<{ code: number; status: string; headers: Record<string, string>; body: string | null }>((resolve) => {
    const req = request(hook.url, { method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, timeout: 10_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        const code = res.statusCode ?? 0;
        const ok = code >= 200 && code < 300;
        const h = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)]));
        resolve({ code, status: ok ? 'OK' : `Invalid HTTP Response: ${code}`, headers: h, body: text });
      });
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (err) => resolve({ code: 0, status: /timed out/.test(err.message) ? 'timed out' : 'failed to connect', headers: {}, body: null }));
    req.end(body);
  });
  const d: DeliveryRec = {
    id: ++nextDeliveryId,
    guid,
    hookId: hook.id,
    deliveredAt: new Date(),
    redelivery,
    duration: (Date.now() - started) / 1000,
    status: outcome.status,
    statusCode: outcome.code,
    event,
    action: typeof payload?.action === 'string' ? payload.action : null,
    repositoryId: hook.repo ? hook.repo.id : (payload?.repository?.id ?? null),
    request: { headers, payload },
    response: { headers: outcome.headers, payload: outcome.body },
    url: hook.url,
  };
  storeOf(ctx).deliveries.push(d);
  return d;
}

/** The push GitHub sends for a hook test: the repository's default branch. */
function testPush(ctx: Ctx, repo: RepoRec) {
  const after = randomBytes(20).toString('hex');
  return {
    ref: `refs/heads/${repo.defaultBranch}`,
    before: '0'.repeat(40),
    after,
    created: false,
    deleted: false,
    forced: false,
    compare: `${ctx.hub.url}/${repo.fullName}/compare/${after}`,
    commits: [],
    head_commit: { id: after, message: 'test', timestamp: new Date().toISOString() },
    repository: {
      id: repo.id,
      name: repo.name,
      full_name: repo.fullName,
      private: repo.private,
      owner: { login: repo.owner, name: repo.owner },
      html_url: `${ctx.hub.url}/${repo.fullName}`,
      default_branch: repo.defaultBranch,
      master_branch: repo.defaultBranch,
    },
    pusher: { name: 'octocat', email: 'octocat@example.com' },
    sender: { login: 'octocat', id: 1 },
  };
}

export function registerHooks(r: Router) {
  r.on('POST', '/repos/:owner/:repo/hooks', async (ctx) => {
    const repo = adminRepo(ctx, 'write');
    const body = await readJson(ctx);
    const config = body?.config;
    if (!config || typeof config.url !== 'string' || !/^https?:\/\//.test(config.url))
      throw validationFailed({ resource: 'Hook', code: 'custom', message: 'Config must have a valid url' });
    const hook: HookRec = {
      id: ++nextHookId,
      repo,
      url: config.url,
      secret: typeof config.secret === 'string' && config.secret ? config.secret : null,
      contentType: config.content_type === 'form' ? 'form' : 'json',
      events: Array.isArray(body.events) ? body.events : ['push'],
      active: body.active !== false,
      createdAt: new Date(),
    };
    storeOf(ctx).hooks.set(hook.id, hook);
    sendJson(ctx, 201, hookJson(ctx, hook));
  });

  r.on('GET', '/repos/:owner/:repo/hooks', (ctx) => {
    const repo = adminRepo(ctx, 'read');
    sendJson(
      ctx,
      200,
      [...storeOf(ctx).hooks.values()].filter((h) => h.repo === repo).map((h) => hookJson(ctx, h)),
    );
  });

  r.on('GET', '/repos/:owner/:repo/hooks/:hook_id', (ctx) => sendJson(ctx, 200, hookJson(ctx, hookOf(ctx, adminRepo(ctx, 'read')))));

  r.on('POST', '/repos/:owner/:repo/hooks/:hook_id/tests', async (ctx) => {
    const repo = adminRepo(ctx, 'write');
    const hook = hookOf(ctx, repo);
    if (hook.active && hook.events.some((e) => e === 'push' || e === '*')) await deliver(ctx, hook, 'push', testPush(ctx, repo), randomUUID(), false);
    sendJson(ctx, 204, undefined);
  });

  r.on('GET', '/repos/:owner/:repo/hooks/:hook_id/deliveries', (ctx) => {
    const hook = hookOf(ctx, adminRepo(ctx, 'read'));
    listDeliveries(ctx, hook, `${ctx.hub.apiUrl}/repos/${hook.repo!.fullName}/hooks/${hook.id}/deliveries`);
  });

  r.on('GET', '/repos/:owner/:repo/hooks/:hook_id/deliveries/:delivery_id', (ctx) => getDelivery(ctx, hookOf(ctx, adminRepo(ctx, 'read'))));

  r.on('POST', '/repos/:owner/:repo/hooks/:hook_id/deliveries/:delivery_id/attempts', (ctx) => redeliverAttempt(ctx, hookOf(ctx, adminRepo(ctx, 'write'))));
}

/** GET .../deliveries: newest first, `per_page` <= 100, an opaque cursor in the Link header (`base` is the route's URL). */
export function listDeliveries(ctx: Ctx, hook: HookRec, base: string) {
  const per = Math.min(Math.max(Number(ctx.query.get('per_page') ?? 30) || 30, 1), 100);
  const status = ctx.query.get('status');
  if (status && status !== 'success' && status !== 'failure') throw validationFailed({ resource: 'Hook', field: 'status', code: 'invalid' });
  let list = storeOf(ctx)
    .deliveries.filter((d) => d.hookId === hook.id)
    .sort((a, b) => b.id - a.id);
  if (status === 'success') list = list.filter((d) => d.statusCode >= 200 && d.statusCode < 400);
  if (status === 'failure') list = list.filter((d) => d.statusCode >= 400 && d.statusCode < 600);
  const cursor = ctx.query.get('cursor');
  if (cursor) {
    const m = /^v1_(\d+)$/.exec(cursor);
    if (!m) throw validationFailed({ resource: 'Hook', field: 'cursor', code: 'invalid' });
    list = list.filter((d) => d.id <= Number(m[1]));
  }
  const page = list.slice(0, per);
  const headers: Record<string, string> = {};
  if (list.length > per) {
    const next = new URL(base);
    next.searchParams.set('per_page', String(per));
    next.searchParams.set('cursor', `v1_${list[per].id}`);
    if (status) next.searchParams.set('status', status);
    headers.link = `<${next.href}>; rel="next"`;
  }
  sendJson(
    ctx,
    200,
    page.map((d) => deliveryJson(d)),
    headers,
  );
}

/** GET .../deliveries/{id}: one delivery with its request and response. */
export function getDelivery(ctx: Ctx, hook: HookRec) {
  const d = storeOf(ctx).deliveries.find((x) => x.id === Number(ctx.params.delivery_id) && x.hookId === hook.id);
  if (!d) throw notFound();
  sendJson(ctx, 200, deliveryJson(d, true));
}

/** POST .../deliveries/{id}/attempts: 202, and the same GUID delivered again with `redelivery: true`. */
export async function redeliverAttempt(ctx: Ctx, hook: HookRec) {
  const d = storeOf(ctx).deliveries.find((x) => x.id === Number(ctx.params.delivery_id) && x.hookId === hook.id);
  if (!d) throw notFound();
  await deliver(ctx, hook, d.event, d.request.payload, d.guid, true);
  sendJson(ctx, 202, {});
}
