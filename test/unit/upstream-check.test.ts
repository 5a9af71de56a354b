import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseManifest } from '../../src/manifest/manifest.js';
import { resolveUpstream, selectEntries } from '../../src/upstream/check.js';

const S = 'https://ghe.example.com';

test('resolveUpstream: owner/name lives on the server; git URLs on it are recognised; others stay URLs', () => {
  assert.deepEqual(resolveUpstream('nats-io/nats-server', S), {
    gitUrl: `${S}/nats-io/nats-server.git`,
    webUrl: `${S}/nats-io/nats-server`,
    ownerRepo: 'nats-io/nats-server',
  });
  assert.deepEqual(resolveUpstream(`${S}/a/b.git`, S), { gitUrl: `${S}/a/b.git`, webUrl: `${S}/a/b`, ownerRepo: 'a/b' });
  assert.deepEqual(resolveUpstream('https://gitlab.com/a/b.git', S), {
    gitUrl: 'https://gitlab.com/a/b.git',
    webUrl: 'https://gitlab.com/a/b',
    ownerRepo: undefined,
  });
  assert.equal(resolveUpstream('git@github.com:a/b.git', S).ownerRepo, undefined);
});

const manifest = parseManifest(
  `binaries:
  a: { version: v1.0.0, upstream: { repo: up/one, track: tags } }
  b: { version: v1.0.0, upstream: { repo: "${S}/Up/One.git", track: tags } }
  c: { version: v1.0.0, upstream: { repo: up/two } }
  d: { version: v1.0.0 }
`,
  'versions.yml',
);

test('selectEntries: names, entries without upstream, a dispatched upstream (any spelling of it)', () => {
  const names = (o: Parameters<typeof selectEntries>[0]) => selectEntries(o).selected.map((e) => e.name);
  assert.deepEqual(names({ manifest, serverUrl: S }), ['a', 'b', 'c']);
  assert.deepEqual(selectEntries({ manifest, serverUrl: S }).skipped, ['d']);
  assert.deepEqual(names({ manifest, serverUrl: S, onlyUpstream: 'up/one' }), ['a', 'b']);
  assert.deepEqual(names({ manifest, serverUrl: S, onlyUpstream: `${S}/up/two` }), ['c']);
  assert.deepEqual(names({ manifest, serverUrl: S, onlyUpstream: 'up/one', names: ['b', 'c'] }), ['b']);
  assert.deepEqual(names({ manifest, serverUrl: S, onlyUpstream: 'else/where' }), []);
  assert.throws(() => selectEntries({ manifest, names: ['zz'] }), /no entry "zz"/);
});
