import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { leaks, tempDir } from '../support/launcher.js';
import { fakeBuild, REPO, world, type World } from '../support/release-cache.js';

describe('ensure all (root action)', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(async () => w.cleanup());

  test('one broken entry among four: the others are ensured and reported, the step names the broken one', async () => {
    w.manifest(
      [
        'binaries:',
        '  alpha:',
        '    version: v1',
        `    build: ${JSON.stringify(fakeBuild('alpha'))}`,
        '  beta:',
        '    version: 2024.11.05',
        `    build: ${JSON.stringify(fakeBuild('beta'))}`,
        '  broken:',
        '    version: v0.1.0',
        '    build: echo "compile error" >&2; exit 2',
        '  gamma:',
        '    version: 0123456789abcdef0123456789abcdef01234567',
        '    bin: gamma-cli',
        `    build: ${JSON.stringify(fakeBuild('gamma-cli'))}`,
        '',
      ].join('\n'),
    );
    const tc = await tempDir('sync-tc-');
    try {
      const r = await w.run('.', { inputs: { concurrency: 4 }, toolCache: tc.path });
      assert.equal(r.code, 1);
      assert.equal(r.errors.length, 1);
      assert.match(r.errors[0], /^1 of 4 binaries failed: broken \(build of broken v0\.1\.0 failed \(exit code 2\)/);
      const binaries = JSON.parse(r.outputs.binaries) as Record<string, { path: string; version: string; source: string; binary: string }>;
      assert.deepEqual(Object.keys(binaries).sort(), ['alpha', 'beta', 'gamma']);
      assert.equal(binaries.beta.version, '2024.11.05');
      assert.ok(Object.values(binaries).every((b) => b.source === 'build'));
      assert.equal(r.path.length, 3);
      assert.equal(execFileSync(binaries.gamma.binary, { encoding: 'utf8' }).trim(), 'gamma 0123456789abcdef0123456789abcdef01234567');
      // Summary: a table, one row per binary, with source and time.
      assert.match(r.summary, /\| binary \| version \| source \| time \|/);
      for (const name of ['alpha', 'beta', 'gamma']) assert.match(r.summary, new RegExp(`\\| ${name} \\| [^|]+ \\| build \\(released\\) \\| \\d+`));
      assert.match(r.summary, /\| broken \| {2}\| failed: build of broken/);
      assert.equal(leaks(r, w.token), false);
      assert.deepEqual(
        w.gh.state
          .releases(REPO)
          .map((x) => x.tag_name)
          .sort(),
        ['alpha-v1', 'beta-2024.11.05', 'gamma-0123456789abcdef0123456789abcdef01234567'],
      );

      // Next run on a fresh runner: the three come from releases; `names` limits the set.
      const next = await w.run('.', { inputs: { names: 'alpha, gamma' } });
      assert.equal(next.code, 0, next.stdout);
      const b2 = JSON.parse(next.outputs.binaries);
      assert.deepEqual(Object.keys(b2).sort(), ['alpha', 'gamma']);
      assert.equal(b2.alpha.source, 'release');
      assert.equal(b2.gamma.source, 'release');
      // And on the warm runner: the tool cache.
      const warm = await w.run('.', { inputs: { names: 'alpha\nbeta' }, toolCache: tc.path });
      assert.equal(warm.code, 0, warm.stdout);
      assert.deepEqual(
        Object.values(JSON.parse(warm.outputs.binaries)).map((b) => (b as { source: string }).source),
        ['tool-cache', 'tool-cache'],
      );
    } finally {
      await tc.cleanup();
    }
  });

  test('an unknown name in `names` fails that entry only', async () => {
    const r = await w.run('.', { inputs: { names: 'alpha,nope' } });
    assert.equal(r.code, 1);
    assert.match(r.errors[0], /^1 of 2 binaries failed: nope \(versions\.yml: no entry "nope" under binaries/);
    assert.deepEqual(Object.keys(JSON.parse(r.outputs.binaries)), ['alpha']);
  });
});
