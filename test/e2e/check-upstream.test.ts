// check-upstream end to end: the bundle, run like the runner does, against the local GitHub with
// real git repositories (tags and commits over smart HTTP, releases over GraphQL, PRs over REST).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { startGitHub } from '../github/index.js';
import { launch, leaks, tempDir, type LaunchOptions } from '../support/launcher.js';
import { gitAuthEnv } from '../../src/git/git.js';

const exec = promisify(execFile);
type GH = Awaited<ReturnType<typeof startGitHub>>;
let gh: GH;
let token: string;
const cleanups: (() => Promise<void>)[] = [];
const heads: Record<string, string> = {};
let deadUrl: string;

const SHA40 = /^[0-9a-f]{40}$/;

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${gh.apiUrl}${path}`, {
    method,
    headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function commitOf(repo: string, tag: string): Promise<string> {
  const { stdout } = await exec('git', ['ls-remote', gh.gitUrl(repo), `refs/tags/${tag}`, `refs/tags/${tag}^{}`]);
  const lines = stdout.trim().split('\n');
  return lines[lines.length - 1].split('\t')[0];
}

before(async () => {
  gh = await startGitHub();
  token = gh.token({ permission: 'write' });

  // Tags with noise: lightweight and annotated mixed, non-versions, prereleases.
  await gh.createRepo('up/tags');
  const c1 = await gh.commit('up/tags', { files: { 'a.txt': '1' } });
  await gh.tag('up/tags', 'v2.10.3', { sha: c1 });
  await gh.tag('up/tags', 'latest', { sha: c1 });
  const c2 = await gh.commit('up/tags', { files: { 'a.txt': '2' } });
  await gh.tag('up/tags', 'v2.10.24', { sha: c2, annotated: true });
  await gh.tag('up/tags', 'release-candidate', { sha: c2, annotated: true });
  const c3 = await gh.commit('up/tags', { files: { 'a.txt': '3' } });
  await gh.tag('up/tags', 'v2.10.25-rc.1', { sha: c3 });
  await gh.tag('up/tags', 'v2.10.25', { sha: c3, annotated: true });
  const c4 = await gh.commit('up/tags', { files: { 'a.txt': '4' } });
  await gh.tag('up/tags', 'v2.11.0-rc.1', { sha: c4, annotated: true });
  await gh.tag('up/tags', 'v2.9.99', { sha: c4 }); // newest by date, not by version
  Object.assign(heads, { c2, c3, c4 });

  // Releases: a newer draft and a newer prerelease must not win.
  await gh.createRepo('up/rel');
  await gh.commit('up/rel', { files: { 'r.txt': '1' } });
  for (const [tag, extra] of [
    ['v1.0.0', {}],
    ['v1.1.0', {}],
    ['v1.2.0-beta.1', { prerelease: true }],
    ['v1.3.0', { prerelease: true }],
    ['v2.0.0', { draft: true }],
    ['nightly', {}],
  ] as const) {
    await api('POST', '/repos/up/rel/releases', { tag_name: tag, target_commitish: 'main', name: tag, make_latest: 'false', ...extra });
  }

  // Commits: the head of a named branch.
  await gh.createRepo('up/commits');
  heads.commitsFirst = await gh.commit('up/commits', { files: { 'c.txt': '1' } });
  await gh.commit('up/commits', { files: { 'c.txt': '2' } });
  heads.dev = await gh.commit('up/commits', { branch: 'dev', files: { 'c.txt': 'dev' } });

  // A monorepo with component-prefixed tags.
  await gh.createRepo('up/mono');
  await gh.commit('up/mono', { files: { 'm.txt': '1' } });
  for (const t of ['api/v1.2.3', 'api/v1.4.0', 'cli/v9.0.0', 'v5.0.0', 'api/v1.10.0-rc.1']) await gh.tag('up/mono', t);

  // A closed port: an upstream host that does not answer.
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  deadUrl = `http://127.0.0.1:${port}/gone/away.git`;
});

after(async () => {
  for (const c of cleanups) await c();
  await gh?.close();
});

const MANIFEST = `# Pinned upstream tools
binaries:
  tags:
    version: v2.10.24   # the pin
    upstream:
      repo: up/tags
      track: tags
  rel:
    version: v1.0.0
    upstream: { repo: up/rel, track: releases }
  commits:
    version: COMMIT_PIN
    upstream:
      repo: up/commits
      track: commits
      branch: dev
  mono:
    version: "v1.2.3"
    upstream:
      repo: up/mono
      track: tags
      tag-pattern: '^api/(v\\d+\\.\\d+\\.\\d+(?:-[\\w.]+)?)$'
  local:
    version: v0.1.0
    build: make
`;

async function workspace(text: string): Promise<string> {
  const dir = await tempDir('sync-cu-ws-');
  cleanups.push(dir.cleanup);
  await writeFile(join(dir.path, 'versions.yml'), text);
  return dir.path;
}

function run(ws: string, o: LaunchOptions = {}) {
  const since = gh.requests.length;
  return launch('check-upstream', {
    githubToken: token,
    workspace: ws,
    ...o,
    env: { ...gh.env(), SYNC_RETRY_BASE_MS: '10', SYNC_RATE_LIMIT_UNIT_MS: '10', ...o.env },
  }).then((r) => ({ ...r, requests: gh.requests.slice(since) }));
}

const manifestText = () => MANIFEST.replace('COMMIT_PIN', heads.commitsFirst);

test('tags with noise, releases with a draft and a prerelease, commits, a monorepo tag-pattern', async () => {
  const ws = await workspace(manifestText());
  const r = await run(ws, { inputs: { 'output-file': '.version-manifest.json' } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.outputs.manifest);
  assert.match(out.last_check, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.deepEqual(Object.keys(out.subsystems).sort(), ['commits', 'mono', 'rel', 'tags']);

  assert.deepEqual(out.subsystems.tags, {
    name: 'tags',
    upstream_repo: `${gh.url}/up/tags`,
    current_tag: 'v2.10.24',
    current_commit: heads.c2, // the commit the annotated tag points to, not the tag object
    latest_tag: 'v2.10.25',
    latest_commit: heads.c3,
    update_available: true,
    update_type: 'patch',
  });
  assert.deepEqual(out.subsystems.rel, {
    name: 'rel',
    upstream_repo: `${gh.url}/up/rel`,
    current_tag: 'v1.0.0',
    current_commit: await commitOf('up/rel', 'v1.0.0'),
    latest_tag: 'v1.1.0',
    latest_commit: await commitOf('up/rel', 'v1.1.0'),
    update_available: true,
    update_type: 'minor',
  });
  assert.deepEqual(out.subsystems.commits, {
    name: 'commits',
    upstream_repo: `${gh.url}/up/commits`,
    current_tag: null,
    current_commit: heads.commitsFirst,
    latest_tag: null,
    latest_commit: heads.dev, // the branch asked for, not the default branch
    update_available: true,
    update_type: 'commit',
  });
  assert.equal(out.subsystems.mono.latest_tag, 'api/v1.4.0');
  assert.equal(out.subsystems.mono.current_tag, 'api/v1.2.3');
  assert.equal(out.subsystems.mono.update_type, 'minor');
  for (const s of Object.values(out.subsystems) as { current_commit: string; latest_commit: string }[]) {
    assert.match(s.current_commit, SHA40);
    assert.match(s.latest_commit, SHA40);
  }

  assert.deepEqual(JSON.parse(r.outputs.updates), ['tags', 'rel', 'commits', 'mono']);
  assert.equal(r.outputs['has-updates'], 'true');
  assert.deepEqual(JSON.parse(await readFile(join(ws, '.version-manifest.json'), 'utf8')), out);
  assert.match(
    r.summary,
    /\| tags \| v2\.10\.24 \| v2\.10\.25 \| patch \| \[release\]\(.*\/up\/tags\/releases\/tag\/v2\.10\.25\) · \[compare\]\(.*\/up\/tags\/compare\/v2\.10\.24\.\.\.v2\.10\.25\)/,
  );
  assert.match(r.summary, /\| rel \| v1\.0\.0 \| v1\.1\.0 \| minor \|/);
  assert.match(r.summary, /Without an upstream \(not checked\): local/);

  // One git round trip per git-tracked upstream, one GraphQL call, no REST at all.
  const infoRefs = r.requests.filter((q) => q.path.includes('/info/refs'));
  assert.deepEqual(infoRefs.map((q) => q.path.split('/info')[0]).sort(), ['/up/commits.git', '/up/mono.git', '/up/tags.git']);
  assert.equal(r.requests.filter((q) => q.path.startsWith('/api/graphql')).length, 1);
  assert.equal(r.requests.filter((q) => q.path.startsWith('/api/v3')).length, 0);
  assert.equal(leaks(r, token), false);
  // Nothing asked to update: the manifest is untouched.
  assert.equal(await readFile(join(ws, 'versions.yml'), 'utf8'), manifestText());
});

test('include-prereleases: prereleases count, drafts still never do', async () => {
  const ws = await workspace(manifestText());
  const r = await run(ws, { inputs: { 'include-prereleases': true, names: 'tags, rel,mono' } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.outputs.manifest).subsystems;
  assert.deepEqual(Object.keys(out).sort(), ['mono', 'rel', 'tags']);
  assert.equal(out.tags.latest_tag, 'v2.11.0-rc.1');
  assert.equal(out.tags.latest_commit, heads.c4);
  assert.equal(out.tags.update_type, 'minor');
  assert.equal(out.rel.latest_tag, 'v1.3.0'); // marked prerelease on GitHub; v2.0.0 is a draft
  assert.equal(out.mono.latest_tag, 'api/v1.10.0-rc.1'); // numeric: 1.10 > 1.4
});

test('repository_dispatch with client_payload.upstream checks only the entries tracking it', async () => {
  const ws = await workspace(manifestText());
  const r = await run(ws, { eventName: 'repository_dispatch', event: { action: 'upstream-update', client_payload: { upstream: 'up/mono' } } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(Object.keys(JSON.parse(r.outputs.manifest).subsystems), ['mono']);
  assert.deepEqual(JSON.parse(r.outputs.updates), ['mono']);
  assert.deepEqual(
    r.requests.map((q) => q.path),
    ['/up/mono.git/info/refs?service=git-upload-pack'],
  );

  const none = await run(ws, { eventName: 'repository_dispatch', event: { client_payload: { upstream: 'someone/else' } } });
  assert.equal(none.code, 0, none.stdout);
  assert.deepEqual(JSON.parse(none.outputs.manifest).subsystems, {});
  assert.equal(none.outputs['has-updates'], 'false');
  assert.equal(none.outputs.updates, '[]');
  assert.equal(none.requests.length, 0);
});

test('repository_dispatch for owner/name selects entries whose upstream.repo is an https URL or scp-style address of that repository', async () => {
  await gh.createRepo('nats-io/nats-server');
  await gh.commit('nats-io/nats-server', { files: { 'n.txt': '1' } });
  await gh.tag('nats-io/nats-server', 'v2.10.24');
  await gh.commit('nats-io/nats-server', { files: { 'n.txt': '2' } });
  await gh.tag('nats-io/nats-server', 'v2.10.25');
  const host = new URL(gh.url).hostname;
  const ws = await workspace(`binaries:
  by-url:
    version: v2.10.24
    upstream: { repo: "${gh.url}/nats-io/nats-server.git", track: tags }
  by-scp:
    version: v2.10.24
    upstream: { repo: "git@${host}:nats-io/nats-server.git", track: tags }
  by-ssh:
    version: v2.10.24
    upstream: { repo: "ssh://git@${host}/Nats-IO/nats-server.git", track: tags }
  other:
    version: v2.10.24
    upstream: { repo: up/tags, track: tags }
`);
  const r = await run(ws, { eventName: 'repository_dispatch', event: { action: 'upstream-update', client_payload: { upstream: 'nats-io/nats-server' } } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const subsystems = JSON.parse(r.outputs.manifest).subsystems;
  assert.deepEqual(Object.keys(subsystems).sort(), ['by-scp', 'by-ssh', 'by-url']);
  for (const s of Object.values(subsystems) as { latest_tag: string; error?: string }[]) {
    assert.equal(s.error, undefined);
    assert.equal(s.latest_tag, 'v2.10.25');
  }
  assert.deepEqual(JSON.parse(r.outputs.updates).sort(), ['by-scp', 'by-ssh', 'by-url']);
  // One listing of the one repository, over the server's smart HTTP (the token works there).
  assert.deepEqual(
    r.requests.map((q) => q.path.toLowerCase()),
    ['/nats-io/nats-server.git/info/refs?service=git-upload-pack'],
  );
});

test('fail-on-update fails the step after setting every output', async () => {
  const ws = await workspace(manifestText());
  const r = await run(ws, { inputs: { names: 'tags', 'fail-on-update': true } });
  assert.equal(r.code, 1);
  assert.equal(r.errors.length, 1);
  assert.match(r.errors[0], /updates available \(fail-on-update\): tags v2\.10\.24 -> v2\.10\.25/);
  assert.equal(r.outputs['has-updates'], 'true');
});

test('an unreachable upstream and missing repositories are reported per entry; the others are still checked', async () => {
  const ws = await workspace(`binaries:
  tags:
    version: v2.10.25
    upstream: { repo: up/tags, track: tags }
  dead:
    version: v1.0.0
    upstream: { repo: "${deadUrl}", track: tags }
  rel:
    version: v1.1.0
    upstream: { repo: up/rel, track: releases }
  missing-git:
    version: v1.0.0
    upstream: { repo: up/does-not-exist, track: tags }
  missing-rel:
    version: v1.0.0
    upstream: { repo: up/no-releases-here, track: releases }
`);
  const r = await run(ws);
  assert.equal(r.code, 1, r.stdout);
  const out = JSON.parse(r.outputs.manifest).subsystems;
  assert.deepEqual(Object.keys(out), ['tags', 'dead', 'rel', 'missing-git', 'missing-rel']);
  assert.equal(out.tags.update_available, false);
  assert.equal(out.tags.update_type, 'none');
  assert.equal(out.tags.latest_tag, 'v2.10.25');
  assert.equal(out.tags.error, undefined);
  assert.equal(out.rel.update_type, 'none');
  assert.match(out.dead.error, /unreachable \(ECONNREFUSED\)/);
  assert.match(out['missing-git'].error, /repository not found/);
  assert.match(out['missing-rel'].error, /repository up\/no-releases-here not found/);
  for (const name of ['dead', 'missing-git', 'missing-rel']) {
    assert.equal(out[name].update_available, false);
    assert.equal(out[name].update_type, 'none');
  }
  assert.equal(r.outputs['has-updates'], 'false');
  assert.equal(r.errors.length, 1);
  assert.match(r.errors[0], /could not check dead .*; missing-git .*; missing-rel /);
  assert.match(r.summary, /\| dead \| v1\.0\.0 \| ⚠️ .*unreachable/);
  // The two missing releases repos still cost one GraphQL call together.
  assert.equal(r.requests.filter((q) => q.path.startsWith('/api/graphql')).length, 1);

  const lenient = await run(ws, { inputs: { 'fail-on-error': false } });
  assert.equal(lenient.code, 0, lenient.stdout);
  assert.equal(lenient.warnings.filter((w) => /^(dead|missing-git|missing-rel): /.test(w)).length, 3);
});

test('a rate-limited releases API is reported on the release entries; git-tracked entries are unaffected', async () => {
  const ws = await workspace(manifestText());
  gh.faults.add({ path: '/api/graphql', kind: 'rate-limit', resetIn: 100_000, times: 5 });
  try {
    const r = await run(ws, { inputs: { names: 'tags,rel', 'fail-on-error': false } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const out = JSON.parse(r.outputs.manifest).subsystems;
    assert.match(out.rel.error, /releases API failed: .*rate limit/i);
    assert.equal(out.rel.update_available, false);
    assert.equal(out.tags.latest_tag, 'v2.10.25');
    assert.deepEqual(JSON.parse(r.outputs.updates), ['tags']);
    assert.ok(
      r.warnings.some((w) => /^rel: releases API failed/.test(w)),
      r.warnings.join('\n'),
    );
  } finally {
    gh.faults.clear();
  }
});

test('update: manifest rewrites only the version values, keeping comments and quoting', async () => {
  const text = manifestText();
  const ws = await workspace(text);
  const r = await run(ws, { inputs: { update: 'manifest' } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const expected = text
    .replace('version: v2.10.24   # the pin', 'version: v2.10.25   # the pin')
    .replace('version: v1.0.0\n', 'version: v1.1.0\n')
    .replace(`version: ${heads.commitsFirst}`, `version: ${heads.dev}`)
    .replace('version: "v1.2.3"', 'version: "v1.4.0"');
  assert.equal(await readFile(join(ws, 'versions.yml'), 'utf8'), expected);
  assert.equal(r.outputs['pull-requests'], '[]');
});

test('update: pull-request opens one PR per entry, labels major, then refreshes instead of opening another', async () => {
  await gh.createRepo('up/major');
  await gh.commit('up/major', { files: { 'x.txt': '1' } });
  await gh.tag('up/major', 'v1.0.0');
  await gh.tag('up/major', 'v2.0.0', { annotated: true });

  const manifest = `# tools
binaries:
  tags:
    version: v2.10.24   # the pin
    upstream: { repo: up/tags, track: tags }
  big:
    version: v1.0.0
    upstream: { repo: up/major, track: tags }
  fresh:
    version: v2.0.0
    upstream: { repo: up/major, track: tags }
`;
  await gh.createRepo('acme/project');
  await gh.commit('acme/project', { files: { 'versions.yml': manifest, 'README.md': 'hi\n' } });
  const dir = await tempDir('sync-cu-co-');
  cleanups.push(dir.cleanup);
  const ws = join(dir.path, 'project');
  const auth = { ...gitAuthEnv(token, gh.url), GIT_TERMINAL_PROMPT: '0' };
  await exec('git', ['clone', '--quiet', '--depth=1', gh.gitUrl('acme/project'), ws], { env: { ...process.env, ...auth } });

  const opts: LaunchOptions = { repository: 'acme/project', inputs: { update: 'pull-request', labels: 'dependencies, upstream' } };
  const first = await run(ws, opts);
  assert.equal(first.code, 0, first.stdout + first.stderr);
  let pulls = await gh.pullsAsync('acme/project');
  assert.equal(pulls.length, 2);
  const byHead = Object.fromEntries(pulls.map((p) => [p.head.ref, p]));
  assert.deepEqual(Object.keys(byHead).sort(), ['sync/update-big', 'sync/update-tags']);
  const big = byHead['sync/update-big'];
  const tags = byHead['sync/update-tags'];
  assert.deepEqual(big.labels.map((l) => l.name).sort(), ['dependencies', 'major', 'upstream']);
  assert.deepEqual(tags.labels.map((l) => l.name).sort(), ['dependencies', 'upstream']);
  assert.equal(tags.base.ref, 'main');
  assert.equal(tags.title, 'Update tags to v2.10.25');
  assert.match(tags.body ?? '', /\| current \| `v2\.10\.24` \|/);
  assert.match(tags.body ?? '', /\| latest \| `v2\.10\.25` \|/);
  assert.match(tags.body ?? '', /Release notes: .*\/up\/tags\/releases\/tag\/v2\.10\.25/);
  assert.match(big.title, /Update big to v2\.0\.0 \(major\)/);
  const prs = JSON.parse(first.outputs['pull-requests']);
  assert.deepEqual(
    prs.map((p: { action: string }) => p.action),
    ['created', 'created'],
  );

  // The branch changes just that entry's version, comment included, on top of main.
  const onBranch = async (branch: string) => {
    await exec('git', ['fetch', '--quiet', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], { cwd: ws, env: { ...process.env, ...auth } });
    return (await exec('git', ['show', `origin/${branch}:versions.yml`], { cwd: ws })).stdout;
  };
  assert.equal(await onBranch('sync/update-tags'), manifest.replace('v2.10.24   # the pin', 'v2.10.25   # the pin'));
  assert.equal(await onBranch('sync/update-big'), manifest.replace('version: v1.0.0', 'version: v2.0.0'));
  // The workspace copy has every update (for later steps of the job).
  assert.equal(
    await readFile(join(ws, 'versions.yml'), 'utf8'),
    manifest.replace('v2.10.24   #', 'v2.10.25   #').replace('version: v1.0.0', 'version: v2.0.0'),
  );
  await exec('git', ['checkout', '--quiet', '--', 'versions.yml'], { cwd: ws });

  // Same upstream state: nothing pushed, nothing opened.
  const tagsHead = (await exec('git', ['ls-remote', gh.gitUrl('acme/project'), 'refs/heads/sync/update-tags'])).stdout.split('\t')[0];
  const second = await run(ws, opts);
  assert.equal(second.code, 0, second.stdout + second.stderr);
  assert.deepEqual(
    JSON.parse(second.outputs['pull-requests']).map((p: { action: string }) => p.action),
    ['unchanged', 'unchanged'],
  );
  assert.equal(second.requests.filter((q) => q.path.includes('git-receive-pack')).length, 0);
  assert.equal((await exec('git', ['ls-remote', gh.gitUrl('acme/project'), 'refs/heads/sync/update-tags'])).stdout.split('\t')[0], tagsHead);
  await exec('git', ['checkout', '--quiet', '--', 'versions.yml'], { cwd: ws });

  // Upstream moves on: the same PR is refreshed (branch and title), no second PR.
  await gh.commit('up/tags', { files: { 'a.txt': '5' } });
  await gh.tag('up/tags', 'v2.10.26', { annotated: true });
  const third = await run(ws, opts);
  assert.equal(third.code, 0, third.stdout + third.stderr);
  pulls = await gh.pullsAsync('acme/project');
  assert.equal(pulls.length, 2);
  const refreshed = pulls.find((p) => p.head.ref === 'sync/update-tags')!;
  assert.equal(refreshed.number, tags.number);
  assert.equal(refreshed.title, 'Update tags to v2.10.26');
  assert.deepEqual(
    JSON.parse(third.outputs['pull-requests']).map((p: { name: string; action: string }) => `${p.name}:${p.action}`),
    ['tags:updated', 'big:unchanged'],
  );
  assert.equal(await onBranch('sync/update-tags'), manifest.replace('v2.10.24   # the pin', 'v2.10.26   # the pin'));
  assert.match(third.summary, /\[#\d+\]\(.*\) updated/);
  assert.equal(leaks(third, token), false);
});

test("update: pull-request in a checkout with actions/checkout's extraheader sends the token once (no second Authorization)", async () => {
  const manifest = `binaries:\n  tags:\n    version: v2.10.24 # pin\n    upstream: { repo: up/tags, track: tags }\n`;
  await gh.createRepo('acme/checkedout');
  await gh.commit('acme/checkedout', { files: { 'versions.yml': manifest } });
  const dir = await tempDir('sync-cu-xh-');
  cleanups.push(dir.cleanup);
  const ws = join(dir.path, 'checkedout');
  await exec('git', ['clone', '--quiet', '--depth=1', gh.gitUrl('acme/checkedout'), ws]);
  // What actions/checkout leaves in .git/config (persist-credentials: true, the default).
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  await exec('git', ['config', '--local', `http.${gh.url}/.extraheader`, `AUTHORIZATION: basic ${basic}`], { cwd: ws });
  const r = await run(ws, { repository: 'acme/checkedout', inputs: { update: 'pull-request' } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.requests.filter((q) => q.status === 400).length, 0);
  const [pr] = await gh.pullsAsync('acme/checkedout');
  assert.equal(pr?.head.ref, 'sync/update-tags');
  assert.equal(leaks(r, token), false);
  assert.equal(leaks(r, basic), false);
});

test('update: pull-request without a git checkout fetches the base branch and still opens the PR', async () => {
  const manifest = `binaries:\n  tags:\n    version: v2.10.24 # pin\n    upstream: { repo: up/tags, track: tags }\n`;
  await gh.createRepo('acme/plain');
  const base = await gh.commit('acme/plain', { files: { 'tools/versions.yml': manifest } });
  const ws = await workspace('');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(ws, 'tools'));
  await writeFile(join(ws, 'tools/versions.yml'), manifest);
  const r = await run(ws, { repository: 'acme/plain', inputs: { manifest: 'tools/versions.yml', update: 'pull-request' } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const [pr] = await gh.pullsAsync('acme/plain');
  assert.equal(pr.head.ref, 'sync/update-tags');
  const latest = JSON.parse(r.outputs.manifest).subsystems.tags.latest_tag;
  const { stdout } = await exec('git', ['ls-remote', gh.gitUrl('acme/plain'), 'refs/heads/sync/update-tags']);
  const dir = await tempDir('sync-cu-check-');
  cleanups.push(dir.cleanup);
  await exec('git', ['clone', '--quiet', '--branch', 'sync/update-tags', gh.gitUrl('acme/plain'), dir.path]);
  assert.equal(await readFile(join(dir.path, 'tools/versions.yml'), 'utf8'), manifest.replace('v2.10.24', latest));
  assert.equal((await exec('git', ['rev-parse', 'HEAD^'], { cwd: dir.path })).stdout.trim(), base);
  assert.equal((await exec('git', ['rev-parse', 'HEAD'], { cwd: dir.path })).stdout.trim(), stdout.split('\t')[0]);
});
