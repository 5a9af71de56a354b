/**
 * Hardening 16: a glob subscription matched against file names an attacker pushes. Through the
 * bundled dispatch-cousins: `*a*a*...*b` (12 stars) against a 60-character folder name. picomatch's
 * backtracking RegExp needs 7.7 s at 10 stars and 40 characters and grows exponentially beyond
 * (bench/glob.ts); the bounded matcher answers in milliseconds, so the launcher's 20 s limit is
 * never near. The step bound itself is asserted in test/unit/cousins-glob.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { launch } from '../support/launcher.js';
import { checkout, FAST, push, type GH } from '../support/cousins.js';

const MONO = 'acme/mono';
const EVIL = `features/${'*a'.repeat(12)}*b`;
let gh: GH;
let token: string;
let c0: string;
let c1: string;

before(async () => {
  gh = await startGitHub();
  token = gh.token({ permission: 'write' });
  await gh.createRepo(MONO);
  await gh.createRepo('cousins/globby');
  const ecosystem = [{ repo: 'cousins/globby', subscriptions: [EVIL, 'features/*/flask'] }];
  c0 = await gh.commit(MONO, { files: { 'ecosystem.json': JSON.stringify(ecosystem), 'features/webpush/flask/app.py': 'v0' } });
  c1 = await gh.commit(MONO, {
    files: {
      [`features/${'a'.repeat(60)}/x.txt`]: 'pushed by anyone',
      [`features/${'a'.repeat(59)}b/y.txt`]: 'matches',
      'features/webpush/flask/app.py': 'v1',
    },
  });
});
after(async () => gh.close());

test('dispatch-cousins matches *a*a*...*b against a 60-character path without backtracking', async () => {
  const ws = await checkout(gh, MONO, { depth: 0 });
  try {
    const r = await launch('dispatch-cousins', {
      inputs: { token },
      env: { ...gh.env(), ...FAST },
      event: push({ repo: MONO, before: c0, after: c1 }),
      eventName: 'push',
      repository: MONO,
      workspace: ws.path,
      timeoutMs: 20_000,
    });
    assert.equal(r.signal, null, `killed: matching took over 20 s\n${r.stdout}`);
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(JSON.parse(r.outputs.features), [`features/${'a'.repeat(59)}b`, 'features/webpush/flask']);
  } finally {
    await ws.cleanup();
  }
});
