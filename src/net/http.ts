/**
 * The one transport for bulk transfers (asset downloads and uploads, git ref listings) and, under
 * Octokit, for API calls (src/github/fetch.ts): node:http(s) with piped streams, which keep memory flat.
 * Node 20's fetch both held every chunk of a streamed upload until the end (1 GiB upload: 1.1 GiB
 * of memory) and read downloads far ahead of the disk. API calls go through the Octokit client.
 *
 * - Proxies: HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and lowercase) with the rules of
 *   `@actions/http-client` (the same ones Octokit's requests follow); the tunnelling agent is
 *   loaded only when a proxy applies.
 * - Redirects (`redirect: 'follow'`): a request with a body follows only 307/308, resent with its
 *   method and body (a streamed file body cannot be resent: an error says so); `Authorization` (and cookies) are dropped on a hop to another
 *   origin; `redirectHeaders: 'none'` drops every header of the caller on any hop (asset storage,
 *   which refuses a second auth mechanism even on the same host).
 * - Timeouts: connect, response (first byte of the answer after the request is sent) and idle
 *   (no byte either way), each failing the request with a `TransportError`; defaults from
 *   timing.ts (SYNC_*_TIMEOUT_MS).
 */
import { createReadStream } from 'node:fs';
import type { Agent, IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { netTimeouts } from './timing.js';

export interface Timeouts {
  /** TCP (and proxy) connection, default 30 s. */
  connectMs?: number;
  /** From the end of the request to the answer's headers, default 120 s. */
  responseMs?: number;
  /** No byte received or sent for this long, default 60 s. */
  idleMs?: number;
}

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  /** A file streamed as the body (set content-length in `headers`), or a small in-memory body. */
  body?: { file: string } | string | Buffer;
  /** 'manual' (default) hands back a 3xx; 'follow' follows up to 5 hops. */
  redirect?: 'manual' | 'follow';
  /** After a redirect: 'same-origin' (default) drops Authorization on another origin; 'none' drops them all. */
  redirectHeaders?: 'same-origin' | 'none';
  timeouts?: Timeouts;
}

export interface HttpResponse {
  status: number;
  /** The URL that answered (after redirects). */
  url: string;
  header(name: string): string | undefined;
  /** The body, to consume (pipeline) or discard (`discard()`). */
  body: IncomingMessage;
  discard(): void;
}

/** A request that failed below HTTP: unreachable, reset, timed out, proxy refused. */
export class TransportError extends Error {
  override name = 'TransportError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const HOP_HEADERS_CROSS_ORIGIN = ['authorization', 'cookie', 'proxy-authorization'];

/** Where the URL points, without its query or credentials (signed URLs carry them in the query). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(bad URL)';
  }
}

const PROXY_VARS = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/** True when any proxy variable is set (the proxy machinery is only loaded then). */
export function proxyConfigured(): boolean {
  return PROXY_VARS.some((name) => !!process.env[name]);
}

/** The proxy for a URL, following HTTPS_PROXY / HTTP_PROXY / NO_PROXY; undefined: go direct. */
export async function proxyFor(url: URL): Promise<URL | undefined> {
  if (!proxyConfigured()) return undefined;
  const { getProxyUrl } = await import('@actions/http-client/lib/proxy');
  return getProxyUrl(url);
}

const agents = new Map<string, Agent>();

/** A tunnelling agent when a proxy applies to `url`, else undefined (Node's global agent). */
async function agentFor(url: URL): Promise<Agent | undefined> {
  const proxy = await proxyFor(url);
  if (!proxy) return undefined;
  const key = `${url.protocol}|${proxy.href}`;
  let agent = agents.get(key);
  if (!agent) {
    // The same agent @actions/http-client builds (CONNECT tunnel, proxy credentials from the URL).
    const { HttpClient } = await import('@actions/http-client');
    agent = new HttpClient('sync-actions').getAgent(url.href) as Agent;
    agents.set(key, agent);
  }
  return agent;
}

function once(url: URL, o: SendOptions, headers: Record<string, string>, agent: Agent | undefined, request: typeof httpRequest): Promise<IncomingMessage> {
  const t = { ...netTimeouts(), ...o.timeouts };
  return new Promise((resolve, reject) => {
    const timers: NodeJS.Timeout[] = [];
    const clear = () => timers.splice(0).forEach((x) => clearTimeout(x));
    const arm = (ms: number, what: string) => {
      const timer = setTimeout(() => req.destroy(new TransportError(`${what} after ${ms} ms`, 'ETIMEDOUT')), ms);
      timer.unref?.();
      timers.push(timer);
      return timer;
    };
    const req = request(url, { method: o.method ?? 'GET', headers: headers as OutgoingHttpHeaders, agent }, (res) => {
      clear();
      resolve(res);
    });
    req.setTimeout(t.idleMs, () => req.destroy(new TransportError(`no data for ${t.idleMs} ms`, 'ETIMEDOUT')));
    req.on('error', (err) => {
      clear();
      reject(err instanceof TransportError ? err : new TransportError(err.message, (err as NodeJS.ErrnoException).code));
    });
    req.on('socket', (socket) => {
      if (socket.connecting) {
        const timer = arm(t.connectMs, 'no connection');
        socket.once('connect', () => clearTimeout(timer));
      }
    });
    req.on('finish', () => arm(t.responseMs, 'no answer'));
    const body = o.body;
    if (body === undefined) req.end();
    else if (typeof body === 'string' || Buffer.isBuffer(body)) req.end(body);
    else pipeline(createReadStream(body.file, { highWaterMark: 256 << 10 }), req).catch((err: Error) => req.destroy(err));
  });
}

/** One HTTP exchange (and its redirects when asked). Throws TransportError below HTTP. */
export async function send(url: string, o: SendOptions = {}): Promise<HttpResponse> {
  let current = new URL(url);
  let headers: Record<string, string> = { 'user-agent': 'sync-actions', ...o.headers };
  for (let hop = 0; ; hop++) {
    // TLS loads on first use (a local or plain-http GitHub Enterprise never needs it).
    const request = current.protocol === 'https:' ? (await import('node:https')).request : httpRequest;
    const res = await once(current, o, headers, await agentFor(current), request);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    // 307/308 say "the same request, there" (GitHub answers 307 to a write on a renamed
    // repository): resent with its method and body. 301/302/303 with a body are handed back.
    const sameRequest = status === 307 || status === 308;
    if (o.redirect === 'follow' && status >= 300 && status < 400 && location && (o.body === undefined || sameRequest)) {
      res.resume();
      if (hop >= 5) throw new TransportError(`${redactUrl(url)}: too many redirects`);
      const next = new URL(location, current);
      if (o.body !== undefined && typeof o.body === 'object' && !Buffer.isBuffer(o.body)) {
        throw new TransportError(
          `${o.method ?? 'GET'} ${redactUrl(current.href)} answered ${status}, moved to ${redactUrl(next.href)}: a streamed body cannot be sent again; use the new URL`,
        );
      }
      if (o.redirectHeaders === 'none') headers = { 'user-agent': headers['user-agent'] };
      else if (next.origin !== current.origin) {
        headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP_HEADERS_CROSS_ORIGIN.includes(k.toLowerCase())));
      }
      current = next;
      continue;
    }
    return {
      status,
      url: current.href,
      header: (name) => {
        const v = res.headers[name.toLowerCase()];
        return Array.isArray(v) ? v.join(', ') : v;
      },
      body: res,
      discard: () => void res.resume(),
    };
  }
}

/** Reads a (small) body as a Buffer, keeping at most `limit` bytes. */
export async function readBody(res: IncomingMessage, limit = 1 << 20): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of res) {
    const chunk = c as Buffer;
    if (n < limit) chunks.push(n + chunk.length <= limit ? chunk : chunk.subarray(0, limit - n));
    n += chunk.length;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

export async function readText(res: IncomingMessage, limit = 1 << 20): Promise<string> {
  return (await readBody(res, limit)).toString('utf8');
}
