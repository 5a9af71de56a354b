// Git smart HTTP at `${url}/{owner}/{repo}(.git)/...`, served by git http-backend, with GitHub's
// auth rules: push needs a write token (401 + WWW-Authenticate without credentials, 403 for a
// read token), private repositories need a token that covers them.
import { covers } from '../auth.js';
import { httpBackend } from '../git.js';
import type { Ctx } from '../http.js';

export const GIT_PATH = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack)$/;

function deny(ctx: Ctx, status: number, text: string, challenge = false) {
  const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) };
  if (challenge) headers['www-authenticate'] = 'Basic realm="GitHub"';
  if (!ctx.req.complete) ctx.req.resume();
  ctx.res.writeHead(status, headers);
  ctx.res.end(text);
}

export async function handleGit(ctx: Ctx, path: string, query: string) {
  const m = GIT_PATH.exec(path)!;
  const [, owner, name, action] = m;
  const repo = ctx.hub.store.repo(`${owner}/${name}`);
  const service = new URLSearchParams(query).get('service');
  const push = action === 'git-receive-pack' || service === 'git-receive-pack';
  const t = ctx.auth.token;
  const anonymous = ctx.auth.kind === 'none';
  if (!repo || (repo.private && !covers(t, repo.fullName))) {
    // GitHub asks for credentials first when none were sent, so git retries with its helper.
    if (anonymous) return deny(ctx, 401, 'Invalid username or token. Password authentication is not supported for Git operations.\n', true);
    return deny(ctx, 404, 'Repository not found.\n');
  }
  if (push) {
    if (anonymous) return deny(ctx, 401, 'Invalid username or token. Password authentication is not supported for Git operations.\n', true);
    if (!covers(t, repo.fullName) || t!.permission !== 'write') {
      return deny(ctx, 403, `Permission to ${repo.fullName}.git denied to ${t!.login}.\n`);
    }
    if (repo.archived) return deny(ctx, 403, `This repository was archived so it is read-only.\n`);
  }
  if (ctx.method !== 'GET' && ctx.method !== 'POST') return deny(ctx, 405, 'Method Not Allowed\n');
  await httpBackend({
    req: ctx.req,
    res: ctx.res,
    projectRoot: ctx.hub.git.root,
    pathInfo: `/${repo.fullName}.git/${action}`,
    query,
    remoteUser: t?.login,
  });
}
