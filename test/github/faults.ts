// Fault injection: one-shot (or n-shot) misbehaviours and a sliding-window secondary limiter.
// Immediate faults answer before any route runs; response faults (truncate, slow, drop-response)
// let the route run fully and then mangle what goes on the wire.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultSpec, Faults, SecondaryLimitSpec } from './types.js';

interface Rule extends FaultSpec {
  left: number;
}

interface Limiter extends SecondaryLimitSpec {
  hits: number[];
}

export const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID';

function pathMatches(p: RegExp | string, paths: string[]): boolean {
  if (typeof p === 'string') return paths.includes(p);
  return paths.some((x) => {
    p.lastIndex = 0; // a /g regex must not carry state between requests
    return p.test(x);
  });
}

function methodMatches(m: string | undefined, method: string) {
  return !m || m.toUpperCase() === method.toUpperCase();
}

export class FaultsImpl implements Faults {
  private rules: Rule[] = [];
  private limiters: Limiter[] = [];

  add(f: FaultSpec): void {
    this.rules.push({ ...f, left: f.times ?? 1 });
  }

  secondaryLimit(o: SecondaryLimitSpec): void {
    this.limiters.push({ ...o, hits: [] });
  }

  clear(): void {
    this.rules = [];
    this.limiters = [];
  }

  /** The first matching rule with shots left; consumes one. `paths` = candidate forms of the request path. */
  take(method: string, paths: string[]): FaultSpec | undefined {
    const i = this.rules.findIndex((r) => r.left > 0 && methodMatches(r.method, method) && pathMatches(r.path, paths));
    if (i < 0) return undefined;
    const r = this.rules[i];
    r.left--;
    if (r.left <= 0) this.rules.splice(i, 1);
    return r;
  }

  /** Seconds to wait when a limiter refuses this request, else undefined (and the hit is counted). */
  limited(method: string, paths: string[], now = Date.now()): number | undefined {
    for (const l of this.limiters) {
      if (!methodMatches(l.method, method) || !pathMatches(l.path, paths)) continue;
      l.hits = l.hits.filter((t) => now - t < l.windowMs);
      if (l.hits.length >= l.max) return l.retryAfter ?? Math.max(0, Math.ceil((l.hits[0] + l.windowMs - now) / 1000));
      l.hits.push(now);
    }
    return undefined;
  }
}

/**
 * Buffer what the route writes and hand it over at end(), so a fault can decide what reaches the wire.
 * Only used under a fault, so holding the body in memory is fine.
 */
export function captureResponse(
  res: ServerResponse,
  onEnd: (status: number, body: Buffer, raw: { writeHead: ServerResponse['writeHead']; write: ServerResponse['write']; end: ServerResponse['end'] }) => void,
) {
  const raw = { writeHead: res.writeHead.bind(res), write: res.write.bind(res), end: res.end.bind(res) };
  const chunks: Buffer[] = [];
  let status = 200;
  const toBuf = (c: unknown, enc?: unknown) =>
    Buffer.isBuffer(c) ? c : typeof c === 'string' ? Buffer.from(c, (typeof enc === 'string' ? enc : 'utf8') as BufferEncoding) : Buffer.from(c as Uint8Array);
  (res as any).writeHead = (code: number, ...rest: any[]) => {
    status = code;
    const headers = rest.find((x) => x && typeof x === 'object');
    if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v as string);
    return res;
  };
  (res as any).write = (c: unknown, enc?: unknown, cb?: unknown) => {
    if (c !== undefined && c !== null) chunks.push(toBuf(c, enc));
    const fn = typeof enc === 'function' ? enc : cb;
    if (typeof fn === 'function') process.nextTick(fn as () => void);
    return true;
  };
  (res as any).end = (c?: unknown, enc?: unknown, cb?: unknown) => {
    if (c !== undefined && c !== null && typeof c !== 'function') chunks.push(toBuf(c, enc));
    res.writeHead = raw.writeHead;
    res.write = raw.write;
    res.end = raw.end;
    if (res.statusCode && status === 200) status = res.statusCode;
    onEnd(status, Buffer.concat(chunks), raw);
    const fn = [c, enc, cb].find((x) => typeof x === 'function');
    if (typeof fn === 'function') process.nextTick(fn as () => void);
    return res;
  };
}

export function applyResponseFault(f: FaultSpec, req: IncomingMessage, res: ServerResponse) {
  const socket = req.socket;
  if (f.kind === 'drop-response') {
    captureResponse(res, () => socket.destroy());
  } else if (f.kind === 'truncate') {
    captureResponse(res, (status, body, raw) => {
      res.removeHeader('transfer-encoding');
      res.setHeader('content-length', body.length);
      const cut = Math.floor(body.length * Math.min(Math.max(f.fraction ?? 0.5, 0), 1));
      const part = body.subarray(0, Math.min(cut, Math.max(body.length - 1, 0)));
      raw.writeHead(status);
      // Flush what we promised partially, then kill the connection mid-body.
      raw.write(part, () => socket.destroy());
      if (!part.length) socket.destroy();
    });
  } else if (f.kind === 'slow') {
    captureResponse(res, (status, body, raw) => {
      const bps = Math.max(1, f.bytesPerSecond ?? 1024);
      const tick = 50; // ms
      const slice = Math.max(1, Math.floor((bps * tick) / 1000));
      res.removeHeader('transfer-encoding');
      res.setHeader('content-length', body.length);
      raw.writeHead(status);
      let off = 0;
      const pump = () => {
        if (socket.destroyed) return;
        if (off >= body.length) return void raw.end();
        raw.write(body.subarray(off, off + slice));
        off += slice;
        setTimeout(pump, tick).unref();
      };
      pump();
    });
  }
}
