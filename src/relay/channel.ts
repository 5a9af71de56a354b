/**
 * One relay channel: its bounded history and its live subscribers. Events are published one at a
 * time (ids, journal order and fan-out order agree), each rendered once per format for every
 * subscriber. A subscriber that falls behind by more than `maxBufferedBytes` is cut rather than
 * buffered without end or silently skipped: it reconnects with Last-Event-ID and catches up from
 * history.
 */
import type { ServerResponse } from 'node:http';
import { compareIds, IdClock, parseId, renderEvent, renderGap, type Format, type RelayEvent } from './events.js';
import type { Journal } from './journal.js';

export interface HistoryBounds {
  /** Events kept (default 1000). */
  maxEvents?: number;
  /** Body bytes kept (default 64 MiB). */
  maxBytes?: number;
  /** Age kept (default 72 h: GitHub lets deliveries be redelivered for 3 days). */
  maxAgeMs?: number;
}

export interface Subscriber {
  res: ServerResponse;
  format: Format;
}

export class Channel {
  readonly subscribers = new Set<Subscriber>();
  private readonly history: RelayEvent[] = [];
  private bytes = 0;
  /** The newest id trimmed from history: a Last-Event-ID older than it has missed events. */
  private trimmedThrough?: [number, number];
  private readonly clock: IdClock;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly bounds: Required<HistoryBounds>;

  constructor(
    readonly name: string,
    bounds: HistoryBounds = {},
    readonly journal?: Journal,
    private readonly maxBufferedBytes = 64 * 1024 * 1024,
    private readonly now: () => number = Date.now,
  ) {
    this.bounds = { maxEvents: bounds.maxEvents ?? 1000, maxBytes: bounds.maxBytes ?? 64 * 1024 * 1024, maxAgeMs: bounds.maxAgeMs ?? 72 * 3600_000 };
    this.clock = new IdClock(now);
  }

  /** Takes back what the journal kept (oldest first), trims it to the bounds and compacts the file. */
  async restore(events: RelayEvent[]): Promise<void> {
    for (const e of events) {
      this.clock.resumeAfter(e.id);
      this.history.push(e);
      this.bytes += e.body.length;
    }
    this.trim();
    await this.journal?.compact(this.history);
  }

  get lastId(): string | undefined {
    return this.history.at(-1)?.id;
  }

  get size(): { events: number; bytes: number } {
    return { events: this.history.length, bytes: this.bytes };
  }

  /** Gives the delivery its id, journals it (when journaling) and sends it to every subscriber. */
  publish(headers: Record<string, string>, body: Buffer, query: Record<string, string>): Promise<RelayEvent> {
    const next = this.chain.then(async () => {
      const event: RelayEvent = { id: this.clock.next(), timestamp: this.now(), headers, body, query };
      await this.journal?.append(event);
      this.history.push(event);
      this.bytes += body.length;
      this.trim();
      if (this.journal?.wasteful(this.history.length)) await this.journal.compact(this.history);
      this.fanOut(event);
      return event;
    });
    this.chain = next.catch(() => {});
    return next;
  }

  private fanOut(event: RelayEvent): void {
    const rendered: Partial<Record<Format, string>> = {};
    for (const s of this.subscribers) {
      const text = (rendered[s.format] ??= renderEvent(s.format, event));
      this.write(s, text);
    }
  }

  /** Writes to a subscriber, cutting it when it has fallen too far behind. */
  write(s: Subscriber, text: string): void {
    if (s.res.destroyed) return;
    if (s.res.writableLength > this.maxBufferedBytes) {
      this.subscribers.delete(s);
      s.res.destroy();
      return;
    }
    s.res.write(text);
  }

  /**
   * Adds a subscriber after sending it what it missed since `lastEventId` (none without one: a new
   * stream gets live events only). Runs in the publish order, so nothing falls between the resend
   * and the live events.
   */
  subscribe(s: Subscriber, lastEventId: string | undefined): Promise<void> {
    const next = this.chain.then(() => {
      const after = parseId(lastEventId);
      if (after && lastEventId) {
        if (this.trimmedThrough && compareIds(after, this.trimmedThrough) < 0) this.write(s, renderGap(lastEventId, this.history[0]?.id));
        for (const e of this.history) if (compareIds(parseId(e.id)!, after) > 0) this.write(s, renderEvent(s.format, e));
      }
      if (!s.res.destroyed) this.subscribers.add(s);
    });
    this.chain = next.catch(() => {});
    return next;
  }

  private trim(): void {
    const oldest = this.now() - this.bounds.maxAgeMs;
    while (this.history.length && (this.history.length > this.bounds.maxEvents || this.bytes > this.bounds.maxBytes || this.history[0].timestamp < oldest)) {
      const gone = this.history.shift()!;
      this.bytes -= gone.body.length;
      this.trimmedThrough = parseId(gone.id);
    }
  }

  /** Waits for publishes in progress (their journal writes included). */
  settled(): Promise<unknown> {
    return this.chain;
  }
}
