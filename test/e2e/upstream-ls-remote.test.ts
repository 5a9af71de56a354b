// The TypeScript ls-remote against real git http-backend (the local GitHub), compared with git's own.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { startGitHub } from '../github/index.js';
import { commitOf, lsRemote, parseLsRemoteOutput } from '../../src/upstream/ls-remote.js';
import { gitAuthEnv } from '../../src/git/git.js';

const exec = promisify(execFile);
let gh: Awaited<ReturnType<typeof startGitHub>>;
let token: string;

before(async () => {
  process.env.SYNC_RETRY_BASE_MS = '10';
  gh = await startGitHub();
  token = gh.token({ permission: 'read' });
  for (const [repo, priv] of [
    ['o/pub', false],
    ['o/priv', true],
  ] as const) {
    await gh.createRepo(repo, { private: priv });
    const a = await gh.commit(repo, { files: { f: '1' } });
    await gh.tag(repo, 'v1.0.0', { sha: a, annotated: true });
    await gh.tag(repo, 'light', { sha: a });
    await gh.commit(repo, { branch: 'dev', files: { f: '2' } });
  }
});
after(() => gh?.close());

test('protocol v0 and v2 give what git ls-remote gives, in 1 and 2 round trips', async () => {
  const url = gh.gitUrl('o/pub');
  const want = parseLsRemoteOutput((await exec('git', ['ls-remote', url])).stdout);
  const v0 = await lsRemote(url);
  assert.equal(v0.roundTrips, 1);
  assert.deepEqual(v0.refs, want.refs);
  assert.deepEqual(v0.peeled, want.peeled);
  assert.equal(v0.symrefs.get('HEAD'), 'refs/heads/main');
  const v2 = await lsRemote(url, { protocol: 2, refPrefixes: ['HEAD', 'refs/heads/', 'refs/tags/'] });
  assert.equal(v2.roundTrips, 2);
  assert.deepEqual(v2.refs, want.refs);
  assert.equal(commitOf(v2, 'refs/tags/v1.0.0'), commitOf(want, 'refs/tags/v1.0.0'));
  assert.equal(v2.symrefs.get('HEAD'), 'refs/heads/main');
});

test('a private upstream needs the token; the token goes only to the server it belongs to', async () => {
  const url = gh.gitUrl('o/priv');
  await assert.rejects(lsRemote(url), /repository not found or not readable .*HTTP 401/);
  const refs = await lsRemote(url, { token, authOrigin: gh.url });
  assert.ok(refs.refs.has('refs/heads/dev'));
  // Same token, but it belongs to another host: not sent.
  await assert.rejects(lsRemote(url, { token, authOrigin: 'https://github.com' }), /HTTP 401/);

  const seen: IncomingHttpHeaders[] = [];
  const other = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
  const port = (other.address() as { port: number }).port;
  await assert.rejects(lsRemote(`http://127.0.0.1:${port}/x/y.git`, { token, authOrigin: gh.url }), /HTTP 404/);
  other.close();
  assert.equal(seen.length, 1);
  assert.equal(seen[0].authorization, undefined);
});

test('5xx is retried, a dumb HTTP server is refused, non-HTTP URLs go through git', async () => {
  gh.faults.add({ path: /^\/o\/pub\.git\/info\/refs/, kind: 'status', status: 502, times: 1 });
  const refs = await lsRemote(gh.gitUrl('o/pub'));
  assert.equal(refs.roundTrips, 2);

  const dumb = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('abc\trefs/heads/main\n'));
  await new Promise<void>((r) => dumb.listen(0, '127.0.0.1', () => r()));
  await assert.rejects(lsRemote(`http://127.0.0.1:${(dumb.address() as { port: number }).port}/r.git`), /not a smart HTTP git server/);
  dumb.close();

  // file:// (any non-HTTP URL) falls back to `git ls-remote`.
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), 'sync-lsr-'));
  await exec('git', ['clone', '--quiet', '--bare', gh.gitUrl('o/priv'), join(dir, 'r.git')], { env: { ...process.env, ...gitAuthEnv(token, gh.url) } });
  const local = await lsRemote(`file://${join(dir, 'r.git')}`);
  assert.ok(local.refs.has('refs/tags/v1.0.0'));
  assert.ok(local.peeled.has('refs/tags/v1.0.0'));
  await assert.rejects(lsRemote(`file://${join(dir, 'nope.git')}`), /git ls-remote failed/);
  await rm(dir, { recursive: true, force: true });
});
