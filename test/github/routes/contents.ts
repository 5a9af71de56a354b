// GET /repos/{owner}/{repo}/contents/{path}?ref=: a file at a ref, as GitHub answers it: JSON with
// base64 `content` by default, the bytes with `Accept: application/vnd.github.raw(+json)`; 404 for
// a missing ref or path. Conditional requests (ETag / If-None-Match → 304) as on every GitHub GET.
import { createHash } from 'node:crypto';
import { git } from '../git.js';
import { notFound, notModified, repoFrom } from '../http.js';
import type { Router } from '../router.js';

export function registerContents(r: Router) {
  r.on('GET', '/repos/:owner/:repo/contents/*path', async (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const ref = ctx.query.get('ref') || repo.defaultBranch;
    const sha = await ctx.hub.git.resolve(repo.fullName, ref);
    const path = ctx.params.path;
    if (!sha || !path || path.split('/').some((s) => !s || s === '..' || s === '.')) throw notFound();
    const blob = await git(ctx.hub.git.dir(repo.fullName), ['cat-file', 'blob', `${sha}:${path}`], { allowFail: true });
    if (blob.code !== 0) throw notFound();
    const bytes = blob.stdout as Buffer;
    if (notModified(ctx, bytes)) return;
    const accept = String(ctx.req.headers.accept ?? '');
    if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
      ctx.res.setHeader('content-type', 'application/vnd.github.raw; charset=utf-8');
      ctx.res.setHeader('content-length', bytes.length);
      ctx.res.writeHead(200);
      ctx.res.end(bytes);
      return;
    }
    const name = path.split('/').pop()!;
    const text = JSON.stringify({
      type: 'file',
      encoding: 'base64',
      size: bytes.length,
      name,
      path,
      content: bytes.toString('base64'),
      sha: createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex'),
      url: `${ctx.hub.apiUrl}/repos/${repo.fullName}/contents/${path}?ref=${encodeURIComponent(ref)}`,
    });
    ctx.res.setHeader('content-type', 'application/json; charset=utf-8');
    ctx.res.setHeader('content-length', Buffer.byteLength(text));
    ctx.res.writeHead(200);
    ctx.res.end(text);
  });
}
