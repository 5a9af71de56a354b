import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRequest, Rejection } from '../../src/cousins/payload.js';
import { pathProblem } from '../../src/cousins/paths.js';
import { rangeFromEvent } from '../../src/cousins/changes.js';

const SHA = 'c0ffee'.padEnd(40, '0');
const ok = {
  updated_feature: 'features/webpush/flask',
  updated_features: ['features/webpush/flask', 'features/pwa'],
  commit_sha: SHA,
  source_repo: 'acme/mono',
  ref: 'refs/heads/main',
  before: '0'.repeat(40),
};
const read = (client_payload: unknown, extra: Record<string, unknown> = {}) =>
  readRequest({ eventName: 'repository_dispatch', event: { action: 'feature-update', client_payload }, upstream: 'acme/mono', ...extra });

test('a good payload: features deduplicated, upstream compared case-insensitively', () => {
  assert.deepEqual(read(ok), { features: ['features/webpush/flask', 'features/pwa'], sha: SHA, sourceRepo: 'acme/mono', truncated: false });
  assert.equal(read({ ...ok, source_repo: 'ACME/Mono' }).sha, SHA);
});

test('workflow_dispatch: feature and sha inputs, the source is the upstream', () => {
  const r = readRequest({ eventName: 'workflow_dispatch', event: { inputs: {} }, upstream: 'acme/mono', feature: 'features/x', sha: SHA });
  assert.deepEqual(r.features, ['features/x']);
});

const rejections: Array<[string, unknown, RegExp]> = [
  ['forged source_repo', { ...ok, source_repo: 'evil/mono' }, /source_repo "evil\/mono" is not the upstream acme\/mono/],
  ['missing source_repo', { ...ok, source_repo: undefined }, /source_repo .* is not the upstream/],
  ['.. in the feature', { ...ok, updated_feature: 'features/../../etc' }, /feature path "features\/..\/..\/etc" contains "\.\."/],
  ['.. in a listed feature', { ...ok, updated_features: ['features/ok', '..'] }, /contains "\.\."/],
  ['absolute feature', { ...ok, updated_feature: '/etc/passwd', updated_features: undefined }, /is absolute/],
  ['NUL in the feature', { ...ok, updated_feature: 'features/x\u0000y' }, /contains a NUL byte/],
  ['feature into .git', { ...ok, updated_feature: '.git/hooks' }, /points into \.git/],
  ['non-hex SHA', { ...ok, commit_sha: 'z'.repeat(40) }, /commit_sha "z+" is not a full 40-hex commit SHA/],
  ['short SHA', { ...ok, commit_sha: 'abc1234' }, /is not a full 40-hex/],
  ['shell in the SHA', { ...ok, commit_sha: '$(touch /tmp/x)' }, /commit_sha "\$\(touch \/tmp\/x\)" is not a full 40-hex/],
  ['no payload', undefined, /no client_payload/],
  ['features not a list', { ...ok, updated_features: 'features/x' }, /updated_features must be an array/],
];
for (const [name, payload, message] of rejections) {
  test(`rejected: ${name}`, () => {
    assert.throws(
      () => read(payload),
      (err: Error) => err instanceof Rejection && message.test(err.message) && !err.message.includes('\n'),
    );
  });
}

test('pathProblem: the rules', () => {
  assert.equal(pathProblem('features/webpush/flask'), undefined);
  assert.equal(pathProblem('features/$(touch x);`id`|&'), undefined, 'shell metacharacters are just characters in a path');
  assert.match(pathProblem('a//b')!, /empty/);
  assert.match(pathProblem('a/./b')!, /"\." segment/);
  assert.match(pathProblem('a\\b')!, /backslash/);
  assert.match(pathProblem('')!, /empty/);
});

test('rangeFromEvent: push, created branch, deleted ref, pull_request, inputs', () => {
  const base = { eventName: 'push', repository: 'acme/mono' };
  const push = rangeFromEvent({ ...base, event: { before: 'a'.repeat(40), after: 'b'.repeat(40), ref: 'refs/heads/main' } });
  assert.deepEqual([push.base, push.head, push.ref, push.deleted], ['a'.repeat(40), 'b'.repeat(40), 'refs/heads/main', false]);
  const created = rangeFromEvent({ ...base, event: { before: '0'.repeat(40), after: 'b'.repeat(40), ref: 'refs/heads/x', created: true } });
  assert.equal(created.base, undefined);
  const deleted = rangeFromEvent({ ...base, event: { before: 'b'.repeat(40), after: '0'.repeat(40), ref: 'refs/heads/x', deleted: true } });
  assert.equal(deleted.deleted, true);
  const pr = rangeFromEvent({
    eventName: 'pull_request',
    repository: 'acme/mono',
    event: { pull_request: { number: 7, base: { sha: 'a'.repeat(40) }, head: { sha: 'c'.repeat(40) } } },
  });
  assert.deepEqual([pr.base, pr.head, pr.ref], ['a'.repeat(40), 'c'.repeat(40), 'refs/pull/7/head']);
  const inputs = rangeFromEvent({ ...base, event: { before: 'a'.repeat(40), after: 'b'.repeat(40) }, base: 'd'.repeat(40), head: 'e'.repeat(40) });
  assert.deepEqual([inputs.base, inputs.head], ['d'.repeat(40), 'e'.repeat(40)]);
});
