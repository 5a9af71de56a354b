// The HTTP front: one Node server on 127.0.0.1 that dispatches to the REST API (/api/v3),
// uploads (/api/uploads), GraphQL (/api/graphql), signed storage (/storage), release downloads
// and git smart HTTP, with request logging, rate-limit headers and fault injection in front.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { duplicateAuthorization, Tokens, type Auth } from './auth.js';
import { FaultsImpl, SECONDARY_MESSAGE, applyResponseFault } from './faults.js';
import { GitStore } from './git.js';
import { DOCS, HttpError, errorBody, sendJson, type Ctx } from './http.js';
import { Router } from './router.js';
import { Store } from './state.js';
import { registerRepos } from './routes/repos.js';
import { registerReleases } from './routes/releases.js';
import { registerAssets, handleStorage, handleBrowserDownload } from './routes/assets.js';
import { registerGitData } from './routes/git-data.js';
import { registerPulls } from './routes/pulls.js';
import { registerIssues } from './routes/issues.js';
import { registerDispatches } from './routes/dispatches.js';
import { registerContents } from './routes/contents.js';
import { registerHooks } from './routes/hooks.js';
import { registerOrgHooks } from './routes/org-hooks.js';
import { handleGit, GIT_PATH } from './routes/git-http.js';
import { redirectRenamed, type Renames } from './routes/renamed.js';
import { handleGraphql } from './graphql.js';
import type { RequestRecord } from './types.js';

const LIMITS = { core: 5000, anonymous: 60, graphql: 5000 };

interface Usage {
  used: number;
  reset: number; // epoch seconds
}

export class Hub {
  url = '';
  apiUrl = '';
  graphqlUrl = '';
  readonly store = new Store();
  readonly tokens = new Tokens();
  readonly faults = new FaultsImpl();
  /** Old names of renamed repositories (routes/renamed.ts). */
  readonly renames: Renames = new Map();
  readonly requests: RequestRecord[] = [];
  /** 'request' (RequestRecord) once each request is over: lets tests wait without sleeping. */
  readonly events = new EventEmitter();
  readonly finished = new WeakSet<RequestRecord>();
  readonly secret = randomBytes(32);
  readonly git: GitStore;
  readonly api = new Router();
  readonly uploads = new Router();
  private usage = new Map<string, Usage>();
  /** Optional /_admin control API (set by startGitHub). */
  admin?: (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => Promise<void>;
  private server: Server;
  private sockets = new Set<Socket>();

  constructor(readonly root: string) {
    this.git = new GitStore(join(root, 'repos'));
    registerRepos(this.api);
    registerReleases(this.api);
    registerAssets(this.api, this.uploads);
    registerGitData(this.api);
    registerPulls(this.api);
    registerIssues(this.api);
    registerDispatches(this.api);
    registerContents(this.api);
    registerHooks(this.api);
    registerOrgHooks(this.api);
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 5000;
    this.server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  get assetsDir() {
    return join(this.root, 'assets');
  }
  get tmpDir() {
    return join(this.root, 'tmp');
  }

  async listen(port = 0) {
    await mkdir(this.git.root, { recursive: true });
    await mkdir(this.assetsDir, { recursive: true });
    await mkdir(this.tmpDir, { recursive: true });
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    const addr = this.server.address();
    if (!addr || typeof addr === 'string') throw new Error('no address');
    this.url = `http://127.0.0.1:${addr.port}`;
    this.apiUrl = `${this.url}/api/v3`;
    this.graphqlUrl = `${this.url}/api/graphql`;
  }

  async close() {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      for (const s of this.sockets) s.destroy();
    });
  }

  /** x-ratelimit-* bookkeeping (reported, never enforced: only faults refuse requests). */
  rateHeaders(auth: Auth, resource: 'core' | 'graphql', ip: string): Record<string, string> {
    const key = `${resource}:${auth.token?.value ?? `anon:${ip}`}`;
    const now = Math.floor(Date.now() / 1000);
    let u = this.usage.get(key);
    if (!u || u.reset <= now) {
      u = { used: 0, reset: now + 3600 };
      this.usage.set(key, u);
    }
    u.used++;
    const limit = auth.token ? LIMITS[resource] : LIMITS.anonymous;
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - u.used)),
      'x-ratelimit-reset': String(u.reset),
      'x-ratelimit-used': String(u.used),
      'x-ratelimit-resource': resource,
    };
  }

  /** A 304 to an authorized request does not count against the rate limit: undo its count. */
  refund(auth: Auth, res: ServerResponse): void {
    const u = this.usage.get(`core:${auth.token?.value}`);
    if (!u || u.used <= 0) return;
    u.used--;
    res.setHeader('x-ratelimit-used', String(u.used));
    res.setHeader('x-ratelimit-remaining', String(Math.max(0, LIMITS.core - u.used)));
  }

  rateSnapshot(auth: Auth, resource: 'core' | 'graphql', ip: string) {
    const key = `${resource}:${auth.token?.value ?? `anon:${ip}`}`;
    const now = Math.floor(Date.now() / 1000);
    const u = this.usage.get(key) ?? { used: 0, reset: now + 3600 };
    const limit = auth.token ? LIMITS[resource] : LIMITS.anonymous;
    return { limit, used: u.used, remaining: Math.max(0, limit - u.used), reset: u.reset };
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (this.admin && url.pathname.startsWith('/_admin/')) return this.admin(req, res, url.pathname, url.searchParams);
    const fullPath = url.pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const auth = this.tokens.authenticate(req);
    const requestId = [4, 5, 7, 7, 8].map((n) => randomBytes(4).toString('hex').toUpperCase().slice(0, n)).join(':');
    const rec: RequestRecord = { method, path: fullPath + url.search, status: 0, at: started, token: auth.kind };
    this.requests.push(rec);
    // 'started' (RequestRecord) as a request arrives: a test can act while a slow answer is in flight.
    this.events.emit('started', rec);
    res.on('finish', () => (rec.status = res.statusCode));
    // 'close' comes last in every case (answered, dropped, reset): the moment a request is over.
    res.on('close', () => {
      if (!rec.status) rec.status = res.writableFinished ? res.statusCode : 0;
      this.finished.add(rec);
      if (process.env.LOCAL_GITHUB_DEBUG) console.error(`[local-github] ${rec.method} ${rec.path} -> ${rec.status} (${rec.token}, ${Date.now() - rec.at} ms)`);
      this.events.emit('request', rec);
    });

    const isApi = fullPath.startsWith('/api/');
    const apiPath = fullPath.startsWith('/api/v3') ? fullPath.slice(7) || '/' : fullPath.startsWith('/api/uploads') ? fullPath.slice(12) || '/' : fullPath;
    const paths = apiPath === fullPath ? [fullPath] : [apiPath, fullPath];
    if (url.search) paths.push(...paths.map((p) => p + url.search)); // a fault may name the query too

    if (isApi) {
      res.setHeader('x-github-request-id', requestId);
      res.setHeader('x-github-api-version-selected', '2022-11-28');
      res.setHeader('x-github-media-type', 'github.v3; format=json');
      res.setHeader('server', 'github.com');
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader(
        'access-control-expose-headers',
        'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
      );
      if (auth.kind !== 'bad') {
        const rh = this.rateHeaders(auth, fullPath === '/api/graphql' ? 'graphql' : 'core', req.socket.remoteAddress ?? '');
        for (const [k, v] of Object.entries(rh)) res.setHeader(k, v);
      }
    }

    // Faults first: they apply to every route, git and storage included.
    const fault = this.faults.take(method, paths);
    if (fault && this.immediateFault(fault, req, res, auth, requestId)) return;
    const wait = this.faults.limited(method, paths);
    if (wait !== undefined) return this.refuse(req, res, 403, { 'retry-after': String(wait) }, errorBody(403, `${SECONDARY_MESSAGE} ${requestId}.`, {}));
    if (fault) applyResponseFault(fault, req, res);

    const ctx: Ctx = { hub: this, req, res, method, path: apiPath, query: url.searchParams, params: {}, auth, requestId };
    try {
      // GitHub's front end refuses a request carrying two Authorization headers (e.g. git with
      // actions/checkout's extraheader plus a second one added on top) with a bare 400.
      if (duplicateAuthorization(req)) throw new HttpError(400, { message: 'Bad Request: more than one Authorization header', status: '400' });
      if (auth.kind === 'bad' && (isApi || GIT_PATH.test(fullPath))) {
        throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      }
      if (fullPath.startsWith('/api/v3')) {
        redirectRenamed(this.renames, this.store, method, apiPath, this.apiUrl, url.search);
        const m = this.api.match(method, apiPath);
        if (!m) throw new HttpError(404, errorBody(404, 'Not Found'));
        ctx.params = m.params;
        await m.handler(ctx);
      } else if (fullPath.startsWith('/api/uploads')) {
        const m = this.uploads.match(method, apiPath);
        if (!m) throw new HttpError(404, errorBody(404, 'Not Found'));
        ctx.params = m.params;
        await m.handler(ctx);
      } else if (fullPath === '/api/graphql') {
        await handleGraphql(ctx);
      } else if (fullPath.startsWith('/storage/')) {
        await handleStorage(ctx, fullPath, url);
      } else if (GIT_PATH.test(fullPath)) {
        await handleGit(ctx, fullPath, url.search.slice(1));
      } else if (/^\/[^/]+\/[^/]+\/releases\/download\//.test(fullPath)) {
        await handleBrowserDownload(ctx, fullPath);
      } else {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not Found');
      }
    } catch (e) {
      this.fail(ctx, e);
    }
  }

  private fail(ctx: Ctx, e: unknown) {
    const { res, req } = ctx;
    if (res.headersSent || res.writableEnded) {
      res.destroy();
      return;
    }
    let status = 500;
    let body: unknown = errorBody(500, 'Server Error');
    let headers: Record<string, string> = {};
    if (e instanceof HttpError) {
      status = e.status;
      body = e.body;
      headers = e.headers;
    } else {
      console.error('[local-github] internal error:', e);
    }
    // The uploads host names the request in its error bodies.
    if (ctx.path !== undefined && req.url?.startsWith('/api/uploads') && body && typeof body === 'object') {
      body = { message: (body as { message?: unknown }).message, request_id: ctx.requestId, ...(body as object) };
    }
    // Let the client finish sending (e.g. an upload refused early) so it reads our answer.
    if (!req.complete) req.resume();
    sendJson(ctx, status, body, headers);
  }

  private refuse(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: unknown) {
    const text = JSON.stringify(body);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', Buffer.byteLength(text));
    res.writeHead(status);
    res.end(text);
    req.resume();
  }

  /** Faults answered without running the route. Returns false for response faults. */
  private immediateFault(f: import('./types.js').FaultSpec, req: IncomingMessage, res: ServerResponse, auth: Auth, requestId: string): boolean {
    switch (f.kind) {
      case 'reset':
        req.socket.destroy();
        return true;
      case 'hang':
        // Nothing is done and nothing answered: the request is over when the client gives up or dies.
        req.resume();
        return true;
      case 'status': {
        const status = f.status ?? 500;
        const message = status >= 500 ? (status === 503 ? 'Service Unavailable' : status === 502 ? 'Server Error' : 'Server Error') : 'Injected failure';
        const headers: Record<string, string> = {};
        if (f.retryAfter !== undefined) headers['retry-after'] = String(f.retryAfter);
        this.refuse(req, res, status, headers, errorBody(status, message));
        return true;
      }
      case 'rate-limit': {
        const reset = Math.floor(Date.now() / 1000) + (f.resetIn ?? 1);
        const who = auth.token ? `installation ID ${auth.token.id}` : `${req.socket.remoteAddress ?? '127.0.0.1'}`;
        const extra = auth.token
          ? ''
          : " (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)";
        res.setHeader('x-ratelimit-remaining', '0');
        res.setHeader('x-ratelimit-reset', String(reset));
        if (!res.hasHeader('x-ratelimit-limit')) res.setHeader('x-ratelimit-limit', auth.token ? '5000' : '60');
        if (!res.hasHeader('x-ratelimit-resource')) res.setHeader('x-ratelimit-resource', 'core');
        this.refuse(
          req,
          res,
          403,
          {},
          {
            message: `API rate limit exceeded for ${who}.${extra}`,
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
            status: '403',
          },
        );
        return true;
      }
      case 'secondary-rate-limit':
        this.refuse(
          req,
          res,
          403,
          { 'retry-after': String(f.retryAfter ?? 1) },
          {
            message: `${SECONDARY_MESSAGE} ${requestId}.`,
            documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            status: '403',
          },
        );
        return true;
      default:
        return false;
    }
  }
}

export async function createHub(opts: { root?: string; port?: number } = {}) {
  const root = opts.root ?? (await mkdtemp(join(tmpdir(), 'local-github-')));
  const ownsRoot = !opts.root;
  const hub = new Hub(root);
  await hub.listen(opts.port ?? 0);
  return {
    hub,
    async dispose() {
      await hub.close();
      if (ownsRoot) await rm(root, { recursive: true, force: true });
    },
  };
}
