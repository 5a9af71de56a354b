/**
 * The one place that reads the timing knobs. `SYNC_RETRY_BASE_MS` is the first retry's wait
 * (doubled each time after), `SYNC_RATE_LIMIT_UNIT_MS` the milliseconds in one second of a rate
 * limit's `retry-after` / `x-ratelimit-reset` wait. Both default to 1000. `SYNC_CONNECT_TIMEOUT_MS`
 * (30 s), `SYNC_RESPONSE_TIMEOUT_MS` (120 s) and `SYNC_IDLE_TIMEOUT_MS` (60 s) are every
 * transfer's timeouts. Tests and benchmarks shrink them. Read on each call, so a process that sets
 * them late still gets them.
 */

type Knob = 'SYNC_RETRY_BASE_MS' | 'SYNC_RATE_LIMIT_UNIT_MS' | 'SYNC_CONNECT_TIMEOUT_MS' | 'SYNC_RESPONSE_TIMEOUT_MS' | 'SYNC_IDLE_TIMEOUT_MS';

function msFromEnv(name: Knob, fallback = 1000): number {
  const raw = process.env[name];
  const value = Number(raw);
  return raw !== undefined && raw.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Connect, response (request sent → answer's headers) and idle (no byte either way) timeouts, in ms. */
export function netTimeouts(): { connectMs: number; responseMs: number; idleMs: number } {
  return {
    connectMs: msFromEnv('SYNC_CONNECT_TIMEOUT_MS', 30_000),
    responseMs: msFromEnv('SYNC_RESPONSE_TIMEOUT_MS', 120_000),
    idleMs: msFromEnv('SYNC_IDLE_TIMEOUT_MS', 60_000),
  };
}

/**
 * Longest `retry-after` sat through on an answer that is not a rate limit (a 503 or 429 from a
 * storage host or mirror), in seconds of the server: a longer one is cut to this and said so.
 */
export const MAX_RETRY_AFTER_S = 60;

/** Wait before the first retry, in ms (default 1000). */
export function retryBaseMs(): number {
  return msFromEnv('SYNC_RETRY_BASE_MS');
}

/** Milliseconds per second of a rate-limit wait (default 1000). */
export function rateLimitUnitMs(): number {
  return msFromEnv('SYNC_RATE_LIMIT_UNIT_MS');
}

/** Exponential backoff: the wait after failed attempt `attempt` (1-based): base, 2 base, 4 base... */
export function backoffMs(attempt: number): number {
  return retryBaseMs() * 2 ** Math.max(0, attempt - 1);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
