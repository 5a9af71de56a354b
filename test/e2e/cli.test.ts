// The bundled `sync` CLI against the local GitHub: same library, same results as the actions.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { runCli } from '../support/cli.js';
import { launch, tempDir } from '../support/launcher.js';

let gh: Awaited<ReturnType<typeof startGitHub>>;
let token: string;
let dir: { path: string; cleanup: () => Promise<void> };
let env: Record<string, string>;

const MANIFEST = `binaries:
  hello:
    version: v1.0.0   # pinned
    upstream: { repo: upstream/hello, track: tags }
`;

before(async () => {
  gh = await startGitHub();
  token = gh.token({ permission: 'write' });
  await gh.createRepo('upstream/hello');
  const a = await gh.commit('upstream/hello', { files: { 'a.txt': '1' } });
  await gh.tag('upstream/hello', 'v1.0.0', { sha: a });
  const b = await gh.commit('upstream/hello', { files: { 'a.txt': '2' } });
  await gh.tag('upstream/hello', 'v1.2.0', { sha: b, annotated: true });
  dir = await tempDir();
  await writeFile(join(dir.path, 'versions.yml'), MANIFEST);
  env = { ...gh.env(token), SYNC_RETRY_BASE_MS: '10', SYNC_RATE_LIMIT_UNIT_MS: '10', GITHUB_REPOSITORY: 'acme/project' };
});
after(async () => {
  await gh.close();
  await dir.cleanup();
});

test('ghsync --help lists every command; sync --version prints the version', async () => {
  const help = await runCli(['--help']);
  assert.equal(help.code, 0);
  for (const c of ['ensure', 'release', 'check', 'dispatch', 'apply', 'webhook']) assert.match(help.stdout, new RegExp(`^  ${c} `, 'm'));
  const version = await runCli(['--version']);
  assert.equal(version.code, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
});

for (const c of ['ensure', 'release', 'check', 'dispatch', 'apply', 'webhook']) {
  test(`ghsync ${c} --help shows its usage and options`, async () => {
    const r = await runCli([c, '--help']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Usage: ghsync ${c}`, 'm'));
    assert.match(r.stdout, /--json/);
  });
}

test('usage errors exit 2 with one line', async () => {
  const unknown = await runCli(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^ghsync: unknown command "frobnicate"/);
  const badFlag = await runCli(['check', '--bogus']);
  assert.equal(badFlag.code, 2);
  assert.equal(badFlag.stderr.trim().split('\n').length, 1);
});

test('ghsync check finds the newer tag, the same as the check-upstream action', async () => {
  const r = await runCli(['check'], { cwd: dir.path, env });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^hello: v1\.0\.0 -> v1\.2\.0 \(minor update\)$/m);

  const json = await runCli(['check', '--json'], { cwd: dir.path, env });
  assert.equal(json.code, 0, json.stderr);
  const doc = JSON.parse(json.stdout);
  assert.deepEqual(doc.updates, ['hello']);

  const action = await launch('check-upstream', { workspace: dir.path, env: gh.env(), githubToken: token });
  assert.equal(action.code, 0, action.stderr);
  const fromAction = JSON.parse(action.outputs.manifest).subsystems.hello;
  const { last_check: _a, ...cliRest } = doc;
  assert.deepEqual(doc.subsystems.hello, fromAction);
  assert.ok(cliRest.subsystems);
});

test('ghsync check --update rewrites the manifest keeping the comment', async () => {
  const r = await runCli(['check', '--update'], { cwd: dir.path, env });
  assert.equal(r.code, 0, r.stderr);
  const { readFile } = await import('node:fs/promises');
  assert.match(await readFile(join(dir.path, 'versions.yml'), 'utf8'), /version: v1\.2\.0 {3}# pinned/);
});

test('errors are one line saying what to do: no manifest, unknown entry', async () => {
  const empty = await tempDir();
  try {
    const none = await runCli(['check'], { cwd: empty.path, env });
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^ghsync check: versions\.yml: manifest not found/);
    const unknown = await runCli(['check', 'nope'], { cwd: dir.path, env });
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /nope/);
    assert.equal(unknown.stderr.trim().split('\n').length, 1);
  } finally {
    await empty.cleanup();
  }
});

test('ghsync webhook (bundled CLI): a signed release delivery becomes one dispatch; SIGTERM exits 0', async () => {
  const { spawn } = await import('node:child_process');
  const { createHmac } = await import('node:crypto');
  const { REPO_ROOT } = await import('../support/launcher.js');
  await gh.createRepo('acme/project-webhook');
  const manifest = join(dir.path, 'webhook-versions.yml');
  await writeFile(manifest, 'binaries:\n  hello:\n    version: v1.0.0\n    upstream: { repo: upstream/hello, track: releases }\n');
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'dist/cli/index.js'), 'webhook', '--port', '0', '--secret-env', 'HOOK_SECRET', '--target', 'acme/project-webhook', '--manifest', manifest],
    {
      env: { PATH: process.env.PATH ?? '', ...env, HOOK_SECRET: 's3cret' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      const m = /"msg":"listening","url":"([^"]+)"/.exec(stdout);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`sync webhook exited ${code}: ${stdout}`)));
  });
  const body = JSON.stringify({
    action: 'published',
    release: { tag_name: 'v1.3.0', draft: false, prerelease: false, target_commitish: 'main', html_url: `${gh.url}/upstream/hello/releases/tag/v1.3.0` },
    repository: {
      full_name: 'upstream/hello',
      name: 'hello',
      owner: { login: 'upstream' },
      html_url: `${gh.url}/upstream/hello`,
      clone_url: `${gh.url}/upstream/hello.git`,
      default_branch: 'main',
    },
  });
  const signature = `sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}`;
  const res = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-github-event': 'release', 'x-github-delivery': 'd-1', 'x-hub-signature-256': signature },
  });
  assert.ok(res.status >= 200 && res.status < 300, `answered ${res.status}`);
  const forged = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-github-event': 'release', 'x-github-delivery': 'd-2', 'x-hub-signature-256': 'sha256=00' },
  });
  assert.equal(forged.status, 401);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM'); // drains the queue before exiting
  assert.equal(await exited, 0);
  const sent = gh.state.dispatches('acme/project-webhook');
  assert.equal(sent.length, 1);
  assert.equal(sent[0].event_type, 'upstream-update');
  assert.equal(sent[0].client_payload.upstream, 'upstream/hello');
  assert.ok(!stdout.includes('s3cret') && !stdout.includes(token));
});

test('ghsync dispatch --dry-run then for real, and ghsync apply in the cousin: same library as the actions', async () => {
  const { checkout } = await import('../support/cousins.js');
  await gh.createRepo('acme/mono');
  await gh.commit('acme/mono', {
    files: {
      'ecosystem.json': JSON.stringify([
        { repo: 'acme/cousin-a', subscriptions: ['features/a'] },
        { repo: 'acme/cousin-b', subscriptions: ['features/b'] },
      ]),
      'features/a/x.txt': '1\n',
      'features/b/y.txt': '1\n',
    },
  });
  const head = await gh.commit('acme/mono', { files: { 'features/a/x.txt': '2\n' }, message: 'a: 2' });
  for (const c of ['acme/cousin-a', 'acme/cousin-b']) {
    await gh.createRepo(c);
    await gh.commit(c, { files: { 'README.md': 'cousin\n', 'subscriptions.json': JSON.stringify([c.endsWith('a') ? 'features/a' : 'features/b']) } });
  }
  const mono = (await checkout(gh, 'acme/mono', { depth: 0 })).path;
  const cliEnv = { ...env, GITHUB_REPOSITORY: undefined };

  const dry = await runCli(['dispatch', '--dry-run', '--json'], { cwd: mono, env: cliEnv });
  assert.equal(dry.code, 0, dry.stderr);
  const planned = JSON.parse(dry.stdout);
  assert.deepEqual(planned.features, ['features/a']);
  assert.deepEqual(
    planned.dispatched.map((d: { repo: string; status: string }) => [d.repo, d.status]),
    [['acme/cousin-a', 'dry-run']],
  );
  assert.equal(gh.state.dispatches('acme/cousin-a').length, 0);

  const real = await runCli(['dispatch'], { cwd: mono, env: cliEnv });
  assert.equal(real.code, 0, real.stderr);
  assert.match(real.stdout, /^acme\/cousin-a: dispatched \[features\/a\]$/m);
  const sent = gh.state.dispatches('acme/cousin-a');
  assert.equal(sent.length, 1);
  assert.equal(sent[0].client_payload.commit_sha, head);
  assert.equal(gh.state.dispatches('acme/cousin-b').length, 0);

  const cousin = (await checkout(gh, 'acme/cousin-a')).path;
  const payload = join(dir.path, 'payload.json');
  await writeFile(payload, JSON.stringify(sent[0].client_payload));
  const applied = await runCli(['apply', payload, '--upstream', 'acme/mono', '--json'], { cwd: cousin, env: cliEnv });
  assert.equal(applied.code, 0, applied.stderr);
  const outcome = JSON.parse(applied.stdout);
  assert.equal(outcome.result, 'created');
  const pulls = gh.state.pulls('acme/cousin-a');
  assert.equal(pulls.length, 1);
  assert.equal(pulls[0].number, outcome.prNumber);

  const forged = join(dir.path, 'forged.json');
  await writeFile(forged, JSON.stringify({ ...sent[0].client_payload, source_repo: 'evil/mono' }));
  const rejected = await runCli(['apply', forged, '--upstream', 'acme/mono'], { cwd: cousin, env: cliEnv });
  assert.equal(rejected.code, 1);
  assert.match(rejected.stdout, /^rejected: /m);
});

test('ghsync dispatch without a token (not a dry run) says how to get one', async () => {
  const r = await runCli(['dispatch', '--repo', 'acme/mono'], { cwd: dir.path, env: { ...env, GITHUB_TOKEN: undefined } });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^ghsync dispatch: no token: set GITHUB_TOKEN or GH_TOKEN/);
});

test('ghsync release from a laptop, then the action and ghsync ensure both download it (same sha256)', async () => {
  const { mkdir, chmod } = await import('node:fs/promises');
  await gh.createRepo('acme/laptop');
  await gh.commit('acme/laptop', { files: { 'README.md': 'laptop\n' } });
  const ws = join(dir.path, 'laptop');
  await mkdir(ws, { recursive: true });
  await writeFile(join(ws, 'versions.yml'), 'binaries:\n  tool:\n    version: "2026.11"\n    build: exit 1   # CI must never need to build\n');
  await writeFile(join(ws, 'tool'), '#!/bin/sh\necho tool 2026.11\n');
  await chmod(join(ws, 'tool'), 0o755);
  const laptopEnv = { ...env, GITHUB_REPOSITORY: 'acme/laptop' };

  const released = await runCli(['release', 'tool', '--path', 'tool', '--json'], { cwd: ws, env: laptopEnv });
  assert.equal(released.code, 0, released.stderr);
  const rel = JSON.parse(released.stdout);
  assert.equal(rel.tag, 'tool-2026.11');
  assert.match(rel.asset_name, /^tool-linux-(amd64|arm64)\.tar\.gz$/);

  const action = await launch('ensure-binary', {
    inputs: { name: 'tool' },
    workspace: ws,
    repository: 'acme/laptop',
    env: { ...gh.env(), SYNC_RETRY_BASE_MS: '10' },
    githubToken: token,
  });
  assert.equal(action.code, 0, action.stdout + action.stderr);
  assert.equal(action.outputs.source, 'release');

  const toolCache = join(dir.path, 'laptop-toolcache');
  const ensured = await runCli(['ensure', 'tool', '--json'], { cwd: ws, env: { ...laptopEnv, RUNNER_TOOL_CACHE: toolCache } });
  assert.equal(ensured.code, 0, ensured.stderr);
  const doc = JSON.parse(ensured.stdout);
  assert.equal(doc.binaries.tool.source, 'release');
  assert.equal(doc.binaries.tool.sha256, action.outputs.sha256);
  const again = await runCli(['ensure', '--all'], { cwd: ws, env: { ...laptopEnv, RUNNER_TOOL_CACHE: toolCache } });
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /^tool 2026\.11: tool-cache /m);
});

test('ghsync ensure: an unknown entry and a missing token are one-line errors', async () => {
  const unknown = await runCli(['ensure', 'nope'], { cwd: dir.path, env });
  assert.equal(unknown.code, 1);
  assert.match(unknown.stdout + unknown.stderr, /nope/);
  const noToken = await runCli(['release', 'hello', '--path', 'x'], { cwd: dir.path, env: { ...env, GITHUB_TOKEN: undefined } });
  assert.equal(noToken.code, 1);
  assert.match(noToken.stderr, /^ghsync release: no token: set GITHUB_TOKEN or GH_TOKEN/);
  assert.equal(noToken.stderr.trim().split('\n').length, 1);
});
