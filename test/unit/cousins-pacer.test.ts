import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Pacer } from '../../src/cousins/pacer.js';

test('pacer: the first refusal teaches the limit from the writes accepted in its window', () => {
  const p = new Pacer(10); // retry-after 60 -> 600 ms
  const t = Date.now();
  for (let i = 0; i < 80; i++) p.accepted(t - 500 + i);
  p.accepted(t - 5000); // outside the window: not counted
  p.refused(60, t - 1, t);
  assert.deepEqual(p.limit, { max: 80, windowMs: 600 });
  // A write in flight at the refusal that the server took after all: one more fits.
  p.accepted(t - 2);
  assert.equal(p.limit?.max, 81);
  // Refusals of writes sent before the last refusal was known change nothing.
  p.refused(60, t - 3, t + 1);
  assert.equal(p.limit?.max, 81);
  // A refusal while pacing: the guess was high, a tenth less.
  p.refused(60, t + 5, t + 6);
  assert.equal(p.limit?.max, 72);
  assert.equal(p.refusals, 3);
});

test('pacer: a refusal with nothing accepted before it pauses for the full retry-after', async () => {
  const p = new Pacer(1);
  p.refused(30, Date.now() - 1);
  assert.equal(p.limit, undefined);
  const started = Date.now();
  await p.ready(true);
  assert.ok(Date.now() - started >= 25, 'held until retry-after passed');
});
