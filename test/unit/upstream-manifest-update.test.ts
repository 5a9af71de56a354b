import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteVersions } from '../../src/upstream/manifest-update.js';

const YAML = `# pinned tools
binaries:
  nats:
    version: v2.10.24   # keep me
    build: go build -o "$SYNC_OUT/nats-server" . && echo "a very long build command that a re-serialising YAML writer would fold at eighty columns"
    upstream: { repo: nats-io/nats-server, track: tags }

  quoted:
    version: "1.2.3"
  single:
    version: '2.0'
  number:
    version: 1.10
`;

test('only the version values change; comments, layout and quoting stay', () => {
  const out = rewriteVersions(YAML, { nats: 'v2.10.25', quoted: '1.3.0', single: '2.1', number: '1.11' });
  assert.equal(
    out,
    YAML.replace('v2.10.24   # keep me', 'v2.10.25   # keep me')
      .replace('"1.2.3"', '"1.3.0"')
      .replace("'2.0'", "'2.1'")
      .replace('version: 1.10', 'version: 1.11'),
  );
});

test('a value that would not read back as a plain string is quoted', () => {
  const out = rewriteVersions(YAML, { nats: 'true' });
  assert.match(out, /version: "true" {3}# keep me/);
});

test('JSON manifests stay JSON', () => {
  const json = '{\n  "binaries": {\n    "a": { "version": "v1.0.0" }\n  }\n}\n';
  assert.equal(rewriteVersions(json, { a: 'v1.1.0' }, 'versions.json'), json.replace('v1.0.0', 'v1.1.0'));
});

test('an unknown entry is a one-line error', () => {
  assert.throws(() => rewriteVersions(YAML, { nope: 'v1' }), /entry "nope" has no version/);
});
