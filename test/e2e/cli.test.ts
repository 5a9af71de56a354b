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

test('sync --help lists every command; sync --version prints the version', async () => {
  const help = await runCli(['--help']);
  assert.equal(help.code, 0);
  for (const c of ['ensure', 'release', 'check', 'dispatch', 'apply', 'webhook']) assert.match(help.stdout, new RegExp(`^  ${c} `, 'm'));
  const version = await runCli(['--version']);
  assert.equal(version.code, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
});

for (const c of ['ensure', 'release', 'check', 'dispatch', 'apply', 'webhook']) {
  test(`sync ${c} --help shows its usage and options`, async () => {
    const r = await runCli([c, '--help']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Usage: sync ${c}`, 'm'));
    assert.match(r.stdout, /--json/);
  });
}

test('usage errors exit 2 with one line', async () => {
  const unknown = await runCli(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^sync: unknown command "frobnicate"/);
  const badFlag = await runCli(['check', '--bogus']);
  assert.equal(badFlag.code, 2);
  assert.equal(badFlag.stderr.trim().split('\n').length, 1);
});

test('sync check finds the newer tag, the same as the check-upstream action', async () => {
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

test('sync check --update rewrites the manifest keeping the comment', async () => {
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
    assert.match(none.stderr, /^sync check: versions\.yml: manifest not found/);
    const unknown = await runCli(['check', 'nope'], { cwd: dir.path, env });
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /nope/);
    assert.equal(unknown.stderr.trim().split('\n').length, 1);
  } finally {
    await empty.cleanup();
  }
});
