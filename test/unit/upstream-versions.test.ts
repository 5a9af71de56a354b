import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePattern, highest, parsePinned, parseTag, pinFor, updateType, type TagVersion } from '../../src/upstream/versions.js';

const v = (tag: string, pattern?: string) => {
  const t = parseTag(tag, pattern ? new RegExp(pattern) : undefined);
  assert.ok(t, `${tag} should parse`);
  return t;
};

test('plain tags: leading v stripped, full semver required', () => {
  assert.equal(v('v2.10.24').version.version, '2.10.24');
  assert.equal(v('1.2.3-rc.1').version.version, '1.2.3-rc.1');
  for (const noise of ['latest', 'release-candidate', 'v1.2', 'go1.22.0', 'release-1.2', 'component/v1.2.3', 'vv1.2.3', '']) {
    assert.equal(parseTag(noise), undefined, noise);
  }
});

test('numeric order, never lexical: v2.10.3 < v2.10.24 < v2.11.0', () => {
  const tags = ['v2.10.24', 'v2.9.9', 'v2.10.3', 'v2.11.0', 'v2.11.0-rc.2'].map((t) => v(t));
  assert.equal(highest(tags)!.tag, 'v2.11.0');
  assert.equal(highest(tags.slice(0, 3))!.tag, 'v2.10.24');
});

test('tag-pattern: group 1 is the version; go1.22.0, component/v1.2.3, release-1.2', () => {
  assert.equal(v('go1.22.0', '^go(\\d+\\.\\d+(?:\\.\\d+)?)$').version.version, '1.22.0');
  assert.equal(v('go1.22', '^go(\\d+\\.\\d+(?:\\.\\d+)?)$').version.version, '1.22.0');
  assert.equal(v('component/v1.2.3', '^component/(v\\d+\\.\\d+\\.\\d+)$').version.version, '1.2.3');
  assert.equal(parseTag('other/v9.9.9', /^component\/(v\d+\.\d+\.\d+)$/), undefined);
  const rel = v('release-1.2', '^release-(\\d+\\.\\d+)$');
  assert.equal(rel.version.version, '1.2.0');
  assert.equal(rel.text, '1.2');
  // A pattern without a group: the whole match is the version.
  assert.equal(v('3.4.5', '^\\d+\\.\\d+\\.\\d+$').version.version, '3.4.5');
});

test('update_type: the highest part that changed', () => {
  const u = (a: string, b: string) => updateType(v(a).version, v(b).version);
  assert.equal(u('v2.10.3', 'v3.0.0-beta.1'), 'major');
  assert.equal(u('v2.10.3', 'v2.11.0'), 'minor');
  assert.equal(u('v2.10.3', 'v2.10.24'), 'patch');
  assert.equal(u('v2.10.3', 'v2.10.4-rc.1'), 'patch');
  assert.equal(u('v3.0.0-rc.1', 'v3.0.0-rc.2'), 'prerelease');
  assert.equal(u('v3.0.0-rc.1', 'v3.0.0'), 'prerelease');
  assert.equal(u('v2.10.3', 'v2.10.3'), 'none');
  assert.equal(u('v2.10.24', 'v2.10.3'), 'none');
  assert.equal(u('v2.10.3+build.1', 'v2.10.3+build.2'), 'none');
});

test('pinned versions: tag, group text or bare version', () => {
  assert.equal(parsePinned('v2.10.24')!.version, '2.10.24');
  assert.equal(parsePinned('1.2', /^release-(\d+\.\d+)$/)!.version, '1.2.0');
  assert.equal(parsePinned('1.2.3', /^component\/(v\d+\.\d+\.\d+)$/)!.version, '1.2.3');
  assert.equal(parsePinned('1d6f7ea'), undefined);
});

test('pinFor writes the new version the way the pin was written', () => {
  const pat = /^component\/(v\d+\.\d+\.\d+)$/;
  const cur = parseTag('component/v1.2.3', pat) as TagVersion;
  const next = parseTag('component/v1.3.0', pat) as TagVersion;
  assert.equal(pinFor('component/v1.2.3', pat, cur, next), 'component/v1.3.0');
  assert.equal(pinFor('v1.2.3', pat, cur, next), 'v1.3.0');
  assert.equal(pinFor('1.2.3', pat, cur, next), '1.3.0');
  const rel = /^release-(\d+\.\d+)$/;
  assert.equal(pinFor('1.2', rel, parseTag('release-1.2', rel), parseTag('release-1.3', rel)!), '1.3');
  assert.equal(pinFor('v2.10.24', undefined, parseTag('v2.10.24'), parseTag('v2.10.25')!), 'v2.10.25');
  // Current tag gone upstream: still a tag-style pin.
  assert.equal(pinFor('v2.10.24', undefined, undefined, parseTag('v2.10.25')!), 'v2.10.25');
  assert.equal(pinFor('2.10.24', undefined, undefined, parseTag('v2.10.25')!), '2.10.25');
});

test('several groups join with dots: curl-8_21_0 is 8.21.0, newer than curl-8_5_0', () => {
  const curl = '^curl-(\\d+)_(\\d+)_(\\d+)$';
  assert.equal(v('curl-8_21_0', curl).version.version, '8.21.0');
  assert.equal(v('curl-8_21_0', curl).text, '8.21.0');
  assert.equal(highest([v('curl-8_5_0', curl), v('curl-8_21_0', curl), v('curl-7_88_1', curl)])!.tag, 'curl-8_21_0');
  assert.equal(updateType(v('curl-8_5_0', curl).version, v('curl-8_21_0', curl).version), 'minor');
  // A group that did not take part is left out; a prerelease group is appended, not dotted.
  const opt = '^curl-(\\d+)_(\\d+)(?:_(\\d+))?$';
  assert.equal(v('curl-7_10', opt).version.version, '7.10.0');
  assert.equal(v('v1.2.3-rc.1', '^v(\\d+)\\.(\\d+)\\.(\\d+)(-rc\\.\\d+)?$').version.version, '1.2.3-rc.1');
  assert.equal(v('release-1.2-beta1', '^release-(\\d+)\\.(\\d+)-(beta\\d+)$').version.version, '1.2.0-beta1');
  assert.equal(pinFor('8.5.0', new RegExp(curl), v('curl-8_5_0', curl), v('curl-8_21_0', curl)), '8.21.0');
  assert.equal(pinFor('curl-8_5_0', new RegExp(curl), v('curl-8_5_0', curl), v('curl-8_21_0', curl)), 'curl-8_21_0');
});

test("a monorepo pin without a pattern reads only its own component's tags", () => {
  const pat = compilePattern(undefined, 'pdata/v1.30.0')!;
  assert.equal(parseTag('pdata/v1.65.0', pat)!.version.version, '1.65.0');
  for (const other of ['pdata/xpdata/v0.159.0', 'v0.159.0', 'cmd/builder/v0.159.0', 'pdata/v1.65', 'xpdata/v9.0.0', 'pdataXv9.0.0'])
    assert.equal(parseTag(other, pat), undefined, other);
  assert.equal(parsePinned('pdata/v1.30.0', pat)!.version, '1.30.0');
  // Regex characters in the prefix are literal.
  assert.equal(parseTag('a+b/v1.0.0', compilePattern(undefined, 'a+b/v0.1.0'))!.version.version, '1.0.0');
  assert.equal(parseTag('aab/v1.0.0', compilePattern(undefined, 'a+b/v0.1.0')), undefined);
  // No slash, or a tag-pattern given: nothing inferred.
  assert.equal(compilePattern(undefined, 'v1.2.3'), undefined);
  assert.equal(compilePattern('^x(\\d+)$', 'pdata/v1.0.0')!.source, '^x(\\d+)$');
});
