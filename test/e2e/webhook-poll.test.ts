// `ghsync poll --once` against the local GitHub: a baseline first, nothing (and no quota) when
// idle, one upstream-update dispatch after a new upstream release.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { runCli } from '../support/cli.js';

const UPSTREAM = 'upstream-org/polled';
const TARGET = 'acme/poll-target';
let gh: Awaited<ReturnType<typeof startGitHub>>;
let token: string;
let work: string;

before(async () => {
  gh = await startGitHub();
  await gh.createRepo(UPSTREAM);
  await gh.createRepo(TARGET);
  token = gh.token({ permission: 'write' });
  await gh.commit(UPSTREAM, { files: { 'README.md': 'one\n' } });
  await release('v1.0.0');
  work = await mkdtemp(join(tmpdir(), 'poll-'));
  await writeFile(
    join(work, 'versions.yml'),
    `binaries:\n  tool:\n    version: v1.0.0\n    upstream: { repo: ${UPSTREAM}, track: releases }\n  tool-tags:\n    version: v1.0.0\n    upstream: { repo: ${UPSTREAM}, track: tags }\n`,
  );
});
after(async () => {
  await gh.close();
  await rm(work, { recursive: true, force: true });
});

async function release(tag: string) {
  const res = await fetch(`${gh.apiUrl}/repos/${UPSTREAM}/releases`, {
    method: 'POST',
    headers: { authorization: `token ${gh.token({ permission: 'write' })}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tag_name: tag, target_commitish: 'main' }),
  });
  assert.equal(res.status, 201);
}

const poll = () => runCli(['poll', '--once', '--state', 'poll.json', '--dispatch', TARGET, '--json'], { cwd: work, env: { ...gh.env(token) } });
const used = async () =>
  ((await (await fetch(`${gh.apiUrl}/rate_limit`, { headers: { authorization: `token ${token}` } })).json()) as any).resources.core.used as number;

test('poll --once: baseline, then idle (only 304s, no quota, no GraphQL), then one dispatch after a new release', async () => {
  const first = await poll();
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(
    JSON.parse(first.stdout).map((r: any) => r.outcome),
    ['baseline', 'baseline'],
  );
  assert.equal(gh.state.dispatches(TARGET).length, 0);
  const state = JSON.parse(await readFile(join(work, 'poll.json'), 'utf8'));
  assert.match(Object.values<any>(state.etags)[0].etag, /^W\/"[0-9a-f]+"$/);

  const before = await used();
  const seen = gh.requests.length;
  const idle = await poll();
  assert.equal(idle.code, 0, idle.stderr);
  assert.deepEqual(
    JSON.parse(idle.stdout).map((r: any) => r.outcome),
    ['unchanged', 'unchanged'],
  );
  const api = gh.requests.slice(seen).filter((r) => r.path.startsWith('/api/') && r.path !== '/api/v3/rate_limit');
  assert.ok(api.length >= 1);
  assert.ok(
    api.every((r) => r.status === 304),
    JSON.stringify(api),
  );
  assert.ok(!api.some((r) => r.path.includes('graphql')));
  // The stand-in counts /rate_limit itself once: nothing else was spent.
  assert.equal((await used()) - before, 1);
  assert.equal(gh.state.dispatches(TARGET).length, 0);

  await release('v1.1.0');
  const moved = await poll();
  assert.equal(moved.code, 0, moved.stderr);
  assert.deepEqual(
    JSON.parse(moved.stdout).map((r: any) => [r.outcome, r.dispatched]),
    [
      ['moved', true],
      ['moved', true],
    ],
  );
  const list = gh.state.dispatches(TARGET);
  assert.equal(list.length, 1, 'one dispatch per upstream that moved');
  assert.equal(list[0].event_type, 'upstream-update');
  assert.equal(list[0].client_payload.upstream, UPSTREAM);
  assert.equal(list[0].client_payload.tag, 'v1.1.0');
  assert.deepEqual(list[0].client_payload.entries.sort(), ['tool', 'tool-tags']);

  const again = await poll();
  assert.deepEqual(
    JSON.parse(again.stdout).map((r: any) => r.outcome),
    ['unchanged', 'unchanged'],
  );
  assert.equal(gh.state.dispatches(TARGET).length, 1);
});
