// Repository metadata, the rate-limit overview and the authenticated user.
import { HttpError, canWrite, errorBody, repoFrom, sendJson } from '../http.js';
import { repoJson, userJson } from '../render.js';
import type { Router } from '../router.js';

export function registerRepos(r: Router) {
  r.on('GET', '/repos/:owner/:repo', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const push = canWrite(ctx, repo);
    sendJson(ctx, 200, repoJson(ctx.hub, repo, { full: true, push, admin: false }));
  });

  r.on('GET', '/rate_limit', (ctx) => {
    const ip = ctx.req.socket.remoteAddress ?? '';
    const core = ctx.hub.rateSnapshot(ctx.auth, 'core', ip);
    const graphql = ctx.hub.rateSnapshot(ctx.auth, 'graphql', ip);
    const other = (limit: number) => ({ limit, used: 0, remaining: limit, reset: core.reset });
    sendJson(ctx, 200, {
      resources: {
        core,
        search: other(30),
        graphql,
        integration_manifest: other(5000),
        code_search: other(10),
      },
      rate: core,
    });
  });

  r.on('GET', '/user', (ctx) => {
    const t = ctx.auth.token;
    if (!t) throw new HttpError(401, errorBody(401, 'Requires authentication'));
    // Installation tokens may not read /user on GitHub; keep it simple and answer the identity.
    sendJson(ctx, 200, userJson(ctx.hub, t.login, t.id));
  });

  r.on('GET', '/', (ctx) => sendJson(ctx, 200, { current_user_url: `${ctx.hub.apiUrl}/user`, rate_limit_url: `${ctx.hub.apiUrl}/rate_limit` }));
}
