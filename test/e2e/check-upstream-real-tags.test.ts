// check-upstream on real tag names (test/fixtures/tags/*.txt, listed from snapshots of the real
// repositories), recreated as tags and releases in the local GitHub and checked by the bundle:
// curl's several-group pattern, liftbridge's pin that upstream never tagged, electron's three
// stable releases behind 120 nightlies, and a monorepo's full tag (`pdata/v1.30.0`) as the version.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { REPO_ROOT, launch, leaks, tempDir, type LaunchOptions } from '../support/launcher.js';
import { gitAuthEnv } from '../../src/git/git.js';

type GH = Awaited<ReturnType<typeof startGitHub>>;
let gh: GH;
let token: string;
const cleanups: (() => Promise<void>)[] = [];
/** repo -> tag -> the commit it points to. */
const commits: Record<string, Map<string, string>> = {};

/** The tag names of a fixture, in its (version) order. */
async function fixture(name: string): Promise<string[]> {
  const text = await readFile(join(REPO_ROOT, 'test', 'fixtures', 'tags', `${name}.txt`), 'utf8');
  return text.split('\n').filter((l) => l && !l.startsWith('#'));
}

/**
 * Every tag on its own commit (in the fixture's order), half of them annotated, made by one
 * `git fast-import` and pushed over smart HTTP: 600 tags cost two git processes, not 600.
 */
async function recreateTags(repo: string, tags: string[]): Promise<Map<string, string>> {
  await gh.createRepo(repo);
  const dir = await tempDir('sync-cu-tags-');
  cleanups.push(dir.cleanup);
  const git = (args: string[], input?: string) =>
    new Promise<string>((resolve, reject) => {
      const child = execFile('git', args, { cwd: dir.path, env: { ...process.env, ...gitAuthEnv(token, gh.url) }, maxBuffer: 64 << 20 }, (err, out) =>
        err ? reject(err) : resolve(out),
      );
      child.stdin!.end(input ?? '');
    });
  await git(['init', '-q', '--initial-branch=main']);
  const when = 1_700_000_000;
  let stream = '';
  tags.forEach((tag, i) => {
    const msg = `release ${tag}\n`;
    const file = `${tag}\n`;
    stream += `commit refs/heads/main\nmark :${i + 1}\ncommitter T <t@example.com> ${when + i * 60} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}`;
    stream += `M 100644 inline VERSION\ndata ${Buffer.byteLength(file)}\n${file}\n`;
    if (i % 2 === 0) stream += `tag ${tag}\nfrom :${i + 1}\ntagger T <t@example.com> ${when + i * 60} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`;
    else stream += `reset refs/tags/${tag}\nfrom :${i + 1}\n\n`;
  });
  await git(['fast-import', '--quiet', `--export-marks=${join(dir.path, 'marks')}`], stream);
  const marks = new Map(
    (await readFile(join(dir.path, 'marks'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => l.split(' ') as [string, string]),
  );
  await git(['push', '-q', gh.gitUrl(repo), 'refs/heads/main:refs/heads/main', 'refs/tags/*:refs/tags/*']);
  return new Map(tags.map((t, i) => [t, marks.get(`:${i + 1}`)!]));
}

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

before(async () => {
  gh = await startGitHub();
  token = gh.token({ permission: 'write' });
  commits.curl = await recreateTags('real/curl', await fixture('curl'));
  commits.liftbridge = await recreateTags('real/liftbridge', await fixture('liftbridge'));
  commits.otel = await recreateTags('real/opentelemetry-collector', await fixture('opentelemetry-collector'));
  // electron: the 3 stable releases first, then 120 nightlies (prereleases), each a release.
  const electron = await fixture('electron');
  commits.electron = await recreateTags('real/electron', electron);
  for (const tag of electron) {
    await api('POST', '/repos/real/electron/releases', { tag_name: tag, name: tag, prerelease: tag.includes('nightly'), make_latest: 'false' });
  }
  // liftbridge: two releases, read in the same GraphQL calls as electron's.
  for (const tag of ['v1.8.0', 'v1.9.0']) await api('POST', '/repos/real/liftbridge/releases', { tag_name: tag, name: tag });
});

after(async () => {
  for (const c of cleanups) await c();
  await gh?.close();
});

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
    env: { ...gh.env(), SYNC_RETRY_BASE_MS: '10', ...o.env },
  }).then((r) => ({ ...r, requests: gh.requests.slice(since) }));
}

test('fixtures hold the real tag sets they say', async () => {
  assert.equal((await fixture('curl')).length, 225);
  assert.equal((await fixture('liftbridge')).length, 17);
  assert.equal((await fixture('opentelemetry-collector')).length, 613);
  assert.equal((await fixture('electron')).length, 123);
  assert.equal(commits.curl.size, 225);
});

test("curl: '^curl-(\\d+)_(\\d+)_(\\d+)$' joins its groups, so curl-8_21_0 is newer than curl-8_5_0; a pattern reading only the major warns", async () => {
  const ws = await workspace(`binaries:
  curl:
    version: curl-8_5_0
    upstream:
      repo: real/curl
      track: tags
      tag-pattern: '^curl-(\\d+)_(\\d+)_(\\d+)$'
  curl-major:
    version: curl-8_5_0
    upstream: { repo: real/curl, track: tags, tag-pattern: '^curl-(\\d+)_\\d+_\\d+$' }
`);
  const r = await run(ws, { inputs: { update: 'manifest' } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.outputs.manifest).subsystems;
  assert.deepEqual(out.curl, {
    name: 'curl',
    upstream_repo: `${gh.url}/real/curl`,
    current_tag: 'curl-8_5_0',
    current_commit: commits.curl.get('curl-8_5_0'),
    latest_tag: 'curl-8_21_0',
    latest_commit: commits.curl.get('curl-8_21_0'),
    update_available: true,
    update_type: 'minor',
  });
  // Only the major read: every curl-8_* tag is 8.0.0. Said, not "up to date" in silence.
  assert.equal(out['curl-major'].update_available, false);
  assert.match(out['curl-major'].warning, /^tag-pattern .* maps several tags to one version: .*curl-8_\d+_\d+.* are all 8\.0\.0/);
  assert.doesNotMatch(out['curl-major'].warning, /\n/);
  assert.deepEqual(
    r.warnings.filter((w) => w.startsWith('curl')),
    [`curl-major: ${out['curl-major'].warning}`],
  );
  assert.match(r.summary, /⚠️ \*\*curl-major\*\*: tag-pattern/);
  assert.deepEqual(JSON.parse(r.outputs.updates), ['curl']);
  assert.match(await readFile(join(ws, 'versions.yml'), 'utf8'), /^ {4}version: curl-8_21_0\n/m);
  assert.equal(leaks(r, token), false);
});

test('liftbridge: a pin upstream never tagged (v1.10.0) is a warning and an annotation, not "up to date"', async () => {
  const ws = await workspace(`binaries:
  liftbridge:
    version: v1.10.0
    upstream: { repo: real/liftbridge, track: tags }
  liftbridge-ok:
    version: v1.8.0
    upstream: { repo: real/liftbridge, track: tags }
`);
  const r = await run(ws, { inputs: { 'output-file': 'out.json' } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.outputs.manifest).subsystems;
  assert.equal(out.liftbridge.update_available, false);
  assert.equal(out.liftbridge.current_commit, null);
  assert.equal(out.liftbridge.latest_tag, 'v1.9.0');
  assert.equal(out.liftbridge.warning, `pinned version "v1.10.0" is not a tag of real/liftbridge (its newest is v1.9.0)`);
  assert.deepEqual(r.warnings, [`liftbridge: ${out.liftbridge.warning}`]);
  // The sound entry next to it: no warning, an update.
  assert.equal(out['liftbridge-ok'].warning, undefined);
  assert.equal(out['liftbridge-ok'].latest_tag, 'v1.9.0');
  assert.equal(out['liftbridge-ok'].current_commit, commits.liftbridge.get('v1.8.0'));
  assert.match(r.summary, /\| liftbridge \| v1\.10\.0 \| v1\.9\.0 ⚠️ \| none \|/);
  assert.match(r.summary, /⚠️ \*\*liftbridge\*\*: pinned version "v1\.10\.0" is not a tag of real\/liftbridge/);
  assert.equal(JSON.parse(await readFile(join(ws, 'out.json'), 'utf8')).subsystems.liftbridge.warning, out.liftbridge.warning);
});

test('electron: 3 stable releases behind 120 nightlies: every release is read, the newest stable wins and the oldest pin has its commit', async () => {
  const ws = await workspace(`binaries:
  electron:
    version: v43.3.0
    upstream: { repo: real/electron, track: releases }
  liftbridge:
    version: v1.8.0
    upstream: { repo: real/liftbridge, track: releases }
  liftbridge-tag-only:
    version: v1.7.1
    upstream: { repo: real/liftbridge, track: releases }
`);
  // The stand-in resolves each release's tagCommit with two git processes: slow on a busy machine.
  const r = await run(ws, { timeoutMs: 240_000 });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const subsystems = JSON.parse(r.outputs.manifest).subsystems;
  assert.equal(subsystems.liftbridge.latest_tag, 'v1.9.0');
  // A tag that exists but has no release is not a release.
  const tagOnly = subsystems['liftbridge-tag-only'];
  assert.equal(tagOnly.warning, 'pinned version "v1.7.1" is not a release of real/liftbridge (its newest is v1.9.0)');
  assert.equal(tagOnly.current_commit, null);
  assert.equal(tagOnly.update_type, 'minor');
  const out = subsystems.electron;
  assert.deepEqual(out, {
    name: 'electron',
    upstream_repo: `${gh.url}/real/electron`,
    current_tag: 'v43.3.0',
    current_commit: commits.electron.get('v43.3.0'),
    latest_tag: 'v43.4.1',
    latest_commit: commits.electron.get('v43.4.1'),
    update_available: true,
    update_type: 'minor',
  });
  // 123 releases are two pages of 100, liftbridge's 2 ride along on the first: two GraphQL calls, no REST.
  assert.equal(r.requests.filter((q) => q.path.startsWith('/api/graphql')).length, 2);
  assert.equal(r.requests.filter((q) => q.path.startsWith('/api/v3')).length, 0);
  assert.deepEqual(r.warnings, [`liftbridge-tag-only: ${tagOnly.warning}`]);

  const pre = await run(ws, { inputs: { 'include-prereleases': true }, timeoutMs: 240_000 });
  assert.equal(pre.code, 0, pre.stdout + pre.stderr);
  const p = JSON.parse(pre.outputs.manifest).subsystems.electron;
  assert.equal(p.latest_tag, 'v45.0.0-nightly.20260821');
  assert.equal(p.update_type, 'major');
  assert.equal(p.current_commit, commits.electron.get('v43.3.0'));
});

test('monorepo: the full tag as the version (pdata/v1.30.0), with or without a tag-pattern, compared within its component', async () => {
  const ws = await workspace(`binaries:
  pdata:
    version: pdata/v1.30.0
    upstream: { repo: real/opentelemetry-collector, track: tags }
  builder:
    version: cmd/builder/v0.100.0
    download: "https://example.com/{version}/builder-{os}-{arch}"
    upstream:
      repo: real/opentelemetry-collector
      track: tags
      tag-pattern: '^cmd/builder/(v\\d+\\.\\d+\\.\\d+)$'
  collector:
    version: v0.100.0
    upstream: { repo: real/opentelemetry-collector, track: tags }
`);
  const r = await run(ws, { inputs: { update: 'manifest' } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.outputs.manifest).subsystems;
  assert.deepEqual(out.pdata, {
    name: 'pdata',
    upstream_repo: `${gh.url}/real/opentelemetry-collector`,
    current_tag: 'pdata/v1.30.0',
    current_commit: commits.otel.get('pdata/v1.30.0'),
    latest_tag: 'pdata/v1.65.0', // not pdata/xpdata/v0.159.0, not v0.159.0
    latest_commit: commits.otel.get('pdata/v1.65.0'),
    update_available: true,
    update_type: 'minor',
  });
  assert.equal(out.builder.current_tag, 'cmd/builder/v0.100.0');
  assert.equal(out.builder.latest_tag, 'cmd/builder/v0.159.0');
  assert.equal(out.collector.latest_tag, 'v0.159.0');
  assert.deepEqual(r.warnings, []);
  const text = await readFile(join(ws, 'versions.yml'), 'utf8');
  assert.match(text, /version: pdata\/v1\.65\.0\n/);
  assert.match(text, /version: cmd\/builder\/v0\.159\.0\n/);
  assert.match(text, /version: v0\.159\.0\n/);
});

test('a monorepo version must still be a valid tag name: one line naming the entry and key', async () => {
  const ws = await workspace(`binaries:
  pdata:
    version: pdata/../v1.30.0
    upstream: { repo: real/opentelemetry-collector, track: tags }
`);
  const r = await run(ws);
  assert.equal(r.code, 1);
  assert.equal(r.errors.length, 1, r.stdout);
  assert.match(r.errors[0], /versions\.yml.*pdata.*version.*"pdata\/\.\.\/v1\.30\.0".*"\.\."/);
});
