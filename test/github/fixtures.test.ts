// Fidelity: replay @octokit/fixtures' recorded release-asset conversations against the stand-in
// (owner/repo kept, ids and hosts adapted) and compare status codes and response key sets.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startGitHub, type LocalGitHub } from './index.js';
import { call, validateResponse } from './testkit.js';

const require = createRequire(import.meta.url);
const load = (name: string): any[] =>
  JSON.parse(readFileSync(require.resolve(`@octokit/fixtures/scenarios/api.github.com/${name}/normalized-fixture.json`), 'utf8'));

// Fields GitHub added after these fixtures were recorded; all are in today's OpenAPI schemas.
const NEWER: Record<string, string[]> = {
  release: ['immutable', 'updated_at'],
  'release-asset': ['digest'],
  'simple-user': ['user_view_type'],
  error: ['status'],
};

function compareKeys(where: string, expected: unknown, actual: unknown, kind: string) {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${where}: expected an array`);
    assert.equal((actual as unknown[]).length, expected.length, `${where}: array length`);
    expected.forEach((e, i) => compareKeys(`${where}[${i}]`, e, (actual as unknown[])[i], kind));
    return;
  }
  if (!expected || typeof expected !== 'object') return;
  assert.ok(actual && typeof actual === 'object', `${where}: expected an object`);
  const exp = Object.keys(expected).sort();
  const act = Object.keys(actual as object);
  const missing = exp.filter((k) => !act.includes(k));
  assert.deepEqual(missing, [], `${where}: keys missing from the stand-in's answer`);
  const extra = act.filter((k) => !exp.includes(k));
  assert.deepEqual(
    extra.filter((k) => !(NEWER[kind] ?? []).includes(k)),
    [],
    `${where}: keys GitHub did not send`,
  );
  for (const k of ['author', 'uploader']) {
    if ((expected as any)[k]) compareKeys(`${where}.${k}`, (expected as any)[k], (actual as any)[k], 'simple-user');
  }
}

describe('local GitHub: @octokit/fixtures replay', () => {
  let gh: LocalGitHub;
  before(async () => {
    gh = await startGitHub();
  });
  after(() => gh.close());

  async function replay(name: string, setup: (repo: string, token: string) => Promise<{ releaseId: number; assetIds: number[] }>) {
    const fixture = load(name);
    const repo = `octokit-fixture-org/${name}`;
    await gh.createRepo(repo);
    await gh.commit(repo, { files: { 'README.md': 'fixture\n' } });
    const token = gh.token();
    const ids = await setup(repo, token);
    // Fixture ids → ours, in order of appearance (release 1000; assets 1000, 1001, ...).
    const assetMap = new Map<number, number>();
    ids.assetIds.forEach((id, i) => assetMap.set(1000 + i, id));
    for (const rec of fixture) {
      const upload = rec.reqheaders.host === 'uploads.github.com';
      let path: string = rec.path.replace(/\/releases\/1000\/assets/, `/releases/${ids.releaseId}/assets`);
      path = path.replace(/\/releases\/assets\/(\d+)/, (_m: string, id: string) => `/releases/assets/${assetMap.get(Number(id)) ?? id}`);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(rec.reqheaders as Record<string, unknown>)) {
        if (k !== 'host' && k !== 'authorization' && k !== 'content-length') headers[k] = String(v);
      }
      const body = rec.body === '' || rec.body === undefined ? undefined : typeof rec.body === 'string' ? rec.body : JSON.stringify(rec.body);
      const res = await call(upload ? `${gh.url}/api/uploads` : gh.apiUrl, rec.method.toUpperCase(), path, { token, headers, raw: body });
      const where = `${name}: ${rec.method.toUpperCase()} ${rec.path}`;
      assert.equal(res.status, rec.status, `${where}: ${res.text.slice(0, 300)}`);
      if (upload && res.status === 201) assetMap.set(rec.response.id, res.body.id);
      const kind = res.status >= 400 ? 'error' : /\/assets/.test(rec.path) ? 'release-asset' : 'release';
      if (rec.status !== 204) compareKeys(where, rec.response, res.body, kind);
      if (rec.status === 422) {
        assert.deepEqual(res.body.errors, rec.response.errors);
        assert.equal(res.body.message, rec.response.message);
      }
      // Bodies also satisfy today's schema for the operation.
      const template = upload
        ? '/repos/{owner}/{repo}/releases/{release_id}/assets'
        : rec.path.includes('/releases/tags/')
          ? '/repos/{owner}/{repo}/releases/tags/{tag}'
          : rec.path.includes('/releases/assets/')
            ? '/repos/{owner}/{repo}/releases/assets/{asset_id}'
            : '/repos/{owner}/{repo}/releases/{release_id}/assets';
      if (rec.status === 200 || rec.status === 201) assert.equal(validateResponse(rec.method.toUpperCase(), template, rec.status, res.body), '', where);
    }
    return repo;
  }

  async function createRelease(repo: string, token: string) {
    const r = await call(gh.apiUrl, 'POST', `/repos/${repo}/releases`, { token, body: { tag_name: 'v1.0.0', name: 'Version 1.0.0', body: 'Initial release' } });
    assert.equal(r.status, 201);
    return r.body.id as number;
  }

  it('release-assets: get by tag, upload, list, get, rename, delete', async () => {
    const repo = await replay('release-assets', async (repo, token) => ({ releaseId: await createRelease(repo, token), assetIds: [] }));
    assert.deepEqual(gh.state.assets(repo), []);
  });

  it('release-assets-conflict: 422 already_exists, delete, upload again', async () => {
    const repo = await replay('release-assets-conflict', async (repo, token) => {
      const releaseId = await createRelease(repo, token);
      const up = await call(gh.url, 'POST', `/api/uploads/repos/${repo}/releases/${releaseId}/assets?name=test-upload.txt&label=test`, {
        token,
        raw: 'Hello, world!\n',
        headers: { 'content-type': 'text/plain' },
      });
      assert.equal(up.status, 201);
      return { releaseId, assetIds: [up.body.id] };
    });
    const assets = gh.state.assets(repo);
    assert.equal(assets.length, 1);
    assert.equal(assets[0].name, 'test-upload.txt');
    assert.equal(assets[0].state, 'uploaded');
  });
});

// The real client stack the actions use (core + throttling + retry + pagination) against the
// stand-in: its headers and error bodies must drive those plugins exactly as GitHub's do.
import { Octokit } from '@octokit/core';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import Bottleneck from 'bottleneck';

describe('local GitHub: real Octokit plugins', () => {
  let gh: LocalGitHub;
  const MyOctokit = Octokit.plugin(throttling, retry, paginateRest, restEndpointMethods);
  const hits = { primary: 0, secondary: 0 };
  let octokit: InstanceType<typeof MyOctokit>;
  before(async () => {
    gh = await startGitHub();
    await gh.createRepo('acme/oct');
    await gh.commit('acme/oct', { files: { a: 'a' } });
    octokit = new MyOctokit({
      auth: gh.token(),
      baseUrl: gh.apiUrl,
      throttle: {
        // No client-side pacing of writes here (GitHub's 1 write/s guidance would only slow the test).
        write: new Bottleneck.Group({ minTime: 0, maxConcurrent: 1 }),
        notifications: new Bottleneck.Group({ minTime: 0, maxConcurrent: 1 }),
        onRateLimit: (_after: number, _o: unknown, _k: unknown, count: number) => (hits.primary++, count < 2),
        onSecondaryRateLimit: (_after: number, _o: unknown, _k: unknown, count: number) => (hits.secondary++, count < 2),
      },
      retry: { retryAfterBaseValue: 1 },
    });
  });
  after(() => gh.close());

  it('paginates with Link, waits out primary and secondary limits, retries 5xx, uploads via upload_url', async () => {
    for (let i = 0; i < 5; i++) await octokit.rest.repos.createRelease({ owner: 'acme', repo: 'oct', tag_name: `t${i}`, make_latest: 'false' });
    gh.faults.add({ path: '/repos/acme/oct/releases', method: 'GET', kind: 'secondary-rate-limit', retryAfter: 1 });
    gh.faults.add({ path: '/repos/acme/oct/releases', method: 'GET', kind: 'rate-limit', resetIn: 0 });
    gh.faults.add({ path: '/repos/acme/oct/releases', method: 'GET', kind: 'status', status: 502 });
    const all = await octokit.paginate(octokit.rest.repos.listReleases, { owner: 'acme', repo: 'oct', per_page: 2 });
    assert.deepEqual(
      all.map((r) => r.tag_name),
      ['t4', 't3', 't2', 't1', 't0'],
    );
    assert.deepEqual(hits, { primary: 1, secondary: 1 });
    const rel = all[0];
    const up = await octokit.rest.repos.uploadReleaseAsset({
      owner: 'acme',
      repo: 'oct',
      release_id: rel.id,
      url: rel.upload_url,
      name: 'bin.tgz',
      data: 'payload' as unknown as string,
      headers: { 'content-type': 'application/gzip', 'content-length': 7 },
    });
    assert.equal(up.status, 201);
    assert.equal(up.data.state, 'uploaded');
    const gql: any = await octokit.graphql('{ repository(owner: "acme", name: "oct") { releases(first: 1) { nodes { tagName } } } }');
    assert.equal(gql.repository.releases.nodes[0].tagName, 't4');
    const err = await octokit.rest.repos.createRelease({ owner: 'acme', repo: 'oct', tag_name: 't0' }).catch((e) => e);
    assert.equal(err.status, 422);
    assert.match(err.message, /already_exists/);
  });
});
