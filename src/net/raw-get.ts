/**
 * One HTTP/1.1 GET whose body is read into reused 256 KiB buffers (the socket's `onread`
 * option), for bulk downloads. node:http hands every 64 KiB read over as a fresh Buffer; a GiB
 * of them is garbage that V8 only collects once tens of MiB of it have piled up (no GC is forced
 * here, see the removal of gc.ts). Here nothing is allocated per read: the socket is paused
 * while `onBody` uses the bytes (hash, write to disk), and resumed after, so memory stays flat
 * and backpressure is exact. Used only for direct connections (a proxy goes through http.ts).
 *
 * A plain socket stops at once when the callback returns false, so one buffer is enough. A TLS
 * socket does not: every TLS record already read from TCP is still delivered (measured on Node
 * 20 and 24: up to 5 callbacks in a row, one per 16 KiB record). So the buffers come from a small
 * pool (`onread.buffer` as a function, asked before each read) and filled ones wait in a queue
 * until `onBody` is done with those before them; a buffer returns to the pool only when its bytes
 * have been used. Reusing one buffer over TLS overwrote bytes still being written to disk.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { TransportError, type Timeouts } from './http.js';
import { netTimeouts } from './timing.js';

export interface RawResponse {
  status: number;
  header(name: string): string | undefined;
  /** Body bytes delivered to onBody. */
  received: number;
  /** False when the connection ended before the body did (content-length or chunked framing). */
  complete: boolean;
}

export interface RawGetOptions {
  headers: Record<string, string>;
  /** Decides from status and headers whether the body is wanted (else the connection is closed). */
  wantBody: (status: number, header: (name: string) => string | undefined) => boolean;
  /** Gets each body slice; it must be done with the bytes when its promise resolves. */
  onBody: (chunk: Buffer) => Promise<void> | void;
  timeouts?: Timeouts;
}

const READ_SIZE = 256 << 10;
const MAX_HEAD = 64 << 10;

export async function rawGet(url: URL, o: RawGetOptions): Promise<RawResponse> {
  const t = { ...netTimeouts(), ...o.timeouts };
  const pool: Buffer[] = [];
  const filled: { buffer: Buffer; n: number }[] = [];
  let pumping = false;
  let ended = false;
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  const host = url.hostname.replace(/^\[|\]$/g, '');

  return new Promise<RawResponse>((resolve, reject) => {
    let head: Buffer[] = [];
    let headBytes = 0;
    let status = 0;
    let headers: Record<string, string> = {};
    let phase: 'head' | 'body' | 'size' | 'data' | 'crlf' | 'trailer' | 'done' = 'head';
    let remaining = -1; // body bytes left (content-length or current chunk); -1: until close
    let line = '';
    let received = 0;
    let settled = false;
    let connectTimer: NodeJS.Timeout | undefined;
    let socket: Socket | undefined;
    const header = (name: string) => headers[name.toLowerCase()];
    const result = (complete: boolean): RawResponse => ({ status, header, received, complete });
    const finish = (err?: Error, complete = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      socket?.destroy();
      if (err) reject(err);
      else resolve(result(complete));
    };

    const parseHead = (text: string) => {
      const [statusLine, ...lines] = text.split('\r\n');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
      if (!m) throw new TransportError(`not an HTTP/1.1 answer: ${statusLine.slice(0, 40)}`, 'EPROTO');
      status = Number(m[1]);
      headers = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        if (i <= 0) continue;
        const k = l.slice(0, i).trim().toLowerCase();
        const v = l.slice(i + 1).trim();
        headers[k] = headers[k] !== undefined ? `${headers[k]}, ${v}` : v;
      }
    };

    /** Processes `n` bytes of `buffer`; resolves when every body slice has been handled. */
    const consume = async (buffer: Buffer, n: number): Promise<void> => {
      let pos = 0;
      while (pos < n && phase !== 'done') {
        if (phase === 'head') {
          const slice = buffer.subarray(pos, n);
          head.push(Buffer.from(slice)); // small: copied, the buffer is reused
          headBytes += slice.length;
          const all = Buffer.concat(head);
          const end = all.indexOf('\r\n\r\n');
          if (end < 0) {
            if (headBytes > MAX_HEAD) throw new TransportError('answer headers too large', 'EPROTO');
            head = [all];
            return;
          }
          parseHead(all.toString('latin1', 0, end));
          const consumedFromThis = slice.length - (all.length - (end + 4));
          pos += consumedFromThis;
          head = [];
          if (!o.wantBody(status, header)) return finish(undefined, true);
          const te = header('transfer-encoding');
          if (te && /chunked/i.test(te)) phase = 'size';
          else {
            phase = 'body';
            const cl = header('content-length');
            remaining = cl !== undefined ? Number(cl) : -1;
            if (remaining === 0) return finish(undefined, true);
          }
          continue;
        }
        if (phase === 'body' || phase === 'data') {
          const take = remaining < 0 ? n - pos : Math.min(remaining, n - pos);
          const chunk = buffer.subarray(pos, pos + take);
          pos += take;
          received += take;
          await o.onBody(chunk);
          if (remaining >= 0) {
            remaining -= take;
            if (remaining === 0) {
              if (phase === 'body') return finish(undefined, true);
              phase = 'crlf';
              line = '';
            }
          }
          continue;
        }
        // Chunked framing: size lines, CRLF after each chunk, trailers after the last.
        const ch = String.fromCharCode(buffer[pos++]);
        line += ch;
        if (phase === 'crlf' && line === '\r\n') {
          phase = 'size';
          line = '';
        } else if (phase === 'size' && line.endsWith('\r\n')) {
          const size = parseInt(line, 16);
          if (!Number.isFinite(size)) throw new TransportError('bad chunk size in a chunked answer', 'EPROTO');
          line = '';
          if (size === 0) phase = 'trailer';
          else {
            phase = 'data';
            remaining = size;
          }
        } else if (phase === 'trailer' && (line === '\r\n' || line.endsWith('\r\n\r\n'))) {
          return finish(undefined, true);
        } else if (line.length > 1024) throw new TransportError('bad chunked framing', 'EPROTO');
      }
    };
    // Filled buffers are used in order, one at a time; the socket is resumed when none is left.
    const pump = async () => {
      pumping = true;
      try {
        for (let next = filled.shift(); next && !settled; next = filled.shift()) {
          await consume(next.buffer, next.n);
          pool.push(next.buffer);
        }
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        return finish(e instanceof TransportError ? e : new TransportError(e.message, e.code));
      } finally {
        pumping = false;
      }
      if (ended) finishAtEnd();
      else if (!settled) socket?.resume();
    };
    const finishAtEnd = () =>
      finish(status ? undefined : new TransportError('connection closed before an answer', 'ECONNRESET'), phase === 'body' && remaining < 0);
    const onread = {
      buffer: () => pool.pop() ?? Buffer.allocUnsafe(READ_SIZE),
      callback: (nread: number, buffer: Buffer): boolean => {
        filled.push({ buffer, n: nread });
        if (!pumping) void pump();
        return false; // paused until pump() has used every filled buffer
      },
    };

    if (url.protocol === 'https:') {
      // Loaded on first use (a local or plain-http GitHub Enterprise never needs TLS).
      void import('node:tls').then(
        (tls) => start(tls.connect({ host, port, servername: host, ALPNProtocols: ['http/1.1'], onread } as unknown as import('node:tls').ConnectionOptions)),
        (err: Error) => finish(err),
      );
    } else start(netConnect({ host, port, onread }));

    function start(s: Socket) {
      socket = s;
      connectTimer = setTimeout(() => finish(new TransportError(`no connection after ${t.connectMs} ms`, 'ETIMEDOUT')), t.connectMs);
      connectTimer.unref?.();
      s.setTimeout(t.idleMs, () => finish(new TransportError(`no data for ${t.idleMs} ms`, 'ETIMEDOUT')));
      s.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
        clearTimeout(connectTimer);
        const lines = [`GET ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, 'Connection: close'];
        for (const [k, v] of Object.entries(o.headers)) {
          if (/[\r\n]/.test(k + v)) return finish(new TransportError('header with a line break', 'EINVAL'));
          if (!/^(host|connection)$/i.test(k)) lines.push(`${k}: ${v}`);
        }
        s.write(`${lines.join('\r\n')}\r\n\r\n`);
      });
      s.on('error', (err: NodeJS.ErrnoException) => finish(new TransportError(err.message, err.code)));
      // The connection's end waits for the buffers still queued (TLS delivers records past the
      // pause); then a body without framing (read until close) is complete.
      const atEnd = () => {
        ended = true;
        if (!pumping) setImmediate(finishAtEnd);
      };
      s.on('end', atEnd);
      s.on('close', atEnd);
    }
  });
}
