import { createHmac } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { oneLine } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import type { Manifest } from '../manifest/manifest.js';
import { RecentKeys } from './deliveries.js';
import { LandedKeys } from './landed.js';
import { createDispatcher, isRetryable, type ClientPayload, type Dispatch } from './dispatch.js';
import { DispatchQueue } from './queue.js';
import { BodyBudget, type BudgetOptions } from './budget.js';
import { header, parsePayload, readBody, refuseUnread, sendJson, type Payload } from './http.js';
import { routeEvent, type Route, type UpstreamUpdate } from './route.js';
import { parseSignature, signatureMatches } from './verify.js';

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
  /** Events acknowledged and not dispatched (`--ignore-event`). */
  ignoreEvents?: string[];
  /** Where each accepted delivery is kept (`--save-dir`): `<delivery>.json` with its headers and exact body. */
  saveDir?: string;
  /** Memory bound on bodies being read at once (beyond it deliveries get 503 before being read). */
  budget?: BudgetOptions;
  /** Where the keys of landed dispatches are kept (`--state-dir`), so a resent delivery is still a duplicate after a restart. */
  stateDir?: string;
}

export interface Health {
  ok: boolean;
  draining: boolean;
  queue: { depth: number; running: number; capacity: number };
  accepted: number;
  dispatched: number;
  failed: number;
  rejected: number;
  /** Bodies being read now, and requests shed for lack of room since start. */
  inFlight: { bodies: number; bytes: number; shed: number };
}

export interface CloseResult {
  /** Every accepted dispatch was attempted to the end. */
  drained: boolean;
  /** Delivery ids dropped undispatched (drain timed out); redeliver them from the hook's page. */
  abandoned: string[];
}

/** A delivery from another source than an HTTP POST (a relay stream, the deliveries API, a saved file). */
export interface SourcedDelivery {
  headers: Record<string, string>;
  body: Buffer;
  /**
   * True when `body` is the exact bytes GitHub signed (gosmee's bodyB, our relay's /events stream).
   * False for a re-encoded body (smee.io's format): its signature cannot be checked, so it is only a
   * hint that wakes a check: no SHA, tag or tag ref is dispatched from it.
   */
  exact: boolean;
  /** Where it came from, for the log (`relay`, `replay`, ...). */
  source: string;
}

export interface DeliverResult {
  status: number;
  outcome: string;
  /**
   * Resolves once the delivery is settled: its dispatch landed, or it was dropped on purpose
   * (duplicate, bad signature, ignored, coalesced, no route), or its dispatch failed for good and was
   * logged. A duplicate or coalesced delivery settles with the dispatch it joined. Never resolves for
   * a delivery that was not taken (503) or whose dispatch was abandoned at shutdown: a source must
   * not checkpoint past it.
   */
  settled: Promise<void>;
}

export interface WebhookHandler {
  (req: IncomingMessage, res: ServerResponse): void;
  /** The same verify, de-duplicate, route and dispatch steps for a delivery that did not come over HTTP. */
  deliver(delivery: SourcedDelivery): DeliverResult;
  health(): Health;
  /** Stops accepting deliveries (503 from now on), then waits for queued dispatches. */
  close(options?: { drainTimeoutMs?: number }): Promise<CloseResult>;
}

type Outcome =
  'accepted' | 'ignored' | 'duplicate' | 'coalesced' | 'ping' | 'unauthorized' | 'queue-full' | 'overloaded' | 'bad-request' | 'too-large' | 'shutting-down';

interface Job {
  payload: ClientPayload;
  coalesceKey?: string;
  bodyKey: string;
  /** Settles the delivery: true when the dispatch landed. */
  done: (landed: boolean) => void;
  settled: Promise<boolean>;
}

/** What a delivery is answered with (and logged as). */
interface Reply {
  status: number;
  outcome: Outcome;
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** For a delivery that joined another one's dispatch (duplicate, coalesced): when that one settles. */
  settled?: Promise<unknown>;
}

const reply = (status: number, outcome: Outcome, extra?: Record<string, unknown>, headers?: Record<string, string>): Reply => ({
  status,
  outcome,
  extra,
  headers,
});
const SHUTTING_DOWN = reply(503, 'shutting-down', {}, { connection: 'close', 'retry-after': '30' });

/** One delivery as it goes through the steps; each step fills in what the next one needs. */
interface Delivery {
  headers: IncomingHttpHeaders;
  /** A re-encoded body: routed as a hint, never verified, never carrying a SHA or tag. */
  hint?: boolean;
  id?: string;
  event?: string;
  body: Buffer;
  /** HMAC-SHA256 of the body, computed while it streamed in. */
  digest?: Buffer;
  /** The replay key on what the signature covers: the same signed body under another delivery id is a replay. */
  bodyKey?: string;
  /** Logged with the answer (repo and action once the payload is trusted). */
  record: Record<string, unknown>;
  payload?: Payload;
  route?: Extract<Route, { kind: 'dispatch' }>;
}

/** The receiver's state the steps share. */
interface Receiver {
  secret: string;
  manifest: () => Pick<Manifest, 'binaries'>;
  queue: DispatchQueue<Job>;
  deliveries: RecentKeys;
  coalesced: RecentKeys;
  ignore: Set<string>;
  /** Dispatches queued and not settled yet, by delivery id, body key and coalescing key: true once landed. */
  pending: Map<string, Promise<boolean>>;
  /** The keys of landed dispatches on disk (with a state dir). */
  landed?: LandedKeys;
  emit: Emit;
}

/** Nothing about the body is trusted (or logged) before the signature checks out. */
function verify(r: Receiver, d: Delivery): Reply | undefined {
  if (d.hint) {
    d.bodyKey = `body:${d.digest!.toString('hex')}`;
    return undefined;
  }
  const given = parseSignature(d.headers['x-hub-signature-256']);
  if (given && d.digest && signatureMatches(given, d.digest)) {
    d.bodyKey = `body:${d.digest.toString('hex')}`;
    return undefined;
  }
  return reply(401, 'unauthorized', { error: 'signature does not match' });
}

/** Refused before a byte of the body is read: no (or a malformed) signature can never verify. */
function unsigned(req: IncomingMessage): Reply | undefined {
  const raw = req.headers['x-hub-signature-256'];
  if (parseSignature(raw)) return undefined;
  return reply(401, 'unauthorized', { error: raw ? 'malformed X-Hub-Signature-256' : 'missing X-Hub-Signature-256' }, { connection: 'close' });
}

function parse(r: Receiver, d: Delivery): Reply | undefined {
  if (!d.event) return reply(400, 'bad-request', { error: 'missing X-GitHub-Event' });
  if (r.ignore.has(d.event)) return reply(200, 'ignored', { reason: `event ${d.event} is ignored (--ignore-event)` });
  try {
    const type = d.headers['content-type'];
    d.payload = parsePayload(d.body, typeof type === 'string' ? type : undefined);
  } catch (err) {
    return reply(400, 'bad-request', { error: `body is not a webhook payload: ${oneLine(err)}` });
  }
  d.record.repo = typeof d.payload.repository?.full_name === 'string' ? d.payload.repository.full_name : null;
  if (typeof d.payload.action === 'string') d.record.action = d.payload.action;
  if (d.event === 'ping') return reply(200, 'ping', { hook_id: d.payload.hook_id ?? null });
  if (!d.id) return reply(400, 'bad-request', { error: 'missing X-GitHub-Delivery' });
  if (r.deliveries.has(d.id)) return { ...reply(200, 'duplicate'), settled: r.pending.get(d.id) };
  // The delivery id is not signed: the same signed body replayed under fresh ids is still one event.
  if (r.deliveries.has(d.bodyKey!))
    return { ...reply(200, 'duplicate', { reason: 'the same signed body was already accepted' }), settled: r.pending.get(d.bodyKey!) };
  return undefined;
}

function route(r: Receiver, d: Delivery): Reply | undefined {
  let found: Route;
  try {
    found = routeEvent(d.event!, d.payload!, r.manifest());
  } catch (err) {
    return reply(400, 'bad-request', { error: oneLine(err) });
  }
  if (found.kind === 'ignore') return reply(200, 'ignored', { reason: found.reason });
  if (found.coalesceKey && r.coalesced.has(found.coalesceKey)) {
    // Once the dispatch it joined has landed, this delivery counts as dispatched too (after a restart as well).
    const joined = r.pending.get(found.coalesceKey) ?? Promise.resolve(true);
    const keys = [d.id!, d.bodyKey!];
    const settled = joined.then((landed) => (landed ? remember(r, keys) : undefined));
    return { ...reply(200, 'coalesced', { reason: 'the same tag or release was just dispatched' }), settled };
  }
  d.route = d.hint ? { ...found, update: hintOnly(found.update) } : found;
  return undefined;
}

/** What an unverifiable body may say: which upstream to re-check, not which commit or tag it is at. */
function hintOnly(update: UpstreamUpdate): UpstreamUpdate {
  return { ...update, sha: null, tag: null, ref: update.ref.startsWith('refs/heads/') ? update.ref : '' };
}

function dispatch(r: Receiver, d: Delivery): Reply {
  const { update, coalesceKey } = d.route!;
  const id = d.id!;
  // Not remembered when refused: the redelivery GitHub offers for a failed delivery must go through.
  const payload: ClientPayload = d.hint ? { ...update, delivery: id, unverified: true } : { ...update, delivery: id };
  let done!: (landed: boolean) => void;
  const settled = new Promise<boolean>((resolve) => (done = resolve));
  if (!r.queue.offer(id, { payload, coalesceKey, bodyKey: d.bodyKey!, done, settled }))
    return reply(503, 'queue-full', { depth: r.queue.depth }, { 'retry-after': '60' });
  r.deliveries.add(id);
  r.deliveries.add(d.bodyKey!);
  if (coalesceKey) r.coalesced.add(coalesceKey);
  for (const key of [id, d.bodyKey!, coalesceKey]) if (key) r.pending.set(key, settled);
  return { ...reply(202, 'accepted', { upstream: update.upstream, ref: update.ref }), settled };
}

/** Puts landed keys on disk (with a state dir); a failed write is logged, never retried as a dispatch. */
async function remember(r: Pick<Receiver, 'landed' | 'emit'>, keys: string[]): Promise<void> {
  await r.landed?.add(keys).catch((err) => r.emit('warn', { msg: 'state', outcome: 'write-failed', error: oneLine(err) }));
}

/** A Dispatch from the options: theirs, or one through the shared GitHub client. */
function dispatcherFor(options: WebhookOptions, emit: Emit): Dispatch {
  if (options.dispatch) return options.dispatch;
  if (!options.token) throw new Error('a token (or a dispatch function) is required to send dispatches');
  return createDispatcher({
    token: options.token,
    apiUrl: options.apiUrl,
    eventType: options.eventType,
    warn: (message) => emit('warn', { msg: 'github', message }),
  });
}

type Emit = (level: 'info' | 'warn', record: Record<string, unknown>) => void;

type Keys = Pick<Receiver, 'deliveries' | 'coalesced' | 'pending' | 'landed' | 'emit'>;

function queueFor(options: WebhookOptions, send: Dispatch, r: Keys, emit: Emit): DispatchQueue<Job> {
  return new DispatchQueue<Job>({
    capacity: options.queueSize ?? 100,
    concurrency: options.concurrency ?? 4,
    attempts: options.attempts ?? 6,
    retryable: isRetryable,
    run: async (job) => {
      await send(options.target, job.payload);
      // On disk before the delivery settles (and before the dispatch line is logged): a source may
      // checkpoint past it only once a resend of it would be taken for a duplicate.
      await remember(r, [job.payload.delivery, job.bodyKey]);
    },
    onSettled: (id, job, result) => {
      for (const key of [id, job.bodyKey, job.coalesceKey]) if (key && r.pending.get(key) === job.settled) r.pending.delete(key);
      job.done(result.ok);
      const base = {
        msg: 'dispatch',
        id,
        upstream: job.payload.upstream,
        ref: job.payload.ref,
        target: options.target,
        attempts: result.attempts,
        ms: result.ms,
      };
      if (result.ok) return emit('info', { ...base, outcome: 'dispatched' });
      // Forget the delivery so a redelivery from the hook's page (same id) is not taken for a replay.
      r.deliveries.forget(id);
      r.deliveries.forget(job.bodyKey);
      if (job.coalesceKey) r.coalesced.forget(job.coalesceKey);
      emit('warn', { ...base, outcome: 'failed', error: oneLine(result.error) });
    },
  });
}

/**
 * The webhook receiver as a plain Node request handler: mount it on any Node HTTP host, or let
 * startWebhookServer serve it. Routes: `GET /healthz`, and `POST` on any other path for deliveries
 * (the signature is what authenticates, so a reverse proxy may mount it under any prefix).
 */
export function createWebhookHandler(options: WebhookOptions): WebhookHandler {
  if (!options.secret) throw new Error('webhook secret is empty');
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const emit: Emit = (level, record) => options.log?.[level](JSON.stringify({ time: new Date().toISOString(), ...record }));
  const window = options.replayWindow ?? 10_000;
  const keys: Keys = {
    deliveries: new RecentKeys(window),
    coalesced: new RecentKeys(1_000, options.coalesceMs ?? 120_000),
    pending: new Map(),
    landed: options.stateDir ? new LandedKeys(options.stateDir, window) : undefined,
    emit,
  };
  for (const key of keys.landed?.keys() ?? []) keys.deliveries.add(key);
  const r: Receiver = {
    ...keys,
    secret: options.secret,
    manifest: typeof options.manifest === 'function' ? options.manifest : () => options.manifest as Pick<Manifest, 'binaries'>,
    queue: queueFor(options, dispatcherFor(options, emit), keys, emit),
    ignore: new Set(options.ignoreEvents ?? []),
  };
  const budget = new BodyBudget(options.budget);
  let closing = false;
  const health = (): Health => ({
    ok: !closing,
    draining: closing,
    queue: { depth: r.queue.depth, running: r.queue.running, capacity: r.queue.capacity },
    ...r.queue.stats,
    inFlight: budget.inFlight,
  });

  async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const d: Delivery = { headers: req.headers, id: header(req, 'x-github-delivery'), event: header(req, 'x-github-event'), body: Buffer.alloc(0), record: {} };
    d.record = { msg: 'delivery', id: d.id ?? null, event: d.event ?? null };
    const answer = (reply: Reply) => {
      sendJson(res, reply.status, { outcome: reply.outcome, ...reply.extra }, reply.headers);
      settle(d, reply, started);
    };
    if (closing) return answer(SHUTTING_DOWN);
    const refused = unsigned(req);
    if (refused) return refuseUnread(req, () => answer(refused));
    const body = await readDelivery(req, r.secret, maxBody, budget, answer);
    if (!body) return;
    try {
      // Shutdown may have begun while the body was arriving: the drain must not gain new work.
      if (closing) return answer(SHUTTING_DOWN);
      d.body = body.bytes;
      d.digest = body.digest;
      answer(verify(r, d) ?? parse(r, d) ?? route(r, d) ?? dispatch(r, d));
    } finally {
      body.release();
    }
  }

  /** Logs the answer, and keeps an accepted delivery in the save folder. */
  function settle(d: Delivery, { status, outcome, extra = {} }: Reply, started: number): void {
    emit(status >= 500 || status === 401 ? 'warn' : 'info', { ...d.record, outcome, status, ...extra, ms: Date.now() - started });
    if (status === 202 && options.saveDir) save(options.saveDir, d).catch((err) => emit('warn', { msg: 'save', id: d.id, error: oneLine(err) }));
  }

  function deliver(sourced: SourcedDelivery): DeliverResult {
    const started = Date.now();
    const headers = Object.fromEntries(Object.entries(sourced.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const d: Delivery = {
      headers,
      hint: !sourced.exact,
      id: headers['x-github-delivery'] || undefined,
      event: headers['x-github-event'] || undefined,
      body: sourced.body,
      digest: createHmac('sha256', r.secret).update(sourced.body).digest(),
      record: {},
    };
    d.record = { msg: 'delivery', source: sourced.source, id: d.id ?? null, event: d.event ?? null, ...(d.hint ? { verified: false } : {}) };
    const result = closing ? SHUTTING_DOWN : (verify(r, d) ?? parse(r, d) ?? route(r, d) ?? dispatch(r, d));
    settle(d, result, started);
    // Not taken (503): never settled, so a source does not checkpoint past it.
    const settled = result.status === 503 ? new Promise<void>(() => {}) : Promise.resolve(result.settled).then(() => undefined);
    return { status: result.status, outcome: result.outcome, settled };
  }

  const handler = ((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      const h = health();
      return sendJson(res, h.ok ? 200 : 503, h);
    }
    if (req.method !== 'POST')
      return sendJson(res, req.method === 'GET' ? 404 : 405, { error: 'POST webhook deliveries here; GET /healthz for health' }, { allow: 'POST' });
    receive(req, res).catch((err) => {
      emit('warn', { msg: 'delivery', outcome: 'error', error: oneLine(err) });
      if (!res.headersSent) sendJson(res, 500, { outcome: 'error' });
      else res.destroy();
    });
  }) as WebhookHandler;

  handler.health = health;
  handler.deliver = deliver;
  handler.close = async ({ drainTimeoutMs = Infinity } = {}) => {
    closing = true;
    const drained = await r.queue.drain(drainTimeoutMs);
    const abandoned = drained ? [] : r.queue.abandon().map((j) => j.id);
    return { drained, abandoned };
  };
  return handler;
}

/** `<delivery>.json`: the headers and the exact body (base64), to replay or inspect later. */
async function save(dir: string, d: Delivery): Promise<void> {
  await mkdir(dir, { recursive: true });
  const name = (d.id ?? 'unknown').replace(/[^A-Za-z0-9_-]/g, '_');
  const headers = Object.fromEntries(Object.entries(d.headers).filter(([k, v]) => typeof v === 'string' && (k.startsWith('x-') || k === 'content-type')));
  await writeFile(join(dir, `${name}.json`), JSON.stringify({ id: d.id, event: d.event, verified: !d.hint, headers, body: d.body.toString('base64') }));
}

const OVERLOADED = reply(503, 'overloaded', { error: 'too many bodies in flight; retry later' }, { connection: 'close', 'retry-after': '30' });

/**
 * The body and its HMAC (computed while it streamed in), holding its share of the memory budget
 * until `release`; or undefined once answered (413, 503) or when the client went away.
 */
async function readDelivery(
  req: IncomingMessage,
  secret: string,
  maxBody: number,
  budget: BodyBudget,
  answer: (r: Reply) => void,
): Promise<{ bytes: Buffer; digest: Buffer; release(): void } | undefined> {
  const refuse = (r: Reply) => refuseUnread(req, () => answer(r));
  const length = req.headers['content-length'];
  const declared = length === undefined ? undefined : Number(length);
  if (declared !== undefined && !(Number.isSafeInteger(declared) && declared >= 0))
    return void refuse(reply(400, 'bad-request', { error: 'bad Content-Length' }));
  if (declared !== undefined && declared > maxBody) return void refuse(reply(413, 'too-large', { limit: maxBody }, { connection: 'close' }));
  // Shed before reading: the reservation is taken for the declared size, so memory never grows past the budget.
  const reservation = budget.admit(declared);
  if (!reservation) return void refuse(OVERLOADED);
  const hmac = createHmac('sha256', secret);
  const body = await readBody(req, { limit: maxBody, declared, onChunk: (c) => hmac.update(c), grow: reservation.grow });
  if (Buffer.isBuffer(body)) return { bytes: body, digest: hmac.digest(), release: reservation.release };
  reservation.release();
  if (body === 'too-large') refuse(reply(413, 'too-large', { limit: maxBody }, { connection: 'close' }));
  else if (body === 'overloaded') refuse(OVERLOADED);
  return undefined;
}

export interface ServerOptions extends WebhookOptions {
  port: number;
  /** Headers must arrive within this (default 10 s); enforced within a second of it. */
  headersTimeoutMs?: number;
  /** A whole request must arrive within this (default 30 s: a 25 MB body needs time on a slow link). */
  requestTimeoutMs?: number;
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
  // Slow-loris guards: headers must arrive within 10 s and a whole request within 30 s (a 25 MB
  // body needs some time on a slow link); idle keep-alive sockets go after 5 s. Node checks these
  // timeouts every connectionsCheckingInterval (30 s by default, so a trickle was held ~30 s):
  // checked every second here, a trickle is cut on time.
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const server = createServer(
    { connectionsCheckingInterval: Math.min(1_000, headersTimeout), headersTimeout, requestTimeout: options.requestTimeoutMs ?? 30_000 },
    handler,
  );
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
