// `ghsync webhook --source --state-dir` killed (SIGKILL) with a dispatch pending, or right after one
// landed: on restart the relay resends from the checkpoint, every event is dispatched exactly once.
// Bundled CLI, `ghsync relay`, and the local GitHub holding a dispatch unanswered (fault `hang`).
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { signBody } from '../../src/webhook/verify.js';
import { startGitHub } from '../github/index.js';
import type { RequestRecord } from '../github/types.js';
import { startLoggingCli } from '../support/cli.js';

const require = createRequire(import.meta.url);
const examples: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
const UPSTREAM = 'upstream-org/crashy';
const SECRET = 'relay-crash-secret';
const CHANNEL = 'crash-test-channel';
const MANIFEST = `binaries:\n  tool-head:\n    version: 0000000000000000000000000000000000000001\n    upstream: { repo: ${UPSTREAM}, track: commits }\n`;

let gh: Awaited<ReturnType<typeof startGitHub>>;
let token: string;
let work: string;
const children = new Set<ChildProcess>();
before(async () => {
  gh = await startGitHub();
  token = gh.token({ permission: 'write' });
  work = await mkdtemp(join(tmpdir(), 'relay-crash-'));
  await writeFile(join(work, 'versions.yml'), MANIFEST);
});
after(async () => {
  for (const c of children) c.kill('SIGKILL');
  await gh.close();
  await rm(work, { recursive: true, force: true });
});

let pushes = 0;
/** A real push payload moved to the tracked upstream, with its own head commit and delivery id. */
function push(): { body: Buffer; id: string; sha: string } {
  const found = examples.find((e) => e.name === 'push')!.examples.find((x) => x.ref === 'refs/heads/master' && !x.deleted);
  const payload = JSON.parse(JSON.stringify(found).replaceAll('Codertocat/Hello-World', UPSTREAM));
  const sha = (++pushes).toString(16).padStart(40, 'c');
  payload.after = sha;
  return { body: Buffer.from(JSON.stringify(payload)), id: `00000000-0000-4000-c000-${String(pushes).padStart(12, '0')}`, sha };
}

/** A bundled `ghsync` child that keeps running, logging JSON lines. */
function cli(args: string[]) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, SYNC_RETRY_BASE_MS: '20', WEBHOOK_SECRET: SECRET, GITHUB_TOKEN: token };
  return startLoggingCli(args, { cwd: work, env: { ...env, GITHUB_API_URL: gh.apiUrl }, children });
}

async function relay() {
  const p = cli(['relay', '--port', '0', '--channel', CHANNEL]);
  await p.next((r) => r.msg === 'listening', 'listening');
  return { ...p, url: p.lines.find((l) => l.startsWith('http://'))! };
}

async function receiver(source: string, target: string, state: string) {
  const p = cli(['webhook', '--source', source, '--secret-env', 'WEBHOOK_SECRET', '--target', target, '--manifest', 'versions.yml', '--state-dir', state]);
  await p.next((r) => r.msg === 'relay' && r.outcome === 'connected', 'connected');
  return p;
}

/** A signed push POSTed to the relay channel, taken (202). */
async function post(source: string, p: ReturnType<typeof push>) {
  const headers = { 'content-type': 'application/json', 'x-github-event': 'push', 'x-github-delivery': p.id, 'x-hub-signature-256': signBody(SECRET, p.body) };
  assert.equal((await fetch(source, { method: 'POST', headers, body: new Uint8Array(p.body) })).status, 202);
}

const dispatched = (x: any, id: string) => x.msg === 'dispatch' && x.id === id && x.outcome === 'dispatched';
const deliveries = (target: string) => gh.state.dispatches(target).map((d) => d.client_payload.delivery as string);

test(
  'SIGKILL while a dispatch hangs, after a later one landed: on restart the pending one lands once, the landed one is not sent again',
  { timeout: 60_000 },
  async () => {
    const target = 'acme/crash-pending';
    await gh.createRepo(target);
    const state = join(work, 'state-pending');
    const r = await relay();
    const source = `${r.url}/${CHANNEL}`;
    let w = await receiver(source, target, state);
    try {
      const [a, b, c] = [push(), push(), push()];
      // A's dispatch reaches GitHub and is never answered; B's lands meanwhile.
      gh.faults.add({ method: 'POST', path: `/repos/${target}/dispatches`, kind: 'hang' });
      const hung = new Promise<void>((resolve) => {
        const on = (rec: RequestRecord) => rec.path.endsWith(`/repos/${target}/dispatches`) && (gh.events.off('started', on), resolve());
        gh.events.on('started', on);
      });
      await post(source, a);
      await hung;
      await post(source, b);
      await w.next((x) => dispatched(x, b.id), 'B dispatched');
      assert.deepEqual(deliveries(target), [b.id]);
      await w.kill();

      w = await receiver(source, target, state);
      await post(source, c);
      await w.next((x) => dispatched(x, c.id), 'C dispatched');
      assert.equal(await w.stop(), 0);
      assert.deepEqual(deliveries(target).sort(), [a.id, b.id, c.id].sort(), 'A lost, or B sent twice');
      // The relay resent A and B (the checkpoint had not moved past A); B was known to have landed.
      assert.ok(w.records.some((x) => x.msg === 'delivery' && x.id === b.id && x.outcome === 'duplicate'));
    } finally {
      await w.kill();
      await r.kill();
    }
  },
);

test('SIGKILL right after a dispatch landed: no second dispatch after the restart', { timeout: 60_000 }, async () => {
  const target = 'acme/crash-landed';
  await gh.createRepo(target);
  const state = join(work, 'state-landed');
  const r = await relay();
  const source = `${r.url}/${CHANNEL}`;
  let w = await receiver(source, target, state);
  try {
    const [d, e] = [push(), push()];
    await post(source, d);
    await w.next((x) => dispatched(x, d.id), 'D dispatched');
    await w.kill();
    w = await receiver(source, target, state);
    await post(source, e);
    await w.next((x) => dispatched(x, e.id), 'E dispatched');
    assert.equal(await w.stop(), 0);
    assert.deepEqual(deliveries(target), [d.id, e.id]);
    // What lets a resent event be told apart from a new one after a crash, kept bounded on disk.
    assert.ok((await readdir(state)).some((f) => f.endsWith('.last-event-id')));
    assert.match(await readFile(join(state, 'dispatched-deliveries'), 'utf8'), new RegExp(e.id));
  } finally {
    await w.kill();
    await r.kill();
  }
});

test('a dispatch that failed for good (422, logged) settles: the checkpoint moves past it, a restart does not send it again', { timeout: 60_000 }, async () => {
  const target = 'acme/crash-failed';
  await gh.createRepo(target);
  const state = join(work, 'state-failed');
  const r = await relay();
  const source = `${r.url}/${CHANNEL}`;
  let w = await receiver(source, target, state);
  try {
    const [f, g, h] = [push(), push(), push()];
    gh.faults.add({ method: 'POST', path: `/repos/${target}/dispatches`, kind: 'status', status: 422 });
    await post(source, f);
    await w.next((x) => x.msg === 'dispatch' && x.id === f.id && x.outcome === 'failed', 'F failed');
    await post(source, g);
    await w.next((x) => dispatched(x, g.id), 'G dispatched');
    assert.equal(await w.stop(), 0);
    w = await receiver(source, target, state);
    await post(source, h);
    await w.next((x) => dispatched(x, h.id), 'H dispatched');
    assert.equal(await w.stop(), 0);
    assert.deepEqual(deliveries(target), [g.id, h.id]);
    assert.ok(!w.records.some((x) => x.msg === 'delivery' && (x.id === f.id || x.id === g.id)), 'nothing before the checkpoint was resent');
  } finally {
    await w.kill();
    await r.kill();
  }
});
