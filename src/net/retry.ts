/**
 * The one retry loop for requests outside Octokit (downloads, uploads, ls-remote):
 * a `Retryable` error is tried again after its own wait (a rate limit's) or exponential backoff
 * (SYNC_RETRY_BASE_MS, doubled each time); anything else ends it at once. A rate-limit wait
 * longer than the cap ends it too, saying so; every wait is reported through `onRetry`.
 */
import { MAX_RATE_LIMIT_WAIT_S, classifyRateLimit, type RateLimit } from './rate-limit.js';
import { MAX_RETRY_AFTER_S, backoffMs, rateLimitUnitMs, sleep } from './timing.js';

export class Retryable extends Error {
  override name = 'Retryable';
  constructor(
    message: string,
    /** Wait before the next try in ms; undefined: the backoff. */
    readonly waitMs?: number,
    readonly rateLimit?: RateLimit,
  ) {
    super(message);
  }
}

/** Every attempt failed (or a rate limit asked for a longer wait than the cap). */
export class GaveUp extends Error {
  override name = 'GaveUp';
  constructor(
    message: string,
    readonly attempts: number,
    readonly last: Retryable,
  ) {
    super(message);
  }
}

export interface RetryInfo {
  error: Retryable;
  /** The attempt that failed (1-based) and the one that comes next. */
  attempt: number;
  next: number;
  attempts: number;
  waitMs: number;
}

export interface RetryOptions {
  /** Attempts in all (>= 1). */
  attempts: number;
  onRetry?: (info: RetryInfo) => void;
  /** Longest rate-limit wait sat through, in seconds of the API (default 900). */
  maxRateLimitWaitS?: number;
}

export async function withRetries<T>(run: (attempt: number) => Promise<T>, o: RetryOptions): Promise<T> {
  const attempts = Math.max(1, o.attempts);
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(attempt);
    } catch (err) {
      if (!(err instanceof Retryable)) throw err;
      if (attempt >= attempts) throw new GaveUp(err.message, attempt, err);
      const limit = err.rateLimit;
      const cap = o.maxRateLimitWaitS ?? MAX_RATE_LIMIT_WAIT_S;
      if (limit && limit.seconds > cap) {
        throw new GaveUp(`${err.message}; the ${limit.kind} rate limit asks for a wait of ${limit.seconds} s, longer than the ${cap} s we wait`, attempt, err);
      }
      const waitMs = err.waitMs ?? backoffMs(attempt);
      o.onRetry?.({ error: err, attempt, next: attempt + 1, attempts, waitMs });
      await sleep(waitMs);
    }
  }
}

/**
 * What an HTTP error status means for a retry: a Retryable (rate limit with its wait; 5xx, 408,
 * 429 with the backoff) or undefined (a 4xx a retry will not change).
 */
export function retryableStatus(status: number, header: (name: string) => string | undefined, body: string, what: string): Retryable | undefined {
  const limit = classifyRateLimit(status, header, body);
  if (limit) return new Retryable(`${what} (${limit.kind} rate limit, wait ${limit.seconds} s)`, limit.waitMs, limit);
  if (status < 500 && status !== 429 && status !== 408) return undefined;
  // A bare number of seconds, or an HTTP date; capped, so a server asking for a day cannot hang the job.
  const raw = header('retry-after')?.trim() ?? '';
  const asked = /^\d+$/.test(raw) ? Number(raw) : raw && Number.isFinite(Date.parse(raw)) ? Math.ceil((Date.parse(raw) - Date.now()) / 1000) : 0;
  if (asked <= 0) return new Retryable(what);
  if (asked <= MAX_RETRY_AFTER_S) return new Retryable(what, asked * rateLimitUnitMs());
  return new Retryable(`${what}; it asked for a wait of ${asked} s, capped at ${MAX_RETRY_AFTER_S} s`, MAX_RETRY_AFTER_S * rateLimitUnitMs());
}
