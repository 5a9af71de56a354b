// Release assets: upload (streamed to disk, hashed on the way), metadata, rename, delete, and the
// download path GitHub uses: API → 302 to a short-lived signed storage URL that refuses any
// Authorization header (as S3 does), serving Content-Length and Range.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { HttpError, canWrite, errorBody, notFound, paginate, readJson, repoAccess, repoFrom, sendJson, validationFailed, type Ctx } from '../http.js';
import { covers } from '../auth.js';
import { assetJson, releaseAssets } from '../render.js';
import type { Router } from '../router.js';
import type { AssetRec, ReleaseRec, RepoRec } from '../state.js';

const IMMUTABLE_UPLOAD = 'Cannot upload assets to an immutable release.';
const IMMUTABLE_CHANGE = 'Cannot modify assets of an immutable release.';
const SIGNED_TTL_S = 300;

function findAsset(ctx: Ctx, repo: RepoRec): AssetRec {
  const a = repo.assets.get(Number(ctx.params.id));
  if (!a) throw notFound();
  const rel = repo.releases.get(a.releaseId);
  if (rel?.draft && !canWrite(ctx, repo)) throw notFound();
  return a;
}

function immutableRelease(repo: RepoRec, a: AssetRec): boolean {
  return !!repo.releases.get(a.releaseId)?.immutable;
}

/** GitHub renames asset files with special characters to dots and trims leading/trailing dots. */
export function sanitizeAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+@~-]/g, '.').replace(/^\.+|\.+$/g, '') || 'default.';
}

export function signedStorageUrl(ctx: Ctx, a: AssetRec): string {
  const hub = ctx.hub;
  const expires = Math.floor(Date.now() / 1000) + SIGNED_TTL_S;
  const key = `releases/${a.id}/${Buffer.from(a.name).toString('base64url')}`;
  const sig = createHmac('sha256', hub.secret).update(`${key}\n${expires}`).digest('hex');
  return `${hub.url}/storage/${key}?X-Expires=${expires}&X-Sig=${sig}&response-content-disposition=${encodeURIComponent(`attachment; filename=${a.name}`)}`;
}

function redirect(ctx: Ctx, location: string) {
  ctx.res.writeHead(302, { location, 'content-length': '0' });
  ctx.res.end();
}

function s3Error(ctx: Ctx, status: number, code: string, message: string, extra = '') {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>${ctx.requestId.replace(/:/g, '')}</RequestId></Error>`;
  ctx.res.writeHead(status, { 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)) });
  ctx.res.end(body);
}

export function registerAssets(api: Router, uploads: Router) {
  api.on('GET', '/repos/:owner/:repo/releases/:id/assets', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const rel = repo.releases.get(Number(ctx.params.id));
    if (!rel || (rel.draft && !canWrite(ctx, repo))) throw notFound();
    const { items, headers } = paginate(ctx, releaseAssets(repo, rel.id));
    sendJson(
      ctx,
      200,
      items.map((a) => assetJson(ctx.hub, repo, a)),
      headers,
    );
  });

  api.on('GET', '/repos/:owner/:repo/releases/assets/:id', (ctx) => {
    const repo = repoFrom(ctx, 'read');
    const a = findAsset(ctx, repo);
    const accept = String(ctx.req.headers.accept ?? '');
    if (accept.includes('application/octet-stream')) {
      if (a.state !== 'uploaded') throw notFound();
      return redirect(ctx, signedStorageUrl(ctx, a));
    }
    sendJson(ctx, 200, assetJson(ctx.hub, repo, a));
  });

  api.on('PATCH', '/repos/:owner/:repo/releases/assets/:id', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const a = findAsset(ctx, repo);
    const body = await readJson(ctx);
    if (immutableRelease(repo, a)) throw new HttpError(422, errorBody(422, IMMUTABLE_CHANGE));
    if (typeof body.name === 'string' && body.name !== a.name) {
      const name = sanitizeAssetName(body.name);
      if (releaseAssets(repo, a.releaseId).some((x) => x.id !== a.id && x.name === name)) {
        throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
      }
      a.name = name;
    }
    if (body.label !== undefined) a.label = body.label === null ? null : String(body.label);
    if (body.state === 'uploaded' || body.state === 'open') a.state = body.state === 'open' ? 'starter' : 'uploaded';
    a.updatedAt = new Date();
    sendJson(ctx, 200, assetJson(ctx.hub, repo, a));
  });

  api.on('DELETE', '/repos/:owner/:repo/releases/assets/:id', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const a = findAsset(ctx, repo);
    if (immutableRelease(repo, a) && a.state === 'uploaded') throw new HttpError(422, errorBody(422, IMMUTABLE_CHANGE));
    repo.assets.delete(a.id);
    await rm(a.file, { force: true });
    sendJson(ctx, 204, undefined);
  });

  uploads.on('POST', '/repos/:owner/:repo/releases/:id/assets', (ctx) => upload(ctx));
}

async function upload(ctx: Ctx) {
  const repo = repoFrom(ctx, 'write');
  const rel = repo.releases.get(Number(ctx.params.id));
  if (!rel) throw notFound();
  const rawName = ctx.query.get('name');
  if (!rawName) throw validationFailed({ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' });
  if (rel.immutable) throw new HttpError(422, errorBody(422, IMMUTABLE_UPLOAD));
  const h = ctx.req.headers;
  const chunked = /chunked/i.test(String(h['transfer-encoding'] ?? ''));
  if (h['content-length'] === undefined && !chunked) throw new HttpError(411, errorBody(411, 'Length Required'));
  const declared = h['content-length'] !== undefined ? Number(h['content-length']) : undefined;
  const name = sanitizeAssetName(rawName);
  if (releaseAssets(repo, rel.id).some((x) => x.name === name)) {
    throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
  }
  const t = ctx.auth.token!;
  const now = new Date();
  const id = ctx.hub.store.nextId('asset');
  // Registered before the body arrives: an upload cut short leaves this "starter" asset behind, as GitHub does.
  const a: AssetRec = {
    id,
    releaseId: rel.id,
    name,
    label: ctx.query.get('label') ?? null,
    contentType: String(h['content-type'] ?? 'application/octet-stream'),
    size: 0,
    digest: null,
    state: 'starter',
    downloadCount: 0,
    createdAt: now,
    updatedAt: now,
    uploader: t.login,
    uploaderId: t.id,
    file: join(ctx.hub.assetsDir, String(id)),
  };
  repo.assets.set(id, a);
  const hash = createHash('sha256');
  let size = 0;
  const counter = async function* (src: AsyncIterable<Buffer>) {
    for await (const chunk of src) {
      hash.update(chunk);
      size += chunk.length;
      yield chunk;
    }
  };
  try {
    await pipeline(ctx.req, counter, createWriteStream(a.file));
  } catch {
    return; // client went away mid-body: leave the starter asset, nobody to answer
  }
  if (!ctx.req.complete || (declared !== undefined && size !== declared)) return;
  a.size = size;
  a.digest = `sha256:${hash.digest('hex')}`;
  a.state = 'uploaded';
  a.updatedAt = new Date();
  sendJson(ctx, 201, assetJson(ctx.hub, repo, a));
}

/** `${url}/storage/releases/<id>/<name>?X-Expires&X-Sig` */
export async function handleStorage(ctx: Ctx, path: string, url: URL) {
  if (ctx.req.headers.authorization) {
    return s3Error(
      ctx,
      400,
      'InvalidArgument',
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
      '<ArgumentName>Authorization</ArgumentName><ArgumentValue>(redacted)</ArgumentValue>',
    );
  }
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return s3Error(ctx, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
  const key = path.slice('/storage/'.length);
  const expires = Number(url.searchParams.get('X-Expires'));
  const sig = url.searchParams.get('X-Sig') ?? '';
  const want = createHmac('sha256', ctx.hub.secret).update(`${key}\n${expires}`).digest('hex');
  if (sig.length !== want.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(want))) {
    return s3Error(ctx, 403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
  }
  if (!(expires > Date.now() / 1000)) return s3Error(ctx, 403, 'AccessDenied', 'Request has expired');
  const m = /^releases\/(\d+)\//.exec(key);
  let asset: AssetRec | undefined;
  for (const repo of ctx.hub.store.repos.values()) asset ??= repo.assets.get(Number(m?.[1]));
  if (!asset || asset.state !== 'uploaded') return s3Error(ctx, 404, 'NoSuchKey', 'The specified key does not exist.');
  let size: number;
  try {
    size = (await stat(asset.file)).size;
  } catch {
    return s3Error(ctx, 404, 'NoSuchKey', 'The specified key does not exist.');
  }
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'content-disposition': url.searchParams.get('response-content-disposition') ?? `attachment; filename=${asset.name}`,
    'accept-ranges': 'bytes',
    'last-modified': asset.updatedAt.toUTCString(),
    etag: `"${(asset.digest ?? '').slice(7, 39)}"`,
  };
  let start = 0;
  let end = size - 1;
  let status = 200;
  const range = ctx.req.headers.range;
  if (range) {
    const r = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
    if (r && (r[1] || r[2])) {
      if (r[1]) {
        start = Number(r[1]);
        end = r[2] ? Math.min(Number(r[2]), size - 1) : size - 1;
      } else {
        start = Math.max(0, size - Number(r[2]));
      }
      if (start >= size || start > end) {
        ctx.res.writeHead(416, { 'content-range': `bytes */${size}`, 'content-length': '0' });
        return void ctx.res.end();
      }
      status = 206;
      headers['content-range'] = `bytes ${start}-${end}/${size}`;
    }
  }
  headers['content-length'] = String(size === 0 ? 0 : end - start + 1);
  ctx.res.writeHead(status, headers);
  if (ctx.method === 'HEAD' || size === 0) return void ctx.res.end();
  if (status === 200) asset.downloadCount++;
  await pipeline(createReadStream(asset.file, { start, end }), ctx.res).catch(() => ctx.res.destroy());
}

/** `${url}/{o}/{r}/releases/download/{tag}/{name}`: public → 302 to storage; private needs a token. */
export async function handleBrowserDownload(ctx: Ctx, path: string) {
  const m = /^\/([^/]+)\/([^/]+)\/releases\/download\/(.+)\/([^/]+)$/.exec(path);
  const plain404 = () => {
    ctx.res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    ctx.res.end('Not Found');
  };
  if (!m) return plain404();
  let repo: RepoRec;
  try {
    repo = repoAccess(ctx, m[1], m[2], 'read');
  } catch {
    return plain404();
  }
  if (repo.private && !covers(ctx.auth.token, repo.fullName)) return plain404();
  const tag = decodeURIComponent(m[3]);
  const name = decodeURIComponent(m[4]);
  const rel: ReleaseRec | undefined = [...repo.releases.values()].find((r) => !r.draft && r.tagName === tag);
  const a = rel && releaseAssets(repo, rel.id).find((x) => x.name === name && x.state === 'uploaded');
  if (!a) return plain404();
  redirect(ctx, signedStorageUrl(ctx, a));
}
