/**
 * What the relay keeps of a delivery and how it is written on each stream format.
 *
 * - smee.io's format (`GET /NAME`, what the real smee-client reads): `data` is the JSON of the
 *   relayed headers plus `body` (the parsed JSON: smee-client re-serializes it, so the exact bytes
 *   and the signature over them are lost), `query` and a numeric `timestamp`. Never `bodyB` (it
 *   would become a header) and never an unnamed control frame (smee-client crashes on one).
 * - gosmee's format (`GET /events/NAME`): the relayed headers plus `bodyB` (the exact body bytes,
 *   base64) and `timestamp` as a string of milliseconds; never `body` beside `bodyB` (gosmee takes
 *   whichever its map iteration sees last).
 */

/** One relayed delivery. */
export interface RelayEvent {
  /** `<epoch-ms>-<seq>`, increasing per channel (gosmee resumes only from ids of that shape). */
  id: string;
  /** When the relay took it (ms since the epoch). */
  timestamp: number;
  /** The relayed headers (allowlisted, lower-case). */
  headers: Record<string, string>;
  /** The exact body bytes. */
  body: Buffer;
  query: Record<string, string>;
}

/** Headers relayed: the webhook's own, never hop-by-hop ones (`transfer-encoding` breaks undici, `host`/`via` broke proxies). */
export function relayedHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string') continue;
    const key = name.toLowerCase();
    const allowed = key === 'content-type' || key === 'user-agent' || (key.startsWith('x-') && !key.startsWith('x-forwarded-') && key !== 'x-real-ip');
    if (allowed) out[key] = value;
  }
  return out;
}

const ID = /^(\d{1,16})-(\d{1,9})$/;

/** The two numbers of an id, or undefined when it is not `<ms>-<seq>`. */
export function parseId(id: string | undefined): [number, number] | undefined {
  const m = id ? ID.exec(id.trim()) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** Negative when `a` is older than `b`. */
export function compareIds(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** Makes ids that increase even when the clock stands still or steps back. */
export class IdClock {
  private ms = 0;
  private seq = -1;

  constructor(private readonly now: () => number = Date.now) {}

  /** Continues after an id already handed out (from the journal). */
  resumeAfter(id: string): void {
    const p = parseId(id);
    if (p && compareIds(p, [this.ms, this.seq]) > 0) [this.ms, this.seq] = p;
  }

  next(): string {
    const now = this.now();
    if (now > this.ms) [this.ms, this.seq] = [now, 0];
    else this.seq++;
    return `${this.ms}-${this.seq}`;
  }
}

/** The body as smee.io gives it: the parsed JSON (a form body's fields; `{}` when it is neither). */
function smeeBody(e: RelayEvent): unknown {
  const type = e.headers['content-type'] ?? '';
  const text = e.body.toString('utf8');
  if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

/** One SSE frame; `data` is one line (JSON has no raw newlines). */
function frame(fields: { id?: string; event?: string; data: string }): string {
  return `${fields.id ? `id: ${fields.id}\n` : ''}${fields.event ? `event: ${fields.event}\n` : ''}data: ${fields.data}\n\n`;
}

export type Format = 'smee' | 'gosmee';

export function renderEvent(format: Format, e: RelayEvent): string {
  if (format === 'smee') return frame({ id: e.id, data: JSON.stringify({ ...e.headers, body: smeeBody(e), query: e.query, timestamp: e.timestamp }) });
  return frame({ id: e.id, data: JSON.stringify({ ...e.headers, timestamp: String(e.timestamp), bodyB: e.body.toString('base64') }) });
}

/** The first frames of a stream: a reconnect delay, then the client's "ready" (no id: it must not move Last-Event-ID). */
export function renderOpening(format: Format, retryMs: number): string {
  if (format === 'smee') return `retry: ${retryMs}\n\n${frame({ event: 'ready', data: '{}' })}`;
  return `retry: ${retryMs}\n\n${frame({ data: '{"message":"connected"}' })}${frame({ data: '{"message":"ready"}' })}`;
}

/** History older than the client's Last-Event-ID is gone: said with a named event every client skips or logs. */
export function renderGap(requested: string, oldest: string | undefined): string {
  return frame({ event: 'gosmee-gap', data: JSON.stringify({ error: 'missed_history', requested_id: requested, oldest_id: oldest ?? null }) });
}

/** A comment (invisible to every client) plus, on the smee stream, smee.io's named ping. */
export function renderHeartbeat(format: Format): string {
  return format === 'smee' ? `: keepalive\n\n${frame({ event: 'ping', data: '{}' })}` : ': keepalive\n\n';
}
