/** The HTTP plumbing of the receiver: headers, JSON answers, bounded body reads, payload decoding. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export type BodyResult = Buffer | 'too-large' | 'aborted' | 'overloaded';

export interface ReadOptions {
  /** Largest body accepted. */
  limit: number;
  /** The declared Content-Length, when there is one: the buffer is allocated once, at that size. */
  declared?: number;
  /** Sees every chunk as it arrives (the signature's HMAC is computed while streaming). */
  onChunk?: (chunk: Buffer) => void;
  /** Asked for room before an undeclared chunk is kept; false stops reading ('overloaded'). */
  grow?: (n: number) => boolean;
}

/** The whole body, unless it grows past the limit or the budget (reading stops at once) or the client goes away. */
export function readBody(req: IncomingMessage, options: ReadOptions): Promise<BodyResult> {
  const { limit, declared, onChunk, grow } = options;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    // One allocation of the declared size instead of chunks plus a concatenated copy: the peak per
    // body is its size, not twice it.
    const whole = declared !== undefined ? Buffer.allocUnsafe(declared) : undefined;
    let size = 0;
    const done = (value: BodyResult) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > limit || (whole && size + chunk.length > whole.length)) return done('too-large');
      if (!whole && grow && !grow(chunk.length)) return done('overloaded');
      onChunk?.(chunk);
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    const onEnd = () => {
      if (whole) return done(size === whole.length ? whole : 'aborted');
      done(Buffer.concat(chunks, size));
    };
    const onError = () => done('aborted');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}

/** Answers, then drops the connection rather than reading the rest of the body (too large, refused, shed). */
export function refuseUnread(req: IncomingMessage, answer: () => void): void {
  answer();
  req.pause();
  req.socket.end();
}

/** A webhook payload: JSON of many shapes, read field by field with type checks where it is used. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Payload = Record<string, any>;

/** GitHub sends `application/json`, or `application/x-www-form-urlencoded` with a `payload` field. */
export function parsePayload(body: Buffer, contentType: string | undefined): Payload {
  let text = body.toString('utf8');
  if (contentType?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    const payload = new URLSearchParams(text).get('payload');
    if (payload === null) throw new Error('form body has no "payload" field');
    text = payload;
  }
  const value = JSON.parse(text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object');
  return value;
}
