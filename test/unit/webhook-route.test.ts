import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { parseManifest } from '../../src/manifest/manifest.js';
import { parseRepoRef, repoMatches, routeEvent } from '../../src/webhook/route.js';

const require = createRequire(import.meta.url);
const examples: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
const example = (name: string, pick: (x: any) => boolean) => structuredClone(examples.find((e) => e.name === name)!.examples.find(pick)!);

const manifest = parseManifest(
  `
binaries:
  hello:
    version: v0.0.1
    upstream: { repo: Codertocat/Hello-World, track: releases }
  hello-tags:
    version: simple-tag
    upstream: { repo: "https://github.com/Codertocat/Hello-World.git", track: tags }
  hello-head:
    version: 1d6f7ea1d6f7ea1d6f7ea1d6f7ea1d6f7ea1d6f7
    upstream: { repo: "git@github.com:codertocat/hello-world.git", track: commits }
  other:
    version: v1.0.0
    upstream: { repo: acme/other, track: commits, branch: release }
  plain:
    version: v1.0.0
`,
  'versions.yml',
);

test('repository references: owner/name and git URLs reduce to host + owner/name', () => {
  assert.deepEqual(parseRepoRef('Acme/Tool'), { path: 'acme/tool' });
  assert.deepEqual(parseRepoRef('https://github.com/Acme/Tool.git'), { host: 'github.com', path: 'acme/tool' });
  assert.deepEqual(parseRepoRef('https://github.com/acme/tool/'), { host: 'github.com', path: 'acme/tool' });
  assert.deepEqual(parseRepoRef('git@github.com:acme/tool.git'), { host: 'github.com', path: 'acme/tool' });
  assert.deepEqual(parseRepoRef('ssh://git@ghes.example.com:2222/acme/tool.git'), { host: 'ghes.example.com', path: 'acme/tool' });
  assert.equal(parseRepoRef('file:///srv/git/tool.git'), undefined);
  assert.equal(parseRepoRef('https://gitlab.com/group/sub/tool.git'), undefined);
});

test('a git URL matches only on its own host; owner/name matches any case', () => {
  const repo = {
    full_name: 'Acme/Tool',
    html_url: 'https://github.com/Acme/Tool',
    clone_url: 'https://github.com/Acme/Tool.git',
    ssh_url: 'git@github.com:Acme/Tool.git',
  };
  assert.equal(repoMatches('acme/tool', repo), true);
  assert.equal(repoMatches('https://github.com/acme/tool', repo), true);
  assert.equal(repoMatches('git@github.com:acme/tool.git', repo), true);
  assert.equal(repoMatches('https://ghes.example.com/acme/tool', repo), false);
  assert.equal(repoMatches('acme/tool2', repo), false);
});

test('push to the default branch dispatches for entries tracking commits (branch defaults to the default branch)', () => {
  const payload = example('push', (x) => x.ref === 'refs/heads/master' && !x.deleted);
  const route = routeEvent('push', payload, manifest);
  assert.equal(route.kind, 'dispatch');
  assert.deepEqual(route.kind === 'dispatch' && route.update, {
    upstream: 'Codertocat/Hello-World',
    upstream_url: 'https://github.com/Codertocat/Hello-World',
    event: 'push',
    ref: 'refs/heads/master',
    sha: payload.after,
    tag: null,
    entries: ['hello-head'],
  });
  assert.equal(route.kind === 'dispatch' && route.coalesceKey, undefined);
});

test('push to another branch, or to a branch of a releases-only upstream, is ignored', () => {
  const payload = example('push', (x) => x.ref === 'refs/heads/master' && !x.deleted);
  payload.ref = 'refs/heads/feature';
  const route = routeEvent('push', payload, manifest);
  assert.equal(route.kind, 'ignore');
  assert.match(route.kind === 'ignore' ? route.reason : '', /feature is not a tracked branch/);

  const only = parseManifest('binaries:\n  a:\n    version: v1\n    upstream: { repo: Codertocat/Hello-World, track: releases }\n', 'v.yml');
  assert.equal(
    routeEvent(
      'push',
      example('push', (x) => x.ref === 'refs/heads/master' && !x.deleted),
      only,
    ).kind,
    'ignore',
  );
});

test('an explicit branch is matched instead of the default branch', () => {
  const payload = example('push', (x) => x.ref === 'refs/heads/master' && !x.deleted);
  payload.repository.full_name = 'acme/other';
  payload.ref = 'refs/heads/release';
  const route = routeEvent('push', payload, manifest);
  assert.equal(route.kind, 'dispatch');
  assert.deepEqual(route.kind === 'dispatch' && route.update.entries, ['other']);
  payload.ref = 'refs/heads/master';
  assert.equal(routeEvent('push', payload, manifest).kind, 'ignore');
});

test('tag push dispatches for entries tracking tags, with the tag and sha; a deleted ref does not', () => {
  const created = example('push', (x) => x.ref === 'refs/tags/simple-tag' && !x.deleted);
  const route = routeEvent('push', created, manifest);
  assert.equal(route.kind, 'dispatch');
  if (route.kind !== 'dispatch') return;
  assert.equal(route.update.tag, 'simple-tag');
  assert.equal(route.update.ref, 'refs/tags/simple-tag');
  assert.deepEqual(route.update.entries, ['hello-tags']);
  assert.ok(route.coalesceKey);

  const deleted = example('push', (x) => x.ref === 'refs/tags/simple-tag' && x.deleted);
  const ignored = routeEvent('push', deleted, manifest);
  assert.equal(ignored.kind, 'ignore');
  assert.match(ignored.kind === 'ignore' ? ignored.reason : '', /deleted/);
});

test('tag create dispatches without a sha and shares the tag push coalescing key', () => {
  const create = example('create', (x) => x.ref_type === 'tag');
  const route = routeEvent('create', create, manifest);
  assert.equal(route.kind, 'dispatch');
  const push = routeEvent(
    'push',
    example('push', (x) => x.ref === 'refs/tags/simple-tag' && !x.deleted),
    manifest,
  );
  assert.equal(route.kind === 'dispatch' && route.update.sha, null);
  assert.equal(route.kind === 'dispatch' && route.coalesceKey, push.kind === 'dispatch' && push.coalesceKey);

  create.ref_type = 'branch';
  assert.equal(routeEvent('create', create, manifest).kind, 'ignore');
});

test('release published (and released) dispatch for entries tracking releases; other actions do not', () => {
  const published = example('release', (x) => x.action === 'published');
  const route = routeEvent('release', published, manifest);
  assert.equal(route.kind, 'dispatch');
  if (route.kind !== 'dispatch') return;
  assert.deepEqual(route.update, {
    upstream: 'Codertocat/Hello-World',
    upstream_url: 'https://github.com/Codertocat/Hello-World',
    event: 'release',
    ref: 'refs/tags/0.0.1',
    sha: null, // target_commitish is a branch name here
    tag: '0.0.1',
    entries: ['hello'],
  });
  const released = example('release', (x) => x.action === 'released');
  const again = routeEvent('release', released, manifest);
  assert.equal(again.kind === 'dispatch' && again.coalesceKey, route.coalesceKey);
  for (const action of ['created', 'edited', 'deleted', 'prereleased', 'unpublished']) {
    assert.equal(
      routeEvent(
        'release',
        example('release', (x) => x.action === action),
        manifest,
      ).kind,
      'ignore',
      action,
    );
  }
});

test('prereleases are ignored unless an entry asks for them; tag-pattern filters tags', () => {
  const pre = example('release', (x) => x.action === 'published');
  pre.release.prerelease = true;
  assert.equal(routeEvent('release', pre, manifest).kind, 'ignore');
  const wants = parseManifest('binaries:\n  a:\n    version: v1\n    upstream: { repo: Codertocat/Hello-World, prereleases: true }\n', 'v.yml');
  assert.equal(routeEvent('release', pre, wants).kind, 'dispatch');

  const strict = parseManifest(
    `binaries:\n  a:\n    version: v1.0.0\n    upstream: { repo: Codertocat/Hello-World, track: tags, tag-pattern: '^v\\d' }\n`,
    'v.yml',
  );
  assert.equal(
    routeEvent(
      'push',
      example('push', (x) => x.ref === 'refs/tags/simple-tag' && !x.deleted),
      strict,
    ).kind,
    'ignore',
  );
});

test('untracked repositories, other events and odd payloads are ignored, never thrown', () => {
  const payload = example('push', (x) => x.ref === 'refs/heads/master' && !x.deleted);
  payload.repository.full_name = 'someone/else';
  const route = routeEvent('push', payload, manifest);
  assert.equal(route.kind, 'ignore');
  assert.match(route.kind === 'ignore' ? route.reason : '', /someone\/else is not a tracked upstream/);
  assert.equal(routeEvent('issues', {}, manifest).kind, 'ignore');
  assert.equal(routeEvent('push', {}, manifest).kind, 'ignore');
  assert.equal(routeEvent('push', null, manifest).kind, 'ignore');
  assert.equal(routeEvent('release', { repository: { full_name: 'Codertocat/Hello-World' }, action: 'published' }, manifest).kind, 'ignore');
});
