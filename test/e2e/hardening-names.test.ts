/**
 * Hardening 11 and 12: names from templates and inputs are checked before anything reaches the
 * API or the disk. Each case runs the bundled release-binary (and ensure-binary) and must fail on
 * one line naming the template or input, with nothing uploaded and nothing written outside.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO, world, type World } from '../support/release-cache.js';
import { tempDir } from '../support/launcher.js';
import { tree } from '../support/tree.js';

const cases: Array<[string, Record<string, string>, RegExp]> = [
  [
    'asset with a path',
    { asset: '../../../escape-{bin}.tar.gz' },
    /asset template "\.\.\/\.\.\/\.\.\/escape-\{bin\}\.tar\.gz" renders "\.\.\/\.\.\/\.\.\/escape-tool\.tar\.gz", which is not a plain file name: it contains a path separator/,
  ],
  [
    'tag that is a full ref',
    { tag: 'refs/heads/{name}' },
    /tag template "refs\/heads\/\{name\}" renders "refs\/heads\/tool", which is not a valid git tag name: it starts with "refs\/"/,
  ],
  ['tag with a colon', { tag: '{name}:{version}' }, /tag template "\{name\}:\{version\}" .* it contains ":"/],
  ['version with ..', { version: 'v1..2' }, /tag template "\{name\}-\{version\}" renders "tool-v1\.\.2", .*: it contains "\.\."/],
  ['tag ending in .lock', { tag: '{name}.lock' }, /tag template "\{name\}\.lock" .*ends with "\.lock"/],
  ['bin that is ..', { bin: '..' }, /bad binary name "\.\.": it is not a file name/],
  ['os through the prototype', { os: '__proto__' }, /unsupported OS "__proto__"/],
  ['arch through the prototype', { arch: 'constructor' }, /unsupported architecture "constructor"/],
];

describe('hardening: names are checked before the API or the disk sees them', () => {
  let w: World;
  before(async () => {
    w = await world();
    writeFileSync(join(w.ws, 'tool'), '#!/bin/sh\necho tool\n', { mode: 0o755 });
  });
  after(async () => w.cleanup());

  for (const [what, inputs, pattern] of cases) {
    test(`release-binary refuses ${what}`, async () => {
      const scratch = await tempDir('sync-names-');
      const runnerTemp = join(scratch.path, 'a', 'b', 'c', 'temp');
      mkdirSync(runnerTemp, { recursive: true });
      const r = await w.run('release-binary', { inputs: { name: 'tool', version: 'v1', path: join(w.ws, 'tool'), ...inputs }, runnerTemp });
      assert.equal(r.code, 1, r.stdout);
      assert.equal(r.errors.length, 1, r.stdout);
      assert.match(r.errors[0], pattern);
      assert.deepEqual(w.gh.state.releases(REPO), [], 'nothing reached the API');
      assert.deepEqual(tree(scratch.path), ['a', 'a/b', 'a/b/c', 'a/b/c/temp'], 'nothing written in RUNNER_TEMP, nor above it');
      await scratch.cleanup();
    });
  }

  test('ensure-binary refuses a bad tag template and an entry named after a prototype member', async () => {
    w.manifest('binaries:\n  real:\n    version: v1\n    build: "true"\n');
    const bad = await w.run('ensure-binary', { inputs: { name: 'real', tag: 'refs/tags/{name}' } });
    assert.equal(bad.code, 1);
    assert.match(bad.errors[0], /tag template "refs\/tags\/\{name\}" renders "refs\/tags\/real"/);
    const proto = await w.run('ensure-binary', { inputs: { name: 'toString' } });
    assert.equal(proto.code, 1);
    assert.match(proto.errors[0], /no entry "toString" under binaries \(entries: real\)/);
    assert.deepEqual(w.gh.state.releases(REPO), []);
  });
});
