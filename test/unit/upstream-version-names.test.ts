// SPEC §2's version rule: any non-empty string without spaces, a monorepo's full tag included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badVersion } from '../../src/manifest/names.js';
import { parseManifest } from '../../src/manifest/manifest.js';

const entry = (version: string) => `binaries:\n  pdata:\n    version: ${JSON.stringify(version)}\n`;

test('versions: semver tags, SHAs, calendar versions and monorepo tags with slashes are accepted', () => {
  for (const ok of ['v2.10.24', '1d6f7ea', '2024.03.10', 'curl-8_21_0', 'pdata/v1.30.0', 'cmd/builder/v0.100.0', 'api/v1.10.0-rc.1']) {
    assert.equal(badVersion(ok), undefined, ok);
    assert.equal(parseManifest(entry(ok), 'versions.yml').binaries.pdata.version, ok);
  }
});

test('versions: spaces, backslashes and slashed versions that are no tag name are refused in one line naming entry and key', () => {
  const cases: [string, RegExp][] = [
    ['v1 2', /space/],
    ['a\\b', /"\\"/],
    ['pdata/../v1', /"\.\."/],
    ['/v1.0.0', /empty path component/],
    ['pdata//v1', /empty path component/],
    ['pdata/v1/', /empty path component/],
    ['refs/tags/v1', /refs\//],
    ['pdata.lock/v1', /\.lock/],
    ['pdata/.v1', /starts with "\."/],
    ['pdata/v1:2', /":"/],
  ];
  for (const [bad, why] of cases) {
    assert.match(badVersion(bad) ?? '', why, bad);
    assert.throws(
      () => parseManifest(entry(bad), 'versions.yml'),
      (err: Error) => /^versions\.yml:3: entry "pdata", key "version": bad version/.test(err.message) && why.test(err.message) && !err.message.includes('\n'),
      bad,
    );
  }
});

test('a monorepo tag as the version gets one tool-cache folder of its own (SPEC §2), and the target accepts it', async () => {
  const { toolDir, versionFolder } = await import('../../src/artifact/tool-cache.js');
  const { resolveTarget } = await import('../../src/artifact/target.js');
  const p = { os: 'linux', arch: 'amd64' } as const;
  assert.equal(toolDir('/tc', 'pdata', 'pdata/v1.30.0', p as never).split('/').length, '/tc/pdata/x/amd64'.split('/').length);
  assert.notEqual(versionFolder('a/b'), versionFolder('a%2Fb'));
  const t = await resolveTarget({ name: 'pdata', version: 'pdata/v1.30.0', repo: 'acme/app', os: 'linux', arch: 'amd64' } as never);
  assert.equal(t.version, 'pdata/v1.30.0');
  await assert.rejects(resolveTarget({ name: 'pdata', version: 'pdata/../v1', repo: 'acme/app' } as never), /bad version "pdata\/\.\.\/v1"/);
});
