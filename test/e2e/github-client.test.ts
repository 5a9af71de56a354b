// The shared client against the local GitHub: retries, rate limits, Enterprise URLs, no token in logs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Bottleneck from 'bottleneck/light.js';
import { createClient, graphqlUrlFor, statusOf } from '../../src/github/client.js';
import { startGitHub } from '../github/index.js';

process.env.SYNC_RETRY_BASE_MS = '5';
process.env.SYNC_RATE_LIMIT_UNIT_MS = '5';

let gh: Awaited<ReturnType<typeof startGitHub>>;
let token: string;
const warnings: string[] = [];

before(async () => {
  gh = await startGitHub();
  await gh.createRepo('acme/tools');
  await gh.commit('acme/tools', { files: { 'README.md': 'hi\n' } });
  token = gh.token({ permission: 'write' });
});
after(() => gh.close());

const client = () => createClient({ token, apiUrl: gh.apiUrl, graphqlUrl: gh.graphqlUrl, warn: (m) => warnings.push(m) });
const countOf = (path: string) => gh.requests.filter((r) => r.path.endsWith(path)).length;

test('talks to GITHUB_API_URL (an Enterprise-style /api/v3 base), not api.github.com', async () => {
  const { data } = await client().rest.repos.get({ owner: 'acme', repo: 'tools' });
  assert.equal(data.full_name, 'acme/tools');
  assert.equal(graphqlUrlFor('https://ghe.example/api/v3'), process.env.GITHUB_GRAPHQL_URL ?? 'https://ghe.example/api/graphql');
});

test('a burst of 5xx is retried with backoff until it succeeds', async () => {
  const before = countOf('/repos/acme/tools');
  gh.faults.add({ path: '/repos/acme/tools', kind: 'status', status: 502, times: 3 });
  const { data } = await client().rest.repos.get({ owner: 'acme', repo: 'tools' });
  assert.equal(data.name, 'tools');
  assert.equal(countOf('/repos/acme/tools') - before, 4);
});

test('a connection reset is retried', async () => {
  gh.faults.add({ path: '/repos/acme/tools', kind: 'reset', times: 1 });
  const { data } = await client().rest.repos.get({ owner: 'acme', repo: 'tools' });
  assert.equal(data.name, 'tools');
});

test('5xx that does not stop gives up after the retries with the status', async () => {
  gh.faults.add({ path: '/repos/acme/tools', kind: 'status', status: 503, times: 50 });
  await assert.rejects(client().rest.repos.get({ owner: 'acme', repo: 'tools' }), (e) => statusOf(e) === 503);
  gh.faults.clear();
});

test('a secondary rate limit is waited out (retry-after) and the request then succeeds', async () => {
  warnings.length = 0;
  gh.faults.add({ path: '/repos/acme/tools', kind: 'secondary-rate-limit', retryAfter: 1, times: 2 });
  const { data } = await client().rest.repos.get({ owner: 'acme', repo: 'tools' });
  assert.equal(data.name, 'tools');
  assert.equal(warnings.filter((w) => w.startsWith('secondary rate limit')).length, 2, warnings.join('\n'));
});

test('a primary rate limit is waited out until x-ratelimit-reset', async () => {
  warnings.length = 0;
  gh.faults.add({ path: '/repos/acme/tools', kind: 'rate-limit', resetIn: 1, times: 1 });
  const { data } = await client().rest.repos.get({ owner: 'acme', repo: 'tools' });
  assert.equal(data.name, 'tools');
  assert.equal(warnings.filter((w) => w.startsWith('primary rate limit')).length, 1, warnings.join('\n'));
});

test('4xx is not retried', async () => {
  const before = countOf('/repos/acme/nope');
  await assert.rejects(client().rest.repos.get({ owner: 'acme', repo: 'nope' }), (e) => statusOf(e) === 404);
  assert.equal(countOf('/repos/acme/nope') - before, 1);
});

test('GraphQL goes to GITHUB_GRAPHQL_URL', async () => {
  const data = await client().graphql<{ repository: { nameWithOwner: string } }>(`query { repository(owner: "acme", name: "tools") { nameWithOwner } }`);
  assert.equal(data.repository.nameWithOwner, 'acme/tools');
});

test('the token never appears in what the client logs', () => {
  assert.ok(warnings.length > 0);
  for (const w of warnings) assert.ok(!w.includes(token), w);
});

/** Every Bottleneck limiter that scheduled a job while `run` ran, with its spacing (minTime). */
async function limitersUsedBy(run: () => Promise<unknown>): Promise<Array<{ id: string; minTime: number }>> {
  type Limiter = { id: string; _store: { storeOptions: { minTime: number } } };
  const proto = Bottleneck.prototype as unknown as { schedule: (...args: unknown[]) => unknown };
  const original = proto.schedule;
  const seen: Array<{ id: string; minTime: number }> = [];
  proto.schedule = function (this: Limiter, ...args: unknown[]) {
    seen.push({ id: this.id, minTime: this._store.storeOptions.minTime });
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    proto.schedule = original;
  }
  return seen;
}

test('bug 4: release creations are not spaced apart (no throttle group with a minTime on writes)', async () => {
  // Octokit's throttling plugin puts POST .../releases in its "notifications" group, 3 s apart:
  // 11 new versions took 30 s. Deterministic: look at the spacing of every limiter a create went through.
  const c = client();
  const used = await limitersUsedBy(async () => {
    for (let i = 0; i < 11; i++) await c.rest.repos.createRelease({ owner: 'acme', repo: 'tools', tag_name: `bug4-v${i}` });
  });
  assert.ok(used.length >= 11, `the throttling plugin scheduled nothing (${used.length})`);
  const spaced = used.filter((l) => l.minTime > 0);
  assert.deepEqual(spaced, [], `writes go through spaced limiters: ${[...new Set(spaced.map((l) => `${l.id} (${l.minTime} ms)`))].join(', ')}`);
});

test('bug 4: a secondary rate limit on a release creation is still waited out', async () => {
  warnings.length = 0;
  gh.faults.add({ path: '/repos/acme/tools/releases', method: 'POST', kind: 'secondary-rate-limit', retryAfter: 1, times: 1 });
  const { data } = await client().rest.repos.createRelease({ owner: 'acme', repo: 'tools', tag_name: 'bug4-limited' });
  assert.equal(data.tag_name, 'bug4-limited');
  assert.equal(warnings.filter((w) => w.startsWith('secondary rate limit')).length, 1, warnings.join('\n'));
});

// GitHub answers a renamed repository's old name with 301 to GET and 307 to everything else: a 307
// is the same request again at the new place, body included (test/github/routes/renamed.ts).
test('a renamed repository: GET follows the 301, a POST follows the 307 with its method and body', async () => {
  await gh.createRepo('acme/moved-now');
  await gh.commit('acme/moved-now', { files: { 'README.md': 'moved\n' } });
  gh.renameRepo('acme/moved-then', 'acme/moved-now');
  const c = client();
  const { data: repo } = await c.rest.repos.get({ owner: 'acme', repo: 'moved-then' });
  assert.equal(repo.full_name, 'acme/moved-now');
  const mark = gh.requests.length;
  const { data: rel } = await c.rest.repos.createRelease({ owner: 'acme', repo: 'moved-then', tag_name: 'v1.2.3', name: 'sent twice' });
  assert.equal(rel.name, 'sent twice');
  assert.deepEqual(
    gh.requests.slice(mark).map((r) => `${r.method} ${r.path} ${r.status}`),
    ['POST /api/v3/repos/acme/moved-then/releases 307', 'POST /api/v3/repos/acme/moved-now/releases 201'],
  );
  assert.deepEqual(
    gh.state.releases('acme/moved-now').map((r) => r.tag_name),
    ['v1.2.3'],
  );
});

test('a 307 to a streamed (file) body is an error that says why, never a request without its body', async () => {
  const { send } = await import('../../src/net/http.js');
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const d = await mkdtemp(join(tmpdir(), 'sync-307-'));
  try {
    await writeFile(join(d, 'body.json'), '{"tag_name":"v9"}');
    const mark = gh.requests.length;
    await assert.rejects(
      send(`${gh.apiUrl}/repos/acme/moved-then/releases`, {
        method: 'POST',
        headers: { authorization: `token ${token}`, 'content-type': 'application/json', 'content-length': '17' },
        body: { file: join(d, 'body.json') },
        redirect: 'follow',
      }),
      /POST .*\/repos\/acme\/moved-then\/releases answered 307, moved to .*\/repos\/acme\/moved-now\/releases: a streamed body cannot be sent again/,
    );
    assert.equal(gh.requests.slice(mark).length, 1);
  } finally {
    await rm(d, { recursive: true, force: true });
  }
});
