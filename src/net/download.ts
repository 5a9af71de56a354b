/**
 * Streamed, verified, retried downloads. The body goes straight to disk while being hashed; a
 * download cut short (length) or corrupted (digest) is retried and never handed on. Redirects are
 * followed by hand so the Authorization header meant for the API never reaches the storage host
 * it redirects to (S3-style storage refuses it, and it must not see the token anyway).
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError, oneLine } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import { header, httpGet, readText } from './http.js';
import { bulkGc } from './gc.js';

export interface DownloadOptions {
  url: string;
  dest: string;
  /** Headers for the first request only (Authorization, Accept); never sent after a redirect. */
  headers?: Record<string, string>;
  expectedSize?: number;
  /** `sha256:<hex>` (or bare hex), as the API's asset `digest`. */
  expectedDigest?: string;
  /** Attempts in all (default 5). */
  attempts?: number;
  /** What is being downloaded, for messages (an asset name). */
  label: string;
  log: Log;
}

export interface Downloaded {
  sha256: string;
  size: number;
}

/** Thrown for answers a retry will not change (404, 401, 403 without a rate limit). */
export class HttpStatusError extends UserError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

class Retryable extends Error {
  constructor(
    message: string,
    readonly waitMs?: number,
  ) {
    super(message);
  }
}

export function retryBaseMs(): number {
  const v = Number(process.env.SYNC_RETRY_BASE_MS);
  return process.env.SYNC_RETRY_BASE_MS && Number.isFinite(v) && v >= 0 ? v : 1000;
}

function rateUnitMs(): number {
  const v = Number(process.env.SYNC_RATE_LIMIT_UNIT_MS);
  return process.env.SYNC_RATE_LIMIT_UNIT_MS && Number.isFinite(v) && v >= 0 ? v : 1000;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Where the URL points, without its query (signed URLs carry credentials in the query). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(bad URL)';
  }
}

function normalizeDigest(d: string | undefined): string | undefined {
  if (!d) return undefined;
  const m = /^(?:sha256:)?([0-9a-f]{64})$/i.exec(d.trim());
  return m ? m[1].toLowerCase() : undefined;
}

/** Downloads to `dest`, retrying until length and digest match; throws a UserError otherwise. */
export async function download(opts: DownloadOptions): Promise<Downloaded> {
  const attempts = opts.attempts ?? 5;
  const want = normalizeDigest(opts.expectedDigest);
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const got = await once(opts);
      if (opts.expectedSize !== undefined && got.size !== opts.expectedSize) {
        throw new Retryable(`got ${got.size} bytes, expected ${opts.expectedSize}`);
      }
      if (want && got.sha256 !== want) {
        // The right length with the wrong bytes: corrupted on the way, or changed at the source.
        last = `digest mismatch for ${opts.label}: expected sha256:${want}, got sha256:${got.sha256}`;
        if (attempt < attempts) {
          opts.log.warn(`${last}; downloading again`);
          continue;
        }
        throw new UserError(`${last} (the asset was changed or corrupted; delete it from the release so the next run rebuilds it)`);
      }
      return got;
    } catch (err) {
      if (!(err instanceof Retryable)) {
        await rm(opts.dest, { force: true });
        throw err;
      }
      last = err.message;
      if (attempt === attempts) break;
      const wait = err.waitMs ?? retryBaseMs() * 2 ** (attempt - 1);
      opts.log.warn(`download of ${opts.label} failed (${last}); retrying in ${Math.round(wait)} ms (attempt ${attempt + 1} of ${attempts})`);
      await sleep(wait);
    }
  }
  await rm(opts.dest, { force: true });
  throw new UserError(`download of ${opts.label} failed after ${attempts} attempts: ${last} (check the network and re-run the job)`);
}

async function once(opts: DownloadOptions): Promise<Downloaded> {
  let url = opts.url;
  let headers: Record<string, string> = { 'user-agent': 'sync-actions', ...opts.headers };
  let res: IncomingMessage | undefined;
  for (let hop = 0; hop < 6; hop++) {
    try {
      res = await httpGet(url, headers);
    } catch (err) {
      throw new Retryable(`${redactUrl(url)}: ${oneLine(err)}`);
    }
    const status = res.statusCode ?? 0;
    const location = header(res, 'location');
    if (status >= 300 && status < 400 && location) {
      res.resume();
      url = new URL(location, url).toString();
      // Storage gets nothing of ours but the user agent: no token, no API media type.
      headers = { 'user-agent': 'sync-actions' };
      res = undefined;
      continue;
    }
    break;
  }
  if (!res) throw new UserError(`${opts.label}: too many redirects`);
  const status = res.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    const body = await readText(res, 64 * 1024).catch(() => '');
    const retryAfter = Number(header(res, 'retry-after'));
    const remaining = header(res, 'x-ratelimit-remaining');
    const reset = Number(header(res, 'x-ratelimit-reset'));
    const what = `${redactUrl(url)} answered ${status}`;
    if (retryAfter > 0) throw new Retryable(what, retryAfter * rateUnitMs());
    if ((status === 403 || status === 429) && remaining === '0' && reset > 0) {
      throw new Retryable(`${what} (rate limit)`, Math.max(1, reset - Date.now() / 1000) * rateUnitMs());
    }
    if (status >= 500 || status === 429 || status === 408) throw new Retryable(what);
    const detail = /"message"\s*:\s*"([^"]{1,200})"/.exec(body)?.[1] ?? /<Message>([^<]{1,200})</.exec(body)?.[1] ?? '';
    throw new HttpStatusError(status, `${opts.label}: ${what}${detail ? `: ${detail}` : ''}`);
  }
  const declared = header(res, 'content-length');
  const total = declared !== undefined ? Number(declared) : opts.expectedSize;
  const hash = createHash('sha256');
  let size = 0;
  let lastReport = 0;
  const collect = bulkGc();
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      collect(chunk.length);
      if (opts.log.progress && size - lastReport >= 8 << 20) {
        lastReport = size;
        opts.log.progress(opts.label, size, total);
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(res, tap, createWriteStream(opts.dest, { highWaterMark: 1 << 20 }));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOSPC') throw new UserError(`no space left on the device writing ${opts.dest}`);
    throw new Retryable(`connection lost after ${size} bytes (${oneLine(err)})`);
  }
  // node:http ends a response cut short by a closed socket as "aborted", or quietly: check the length.
  if (res.errored || (declared !== undefined && size !== Number(declared))) throw new Retryable(`cut short: got ${size} of ${declared ?? '?'} bytes`);
  opts.log.progress?.(opts.label, size, total);
  return { sha256: hash.digest('hex'), size };
}

/** GET a JSON document with the same retries as downloads; undefined on 404. */
export async function fetchJson<T>(url: string, headers: Record<string, string>, label: string, log: Log, attempts = 5): Promise<T | undefined> {
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let wait: number | undefined;
    try {
      const res = await fetch(url, { headers: { 'user-agent': 'sync-actions', accept: 'application/vnd.github+json', ...headers } });
      const text = await res.text();
      if (res.status === 404) return undefined;
      if (res.ok) return JSON.parse(text) as T;
      last = `${redactUrl(url)} answered ${res.status}`;
      const retryAfter = Number(res.headers.get('retry-after'));
      const reset = Number(res.headers.get('x-ratelimit-reset'));
      if (retryAfter > 0) wait = retryAfter * rateUnitMs();
      else if (res.headers.get('x-ratelimit-remaining') === '0' && reset > 0) wait = Math.max(1, reset - Date.now() / 1000) * rateUnitMs();
      else if (res.status < 500 && res.status !== 429) throw new HttpStatusError(res.status, `${label}: ${last}`);
    } catch (err) {
      if (err instanceof HttpStatusError) throw err;
      if (!last || !(err instanceof SyntaxError)) last = `${redactUrl(url)}: ${oneLine((err as Error).cause ?? err)}`;
    }
    if (attempt === attempts) break;
    const ms = wait ?? retryBaseMs() * 2 ** (attempt - 1);
    log.warn(`${label}: ${last}; retrying in ${Math.round(ms)} ms`);
    await sleep(ms);
  }
  throw new UserError(`${label}: failed after ${attempts} attempts: ${last} (check the network and re-run the job)`);
}
