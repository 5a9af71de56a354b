/**
 * The bounded background queue between "GitHub got its answer" and "the dispatch landed".
 *
 * GitHub gives a webhook 10 s to answer and does not retry a failed delivery on its own, so the
 * receiver answers as soon as a job is queued and does the API call here. The bound is on every job
 * not yet finished (waiting + running + waiting to retry): when it is reached `offer` says no and the
 * receiver answers 503, which GitHub shows as a failed delivery that can be redelivered. An unbounded
 * queue would instead turn an outage of the target into unbounded memory and silently lost events
 * at the next restart.
 */
import { retryBaseMs } from '../net/timing.js';

export type JobResult = { ok: true; attempts: number; ms: number } | { ok: false; attempts: number; ms: number; error: unknown };

export interface QueueOptions<T> {
  /** Most jobs outstanding at once (queued, running or backing off). */
  capacity: number;
  /** Jobs running at once. */
  concurrency: number;
  run: (data: T) => Promise<void>;
  /** Tries per job, counting the first (default 3). The API client retries 5xx inside each try too. */
  attempts?: number;
  /** Whether a failure is worth another try (default: always). */
  retryable?: (err: unknown) => boolean;
  /** Wait before try `attempt + 1` (default 1 s, 2 s, 4 s ... scaled by SYNC_RETRY_BASE_MS). */
  backoffMs?: (attempt: number) => number;
  /** Longest wait between tries once a drain has begun (default a quarter of the base: 250 ms). */
  drainBackoffMs?: number;
  onSettled?: (id: string, data: T, result: JobResult) => void;
}

interface Job<T> {
  id: string;
  data: T;
}

export { retryBaseMs };

export class DispatchQueue<T> {
  private readonly waiting: Job<T>[] = [];
  private active = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly attempts: number;
  private readonly backoff: (attempt: number) => number;
  private readonly drainBackoff: number;
  private readonly timers = new Set<{ timer: NodeJS.Timeout; wake: (ms: number) => void }>();
  private draining = false;
  private stopped = false;
  /** Jobs finished since start, for /healthz. */
  readonly stats = { accepted: 0, dispatched: 0, failed: 0, rejected: 0 };

  constructor(private readonly options: QueueOptions<T>) {
    if (!(options.capacity >= 1)) throw new RangeError(`queue capacity must be at least 1, got ${options.capacity}`);
    if (!(options.concurrency >= 1)) throw new RangeError(`queue concurrency must be at least 1, got ${options.concurrency}`);
    this.attempts = Math.max(1, options.attempts ?? 3);
    const base = retryBaseMs();
    this.backoff = options.backoffMs ?? ((attempt) => base * 2 ** (attempt - 1));
    this.drainBackoff = options.drainBackoffMs ?? base / 4;
  }

  /** Jobs not finished yet: waiting, running or backing off between tries. */
  get depth(): number {
    return this.waiting.length + this.active;
  }

  get running(): number {
    return this.active;
  }

  get capacity(): number {
    return this.options.capacity;
  }

  /** Queues a job; false when the queue is full (the caller answers 503). */
  offer(id: string, data: T): boolean {
    if (this.depth >= this.options.capacity) {
      this.stats.rejected++;
      return false;
    }
    this.stats.accepted++;
    this.waiting.push({ id, data });
    this.pump();
    return true;
  }

  /**
   * Resolves true once every job has finished, or false when `timeoutMs` passes first. Backoff
   * waits are cut to `drainBackoffMs` so a drain does not sit out a long pause: a job waiting to
   * retry gets its next try almost at once, yet a target still failing is not hammered.
   */
  async drain(timeoutMs = Infinity): Promise<boolean> {
    this.draining = true;
    for (const t of [...this.timers]) t.wake(this.drainBackoff);
    if (this.depth === 0) return true;
    const idle = new Promise<boolean>((resolve) => this.idleWaiters.push(() => resolve(true)));
    if (!Number.isFinite(timeoutMs)) return idle;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs));
    });
    try {
      return await Promise.race([idle, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Drops the jobs that have not started (returned, so they can be logged for redelivery) and lets
   * the running ones finish their current try without another: used when a drain ran out of time.
   */
  abandon(): Array<{ id: string; data: T }> {
    this.stopped = true;
    for (const t of [...this.timers]) t.wake(0);
    return this.waiting.splice(0, this.waiting.length);
  }

  private pump(): void {
    while (this.active < this.options.concurrency && this.waiting.length) {
      const job = this.waiting.shift()!;
      this.active++;
      void this.work(job).finally(() => {
        this.active--;
        this.pump();
        if (this.depth === 0) {
          const waiters = this.idleWaiters;
          this.idleWaiters = [];
          for (const w of waiters) w();
        }
      });
    }
  }

  private async work(job: Job<T>): Promise<void> {
    const started = Date.now();
    let attempt = 0;
    for (;;) {
      attempt++;
      try {
        await this.options.run(job.data);
        this.stats.dispatched++;
        this.settle(job, { ok: true, attempts: attempt, ms: Date.now() - started });
        return;
      } catch (error) {
        const again = !this.stopped && attempt < this.attempts && (this.options.retryable?.(error) ?? true);
        if (again) await this.sleep(this.backoff(attempt));
        // Abandoned while it waited: no further try.
        if (!again || this.stopped) {
          this.stats.failed++;
          this.settle(job, { ok: false, attempts: attempt, ms: Date.now() - started, error });
          return;
        }
      }
    }
  }

  private settle(job: Job<T>, result: JobResult): void {
    try {
      this.options.onSettled?.(job.id, job.data, result);
    } catch {
      // A logging hook must never take the queue down.
    }
  }

  /** A backoff wait; `wake(ms)` cuts it to at most `ms` from now (drain, abandon). */
  private sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const wait = this.draining ? Math.min(ms, this.drainBackoff) : ms;
    return new Promise((resolve) => {
      const done = () => {
        this.timers.delete(entry);
        resolve();
      };
      const deadline = Date.now() + wait;
      const entry = {
        timer: setTimeout(done, wait),
        wake: (cap: number) => {
          if (deadline - Date.now() <= cap) return;
          clearTimeout(entry.timer);
          entry.timer = setTimeout(done, cap);
        },
      };
      this.timers.add(entry);
    });
  }
}
