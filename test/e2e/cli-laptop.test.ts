// `ghsync` as a new user meets it on a laptop (issue 11 items 1-5, hardening 6): a checkout whose
// `origin` is the local GitHub, a fresh HOME, no runner variables.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { runCli, userClone } from '../support/cli.js';
import { REPO_ROOT, tempDir } from '../support/launcher.js';
import { startForwardProxy } from '../support/forward-proxy.js';

let gh: Awaited<ReturnType<typeof startGitHub>>;
let token: string;
let dir: { path: string; cleanup: () => Promise<void> };
let host: string; // 127.0.0.1:PORT
let n = 0;

const TOOL = '#!/bin/sh\necho tool 1.0\n';
const manifest = (build = 'exit 1') => `binaries:\n  tool:\n    version: "1.0"\n    build: ${build}\n`;

/** A fresh HOME and a clone of `repo` whose origin is the local GitHub (no GITHUB_* variables). */
async function laptop(repo: string, files: Record<string, string>) {
  const root = join(dir.path, `laptop-${++n}`);
  const home = join(root, 'home');
  await mkdir(home, { recursive: true });
  await userClone(join(root, 'work'), `${gh.url}/${repo}.git`, files);
  const env = { HOME: home, XDG_CACHE_HOME: join(home, '.cache'), SYNC_RETRY_BASE_MS: '10' };
  return { cwd: join(root, 'work'), home, env };
}

/** Publishes tool 1.0 for this machine into `repo`'s release tool-1.0 (the test's own upload, with a token). */
async function releaseTool(repo: string) {
  const ws = join(dir.path, `pub-${++n}`);
  await mkdir(ws, { recursive: true });
  await writeFile(join(ws, 'versions.yml'), manifest());
  await writeFile(join(ws, 'tool'), TOOL);
  await chmod(join(ws, 'tool'), 0o755);
  const r = await runCli(['release', 'tool', '--path', 'tool', '--repo', repo], { cwd: ws, env: { ...gh.env(token), HOME: ws } });
  assert.equal(r.code, 0, r.stderr);
}

const requestsSince = (i: number) => gh.requests.slice(i).filter((r) => r.path.startsWith('/api/v3/'));

before(async () => {
  gh = await startGitHub();
  token = gh.token({ permission: 'write' });
  host = new URL(gh.url).host;
  dir = await tempDir();
  await gh.createRepo('acme/pub');
  await gh.commit('acme/pub', { files: { 'README.md': 'x\n' } });
  await releaseTool('acme/pub');
  await gh.createRepo('acme/priv', { private: true });
  await gh.commit('acme/priv', { files: { 'README.md': 'x\n' } });
  await releaseTool('acme/priv');
});
after(async () => {
  await gh.close();
  await dir.cleanup();
});

test('the package is @org/sync and its command is ghsync (never the coreutils sync)', async () => {
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.name, '@org/sync');
  assert.deepEqual(Object.keys(pkg.bin), ['ghsync']);
  assert.equal(pkg.private, true);
  const help = await runCli(['--help']);
  assert.match(help.stdout, /^Usage: ghsync <command>/m);
  assert.doesNotMatch(help.stdout, /\bsync (ensure|check) /);
  for (const c of ['status', 'path', 'init', 'watch', 'rollback']) assert.match(help.stdout, new RegExp(`^  ${c} `, 'm'));
});

test('usage errors exit 2 on one line, a missing argument too', async () => {
  for (const args of [['ensure'], ['release'], ['rollback'], ['watch', '--repo', 'a/b'], ['ensure', '--all', '--concurrency', 'x']]) {
    const r = await runCli(args, { cwd: dir.path });
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr.trim(), new RegExp(`^ghsync ${args[0]}: .*\\(see ghsync ${args[0]} --help\\)$`));
  }
});

test('check --help has --fail-on-update and the pull-request mode of the action', async () => {
  const r = await runCli(['check', '--help']);
  assert.match(r.stdout, /--fail-on-update/);
  assert.match(r.stdout, /--pull-request/);
  assert.match(r.stdout, /-v, --verbose/);
});

test('messages speak CLI words: no manifest names --manifest and ghsync init, not an action input', async () => {
  const empty = await tempDir();
  try {
    for (const c of ['ensure', 'check']) {
      const r = await runCli([c, '--all'].slice(0, c === 'ensure' ? 2 : 1), { cwd: empty.path, env: { HOME: empty.path } });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /versions\.yml: manifest not found \(pass --manifest FILE, or run "ghsync init"\)/);
      assert.doesNotMatch(r.stdout + r.stderr, /input/);
    }
  } finally {
    await empty.cleanup();
  }
});

test('ensure --all: each failure said once, then "1 ok, 1 failed: broken"', async () => {
  const u = await laptop('acme/pub', {
    'versions.yml': `${manifest()}  broken:\n    version: "2.0"\n    build: echo nothing here\n`,
  });
  const r = await runCli(['ensure', '--all', '--no-release'], { cwd: u.cwd, env: u.env });
  assert.equal(r.code, 1, r.stderr);
  const all = `${r.stdout}\n${r.stderr}`;
  assert.equal(all.match(/broken.*(failed|error)/g)?.length, 1, all);
  assert.match(r.stdout, /^tool 1\.0: release /m);
  assert.match(r.stdout.trimEnd().split('\n').at(-1)!, /^1 ok, 1 failed: broken$/);
});

test('check prints each result once', async () => {
  await gh.createRepo('up/hello');
  const a = await gh.commit('up/hello', { files: { 'a.txt': '1' } });
  await gh.tag('up/hello', 'v1.0.0', { sha: a });
  const b = await gh.commit('up/hello', { files: { 'a.txt': '2' } });
  await gh.tag('up/hello', 'v1.1.0', { sha: b });
  const u = await laptop('acme/pub', { 'versions.yml': 'binaries:\n  hello:\n    version: v1.0.0\n    upstream: { repo: up/hello, track: tags }\n' });
  const r = await runCli(['check'], { cwd: u.cwd, env: u.env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(`${r.stdout}${r.stderr}`.match(/hello/g)?.length, 1, r.stdout + r.stderr);
  const fail = await runCli(['check', '--fail-on-update'], { cwd: u.cwd, env: u.env });
  assert.equal(fail.code, 1);
  const status = await runCli(['status', '--upstream'], { cwd: u.cwd, env: u.env });
  assert.equal(status.code, 0, status.stderr);
  assert.match(status.stdout, /^hello v1\.0\.0: not in the tool cache; upstream v1\.1\.0 \(minor\); no release hello-v1\.0\.0/m);
});

// Hardening 6: a token goes only to the host it is for.
test('GITHUB_TOKEN is not sent to the host an origin remote names; one line says why', async () => {
  const u = await laptop('acme/pub', { 'versions.yml': manifest() });
  const mark = gh.requests.length;
  const r = await runCli(['ensure', 'tool', '--json'], { cwd: u.cwd, env: { ...u.env, GITHUB_TOKEN: token } });
  assert.equal(r.code, 0, r.stderr);
  const seen = requestsSince(mark);
  assert.ok(seen.length > 0);
  assert.deepEqual([...new Set(seen.map((x) => x.token))], ['none'], JSON.stringify(seen));
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, new RegExp(`go without a token: GITHUB_TOKEN is for github\\.com, not ${host.replace('.', '\\.')} \\(set GH_HOST=${host}`));
  assert.ok(!r.stderr.includes(token) && !r.stdout.includes(token));

  // GH_HOST says the token is for that host: then it is sent.
  const mark2 = gh.requests.length;
  const ok = await runCli(['status', 'tool'], { cwd: u.cwd, env: { ...u.env, GITHUB_TOKEN: token, GH_HOST: host } });
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(ok.stderr, '');
  assert.ok(requestsSince(mark2).every((x) => x.token === 'write'));
});

test('a token never goes over plain http to a host that is not this machine', async () => {
  const proxy = await startForwardProxy({ hosts: { 'github.invalid': '127.0.0.1' } });
  try {
    const port = new URL(gh.url).port;
    const u = await laptop('acme/pub', { 'versions.yml': manifest() });
    const mark = gh.requests.length;
    const r = await runCli(['status', 'tool', '--json'], {
      cwd: u.cwd,
      env: { ...u.env, GITHUB_TOKEN: token, GITHUB_API_URL: `http://github.invalid:${port}/api/v3`, HTTP_PROXY: proxy.url, NO_PROXY: '' },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(proxy.hits.length > 0, 'the request went through the proxy');
    assert.deepEqual([...new Set(requestsSince(mark).map((x) => x.token))], ['none']);
    assert.match(r.stderr, /GITHUB_TOKEN is not sent over plain http to github\.invalid/);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  } finally {
    await proxy.close();
  }
});

// Issue 11 item 5.
test('no token: gh auth token for that host is used when the GitHub CLI is logged in', async () => {
  const u = await laptop('acme/priv', { 'versions.yml': manifest() });
  const bin = join(u.home, 'bin');
  await mkdir(bin);
  // A stand-in `gh`: answers only for the host it is logged in to, as `gh auth token --hostname` does.
  await writeFile(join(bin, 'gh'), `#!/bin/sh\n[ "$1 $2 $3 $4" = "auth token --hostname ${host}" ] && echo ${token} && exit 0\nexit 1\n`);
  await chmod(join(bin, 'gh'), 0o755);
  const mark = gh.requests.length;
  const r = await runCli(['ensure', 'tool', '--json'], { cwd: u.cwd, env: { ...u.env, PATH: `${bin}:${process.env.PATH}` } });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).binaries.tool.source, 'release');
  assert.ok(requestsSince(mark).every((x) => x.token === 'write'));
});

test('no token and a private release repository: one line, and nothing is built', async () => {
  const u = await laptop('acme/priv', { 'versions.yml': manifest('touch "$HOME/built" && exit 1') });
  const r = await runCli(['ensure', 'tool'], { cwd: u.cwd, env: u.env });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.equal(r.stderr, 'ghsync ensure: no token: if acme/priv is private set GITHUB_TOKEN\n');
  assert.equal(existsSync(join(u.home, 'built')), false, 'the build never ran');
});

test('path prints what to eval; --link puts every binary in one folder; status shows the coverage', async () => {
  const u = await laptop('acme/pub', { 'versions.yml': manifest() });
  assert.equal((await runCli(['ensure', '--all'], { cwd: u.cwd, env: u.env })).code, 0);
  const p = await runCli(['path'], { cwd: u.cwd, env: u.env });
  assert.equal(p.code, 0, p.stderr);
  assert.match(p.stdout, /^export PATH='[^']+':"\$PATH"\n$/);
  const cli = join(REPO_ROOT, 'dist/cli/index.js');
  const out = execFileSync('sh', ['-c', `eval "$("${process.execPath}" "${cli}" path)" && tool`], {
    cwd: u.cwd,
    env: { ...u.env, PATH: process.env.PATH! },
    encoding: 'utf8',
  });
  assert.equal(out, 'tool 1.0\n');

  const linked = await runCli(['path', '--link', '.bin', '--json'], { cwd: u.cwd, env: u.env });
  assert.equal(linked.code, 0, linked.stderr);
  assert.equal(execFileSync(join(u.cwd, '.bin', 'tool'), { encoding: 'utf8' }), 'tool 1.0\n');

  const s = await runCli(['list'], { cwd: u.cwd, env: u.env });
  assert.equal(s.code, 0, s.stderr);
  assert.match(s.stdout, /^tool 1\.0: cached at /m);
  const here = `${process.platform === 'darwin' ? 'darwin' : 'linux'}/${process.arch === 'arm64' ? 'arm64' : 'amd64'}`;
  const doc = JSON.parse((await runCli(['status', '--json'], { cwd: u.cwd, env: u.env })).stdout);
  assert.deepEqual(doc.entries[0].platforms, [here]);
  assert.match(s.stdout, /^entry\s+linux\/amd64/m);

  const dry = await runCli(['ensure', '--all', '--dry-run'], { cwd: u.cwd, env: { ...u.env, XDG_CACHE_HOME: join(u.home, 'empty') } });
  assert.equal(dry.code, 0, dry.stderr);
  assert.equal(dry.stdout, 'tool 1.0: would come from release\n');
});

test('init scaffolds the manifest and workflows and never overwrites', async () => {
  const u = await laptop('acme/pub', { 'versions.yml': '# mine\n' });
  const r = await runCli(['init', '--monorepo'], { cwd: u.cwd, env: u.env });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^kept \(exists\) versions\.yml$/m);
  assert.match(r.stdout, /^created \.github\/workflows\/ci\.yml$/m);
  assert.match(r.stdout, /^created ecosystem\.json$/m);
  assert.equal(await readFile(join(u.cwd, 'versions.yml'), 'utf8'), '# mine\n');
  const again = await runCli(['init', '--monorepo'], { cwd: u.cwd, env: u.env });
  assert.doesNotMatch(again.stdout, /^created/m);
  const cousin = await runCli(['init', '--cousin', 'acme/mono'], { cwd: u.cwd, env: u.env });
  assert.match(await readFile(join(u.cwd, '.github/workflows/sync-upstream.yml'), 'utf8'), /upstream: acme\/mono/);
  assert.equal(cousin.code, 0);
});
