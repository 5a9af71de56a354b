// dispatch-cousins end to end: the bundle, run like the runner does, in a checkout of a monorepo
// on the local GitHub, with real push / pull_request payloads re-pointed at it.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { launch, leaks, tempDir, type LaunchOptions } from '../support/launcher.js';
import { checkout, createdPush, deletedPush, FAST, git, pullRequest, push, ZERO, type GH } from '../support/cousins.js';

let gh: GH;
let token: string;
const cleanups: (() => Promise<void>)[] = [];
const MONO = 'acme/mono';
let c0: string; // initial commit
let c1: string; // changes features/webpush/flask and features/pwa/react

const ECOSYSTEM = [
  { repo: 'cousins/flask', subscriptions: ['features/webpush/flask'] },
  { repo: 'cousins/react', subscriptions: ['features/*/react'], event_type: 'react-update' },
  { repo: 'cousins/old', subscriptions: ['features/webpush/flask-old'] },
  { repo: 'cousins/gone', subscriptions: ['features/webpush/flask'] }, // never created: 404
];

before(async () => {
  gh = await startGitHub();
  token = gh.token({ permission: 'write' });
  await gh.createRepo(MONO);
  for (const c of ['cousins/flask', 'cousins/react', 'cousins/old']) await gh.createRepo(c);
  c0 = await gh.commit(MONO, {
    files: {
      'ecosystem.json': JSON.stringify(ECOSYSTEM, null, 2),
      'features/webpush/flask/app.py': 'v0',
      'features/webpush/flask-old/app.py': 'v0',
      'features/pwa/react/index.js': 'v0',
      'features/auth/flask/auth.py': 'v0',
    },
    message: 'initial',
  });
  c1 = await gh.commit(MONO, {
    files: { 'features/webpush/flask/app.py': 'v1', 'features/pwa/react/index.js': 'v1', 'README.md': 'x' },
    message: 'touch flask and react',
  });
});

after(async () => {
  for (const c of cleanups) await c();
  await gh.close();
});

async function run(o: { event: unknown; eventName?: string; inputs?: LaunchOptions['inputs']; workspace?: string; sha?: string }) {
  let workspace = o.workspace;
  if (!workspace) {
    const ws = await checkout(gh, MONO, { depth: 0 });
    cleanups.push(ws.cleanup);
    workspace = ws.path;
  }
  const r = await launch('dispatch-cousins', {
    inputs: { token, ...o.inputs },
    env: { ...gh.env(), ...FAST },
    event: o.event,
    eventName: o.eventName ?? 'push',
    repository: MONO,
    sha: o.sha,
    workspace,
  });
  assert.equal(leaks(r, token), false, 'token leaked');
  return r;
}

function dispatchesSince(repo: string, since: number) {
  return gh.state.dispatches(repo).filter((d) => d.at >= since);
}

test('push: prefix at a segment boundary, glob subscription, one unreachable cousin among three', async () => {
  const t0 = Date.now();
  const r = await run({ event: push({ repo: MONO, before: c0, after: c1 }) });
  assert.equal(r.code, 1, 'the unreachable cousin fails the step at the end');
  assert.equal(r.errors.length, 1);
  assert.match(r.errors[0], /1 of 3 dispatches failed: cousins\/gone \(404/);
  const dispatched = JSON.parse(r.outputs.dispatched);
  assert.deepEqual(
    dispatched.map((d: any) => [d.repo, d.features, d.status]),
    [
      ['cousins/flask', ['features/webpush/flask'], 'dispatched'],
      ['cousins/react', ['features/pwa/react'], 'dispatched'],
      ['cousins/gone', ['features/webpush/flask'], 'failed'],
    ],
  );
  assert.match(dispatched[2].error, /404/);
  assert.deepEqual(JSON.parse(r.outputs.features), ['features/webpush/flask', 'features/pwa/react']);
  // flask-old shares the prefix "flask" but not the segment: nothing for that cousin.
  assert.equal(dispatchesSince('cousins/old', t0).length, 0);
  const [flask] = dispatchesSince('cousins/flask', t0);
  assert.equal(flask.event_type, 'feature-update');
  assert.deepEqual(flask.client_payload, {
    updated_feature: 'features/webpush/flask',
    updated_features: ['features/webpush/flask'],
    commit_sha: c1,
    source_repo: MONO,
    ref: 'refs/heads/main',
    before: c0,
  });
  const [react] = dispatchesSince('cousins/react', t0);
  assert.equal(react.event_type, 'react-update');
  assert.match(r.summary, /cousins\/gone[^\n]*failed/);
  assert.match(r.summary, /cousins\/flask[^\n]*dispatched/);
});

test('fail-on-error: false reports the failing cousin but exits 0', async () => {
  const r = await run({ event: push({ repo: MONO, before: c0, after: c1 }), inputs: { 'fail-on-error': 'false' } });
  assert.equal(r.code, 0, r.stdout);
  assert.ok(r.warnings.some((w) => /cousins\/gone/.test(w)));
});

test('dry-run computes and prints everything, sends nothing', async () => {
  const t0 = Date.now();
  const requestsBefore = gh.requests.length;
  const r = await run({ event: push({ repo: MONO, before: c0, after: c1 }), inputs: { 'dry-run': 'true' } });
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(
    JSON.parse(r.outputs.dispatched).map((d: any) => d.status),
    ['dry-run', 'dry-run', 'dry-run'],
  );
  assert.match(r.stdout, /dry run: would dispatch feature-update to cousins\/flask: \{"updated_feature":"features\/webpush\/flask"/);
  for (const c of ['cousins/flask', 'cousins/react']) assert.equal(dispatchesSince(c, t0).length, 0);
  assert.equal(gh.requests.slice(requestsBefore).filter((q) => q.method === 'POST' && q.path.startsWith('/api/')).length, 0);
});

test('created branch (real payload, before all zeros): compared with the merge base of the default branch', async () => {
  const side = await gh.commit(MONO, { branch: 'feature-x', parent: c1, files: { 'features/auth/flask/auth.py': 'v1' } });
  const t0 = Date.now();
  const r = await run({ event: createdPush({ repo: MONO, ref: 'refs/heads/feature-x', after: side }) });
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(JSON.parse(r.outputs.features), []);
  assert.equal(r.outputs.dispatched, '[]');
  // Only features/auth/flask changed on the branch; nobody subscribes to it.
  assert.equal(dispatchesSince('cousins/flask', t0).length, 0);
  assert.match(r.stdout, /created refs\/heads\/feature-x: compared with the merge base of main/);
});

test('created branch holding subscribed changes dispatches them, with before all zeros', async () => {
  const side = await gh.commit(MONO, { branch: 'feature-y', parent: c1, files: { 'features/pwa/react/extra.js': 'new' } });
  const t0 = Date.now();
  const r = await run({ event: createdPush({ repo: MONO, ref: 'refs/heads/feature-y', after: side }) });
  assert.equal(r.code, 0, r.stdout);
  const [d] = dispatchesSince('cousins/react', t0);
  assert.deepEqual(d.client_payload.updated_features, ['features/pwa/react']);
  assert.equal(d.client_payload.before, ZERO);
  assert.equal(d.client_payload.ref, 'refs/heads/feature-y');
});

test('deleted ref (real payload): nothing dispatched, exit 0', async () => {
  const t0 = Date.now();
  const r = await run({ event: deletedPush({ repo: MONO, ref: 'refs/heads/feature-x', before: c1 }) });
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.outputs.dispatched, '[]');
  assert.equal(r.outputs.features, '[]');
  assert.match(r.stdout, /refs\/heads\/feature-x was deleted: nothing to dispatch/);
  for (const c of ['cousins/flask', 'cousins/react', 'cousins/old']) assert.equal(dispatchesSince(c, t0).length, 0);
});

test("force push whose before is gone: the head commit's files", async () => {
  const c2 = await gh.commit(MONO, { files: { 'features/webpush/flask-old/app.py': 'v2' }, message: 'old only' });
  const t0 = Date.now();
  const r = await run({ event: push({ repo: MONO, before: 'dead'.repeat(10), after: c2, forced: true }) });
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /base deaddea is not in acme\/mono \(force push\?\): used the head commit's files/);
  assert.equal(dispatchesSince('cousins/old', t0).length, 1);
  assert.equal(dispatchesSince('cousins/flask', t0).length, 0);
});

test('pull_request (real payload): base and head from the pull request', async () => {
  const head = await gh.commit(MONO, { branch: 'pr-1', files: { 'features/pwa/react/pr.js': 'x' } });
  const base = await git(['ls-remote', gh.gitUrl(MONO), 'refs/heads/main']).then((s) => s.split('\t')[0]);
  const t0 = Date.now();
  const r = await run({ eventName: 'pull_request', event: pullRequest({ repo: MONO, number: 1, base, head, headRef: 'pr-1' }) });
  assert.equal(r.code, 0, r.stdout);
  const [d] = dispatchesSince('cousins/react', t0);
  assert.equal(d.client_payload.commit_sha, head);
  assert.equal(d.client_payload.ref, 'refs/pull/1/head');
});

test("over 300 changed files: the checkout's git history gives the full list; without it the step says what it used", async () => {
  const before300 = await git(['ls-remote', gh.gitUrl(MONO), 'refs/heads/main']).then((s) => s.split('\t')[0]);
  const files: Record<string, string> = {};
  for (let i = 0; i < 320; i++) files[`features/aa-bulk/f${String(i).padStart(3, '0')}.txt`] = String(i);
  // Sorted after the 320 bulk files: the API's 300-file list never reaches it.
  files['features/webpush/flask/late.py'] = 'late';
  const big = await gh.commit(MONO, { files, message: 'bulk' });
  const t0 = Date.now();
  const r = await run({ event: push({ repo: MONO, before: before300, after: big }) });
  assert.equal(r.code, 1); // cousins/gone subscribes to flask too
  assert.match(r.stdout, /compare listed only 300 files: used the checkout's git history \(321 files\)/);
  assert.deepEqual(JSON.parse(r.outputs.features), ['features/webpush/flask']);
  assert.equal(dispatchesSince('cousins/flask', t0).length, 1);

  // No history to fall back on (the workspace is not a checkout): a warning says what was used.
  const empty = await tempDir();
  cleanups.push(empty.cleanup);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(`${empty.path}/ecosystem.json`, JSON.stringify(ECOSYSTEM));
  const r2 = await run({ event: push({ repo: MONO, before: before300, after: big }), workspace: empty.path, inputs: { 'fail-on-error': 'false' } });
  assert.equal(r2.code, 0, r2.stdout);
  assert.ok(
    r2.warnings.some((w) => /compare listed only the first 300 files and the checkout has no history/.test(w)),
    r2.stdout,
  );
  assert.deepEqual(JSON.parse(r2.outputs.features), []);
});

test('secondary rate limit on dispatches: waited out, nothing lost', async () => {
  await gh.createRepo('acme/mono-many');
  const many = Array.from({ length: 12 }, (_, i) => `many/c${i}`);
  for (const c of many) await gh.createRepo(c);
  const eco = many.map((repo) => ({ repo, subscriptions: ['features/x'] }));
  const a = await gh.commit('acme/mono-many', { files: { 'ecosystem.json': JSON.stringify(eco), 'features/x/a': '0' } });
  const b = await gh.commit('acme/mono-many', { files: { 'features/x/a': '1' } });
  gh.faults.secondaryLimit({ path: /^\/repos\/many\/[^/]+\/dispatches$/, method: 'POST', max: 3, windowMs: 150, retryAfter: 15 }); // 4 writes in flight at once always meet it
  const ws = await checkout(gh, 'acme/mono-many', { depth: 0 });
  cleanups.push(ws.cleanup);
  const r = await launch('dispatch-cousins', {
    inputs: { token, concurrency: 4 },
    env: { ...gh.env(), ...FAST },
    event: push({ repo: 'acme/mono-many', before: a, after: b }),
    repository: 'acme/mono-many',
    workspace: ws.path,
  });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const refused = gh.requests.filter((q) => /^\/api\/v3\/repos\/many\/.*\/dispatches$/.test(q.path) && q.status === 403).length;
  assert.ok(refused > 0, 'the limit was hit');
  for (const c of many) assert.equal(gh.state.dispatches(c).length, 1, `${c} got exactly one dispatch`);
  assert.match(r.summary, /Rate limit: \d+ refusals waited out/);
});

test('a bad ecosystem.json fails on one line naming file, entry and key', async () => {
  const ws = await tempDir();
  cleanups.push(ws.cleanup);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(
    `${ws.path}/eco.json`,
    JSON.stringify([
      { repo: 'a/b', subscriptions: ['x'] },
      { repo: 'a/c', subscriptions: 'x' },
    ]),
  );
  const r = await run({ event: push({ repo: MONO, before: c0, after: c1 }), workspace: ws.path, inputs: { ecosystem: 'eco.json' } });
  assert.equal(r.code, 1);
  assert.deepEqual(r.errors, [`${ws.path}/eco.json: entry 1 "subscriptions": must be a non-empty array of paths or globs`]);
});

test('a folder name with a newline never becomes a workflow command in the log (hardening 13)', async () => {
  // Pushed with real git: a name with a newline is a valid path to git.
  const before = await gh.commit(MONO, { files: { 'README.md': 'before the evil name' }, message: 'base' });
  const ws = await checkout(gh, MONO, { persistToken: token });
  cleanups.push(ws.cleanup);
  const dir = join(ws.path, 'features', 'x\n::error::injected', 'react');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.js'), 'v');
  await git(['add', '-A'], ws.path);
  await git(['commit', '-qm', 'a name with a newline'], ws.path);
  await git(['push', '-q', 'origin', 'HEAD:main'], ws.path);
  const after = (await git(['rev-parse', 'HEAD'], ws.path)).trim();
  const r = await run({ event: push({ repo: MONO, before, after }), inputs: { 'fail-on-error': 'false' } });
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(
    [...r.errors, ...r.warnings, ...r.notices].filter((m) => /injected/.test(m)),
    [],
    'a value from the push became an annotation',
  );
  assert.match(r.stdout, /::error::injected/, 'the name is still shown, as text');
  assert.deepEqual(JSON.parse(r.outputs.features), ['features/x\n::error::injected/react']);
});
