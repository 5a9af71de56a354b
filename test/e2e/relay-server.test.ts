// `ghsync relay` against real clients: the real smee-client from npm, and gosmee's format checked
// frame by frame against gosmee's documented rules (exact bytes in bodyB, string timestamp, ids
// `<ms>-<seq>`, never `body` beside `bodyB`).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import SmeeClient from 'smee-client';
import { startRelay, type RelayOptions } from '../../src/relay/server.js';
import { signBody } from '../../src/webhook/verify.js';

const CHANNEL = 'relay-test-channel-1';
const SECRET = 'relay-secret-42';
const dirs: string[] = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const records: any[] = [];
const log = { info: (l: string) => records.push(JSON.parse(l)), warn: (l: string) => records.push(JSON.parse(l)), debug() {} };
const start = (over: Partial<RelayOptions> = {}) => startRelay({ port: 0, channels: [CHANNEL], retryMs: 100, log, ...over });

let n = 0;
/** A push body as GitHub writes it: not what JSON.stringify would make of it (spaces, an escaped slash, a \u escape). */
const rawPush = () => Buffer.from(`{"ref": "refs/heads/main", "n": ${++n}, "path": "a\\/b", "name": "caf\\u00e9", "repository": {"full_name": "o/r"}}`);
const compactPush = () => Buffer.from(JSON.stringify({ ref: 'refs/heads/main', n: ++n, repository: { full_name: 'o/r' } }));

async function post(url: string, body: Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'push',
      'x-github-delivery': `d-${n}`,
      'x-hub-signature-256': signBody(SECRET, body),
      ...headers,
    },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** An SSE reader over fetch: frames as they come, and a way to await the next that matches. */
async function subscribe(url: string, headers: Record<string, string> = {}) {
  const ac = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: ac.signal });
  const frames: EventSourceMessage[] = [];
  const waiters: Array<() => void> = [];
  const parser = createParser({ onEvent: (e) => (frames.push(e), waiters.splice(0).forEach((w) => w())) });
  let ended = false;
  (async () => {
    try {
      for await (const chunk of res.body!) parser.feed(Buffer.from(chunk).toString('utf8'));
    } catch {
      // aborted
    }
    ended = true;
    waiters.splice(0).forEach((w) => w());
  })();
  return {
    res,
    frames,
    get ended() {
      return ended;
    },
    async until(pred: (frames: EventSourceMessage[]) => boolean): Promise<void> {
      while (!pred(frames)) {
        if (ended) throw new Error(`stream ended; frames: ${JSON.stringify(frames)}`);
        await new Promise<void>((r) => waiters.push(r));
      }
    },
    close: () => ac.abort(),
  };
}
const messages = (frames: EventSourceMessage[]) => frames.filter((f) => f.id);

/** A local target that records what smee-client posts to it. */
async function target(): Promise<{
  url: string;
  got: Array<{ headers: IncomingHttpHeaders; body: Buffer }>;
  next(count: number): Promise<void>;
  server: Server;
}> {
  const got: Array<{ headers: IncomingHttpHeaders; body: Buffer }> = [];
  const waiters: Array<() => void> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      got.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.end('ok');
      waiters.splice(0).forEach((w) => w());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    got,
    server,
    async next(count) {
      while (got.length < count) await new Promise<void>((r) => waiters.push(r));
    },
  };
}

const quietLogger = () => {
  const lines: string[] = [];
  return { lines, info: (...a: unknown[]) => lines.push(a.join(' ')), error: (...a: unknown[]) => lines.push(`error ${a.join(' ')}`) };
};

test('real smee-client: a signed push reaches the local target with its headers, and the signature still verifies there', async () => {
  const relay = await start();
  const t = await target();
  const logger = quietLogger();
  const smee = new SmeeClient({ source: `${relay.url}/${CHANNEL}`, target: t.url, logger });
  try {
    await smee.start();
    await until(() => relay.channel(CHANNEL)!.subscribers.size === 1);
    const body = compactPush();
    const sent = await post(`${relay.url}/${CHANNEL}?from=test`, body);
    assert.equal(sent.status, 202);
    assert.match(sent.body.id, /^\d+-\d+$/);
    await t.next(1);
    const [got] = t.got;
    assert.equal(got.headers['x-github-event'], 'push');
    assert.equal(got.headers['x-github-delivery'], `d-${n}`);
    assert.equal(got.headers['x-hub-signature-256'], signBody(SECRET, body));
    // A compact JSON body survives smee's re-serialization, so the signature verifies at the target.
    assert.equal(got.body.toString(), body.toString());
    assert.equal(got.headers['x-hub-signature-256'], signBody(SECRET, got.body));
    assert.equal(got.headers.bodyb, undefined);
    assert.ok(!logger.lines.some((l) => l.startsWith('error')), logger.lines.join('\n'));
  } finally {
    await smee.stop();
    await relay.close();
    t.server.close();
  }
});

/** Event-loop turns until `pred` holds. */
async function until(pred: () => boolean): Promise<void> {
  for (let i = 0; i < 200_000 && !pred(); i++) await new Promise((r) => setImmediate(r));
  assert.ok(pred(), 'condition never held');
}

test('real smee-client: events posted while it was cut off arrive after it reconnects (Last-Event-ID), each once', async () => {
  const relay = await start();
  const t = await target();
  const smee = new SmeeClient({ source: `${relay.url}/${CHANNEL}`, target: t.url, logger: quietLogger() });
  try {
    await smee.start();
    const channel = relay.channel(CHANNEL)!;
    await until(() => channel.subscribers.size === 1);
    assert.equal((await post(`${relay.url}/${CHANNEL}`, compactPush())).status, 202);
    await t.next(1);
    // Cut the stream from the relay's side; post two while nobody listens.
    for (const s of channel.subscribers) s.res.destroy();
    await until(() => channel.subscribers.size === 0);
    const missed = [compactPush(), compactPush()];
    for (const body of missed) assert.equal((await post(`${relay.url}/${CHANNEL}`, body)).status, 202);
    await t.next(3);
    assert.deepEqual(
      t.got.slice(1).map((g) => g.body.toString()),
      missed.map((b) => b.toString()),
    );
    const resumed = records.filter((r) => r.msg === 'subscribe' && r.channel === CHANNEL && r.resume);
    assert.ok(resumed.length >= 1, 'the reconnect carried Last-Event-ID');
    // Nothing more arrives: a live event after the catch-up is the fourth, not a repeat.
    assert.equal((await post(`${relay.url}/${CHANNEL}`, compactPush())).status, 202);
    await t.next(4);
    assert.equal(t.got.length, 4);
  } finally {
    await smee.stop();
    await relay.close();
    t.server.close();
  }
});

test('gosmee format on /events/NAME: connected and ready, then bodyB with the exact bytes, string timestamp, no body, increasing ids', async () => {
  const relay = await start();
  try {
    const s = await subscribe(`${relay.url}/events/${CHANNEL}`);
    assert.equal(s.res.status, 200);
    assert.equal(s.res.headers.get('content-type'), 'text/event-stream');
    await s.until((f) => f.length >= 2);
    assert.deepEqual(
      s.frames.slice(0, 2).map((f) => JSON.parse(f.data)),
      [{ message: 'connected' }, { message: 'ready' }],
    );
    const bodies = [rawPush(), rawPush(), rawPush()];
    for (const b of bodies) assert.equal((await post(`${relay.url}/${CHANNEL}`, b, { 'x-forwarded-for': '1.2.3.4', via: 'proxy' })).status, 202);
    await s.until((f) => messages(f).length === 3);
    const got = messages(s.frames);
    for (const [i, f] of got.entries()) {
      const data = JSON.parse(f.data);
      assert.ok(Buffer.from(data.bodyB, 'base64').equals(bodies[i]), 'exact bytes');
      assert.equal(data.body, undefined);
      assert.equal(typeof data.timestamp, 'string');
      assert.match(data.timestamp, /^\d+$/);
      assert.equal(data['x-hub-signature-256'], signBody(SECRET, bodies[i]));
      assert.equal(data['x-forwarded-for'], undefined);
      assert.equal(data.via, undefined);
      assert.equal(data.host, undefined);
      assert.equal(data['content-length'], undefined);
      assert.match(f.id!, /^\d+-\d+$/);
    }
    const ids = got.map((f) => f.id!.split('-').map(Number));
    for (let i = 1; i < ids.length; i++) assert.ok(ids[i][0] > ids[i - 1][0] || (ids[i][0] === ids[i - 1][0] && ids[i][1] > ids[i - 1][1]), 'ids increase');
    s.close();
  } finally {
    await relay.close();
  }
});

test('a new stream gets live events only; Last-Event-ID resends what came after it; a trimmed history says so with a gap event', async () => {
  const relay = await start({ history: { maxEvents: 3 } });
  try {
    const url = `${relay.url}/${CHANNEL}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await post(url, compactPush())).body.id);
    const fresh = await subscribe(`${relay.url}/events/${CHANNEL}`);
    await fresh.until((f) => f.length >= 2);
    const resumed = await subscribe(`${relay.url}/events/${CHANNEL}`, { 'last-event-id': ids[2] });
    await resumed.until((f) => messages(f).length === 2);
    assert.deepEqual(
      messages(resumed.frames).map((f) => f.id),
      ids.slice(3),
    );
    const old = await subscribe(url, { 'last-event-id': ids[0] });
    await old.until((f) => messages(f).length === 3);
    const gap = old.frames.find((f) => f.event === 'gosmee-gap')!;
    assert.deepEqual(JSON.parse(gap.data), { error: 'missed_history', requested_id: ids[0], oldest_id: ids[2] });
    // smee format: the parsed body, a numeric timestamp, never bodyB; control frames are named.
    const smee = JSON.parse(messages(old.frames)[0].data);
    assert.equal(typeof smee.timestamp, 'number');
    assert.equal(smee.bodyB, undefined);
    assert.equal(smee.body.repository.full_name, 'o/r');
    assert.ok(old.frames.filter((f) => !f.id).every((f) => f.event === 'ready' || f.event === 'gosmee-gap' || f.event === 'ping'));
    assert.equal(messages(fresh.frames).length, 0, 'a stream without Last-Event-ID gets no history');
    const live = compactPush();
    const liveId = (await post(url, live)).body.id;
    await fresh.until((f) => messages(f).length === 1);
    assert.equal(messages(fresh.frames)[0].id, liveId);
    for (const s of [fresh, resumed, old]) s.close();
  } finally {
    await relay.close();
  }
});

test('--secret: a missing or wrong signature is 401 and relays nothing; a right one is 202', async () => {
  const relay = await start({ secret: SECRET });
  try {
    const url = `${relay.url}/${CHANNEL}`;
    const s = await subscribe(`${relay.url}/events/${CHANNEL}`);
    await s.until((f) => f.length >= 2);
    const body = rawPush();
    assert.equal((await post(url, body, { 'x-hub-signature-256': signBody('wrong', body) })).status, 401);
    const missing = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    assert.equal(missing.status, 401);
    assert.equal((await post(url, body)).status, 202);
    await s.until((f) => messages(f).length === 1);
    assert.equal(relay.channel(CHANNEL)!.size.events, 1);
    s.close();
  } finally {
    await relay.close();
  }
});

test('bad intake: unknown channel 404, non-JSON 400, other content types 415; /health and /healthz; /new only with --allow-new', async () => {
  const relay = await start();
  try {
    assert.equal((await post(`${relay.url}/not-a-known-channel`, compactPush())).status, 404);
    assert.equal((await post(`${relay.url}/${CHANNEL}`, Buffer.from('{nope'))).status, 400);
    assert.equal((await post(`${relay.url}/${CHANNEL}`, Buffer.from('x'), { 'content-type': 'text/plain' })).status, 415);
    for (const path of ['/health', '/healthz']) {
      const h = await fetch(`${relay.url}${path}`);
      assert.equal(h.status, 200);
      assert.equal((await h.json()).channels[CHANNEL].subscribers, 0);
    }
    assert.equal((await fetch(`${relay.url}/new`, { redirect: 'manual' })).status, 404);
  } finally {
    await relay.close();
  }
  const open = await start({ allowNew: true });
  try {
    // smee-client's own channel creation: HEAD /new, read Location.
    const made = await SmeeClient.createChannel({ newChannelUrl: `${open.url}/new` });
    const name = new URL(made).pathname.slice(1);
    assert.match(name, /^[A-Za-z0-9_-]{16}$/);
    assert.equal((await post(made, compactPush())).status, 202);
    assert.equal(open.channel(name)!.size.events, 1);
  } finally {
    await open.close();
  }
});

test('journal: history survives a restart and is resent after Last-Event-ID', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'relay-journal-'));
  dirs.push(dir);
  const first = await start({ journalDir: dir });
  const bodies = [rawPush(), rawPush()];
  const ids: string[] = [];
  for (const b of bodies) ids.push((await post(`${first.url}/${CHANNEL}`, b)).body.id);
  await first.close();
  const second = await start({ journalDir: dir });
  try {
    const s = await subscribe(`${second.url}/events/${CHANNEL}`, { 'last-event-id': ids[0] });
    await s.until((f) => messages(f).length === 1);
    assert.equal(messages(s.frames)[0].id, ids[1]);
    assert.ok(Buffer.from(JSON.parse(messages(s.frames)[0].data).bodyB, 'base64').equals(bodies[1]));
    // New ids continue after the journaled ones.
    const next = (await post(`${second.url}/${CHANNEL}`, rawPush())).body.id;
    const [a, b] = [ids[1], next].map((id) => id.split('-').map(Number));
    assert.ok(b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]));
    s.close();
  } finally {
    await second.close();
  }
});

test('closing the relay ends open streams (they were answered 200), it never turns them into an error status', async () => {
  const relay = await start();
  const s = await subscribe(`${relay.url}/${CHANNEL}`);
  await s.until((f) => f.length >= 1);
  await relay.close();
  await until(() => s.ended);
  assert.equal(s.res.status, 200);
});
