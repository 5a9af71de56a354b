// Organization webhooks and their deliveries (docs.github.com/rest/orgs/webhooks), sharing the
// delivery store and behaviour of routes/hooks.ts:
// - only organization owners may use them (classic tokens need `admin:org_hook`, fine-grained ones the
//   organization's "Webhooks" permission, read to list and write to change or redeliver). Anyone
//   else gets 404, as the REST reference lists (200/404 only): GitHub does not say the hook exists.
//   An installation token without the permission (GITHUB_TOKEN) gets 403 "Resource not accessible
//   by integration"; no token, 401.
// - an organization here is any owner of a repository that was created (tokens name what they own
//   with `orgOwner`).
// - creating a hook sends it a `ping` at once, as GitHub does; POST .../pings sends another
//   (204). Deliveries list, read and redeliver exactly as for a repository hook.
import { createHash, randomUUID } from 'node:crypto';
import { HttpError, errorBody, forbidden, notFound, readJson, sendJson, validationFailed, type Ctx } from '../http.js';
import type { Router } from '../router.js';
import { deliver, getDelivery, hookJson, listDeliveries, newHookId, redeliverAttempt, storeOf, type HookRec } from './hooks.js';

/** The organization of the route, when the token's user owns it with hook rights; 404 otherwise. */
function ownedOrg(ctx: Ctx, need: 'read' | 'write'): { login: string; id: number } {
  const t = ctx.auth.token;
  if (!t) throw new HttpError(401, errorBody(401, 'Requires authentication'));
  const wanted = ctx.params.org.toLowerCase();
  const repo = [...ctx.hub.store.repos.values()].find((r) => r.owner.toLowerCase() === wanted);
  if (!repo) throw notFound();
  if (t.login === 'github-actions[bot]') throw forbidden('Resource not accessible by integration');
  if (!t.orgOwner?.includes(wanted)) throw notFound();
  if (need === 'write' && t.permission !== 'write') throw forbidden('Resource not accessible by personal access token');
  // A stable id per login, so the same organization always has the same id.
  return { login: repo.owner, id: 9_000_000 + (createHash('sha1').update(wanted).digest().readUInt32BE(0) % 1_000_000) };
}

function orgHookOf(ctx: Ctx, org: { login: string }): HookRec {
  const hook = storeOf(ctx).hooks.get(Number(ctx.params.hook_id));
  if (!hook || !hook.org || hook.org.login.toLowerCase() !== org.login.toLowerCase()) throw notFound();
  return hook;
}

function ping(ctx: Ctx, h: HookRec) {
  const org = h.org!;
  return deliver(
    ctx,
    h,
    'ping',
    {
      zen: 'Keep it logically awesome.',
      hook_id: h.id,
      hook: hookJson(ctx, h),
      organization: { login: org.login, id: org.id, url: `${ctx.hub.apiUrl}/orgs/${org.login}`, hooks_url: `${ctx.hub.apiUrl}/orgs/${org.login}/hooks` },
      sender: { login: ctx.auth.token!.login, id: ctx.auth.token!.id },
    },
    randomUUID(),
    false,
  );
}

export function registerOrgHooks(r: Router) {
  r.on('POST', '/orgs/:org/hooks', async (ctx) => {
    const org = ownedOrg(ctx, 'write');
    const body = await readJson(ctx);
    const config = body?.config;
    if (body?.name !== 'web') throw validationFailed({ resource: 'Hook', field: 'name', code: 'invalid' });
    if (!config || typeof config.url !== 'string' || !/^https?:\/\//.test(config.url))
      throw validationFailed({ resource: 'Hook', code: 'custom', message: 'Config must have a valid url' });
    const hook: HookRec = {
      id: newHookId(),
      repo: null,
      org,
      url: config.url,
      secret: typeof config.secret === 'string' && config.secret ? config.secret : null,
      contentType: config.content_type === 'form' ? 'form' : 'json',
      events: Array.isArray(body.events) ? body.events : ['push'],
      active: body.active !== false,
      createdAt: new Date(),
    };
    storeOf(ctx).hooks.set(hook.id, hook);
    if (hook.active) await ping(ctx, hook);
    sendJson(ctx, 201, hookJson(ctx, hook));
  });

  r.on('GET', '/orgs/:org/hooks', (ctx) => {
    const org = ownedOrg(ctx, 'read');
    sendJson(
      ctx,
      200,
      [...storeOf(ctx).hooks.values()].filter((h) => h.org?.login.toLowerCase() === org.login.toLowerCase()).map((h) => hookJson(ctx, h)),
    );
  });

  r.on('GET', '/orgs/:org/hooks/:hook_id', (ctx) => sendJson(ctx, 200, hookJson(ctx, orgHookOf(ctx, ownedOrg(ctx, 'read')))));

  r.on('POST', '/orgs/:org/hooks/:hook_id/pings', async (ctx) => {
    const hook = orgHookOf(ctx, ownedOrg(ctx, 'write'));
    await ping(ctx, hook);
    sendJson(ctx, 204, undefined);
  });

  r.on('GET', '/orgs/:org/hooks/:hook_id/deliveries', (ctx) => {
    const hook = orgHookOf(ctx, ownedOrg(ctx, 'read'));
    listDeliveries(ctx, hook, `${ctx.hub.apiUrl}/orgs/${hook.org!.login}/hooks/${hook.id}/deliveries`);
  });

  r.on('GET', '/orgs/:org/hooks/:hook_id/deliveries/:delivery_id', (ctx) => getDelivery(ctx, orgHookOf(ctx, ownedOrg(ctx, 'read'))));

  r.on('POST', '/orgs/:org/hooks/:hook_id/deliveries/:delivery_id/attempts', (ctx) => redeliverAttempt(ctx, orgHookOf(ctx, ownedOrg(ctx, 'write'))));
}
