// Fidelity: git smart HTTP through git http-backend with GitHub's auth rules, and pushes that the
// REST API sees at once (refs, compare, tags).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startGitHub, type LocalGitHub } from './index.js';
import { call, runGit } from './testkit.js';

describe('local GitHub: git over smart HTTP', () => {
  let gh: LocalGitHub;
  let work: string;
  let write: string;
  let read: string;
  let base = '';
  const authed = (fullName: string, token: string) => {
    const u = new URL(gh.gitUrl(fullName));
    u.username = 'x-access-token';
    u.password = token;
    return u.toString();
  };

  before(async () => {
    gh = await startGitHub();
    work = await mkdtemp(join(tmpdir(), 'lgh-git-'));
    write = gh.token();
    read = gh.token({ permission: 'read' });
    await gh.createRepo('acme/app');
    await gh.createRepo('acme/secret', { private: true });
    base = await gh.commit('acme/app', { files: { 'app.txt': 'v1\n' }, message: 'Initial' });
    await gh.commit('acme/secret', { files: { 'key.txt': 'hidden\n' } });
  });
  after(async () => {
    await gh.close();
    await rm(work, { recursive: true, force: true });
  });

  it('clones a public repo anonymously and sees plumbing commits', async () => {
    const dir = join(work, 'clone');
    const r = await runGit(['clone', '-q', gh.gitUrl('acme/app'), dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((await runGit(['rev-parse', 'HEAD'], dir)).stdout.trim(), base);
    const ls = await runGit(['ls-remote', gh.gitUrl('acme/app')]);
    assert.match(ls.stdout, new RegExp(`^${base}\\tHEAD$`, 'm'));
  });

  it('pushes with a write token; the API sees the new branch, tag and compare at once', async () => {
    const dir = join(work, 'clone');
    await writeFile(join(dir, 'app.txt'), 'v2\n');
    await writeFile(join(dir, 'extra.txt'), 'more\n');
    await runGit(['add', '-A'], dir);
    await runGit(['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'Second'], dir);
    await runGit(['tag', 'v2.0.0'], dir);
    // actions/checkout style: the token rides in http.extraheader.
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${write}`).toString('base64')}`;
    const push = await runGit(['-c', `http.extraheader=${header}`, 'push', '-q', 'origin', 'HEAD:refs/heads/feature', 'v2.0.0'], dir);
    assert.equal(push.code, 0, push.stderr);
    const head = (await runGit(['rev-parse', 'HEAD'], dir)).stdout.trim();

    const ref = await call(gh.apiUrl, 'GET', '/repos/acme/app/git/ref/heads/feature', { token: write });
    assert.equal(ref.status, 200);
    assert.equal(ref.body.object.sha, head);
    const cmp = await call(gh.apiUrl, 'GET', '/repos/acme/app/compare/main...feature', { token: write });
    assert.equal(cmp.body.status, 'ahead');
    assert.equal(cmp.body.ahead_by, 1);
    assert.deepEqual(cmp.body.files.map((f: any) => `${f.status}:${f.filename}`).sort(), ['added:extra.txt', 'modified:app.txt']);
    const tags = await call(gh.apiUrl, 'GET', '/repos/acme/app/tags', { token: write });
    assert.deepEqual(
      tags.body.map((t: any) => [t.name, t.commit.sha]),
      [['v2.0.0', head]],
    );

    // Deleting the branch by push removes it from the API too.
    const del = await runGit(['push', '-q', authed('acme/app', write), ':refs/heads/feature'], dir);
    assert.equal(del.code, 0, del.stderr);
    assert.equal((await call(gh.apiUrl, 'GET', '/repos/acme/app/git/ref/heads/feature', { token: write })).status, 404);
  });

  it('refuses pushes without credentials (401) and with a read token (403)', async () => {
    const dir = join(work, 'clone');
    const anon = await runGit(['push', '-q', gh.gitUrl('acme/app'), 'HEAD:refs/heads/nope'], dir);
    assert.notEqual(anon.code, 0);
    const ro = await runGit(['push', '-q', authed('acme/app', read), 'HEAD:refs/heads/nope'], dir);
    assert.notEqual(ro.code, 0);
    assert.match(ro.stderr, /403/);
    const info = await fetch(`${gh.gitUrl('acme/app')}/info/refs?service=git-receive-pack`);
    assert.equal(info.status, 401);
    assert.equal(info.headers.get('www-authenticate'), 'Basic realm="GitHub"');
    await info.arrayBuffer();
    const statuses = gh.requests.filter((r) => r.path.includes('git-receive-pack')).map((r) => `${r.token}:${r.status}`);
    assert.ok(statuses.includes('none:401') && statuses.includes('read:403'), statuses.join(' '));
    assert.equal((await call(gh.apiUrl, 'GET', '/repos/acme/app/git/ref/heads/nope', { token: write })).status, 404);
  });

  it('private repos: fetch needs a token that covers them', async () => {
    const anon = await runGit(['ls-remote', gh.gitUrl('acme/secret')]);
    assert.notEqual(anon.code, 0);
    const other = gh.token({ repos: ['acme/app'] });
    const wrong = await runGit(['ls-remote', authed('acme/secret', other)]);
    assert.notEqual(wrong.code, 0);
    assert.match(wrong.stderr, /not found/i);
    const ok = await runGit(['clone', '-q', authed('acme/secret', read), join(work, 'secret')]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal((await runGit(['show', 'HEAD:key.txt'], join(work, 'secret'))).stdout, 'hidden\n');
  });

  it('accepts a gzip-encoded upload-pack request (as git sends for large negotiations)', async () => {
    const pkt = (s: string) => (s.length + 4).toString(16).padStart(4, '0') + s;
    const body = gzipSync(Buffer.from(`${pkt(`want ${base}\n`)}0000${pkt('done\n')}`));
    const res = await fetch(`${gh.gitUrl('acme/app')}/git-upload-pack`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-git-upload-pack-request', 'content-encoding': 'gzip' },
      body,
    });
    const out = Buffer.from(await res.arrayBuffer());
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/x-git-upload-pack-result');
    assert.ok(out.subarray(0, 8).toString() === '0008NAK\n' && out.includes(Buffer.from('PACK')), out.subarray(0, 40).toString());
  });

  it('compare: files capped at 300, commits paginated with Link; commits list paginated; statuses', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 310; i++) files[`features/f${i}/x.txt`] = `${i}\n`;
    const root = await gh.commit('acme/app', { branch: 'big', parent: base, files, message: 'Many files' });
    let tip = root;
    for (let i = 0; i < 4; i++) tip = await gh.commit('acme/app', { branch: 'big', files: { [`n${i}.txt`]: 'n' }, message: `n${i}` });
    const cmp = await call(gh.apiUrl, 'GET', '/repos/acme/app/compare/main...big', { token: write });
    assert.equal(cmp.body.ahead_by, 5);
    assert.equal(cmp.body.total_commits, 5);
    assert.equal(cmp.body.files.length, 300);
    assert.deepEqual(
      cmp.body.commits.map((c: any) => c.commit.message),
      ['Many files', 'n0', 'n1', 'n2', 'n3'],
    );
    const p1 = await call(gh.apiUrl, 'GET', '/repos/acme/app/compare/main...big?per_page=2&page=1', { token: write });
    assert.equal(p1.body.commits.length, 2);
    assert.match(p1.headers.get('link')!, /page=2[^>]*>; rel="next".*page=3[^>]*>; rel="last"/);
    const p3 = await call(gh.apiUrl, 'GET', '/repos/acme/app/compare/main...big?per_page=2&page=3', { token: write });
    assert.deepEqual(
      p3.body.commits.map((c: any) => c.sha),
      [tip],
    );
    const behind = await call(gh.apiUrl, 'GET', '/repos/acme/app/compare/big...main', { token: write });
    assert.equal(behind.body.status, 'behind');
    assert.equal(behind.body.behind_by, 5);
    assert.equal((await call(gh.apiUrl, 'GET', '/repos/acme/app/compare/main...main', { token: write })).body.status, 'identical');
    const diverged = await gh.commit('acme/app', { branch: 'side', parent: base, files: { 'side.txt': 's' } });
    const dv = await call(gh.apiUrl, 'GET', `/repos/acme/app/compare/big...${diverged}`, { token: write });
    assert.equal(dv.body.status, 'diverged');
    assert.equal(dv.body.merge_base_commit.sha, base);
    const unknown = await call(gh.apiUrl, 'GET', '/repos/acme/app/compare/nope...big', { token: write });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.message, 'Not Found');
    const log = await call(gh.apiUrl, 'GET', '/repos/acme/app/commits?sha=big&per_page=2', { token: write });
    assert.deepEqual(log.body.map((c: any) => c.sha)[0], tip);
    assert.match(log.headers.get('link')!, /rel="next"/);
    const byPath = await call(gh.apiUrl, 'GET', '/repos/acme/app/commits?sha=big&path=features/f7/x.txt', { token: write });
    assert.deepEqual(
      byPath.body.map((c: any) => c.sha),
      [root],
    );
  });
  it('refuses two Authorization headers with 400, on git smart HTTP and on the REST API, as GitHub does', async () => {
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${write}`).toString('base64')}`;
    const one = await runGit(['-c', `http.extraheader=${header}`, 'ls-remote', gh.gitUrl('acme/secret')]);
    assert.equal(one.code, 0, one.stderr);
    const two = await runGit(['-c', `http.extraheader=${header}`, '-c', `http.extraheader=${header}`, 'ls-remote', gh.gitUrl('acme/secret')]);
    assert.notEqual(two.code, 0);
    assert.match(two.stderr, /400/);
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(`${gh.apiUrl}/repos/acme/secret`);
      const req = request(u, { headers: ['authorization', `token ${write}`, 'authorization', `token ${write}`, 'user-agent', 't'] }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 400);
  });
});
