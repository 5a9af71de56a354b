// Receiver down -> GitHub's delivery fails -> `ghsync replay --redeliver-failed` -> the same GUID is
// delivered again to the hook's URL -> dispatched exactly once. Against the local GitHub's hooks,
// deliveries and redelivery attempts.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { runCli } from '../support/cli.js';
import { BUNDLE_NODE, REPO_ROOT } from '../support/launcher.js';

const UPSTREAM = 'upstream-org/hooked';
const TARGET = 'acme/replayed';
const SECRET = 'replay-secret';
let gh: Awaited<ReturnType<typeof startGitHub>>;
let admin: string;
let work: string;
const children = new Set<ChildProcess>();

before(async () => {
  gh = await startGitHub();
  await gh.createRepo(UPSTREAM);
  await gh.createRepo(TARGET);
  admin = gh.token({ login: 'octocat', permission: 'write' });
  work = await mkdtemp(join(tmpdir(), 'replay-'));
  await writeFile(
    join(work, 'versions.yml'),
    `binaries:\n  tool:\n    version: 0000000000000000000000000000000000000001\n    upstream: { repo: ${UPSTREAM}, track: commits }\n`,
  );
});
after(async () => {
  for (const c of children) c.kill('SIGKILL');
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

async function api(method: string, path: string, body?: unknown, token = admin) {
  const res = await fetch(`${gh.apiUrl}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json', accept: 'application/vnd.github+json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

function receiver(port: number) {
  const child = spawn(
    BUNDLE_NODE,
    [
      join(REPO_ROOT, 'dist/cli/index.js'),
      'webhook',
      '--port',
      String(port),
      '--secret-env',
      'WEBHOOK_SECRET',
      '--target',
      TARGET,
      '--manifest',
      'versions.yml',
    ],
    {
      cwd: work,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        WEBHOOK_SECRET: SECRET,
        GITHUB_TOKEN: gh.token({ permission: 'write' }),
        GITHUB_API_URL: gh.apiUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.add(child);
  const records: any[] = [];
  const waiters: Array<() => void> = [];
  const take = (l: string) => {
    try {
      records.push(JSON.parse(l));
    } catch {
      records.push({ text: l });
    }
    waiters.splice(0).forEach((w) => w());
  };
  createInterface({ input: child.stdout! }).on('line', take);
  createInterface({ input: child.stderr! }).on('line', take);
  return {
    records,
    async next(pred: (r: any) => boolean) {
      for (;;) {
        const found = records.find(pred);
        if (found) return found;
        if (child.exitCode !== null) throw new Error(JSON.stringify(records));
        await new Promise<void>((r) => waiters.push(r));
      }
    },
    stop: () => new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : (child.on('exit', (c) => r(c)), child.kill('SIGTERM')))),
  };
}

const replay = (args: string[], token = admin) =>
  runCli(['replay', UPSTREAM, ...args], { cwd: work, env: { GITHUB_TOKEN: token, GITHUB_API_URL: gh.apiUrl, SYNC_RETRY_BASE_MS: '10' } });

test('receiver down -> failed delivery (status_code 0) -> replay --redeliver-failed -> dispatched exactly once; a second run redelivers nothing', async () => {
  const port = await freePort();
  const hook = await api('POST', `/repos/${UPSTREAM}/hooks`, {
    name: 'web',
    config: { url: `http://127.0.0.1:${port}/`, content_type: 'json', secret: SECRET },
    events: ['push'],
  });
  assert.equal(hook.status, 201);
  const hookId = hook.body.id;
  // GitHub delivers while nothing listens.
  assert.equal((await api('POST', `/repos/${UPSTREAM}/hooks/${hookId}/tests`)).status, 204);
  const listed = await replay(['--hook', String(hookId), '--list', '--json']);
  assert.equal(listed.code, 0, listed.stderr);
  const [failed] = JSON.parse(listed.stdout);
  assert.deepEqual(Object.keys(failed).sort(), ['action', 'delivered_at', 'event', 'guid', 'id', 'redelivery', 'status', 'status_code']);
  assert.equal(failed.status_code, 0);
  assert.equal(failed.status, 'failed to connect');
  // The API's own failure filter does not see it (400-599 only): why replay groups by GUID instead.
  assert.equal((await api('GET', `/repos/${UPSTREAM}/hooks/${hookId}/deliveries?status=failure`)).body.length, 0);

  const w = receiver(port);
  try {
    await w.next((r) => r.msg === 'listening');
    const first = await replay(['--hook', String(hookId), '--redeliver-failed', '--json']);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(
      JSON.parse(first.stdout).redelivered.map((d: any) => d.guid),
      [failed.guid],
    );
    await w.next((r) => r.msg === 'dispatch' && r.id === failed.guid);
    const second = await replay(['--hook', String(hookId), '--redeliver-failed', '--json']);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(JSON.parse(second.stdout).redelivered, []);
    const after = JSON.parse((await replay(['--hook', String(hookId), '--list', '--json'])).stdout);
    assert.deepEqual(
      after.map((d: any) => [d.guid, d.redelivery, d.status]),
      [
        [failed.guid, true, 'OK'],
        [failed.guid, false, 'failed to connect'],
      ],
    );
  } finally {
    assert.equal(await w.stop(), 0);
  }
  assert.equal(gh.state.dispatches(TARGET).length, 1);
  assert.equal(gh.state.dispatches(TARGET)[0].client_payload.delivery, failed.guid);
});

test('deliveries are paged with a cursor (newest first) and replay reads every page', async () => {
  const port = await freePort();
  const hook = await api('POST', `/repos/${UPSTREAM}/hooks`, {
    name: 'web',
    config: { url: `http://127.0.0.1:${port}/`, content_type: 'json' },
    events: ['push'],
  });
  const hookId = hook.body.id;
  for (let i = 0; i < 105; i++) await api('POST', `/repos/${UPSTREAM}/hooks/${hookId}/tests`);
  const page = await api('GET', `/repos/${UPSTREAM}/hooks/${hookId}/deliveries?per_page=100`);
  assert.equal(page.body.length, 100);
  assert.match(page.headers.get('link') ?? '', /cursor=v1_\d+.*rel="next"/);
  const listed = await replay(['--hook', String(hookId), '--list', '--json']);
  const all = JSON.parse(listed.stdout);
  assert.equal(all.length, 105);
  assert.ok(
    all.every((d: any, i: number) => i === 0 || d.id < all[i - 1].id),
    'newest first',
  );
});

test('a token without webhook rights gets one line naming the permission, exit 1', async () => {
  const bot = gh.token({ permission: 'write' }); // the built-in GITHUB_TOKEN
  const res = await replay(['--hook', '1', '--redeliver-failed'], bot);
  assert.equal(res.code, 1);
  const lines = res.stderr.trim().split('\n');
  assert.equal(lines.length, 1, res.stderr);
  assert.match(lines[0], /Webhooks/);
  assert.match(lines[0], /GITHUB_TOKEN cannot/);
  // The stand-in refuses GITHUB_TOKEN as GitHub does.
  assert.equal((await api('GET', `/repos/${UPSTREAM}/hooks`, undefined, bot)).status, 403);
});
