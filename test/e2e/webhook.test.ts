// The webhook receiver against the local GitHub: real payloads from @octokit/webhooks-examples,
// signed as GitHub signs them, turned into repository_dispatch events on the project repository.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, test } from 'node:test';
import { runWebhookCommand as runCommand, serveWebhook } from '../../src/cli/webhook.js';
import { parseManifest } from '../../src/manifest/manifest.js';
import { startWebhookServer, type WebhookOptions } from '../../src/webhook/server.js';
import { signBody } from '../../src/webhook/verify.js';
import { startGitHub } from '../github/index.js';
import { startGateProxy } from '../support/gate-proxy.js';

process.env.SYNC_RETRY_BASE_MS = '10';

const require = createRequire(import.meta.url);
const examples: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
const UPSTREAM = 'upstream-org/tool';
const TARGET = 'acme/project';
const SECRET = 'hook-secret-5f8a2c';

/** A real example payload, moved to the tracked upstream (names and URLs). */
function example(name: string, pick: (x: any) => boolean, repo = UPSTREAM): any {
  const found = examples.find((e) => e.name === name)!.examples.find(pick);
  assert.ok(found, `no ${name} example`);
  return JSON.parse(JSON.stringify(found).replaceAll('Codertocat/Hello-World', repo));
}
const pushExample = (repo = UPSTREAM) => example('push', (x) => x.ref === 'refs/heads/master' && !x.deleted, repo);
const releaseExample = () => example('release', (x) => x.action === 'published');

const manifestText = `
binaries:
  tool:
    version: v0.0.1
    upstream: { repo: ${UPSTREAM}, track: releases }
  tool-head:
    version: 0000000000000000000000000000000000000001
    upstream: { repo: "https://github.com/${UPSTREAM}.git", track: commits }
  tool-tags:
    version: simple-tag
    upstream: { repo: ${UPSTREAM}, track: tags }
`;
const manifest = parseManifest(manifestText, 'versions.yml');

let gh: Awaited<ReturnType<typeof startGitHub>>;
let token: string;
before(async () => {
  gh = await startGitHub();
  await gh.createRepo(TARGET);
  token = gh.token({ permission: 'write' });
});
after(() => gh.close());

/** Log records, and a way to await the next one that matches (events, not sleeps). */
function recordingLog() {
  const records: any[] = [];
  const waiters: Array<{ pred: (r: any) => boolean; resolve: (r: any) => void }> = [];
  const push = (line: string) => {
    const r = JSON.parse(line);
    records.push(r);
    for (const w of [...waiters]) {
      if (w.pred(r)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(r);
      }
    }
  };
  return {
    records,
    lines: [] as string[],
    log: { info: push, warn: push, debug() {} },
    /** The first record (past or future) matching `pred`. */
    next(pred: (r: any) => boolean): Promise<any> {
      const seen = records.find(pred);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ pred, resolve }));
    },
  };
}

async function start(over: Partial<WebhookOptions> & { repo?: string } = {}) {
  const repo = over.repo ?? TARGET;
  const rec = recordingLog();
  const server = await startWebhookServer({ port: 0, secret: SECRET, target: repo, token, apiUrl: gh.apiUrl, manifest, log: rec.log, ...over });
  return { server, rec };
}

let deliveryCounter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++deliveryCounter).padStart(12, '0')}`;

interface DeliverOptions {
  id?: string;
  secret?: string;
  signature?: string | null;
  alter?: (body: string) => string;
  contentType?: string;
}

/** POSTs a delivery the way GitHub does: raw JSON body, event + delivery + HMAC headers. */
async function deliver(url: string, event: string, payload: unknown, o: DeliverOptions = {}) {
  const id = o.id ?? newId();
  let body = JSON.stringify(payload);
  if (o.contentType === 'application/x-www-form-urlencoded') body = new URLSearchParams({ payload: body }).toString();
  const headers: Record<string, string> = {
    'content-type': o.contentType ?? 'application/json',
    'user-agent': 'GitHub-Hookshot/test',
    'x-github-event': event,
    'x-github-delivery': id,
    'x-github-hook-id': '1',
  };
  const signature = o.signature === undefined ? signBody(o.secret ?? SECRET, body) : o.signature;
  if (signature !== null) headers['x-hub-signature-256'] = signature;
  const res = await fetch(url, { method: 'POST', headers, body: o.alter ? o.alter(body) : body });
  return { id, status: res.status, body: (await res.json()) as any, headers: res.headers };
}

const dispatches = (repo = TARGET) => gh.state.dispatches(repo);
const dispatched = (rec: ReturnType<typeof recordingLog>, id: string) => rec.next((r) => r.msg === 'dispatch' && r.id === id);

test('a signed push to the tracked branch produces exactly one upstream-update dispatch', async () => {
  const { server, rec } = await start();
  try {
    const before = dispatches().length;
    const payload = pushExample();
    const res = await deliver(server.url, 'push', payload);
    assert.equal(res.status, 202);
    assert.equal(res.body.outcome, 'accepted');
    const done = await dispatched(rec, res.id);
    assert.equal(done.outcome, 'dispatched');
    const list = dispatches().slice(before);
    assert.equal(list.length, 1);
    assert.equal(list[0].event_type, 'upstream-update');
    assert.deepEqual(list[0].client_payload, {
      upstream: UPSTREAM,
      upstream_url: `https://github.com/${UPSTREAM}`,
      event: 'push',
      ref: 'refs/heads/master',
      sha: payload.after,
      tag: null,
      entries: ['tool-head'],
      delivery: res.id,
    });
    const line = rec.records.find((r) => r.msg === 'delivery' && r.id === res.id);
    assert.deepEqual([line.event, line.repo, line.outcome, line.status], ['push', UPSTREAM, 'accepted', 202]);
  } finally {
    await server.close();
  }
});

test('a signed release published produces exactly one dispatch; a replay of it produces none', async () => {
  const { server, rec } = await start();
  try {
    const before = dispatches().length;
    const res = await deliver(server.url, 'release', releaseExample());
    assert.equal(res.status, 202);
    await dispatched(rec, res.id);
    const again = await deliver(server.url, 'release', releaseExample(), { id: res.id });
    assert.equal(again.status, 200);
    assert.equal(again.body.outcome, 'duplicate');
    await server.close(); // drains: nothing else can still be on its way
    const list = dispatches().slice(before);
    assert.equal(list.length, 1);
    assert.deepEqual(
      { upstream: list[0].client_payload.upstream, ref: list[0].client_payload.ref, tag: list[0].client_payload.tag, entries: list[0].client_payload.entries },
      { upstream: UPSTREAM, ref: 'refs/tags/0.0.1', tag: '0.0.1', entries: ['tool'] },
    );
    assert.equal(server.handler.health().accepted, 1);
  } finally {
    await server.close();
  }
});

test('a tag create and the tag push announcing the same tag make one dispatch', async () => {
  const { server, rec } = await start();
  try {
    const before = dispatches().length;
    const create = await deliver(
      server.url,
      'create',
      example('create', (x) => x.ref_type === 'tag'),
    );
    assert.equal(create.status, 202);
    await dispatched(rec, create.id);
    const push = await deliver(
      server.url,
      'push',
      example('push', (x) => x.ref === 'refs/tags/simple-tag' && !x.deleted),
    );
    assert.equal(push.status, 200);
    assert.equal(push.body.outcome, 'coalesced');
    await server.close();
    const list = dispatches().slice(before);
    assert.equal(list.length, 1);
    assert.equal(list[0].client_payload.tag, 'simple-tag');
    assert.equal(list[0].client_payload.sha, null);
  } finally {
    await server.close();
  }
});

test('forged, missing and after-the-fact altered signatures get 401 and dispatch nothing', async () => {
  const { server, rec } = await start();
  try {
    const before = dispatches().length;
    const forged = await deliver(server.url, 'push', pushExample(), { secret: 'not-the-secret' });
    const missing = await deliver(server.url, 'push', pushExample(), { signature: null });
    const altered = await deliver(server.url, 'push', pushExample(), { alter: (b) => b.replace('"refs/heads/master"', '"refs/heads/main"') });
    const garbage = await deliver(server.url, 'push', pushExample(), { signature: 'sha256=zz' });
    for (const r of [forged, missing, altered, garbage]) {
      assert.equal(r.status, 401);
      assert.equal(r.body.outcome, 'unauthorized');
    }
    // A forged delivery must not poison the replay window: the real one with that id still goes through.
    const real = await deliver(server.url, 'push', pushExample(), { id: forged.id });
    assert.equal(real.status, 202);
    await server.close();
    assert.equal(dispatches().length - before, 1);
    assert.equal(server.handler.health().accepted, 1);
    const logged = JSON.stringify(rec.records);
    assert.ok(!logged.includes(SECRET) && !logged.includes(token), 'secret or token in the log');
    assert.equal(rec.records.filter((r) => r.outcome === 'unauthorized').length, 4);
  } finally {
    await server.close();
  }
});

test('ping answers 200; untracked repositories and untracked branches are acknowledged and ignored', async () => {
  const { server } = await start();
  try {
    const before = dispatches().length;
    const ping = await deliver(server.url, 'ping', examples.find((e) => e.name === 'ping')!.examples[0]);
    assert.equal(ping.status, 200);
    assert.equal(ping.body.outcome, 'ping');
    const untracked = await deliver(server.url, 'push', pushExample('someone/else'));
    assert.equal(untracked.status, 200);
    assert.equal(untracked.body.outcome, 'ignored');
    assert.match(untracked.body.reason, /someone\/else is not a tracked upstream/);
    const branch = pushExample();
    branch.ref = 'refs/heads/feature';
    const other = await deliver(server.url, 'push', branch);
    assert.equal(other.body.outcome, 'ignored');
    const issues = await deliver(server.url, 'issues', { action: 'opened', repository: { full_name: UPSTREAM } });
    assert.equal(issues.body.outcome, 'ignored');
    await server.close();
    assert.equal(dispatches().length, before);
  } finally {
    await server.close();
  }
});

test('form-encoded deliveries (content type x-www-form-urlencoded) work too', async () => {
  const { server, rec } = await start();
  try {
    const res = await deliver(server.url, 'push', pushExample(), { contentType: 'application/x-www-form-urlencoded' });
    assert.equal(res.status, 202);
    assert.equal((await dispatched(rec, res.id)).outcome, 'dispatched');
  } finally {
    await server.close();
  }
});

test('a dispatch target answering 502 twice is retried and the dispatch lands once', async () => {
  const { server, rec } = await start();
  try {
    const before = dispatches().length;
    const posts = () => gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/repos/${TARGET}/dispatches`));
    const postsBefore = posts().length;
    gh.faults.add({ path: `/repos/${TARGET}/dispatches`, method: 'POST', kind: 'status', status: 502, times: 2 });
    const res = await deliver(server.url, 'push', pushExample());
    assert.equal(res.status, 202);
    const done = await dispatched(rec, res.id);
    assert.equal(done.outcome, 'dispatched');
    assert.equal(dispatches().length - before, 1);
    assert.deepEqual(
      posts()
        .slice(postsBefore)
        .map((r) => r.status),
      [502, 502, 204],
    );
  } finally {
    await server.close();
  }
});

test('a dispatch that fails for good is logged, and the redelivery of that delivery goes through', async () => {
  const { server, rec } = await start({ repo: 'acme/not-yet' });
  try {
    const res = await deliver(server.url, 'push', pushExample());
    assert.equal(res.status, 202);
    const failed = await dispatched(rec, res.id);
    assert.equal(failed.outcome, 'failed');
    assert.equal(failed.attempts, 1); // a 404 is not worth retrying
    assert.match(failed.error, /Not Found/);
    await gh.createRepo('acme/not-yet');
    const again = await deliver(server.url, 'push', pushExample(), { id: res.id });
    assert.equal(again.status, 202);
    const ok = await rec.next((r) => r.msg === 'dispatch' && r.id === res.id && r.outcome === 'dispatched');
    assert.ok(ok);
    assert.equal(dispatches('acme/not-yet').length, 1);
  } finally {
    await server.close();
  }
});

test('a full queue answers 503 at once (not remembered, so GitHub can redeliver), healthz shows the depth', async () => {
  const proxy = await startGateProxy(gh.apiUrl);
  proxy.hold();
  const { server, rec } = await start({ apiUrl: proxy.apiUrl, queueSize: 2, concurrency: 1 });
  try {
    const before = dispatches().length;
    const a = await deliver(server.url, 'push', pushExample());
    const b = await deliver(server.url, 'release', releaseExample());
    assert.deepEqual([a.status, b.status], [202, 202]);
    const full = await deliver(
      server.url,
      'create',
      example('create', (x) => x.ref_type === 'tag'),
    );
    assert.equal(full.status, 503);
    assert.equal(full.body.outcome, 'queue-full');
    assert.ok(full.headers.get('retry-after'));
    const health = await (await fetch(`${server.url}/healthz`)).json();
    assert.deepEqual(health.queue, { depth: 2, running: 1, capacity: 2 });
    assert.equal(health.rejected, 1);

    await proxy.arrivals(1);
    proxy.release();
    await dispatched(rec, b.id);
    const redelivered = await deliver(
      server.url,
      'create',
      example('create', (x) => x.ref_type === 'tag'),
      { id: full.id },
    );
    assert.equal(redelivered.status, 202);
    await server.close();
    assert.equal(dispatches().length - before, 3);
  } finally {
    await server.close();
    await proxy.close();
  }
});

test('bodies over the limit get 413 without being read; other methods and paths are refused', async () => {
  const { server } = await start({ maxBodyBytes: 1024 });
  try {
    const big = pushExample();
    big.padding = 'x'.repeat(4096);
    const res = await deliver(server.url, 'push', big);
    assert.equal(res.status, 413);
    assert.equal(res.body.outcome, 'too-large');
    assert.equal((await fetch(`${server.url}/healthz`, { method: 'DELETE' })).status, 405);
    assert.equal((await fetch(`${server.url}/nothing`)).status, 404);
    const health = await fetch(`${server.url}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual((await health.json()).queue, { depth: 0, running: 0, capacity: 100 });
  } finally {
    await server.close();
  }
});

test('sync webhook: usage errors, and the secret only from the environment', async () => {
  const errors: string[] = [];
  const io = { out: (t: string) => errors.push(t), err: (t: string) => errors.push(t), log: recordingLog().log };
  const runWebhookCommand = (argv: string[]) => runCommand(argv, io);
  try {
    assert.equal(await runWebhookCommand(['--help']), 0);
    assert.match(errors.join(''), /--secret-env VAR/);
    assert.equal(await runWebhookCommand(['--secret', 'abc', '--target', TARGET]), 2);
    assert.match(errors.at(-1)!, /--secret-env/);
    delete process.env.WEBHOOK_TEST_UNSET;
    delete process.env.GITHUB_TOKEN;
    delete process.env.GH_TOKEN;
    assert.equal(await runWebhookCommand(['--secret-env', 'WEBHOOK_TEST_UNSET', '--target', TARGET]), 1);
    assert.match(errors.at(-1)!, /WEBHOOK_TEST_UNSET is not set/);
    process.env.WEBHOOK_TEST_SECRET = 'distinctive-secret-value-42';
    assert.equal(await runWebhookCommand(['--secret-env', 'WEBHOOK_TEST_SECRET', '--target', 'not a repo']), 1);
    assert.match(errors.at(-1)!, /--target must be owner\/name/);
    assert.equal(await runWebhookCommand(['--secret-env', 'WEBHOOK_TEST_SECRET', '--target', TARGET]), 1);
    assert.match(errors.at(-1)!, /set GITHUB_TOKEN or GH_TOKEN/);
    process.env.GITHUB_TOKEN = token;
    assert.equal(await runWebhookCommand(['--secret-env', 'WEBHOOK_TEST_SECRET', '--target', TARGET, '--queue-size', '0']), 1);
    assert.match(errors.at(-1)!, /--queue-size must be a whole number of at least 1/);
    assert.equal(await runWebhookCommand(['--secret-env', 'WEBHOOK_TEST_SECRET', '--target', TARGET, '--manifest', '/nonexistent/versions.yml']), 1);
    assert.match(errors.at(-1)!, /manifest not found/);
    assert.ok(!errors.join('').includes('distinctive-secret-value-42'));
    // Parsed values from the CLI framework: --repo stands in for --target.
    await assert.rejects(serveWebhook({ 'secret-env': 'WEBHOOK_TEST_SECRET', repo: 'not a repo' }, io), /--target must be owner\/name.*"not a repo"/);
  } finally {
    delete process.env.GITHUB_TOKEN;
    delete process.env.WEBHOOK_TEST_SECRET;
  }
});

test('SIGTERM stops accepting, drains the queued dispatches and exits 0', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'sync-webhook-'));
  const proxy = await startGateProxy(gh.apiUrl);
  t.after(async () => {
    await proxy.close();
    await rm(dir, { recursive: true, force: true });
  });
  await gh.createRepo('acme/drain');
  await writeFile(join(dir, 'versions.yml'), manifestText);
  proxy.hold();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/fixtures/webhook-cli.ts',
      '--port',
      '0',
      '--secret-env',
      'HOOK_SECRET',
      '--target',
      'acme/drain',
      '--manifest',
      join(dir, 'versions.yml'),
    ],
    {
      env: { ...process.env, ...gh.env(token), GITHUB_API_URL: proxy.apiUrl, HOOK_SECRET: SECRET, SYNC_RETRY_BASE_MS: '10' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = once(child, 'exit');
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const lines: any[] = [];
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const r = JSON.parse(line);
      lines.push(r);
      if (r.msg === 'listening') resolve(r.url);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before listening: ${stderr}`)));
  });
  const url = await listening;

  const sent = [];
  sent.push(await deliver(url, 'push', pushExample()));
  sent.push(await deliver(url, 'release', releaseExample()));
  sent.push(
    await deliver(
      url,
      'create',
      example('create', (x) => x.ref_type === 'tag'),
    ),
  );
  assert.deepEqual(
    sent.map((s) => s.status),
    [202, 202, 202],
  );
  await proxy.arrivals(3); // all three in flight, held by the target
  assert.equal(dispatches('acme/drain').length, 0);

  child.kill('SIGTERM');
  // Stopped accepting: the listener closes while the dispatches are still held.
  await new Promise<void>((resolve) => {
    const check = () => (lines.some((r) => r.msg === 'shutdown') ? resolve() : child.stdout.once('data', () => setImmediate(check)));
    check();
  });
  const refused = await fetch(`${url}/healthz`).then(
    (r) => r.status,
    () => 'refused',
  );
  assert.ok(refused === 'refused' || refused === 503, `still accepting: ${refused}`);
  proxy.release();
  const [code] = await exited;
  assert.equal(code, 0, stderr);
  assert.equal(dispatches('acme/drain').length, 3);
  assert.ok(lines.some((r) => r.msg === 'shutdown' && r.outcome === 'drained'));
  const all = JSON.stringify(lines) + stderr;
  assert.ok(!all.includes(SECRET) && !all.includes(token), 'secret or token in the output');
});

test('bundled CLI: SIGTERM while a dispatch waits to retry a 5xx dispatches it on a retry and exits 0 within 5 s', async (t) => {
  const { REPO_ROOT } = await import('../support/launcher.js');
  const dir = await mkdtemp(join(tmpdir(), 'sync-webhook-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const repo = 'acme/drain-retry';
  await gh.createRepo(repo);
  await writeFile(join(dir, 'versions.yml'), manifestText);
  const isPost = (r: { method: string; path: string }) => r.method === 'POST' && r.path.endsWith(`/repos/${repo}/dispatches`);
  gh.faults.add({ path: `/repos/${repo}/dispatches`, method: 'POST', kind: 'status', status: 502, times: 2 });
  const { SYNC_RETRY_BASE_MS: _scaled, ...parentEnv } = process.env;
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'dist/cli/index.js'), 'webhook', '--port', '0', '--secret-env', 'HOOK_SECRET', '--target', repo, '--manifest', join(dir, 'versions.yml')],
    // Production retry timing (no SYNC_RETRY_BASE_MS): the retry wait is what a drain must cut short.
    { env: { ...parentEnv, ...gh.env(token), HOOK_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = once(child, 'exit');
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const lines: any[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const r = JSON.parse(line);
      lines.push(r);
      if (r.msg === 'listening') resolve(r.url);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before listening: ${stderr}`)));
  });
  const res = await deliver(url, 'push', pushExample());
  assert.equal(res.status, 202);
  const first = await gh.waitForRequest((r) => isPost(r));
  assert.equal(first.status, 502);

  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), 5000)));
  const outcome = await Promise.race([exited, late]);
  clearTimeout(timer);
  if (outcome === 'late') child.kill('SIGKILL');
  assert.notEqual(outcome, 'late', `still running 5 s after SIGTERM: ${JSON.stringify(lines)} ${stderr}`);
  assert.equal((outcome as [number | null])[0], 0, stderr);
  assert.deepEqual(
    gh.requests.filter(isPost).map((r) => r.status),
    [502, 502, 204],
  );
  assert.equal(dispatches(repo).length, 1);
  assert.ok(lines.some((r) => r.msg === 'dispatch' && r.id === res.id && r.outcome === 'dispatched'));
  assert.ok(lines.some((r) => r.msg === 'shutdown' && r.outcome === 'drained'));
});
