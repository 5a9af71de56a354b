import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEcosystem } from '../../src/cousins/ecosystem.js';

test('a valid ecosystem.json', () => {
  const c = parseEcosystem(
    JSON.stringify([
      { repo: 'user/cousin-flask-webpush', subscriptions: ['features/webpush/flask'], event_type: 'feature-update' },
      { repo: 'user/cousin-react', subscriptions: ['features/*/react/'] },
    ]),
  );
  assert.deepEqual(c, [
    { repo: 'user/cousin-flask-webpush', subscriptions: ['features/webpush/flask'], eventType: 'feature-update' },
    { repo: 'user/cousin-react', subscriptions: ['features/*/react'] },
  ]);
});

const bad: Array<[string, unknown, RegExp]> = [
  ['not JSON', '{', /^eco\.json: not valid JSON/],
  ['not an array', { repo: 'a/b' }, /^eco\.json: must be a JSON array/],
  ['entry not an object', ['a/b'], /^eco\.json: entry 0: must be an object/],
  ['unknown key', [{ repo: 'a/b', subscriptions: ['x'], branch: 'main' }], /^eco\.json: entry 0 "branch": unknown key/],
  [
    'bad repo',
    [
      { repo: 'a/b', subscriptions: ['x'] },
      { repo: 'not a repo', subscriptions: ['x'] },
    ],
    /^eco\.json: entry 1 "repo": must be "owner\/name", got "not a repo"/,
  ],
  ['missing repo', [{ subscriptions: ['x'] }], /^eco\.json: entry 0 "repo": must be "owner\/name", got undefined/],
  [
    'duplicate repo',
    [
      { repo: 'a/b', subscriptions: ['x'] },
      { repo: 'A/b', subscriptions: ['y'] },
    ],
    /^eco\.json: entry 1 "repo": A\/b is already listed at entry 0/,
  ],
  ['empty subscriptions', [{ repo: 'a/b', subscriptions: [] }], /^eco\.json: entry 0 "subscriptions": must be a non-empty array/],
  ['subscription not a string', [{ repo: 'a/b', subscriptions: [3] }], /^eco\.json: entry 0 "subscriptions": item 0 must be a string/],
  [
    'subscription with ..',
    [{ repo: 'a/b', subscriptions: ['features/../x'] }],
    /^eco\.json: entry 0 "subscriptions": item 0 "features\/..\/x" contains "\.\."/,
  ],
  ['absolute subscription', [{ repo: 'a/b', subscriptions: ['/etc'] }], /entry 0 "subscriptions": item 0 "\/etc" is absolute/],
  ['bad glob', [{ repo: 'a/b', subscriptions: ['features/[abc'] }], /entry 0 "subscriptions": item 0 "features\/\[abc" is not a valid glob/],
  [
    'event_type too long',
    [{ repo: 'a/b', subscriptions: ['x'], event_type: 'e'.repeat(101) }],
    /entry 0 "event_type": must be a string of 1 to 100 characters/,
  ],
];
for (const [name, value, message] of bad) {
  test(`ecosystem.json error names file, entry and key: ${name}`, () => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    assert.throws(
      () => parseEcosystem(text, 'eco.json'),
      (err: Error) => {
        assert.equal(err.name, 'UserError');
        assert.match(err.message, message);
        assert.doesNotMatch(err.message, /\n/);
        return true;
      },
    );
  });
}
