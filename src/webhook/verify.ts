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
  const given = parseSignature(header);
  return given !== undefined && signatureMatches(given, createHmac('sha256', secret).update(body).digest());
}

/** The 32 bytes of a `sha256=<hex>` header, or undefined when it is missing, sent twice or malformed. */
export function parseSignature(header: string | string[] | undefined): Buffer | undefined {
  if (typeof header !== 'string') return undefined; // missing, or sent twice
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  return match ? Buffer.from(match[1], 'hex') : undefined;
}

/** Compares a parsed signature with the HMAC computed over the body (streamed as it arrived). */
export function signatureMatches(given: Buffer, expected: Buffer): boolean {
  // Both are 32 bytes here, so timingSafeEqual never throws and the time does not depend on where
  // the first differing byte is.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `sha256=<hex>` for a body: what GitHub sends (for tests, benchmarks and local replays). */
export function signBody(secret: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
