// `ghsync replay --state FILE`: a checkpoint by delivery id (the next run reads only new pages) and
// the GUIDs already redelivered or forwarded (never twice, even across a run killed midway).
// Against the local GitHub's hooks and deliveries, through the bundled CLI.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { runCli, startCli } from '../support/cli.js';
import { hookTarget } from '../support/hook-target.js';

const UPSTREAM = 'upstream-org/checkpointed';
const SECRET = 'state-secret';
let gh: Awaited<ReturnType<typeof startGitHub>>;
let admin: string;
let work: string;

before(async () => {
  gh = await startGitHub();
  await gh.createRepo(UPSTREAM);
  admin = gh.token({ login: 'octocat', permission: 'write' });
  work = await mkdtemp(join(tmpdir(), 'replay-state-'));
});
after(async () => {
  await gh.close();
  await rm(work, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${gh.apiUrl}${path}`, {
    method,
    headers: { authorization: `token ${admin}`, 'content-type': 'application/json', accept: 'application/vnd.github+json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function createHook(url: string): Promise<number> {
  const hook = await api('POST', `/repos/${UPSTREAM}/hooks`, { name: 'web', config: { url, content_type: 'json', secret: SECRET }, events: ['push'] });
  assert.equal(hook.status, 201);
  return hook.body.id;
}

const cliEnv = () => ({ GITHUB_TOKEN: admin, GITHUB_API_URL: gh.apiUrl, SYNC_RETRY_BASE_MS: '10', WEBHOOK_SECRET: SECRET });
const replay = (args: string[]) => runCli(['replay', UPSTREAM, ...args], { cwd: work, env: cliEnv() });

/** The list requests (GET .../deliveries, not one delivery) the stand-in answered for this hook since `from`. */
const listRequests = (hookId: number, from: number) =>
  gh.requests.slice(from).filter((r) => r.method === 'GET' && new RegExp(`/hooks/${hookId}/deliveries(\\?|$)`).test(r.path)).length;

test('--redeliver-failed --state: a second run reads one page instead of two and redelivers nothing, though the redeliveries failed too', async () => {
  // 105 deliveries (two pages of 100), three of them refused by the receiver.
  const target = await hookTarget((_hit, n) => ([9, 49, 99].includes(n) ? 500 : 200));
  try {
    const hookId = await createHook(target.url);
    for (let i = 0; i < 105; i++) assert.equal((await api('POST', `/repos/${UPSTREAM}/hooks/${hookId}/tests`)).status, 204);
    const missed = [9, 49, 99].map((n) => target.hits[n].guid);
    target.answer(() => 500); // the receiver stays broken: every redelivery fails as well
    const state = join(work, 'redeliver', 'state.json');

    let mark = gh.requests.length;
    const first = await replay(['--hook', String(hookId), '--redeliver-failed', '--state', state, '--json']);
    assert.equal(first.code, 0, first.stderr);
    const r1 = JSON.parse(first.stdout);
    assert.deepEqual(r1.redelivered.map((d: any) => d.guid).sort(), [...missed].sort());
    assert.equal(r1.checked, 105);
    assert.equal(listRequests(hookId, mark), 2);
    const saved = JSON.parse(await readFile(state, 'utf8'));
    assert.equal(saved.hook, `repos/${UPSTREAM}/hooks/${hookId}`);
    assert.equal(typeof saved.newestId, 'number');
    for (const g of missed) assert.ok(g in saved.guids, g);

    mark = gh.requests.length;
    const second = await replay(['--hook', String(hookId), '--redeliver-failed', '--state', state, '--json']);
    assert.equal(second.code, 0, second.stderr);
    const r2 = JSON.parse(second.stdout);
    assert.deepEqual(r2.redelivered, []);
    assert.equal(r2.checked, 3, 'only the three (failed) redeliveries are newer than the checkpoint');
    assert.equal(r2.skipped, 3);
    assert.equal(listRequests(hookId, mark), 1);
    // Each missed GUID reached the receiver twice in all: GitHub's delivery and one redelivery.
    for (const g of missed) assert.equal(target.hits.filter((h) => h.guid === g).length, 2, g);

    // Without the state file the same run reads both pages again and redelivers the three again.
    mark = gh.requests.length;
    const stateless = await replay(['--hook', String(hookId), '--redeliver-failed', '--json']);
    assert.equal(JSON.parse(stateless.stdout).redelivered.length, 3);
    assert.equal(listRequests(hookId, mark), 2);
  } finally {
    await target.close();
  }
});

test('--forward --state: the target fails midway, the re-run forwards only what it missed; every missed GUID is accepted exactly once', async () => {
  const hookId = await createHook(`http://127.0.0.1:${await freePort()}/`); // nobody listens: GitHub's deliveries fail
  for (let i = 0; i < 5; i++) await api('POST', `/repos/${UPSTREAM}/hooks/${hookId}/tests`);
  const missed = (await api('GET', `/repos/${UPSTREAM}/hooks/${hookId}/deliveries`)).body.map((d: any) => d.guid);
  assert.equal(missed.length, 5);
  // The target takes two, then answers 503.
  const target = await hookTarget((_hit, n) => (n < 2 ? 200 : 503));
  const state = join(work, 'forward-state.json');
  try {
    const forward = () => replay(['--hook', String(hookId), '--forward', target.url, '--secret-env', 'WEBHOOK_SECRET', '--state', state, '--json']);
    const first = await forward();
    assert.equal(first.code, 1, first.stderr);
    assert.deepEqual([JSON.parse(first.stdout).forwarded, JSON.parse(first.stdout).refused], [2, 3]);

    target.answer(() => 200);
    const second = await forward();
    assert.equal(second.code, 0, second.stderr);
    const r2 = JSON.parse(second.stdout);
    assert.deepEqual([r2.forwarded, r2.refused, r2.skipped], [3, 0, 2]);

    const mark = gh.requests.length;
    const third = await forward();
    assert.equal(third.code, 0, third.stderr);
    assert.deepEqual(JSON.parse(third.stdout), { checked: 0, forwarded: 0, refused: 0, skipped: 0 });
    assert.equal(listRequests(hookId, mark), 1);

    assert.deepEqual([...target.accepted()].sort(), [...missed].sort(), 'each missed GUID accepted exactly once');
    // What arrived is signed with the secret over the exact bytes.
    for (const h of target.hits) assert.equal(h.headers['x-hub-signature-256'], `sha256=${createHmac('sha256', SECRET).update(h.body).digest('hex')}`);
  } finally {
    await target.close();
  }
});

test('--forward --state: a run killed while the target holds a request, then re-run, forwards each GUID to the target exactly once', async () => {
  const hookId = await createHook(`http://127.0.0.1:${await freePort()}/`);
  for (let i = 0; i < 4; i++) await api('POST', `/repos/${UPSTREAM}/hooks/${hookId}/tests`);
  const missed = (await api('GET', `/repos/${UPSTREAM}/hooks/${hookId}/deliveries`)).body.map((d: any) => d.guid);
  const target = await hookTarget((_hit, n) => (n < 2 ? 200 : 'hang'));
  const state = join(work, 'killed-state.json');
  const args = ['replay', UPSTREAM, '--hook', String(hookId), '--forward', target.url, '--secret-env', 'WEBHOOK_SECRET', '--state', state, '--json'];
  try {
    const run = startCli(args, { cwd: work, env: cliEnv() });
    await target.until((hits) => hits.length === 3); // two accepted, the third held open
    run.child.kill('SIGKILL');
    assert.equal(await run.closed, null);
    const saved = JSON.parse(await readFile(state, 'utf8'));
    assert.equal(saved.newestId, null, 'an unfinished run does not move the checkpoint');
    assert.deepEqual(Object.keys(saved.guids).sort(), target.accepted().sort());

    target.answer(() => 200);
    const again = await runCli(args, { cwd: work, env: cliEnv() });
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual([JSON.parse(again.stdout).forwarded, JSON.parse(again.stdout).skipped], [2, 2]);
    assert.deepEqual([...target.accepted()].sort(), [...missed].sort());
    assert.equal(new Set(target.accepted()).size, 4);
  } finally {
    await target.close();
  }
});

test('--state with --list is a usage error; a state file of another hook is one line, exit 1, before any request', async () => {
  const listing = await replay(['--hook', '1', '--list', '--state', join(work, 'x.json')]);
  assert.equal(listing.code, 2);
  assert.match(listing.stderr, /--state goes with --redeliver-failed or --forward/);
  const other = join(work, 'other.json');
  await writeFile(other, JSON.stringify({ hook: 'repos/a/b/hooks/1', newestId: 5, guids: {} }));
  const hookId = await createHook(`http://127.0.0.1:${await freePort()}/`);
  const mark = gh.requests.length;
  const wrong = await replay(['--hook', String(hookId), '--redeliver-failed', '--state', other]);
  assert.equal(wrong.code, 1);
  assert.equal(wrong.stderr.trim().split('\n').length, 1, wrong.stderr);
  assert.match(wrong.stderr, /belongs to repos\/a\/b\/hooks\/1/);
  assert.equal(gh.requests.length, mark);
});
