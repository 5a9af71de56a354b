// src/net's transport against small local servers: redirects (Authorization kept on the same
// origin, dropped on another host; asset downloads send nothing of ours to storage at all),
// timeouts, and the retry helper's rate-limit cap. No sleeps: servers answer or hold on command.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { download } from '../../src/net/download.js';
import { readText, send, TransportError } from '../../src/net/http.js';
import { GaveUp, Retryable, retryableStatus, withRetries } from '../../src/net/retry.js';
import { classifyRateLimit } from '../../src/net/rate-limit.js';
import { silentLog } from '../../src/runtime/log.js';

process.env.SYNC_RETRY_BASE_MS = '1';
process.env.SYNC_RATE_LIMIT_UNIT_MS = '1';

type Seen = { host: string; path: string; headers: IncomingHttpHeaders };
let storage: Server;
let api: Server;
let storageUrl: string;
let apiUrl: string;
const seen: Seen[] = [];
let dir: string;

async function listen(s: Server): Promise<string> {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-net-'));
  // "Another host": storage answers on its own port, and is named `localhost` in redirects.
  storage = createServer((req, res) => {
    seen.push({ host: 'storage', path: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '5' }).end('bytes');
  });
  storageUrl = (await listen(storage)).replace('127.0.0.1', 'localhost');
  api = createServer((req, res) => {
    seen.push({ host: 'api', path: req.url ?? '', headers: req.headers });
    if (req.url === '/cross') res.writeHead(302, { location: `${storageUrl}/blob?sig=1` }).end();
    else if (req.url === '/same') res.writeHead(302, { location: '/final' }).end();
    else if (req.url === '/final') res.writeHead(200, { 'content-type': 'text/plain' }).end('final');
    else if (req.url === '/hang')
      void 0; // never answers
    else if (req.url === '/chunked') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }); // no length: chunked
      res.write('a'.repeat(70_000));
      res.write('b');
      res.end('c'.repeat(3));
    } else if (req.url === '/short') {
      res.writeHead(200, { 'content-length': '100000' });
      res.write('x'.repeat(1000), () => res.destroy());
    } else res.writeHead(404).end();
  });
  apiUrl = await listen(api);
});
after(async () => {
  storage.closeAllConnections();
  api.closeAllConnections();
  storage.close();
  api.close();
  await rm(dir, { recursive: true, force: true });
});

const auth = { authorization: 'token secret-token-value' };

test('a redirect to another host does not carry Authorization', async () => {
  seen.length = 0;
  const res = await send(`${apiUrl}/cross`, { headers: { ...auth, accept: 'application/octet-stream' }, redirect: 'follow' });
  assert.equal(res.status, 200);
  assert.equal(await readText(res.body), 'bytes');
  assert.deepEqual(
    seen.map((s) => s.host),
    ['api', 'storage'],
  );
  assert.equal(seen[0].headers.authorization, auth.authorization);
  assert.equal(seen[1].headers.authorization, undefined);
  assert.equal(seen[1].headers.accept, 'application/octet-stream');
});

test('a redirect on the same origin keeps Authorization', async () => {
  seen.length = 0;
  const res = await send(`${apiUrl}/same`, { headers: auth, redirect: 'follow' });
  assert.equal(await readText(res.body), 'final');
  assert.deepEqual(
    seen.map((s) => [s.host, s.path, s.headers.authorization]),
    [
      ['api', '/same', auth.authorization],
      ['api', '/final', auth.authorization],
    ],
  );
});

test('an asset download sends nothing of ours to storage (token nor API media type)', async () => {
  seen.length = 0;
  const dest = join(dir, 'asset');
  const got = await download({ url: `${apiUrl}/cross`, dest, headers: { ...auth, accept: 'application/octet-stream' }, label: 'asset', log: silentLog });
  assert.equal(got.size, 5);
  assert.equal(await readFile(dest, 'utf8'), 'bytes');
  const hop = seen.find((s) => s.host === 'storage');
  assert.equal(hop?.headers.authorization, undefined);
  assert.equal(hop?.headers.accept, undefined);
});

test('a server that never answers fails with a timeout, not a hang', async () => {
  await assert.rejects(send(`${apiUrl}/hang`, { timeouts: { responseMs: 50 } }), (e) => e instanceof TransportError && e.code === 'ETIMEDOUT');
});

test('rate limits: primary (remaining 0, reset) and secondary (retry-after, or the message) are told apart', () => {
  const h = (m: Record<string, string>) => (n: string) => m[n];
  const now = 1_000_000_000_000;
  assert.deepEqual(classifyRateLimit(403, h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) }), '', now), {
    kind: 'primary',
    seconds: 30,
    waitMs: 30,
  });
  assert.deepEqual(classifyRateLimit(429, h({ 'retry-after': '7' }), ''), { kind: 'secondary', seconds: 7, waitMs: 7 });
  assert.deepEqual(classifyRateLimit(403, h({}), '{"message":"You have exceeded a secondary rate limit"}'), { kind: 'secondary', seconds: 60, waitMs: 60 });
  assert.equal(classifyRateLimit(403, h({}), '{"message":"Resource not accessible"}'), undefined);
  assert.equal(retryableStatus(404, h({}), '', 'x'), undefined);
  assert.ok(retryableStatus(502, h({}), '', 'x') instanceof Retryable);
});

test('retries: backoff on Retryable, reported; a rate-limit wait over the cap gives up at once, saying so', async () => {
  const reports: string[] = [];
  let calls = 0;
  const value = await withRetries(
    async () => {
      if (++calls < 3) throw new Retryable(`try ${calls}`);
      return 'done';
    },
    { attempts: 5, onRetry: (i) => reports.push(`${i.error.message} -> ${i.next}`) },
  );
  assert.equal(value, 'done');
  assert.deepEqual(reports, ['try 1 -> 2', 'try 2 -> 3']);
  const h = (n: string) => ({ 'retry-after': '3600' })[n];
  await assert.rejects(
    withRetries(async () => Promise.reject(retryableStatus(429, h, '', 'POST /x answered 429')), { attempts: 5 }),
    (e) => e instanceof GaveUp && e.attempts === 1 && /3600 s, longer than the 900 s/.test(e.message),
  );
});

test('a download reads chunked answers and retries one cut short, never handing it on', async () => {
  const dest = join(dir, 'chunked');
  const got = await download({ url: `${apiUrl}/chunked`, dest, label: 'chunked', log: silentLog });
  assert.equal(got.size, 70_004);
  assert.equal(await readFile(dest, 'utf8'), `${'a'.repeat(70_000)}bccc`);
  const warnings: string[] = [];
  await assert.rejects(
    download({ url: `${apiUrl}/short`, dest: join(dir, 'short'), label: 'short', attempts: 2, log: { ...silentLog, warn: (m: string) => warnings.push(m) } }),
    /download of short failed after 2 attempts: .*cut short: got 1000 of 100000 bytes/,
  );
  assert.equal(warnings.length, 1);
});
