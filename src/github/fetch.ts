/**
 * The `fetch` Octokit is given: the part of the Fetch API its request layer uses (method,
 * headers, a string or byte body; status, url, headers, text/arrayBuffer), on src/net/http.ts.
 *
 * Why not Node's global fetch: its first call loads Node's bundled undici, measured at about
 * 100 ms and 10 MiB on this machine, paid by every action for its one or two API calls (a release
 * hit, a cold start). And one transport means one set of rules: HTTPS_PROXY / NO_PROXY, connect /
 * answer / idle timeouts, Authorization dropped on a redirect to another origin.
 */
import { STATUS_CODES } from 'node:http';
import { readBody, send, type HttpResponse } from '../net/http.js';

interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  redirect?: 'follow' | 'manual' | 'error';
  signal?: AbortSignal | null;
}

/** Response headers as fetch gives them: `get` / `has` by any case, iteration in lowercase. */
class ResponseHeaders {
  constructor(private readonly res: HttpResponse) {}
  get(name: string): string | null {
    return this.res.header(name) ?? null;
  }
  has(name: string): boolean {
    return this.res.header(name) !== undefined;
  }
  *[Symbol.iterator](): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.res.body.headers)) yield [name, this.res.header(name) ?? ''];
  }
}

function abortError(): Error {
  const err = new Error('This operation was aborted');
  err.name = 'AbortError';
  return err;
}

function bodyOf(body: unknown): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  // Streams are never handed to Octokit here: uploads go through src/releases/upload.ts.
  throw new TypeError('unsupported request body for the API client (a string or bytes only)');
}

export async function apiFetch(input: string | URL, init: FetchInit = {}) {
  if (init.signal?.aborted) throw abortError();
  const res = await send(String(input), {
    method: init.method ?? 'GET',
    headers: init.headers,
    body: bodyOf(init.body),
    redirect: init.redirect === 'manual' ? 'manual' : 'follow',
  });
  // Octokit never reads the body of a 204/205 or of a HEAD: drained here, or the keep-alive socket
  // is never handed back and holds the process open until the server closes it.
  if (res.status === 204 || res.status === 205 || (init.method ?? 'GET').toUpperCase() === 'HEAD') res.discard();
  let used = false;
  const bytes = async (): Promise<Buffer> => {
    if (used) throw new TypeError('body used already');
    used = true;
    const onAbort = () => res.body.destroy(abortError());
    init.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await readBody(res.body, Number.MAX_SAFE_INTEGER);
    } finally {
      init.signal?.removeEventListener('abort', onAbort);
    }
  };
  return {
    status: res.status,
    statusText: STATUS_CODES[res.status] ?? '',
    ok: res.status >= 200 && res.status < 300,
    url: res.url,
    headers: new ResponseHeaders(res),
    body: res.body,
    text: async () => (await bytes()).toString('utf8'),
    json: async () => JSON.parse((await bytes()).toString('utf8')) as unknown,
    arrayBuffer: async () => {
      const b = await bytes();
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    },
  };
}
