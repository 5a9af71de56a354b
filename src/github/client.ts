import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { rateLimitUnitMs, retryBaseMs } from '../net/timing.js';
import { apiFetch } from './fetch.js';

/**
 * The one GitHub client every action and the CLI use: REST + GraphQL with Octokit's retry
 * plugin (5xx and network errors, with backoff) and throttling plugin (waits out primary and
 * secondary rate limits), pointed at GITHUB_API_URL / GITHUB_GRAPHQL_URL so GitHub Enterprise
 * Server works. The token is only ever sent as a header; nothing here logs it.
 * Built from @octokit/core and its plugins (what @actions/github's getOctokit assembles) without
 * @actions/github itself, which loads undici and @actions/http-client up front (+20 MiB, slower
 * start) to build a proxy-aware fetch. Requests go through src/net's transport (./fetch.ts), not
 * Node's fetch: same proxies (HTTPS_PROXY / HTTP_PROXY / NO_PROXY; test/e2e/proxy.test.ts reaches
 * GitHub through a name only the proxy resolves), same timeouts, and no undici to load.
 */
const Client = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type GitHub = InstanceType<typeof Client>;

export interface ClientOptions {
  /** Omitted or empty: anonymous (public repositories, 60 requests an hour), no Authorization header at all. */
  token?: string;
  /** REST base, default GITHUB_API_URL or https://api.github.com. */
  apiUrl?: string;
  /** GraphQL endpoint, default GITHUB_GRAPHQL_URL or the one beside apiUrl. */
  graphqlUrl?: string;
  /** How many times to retry a 5xx / network error (default 4). */
  retries?: number;
  /** How many times to wait out a rate limit before giving up (default 6). */
  rateLimitRetries?: number;
  /** Longest single rate-limit wait in seconds before giving up (default 900). */
  maxRateLimitWait?: number;
  /** Where warnings go (rate limit waits, retries). Default: stderr. */
  warn?: (message: string) => void;
}

export function apiUrlFromEnv(): string {
  return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

export function serverUrlFromEnv(): string {
  return (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}

/** GraphQL endpoint: GITHUB_GRAPHQL_URL, or derived from the REST base as GitHub lays them out. */
export function graphqlUrlFor(apiUrl: string): string {
  if (process.env.GITHUB_GRAPHQL_URL) return process.env.GITHUB_GRAPHQL_URL.replace(/\/+$/, '');
  return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`;
}

export function createClient(options: ClientOptions): GitHub {
  const apiUrl = (options.apiUrl ?? apiUrlFromEnv()).replace(/\/+$/, '');
  const graphqlUrl = options.graphqlUrl ?? graphqlUrlFor(apiUrl);
  const warn = options.warn ?? ((m: string) => process.stderr.write(`${m}\n`));
  const rateLimitRetries = options.rateLimitRetries ?? 6;
  const maxWait = options.maxRateLimitWait ?? 900;
  // Timing knobs (SYNC_RETRY_BASE_MS, SYNC_RATE_LIMIT_UNIT_MS) come from src/net/timing.ts.
  const rateUnit = rateLimitUnitMs();

  const onLimit =
    (kind: string) =>
    (retryAfter: number, opts: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${opts.method ?? 'GET'} ${opts.url ?? ''}`;
      if (retryCount >= rateLimitRetries || retryAfter > maxWait) {
        warn(`${kind} rate limit on ${what}: giving up after ${retryCount} waits (next wait ${retryAfter}s)`);
        return false;
      }
      warn(`${kind} rate limit on ${what}: waiting ${retryAfter}s (attempt ${retryCount + 1} of ${rateLimitRetries})`);
      return true;
    };

  const octokit = new Client({
    // Octokit sends no Authorization header when it has no auth (never "token undefined").
    ...(options.token ? { auth: `token ${options.token}` } : {}),
    baseUrl: apiUrl,
    userAgent: 'sync-actions',
    request: { fetch: apiFetch },
    retry: { retries: options.retries ?? 4, retryAfterBaseValue: retryBaseMs() },
    throttle: {
      retryAfterBaseValue: rateUnit,
      fallbackSecondaryRateRetryAfter: 60,
      // Octokit's default spaces every write a full second apart, one at a time. Our callers bound
      // their own concurrency and the throttling plugin still waits out secondary limits, so writes
      // are only kept from piling up unbounded here.
      write: new Bottleneck.Group({ maxConcurrent: 16, minTime: 0 }),
      // Bug 4: the plugin also puts writes that notify people (POST .../releases, issues, pulls,
      // comments) in a "notifications" group 3 s apart, one at a time: 11 new versions took 30 s
      // for 1 s of work. Same bound as other writes; secondary limits are still waited out.
      notifications: new Bottleneck.Group({ maxConcurrent: 16, minTime: 0 }),
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => warn(String(m)),
      error: (m: string) => warn(String(m)),
    },
  });
  // GraphQL goes to GITHUB_GRAPHQL_URL when set (Enterprise Server layouts differ).
  octokit.graphql = octokit.graphql.defaults({ url: graphqlUrl }) as typeof octokit.graphql;
  return octokit;
}

/** Splits `owner/name`. */
export function splitRepo(fullName: string): { owner: string; repo: string } {
  const [owner, repo] = fullName.split('/');
  return { owner, repo };
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's validation error codes (`already_exists`, ...) carried by a 422. */
export function validationCodes(err: unknown): string[] {
  const errors = (err as { response?: { data?: { errors?: Array<{ code?: string } | string> } } })?.response?.data?.errors;
  return Array.isArray(errors) ? errors.map((e) => (typeof e === 'string' ? e : (e.code ?? ''))) : [];
}
