// push -> `ghsync relay` -> `ghsync webhook --source` -> repository_dispatch on the local GitHub,
// all through the bundled CLI, with the faults a relay path has: a stream cut mid-event, a
// half-open connection, a relay restart, a receiver restart, a 25 MB payload, a forged body.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { signBody } from '../../src/webhook/verify.js';
import { startGitHub } from '../github/index.js';
import { startLoggingCli } from '../support/cli.js';

const require = createRequire(import.meta.url);
const examples: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
const UPSTREAM = 'upstream-org/tool';
const SECRET = 'relay-source-secret';
const CHANNEL = 'source-test-channel';
const MANIFEST = `binaries:\n  tool-head:\n    version: 0000000000000000000000000000000000000001\n    upstream: { repo: ${UPSTREAM}, track: commits }\n`;

let gh: Awaited<ReturnType<typeof startGitHub>>;
let token: string;
let work: string;
const children = new Set<ChildProcess>();
before(async () => {
  gh = await startGitHub();
  token = gh.token({ permission: 'write' });
  work = await mkdtemp(join(tmpdir(), 'relay-source-'));
  await writeFile(join(work, 'versions.yml'), MANIFEST);
});
after(async () => {
  for (const c of children) c.kill('SIGKILL');
  await gh.close();
  await rm(work, { recursive: true, force: true });
});

let pushes = 0;
/** A real push payload moved to the tracked upstream, with its own head commit. */
function push(): { body: Buffer; id: string; sha: string } {
  const found = examples.find((e) => e.name === 'push')!.examples.find((x) => x.ref === 'refs/heads/master' && !x.deleted);
  const payload = JSON.parse(JSON.stringify(found).replaceAll('Codertocat/Hello-World', UPSTREAM));
  const sha = (++pushes).toString(16).padStart(40, 'a');
  payload.after = sha;
  // GitHub's bytes are not JSON.stringify's: keep a space and an escaped slash so re-encoding shows.
  const body = Buffer.from(JSON.stringify(payload).replace('"ref":', '"ref": ').replace('refs/heads/master', 'refs\\/heads\\/master'));
  return { body, id: `00000000-0000-4000-a000-${String(pushes).padStart(12, '0')}`, sha };
}
const headers = (p: { body: Buffer; id: string }, secret = SECRET) => ({
  'content-type': 'application/json',
  'x-github-event': 'push',
  'x-github-delivery': p.id,
  'x-hub-signature-256': signBody(secret, p.body),
});

/** A bundled `ghsync` child that keeps running, logging JSON lines. */
function cli(args: string[], env: Record<string, string> = {}) {
  const base = { PATH: process.env.PATH, HOME: process.env.HOME, SYNC_RETRY_BASE_MS: '20', WEBHOOK_SECRET: SECRET, GITHUB_TOKEN: token };
  return startLoggingCli(args, { cwd: work, env: { ...base, GITHUB_API_URL: gh.apiUrl, ...env }, children });
}

async function relay(args: string[] = []) {
  const p = cli(['relay', '--port', '0', '--channel', CHANNEL, ...args]);
  await p.next((r) => r.msg === 'listening', 'listening');
  const url = p.lines.find((l) => l.startsWith('http://'))!;
  return { ...p, url };
}

async function receiver(source: string, target: string, extra: string[] = []) {
  const p = cli(['webhook', '--source', source, '--secret-env', 'WEBHOOK_SECRET', '--target', target, '--manifest', 'versions.yml', ...extra]);
  await p.next((r) => r.msg === 'relay' && r.outcome === 'connected', 'connected');
  return p;
}

const dispatchedFor = (target: string) => gh.state.dispatches(target);

test('push -> relay -> webhook --source: exactly one dispatch, with the SHA from the verified exact bytes', async () => {
  const target = 'acme/relay-e2e';
  await gh.createRepo(target);
  const r = await relay();
  const w = await receiver(`${r.url}/${CHANNEL}`, target);
  try {
    const p = push();
    const res = await fetch(`${r.url}/${CHANNEL}`, { method: 'POST', headers: headers(p), body: new Uint8Array(p.body) });
    assert.equal(res.status, 202);
    await w.next((x) => x.msg === 'dispatch' && x.id === p.id);
    assert.equal(await w.stop(), 0);
    const list = dispatchedFor(target);
    assert.equal(list.length, 1);
    assert.equal(list[0].client_payload.sha, p.sha);
    assert.equal(list[0].client_payload.delivery, p.id);
    assert.equal(list[0].client_payload.unverified, undefined);
  } finally {
    await w.stop();
    await r.stop();
  }
});

test(
  'a forged body on the stream is dropped (401 in the log), a redelivered GUID is dispatched once, a 25 MB payload goes through',
  { timeout: 120_000 },
  async () => {
    const target = 'acme/relay-faults';
    await gh.createRepo(target);
    const r = await relay();
    const w = await receiver(`${r.url}/${CHANNEL}`, target);
    try {
      const forged = push();
      await fetch(`${r.url}/${CHANNEL}`, { method: 'POST', headers: headers(forged, 'not-the-secret'), body: new Uint8Array(forged.body) });
      await w.next((x) => x.msg === 'delivery' && x.id === forged.id && x.outcome === 'unauthorized');
      const p = push();
      for (let i = 0; i < 2; i++) await fetch(`${r.url}/${CHANNEL}`, { method: 'POST', headers: headers(p), body: new Uint8Array(p.body) });
      await w.next((x) => x.msg === 'delivery' && x.id === p.id && x.outcome === 'duplicate');
      const big = push();
      const payload = JSON.parse(big.body.toString());
      payload.padding = 'x'.repeat(25 * 1024 * 1024 - big.body.length - 100);
      big.body = Buffer.from(JSON.stringify(payload));
      assert.ok(big.body.length > 24 * 1024 * 1024 && big.body.length <= 25 * 1024 * 1024);
      const res = await fetch(`${r.url}/${CHANNEL}`, { method: 'POST', headers: headers(big), body: new Uint8Array(big.body) });
      assert.equal(res.status, 202);
      await w.next((x) => x.msg === 'dispatch' && x.id === big.id);
      assert.equal(await w.stop(), 0);
      assert.deepEqual(
        dispatchedFor(target).map((d) => d.client_payload.delivery),
        [p.id, big.id],
      );
    } finally {
      await w.stop();
      await r.stop();
    }
  },
);

test('relay restart (journal) and receiver restart (state dir): nothing lost, nothing twice', { timeout: 60_000 }, async () => {
  const target = 'acme/relay-restart';
  await gh.createRepo(target);
  const journal = join(work, 'journal');
  const state = join(work, 'state');
  let r = await relay(['--journal', journal]);
  const port = new URL(r.url).port;
  const source = `${r.url}/${CHANNEL}`;
  let w = await receiver(source, target, ['--state-dir', state]);
  const post = async (p: ReturnType<typeof push>) =>
    assert.equal((await fetch(`${r.url}/${CHANNEL}`, { method: 'POST', headers: headers(p), body: new Uint8Array(p.body) })).status, 202);
  try {
    const a = push();
    await post(a);
    await w.next((x) => x.msg === 'dispatch' && x.id === a.id);
    // The relay goes away and comes back on the same port with its journal.
    await r.stop();
    await w.next((x) => x.msg === 'relay' && x.outcome === 'reconnecting');
    r = await relay(['--journal', journal, '--port', port]);
    const b = push();
    await post(b);
    await w.next((x) => x.msg === 'dispatch' && x.id === b.id);
    // The receiver goes away; a delivery arrives meanwhile; it resumes from its saved event id.
    assert.equal(await w.stop(), 0);
    const c = push();
    await post(c);
    w = await receiver(source, target, ['--state-dir', state]);
    await w.next((x) => x.msg === 'dispatch' && x.id === c.id);
    assert.equal(await w.stop(), 0);
    assert.deepEqual(
      dispatchedFor(target).map((d) => d.client_payload.delivery),
      [a.id, b.id, c.id],
    );
    assert.ok((await readdir(state)).some((f) => f.endsWith('.last-event-id')));
  } finally {
    await w.stop();
    await r.stop();
  }
});

/** A misbehaving relay: each connection is handed to the next script step. */
async function fakeRelay(steps: Array<(req: IncomingMessage, res: ServerResponse) => void>) {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    const step = steps[Math.min(seen.length - 1, steps.length - 1)];
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(': hello\n\n');
    step(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/${CHANNEL}`, seen, close: () => (server.closeAllConnections(), server.close()) };
}
const gosmeeFrame = (id: string, p: { body: Buffer; id: string }) =>
  `id: ${id}\ndata: ${JSON.stringify({ ...headers(p), timestamp: String(Date.now()), bodyB: p.body.toString('base64') })}\n\n`;

test('a stream cut mid-event and a half-open stream (silent past --silence) are reconnected; the cut event arrives once', { timeout: 60_000 }, async () => {
  const target = 'acme/relay-cut';
  await gh.createRepo(target);
  const a = push();
  const b = push();
  const frameB = gosmeeFrame('1000-1', b);
  const fake = await fakeRelay([
    // 1: a whole event, then half of the next, then the connection dies.
    (_req, res) => {
      res.write(gosmeeFrame('1000-0', a));
      res.write(frameB.slice(0, frameB.length >> 1), () => res.destroy());
    },
    // 2: connected, then silence without a close (a half-open connection).
    () => {},
    // 3: the cut event again, whole, and nothing else.
    (_req, res) => res.write(frameB),
  ]);
  const w = await receiver(fake.url, target, ['--silence', '500ms']);
  try {
    await w.next((x) => x.msg === 'dispatch' && x.id === b.id);
    assert.equal(fake.seen.length, 3);
    assert.equal(fake.seen[0].url, `/events/${CHANNEL}`);
    assert.equal(fake.seen[1].headers['last-event-id'], '1000-0');
    assert.equal(fake.seen[2].headers['last-event-id'], '1000-0');
    assert.equal(await w.stop(), 0);
    assert.deepEqual(
      dispatchedFor(target).map((d) => d.client_payload.delivery),
      [a.id, b.id],
    );
  } finally {
    await w.stop();
    fake.close();
  }
});

test('a re-encoded (smee-format) body is only a hint: it wakes a check without a SHA, even unsigned', { timeout: 60_000 }, async () => {
  const target = 'acme/relay-hint';
  await gh.createRepo(target);
  const p = push();
  const data = { ...headers(p, 'anyone'), body: JSON.parse(p.body.toString()), query: {}, timestamp: Date.now() };
  const fake = await fakeRelay([(_req, res) => res.write(`id: 5-0\ndata: ${JSON.stringify(data)}\n\n`)]);
  const w = await receiver(fake.url, target, ['--save-dir', join(work, 'saved')]);
  try {
    await w.next((x) => x.msg === 'dispatch' && x.id === p.id);
    assert.equal(await w.stop(), 0);
    const [d] = dispatchedFor(target);
    assert.equal(d.client_payload.sha, null);
    assert.equal(d.client_payload.tag, null);
    assert.equal(d.client_payload.unverified, true);
    assert.equal(d.client_payload.upstream, UPSTREAM);
    assert.ok((await readdir(join(work, 'saved'))).includes(`${p.id}.json`));
  } finally {
    await w.stop();
    fake.close();
  }
});
