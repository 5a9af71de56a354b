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
 * - The checkpoint kept in `stateDir` is a watermark: it moves to event N only once N and every
 *   earlier event of this stream are settled (dispatched, dropped on purpose, or failed for good),
 *   not when N is merely queued. A restart sends it as Last-Event-ID, so the relay resends whatever
 *   was still pending when the process died (a SIGKILL included); the receiver's de-duplication,
 *   kept on disk in the same folder, stops a resent event that had already landed from landing
 *   twice. A reconnect within one run sends the last id received instead: what was received is
 *   still queued in this process.
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
  /**
   * Handles one delivery; a status of 503 means "not now": it is offered again after a wait.
   * `settled` resolves once the delivery is done with (dispatched, dropped, failed for good); the
   * checkpoint waits for it. Absent: settled at once.
   */
  onDelivery: (d: StreamDelivery) => Taken | Promise<Taken>;
  /** Where the last event id is kept across restarts. */
  stateDir?: string;
  /** A stream with no byte for this long is taken for dead (default 75 s: 2.5 heartbeats of 30 s). */
  silenceMs?: number;
  log: (level: 'info' | 'warn', record: Record<string, unknown>) => void;
}

export interface Taken {
  status: number;
  settled?: Promise<unknown>;
}

export interface StreamClient {
  /** The stream URL actually read. */
  streamUrl: string;
  format: 'smee' | 'exact';
  status(): { connected: boolean; lastEventId?: string; checkpoint?: string; unsettled: number; reconnects: number; lastByteAt?: number };
  /** Stops reading. Events taken go on settling, and the checkpoint follows them until `flush`. */
  stop(): Promise<void>;
  /** Resolves once the checkpoint of every event settled so far is on disk (after the receiver drained). */
  flush(): Promise<void>;
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

/**
 * The id just before `id` for `<epoch-ms>-<seq>` ids (our relay's and gosmee's, which resend what
 * comes after a Last-Event-ID in that order); undefined for other shapes.
 */
export function idBefore(id: string): string | undefined {
  const m = /^(\d{1,16})-(\d{1,9})$/.exec(id.trim());
  if (!m) return undefined;
  const [ms, seq] = [Number(m[1]), Number(m[2])];
  if (seq > 0) return `${ms}-${seq - 1}`;
  return ms > 0 ? `${ms - 1}-999999999` : undefined;
}

const stateFile = (dir: string, url: string) => join(dir, `relay-${createHash('sha256').update(url).digest('hex').slice(0, 16)}.last-event-id`);

export async function startStreamClient(options: StreamClientOptions): Promise<StreamClient> {
  const { url, format } = streamFor(options.source);
  const silenceMs = options.silenceMs ?? 75_000;
  const file = options.stateDir ? stateFile(options.stateDir, url) : undefined;
  let checkpointId = file ? (await readFile(file, 'utf8').catch(() => '')).trim() || undefined : undefined;
  /** The last id received: what a reconnect within this run resumes after. */
  let lastEventId = checkpointId;
  /** Events taken, in stream order, not yet under the checkpoint. */
  const unsettled: Array<{ id?: string; done: boolean }> = [];
  let writing: Promise<void> = Promise.resolve();
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

  /** Sets the checkpoint; the file is written atomically, writes serialized. */
  function persist(id: string): Promise<void> {
    checkpointId = id;
    if (!file) return writing;
    writing = writing
      .then(async () => {
        if (id !== checkpointId) return; // a newer one is queued behind: write that instead
        const temp = `${file}.tmp-${process.pid}`;
        await writeFile(temp, `${id}\n`);
        await rename(temp, file);
      })
      .catch((err) => options.log('warn', { msg: 'relay', outcome: 'checkpoint-failed', error: err instanceof Error ? err.message : String(err) }));
    return writing;
  }

  /** Moves the checkpoint over the settled head of the line. */
  function advance(): void {
    let moved: string | undefined;
    while (unsettled[0]?.done) moved = unsettled.shift()!.id ?? moved;
    if (moved && moved !== checkpointId) void persist(moved);
  }

  async function handle(message: EventSourceMessage): Promise<void> {
    if (message.event === 'gosmee-gap')
      options.log('warn', { msg: 'relay', outcome: 'gap', detail: message.data, hint: 'events were lost on the relay: run ghsync replay' });
    const d = deliveryFrom(message);
    // The very first event with no checkpoint yet: a checkpoint just before it goes to disk first,
    // or a restart before it settles would open a live-only stream and never see it again.
    if (d && message.id && !checkpointId && !unsettled.length) {
      const before = idBefore(message.id);
      if (before) await persist(before);
    }
    let settled: Promise<unknown> | undefined;
    if (d) {
      for (let attempt = 1; ; attempt++) {
        if (stopped) return; // not taken: neither resumed after nor checkpointed
        const taken = await options.onDelivery(d);
        if (taken.status !== 503) {
          settled = taken.settled;
          break;
        }
        await wait(Math.min(base * 2 ** (attempt - 1), 30 * base));
      }
    }
    if (message.id) lastEventId = message.id;
    const entry = { id: message.id || undefined, done: false };
    unsettled.push(entry);
    const done = () => ((entry.done = true), advance());
    if (settled) settled.then(done, done);
    else done();
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
    status: () => ({ connected, lastEventId, checkpoint: checkpointId, unsettled: unsettled.length, reconnects, lastByteAt }),
    async stop() {
      stopped = true;
      cut?.();
      wake?.();
      await loop;
    },
    async flush() {
      // Settlements reach advance() through promise callbacks: let those run first.
      await new Promise((resolve) => setImmediate(resolve));
      await writing;
    },
  };
}
