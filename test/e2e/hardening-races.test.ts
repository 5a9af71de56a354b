/**
 * Hardening 17: eight release-binary jobs with `clobber` replace one asset at the same moment.
 * GitHub (and the stand-in) refuse a rename onto a name another asset holds (422 already_exists)
 * and a delete of an asset already gone (404). Every job succeeds: its bytes are the asset in the
 * end, or it says another job replaced it at the same time; no `.sync-tmp-*` asset is left.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO, world, type World } from '../support/release-cache.js';

function binary(w: World, content: string): string {
  const dir = join(w.ws, 'out', content);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'tool');
  writeFileSync(path, `#!/bin/sh\necho ${content}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('hardening: races', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(async () => w.cleanup());

  test('17: eight parallel clobber uploads of one asset all succeed and leave no temporary asset', async () => {
    const seed = await w.run('release-binary', { inputs: { name: 'race', version: 'v1', bin: 'tool', path: binary(w, 'seed') } });
    assert.equal(seed.code, 0, seed.stdout);
    const asset = seed.outputs['asset-name'];
    const runs = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        w.run('release-binary', { inputs: { name: 'race', version: 'v1', bin: 'tool', path: binary(w, `job${i}`), clobber: true } }),
      ),
    );
    for (const [i, r] of runs.entries()) {
      assert.equal(r.code, 0, `job ${i}:\n${r.stdout}`);
      assert.match(r.stdout, /(replaced \S+ in|uploaded \S+ to) release race-v1/, `job ${i}:\n${r.stdout}`);
    }
    const assets = w.gh.state.assets(REPO).filter((a) => a.name.startsWith(asset));
    assert.deepEqual(
      assets.map((a) => [a.name, a.state]),
      [[asset, 'uploaded']],
      'one asset, no .sync-tmp-* left',
    );
    // The asset is one job's bytes, and that job's outputs name it.
    const winners = runs.filter((r) => r.outputs['archive-sha256'] && `sha256:${r.outputs['archive-sha256']}` === assets[0].digest);
    assert.ok(winners.length >= 1, 'the asset is the bytes of one of the jobs');
  });
});
