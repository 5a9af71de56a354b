// src/net's direct download path over TLS (raw-get.ts reads the socket into one reused buffer
// through `onread`, which a TLS socket must honour too, or no byte would ever arrive). Real TLS:
// a certificate made by the real `openssl`, trusted by the child through NODE_EXTRA_CA_CERTS
// (which Node reads only at start-up, hence a child process per download).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

let dir: string;
let server: Server;
let base: string;
const big = Buffer.alloc(3 * 1024 * 1024 + 17);
for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 0xff;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  server = createServer({ key: await readFile(join(dir, 'key.pem')), cert: await readFile(join(dir, 'cert.pem')) }, (req, res) => {
    if (req.url === '/asset') res.writeHead(200, { 'content-length': String(big.length) }).end(big);
    else if (req.url === '/chunked') {
      res.writeHead(200); // no length: chunked framing inside TLS records
      for (let off = 0; off < big.length; off += 100_000) res.write(big.subarray(off, off + 100_000));
      res.end();
    } else if (req.url === '/redirect') res.writeHead(302, { location: '/asset' }).end();
    else if (req.url === '/short') {
      res.writeHead(200, { 'content-length': String(big.length) });
      res.write(big.subarray(0, 200_000), () => res.destroy());
    } else res.writeHead(404).end('{"message":"Not Found"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `https://localhost:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.closeAllConnections();
  server.close();
  await rm(dir, { recursive: true, force: true });
});

async function fetchInChild(path: string, trust = true): Promise<{ sha256?: string; size?: number; error?: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SYNC_RETRY_BASE_MS: '1', NO_PROXY: '*' };
  delete env.HTTPS_PROXY;
  delete env.https_proxy;
  if (trust) env.NODE_EXTRA_CA_CERTS = join(dir, 'cert.pem');
  else delete env.NODE_EXTRA_CA_CERTS;
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/tls-download.ts', `${base}${path}`, join(dir, `out${path.replace('/', '-')}`)], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  await new Promise((r) => child.on('exit', r));
  return JSON.parse(out.trim()) as { sha256?: string; size?: number; error?: string };
}

const want = createHash('sha256').update(big).digest('hex');

test('https: a download with a length arrives whole through the reused buffer', async () => {
  assert.deepEqual(await fetchInChild('/asset'), { sha256: want, size: big.length });
  assert.equal(
    createHash('sha256')
      .update(await readFile(join(dir, 'out-asset')))
      .digest('hex'),
    want,
  );
});

test('https: chunked framing inside TLS records, and a same-origin redirect', async () => {
  assert.deepEqual(await fetchInChild('/chunked'), { sha256: want, size: big.length });
  assert.deepEqual(await fetchInChild('/redirect'), { sha256: want, size: big.length });
});

test('https: a body cut short is retried and then refused, never handed on', async () => {
  const got = await fetchInChild('/short');
  assert.match(got.error ?? '', /cut short|gave up|after 2 attempts/i);
  assert.equal(got.sha256, undefined);
});

test('https: an untrusted certificate fails on one line, it does not hang or fall back to plain http', async () => {
  const got = await fetchInChild('/asset', false);
  assert.match(got.error ?? '', /certificate/i);
  assert.doesNotMatch(got.error ?? '', /\n/);
});
