import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeholdersOf, render } from '../../src/manifest/template.js';

test('fills every placeholder', () => {
  assert.equal(render('{name}-{version}', { name: 'nats', version: 'v2.10.24' }), 'nats-v2.10.24');
  assert.equal(render('{bin}-{os}-{arch}.tar.gz', { bin: 'nats-server', os: 'linux', arch: 'amd64' }), 'nats-server-linux-amd64.tar.gz');
  assert.equal(render('plain', {}), 'plain');
});

test('an unknown placeholder is an error naming it', () => {
  assert.throws(() => render('{name}-{tag}', { name: 'x' }), /unknown placeholder \{tag\} in "\{name\}-\{tag\}"/);
  assert.throws(() => placeholdersOf('{Version}'), /unknown placeholder \{Version\}/);
});

test('a placeholder without a value is an error', () => {
  assert.throws(() => render('{name}-{os}', { name: 'x' }), /no value for \{os\}/);
});

test('lists placeholders in order', () => {
  assert.deepEqual(placeholdersOf('{name}-{version}-{os}-{arch}'), ['name', 'version', 'os', 'arch']);
});
