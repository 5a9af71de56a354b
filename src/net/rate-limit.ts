/**
 * The one reading of GitHub's rate-limit answers, for requests that do not go through Octokit
 * (whose throttling plugin reads the same headers the same way):
 * - primary: 403/429 with `x-ratelimit-remaining: 0`; wait until `x-ratelimit-reset` (epoch s);
 * - secondary: a `retry-after` (seconds), or a 403/429 saying "secondary rate limit" without one
 *   (GitHub's advice: wait at least a minute).
 * Waits are in seconds of the API; `rateLimitUnitMs()` turns them into milliseconds.
 */
import { rateLimitUnitMs } from './timing.js';

export interface RateLimit {
  kind: 'primary' | 'secondary';
  /** Seconds to wait, as GitHub asks. */
  seconds: number;
  /** The same wait in ms (scaled by SYNC_RATE_LIMIT_UNIT_MS). */
  waitMs: number;
}

/** Longest rate-limit wait we sit through by default, in seconds of the API. */
export const MAX_RATE_LIMIT_WAIT_S = 900;

/** Fallback wait for a secondary limit that names no `retry-after`. */
export const SECONDARY_FALLBACK_S = 60;

export function classifyRateLimit(status: number, header: (name: string) => string | undefined, body = '', now = Date.now()): RateLimit | undefined {
  const make = (kind: RateLimit['kind'], seconds: number): RateLimit => ({ kind, seconds, waitMs: seconds * rateLimitUnitMs() });
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = Number(header('retry-after'));
  if (retryAfter > 0) return make('secondary', retryAfter);
  const reset = Number(header('x-ratelimit-reset'));
  if (header('x-ratelimit-remaining') === '0' && reset > 0) return make('primary', Math.max(1, Math.ceil(reset - now / 1000)));
  if (/secondary rate limit/i.test(body)) return make('secondary', SECONDARY_FALLBACK_S);
  return undefined;
}
