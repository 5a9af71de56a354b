/**
 * `ghsync relay`: a self-hosted webhook relay with a stable URL that smee.io's and gosmee's clients
 * (and `ghsync webhook --source`) can use.
 *
 *   POST /NAME                 takes a delivery (signature checked under a secret), 202 {id}
 *   GET  /NAME                 with Accept: text/event-stream: the stream in smee.io's format
 *   GET  /events/NAME          the stream in gosmee's format (exact body bytes)
 *   GET  /new                  (with allowNew) 307 to a fresh channel, as smee.io does
 *   GET  /health, /healthz, /version
 *
 * A valid stream request is always answered 200 (the real smee-client gives up for good on any
 * other status): while closing, streams are ended rather than refused.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Log } from '../runtime/log.js';
import { BodyBudget, type BudgetOptions } from '../webhook/budget.js';
import { readBody, refuseUnread, sendJson } from '../webhook/http.js';
import { parseSignature, signatureMatches } from '../webhook/verify.js';
import { Channel, type HistoryBounds, type Subscriber } from './channel.js';
import { relayedHeaders, renderHeartbeat, renderOpening, type Format } from './events.js';
import { Journal } from './journal.js';

export const RELAY_VERSION = '1';
/** gosmee's rule for channel names (smee.io allows any length up to 128; 12-64 suits both). */
export const CHANNEL_NAME = /^[A-Za-z0-9_-]{12,64}$/;
const MAX_CHANNELS = 10_000;

export interface RelayOptions {
  port: number;
  host?: string;
  /** Channels served from the start. */
  channels: string[];
  /** `GET /new` makes a channel, and a POST or stream on any valid name creates it. */
  allowNew?: boolean;
  /** When set, a delivery without a valid X-Hub-Signature-256 for it gets 401. */
  secret?: string;
  /** Where history is journaled (before each 2xx) so a restart keeps it. */
  journalDir?: string;
  history?: HistoryBounds;
  /** Heartbeat period on every stream (default 25 s: under proxies' 60 s read timeouts). */
  heartbeatMs?: number;
  /** The `retry:` sent to clients: how soon they reconnect (default 1 s). */
  retryMs?: number;
  /** Largest delivery (default 25 MB, GitHub's cap). */
  maxBodyBytes?: number;
  budget?: BudgetOptions;
  /** A subscriber this far behind is cut (it reconnects and catches up from history). */
  maxBufferedBytes?: number;
  log?: Log;
}

export interface RelayServer {
  url: string;
  port: number;
  server: Server;
  channel(name: string): Channel | undefined;
  close(): Promise<void>;
}

type Emit = (level: 'info' | 'warn', record: Record<string, unknown>) => void;

export async function startRelay(options: RelayOptions): Promise<RelayServer> {
  for (const name of options.channels) if (!CHANNEL_NAME.test(name)) throw new Error(`channel name "${name}" must be 12-64 of A-Z a-z 0-9 _ -`);
  const emit: Emit = (level, record) => options.log?.[level](JSON.stringify({ time: new Date().toISOString(), ...record }));
  const channels = new Map<string, Channel>();
  const opening = new Map<string, Promise<Channel>>();
  const maxBody = options.maxBodyBytes ?? 25 * 1024 * 1024;
  const budget = new BodyBudget(options.budget);
  const retryMs = options.retryMs ?? 1_000;
  let closing = false;

  async function openChannel(name: string): Promise<Channel> {
    const known = channels.get(name);
    if (known) return known;
    let pending = opening.get(name);
    if (!pending) {
      pending = (async () => {
        const stored = options.journalDir ? await Journal.open(options.journalDir, name) : undefined;
        const channel = new Channel(name, options.history, stored?.journal, options.maxBufferedBytes);
        await channel.restore(stored?.events ?? []);
        channels.set(name, channel);
        opening.delete(name);
        return channel;
      })();
      opening.set(name, pending);
    }
    return pending;
  }

  /** The channel a request names, or undefined when it is not served (404). */
  async function lookup(name: string): Promise<Channel | undefined> {
    if (!CHANNEL_NAME.test(name)) return undefined;
    if (channels.has(name)) return channels.get(name);
    if (!options.allowNew || channels.size >= MAX_CHANNELS) return undefined;
    return openChannel(name);
  }

  for (const name of options.channels) await openChannel(name);
  // Channels made with /new in an earlier run come back with their history.
  if (options.allowNew && options.journalDir) {
    const files = await readdir(options.journalDir).catch(() => [] as string[]);
    for (const f of files) if (f.endsWith('.jsonl') && CHANNEL_NAME.test(f.slice(0, -6))) await openChannel(f.slice(0, -6));
  }

  function stream(req: IncomingMessage, res: ServerResponse, channel: Channel, format: Format): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'access-control-allow-origin': '*',
    });
    if (closing) return void res.end();
    req.socket.setTimeout(0);
    req.socket.setNoDelay(true);
    res.write(renderOpening(format, retryMs));
    const s: Subscriber = { res, format };
    const lastEventId = req.headers['last-event-id'];
    const resumeFrom = typeof lastEventId === 'string' ? lastEventId : undefined;
    res.on('close', () => channel.subscribers.delete(s));
    channel.subscribe(s, resumeFrom).then(
      () => emit('info', { msg: 'subscribe', channel: channel.name, format, resume: resumeFrom ?? null, subscribers: channel.subscribers.size }),
      () => res.destroy(),
    );
  }

  async function intake(req: IncomingMessage, res: ServerResponse, channel: Channel): Promise<void> {
    const started = Date.now();
    const answer = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
      sendJson(res, status, body, headers);
      emit(status >= 400 ? 'warn' : 'info', {
        msg: 'delivery',
        channel: channel.name,
        event: req.headers['x-github-event'] ?? null,
        delivery: req.headers['x-github-delivery'] ?? null,
        status,
        ...body,
        ms: Date.now() - started,
      });
    };
    const refuse = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      refuseUnread(req, () => answer(status, body, { connection: 'close', ...headers }));
    if (closing) return refuse(503, { error: 'relay is shutting down' }, { 'retry-after': '5' });
    const type = String(req.headers['content-type'] ?? '').toLowerCase();
    const json = type.startsWith('application/json') || /^application\/[a-z0-9.+-]*\+json/.test(type);
    if (!json && !type.startsWith('application/x-www-form-urlencoded')) return refuse(415, { error: 'expected a JSON (or form-encoded) webhook body' });
    const given = options.secret ? parseSignature(req.headers['x-hub-signature-256']) : undefined;
    if (options.secret && !given) return refuse(401, { error: 'missing or malformed X-Hub-Signature-256' });
    const length = req.headers['content-length'];
    const declared = length === undefined ? undefined : Number(length);
    if (declared !== undefined && !(Number.isSafeInteger(declared) && declared >= 0)) return refuse(400, { error: 'bad Content-Length' });
    if (declared !== undefined && declared > maxBody) return refuse(413, { error: 'body too large', limit: maxBody });
    const reservation = budget.admit(declared);
    if (!reservation) return refuse(503, { error: 'too many bodies in flight; retry later' }, { 'retry-after': '30' });
    try {
      const hmac = options.secret ? createHmac('sha256', options.secret) : undefined;
      const body = await readBody(req, { limit: maxBody, declared, onChunk: hmac && ((c) => hmac.update(c)), grow: reservation.grow });
      if (body === 'aborted') return;
      if (body === 'too-large') return refuse(413, { error: 'body too large', limit: maxBody });
      if (body === 'overloaded') return refuse(503, { error: 'too many bodies in flight; retry later' }, { 'retry-after': '30' });
      if (hmac && !signatureMatches(given!, hmac.digest())) return answer(401, { error: 'signature does not match' });
      if (json) {
        try {
          JSON.parse(body.toString('utf8'));
        } catch {
          return answer(400, { error: 'body is not JSON' });
        }
      }
      const query = Object.fromEntries(new URL(req.url ?? '/', 'http://relay').searchParams);
      const event = await channel.publish(relayedHeaders(req.headers), body, query);
      answer(202, { id: event.id, subscribers: channel.subscribers.size });
    } finally {
      reservation.release();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://relay');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const read = method === 'GET' || method === 'HEAD';
    if (read && (path === '/health' || path === '/healthz' || path === '/version')) {
      const state = Object.fromEntries([...channels].map(([name, c]) => [name, { subscribers: c.subscribers.size, ...c.size, last_id: c.lastId ?? null }]));
      return sendJson(res, 200, { version: RELAY_VERSION, ok: !closing, channels: state }, { 'x-gosmee-version': RELAY_VERSION });
    }
    if (read && path === '/new') {
      if (!options.allowNew) return sendJson(res, 404, { error: 'channels are fixed here (start the relay with --allow-new)' });
      const name = randomBytes(12).toString('base64url');
      await openChannel(name);
      const proto = (req.headers['x-forwarded-proto'] as string | undefined)?.split(',')[0] ?? 'http';
      const host = (req.headers['x-forwarded-host'] as string | undefined) ?? req.headers.host ?? 'localhost';
      const location = `${proto}://${host}/${name}`;
      res.writeHead(307, { location, 'content-type': 'text/plain; charset=utf-8' });
      return void res.end(`${location}\n`);
    }
    const events = /^\/events\/([^/]+)$/.exec(path);
    const plain = /^\/([^/]+)$/.exec(path);
    const name = events?.[1] ?? plain?.[1];
    const channel = name ? await lookup(name) : undefined;
    if (!channel) return sendJson(res, 404, { error: name ? `no channel "${name}" here` : 'not found' });
    if (method === 'POST' && plain) return intake(req, res, channel);
    if (method === 'GET' && events) return stream(req, res, channel, 'gosmee');
    if (method === 'GET' && String(req.headers.accept ?? '').includes('text/event-stream')) return stream(req, res, channel, 'smee');
    if (read) {
      const text = `Relay channel ${channel.name}: POST webhooks here; stream with Accept: text/event-stream (smee format) or GET /events/${channel.name} (exact bytes).\n`;
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      return void res.end(method === 'HEAD' ? undefined : text);
    }
    sendJson(res, 405, { error: 'POST deliveries, GET streams' }, { allow: 'GET, HEAD, POST' });
  }

  const server = createServer({ connectionsCheckingInterval: 1_000, headersTimeout: 10_000, requestTimeout: 60_000 }, (req, res) => {
    handle(req, res).catch((err) => {
      emit('warn', { msg: 'request', error: err instanceof Error ? err.message : String(err) });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  // One timer for every stream: a comment (and smee's ping) so proxies keep the stream and clients can tell a dead one.
  const heartbeat = setInterval(() => {
    const text: Partial<Record<Format, string>> = {};
    for (const c of channels.values()) for (const s of c.subscribers) c.write(s, (text[s.format] ??= renderHeartbeat(s.format)));
  }, options.heartbeatMs ?? 25_000);
  heartbeat.unref();

  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    server,
    channel: (name) => channels.get(name),
    close() {
      closed ??= (async () => {
        closing = true;
        clearInterval(heartbeat);
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.all([...channels.values()].map((c) => c.settled()));
        for (const c of channels.values()) for (const s of c.subscribers) s.res.end();
        server.closeIdleConnections();
        server.closeAllConnections();
        await stopped;
        // Closed after the server, so no publish can reopen a journal file.
        await Promise.all([...channels.values()].map((c) => c.journal?.close()));
      })();
      return closed;
    },
  };
}
