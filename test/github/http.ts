import { createHash } from 'node:crypto';
// Request context and the small helpers every route uses: JSON answers, GitHub-shaped errors,
// body parsing, pagination with a real Link header, and repository access checks.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Auth } from './auth.js';
import { covers } from './auth.js';
import type { Hub } from './server.js';
import type { RepoRec } from './state.js';

export const DOCS = 'https://docs.github.com/rest';

export interface Ctx {
  hub: Hub;
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  path: string; // route path (after /api/v3, or after /api/uploads)
  query: URLSearchParams;
  params: Record<string, string>;
  auth: Auth;
  requestId: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'object' && body && 'message' in body ? String((body as { message: unknown }).message) : String(status));
  }
}

export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}) {
  return { message, ...extra, documentation_url: DOCS, status: String(status) };
}

export const notFound = () => new HttpError(404, errorBody(404, 'Not Found'));
export const forbidden = (message = 'Resource not accessible by integration') => new HttpError(403, errorBody(403, message));
export const unprocessable = (message: string, extra: Record<string, unknown> = {}) => new HttpError(422, errorBody(422, message, extra));
export const validationFailed = (...errors: Record<string, unknown>[]) => new HttpError(422, errorBody(422, 'Validation Failed', { errors }));

/**
 * Conditional requests, as GitHub: a GET's 200 carries an ETag; If-None-Match with it (quoted,
 * with or without W/) gets 304 with no body, which an authorized request does not pay for.
 * True when the 304 was sent.
 */
export function notModified(ctx: Ctx, bytes: string | Buffer): boolean {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return false;
  const etag = `W/"${createHash('sha1').update(bytes).digest('hex')}"`;
  ctx.res.setHeader('etag', etag);
  const given = ctx.req.headers['if-none-match'];
  if (typeof given !== 'string' || !given.split(',').some((t) => t.trim().replace(/^W\//, '') === etag.slice(2))) return false;
  if (ctx.auth.token) ctx.hub.refund(ctx.auth, ctx.res);
  ctx.res.writeHead(304);
  ctx.res.end();
  return true;
}

export function sendJson(ctx: Ctx, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  const res = ctx.res;
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  if (status === 200 && body !== undefined && notModified(ctx, text)) return;
  if (status === 204 || status === 304) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.writeHead(status);
  res.end(text);
}

const MAX_JSON = 25 * 1024 * 1024;

export async function readBody(req: IncomingMessage, limit = MAX_JSON): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req) {
    n += (c as Buffer).length;
    if (n > limit) throw new HttpError(413, errorBody(413, 'Payload Too Large'));
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

/** JSON body; GitHub answers 400 "Problems parsing JSON" to anything unparsable. */
export async function readJson<T = any>(ctx: Ctx): Promise<T> {
  const buf = await readBody(ctx.req);
  if (!buf.length) return {} as T;
  try {
    return JSON.parse(buf.toString('utf8')) as T;
  } catch {
    throw new HttpError(400, errorBody(400, 'Problems parsing JSON'));
  }
}

export function pageParams(ctx: Ctx, defPer = 30, maxPer = 100) {
  const per = Math.min(Math.max(parseInt(ctx.query.get('per_page') ?? '', 10) || defPer, 1), maxPer);
  const page = Math.max(parseInt(ctx.query.get('page') ?? '', 10) || 1, 1);
  return { per, page };
}

/** GitHub-style Link header: prev, next, last, first, with the request's other query params kept. */
export function linkHeader(ctx: Ctx, page: number, per: number, total: number): string | undefined {
  const last = Math.max(1, Math.ceil(total / per));
  if (last <= 1 && page <= 1) return undefined;
  const mk = (p: number, rel: string) => {
    const q = new URLSearchParams(ctx.query);
    q.set('per_page', String(per));
    q.set('page', String(p));
    return `<${ctx.hub.apiUrl}${ctx.path}?${q}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(mk(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(mk(page + 1, 'next'), mk(last, 'last'));
  if (page > 1) links.push(mk(1, 'first'));
  return links.length ? links.join(', ') : undefined;
}

export function paginate<T>(ctx: Ctx, items: T[], defPer = 30): { items: T[]; headers: Record<string, string> } {
  const { per, page } = pageParams(ctx, defPer);
  const link = linkHeader(ctx, page, per, items.length);
  return { items: items.slice((page - 1) * per, page * per), headers: link ? { link } : {} };
}

export type Need = 'read' | 'write';

/** Repository lookup with GitHub's access rules: hidden private repos are 404, read-only tokens 403 on writes. */
export function repoAccess(ctx: Ctx, owner: string, name: string, need: Need): RepoRec {
  const repo = ctx.hub.store.repo(`${owner}/${name}`);
  if (!repo) throw notFound();
  const t = ctx.auth.token;
  const canSee = !repo.private || covers(t, repo.fullName);
  if (!canSee) throw notFound();
  if (need === 'write') {
    if (!t) throw new HttpError(401, errorBody(401, 'Requires authentication'));
    if (!covers(t, repo.fullName) || t.permission !== 'write') throw forbidden();
    if (repo.archived) throw forbidden('Repository was archived so is read-only.');
  }
  return repo;
}

export function canWrite(ctx: Ctx, repo: RepoRec) {
  const t = ctx.auth.token;
  return !!t && t.permission === 'write' && covers(t, repo.fullName);
}

export function repoFrom(ctx: Ctx, need: Need): RepoRec {
  return repoAccess(ctx, ctx.params.owner, ctx.params.repo, need);
}

export function iso(d: Date | null | undefined): string | null {
  return d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
}

export function bool(v: unknown, def: boolean): boolean {
  if (v === undefined || v === null) return def;
  if (typeof v === 'string') return v === 'true';
  return Boolean(v);
}
