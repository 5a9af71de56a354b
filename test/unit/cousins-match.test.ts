import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileSubscription, isSubscribed, matchFeatures } from '../../src/cousins/match.js';
import { buildClientPayload, planDispatches, MAX_FEATURES } from '../../src/cousins/dispatch.js';
import { mapPath, parsePathMap } from '../../src/cousins/sync.js';

test('prefix matches at a path-segment boundary: flask, not flask-old', () => {
  const s = compileSubscription('features/webpush/flask');
  assert.equal(s.featureOf('features/webpush/flask/app.py'), 'features/webpush/flask');
  assert.equal(s.featureOf('features/webpush/flask'), 'features/webpush/flask');
  assert.equal(s.featureOf('features/webpush/flask-old/x.py'), undefined);
  assert.equal(s.featureOf('features/webpush/flaskx'), undefined);
  assert.equal(s.featureOf('other/features/webpush/flask/app.py'), undefined);
  // A trailing slash means the same folder.
  assert.equal(compileSubscription('features/webpush/flask/').featureOf('features/webpush/flask/a'), 'features/webpush/flask');
});

test('glob subscriptions: the matched folder is the feature', () => {
  const s = compileSubscription('features/*/flask');
  assert.equal(s.featureOf('features/webpush/flask/app.py'), 'features/webpush/flask');
  assert.equal(s.featureOf('features/auth/flask/deep/x.py'), 'features/auth/flask');
  assert.equal(s.featureOf('features/webpush/flask-old/app.py'), undefined);
  const star = compileSubscription('features/webpush/**');
  assert.equal(star.featureOf('features/webpush/react/a.js'), 'features/webpush');
  const brace = compileSubscription('features/{pwa,webpush}/react');
  assert.equal(brace.featureOf('features/pwa/react/index.js'), 'features/pwa/react');
  assert.equal(brace.featureOf('features/auth/react/index.js'), undefined);
  const files = compileSubscription('features/webpush/**/*.py');
  assert.equal(files.featureOf('features/webpush/flask/app.py'), 'features/webpush');
  assert.equal(files.featureOf('features/webpush/flask/app.js'), undefined);
  const q = compileSubscription('features/v?/api');
  assert.equal(q.featureOf('features/v2/api/x'), 'features/v2/api');
});

test('matchFeatures: each feature once, subscription order', () => {
  const files = ['features/webpush/flask/a.py', 'features/webpush/flask/b.py', 'features/webpush/flask-old/c.py', 'features/pwa/react/x.js', 'README.md'];
  assert.deepEqual(matchFeatures(['features/webpush/flask', 'features/*/react'], files), ['features/webpush/flask', 'features/pwa/react']);
  assert.deepEqual(matchFeatures(['features/nothing'], files), []);
});

test('cousin side: a subscription covers a feature exactly, by parent folder, or by glob', () => {
  assert.equal(isSubscribed(['features/webpush/flask'], 'features/webpush/flask'), true);
  assert.equal(isSubscribed(['features/webpush'], 'features/webpush/flask'), true);
  assert.equal(isSubscribed(['features/webpush/flask'], 'features/webpush/flask-old'), false);
  assert.equal(isSubscribed(['features/webpush/flask'], 'features/webpush'), false);
  assert.equal(isSubscribed(['features/*/flask'], 'features/auth/flask'), true);
  assert.equal(isSubscribed(['features/*/flask'], 'features/auth/react'), false);
});

test('planDispatches: one plan per cousin with all its features; event_type per entry', () => {
  const { plans, features } = planDispatches(
    [
      { repo: 'a/one', subscriptions: ['features/webpush/flask', 'features/pwa'] },
      { repo: 'a/two', subscriptions: ['features/webpush/flask-old'], eventType: 'custom' },
      { repo: 'a/three', subscriptions: ['docs'] },
    ],
    ['features/webpush/flask/a.py', 'features/pwa/sw.js', 'features/webpush/flask-old/x'],
    'feature-update',
  );
  assert.deepEqual(plans, [
    { repo: 'a/one', features: ['features/webpush/flask', 'features/pwa'], eventType: 'feature-update' },
    { repo: 'a/two', features: ['features/webpush/flask-old'], eventType: 'custom' },
  ]);
  assert.deepEqual(features, ['features/webpush/flask', 'features/pwa', 'features/webpush/flask-old']);
});

test('client_payload: at most 10 keys, under 64 KB, long lists capped and flagged', () => {
  const fields = { commitSha: 'a'.repeat(40), sourceRepo: 'acme/mono', ref: 'refs/heads/main', before: 'b'.repeat(40) };
  const small = buildClientPayload(['features/x', 'features/y'], fields);
  assert.equal(small.capped, false);
  assert.deepEqual(Object.keys(small.payload), ['updated_feature', 'updated_features', 'commit_sha', 'source_repo', 'ref', 'before']);
  const many = Array.from({ length: 5000 }, (_, i) => `features/${'deep/'.repeat(40)}f${i}`);
  const big = buildClientPayload(many, fields);
  assert.equal(big.capped, true);
  assert.ok(Object.keys(big.payload).length <= 10);
  assert.ok(Buffer.byteLength(JSON.stringify(big.payload)) < 64 * 1024);
  assert.equal(big.payload.updated_feature, many[0]);
  assert.equal(big.payload.features_truncated, true);
  assert.equal(big.payload.feature_count, 5000);
  assert.ok((big.payload.updated_features as string[]).length <= MAX_FEATURES);
});

test('path-map: longest entry wins, sub-folders follow, bad entries refused', () => {
  const map = parsePathMap(['features/webpush/flask => app/webpush', 'features => lib']);
  assert.equal(mapPath('features/webpush/flask', map), 'app/webpush');
  assert.equal(mapPath('features/webpush/flask/sub', map), 'app/webpush/sub');
  assert.equal(mapPath('features/pwa', map), 'lib/pwa');
  assert.equal(mapPath('other/x', map), 'other/x');
  assert.equal(mapPath('features-x/y', map), 'features-x/y');
  assert.throws(() => parsePathMap(['features/x -> y']), /is not "upstream\/path => cousin\/path"/);
  assert.throws(() => parsePathMap(['features/x => ../y']), /cousin path "..\/y" contains ".."/);
  assert.throws(() => parsePathMap(['features/x => /etc']), /absolute/);
  assert.throws(() => parsePathMap(['features/x => .']), /"\." segment/);
});
