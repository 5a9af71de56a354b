import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadManifest, parseManifest } from '../../src/manifest/manifest.js';
import { tempDir } from '../support/launcher.js';

const GOOD = `# the binaries this project pins
release-repo: acme/plat-telemetry
binaries:
  nats:
    version: v2.10.24
    bin: nats-server
    build: go build -o "$SYNC_OUT/nats-server" .
    workdir: nats/.src
    download: "https://example.invalid/{version}/nats-server-{version}-{os}-{arch}.tar.gz"
    upstream:
      repo: nats-io/nats-server
      track: releases
      tag-pattern: '^v(\\d+\\.\\d+\\.\\d+)$'
  arc:
    version: 2024.11
    build: go build -o "$SYNC_OUT/arc" ./cmd/arc
    upstream: { repo: "https://git.example.invalid/arc.git", track: commits, branch: main }
`;

test('parses the SPEC example with defaults', () => {
  const m = parseManifest(GOOD, 'versions.yml');
  assert.equal(m.releaseRepo, 'acme/plat-telemetry');
  assert.equal(m.tag, '{name}-{version}');
  assert.equal(m.asset, '{bin}-{os}-{arch}.tar.gz');
  assert.equal(m.binaries.nats.bin, 'nats-server');
  assert.equal(m.binaries.nats.upstream?.track, 'releases');
  assert.equal(m.binaries.nats.upstream?.tagPattern, '^v(\\d+\\.\\d+\\.\\d+)$');
  assert.equal(m.binaries.nats.upstream?.prereleases, false);
  assert.equal(m.binaries.arc.bin, 'arc');
  // a calendar version stays as written, not a float
  assert.equal(m.binaries.arc.version, '2024.11');
  assert.equal(m.binaries.arc.upstream?.branch, 'main');
});

test('JSON with the same shape is accepted', async () => {
  const dir = await tempDir();
  try {
    const file = join(dir.path, 'versions.json');
    await writeFile(file, JSON.stringify({ binaries: { jq: { version: '1.7.1', build: 'make' } } }));
    const m = await loadManifest(file);
    assert.equal(m.binaries.jq.version, '1.7.1');
  } finally {
    await dir.cleanup();
  }
});

test('versions keep their written form (1.10 is not 1.1)', () => {
  const m = parseManifest('binaries:\n  x:\n    version: 1.10\n', 'versions.yml');
  assert.equal(m.binaries.x.version, '1.10');
});

const bad: Array<[string, string, RegExp]> = [
  ['YAML syntax error', 'binaries:\n  nats:\n    version: [v1\n', /^versions\.yml:\d+: invalid YAML: /],
  [
    'unknown key',
    'binaries:\n  nats:\n    version: v1\n    buidl: make\n',
    /^versions\.yml:4: entry "nats", key "buidl": unknown key \(allowed: version, bin, build/,
  ],
  ['missing version', 'binaries:\n  nats:\n    bin: nats-server\n', /^versions\.yml:3: entry "nats", key "version": missing/],
  [
    'bad repo name',
    'binaries:\n  nats:\n    version: v1\n    upstream:\n      repo: nats-io\n',
    /^versions\.yml:5: entry "nats", key "upstream\.repo": bad repository "nats-io": expected owner\/name or a git URL$/,
  ],
  ['bad release-repo', 'release-repo: not a repo\nbinaries: {}\n', /^versions\.yml:1: key "release-repo": bad repository name/],
  ['unknown placeholder', 'asset: "{bin}-{platform}.tgz"\nbinaries: {}\n', /^versions\.yml:1: key "asset": unknown placeholder \{platform\}/],
  ['unknown top-level key', 'binarys: {}\n', /^versions\.yml:1: key "binarys": unknown key/],
  [
    'bad track',
    'binaries:\n  a:\n    version: v1\n    upstream: { repo: a/b, track: branches }\n',
    /entry "a", key "upstream\.track": expected one of releases, tags, commits/,
  ],
  [
    'bad tag-pattern',
    "binaries:\n  a:\n    version: v1\n    upstream: { repo: a/b, tag-pattern: '(' }\n",
    /key "upstream\.tag-pattern": not a valid regular expression/,
  ],
  ['duplicate key', 'binaries:\n  a:\n    version: v1\n  a:\n    version: v2\n', /^versions\.yml:\d+: invalid YAML: Map keys must be unique/],
  ['not a mapping', '- a\n- b\n', /^versions\.yml:1: expected a mapping/],
];

for (const [what, text, expected] of bad) {
  test(`a manifest with a ${what} fails on one line naming file, entry and key`, () => {
    assert.throws(
      () => parseManifest(text, 'versions.yml'),
      (err: Error) => {
        assert.equal(err.name, 'UserError');
        assert.doesNotMatch(err.message, /\n/);
        assert.match(err.message, expected);
        return true;
      },
    );
  });
}

test('a missing manifest says what to do', async () => {
  await assert.rejects(loadManifest('/nonexistent/versions.yml'), /manifest not found \(set the "manifest" input, or create versions\.yml\)/);
});
