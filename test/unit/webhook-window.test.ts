import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sign, verify } from '@octokit/webhooks-methods';
import { RecentKeys } from '../../src/webhook/deliveries.js';
import { DispatchQueue } from '../../src/webhook/queue.js';
import { signBody, verifySignature } from '../../src/webhook/verify.js';

test('replay window: remembers ids, refuses a second add, stays at its capacity', () => {
  const w = new RecentKeys(3);
  assert.equal(w.add('a'), true);
  assert.equal(w.add('a'), false);
  w.add('b');
  w.add('c');
  w.add('d'); // evicts a
  assert.equal(w.size, 3);
  assert.equal(w.has('a'), false);
  assert.deepEqual(
    ['b', 'c', 'd'].map((k) => w.has(k)),
    [true, true, true],
  );
  for (let i = 0; i < 10_000; i++) w.add(`k${i}`);
  assert.equal(w.size, 3);
});

test('replay window: a forgotten then re-added key survives the eviction of its old slot', () => {
  const w = new RecentKeys(3);
  w.add('a');
  w.add('b');
  w.forget('a');
  assert.equal(w.has('a'), false);
  w.add('c');
  w.add('a'); // re-added in a new slot; the first slot (old "a") is overwritten next
  w.add('d');
  assert.equal(w.has('a'), true);
  assert.equal(w.has('b'), false);
  assert.equal(w.size, 3);
});

test('replay window: keys expire after the ttl when one is set', () => {
  let now = 1000;
  const w = new RecentKeys(10, 50, () => now);
  w.add('x');
  now += 49;
  assert.equal(w.has('x'), true);
  now += 1;
  assert.equal(w.has('x'), false);
  assert.equal(w.add('x'), true);
  assert.throws(() => new RecentKeys(0), RangeError);
});

test('signature: agrees with @octokit/webhooks-methods, rejects missing, malformed, forged and altered', async () => {
  const secret = 'It’s a Secret to Everybody';
  const body = '{"hello":"wörld"}';
  const header = await sign(secret, body);
  assert.equal(signBody(secret, body), header);
  assert.equal(await verify(secret, body, signBody(secret, Buffer.from(body))), true);
  assert.equal(verifySignature(secret, Buffer.from(body), header), true);
  assert.equal(verifySignature(secret, Buffer.from(body), header.toUpperCase().replace('SHA256', 'sha256')), true);
  assert.equal(verifySignature(secret, Buffer.from(body), undefined), false);
  assert.equal(verifySignature(secret, Buffer.from(body), [header, header]), false);
  assert.equal(verifySignature(secret, Buffer.from(body), 'sha1=' + 'a'.repeat(40)), false);
  assert.equal(verifySignature(secret, Buffer.from(body), 'sha256=abc'), false);
  assert.equal(verifySignature(secret, Buffer.from(body), signBody('other secret', body)), false);
  assert.equal(verifySignature(secret, Buffer.from(body + ' '), header), false);
  assert.equal(verifySignature('', Buffer.from(body), signBody('', body)), false);
  // Raw bytes are what is signed: invalid UTF-8 is checked as sent, not as decoded.
  const raw = Buffer.from([0x7b, 0xff, 0x7d]);
  assert.equal(verifySignature(secret, raw, signBody(secret, raw)), true);
  assert.equal(verifySignature(secret, Buffer.from([0x7b, 0xfe, 0x7d]), signBody(secret, raw)), false);
});

/** A promise with its resolve handle: lets a test hold jobs and release them in order. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

test('queue: bounded by jobs outstanding (running + waiting), runs `concurrency` at once, drains', async () => {
  const g = gate();
  let peak = 0;
  let running = 0;
  const done: string[] = [];
  const q = new DispatchQueue<string>({
    capacity: 3,
    concurrency: 2,
    run: async (x) => {
      running++;
      peak = Math.max(peak, running);
      await g.opened;
      running--;
      done.push(x);
    },
  });
  assert.equal(q.offer('1', 'a'), true);
  assert.equal(q.offer('2', 'b'), true);
  assert.equal(q.offer('3', 'c'), true);
  assert.equal(q.offer('4', 'd'), false);
  assert.equal(q.depth, 3);
  assert.equal(q.running, 2);
  assert.equal(await q.drain(0), false); // still held
  g.open();
  assert.equal(await q.drain(), true);
  assert.deepEqual(done, ['a', 'b', 'c']);
  assert.equal(peak, 2);
  assert.deepEqual(q.stats, { accepted: 3, dispatched: 3, failed: 0, rejected: 1 });
  assert.equal(q.offer('5', 'e'), true);
  assert.equal(await q.drain(), true);
});

test('queue: retries retryable failures with backoff, gives up on the others, reports each result', async () => {
  const tries = new Map<string, number>();
  const results: Array<[string, boolean, number]> = [];
  const waits: number[] = [];
  const q = new DispatchQueue<{ failures: number; status: number }>({
    capacity: 10,
    concurrency: 1,
    attempts: 3,
    backoffMs: (attempt) => {
      waits.push(attempt);
      return 1;
    },
    retryable: (err) => (err as { status: number }).status >= 500,
    run: async (job) => {
      const key = JSON.stringify(job);
      const n = (tries.get(key) ?? 0) + 1;
      tries.set(key, n);
      if (n <= job.failures) throw Object.assign(new Error(`HTTP ${job.status}`), { status: job.status });
    },
    onSettled: (id, _job, r) => results.push([id, r.ok, r.attempts]),
  });
  q.offer('flaky', { failures: 2, status: 502 });
  q.offer('down', { failures: 9, status: 503 });
  q.offer('denied', { failures: 1, status: 403 });
  assert.equal(await q.drain(), true);
  assert.deepEqual(results, [
    ['flaky', true, 3],
    ['down', false, 3],
    ['denied', false, 1],
  ]);
  assert.deepEqual(waits, [1, 2, 1, 2]);
  assert.deepEqual(q.stats, { accepted: 3, dispatched: 1, failed: 2, rejected: 0 });
});

test('queue: drain wakes a job out of a long backoff instead of waiting it out', async () => {
  let calls = 0;
  const first = gate();
  const q = new DispatchQueue<number>({
    capacity: 2,
    concurrency: 1,
    backoffMs: () => 3_600_000,
    run: async () => {
      calls++;
      if (calls === 1) {
        first.open();
        throw new Error('network');
      }
    },
  });
  q.offer('x', 1);
  await first.opened;
  assert.equal(await q.drain(), true);
  assert.equal(calls, 2);
  assert.deepEqual(q.abandon(), []);
});

test('queue: abandon drops waiting jobs and stops retries of the running one', async () => {
  let calls = 0;
  const running = gate();
  const fail = gate();
  const results: boolean[] = [];
  const q = new DispatchQueue<number>({
    capacity: 3,
    concurrency: 1,
    backoffMs: () => 1,
    run: async () => {
      calls++;
      running.open();
      await fail.opened;
      throw new Error('network');
    },
    onSettled: (_id, _job, r) => results.push(r.ok),
  });
  q.offer('a', 1);
  q.offer('b', 2);
  await running.opened;
  assert.equal(await q.drain(0), false);
  assert.deepEqual(
    q.abandon().map((j) => j.id),
    ['b'],
  );
  fail.open();
  assert.equal(await q.drain(), true);
  assert.equal(calls, 1);
  assert.deepEqual(results, [false]);
});

test('signature: every @octokit/webhooks-examples payload signed by @octokit/webhooks-methods verifies', async () => {
  const { createRequire } = await import('node:module');
  const examples: Array<{ examples: unknown[] }> = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json');
  let n = 0;
  for (const group of examples) {
    for (const payload of group.examples) {
      const body = JSON.stringify(payload);
      const header = await sign('s3cret', body);
      assert.equal(verifySignature('s3cret', Buffer.from(body), header), true);
      assert.equal(await verify('s3cret', body, signBody('s3cret', Buffer.from(body))), true);
      n++;
    }
  }
  assert.ok(n > 100, `only ${n} examples`);
});
