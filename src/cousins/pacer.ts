import type { GitHub } from '../github/client.js';

/**
 * Shares one rate-limit pause across every request of a client. The throttling plugin waits out
 * `retry-after` for the request that was refused, but the other requests in flight would each
 * run into the same limit and be refused in turn (on GitHub, repeated violations lengthen the
 * ban). The pacer sees every HTTP attempt: after a refusal with `retry-after`, every attempt —
 * new ones and retries alike — holds until that moment has passed.
 */
export class Pacer {
  private notBefore = 0;
  /** How many refusals were seen, for the summary and the benchmark. */
  refusals = 0;
  waitedMs = 0;

  /** `unitMs`: milliseconds per second of `retry-after` (SYNC_RATE_LIMIT_UNIT_MS, tests and benches). */
  constructor(private readonly unitMs = unitFromEnv()) {}

  /** Holds the caller until the shared pause is over. */
  async ready(): Promise<void> {
    for (;;) {
      const wait = this.notBefore - Date.now();
      if (wait <= 0) return;
      this.waitedMs += wait;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** Records a refusal: nobody sends before `retryAfterSeconds` from now. */
  refused(retryAfterSeconds: number): void {
    this.refusals++;
    this.notBefore = Math.max(this.notBefore, Date.now() + retryAfterSeconds * this.unitMs);
  }

  /** Routes every HTTP attempt of `client` (retries included) through the pacer. */
  install(client: GitHub): GitHub {
    const pacedFetch = (inner: typeof fetch): typeof fetch =>
      (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
        await this.ready();
        const res = await inner(input, init);
        if (res.status === 403 || res.status === 429) {
          const after = Number(res.headers.get('retry-after'));
          const remaining = res.headers.get('x-ratelimit-remaining');
          if (Number.isFinite(after) && after > 0) this.refused(after);
          else if (remaining === '0') {
            const reset = Number(res.headers.get('x-ratelimit-reset'));
            if (Number.isFinite(reset)) this.refused(Math.max(0, reset - Date.now() / 1000));
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

function unitFromEnv(): number {
  const raw = process.env.SYNC_RATE_LIMIT_UNIT_MS;
  const value = Number(raw);
  return raw !== undefined && raw !== '' && Number.isFinite(value) && value >= 0 ? value : 1000;
}
