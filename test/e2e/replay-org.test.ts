// `ghsync replay --org ORG --hook ID`: an organization hook's deliveries (/orgs/{org}/hooks/...),
// listed, redelivered and forwarded end to end against the local GitHub, which lets only
// organization owners in (404 for anyone else, 403 for GITHUB_TOKEN).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { runCli } from '../support/cli.js';
import { hookTarget } from '../support/hook-target.js';

const ORG = 'Hooks-Org';
const SECRET = 'org-secret';
let gh: Awaited<ReturnType<typeof startGitHub>>;
let owner: string;
let work: string;

before(async () => {
  gh = await startGitHub();
  await gh.createRepo(`${ORG}/member`);
  owner = gh.token({ login: 'octocat', permission: 'write', orgOwner: [ORG] });
  work = await mkdtemp(join(tmpdir(), 'replay-org-'));
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

async function api(method: string, path: string, body?: unknown, token = owner) {
  const res = await fetch(`${gh.apiUrl}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json', accept: 'application/vnd.github+json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const replay = (args: string[], token = owner) =>
  runCli(['replay', '--org', ORG.toLowerCase(), ...args], {
    cwd: work,
    env: { GITHUB_TOKEN: token, GITHUB_API_URL: gh.apiUrl, SYNC_RETRY_BASE_MS: '10', WEBHOOK_SECRET: SECRET },
  });

test('an organization hook: the ping GitHub sent while the receiver was down is listed, forwarded, then redelivered once to the hook URL', async () => {
  const port = await freePort();
  const hook = await api('POST', `/orgs/${ORG}/hooks`, {
    name: 'web',
    config: { url: `http://127.0.0.1:${port}/`, content_type: 'json', secret: SECRET },
    events: ['push'],
  });
  assert.equal(hook.status, 201);
  assert.equal(hook.body.type, 'Organization');
  const hookId = hook.body.id;
  assert.equal((await api('POST', `/orgs/${ORG}/hooks/${hookId}/pings`)).status, 204);

  const listed = await replay(['--hook', String(hookId), '--list', '--json']);
  assert.equal(listed.code, 0, listed.stderr);
  const deliveries = JSON.parse(listed.stdout);
  assert.deepEqual(
    deliveries.map((d: any) => [d.event, d.status_code, d.status]),
    [
      ['ping', 0, 'failed to connect'],
      ['ping', 0, 'failed to connect'],
    ],
  );
  const guids = deliveries.map((d: any) => d.guid).sort();
  assert.ok(gh.requests.some((r) => r.path.includes(`/orgs/${ORG.toLowerCase()}/hooks/${hookId}/deliveries`)));

  // --forward: re-signed, with GitHub's own headers (the target type says organization).
  const side = await hookTarget();
  try {
    const fwd = await replay(['--hook', String(hookId), '--forward', side.url, '--secret-env', 'WEBHOOK_SECRET', '--json']);
    assert.equal(fwd.code, 0, fwd.stderr);
    assert.deepEqual(JSON.parse(fwd.stdout), { checked: 2, forwarded: 2, refused: 0 });
    assert.deepEqual(side.accepted().sort(), guids);
    for (const h of side.hits) {
      assert.equal(h.event, 'ping');
      assert.equal(h.headers['x-github-hook-installation-target-type'], 'organization');
      assert.equal(h.headers['x-hub-signature-256'], `sha256=${createHmac('sha256', SECRET).update(h.body).digest('hex')}`);
      assert.equal(JSON.parse(h.body).hook_id, hookId);
    }
  } finally {
    await side.close();
  }

  // --redeliver-failed: the receiver is back at the hook's URL; GitHub delivers each GUID again, once.
  const receiver = await hookTarget(() => 200, port);
  try {
    const state = join(work, 'org-state.json');
    const first = await replay(['--hook', String(hookId), '--redeliver-failed', '--state', state, '--json']);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(
      JSON.parse(first.stdout)
        .redelivered.map((d: any) => d.guid)
        .sort(),
      guids,
    );
    assert.deepEqual(receiver.accepted().sort(), guids);
    assert.equal(JSON.parse(await readFile(state, 'utf8')).hook, `orgs/${ORG.toLowerCase()}/hooks/${hookId}`);
    const second = await replay(['--hook', String(hookId), '--redeliver-failed', '--state', state, '--json']);
    assert.deepEqual(JSON.parse(second.stdout).redelivered, []);
    assert.equal(JSON.parse(second.stdout).checked, 2, 'only the two redeliveries are newer than the checkpoint');
    assert.equal(receiver.hits.length, 2);
    const after = JSON.parse((await replay(['--hook', String(hookId), '--list', '--json'])).stdout);
    assert.deepEqual(
      after.filter((d: any) => d.redelivery).map((d: any) => d.status),
      ['OK', 'OK'],
    );
  } finally {
    await receiver.close();
  }
});

test('organization hooks are for owners: anyone else gets 404 (GITHUB_TOKEN 403) and replay says which permission, in one line, exit 1', async () => {
  const hook = await api('POST', `/orgs/${ORG}/hooks`, { name: 'web', config: { url: `http://127.0.0.1:${await freePort()}/` } });
  assert.equal(hook.status, 201);
  const hookId = hook.body.id;
  const member = gh.token({ login: 'mallory', permission: 'write' });
  const bot = gh.token({ permission: 'write' });
  const readOnlyOwner = gh.token({ login: 'octocat', permission: 'read', orgOwner: [ORG] });
  // The stand-in, as GitHub: hidden from a non-owner, refused to an installation token, read-only for a read token.
  assert.equal((await api('GET', `/orgs/${ORG}/hooks/${hookId}/deliveries`, undefined, member)).status, 404);
  assert.equal((await api('GET', `/orgs/${ORG}/hooks`, undefined, member)).status, 404);
  assert.equal((await api('GET', `/orgs/${ORG}/hooks/${hookId}/deliveries`, undefined, bot)).status, 403);
  assert.equal((await api('GET', `/orgs/${ORG}/hooks/${hookId}/deliveries`, undefined, readOnlyOwner)).status, 200);
  assert.equal((await api('GET', `/orgs/no-such-org/hooks`)).status, 404);
  const [ping] = (await api('GET', `/orgs/${ORG}/hooks/${hookId}/deliveries`)).body;
  assert.equal((await api('POST', `/orgs/${ORG}/hooks/${hookId}/deliveries/${ping.id}/attempts`, undefined, readOnlyOwner)).status, 403);
  // A repository route does not reach an organization's hook.
  assert.equal((await api('GET', `/repos/${ORG}/member/hooks/${hookId}/deliveries`)).status, 404);

  for (const [token, status] of [
    [member, 404],
    [bot, 403],
  ] as const) {
    const res = await replay(['--hook', String(hookId), '--list'], token);
    assert.equal(res.code, 1);
    const lines = res.stderr.trim().split('\n');
    assert.equal(lines.length, 1, res.stderr);
    assert.match(lines[0], new RegExp(`HTTP ${status}`));
    assert.match(lines[0], /owner of the organization/);
    assert.match(lines[0], /"Webhooks"/);
    assert.match(lines[0], /admin:org_hook/);
  }
  const res = await replay(['--hook', String(hookId), '--redeliver-failed'], readOnlyOwner);
  assert.equal(res.code, 1);
  assert.equal(res.stderr.trim().split('\n').length, 1, res.stderr);
  assert.match(res.stderr, /cannot redeliver to hook \d+ of organization hooks-org \(HTTP 403\)/);

  const both = await runCli(['replay', `${ORG}/member`, '--org', ORG, '--hook', '1', '--list'], {
    cwd: work,
    env: { GITHUB_TOKEN: owner, GITHUB_API_URL: gh.apiUrl },
  });
  assert.equal(both.code, 2);
});
