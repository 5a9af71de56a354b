import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { launch, leaks, REPO_ROOT } from '../support/launcher.js';

const echo = join(REPO_ROOT, 'test/fixtures/echo-action');

test('launcher: inputs with defaults in, outputs, PATH, env, summary and annotations out', async () => {
  const r = await launch(echo, { inputs: { greeting: 'hi' }, githubToken: 'ghs_secret123', event: { action: 'published' } });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.outputs.said, 'hi\nsecond line');
  assert.equal(r.outputs['token-length'], '13');
  assert.equal(r.outputs['event-action'], 'published');
  assert.equal(r.outputs['cwd-is-workspace'], 'true');
  assert.deepEqual(r.path, ['/opt/echo/bin']);
  assert.equal(r.exportedEnv.ECHO_DONE, '1');
  assert.match(r.summary, /echo ran/);
  assert.deepEqual(r.warnings, ['a warning']);
  assert.deepEqual(r.masks, ['ghs_secret123']);
  assert.equal(leaks(r, 'ghs_secret123'), false);
});

test('launcher: a failing action exits 1 with its error annotation', async () => {
  const r = await launch(echo, { inputs: { fail: 'it broke' } });
  assert.equal(r.code, 1);
  assert.deepEqual(r.errors, ['it broke']);
});

test('launcher: an input the action.yml does not declare is refused', async () => {
  await assert.rejects(launch(echo, { inputs: { nope: 'x' } }), /has no input "nope"/);
});

for (const action of ['ensure-binary', 'release-binary', 'check-upstream', 'dispatch-cousins', 'sync-upstream', '.']) {
  test(`bundle ${action} with no inputs and an empty workspace fails with one clean error line`, async () => {
    const r = await launch(action, { inputs: {} });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(r.errors.length, 1, r.stdout + r.stderr);
    assert.doesNotMatch(r.errors[0], /\n|at .*\.js:\d+|not implemented/);
    assert.equal(r.stderr, '');
  });
}
