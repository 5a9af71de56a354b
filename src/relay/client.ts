/**
 * `ghsync webhook --source URL`: reads a relay channel's stream and hands each delivery on.
 *
 * - Which stream: smee.io's URL itself (smee format: a re-encoded body); any other relay's
 *   exact-bytes stream, `{URL minus its last segment}/events/{last segment}` (gosmee's rule, which
 *   our relay serves too), unless the URL already is an `/events/` one.
 * - Forever: any failure (refused, 4xx, 5xx, a wrong content type, a cut) is followed by a
 *   reconnect after a jittered backoff, 1 s doubling to 30 s (scaled by SYNC_RETRY_BASE_MS), reset
 *   once a connection has delivered a frame. A stream silent for longer than `silenceMs` (no byte,
 *   not even a heartbeat: a half-open connection) is dropped and reopened.
 * - The last event id is kept in `stateDir` (written atomically after each event is handled) and
 *   sent back as Last-Event-ID, so a restart resumes where it stopped on relays that keep history.
 * - A delivery the receiver cannot take now (503: queue full, shutting down) is offered again after
 *   a wait; the checkpoint does not move past it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { redactUrl, send } from '../net/http.js';
import { retryBaseMs } from '../net/timing.js';

export interface StreamDelivery {
  headers: Record<string, string>;
  body: Buffer;
  /** Exact bytes (bodyB) rather than a re-encoded body. */
  exact: boolean;
  /** The stream's event id, when it has one. */
  eventId?: string;
}

export interface StreamClientOptions {
  source: string;
  /** Handles one delivery; a status of 503 means "not now": it is offered again after a wait. */
  onDelivery: (d: StreamDelivery) => { status: number } | Promise<{ status: number }>;
  /** Where the last event id is kept across restarts. */
  stateDir?: string;
  /** A stream with no byte for this long is taken for dead (default 75 s: 2.5 heartbeats of 30 s). */
  silenceMs?: number;
  log: (level: 'info' | 'warn', record: Record<string, unknown>) => void;
}

export interface StreamClient {
  /** The stream URL actually read. */
  streamUrl: string;
  format: 'smee' | 'exact';
  status(): { connected: boolean; lastEventId?: string; reconnects: number; lastByteAt?: number };
  stop(): Promise<void>;
}

/** The stream to read for a channel URL, and what it carries. */
export function streamFor(source: string): { url: string; format: 'smee' | 'exact' } {
  const u = new URL(source);
  if (u.hostname === 'smee.io' || u.hostname.endsWith('.smee.io')) return { url: u.href, format: 'smee' };
  const parts = u.pathname.replace(/\/+$/, '').split('/');
  if (parts.at(-2) === 'events') return { url: u.href, format: 'exact' };
  const name = parts.pop();
  u.pathname = `${parts.join('/')}/events/${name}`;
  return { url: u.href, format: 'exact' };
}

/** The delivery a message carries, or undefined for control frames (ready, ping, connected, `{}`). */
export function deliveryFrom(message: EventSourceMessage): StreamDelivery | undefined {
  if (message.event && message.event !== 'message') return undefined;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(message.data);
  } catch {
    return undefined; // `data: ready` and the like
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  if (keys.length === 0 || (keys.length === 1 && keys[0] === 'message')) return undefined;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'string' && k !== 'bodyB' && k !== 'timestamp') headers[k.toLowerCase()] = v;
  let body: Buffer;
  let exact: boolean;
  if (typeof data.bodyB === 'string') {
    body = Buffer.from(data.bodyB, 'base64');
    exact = true;
  } else if ('body' in data) {
    body = Buffer.from(JSON.stringify(data.body));
    exact = false;
    headers['content-type'] = 'application/json';
  } else return undefined;
  return { headers, body, exact, eventId: message.id };
}

const stateFile = (dir: string, url: string) => join(dir, `relay-${createHash('sha256').update(url).digest('hex').slice(0, 16)}.last-event-id`);

export async function startStreamClient(options: StreamClientOptions): Promise<StreamClient> {
  const { url, format } = streamFor(options.source);
  const silenceMs = options.silenceMs ?? 75_000;
  const file = options.stateDir ? stateFile(options.stateDir, url) : undefined;
  let lastEventId = file ? (await readFile(file, 'utf8').catch(() => '')).trim() || undefined : undefined;
  if (options.stateDir) await mkdir(options.stateDir, { recursive: true });
  let stopped = false;
  let connected = false;
  let reconnects = 0;
  let lastByteAt: number | undefined;
  let cut: (() => void) | undefined;
  let wake: (() => void) | undefined;
  const base = retryBaseMs();

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  async function checkpoint(id: string): Promise<void> {
    lastEventId = id;
    if (!file) return;
    const temp = `${file}.tmp-${process.pid}`;
    await writeFile(temp, `${id}\n`);
    await rename(temp, file);
  }

  async function handle(message: EventSourceMessage): Promise<void> {
    if (message.event === 'gosmee-gap')
      options.log('warn', { msg: 'relay', outcome: 'gap', detail: message.data, hint: 'events were lost on the relay: run ghsync replay' });
    const d = deliveryFrom(message);
    if (d) {
      for (let attempt = 1; !stopped; attempt++) {
        const { status } = await options.onDelivery(d);
        if (status !== 503) break;
        await wait(Math.min(base * 2 ** (attempt - 1), 30 * base));
      }
    }
    if (message.id && !stopped) await checkpoint(message.id);
  }

  /** One connection: resolves when it ends, however it ends; true when it delivered anything. */
  async function once(): Promise<boolean> {
    const headers: Record<string, string> = { accept: 'text/event-stream', 'cache-control': 'no-cache' };
    if (lastEventId) headers['last-event-id'] = lastEventId;
    const res = await send(url, { headers, redirect: 'follow', timeouts: { connectMs: 30_000, responseMs: 30_000, idleMs: silenceMs } });
    const type = res.header('content-type') ?? '';
    if (res.status !== 200 || !type.startsWith('text/event-stream')) {
      res.discard();
      options.log('warn', {
        msg: 'relay',
        outcome: 'refused',
        url: redactUrl(url),
        status: res.status,
        content_type: type,
        hint: res.status === 404 ? 'is the channel name right?' : undefined,
      });
      return false;
    }
    connected = true;
    options.log('info', { msg: 'relay', outcome: 'connected', url: redactUrl(url), format, last_event_id: lastEventId ?? null });
    let got = false;
    const queue: EventSourceMessage[] = [];
    let draining: Promise<void> = Promise.resolve();
    const parser = createParser({
      onEvent: (m) => {
        got = true;
        queue.push(m);
        // Handled one at a time, in order; reading pauses while a delivery waits its turn.
        draining = draining.then(async () => {
          const next = queue.shift();
          if (next) await handle(next);
        });
      },
      onComment: () => (got = true),
    });
    const body = res.body;
    cut = () => body.destroy();
    await new Promise<void>((resolve) => {
      body.setEncoding('utf8');
      body.on('data', (chunk: string) => {
        lastByteAt = Date.now();
        parser.feed(chunk);
        if (queue.length > 100) {
          body.pause();
          draining.then(() => body.resume());
        }
      });
      body.on('end', resolve);
      body.on('error', resolve);
      body.on('close', resolve);
    });
    cut = undefined;
    connected = false;
    await draining;
    return got;
  }

  const loop = (async () => {
    let attempt = 0;
    while (!stopped) {
      let good = false;
      try {
        good = await once();
      } catch (err) {
        options.log('warn', { msg: 'relay', outcome: 'unreachable', url: redactUrl(url), error: err instanceof Error ? err.message : String(err) });
      }
      if (stopped) break;
      attempt = good ? 1 : attempt + 1;
      reconnects++;
      // Full jitter over an exponential cap: clients cut together do not come back together.
      const cap = Math.min(base * 2 ** (attempt - 1), 30 * base);
      const delay = Math.round(cap / 2 + (Math.random() * cap) / 2);
      options.log('info', { msg: 'relay', outcome: 'reconnecting', in_ms: delay, reconnects });
      await wait(delay);
    }
  })();

  return {
    streamUrl: url,
    format,
    status: () => ({ connected, lastEventId, reconnects, lastByteAt }),
    async stop() {
      stopped = true;
      cut?.();
      wake?.();
      await loop;
    },
  };
}
