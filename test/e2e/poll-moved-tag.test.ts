// `ghsync poll --once` sees a tag force-moved under the same name (`git tag -f` + force push to the
// local GitHub's real repository): one dispatch naming the tag and its new commit, for the `tags`
// entry and for the `releases` entry whose latest release sits on that tag (its JSON, and so its
// ETag, does not change: the 304 alone would say nothing). Then idle: no dispatch, no quota.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gitAuthEnv } from '../../src/git/git.js';
import { startGitHub } from '../github/index.js';
import { runCli } from '../support/cli.js';

const UPSTREAM = 'upstream-org/retagged';
const TARGET = 'acme/poll-moved';
let gh: Awaited<ReturnType<typeof startGitHub>>;
let token: string;
let work: string;
let first: string;
let second: string;

before(async () => {
  gh = await startGitHub();
  await gh.createRepo(UPSTREAM);
  await gh.createRepo(TARGET);
  token = gh.token({ permission: 'write' });
  first = await gh.commit(UPSTREAM, { files: { 'README.md': 'one\n' } });
  second = await gh.commit(UPSTREAM, { files: { 'README.md': 'two\n' } });
  // An annotated tag on the first commit, and the latest release on it.
  await gh.tag(UPSTREAM, 'v1.0.0', { sha: first, annotated: true, message: 'v1.0.0' });
  const res = await fetch(`${gh.apiUrl}/repos/${UPSTREAM}/releases`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tag_name: 'v1.0.0' }),
  });
  assert.equal(res.status, 201);
  work = await mkdtemp(join(tmpdir(), 'poll-moved-'));
  await writeFile(
    join(work, 'versions.yml'),
    `binaries:\n  tool:\n    version: v1.0.0\n    upstream: { repo: ${UPSTREAM}, track: releases }\n  tool-tags:\n    version: v1.0.0\n    upstream: { repo: ${UPSTREAM}, track: tags }\n`,
  );
});
after(async () => {
  await gh.close();
  await rm(work, { recursive: true, force: true });
});

const git = (args: string[], cwd: string) =>
  new Promise<string>((resolve, reject) =>
    execFile(
      'git',
      ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args],
      { cwd, env: { ...process.env, ...gitAuthEnv(token, gh.url) } },
      (err, out, stderr) => (err ? reject(new Error(`git ${args.join(' ')}: ${stderr}`)) : resolve(out)),
    ),
  );

const poll = () => runCli(['poll', '--once', '--state', 'poll.json', '--dispatch', TARGET, '--json'], { cwd: work, env: { ...gh.env(token) } });
const used = async () =>
  ((await (await fetch(`${gh.apiUrl}/rate_limit`, { headers: { authorization: `token ${token}` } })).json()) as any).resources.core.used as number;
const outcomes = (r: { stdout: string }) => JSON.parse(r.stdout).map((x: any) => [x.track, x.outcome]);

test('poll --once: a tag moved under the same name is one dispatch naming it and its new commit; then idle, no quota', async () => {
  const baseline = await poll();
  assert.equal(baseline.code, 0, baseline.stderr);
  assert.deepEqual(outcomes(baseline), [
    ['releases', 'baseline'],
    ['tags', 'baseline'],
  ]);

  // Force-move the annotated tag to the second commit, as a maintainer would.
  const clone = await mkdtemp(join(tmpdir(), 'poll-moved-clone-'));
  try {
    await git(['clone', '-q', gh.gitUrl(UPSTREAM), '.'], clone);
    await git(['tag', '-f', '-a', '-m', 'v1.0.0 again', 'v1.0.0', second], clone);
    await git(['push', '-q', '--force', 'origin', 'refs/tags/v1.0.0'], clone);
  } finally {
    await rm(clone, { recursive: true, force: true });
  }
  const listed = await git(['ls-remote', gh.gitUrl(UPSTREAM), 'refs/tags/v1.0.0^{}'], work);
  assert.equal(listed.split('\t')[0], second, 'the stand-in holds the moved tag');

  const seen = gh.requests.length;
  const moved = await poll();
  assert.equal(moved.code, 0, moved.stderr);
  assert.deepEqual(outcomes(moved), [
    ['releases', 'moved'],
    ['tags', 'moved'],
  ]);
  // The release's JSON did not change (304): the move was seen in the refs.
  const api = gh.requests.slice(seen).filter((r) => r.path.startsWith('/api/v3/repos/'));
  assert.ok(
    api.some((r) => r.path.endsWith('/releases/latest') && r.status === 304),
    JSON.stringify(api),
  );
  const list = gh.state.dispatches(TARGET);
  assert.equal(list.length, 1, 'one dispatch per upstream that moved');
  assert.equal(list[0].event_type, 'upstream-update');
  assert.equal(list[0].client_payload.tag, 'v1.0.0');
  assert.equal(list[0].client_payload.ref, 'refs/tags/v1.0.0');
  assert.equal(list[0].client_payload.sha, second, 'the peeled commit, not the tag object');
  assert.deepEqual(list[0].client_payload.entries.sort(), ['tool', 'tool-tags']);

  const before = await used();
  const idle = await poll();
  assert.equal(idle.code, 0, idle.stderr);
  assert.deepEqual(outcomes(idle), [
    ['releases', 'unchanged'],
    ['tags', 'unchanged'],
  ]);
  assert.equal(gh.state.dispatches(TARGET).length, 1);
  // The stand-in counts /rate_limit itself once: nothing else was spent.
  assert.equal((await used()) - before, 1);
});
