// Attacks on the webhook receiver (issue 14, items 7, 8 and 9), against the local GitHub: replays
// of one signed body under fresh delivery ids, a crowd of big unsigned bodies, and header trickles.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { parseManifest } from '../../src/manifest/manifest.js';
import { startWebhookServer, type ServerOptions } from '../../src/webhook/server.js';
import { signBody } from '../../src/webhook/verify.js';
import { startGitHub } from '../github/index.js';

const require = createRequire(import.meta.url);
const examples: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
const UPSTREAM = 'upstream-org/tool';
const TARGET = 'acme/hardening';
const SECRET = 'hook-secret-hardening';
const manifest = parseManifest(
  `binaries:\n  tool-head:\n    version: 0000000000000000000000000000000000000001\n    upstream: { repo: ${UPSTREAM}, track: commits }\n`,
  'versions.yml',
);
const pushBody = () => {
  const found = examples.find((e) => e.name === 'push')!.examples.find((x) => x.ref === 'refs/heads/master' && !x.deleted);
  return JSON.stringify(found).replaceAll('Codertocat/Hello-World', UPSTREAM);
};

let gh: Awaited<ReturnType<typeof startGitHub>>;
let token: string;
before(async () => {
  gh = await startGitHub();
  await gh.createRepo(TARGET);
  token = gh.token({ permission: 'write' });
});
after(() => gh.close());

const records: any[] = [];
const log = { info: (l: string) => records.push(JSON.parse(l)), warn: (l: string) => records.push(JSON.parse(l)), debug() {} };
const start = (over: Partial<ServerOptions> = {}) =>
  startWebhookServer({ port: 0, secret: SECRET, target: TARGET, token, apiUrl: gh.apiUrl, manifest, log, ...over });

let n = 0;
const newId = () => `00000000-0000-4000-9000-${String(++n).padStart(12, '0')}`;

async function post(url: string, body: string, id = newId(), signature = signBody(SECRET, body)) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-github-event': 'push', 'x-github-delivery': id, 'x-hub-signature-256': signature },
    body,
  });
  return { id, status: res.status, body: (await res.json()) as any };
}

/** Event-loop turns until `pred` holds (I/O is processed between them): no fixed sleeps. */
async function until(pred: () => boolean, turns = 100_000): Promise<void> {
  for (let i = 0; i < turns && !pred(); i++) await new Promise((r) => setImmediate(r));
  assert.ok(pred(), 'condition never held');
}

test('8: one signed body replayed under five fresh delivery ids dispatches once', async () => {
  const server = await start();
  try {
    const before = gh.state.dispatches(TARGET).length;
    const body = pushBody();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await post(server.url, body));
    assert.deepEqual(
      answers.map((a) => a.status),
      [202, 200, 200, 200, 200],
    );
    assert.ok(answers.slice(1).every((a) => a.body.outcome === 'duplicate'));
    await server.close();
    assert.equal(gh.state.dispatches(TARGET).length - before, 1);
  } finally {
    await server.close();
  }
});

test('7: big bodies beyond the memory budget get 503 before being read, and a signed delivery still gets 202', { timeout: 30_000 }, async () => {
  const MiB = 1024 * 1024;
  // Room for two 2 MiB bodies among the large ones; small deliveries keep the rest.
  const server = await start({ budget: { totalBytes: 6 * MiB, largeBytes: 4 * MiB, largeThreshold: 256 * 1024 } });
  const held: Array<ReturnType<typeof request>> = [];
  try {
    const before = gh.state.dispatches(TARGET).length;
    const url = new URL(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const req = request({
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/',
        headers: { 'content-type': 'application/json', 'content-length': 2 * MiB, 'x-github-event': 'push', 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
      });
      req.on('error', () => {});
      req.on('response', (res) => (res.resume(), statuses.push(res.statusCode ?? 0)));
      // The first 64 KiB, then nothing: the body stays in flight, as a slow attacker's would.
      req.write(Buffer.alloc(64 * 1024, 0x20));
      held.push(req);
    }
    // Exactly two are admitted; the other eight are told 503 at once, while the two still hang.
    await until(() => statuses.length === 8);
    assert.deepEqual(statuses, Array(8).fill(503));
    assert.deepEqual(server.handler.health().inFlight, { bodies: 2, bytes: 4 * MiB, shed: 8 });

    const signed = await post(server.url, pushBody());
    assert.equal(signed.status, 202);
    assert.equal(signed.body.outcome, 'accepted');

    for (const req of held) req.destroy();
    await until(() => server.handler.health().inFlight.bodies === 0);
    assert.equal(server.handler.health().inFlight.bytes, 0);
    await server.close();
    assert.equal(gh.state.dispatches(TARGET).length - before, 1);
  } finally {
    for (const req of held) req.destroy();
    await server.close();
  }
});

test('7: a body without Content-Length is counted chunk by chunk and cut with 503 when it outgrows the budget', { timeout: 30_000 }, async () => {
  const server = await start({ budget: { totalBytes: 1024 * 1024, largeBytes: 512 * 1024 } });
  try {
    const url = new URL(server.url);
    const req = request({
      host: url.hostname,
      port: url.port,
      method: 'POST',
      path: '/',
      headers: { 'content-type': 'application/json', 'x-github-event': 'push', 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
    });
    req.on('error', () => {});
    const status = new Promise<number>((resolve) => req.on('response', (res) => (res.resume(), resolve(res.statusCode ?? 0))));
    // Chunked, never ending: 64 KiB at a time until the server answers.
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let answered = false;
    status.then(() => (answered = true));
    for (let i = 0; i < 64 && !answered; i++) {
      if (!req.write(chunk)) await Promise.race([once(req, 'drain'), status]);
      await new Promise((r) => setImmediate(r));
    }
    assert.equal(await status, 503);
    req.destroy();
    await until(() => server.handler.health().inFlight.bodies === 0);
    assert.equal(server.handler.health().inFlight.bytes, 0);
  } finally {
    await server.close();
  }
});

test('7: a missing or malformed signature is refused with 401 before the body is read', async () => {
  const server = await start({ budget: { totalBytes: 1024, largeBytes: 1024 } });
  try {
    const body = pushBody();
    assert.ok(body.length > 1024);
    const missing = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-github-event': 'push' }, body });
    assert.equal(missing.status, 401);
    const malformed = await post(server.url, body, newId(), 'sha256=zz');
    assert.equal(malformed.status, 401);
    assert.equal(server.handler.health().inFlight.shed, 0);
  } finally {
    await server.close();
  }
});

test('9: sockets trickling headers are cut when headersTimeout passes, not ~30 s later', { timeout: 20_000 }, async () => {
  const server = await start({ headersTimeoutMs: 1_000 });
  const timers: NodeJS.Timeout[] = [];
  try {
    const started = Date.now();
    const closed = Array.from({ length: 50 }, () => {
      const socket = connect(server.port, '127.0.0.1');
      socket.on('error', () => {});
      socket.write('POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Trickle: ');
      // One byte every 100 ms: each byte is progress, but the headers never end.
      const timer = setInterval(() => {
        if (!socket.destroyed && socket.writable) socket.write('a', () => {});
      }, 100);
      timers.push(timer);
      // Not events.once: it rejects on the write error a cut socket gives the next byte.
      return new Promise<number>((resolve) => socket.on('close', () => (clearInterval(timer), resolve(Date.now() - started))));
    });
    const times = await Promise.all(closed);
    const worst = Math.max(...times);
    assert.ok(worst < 3_000, `the last trickle was cut after ${worst} ms`);
    assert.ok(Math.min(...times) >= 900, 'cut before the timeout');
  } finally {
    for (const t of timers) clearInterval(t);
    await server.close();
  }
});
