// The whole loop on the local GitHub: a monorepo with features, three cousins, a push, the
// dispatches it causes, then sync-upstream in each cousin with the dispatched payload as its
// repository_dispatch event, pushing over smart HTTP and opening pull requests. A second push
// refreshes the same pull requests.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { launch, leaks, tempDir } from '../support/launcher.js';
import { checkout, dispatchEvent, FAST, git, push, type GH } from '../support/cousins.js';

let gh: GH;
const cleanups: (() => Promise<void>)[] = [];
const MONO = 'acme/mono';
let marks: string;
let evil: string;

// Each cousin: its subscriptions in the monorepo, and how it maps the feature into itself.
const COUSINS = {
  'cousins/flask': { subscriptions: ['features/webpush/flask'], pathMap: 'features/webpush/flask => app/webpush' },
  'cousins/react': { subscriptions: ['features/*/react'], pathMap: 'features/pwa/react => src/pwa' },
  // Subscribes to a folder whose name is a shell injection attempt (set in before()).
  'cousins/shell': { subscriptions: [] as string[], pathMap: '' },
};

let dispatchToken: string;
const cousinTokens: Record<string, string> = {};

before(async () => {
  gh = await startGitHub();
  const m = await tempDir('sync-loop-marks-');
  cleanups.push(m.cleanup);
  marks = m.path;
  evil = `features/shell/$(touch\${IFS}${join(marks, 'ran')});\`touch\${IFS}${join(marks, 'ran2')}\``;
  COUSINS['cousins/shell'].subscriptions = [evil];
  await gh.createRepo(MONO);
  dispatchToken = gh.token({ permission: 'write', repos: Object.keys(COUSINS) });
  for (const [repo, c] of Object.entries(COUSINS)) {
    await gh.createRepo(repo);
    cousinTokens[repo] = gh.token({ permission: 'write', repos: [repo] });
    await gh.commit(repo, { files: { 'README.md': `${repo}`, 'subscriptions.json': JSON.stringify(c.subscriptions), 'app/webpush/stale.py': 'stale' } });
  }
  await gh.commit(MONO, {
    files: {
      'ecosystem.json': JSON.stringify(Object.entries(COUSINS).map(([repo, c]) => ({ repo, subscriptions: c.subscriptions }))),
      'features/webpush/flask/app.py': 'flask v0',
      'features/webpush/flask-old/app.py': 'old v0',
      'features/pwa/react/index.js': 'react v0',
      [`${evil}/run.sh`]: 'echo hi',
    },
  });
});

after(async () => {
  for (const c of cleanups) await c();
  await gh.close();
});

async function pushAndDispatch(files: Record<string, string | null>) {
  const beforeSha = (await git(['ls-remote', gh.gitUrl(MONO), 'refs/heads/main'])).split('\t')[0];
  const afterSha = await gh.commit(MONO, { files });
  const ws = await checkout(gh, MONO, { depth: 0 });
  cleanups.push(ws.cleanup);
  const t0 = Date.now();
  const r = await launch('dispatch-cousins', {
    inputs: { token: dispatchToken },
    env: { ...gh.env(), ...FAST },
    event: push({ repo: MONO, before: beforeSha, after: afterSha }),
    eventName: 'push',
    repository: MONO,
    sha: afterSha,
    workspace: ws.path,
  });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(leaks(r, dispatchToken), false);
  const dispatches: Record<string, { event_type: string; client_payload: any }> = {};
  for (const repo of Object.keys(COUSINS)) {
    const d = gh.state.dispatches(repo).filter((x) => x.at >= t0);
    assert.ok(d.length <= 1, `${repo}: at most one dispatch per push`);
    if (d.length) dispatches[repo] = d[0];
  }
  return { afterSha, dispatches, outputs: r.outputs };
}

async function runCousin(repo: keyof typeof COUSINS, d: { event_type: string; client_payload: unknown }) {
  // As on the runner: actions/checkout of the cousin, then the action with the dispatch as event.
  const ws = await checkout(gh, repo);
  cleanups.push(ws.cleanup);
  const r = await launch('sync-upstream', {
    inputs: { upstream: MONO, 'path-map': COUSINS[repo].pathMap },
    githubToken: cousinTokens[repo],
    env: { ...gh.env(), ...FAST },
    event: dispatchEvent(d, repo),
    eventName: 'repository_dispatch',
    repository: repo,
    workspace: ws.path,
  });
  assert.equal(leaks(r, cousinTokens[repo]), false);
  return r;
}

async function show(repo: string, ref: string, path: string) {
  const dir = await tempDir();
  cleanups.push(dir.cleanup);
  await git(['clone', '--quiet', '--branch', ref, gh.gitUrl(repo), dir.path]);
  return git(['show', `HEAD:${path}`], dir.path);
}

test('push → dispatches → each cousin syncs and opens one PR; a second push refreshes them', async () => {
  // 1. A push touching all three features (and flask-old, which nobody follows).
  const first = await pushAndDispatch({
    'features/webpush/flask/app.py': 'flask v1',
    'features/webpush/flask-old/app.py': 'old v1',
    'features/pwa/react/index.js': 'react v1',
    [`${evil}/run.sh`]: 'echo v1',
  });
  assert.deepEqual(Object.keys(first.dispatches).sort(), Object.keys(COUSINS).sort());
  assert.deepEqual(first.dispatches['cousins/flask'].client_payload.updated_features, ['features/webpush/flask']);
  assert.deepEqual(first.dispatches['cousins/react'].client_payload.updated_features, ['features/pwa/react']);
  assert.deepEqual(first.dispatches['cousins/shell'].client_payload.updated_features, [evil]);
  for (const d of Object.values(first.dispatches)) assert.equal(d.client_payload.commit_sha, first.afterSha);

  // 2. Each cousin runs sync-upstream with its dispatch.
  const prs: Record<string, string> = {};
  for (const repo of Object.keys(COUSINS) as (keyof typeof COUSINS)[]) {
    const r = await runCousin(repo, first.dispatches[repo]);
    assert.equal(r.code, 0, `${repo}: ${r.stdout}${r.stderr}`);
    assert.equal(r.outputs.result, 'created', repo);
    prs[repo] = r.outputs['pr-number'];
    assert.equal(gh.state.pulls(repo).length, 1, repo);
  }
  assert.equal(await show('cousins/flask', 'upstream-sync/features/webpush/flask', 'app/webpush/app.py'), 'flask v1');
  await assert.rejects(show('cousins/flask', 'upstream-sync/features/webpush/flask', 'app/webpush/stale.py'), 'the mirror removed the cousin-only file');
  assert.equal(await show('cousins/react', 'upstream-sync/features/pwa/react', 'src/pwa/index.js'), 'react v1');
  assert.equal(await show('cousins/shell', `upstream-sync/${evil}`, `${evil}/run.sh`), 'echo v1');

  // 3. A second push: the same branches and PRs are refreshed, never duplicated.
  const second = await pushAndDispatch({ 'features/webpush/flask/app.py': 'flask v2', 'features/pwa/react/index.js': 'react v2' });
  assert.deepEqual(Object.keys(second.dispatches).sort(), ['cousins/flask', 'cousins/react']);
  for (const repo of ['cousins/flask', 'cousins/react'] as const) {
    const r = await runCousin(repo, second.dispatches[repo]);
    assert.equal(r.code, 0, `${repo}: ${r.stdout}`);
    assert.equal(r.outputs.result, 'updated', repo);
    assert.equal(r.outputs['pr-number'], prs[repo], `${repo}: same PR`);
    assert.equal(gh.state.pulls(repo).length, 1, `${repo}: one PR`);
  }
  assert.equal(await show('cousins/flask', 'upstream-sync/features/webpush/flask', 'app/webpush/app.py'), 'flask v2');
  assert.equal(existsSync(join(marks, 'ran')) || existsSync(join(marks, 'ran2')), false, 'no payload value reached a shell');
});
