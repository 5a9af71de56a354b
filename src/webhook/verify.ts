import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Checks GitHub's `X-Hub-Signature-256` (`sha256=<hex HMAC-SHA256 of the body>`) over the raw
 * request bytes.
 *
 * Why not `@octokit/webhooks-methods`' `verify`: it takes the payload as a string, so the body would
 * have to be decoded first, and decoding is lossy for bytes that are not valid UTF-8 (they all become
 * U+FFFD). The signature must cover exactly the bytes that arrived. The comparison is the same one it
 * makes (`timingSafeEqual` over equal-length buffers); tests cross-check against its `sign`.
 */
export function verifySignature(secret: string, body: Buffer, header: string | string[] | undefined): boolean {
  if (!secret) return false;
  if (typeof header !== 'string') return false; // missing, or sent twice
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(match[1], 'hex');
  // Both are 32 bytes here, so timingSafeEqual never throws and the time does not depend on where
  // the first differing byte is.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `sha256=<hex>` for a body: what GitHub sends (for tests, benchmarks and local replays). */
export function signBody(secret: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
