import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idBefore } from '../../src/relay/client.js';
import { LandedKeys } from '../../src/webhook/landed.js';

test('landed keys: kept across instances, a torn last line skipped, the file bounded to twice the window', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'landed-'));
  try {
    const a = new LandedKeys(dir, 3);
    await a.add(['g1', 'body:aa']);
    await a.add(['g2']);
    // A SIGKILL in the middle of an append leaves a torn line.
    await appendFile(join(dir, 'dispatched-deliveries'), 'g3-tor');
    const b = new LandedKeys(dir, 3);
    assert.deepEqual(b.keys(), ['g1', 'body:aa', 'g2']);
    assert.equal(await readFile(join(dir, 'dispatched-deliveries'), 'utf8'), 'g1\nbody:aa\ng2\n');
    for (let i = 4; i < 20; i++) await b.add([`g${i}`]);
    const lines = (await readFile(join(dir, 'dispatched-deliveries'), 'utf8')).trim().split('\n');
    assert.ok(lines.length <= 6, `${lines.length} lines`);
    assert.deepEqual(new LandedKeys(dir, 3).keys(), ['g17', 'g18', 'g19']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('idBefore: the id just before an <ms>-<seq> id, nothing for other shapes', () => {
  assert.equal(idBefore('1700000000000-5'), '1700000000000-4');
  assert.equal(idBefore('1700000000000-0'), '1699999999999-999999999');
  assert.equal(idBefore('abc'), undefined);
  assert.equal(idBefore('12'), undefined);
});
