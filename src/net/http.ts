/**
 * Bulk transfers over node:http(s) with piped streams, which keep memory flat. Node 20's fetch
 * both held every chunk of a streamed upload until the end (1 GiB upload: 1.1 GiB of memory) and
 * read downloads far ahead of the disk. API calls go through the Octokit client, not this.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { bulkGc } from './gc.js';

async function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<IncomingMessage> {
  const u = new URL(url);
  // TLS loads on first use (a local or plain-http GitHub Enterprise never needs it).
  const request = u.protocol === 'https:' ? (await import('node:https')).request : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(u, { method, headers }, resolve);
    req.on('error', reject);
    if (body !== undefined) {
      const collect = bulkGc();
      const counted = createReadStream(body, { highWaterMark: 1 << 20 }).on('data', (c: string | Buffer) => collect(c.length));
      pipeline(counted, req).catch(reject);
    } else req.end();
  });
}

/** GET; the caller consumes (or resumes) the response. Redirects are not followed. */
export function httpGet(url: string, headers: Record<string, string>): Promise<IncomingMessage> {
  return send(url, 'GET', headers);
}

export function header(res: IncomingMessage, name: string): string | undefined {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : v;
}

export async function readText(res: IncomingMessage, limit = 1 << 20): Promise<string> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of res) {
    n += (c as Buffer).length;
    if (n <= limit) chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** POSTs a file as the body (set content-length in `headers`); answers status and text. */
export async function postFile(url: string, file: string, headers: Record<string, string>): Promise<{ status: number; header: (n: string) => string | undefined; text: string }> {
  const res = await send(url, 'POST', headers, file);
  const text = await readText(res);
  return { status: res.statusCode ?? 0, header: (n) => header(res, n), text };
}
