// Bug 7: every request honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY. The local GitHub is reached as
// `github.invalid`, a name only the forwarding proxy resolves: a request that bypasses the proxy
// fails. Bundled actions, run like the runner does: ensure-binary (REST, upload, asset download
// with its storage redirect) and check-upstream (git ls-remote over smart HTTP, GraphQL).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startForwardProxy, type ForwardProxy } from '../support/forward-proxy.js';
import { launch, leaks, tempDir } from '../support/launcher.js';
import { fakeBuild, world, type World } from '../support/release-cache.js';

describe('proxies (bug 7)', () => {
  let w: World;
  let proxy: ForwardProxy;
  let host: string;
  const cleanups: Array<() => Promise<void>> = [];

  before(async () => {
    w = await world();
    const port = new URL(w.gh.url).port;
    host = `http://github.invalid:${port}`;
    proxy = await startForwardProxy({ hosts: { 'github.invalid': '127.0.0.1' }, rewrite: [w.gh.url, host] });
    w.manifest(`binaries:\n  tool:\n    version: v1.0.0\n    build: ${JSON.stringify(fakeBuild())}\n`);
  });
  after(async () => {
    for (const c of cleanups) await c();
    await proxy?.close();
    await w?.cleanup();
  });

  /** GitHub as `github.invalid`, which only the proxy resolves. */
  const invalidGitHub = () => ({ GITHUB_API_URL: `${host}/api/v3`, GITHUB_SERVER_URL: host, GITHUB_GRAPHQL_URL: `${host}/api/graphql` });
  const proxied = (names: 'upper' | 'lower' = 'upper') =>
    names === 'upper' ? { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url } : { https_proxy: proxy.url, http_proxy: proxy.url };
  const paths = (since: number) => proxy.hits.slice(since).map((h) => h.path ?? h.target);

  test('ensure-binary: API, upload and asset download all go through the proxy', async () => {
    const tc = await tempDir('sync-tc-');
    const tc2 = await tempDir('sync-tc-');
    cleanups.push(tc.cleanup, tc2.cleanup);
    let since = proxy.hits.length;
    const first = await w.run('ensure-binary', { inputs: { name: 'tool' }, toolCache: tc.path, env: { ...invalidGitHub(), ...proxied() } });
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(first.outputs.released, 'true');
    assert.ok(
      paths(since).some((p) => p.startsWith('/api/uploads/')),
      paths(since).join('\n'),
    );
    assert.equal(leaks(first, w.token), false);

    since = proxy.hits.length;
    const second = await w.run('ensure-binary', {
      inputs: { name: 'tool', build: 'exit 3' },
      toolCache: tc2.path,
      env: { ...invalidGitHub(), ...proxied('lower') },
    });
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.equal(second.outputs.source, 'release');
    const seen = paths(since);
    assert.ok(
      seen.some((p) => /\/releases\/tags\//.test(p)),
      seen.join('\n'),
    );
    assert.ok(
      seen.some((p) => /\/releases\/assets\/\d+$/.test(p)),
      seen.join('\n'),
    );
    assert.ok(
      seen.some((p) => p.startsWith('/storage/')),
      seen.join('\n'),
    );
  });

  test('check-upstream: git ls-remote and GraphQL go through the proxy', async () => {
    await w.gh.createRepo('up/tags');
    const c = await w.gh.commit('up/tags', { files: { 'a.txt': '1' } });
    await w.gh.tag('up/tags', 'v1.1.0', { sha: c });
    await w.gh.createRepo('up/rel');
    await w.gh.commit('up/rel', { files: { 'r.txt': '1' } });
    await fetch(`${w.gh.apiUrl}/repos/up/rel/releases`, {
      method: 'POST',
      headers: { authorization: `token ${w.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tag_name: 'v2.0.0', target_commitish: 'main' }),
    });
    const dir = await tempDir('sync-cu-ws-');
    cleanups.push(dir.cleanup);
    await writeFile(
      join(dir.path, 'versions.yml'),
      'binaries:\n  tags:\n    version: v1.0.0\n    upstream: { repo: up/tags, track: tags }\n  rel:\n    version: v1.0.0\n    upstream: { repo: up/rel, track: releases }\n',
    );
    const since = proxy.hits.length;
    const r = await launch('check-upstream', {
      githubToken: w.token,
      workspace: dir.path,
      env: { ...invalidGitHub(), ...proxied(), SYNC_RETRY_BASE_MS: '10', SYNC_RATE_LIMIT_UNIT_MS: '10' },
    });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const out = JSON.parse(r.outputs.manifest);
    assert.equal(out.subsystems.tags.latest_tag, 'v1.1.0');
    assert.equal(out.subsystems.rel.latest_tag, 'v2.0.0');
    const seen = paths(since);
    assert.ok(
      seen.some((p) => p === '/up/tags.git/info/refs' || p === '/up/tags/info/refs'),
      seen.join('\n'),
    );
    assert.ok(
      seen.some((p) => p === '/api/graphql'),
      seen.join('\n'),
    );
  });

  test('NO_PROXY: a host it names is reached directly (here: not at all), the proxy sees nothing', async () => {
    const tc = await tempDir('sync-tc-');
    cleanups.push(tc.cleanup);
    const since = proxy.hits.length;
    const r = await w.run('ensure-binary', {
      inputs: { name: 'tool', build: 'exit 3' },
      toolCache: tc.path,
      env: { ...invalidGitHub(), ...proxied(), NO_PROXY: 'example.com,.invalid', SYNC_RETRY_BASE_MS: '1' },
    });
    assert.notEqual(r.code, 0, r.stdout);
    assert.match(r.stdout + r.stderr, /github\.invalid|ENOTFOUND|EAI_AGAIN/);
    assert.deepEqual(paths(since), []);
  });
});
