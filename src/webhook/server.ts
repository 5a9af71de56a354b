import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { oneLine } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import type { Manifest } from '../manifest/manifest.js';
import { RecentKeys } from './deliveries.js';
import { createDispatcher, isRetryable, type ClientPayload, type Dispatch } from './dispatch.js';
import { DispatchQueue } from './queue.js';
import { routeEvent } from './route.js';
import { verifySignature } from './verify.js';

/** GitHub caps webhook payloads at 25 MB and does not deliver bigger ones. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface WebhookOptions {
  /** The webhook secret (the CLI reads it from an environment variable, never a flag). */
  secret: string;
  /** `owner/name` of the project repository that receives the dispatches. */
  target: string;
  /** The manifest, or a getter (the CLI re-reads the file on SIGHUP). */
  manifest: Pick<Manifest, 'binaries'> | (() => Pick<Manifest, 'binaries'>);
  /** How to send a dispatch; default: the shared GitHub client with `token` and `apiUrl`. */
  dispatch?: Dispatch;
  token?: string;
  apiUrl?: string;
  /** `repository_dispatch` event type (default `upstream-update`). */
  eventType?: string;
  /** Most dispatches outstanding; beyond it deliveries get 503 (default 100). */
  queueSize?: number;
  /** Dispatches in flight at once (default 4). */
  concurrency?: number;
  /** Tries per dispatch on 5xx / network errors (default 6: waits of 1, 2, 4, 8, 16 s between them). */
  attempts?: number;
  /** Largest body accepted (default 25 MB, GitHub's cap). */
  maxBodyBytes?: number;
  /** Delivery ids remembered against replays (default 10 000). */
  replayWindow?: number;
  /** How long events announcing the same tag or release are merged into one dispatch (default 120 s). */
  coalesceMs?: number;
  /** Where the JSON log lines go (one per delivery, one per dispatch). */
  log?: Log;
}

export interface Health {
  ok: boolean;
  draining: boolean;
  queue: { depth: number; running: number; capacity: number };
  accepted: number;
  dispatched: number;
  failed: number;
  rejected: number;
}

export interface CloseResult {
  /** Every accepted dispatch was attempted to the end. */
  drained: boolean;
  /** Delivery ids dropped undispatched (drain timed out); redeliver them from the hook's page. */
  abandoned: string[];
}

export interface WebhookHandler {
  (req: IncomingMessage, res: ServerResponse): void;
  health(): Health;
  /** Stops accepting deliveries (503 from now on), then waits for queued dispatches. */
  close(options?: { drainTimeoutMs?: number }): Promise<CloseResult>;
}

type Outcome =
  | 'accepted'
  | 'ignored'
  | 'duplicate'
  | 'coalesced'
  | 'ping'
  | 'unauthorized'
  | 'queue-full'
  | 'bad-request'
  | 'too-large'
  | 'shutting-down';

interface Job {
  payload: ClientPayload;
  coalesceKey?: string;
}

/**
 * The webhook receiver as a plain Node request handler: mount it on any Node HTTP host, or let
 * startWebhookServer serve it. Routes: `GET /healthz`, and `POST` on any other path for deliveries
 * (the signature is what authenticates, so a reverse proxy may mount it under any prefix).
 */
export function createWebhookHandler(options: WebhookOptions): WebhookHandler {
  if (!options.secret) throw new Error('webhook secret is empty');
  const log = options.log;
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const manifest = typeof options.manifest === 'function' ? options.manifest : () => options.manifest as Pick<Manifest, 'binaries'>;
  const emit = (level: 'info' | 'warn', record: Record<string, unknown>) => log?.[level](JSON.stringify({ time: new Date().toISOString(), ...record }));

  let dispatch = options.dispatch;
  if (!dispatch) {
    if (!options.token) throw new Error('a token (or a dispatch function) is required to send dispatches');
    dispatch = createDispatcher({
      token: options.token,
      apiUrl: options.apiUrl,
      eventType: options.eventType,
      warn: (message) => emit('warn', { msg: 'github', message }),
    });
  }
  const send = dispatch;
  const deliveries = new RecentKeys(options.replayWindow ?? 10_000);
  const coalesced = new RecentKeys(1_000, options.coalesceMs ?? 120_000);
  let closing = false;

  const queue = new DispatchQueue<Job>({
    capacity: options.queueSize ?? 100,
    concurrency: options.concurrency ?? 4,
    attempts: options.attempts ?? 6,
    retryable: isRetryable,
    run: (job) => send(options.target, job.payload),
    onSettled: (id, job, result) => {
      const base = { msg: 'dispatch', id, upstream: job.payload.upstream, ref: job.payload.ref, target: options.target, attempts: result.attempts, ms: result.ms };
      if (result.ok) return emit('info', { ...base, outcome: 'dispatched' });
      // Forget the delivery so a redelivery from the hook's page (same id) is not taken for a replay.
      deliveries.forget(id);
      if (job.coalesceKey) coalesced.forget(job.coalesceKey);
      emit('warn', { ...base, outcome: 'failed', error: oneLine(result.error) });
    },
  });

  const health = (): Health => ({
    ok: !closing,
    draining: closing,
    queue: { depth: queue.depth, running: queue.running, capacity: queue.capacity },
    ...queue.stats,
  });

  async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const id = header(req, 'x-github-delivery');
    const event = header(req, 'x-github-event');
    const record: Record<string, unknown> = { msg: 'delivery', id: id ?? null, event: event ?? null };
    const answer = (status: number, outcome: Outcome, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
      sendJson(res, status, { outcome, ...extra }, headers);
      emit(status >= 500 || status === 401 ? 'warn' : 'info', { ...record, outcome, status, ...extra, ms: Date.now() - started });
    };

    if (closing) return answer(503, 'shutting-down', {}, { connection: 'close', 'retry-after': '30' });
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBody) return tooLarge(req, () => answer(413, 'too-large', { limit: maxBody }, { connection: 'close' }));
    const body = await readBody(req, maxBody);
    if (body === 'too-large') return tooLarge(req, () => answer(413, 'too-large', { limit: maxBody }, { connection: 'close' }));
    if (body === 'aborted') return;
    // Shutdown may have begun while the body was arriving: the drain must not gain new work.
    if (closing) return answer(503, 'shutting-down', {}, { connection: 'close', 'retry-after': '30' });

    // Nothing about the body is trusted (or logged) before the signature checks out.
    if (!verifySignature(options.secret, body, req.headers['x-hub-signature-256'])) {
      return answer(401, 'unauthorized', { error: req.headers['x-hub-signature-256'] ? 'signature does not match' : 'missing X-Hub-Signature-256' });
    }
    if (!event) return answer(400, 'bad-request', { error: 'missing X-GitHub-Event' });
    let payload: Record<string, any>;
    try {
      payload = parsePayload(body, header(req, 'content-type'));
    } catch (err) {
      return answer(400, 'bad-request', { error: `body is not a webhook payload: ${oneLine(err)}` });
    }
    record.repo = typeof payload.repository?.full_name === 'string' ? payload.repository.full_name : null;
    if (typeof payload.action === 'string') record.action = payload.action;
    if (event === 'ping') return answer(200, 'ping', { hook_id: payload.hook_id ?? null });
    if (!id) return answer(400, 'bad-request', { error: 'missing X-GitHub-Delivery' });
    if (deliveries.has(id)) return answer(200, 'duplicate');

    let route;
    try {
      route = routeEvent(event, payload, manifest());
    } catch (err) {
      return answer(400, 'bad-request', { error: oneLine(err) });
    }
    if (route.kind === 'ignore') return answer(200, 'ignored', { reason: route.reason });
    if (route.coalesceKey && coalesced.has(route.coalesceKey)) return answer(200, 'coalesced', { reason: 'the same tag or release was just dispatched' });

    const job: Job = { payload: { ...route.update, delivery: id }, coalesceKey: route.coalesceKey };
    if (!queue.offer(id, job)) {
      // Not remembered: the redelivery GitHub offers for a failed delivery must go through.
      return answer(503, 'queue-full', { depth: queue.depth }, { 'retry-after': '60' });
    }
    deliveries.add(id);
    if (route.coalesceKey) coalesced.add(route.coalesceKey);
    answer(202, 'accepted', { upstream: route.update.upstream, ref: route.update.ref });
  }

  const handler = ((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      const h = health();
      return sendJson(res, h.ok ? 200 : 503, h);
    }
    if (req.method !== 'POST') return sendJson(res, req.method === 'GET' ? 404 : 405, { error: 'POST webhook deliveries here; GET /healthz for health' }, { allow: 'POST' });
    receive(req, res).catch((err) => {
      emit('warn', { msg: 'delivery', outcome: 'error', error: oneLine(err) });
      if (!res.headersSent) sendJson(res, 500, { outcome: 'error' });
      else res.destroy();
    });
  }) as WebhookHandler;

  handler.health = health;
  handler.close = async ({ drainTimeoutMs = Infinity } = {}) => {
    closing = true;
    const drained = await queue.drain(drainTimeoutMs);
    const abandoned = drained ? [] : queue.abandon().map((j) => j.id);
    return { drained, abandoned };
  };
  return handler;
}

export interface ServerOptions extends WebhookOptions {
  port: number;
  /** Default 127.0.0.1: put a tunnel or reverse proxy in front rather than exposing it. */
  host?: string;
}

export interface WebhookServer {
  url: string;
  port: number;
  server: Server;
  handler: WebhookHandler;
  /** Stops listening, answers 503 on open connections, drains the queue, then closes. */
  close(options?: { drainTimeoutMs?: number }): Promise<CloseResult>;
}

/** Serves createWebhookHandler on its own HTTP server with timeouts suited to GitHub's deliveries. */
export async function startWebhookServer(options: ServerOptions): Promise<WebhookServer> {
  const handler = createWebhookHandler(options);
  const server = createServer(handler);
  // Slow-loris guards: headers must arrive within 10 s and a whole request within 30 s (a 25 MB
  // body needs some time on a slow link); idle keep-alive sockets go after 5 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<CloseResult> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    server,
    handler,
    close(closeOptions) {
      closed ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const result = await handler.close(closeOptions);
        // Busy keep-alive sockets got 503 + Connection: close; anything still open is cut now.
        server.closeAllConnections();
        await stopped;
        return result;
      })();
      return closed;
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** The whole body, unless it grows past `limit` (reading stops at once) or the client goes away. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (value: Buffer | 'too-large' | 'aborted') => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return done('too-large');
      chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks, size));
    const onError = () => done('aborted');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}

/** Answers, then drops the connection rather than reading the rest of an oversized body. */
function tooLarge(req: IncomingMessage, answer: () => void): void {
  answer();
  req.pause();
  req.socket.end();
}

/** GitHub sends `application/json`, or `application/x-www-form-urlencoded` with a `payload` field. */
function parsePayload(body: Buffer, contentType: string | undefined): Record<string, any> {
  let text = body.toString('utf8');
  if (contentType?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    const payload = new URLSearchParams(text).get('payload');
    if (payload === null) throw new Error('form body has no "payload" field');
    text = payload;
  }
  const value = JSON.parse(text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object');
  return value;
}
