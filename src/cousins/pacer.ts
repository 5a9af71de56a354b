import { rateLimitUnitMs } from '../net/timing.js';
import type { GitHub } from '../github/client.js';

/**
 * Shares what the server said about its rate limits across every request of a client.
 *
 * The throttling plugin waits out `retry-after` for the one request that was refused, but the
 * other requests in flight would each run into the same limit (and on GitHub, repeated
 * violations lengthen the penalty). The pacer sees every HTTP attempt, retries included:
 *
 * - a refusal with `retry-after` pauses everybody (a primary limit until its reset);
 * - it also teaches the pacer the limit: as many writes as were accepted in the last
 *   `retry-after`. From then on writes are sent through a sliding window of that size and
 *   length, so the fan-out runs at the rate the server allows instead of bursting into
 *   refusals and sitting out a whole `retry-after` after each burst;
 * - a refusal while pacing means the guess was too high: a tenth less, and the full pause.
 */
export class Pacer {
  private notBefore = 0;
  /**
   * Recent writes (what secondary limits count): a slot is taken when a write is sent and
   * stamped again when its answer arrives — the server stamped it somewhere in between, so the
   * later time never frees a slot early.
   */
  private writes: Array<{ t: number }> = [];
  private learned: { max: number; windowMs: number } | undefined;
  private lastRefusal = -Infinity;
  /** Send times of accepted writes: what the server's window held when it refused. */
  private acceptedWrites: number[] = [];
  private learnedAt = -Infinity;
  /** How many refusals were seen, for the summary and the benchmark. */
  refusals = 0;
  waitedMs = 0;

  /** `unitMs`: milliseconds per second of `retry-after` (SYNC_RATE_LIMIT_UNIT_MS, tests and benches). */
  constructor(private readonly unitMs = unitFromEnv()) {}

  /** The limit learned so far, if any (for logs and the benchmark). */
  get limit(): { max: number; windowMs: number } | undefined {
    return this.learned;
  }

  private async sleep(ms: number) {
    this.waitedMs += ms;
    await new Promise((r) => setTimeout(r, ms));
  }

  /** Holds the caller until it may send; a write also takes a slot of the learned window. */
  async ready(write: boolean): Promise<{ sentAt: number; slot?: { t: number } }> {
    for (;;) {
      const now = Date.now();
      if (this.notBefore > now) {
        await this.sleep(this.notBefore - now);
        continue;
      }
      if (write && this.learned) {
        const { max, windowMs } = this.learned;
        this.writes = this.writes.filter((w) => now - w.t < windowMs);
        if (this.writes.length >= max) {
          const times = this.writes.map((w) => w.t).sort((a, b) => a - b);
          await this.sleep(times[times.length - max] + windowMs + 1 - now);
          continue;
        }
      }
      const slot = write ? { t: now } : undefined;
      if (slot) this.writes.push(slot);
      return { sentAt: now, slot };
    }
  }

  /** A refused write sent at `sentAt`, with the server's `retry-after` in seconds. */
  refused(retryAfterSeconds: number, sentAt: number, now = Date.now()): void {
    this.refusals++;
    // Sent before the last refusal was known: that refusal already accounted for it.
    if (sentAt <= this.lastRefusal) return;
    this.lastRefusal = now;
    const windowMs = Math.max(1, retryAfterSeconds * this.unitMs);
    if (!this.learned) {
      const accepted = this.acceptedWrites.filter((t) => now - t < windowMs).length;
      if (accepted > 0) {
        // Pace from here; the window itself decides when the next write may go. Writes still in
        // flight that turn out accepted raise the figure (see accepted()).
        this.learned = { max: accepted, windowMs };
        this.learnedAt = now;
        return;
      }
    } else {
      this.learned = { max: Math.max(1, Math.floor(this.learned.max * 0.9)), windowMs: Math.max(this.learned.windowMs, windowMs) };
    }
    this.notBefore = Math.max(this.notBefore, now + windowMs);
  }

  /** An accepted write sent at `sentAt`. */
  accepted(sentAt: number): void {
    if (!this.learned) {
      this.acceptedWrites.push(sentAt);
      if (this.acceptedWrites.length > 4096) this.acceptedWrites.splice(0, 2048);
    } else if (sentAt <= this.learnedAt && this.learnedAt - sentAt < this.learned.windowMs) {
      // In flight when the limit was learned, and the server took it: the window holds one more.
      this.learned.max++;
    }
  }

  /** A primary limit: wait until its reset. */
  exhausted(untilMs: number): void {
    this.refusals++;
    this.notBefore = Math.max(this.notBefore, untilMs);
  }

  /** Routes every HTTP attempt of `client` (retries included) through the pacer. */
  install(client: GitHub): GitHub {
    const pacedFetch = (inner: typeof fetch): typeof fetch =>
      (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
        const method = (init?.method ?? 'GET').toUpperCase();
        const { sentAt, slot } = await this.ready(method !== 'GET' && method !== 'HEAD');
        const res = await inner(input, init);
        if (slot) {
          if (res.ok) {
            slot.t = Date.now();
            this.accepted(sentAt);
          } else this.writes = this.writes.filter((w) => w !== slot); // refused: the server did not count it
        }
        if (res.status === 403 || res.status === 429) {
          const after = Number(res.headers.get('retry-after'));
          if (res.headers.has('retry-after') && Number.isFinite(after) && after >= 0) this.refused(after, sentAt);
          else if (res.headers.get('x-ratelimit-remaining') === '0') {
            const reset = Number(res.headers.get('x-ratelimit-reset'));
            if (Number.isFinite(reset)) this.exhausted(reset * 1000);
          }
        }
        return res;
      }) as typeof fetch;
    // before-after-hook binds every hook to the same options object (arguments passed inward are
    // ignored), so the per-request options are changed in place — a fresh `request` object, never
    // the shared defaults — and the retry and throttling plugins re-send them on every attempt.
    client.hook.before('request', (options) => {
      const opts = options as typeof options & { request?: { fetch?: typeof fetch } };
      const inner = opts.request?.fetch ?? globalThis.fetch;
      opts.request = { ...opts.request, fetch: pacedFetch(inner) };
    });
    return client;
  }
}

const unitFromEnv = rateLimitUnitMs;
