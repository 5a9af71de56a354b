// sync-upstream end to end: the bundle runs in a checkout of a cousin on the local GitHub, with a
// repository_dispatch event, fetching the upstream over smart HTTP and pushing / opening PRs.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { launch, leaks, tempDir, type LaunchOptions } from '../support/launcher.js';
import { checkout, dispatchEvent, FAST, git, ZERO, type GH } from '../support/cousins.js';

let gh: GH;
const cleanups: (() => Promise<void>)[] = [];
const UP = 'acme/mono';
const COUSIN = 'cousins/flask';
let cousinToken: string; // writes the cousin only
let upstreamToken: string; // reads the (private) upstream only
let readOnly: string; // what a checkout persisted: may read the cousin, not push
let u1: string;
let u2: string;
let cousinMain: string;
const FEATURE = 'features/webpush/flask';

before(async () => {
  gh = await startGitHub();
  await gh.createRepo(UP, { private: true });
  await gh.createRepo(COUSIN);
  cousinToken = gh.token({ permission: 'write', repos: [COUSIN] });
  upstreamToken = gh.token({ permission: 'write', repos: [UP] });
  readOnly = gh.token({ permission: 'read', repos: [COUSIN] });
  await gh.commit(UP, {
    files: {
      'features/webpush/flask/app.py': 'v0',
      'features/webpush/flask/util.py': 'util v0',
      'features/webpush/flask-old/app.py': 'old',
      'features/pwa/react/index.js': 'react v0',
    },
  });
  u1 = await gh.commit(UP, {
    files: { 'features/webpush/flask/app.py': 'v1', 'features/webpush/flask/static/push.js': 'js v1', 'features/webpush/flask/util.py': null },
    message: 'flask v1',
  });
  u2 = await gh.commit(UP, { files: { 'features/webpush/flask/app.py': 'v2' }, message: 'flask v2' });
  cousinMain = await gh.commit(COUSIN, {
    files: {
      'README.md': 'cousin readme',
      'subscriptions.json': JSON.stringify([FEATURE, 'features/pwa/react', 'features/shell']),
      'app/webpush/app.py': 'v0',
      'app/webpush/util.py': 'util v0',
      'app/webpush/cousin-only.txt': 'mine',
      'web/react/index.js': 'react v0',
      'features/pwa/react/index.js': 'cousin edited react',
    },
  });
});

after(async () => {
  for (const c of cleanups) await c();
  await gh.close();
});

function payload(o: Partial<Record<string, unknown>> = {}) {
  return { updated_feature: FEATURE, updated_features: [FEATURE], commit_sha: u1, source_repo: UP, ref: 'refs/heads/main', before: ZERO, ...o };
}

const PATH_MAP = 'features/webpush/flask => app/webpush\nfeatures/pwa/react => web/react';

async function sync(client_payload: unknown, inputs: LaunchOptions['inputs'] = {}, o: { repo?: string; env?: Record<string, string> } = {}) {
  const repo = o.repo ?? COUSIN;
  const ws = await checkout(gh, repo, { persistToken: readOnly });
  cleanups.push(ws.cleanup);
  const r = await launch('sync-upstream', {
    inputs: { upstream: UP, 'upstream-token': upstreamToken, 'path-map': PATH_MAP, ...inputs },
    githubToken: cousinToken,
    env: { ...gh.env(), ...FAST, ...o.env },
    event: dispatchEvent({ event_type: 'feature-update', client_payload }, repo),
    eventName: 'repository_dispatch',
    repository: repo,
    workspace: ws.path,
  });
  for (const t of [cousinToken, upstreamToken, readOnly]) assert.equal(leaks(r, t), false, 'a token leaked');
  return r;
}

async function heads(repo = COUSIN): Promise<Record<string, string>> {
  const out = await git(['ls-remote', '--heads', gh.gitUrl(repo)]);
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t').reverse()),
  );
}

async function tree(repo: string, ref: string): Promise<Record<string, string>> {
  const dir = await tempDir();
  cleanups.push(dir.cleanup);
  await git(['clone', '--quiet', '--branch', ref, gh.gitUrl(repo), dir.path]);
  const files = (await git(['ls-files', '-z'], dir.path)).split('\0').filter(Boolean);
  const out: Record<string, string> = {};
  for (const f of files) out[f] = await git(['show', `HEAD:${f}`], dir.path);
  return out;
}

const BRANCH = `upstream-sync/${FEATURE}`;

test('copy with deletions and a path map: branch, PR, labels, trailer; base and outside untouched', async () => {
  const r = await sync(payload());
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.outputs.result, 'created');
  assert.equal(r.outputs.branch, BRANCH);
  assert.equal(r.outputs['pr-number'], '1');
  assert.match(r.outputs['pr-url'], /\/cousins\/flask\/pull\/1$/);
  const files = await tree(COUSIN, BRANCH);
  assert.deepEqual(files, {
    'README.md': 'cousin readme',
    'subscriptions.json': JSON.stringify([FEATURE, 'features/pwa/react', 'features/shell']),
    'app/webpush/app.py': 'v1', // changed
    'app/webpush/static/push.js': 'js v1', // added
    // util.py deleted upstream and cousin-only.txt not upstream: both gone from the mirror
    'web/react/index.js': 'react v0',
    'features/pwa/react/index.js': 'cousin edited react',
  });
  const h = await heads();
  assert.equal(h['refs/heads/main'], cousinMain, 'the base branch is untouched');
  const pulls = gh.state.pulls(COUSIN);
  assert.equal(pulls.length, 1);
  assert.equal(pulls[0].head.ref, BRANCH);
  assert.equal(pulls[0].base.ref, 'main');
  assert.deepEqual(pulls[0].labels.map((l) => l.name).sort(), ['automated', 'upstream-sync']);
  const dir = await tempDir();
  cleanups.push(dir.cleanup);
  await git(['clone', '--quiet', '--branch', BRANCH, gh.gitUrl(COUSIN), dir.path]);
  const message = await git(['log', '-1', '--format=%B'], dir.path);
  assert.match(message, new RegExp(`^Upstream-Commit: ${u1}$`, 'm'));
  assert.match(message, /features\/webpush\/flask/);
  assert.equal(await git(['rev-parse', 'HEAD^'], dir.path), cousinMain, 'one commit on top of the base');
});

test('a second dispatch refreshes the same branch and PR; a repeat is unchanged', async () => {
  const before = (await heads())[`refs/heads/${BRANCH}`];
  const r = await sync(payload({ commit_sha: u2 }));
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.outputs.result, 'updated');
  assert.equal(r.outputs['pr-number'], '1');
  const after = (await heads())[`refs/heads/${BRANCH}`];
  assert.notEqual(after, before);
  assert.equal((await tree(COUSIN, BRANCH))['app/webpush/app.py'], 'v2');
  assert.equal(gh.state.pulls(COUSIN).filter((p) => p.state === 'open').length, 1, 'never duplicated');

  const again = await sync(payload({ commit_sha: u2 }));
  assert.equal(again.code, 0, again.stdout);
  assert.equal(again.outputs.result, 'unchanged');
  assert.equal(again.outputs['pr-number'], '1');
  assert.equal((await heads())[`refs/heads/${BRANCH}`], after, 'nothing pushed');
});

test('unchanged: the mapped folder already equals the upstream, so no PR', async () => {
  const r = await sync(payload({ updated_feature: 'features/pwa/react', updated_features: ['features/pwa/react'] }));
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.outputs.result, 'unchanged');
  assert.equal(r.outputs['pr-number'], '');
  assert.equal((await heads())['refs/heads/upstream-sync/features/pwa/react'], undefined);
  assert.match(r.stdout, /already equals/);
});

test('skipped: a feature this cousin does not subscribe to (flask-old is not flask)', async () => {
  const r = await sync(payload({ updated_feature: 'features/webpush/flask-old', updated_features: ['features/webpush/flask-old'] }));
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.outputs.result, 'skipped');
  assert.match(r.stdout, /not subscribed to features\/webpush\/flask-old: skipped/);
});

test('dry-run: computes, pushes nothing', async () => {
  const u3 = await gh.commit(UP, { files: { 'features/webpush/flask/app.py': 'v3' } });
  const before = await heads();
  const r = await sync(payload({ commit_sha: u3 }), { 'dry-run': 'true' });
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.outputs.result, 'updated');
  assert.match(r.stdout, /dry run: would push [0-9a-f]{7} to upstream-sync\/features\/webpush\/flask and refresh #1 \(nothing pushed\)/);
  assert.deepEqual(await heads(), before);
});

// Each rejection: step fails on one line, result=rejected, nothing pushed.
const rejections: Array<[string, () => Promise<Record<string, unknown>>, RegExp, LaunchOptions['inputs']?]> = [
  ['forged source_repo', async () => payload({ source_repo: 'evil/mono' }), /source_repo "evil\/mono" is not the upstream acme\/mono/],
  ['.. in the feature', async () => payload({ updated_feature: 'features/../../etc', updated_features: undefined }), /contains "\.\."/],
  ['absolute feature', async () => payload({ updated_feature: '/etc/passwd', updated_features: undefined }), /is absolute/],
  ['NUL in the feature', async () => payload({ updated_feature: `${FEATURE}\u0000x`, updated_features: undefined }), /contains a NUL byte/],
  ['non-hex SHA', async () => payload({ commit_sha: 'g'.repeat(40) }), /is not a full 40-hex commit SHA/],
  ['SHA not in the upstream', async () => payload({ commit_sha: 'ab'.repeat(20) }), /commit abab[0-9a-f]+ does not exist in acme\/mono/],
  [
    'SHA only on a non-default branch',
    async () => payload({ commit_sha: await gh.commit(UP, { branch: 'evil-branch', parent: u2, files: { 'features/webpush/flask/app.py': 'evil' } }) }),
    /is not reachable from acme\/mono's default branch main/,
  ],
  [
    'SHA only in a fork',
    async () => {
      await gh.createRepo('fork/mono');
      const sha = await gh.commit('fork/mono', { files: { 'features/webpush/flask/app.py': 'forked' } });
      return payload({ commit_sha: sha });
    },
    /does not exist in acme\/mono/,
  ],
  [
    'older than max-age-days',
    async () => {
      const u = await gh.commit('acme/old-up', { files: { 'features/webpush/flask/app.py': 'ancient' }, date: new Date('2020-01-01T00:00:00Z') });
      return payload({ commit_sha: u, source_repo: 'acme/old-up' });
    },
    /is \d+ days old \(2020-01-01T00:00:00.000Z\), older than max-age-days 30/,
    { 'max-age-days': '30', upstream: 'acme/old-up', 'upstream-token': '' },
  ],
];

for (const [name, make, message, inputs] of rejections) {
  test(`rejected: ${name}`, async () => {
    if (name === 'older than max-age-days') await gh.createRepo('acme/old-up');
    const p = await make();
    const before = await heads();
    const r = await sync(p, inputs);
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.outputs.result, 'rejected');
    assert.equal(r.errors.length, 1, r.stdout);
    assert.match(r.errors[0], message);
    assert.doesNotMatch(r.errors[0], /\n/);
    assert.deepEqual(await heads(), before, 'nothing pushed');
  });
}

test('report-failures: a rejection opens an issue in the upstream saying why, without secrets or the raw payload', async () => {
  const before = gh.state.issues(UP).length;
  const r = await sync(payload({ source_repo: 'evil/mono', secret_note: 'do-not-echo' }), { 'report-failures': 'true' });
  assert.equal(r.code, 1);
  const issues = gh.state.issues(UP);
  assert.equal(issues.length, before + 1);
  const issue = issues[issues.length - 1];
  assert.match(issue.title, /cousins\/flask rejected an update/);
  assert.match(issue.body ?? '', /source_repo "evil\/mono" is not the upstream acme\/mono/);
  for (const t of [cousinToken, upstreamToken, readOnly, 'do-not-echo']) assert.ok(!(issue.body ?? '').includes(t));
});

test('cherry-pick: a conflict aborts cleanly, leaves the base untouched and is reported', async () => {
  const pick = await gh.commit(UP, { files: { 'features/pwa/react/index.js': 'react v1 upstream' }, message: 'react v1' });
  const before = await heads();
  const r = await sync(payload({ commit_sha: pick, updated_feature: 'features/pwa/react', updated_features: ['features/pwa/react'] }), {
    method: 'cherry-pick',
    'path-map': '',
  });
  assert.equal(r.code, 1, r.stdout);
  assert.equal(r.outputs.result, 'failed');
  assert.match(r.errors[0], /cherry-pick of the upstream commit conflicts in features\/pwa\/react\/index\.js; aborted, the base branch is untouched/);
  assert.deepEqual(await heads(), before);
});

test('cherry-pick, squash and merge do what git does (a cousin that forked the monorepo)', async () => {
  // The fork shares history with the upstream, as these methods need.
  await gh.createRepo('cousins/fork');
  const up = await tempDir();
  cleanups.push(up.cleanup);
  const { gitAuthEnv } = await import('../../src/git/git.js');
  await git(['clone', '--quiet', gh.gitUrl(UP), up.path], undefined, gitAuthEnv(upstreamToken, gh.url));
  await git(['push', '--quiet', gh.gitUrl('cousins/fork'), `${u1}:refs/heads/main`], up.path, gitAuthEnv(gh.token({ permission: 'write' }), gh.url));
  await gh.commit('cousins/fork', { files: { 'subscriptions.json': JSON.stringify(['features']), 'fork-only.txt': 'x' } });
  const forkToken = gh.token({ permission: 'write', repos: ['cousins/fork'] });
  const run = async (method: string, sha: string) => {
    const ws = await checkout(gh, 'cousins/fork');
    cleanups.push(ws.cleanup);
    return launch('sync-upstream', {
      inputs: { upstream: UP, 'upstream-token': upstreamToken, method, branch: `${method}/{feature}` },
      githubToken: forkToken,
      env: { ...gh.env(), ...FAST },
      event: dispatchEvent({ event_type: 'feature-update', client_payload: payload({ commit_sha: sha }) }, 'cousins/fork'),
      eventName: 'repository_dispatch',
      repository: 'cousins/fork',
      workspace: ws.path,
    });
  };
  for (const method of ['cherry-pick', 'squash', 'merge']) {
    const r = await run(method, u2);
    assert.equal(r.code, 0, `${method}: ${r.stdout}${r.stderr}`);
    assert.equal(r.outputs.result, 'created', method);
    const dir = await tempDir();
    cleanups.push(dir.cleanup);
    // The fork subscribes to all of `features`: that is the feature synced (one branch and one PR per
    // subscribed feature, hardening 15), whichever sub-path the payload names.
    await git(['clone', '--quiet', '--branch', `${method}/features`, gh.gitUrl('cousins/fork'), dir.path]);
    assert.equal(await git(['show', 'HEAD:features/webpush/flask/app.py'], dir.path), 'v2', method);
    assert.equal(await git(['show', 'HEAD:fork-only.txt'], dir.path), 'x', method);
    const parents = (await git(['log', '-1', '--format=%P'], dir.path)).split(' ');
    assert.equal(parents.length, method === 'merge' ? 2 : 1, method);
    if (method === 'merge') assert.equal(parents[1], u2);
    if (method === 'cherry-pick') {
      assert.equal(
        await git(['log', '-1', '--format=%an <%ae>'], dir.path),
        await git(['log', '-1', '--format=%an <%ae>', u2], up.path),
        'a cherry-pick keeps the author',
      );
    }
    assert.match(await git(['log', '-1', '--format=%B'], dir.path), new RegExp(`Upstream-Commit: ${u2}`));
  }
});

test('shell metacharacters in the feature and the SHA: nothing runs', async () => {
  const marks = await tempDir('sync-marks-');
  cleanups.push(marks.cleanup);
  const m1 = join(marks.path, 'feature-ran');
  const m2 = join(marks.path, 'sha-ran');
  const evil = `features/shell/x;$(touch\${IFS}${m1})\`touch\${IFS}${m1}\`|&'"`;
  const sha = await gh.commit(UP, { files: { [`${evil}/a.txt`]: 'shell' } });
  const r = await sync(payload({ updated_feature: evil, updated_features: [evil], commit_sha: sha }), { 'path-map': '' });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.outputs.result, 'created');
  // The cousin subscribes to features/shell: its one branch carries the evil folder inside.
  assert.equal(r.outputs.branch, 'upstream-sync/features/shell');
  assert.equal((await tree(COUSIN, 'upstream-sync/features/shell'))[`${evil}/a.txt`], 'shell');
  const r2 = await sync(payload({ updated_feature: evil, updated_features: [evil], commit_sha: `$(touch \${IFS}${m2});\`touch ${m2}\`` }));
  assert.equal(r2.code, 1);
  assert.equal(r2.outputs.result, 'rejected');
  assert.equal(existsSync(m1), false, 'the feature name never reached a shell');
  assert.equal(existsSync(m2), false, 'the SHA never reached a shell');
});

test('workflow_dispatch with feature and sha inputs', async () => {
  const ws = await checkout(gh, COUSIN);
  cleanups.push(ws.cleanup);
  const r = await launch('sync-upstream', {
    inputs: { upstream: UP, 'upstream-token': upstreamToken, 'path-map': PATH_MAP, feature: FEATURE, sha: u2, 'dry-run': 'true' },
    githubToken: cousinToken,
    env: { ...gh.env(), ...FAST },
    event: { inputs: { feature: FEATURE, sha: u2 } },
    eventName: 'workflow_dispatch',
    repository: COUSIN,
    workspace: ws.path,
  });
  assert.equal(r.code, 0, r.stdout);
  assert.ok(['updated', 'unchanged'].includes(r.outputs.result), r.outputs.result);
});
