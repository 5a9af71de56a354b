/**
 * The one place that reads the timing knobs. `SYNC_RETRY_BASE_MS` is the first retry's wait
 * (doubled each time after), `SYNC_RATE_LIMIT_UNIT_MS` the milliseconds in one second of a rate
 * limit's `retry-after` / `x-ratelimit-reset` wait. Both default to 1000; tests and benchmarks
 * shrink them. Read on each call, so a process that sets them late still gets them.
 */

function msFromEnv(name: 'SYNC_RETRY_BASE_MS' | 'SYNC_RATE_LIMIT_UNIT_MS'): number {
  const raw = process.env[name];
  const value = Number(raw);
  return raw !== undefined && raw.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : 1000;
}

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
