/**
 * Streamed, verified, retried downloads. The body goes straight to disk while being hashed; a
 * download cut short (length) or corrupted (digest) is retried and never handed on. Redirects are
 * followed by hand so the Authorization header meant for the API never reaches the storage host
 * it redirects to (S3-style storage refuses it, and it must not see the token anyway).
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError, oneLine } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import { proxyFor, readText, redactUrl, send, type HttpResponse } from './http.js';
import { rawGet } from './raw-get.js';
import { GaveUp, Retryable, retryableStatus, withRetries } from './retry.js';

export { redactUrl } from './http.js';
export { retryBaseMs, sleep } from './timing.js';

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

/**
 * `URL: ` to start a failure with, or nothing when the label names that URL already: the download
 * layer's label is `tool 1.0 from <url>`, and a message names each URL once.
 */
function where(opts: { label: string }, url: string): string {
  const at = redactUrl(url);
  return opts.label.includes(at) ? '' : `${at}: `;
}

/** `<url> answered 502`, or `answered 502` when the label names that URL already. */
function answered(opts: { label: string }, url: string, status: number): string {
  const at = redactUrl(url);
  return opts.label.includes(at) ? `answered ${status}` : `${at} answered ${status}`;
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
  try {
    return await withRetries(
      async (attempt) => {
        const got = await once(opts);
        if (opts.expectedSize !== undefined && got.size !== opts.expectedSize) {
          throw new Retryable(`got ${got.size} bytes, expected ${opts.expectedSize}`);
        }
        if (want && got.sha256 !== want) {
          // The right length with the wrong bytes: corrupted on the way, or changed at the source.
          const last = `digest mismatch for ${opts.label}: expected sha256:${want}, got sha256:${got.sha256}`;
          if (attempt < attempts) throw new Retryable(last, 0);
          throw new UserError(`${last} (the asset was changed or corrupted; delete it from the release so the next run rebuilds it)`);
        }
        return got;
      },
      {
        attempts,
        onRetry: ({ error, next, waitMs }) =>
          opts.log.warn(
            /^digest mismatch/.test(error.message)
              ? `${error.message}; downloading again`
              : `download of ${opts.label} failed (${error.message}); retrying in ${Math.round(waitMs)} ms (attempt ${next} of ${attempts})`,
          ),
      },
    );
  } catch (err) {
    await rm(opts.dest, { force: true });
    if (err instanceof GaveUp)
      throw new UserError(`download of ${opts.label} failed after ${err.attempts} attempts: ${err.message} (check the network and re-run the job)`);
    throw err;
  }
}

/** An answer that is not 2xx: a Retryable, or an HttpStatusError a retry will not change. */
function statusError(opts: DownloadOptions, url: string, status: number, header: (n: string) => string | undefined, body: string): Error {
  const what = answered(opts, url, status);
  const retry = retryableStatus(status, header, body, what);
  if (retry) return retry;
  const detail = /"message"\s*:\s*"([^"]{1,200})"/.exec(body)?.[1] ?? /<Message>([^<]{1,200})</.exec(body)?.[1] ?? '';
  return new HttpStatusError(status, `${opts.label}: ${what}${detail ? `: ${detail}` : ''}`);
}

function progressTap(opts: DownloadOptions, total: number | undefined) {
  const hash = createHash('sha256');
  let size = 0;
  let lastReport = 0;
  return {
    hash,
    get size() {
      return size;
    },
    take(chunk: Buffer) {
      hash.update(chunk);
      size += chunk.length;
      if (opts.log.progress && size - lastReport >= 8 << 20) {
        lastReport = size;
        opts.log.progress(opts.label, size, total);
      }
    },
  };
}

/**
 * A direct connection reads the body into one reused buffer (raw-get.ts: nothing allocated per
 * read, memory flat for any size); through a proxy, node:http streams (http.ts).
 */
async function once(opts: DownloadOptions): Promise<Downloaded> {
  let url = opts.url;
  let headers: Record<string, string> = { 'user-agent': 'sync-actions', ...opts.headers };
  for (let hop = 0; hop < 6; hop++) {
    const target = new URL(url);
    if ((target.protocol !== 'http:' && target.protocol !== 'https:') || (await proxyFor(target))) return onceStreamed(opts, url, headers);
    let fh: FileHandle | undefined;
    let tap: ReturnType<typeof progressTap> | undefined;
    const errorBody: Buffer[] = [];
    let res: Awaited<ReturnType<typeof rawGet>>;
    try {
      res = await rawGet(target, {
        headers,
        wantBody: (status, header) => {
          if (status >= 300 && status < 400 && header('location')) return false;
          if (status >= 200 && status < 300) {
            const declared = header('content-length');
            tap = progressTap(opts, declared !== undefined ? Number(declared) : opts.expectedSize);
          }
          return true;
        },
        onBody: async (chunk) => {
          if (!tap) {
            if (errorBody.reduce((n, b) => n + b.length, 0) < 64 << 10) errorBody.push(Buffer.from(chunk));
            return;
          }
          tap.take(chunk);
          fh ??= await open(opts.dest, 'w');
          let off = 0;
          while (off < chunk.length) off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
        },
      });
    } catch (err) {
      await fh?.close().catch(() => {});
      if ((err as NodeJS.ErrnoException).code === 'ENOSPC') throw new UserError(`no space left on the device writing ${opts.dest}`);
      const got = tap ? ` after ${tap.size} bytes` : '';
      throw new Retryable(`${where(opts, url)}${oneLine(err)}${got}`);
    }
    await fh?.close();
    const location = res.header('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url).toString();
      // Storage gets nothing of ours but the user agent: no token, no API media type.
      headers = { 'user-agent': headers['user-agent'] };
      continue;
    }
    if (!tap) throw statusError(opts, url, res.status, res.header, Buffer.concat(errorBody).toString('utf8'));
    if (!fh) await writeFile(opts.dest, ''); // an empty body
    const declared = res.header('content-length');
    if (!res.complete) throw new Retryable(`cut short: got ${tap.size} of ${declared ?? '?'} bytes`);
    opts.log.progress?.(opts.label, tap.size, declared !== undefined ? Number(declared) : opts.expectedSize);
    return { sha256: tap.hash.digest('hex'), size: tap.size };
  }
  throw new UserError(`${opts.label}: too many redirects`);
}

async function onceStreamed(opts: DownloadOptions, url: string, headers: Record<string, string>): Promise<Downloaded> {
  let res: HttpResponse;
  try {
    // Storage gets nothing of ours but the user agent after the redirect: no token, no API media type.
    res = await send(url, { headers, redirect: 'follow', redirectHeaders: 'none' });
  } catch (err) {
    throw new Retryable(`${where(opts, url)}${oneLine(err)}`);
  }
  const status = res.status;
  if (status < 200 || status >= 300) {
    const body = await readText(res.body, 64 * 1024).catch(() => '');
    throw statusError(opts, res.url, status, res.header, body);
  }
  const declared = res.header('content-length');
  const total = declared !== undefined ? Number(declared) : opts.expectedSize;
  const hash = createHash('sha256');
  let size = 0;
  let lastReport = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      if (opts.log.progress && size - lastReport >= 8 << 20) {
        lastReport = size;
        opts.log.progress(opts.label, size, total);
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(res.body, tap, createWriteStream(opts.dest, { highWaterMark: 256 << 10 }));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOSPC') throw new UserError(`no space left on the device writing ${opts.dest}`);
    throw new Retryable(`connection lost after ${size} bytes (${oneLine(err)})`);
  }
  // node:http ends a response cut short by a closed socket as "aborted", or quietly: check the length.
  if (res.body.errored || (declared !== undefined && size !== Number(declared))) throw new Retryable(`cut short: got ${size} of ${declared ?? '?'} bytes`);
  opts.log.progress?.(opts.label, size, total);
  return { sha256: hash.digest('hex'), size };
}
