import { createClient, splitRepo, statusOf } from '../github/client.js';
import type { UpstreamUpdate } from './route.js';

export const EVENT_TYPE = 'upstream-update';

/** What a dispatch sends: the update plus the delivery that caused it (8 of GitHub's 10 keys). */
export type ClientPayload = UpstreamUpdate & {
  delivery: string;
  /** Set when the event came re-encoded (smee format): a hint to re-check, nothing more. */ unverified?: true;
};

/** Sends one `repository_dispatch` to `target`; rejects on failure (the queue retries). */
export type Dispatch = (target: string, payload: ClientPayload) => Promise<void>;

export interface DispatcherOptions {
  token: string;
  apiUrl?: string;
  eventType?: string;
  warn?: (message: string) => void;
}

/**
 * A Dispatch through the shared client (which waits out rate limits). Each call is one try: the
 * client's own 5xx / network retries are off, because their waits cannot be cut short, and a
 * shutdown must not sit out a 16 s backoff. The queue retries instead, and it shortens its waits
 * while draining.
 */
export function createDispatcher(options: DispatcherOptions): Dispatch {
  const octokit = createClient({ token: options.token, apiUrl: options.apiUrl, warn: options.warn });
  const eventType = options.eventType ?? EVENT_TYPE;
  return async (target, payload) => {
    await octokit.rest.repos.createDispatchEvent({
      ...splitRepo(target),
      event_type: eventType,
      client_payload: { ...payload } as Record<string, unknown>,
      request: { retries: 0 },
    });
  };
}

/**
 * Whether a failed dispatch deserves another try. A 4xx (bad token, no access, target missing,
 * payload refused) will fail the same way again; 5xx and network errors may not.
 */
export function isRetryable(err: unknown): boolean {
  const status = statusOf(err);
  return status === undefined || status >= 500;
}
