// Behaviour: every fault kind, permissions, GitHub's 422s (incl. 8 concurrent creates of one tag),
// signed storage, starter assets left by cut uploads, immutable releases, latest, pagination.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request, type IncomingMessage } from 'node:http';
import { createHash } from 'node:crypto';
import { startGitHub, type LocalGitHub } from './index.js';
import { call, runGit } from './testkit.js';

/** Raw GET that reports headers, bytes received and how the response ended. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ res?: IncomingMessage; body: Buffer; chunks: number; error?: Error }>((resolve) => {
    const chunks: Buffer[] = [];
    const req = request(url, { headers, agent: false }, (res) => {
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks), chunks: chunks.length }));
      res.on('error', (error) => resolve({ res, body: Buffer.concat(chunks), chunks: chunks.length, error }));
      res.on('aborted', () => resolve({ res, body: Buffer.concat(chunks), chunks: chunks.length, error: new Error('aborted') }));
    });
    req.on('error', (error) => resolve({ body: Buffer.concat(chunks), chunks: chunks.length, error }));
    req.end();
  });
}

describe('local GitHub: faults, permissions, validation', () => {
  let gh: LocalGitHub;
  let token: string;
  let read: string;
  const R = '/repos/acme/cache';
  const api = (method: string, path: string, o: Parameters<typeof call>[3] = {}) => call(gh.apiUrl, method, path, { token, ...o });
  const upload = (releaseId: number, name: string, data: string | Buffer, t = token) =>
    call(gh.url, 'POST', `/api/uploads${R}/releases/${releaseId}/assets?name=${encodeURIComponent(name)}`, {
      token: t,
      raw: new Uint8Array(typeof data === 'string' ? Buffer.from(data) : data),
      headers: { 'content-type': 'application/octet-stream' },
    });
  let rel = 0;

  before(async () => {
    gh = await startGitHub();
    token = gh.token();
    read = gh.token({ permission: 'read' });
    await gh.createRepo('acme/cache');
    await gh.createRepo('acme/private', { private: true });
    await gh.createRepo('acme/locked', { immutableReleases: true });
    await gh.commit('acme/cache', { files: { 'x.txt': '1' } });
    await gh.commit('acme/private', { files: { 'x.txt': '1' } });
    await gh.commit('acme/locked', { files: { 'x.txt': '1' } });
    const r = await api('POST', `${R}/releases`, { body: { tag_name: 'nats-v1', make_latest: 'false' } });
    rel = r.body.id;
  });
  after(() => gh.close());

  it('status fault: answers the status once (times), then the real thing', async () => {
    gh.faults.add({ path: `${R}/releases/${rel}`, kind: 'status', status: 502, times: 2 });
    assert.equal((await api('GET', `${R}/releases/${rel}`)).status, 502);
    const second = await api('GET', `${R}/releases/${rel}`);
    assert.equal(second.status, 502);
    assert.equal(typeof second.body.message, 'string');
    assert.equal((await api('GET', `${R}/releases/${rel}`)).status, 200);
  });

  it('rate-limit fault: 403 with remaining 0 and a reset time', async () => {
    gh.faults.add({ path: /\/releases$/, method: 'GET', kind: 'rate-limit', resetIn: 5 });
    const r = await api('GET', `${R}/releases`);
    assert.equal(r.status, 403);
    assert.equal(r.headers.get('x-ratelimit-remaining'), '0');
    const reset = Number(r.headers.get('x-ratelimit-reset'));
    assert.ok(reset >= Math.floor(Date.now() / 1000) + 3 && reset <= Math.floor(Date.now() / 1000) + 6, String(reset));
    assert.match(r.body.message, /^API rate limit exceeded for /);
    const ok = await api('GET', `${R}/releases`);
    assert.equal(ok.status, 200);
    for (const h of [
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'x-ratelimit-used',
      'x-ratelimit-resource',
      'x-github-request-id',
      'x-github-api-version-selected',
    ]) {
      assert.ok(ok.headers.get(h), `missing ${h}`);
    }
  });

  it('secondary-rate-limit fault and the sliding-window limiter', async () => {
    gh.faults.add({ path: `${R}/dispatches`, kind: 'secondary-rate-limit', retryAfter: 0 });
    const r = await api('POST', `${R}/dispatches`, { body: { event_type: 'x' } });
    assert.equal(r.status, 403);
    assert.equal(r.headers.get('retry-after'), '0');
    assert.match(r.body.message, /secondary rate limit/);
    gh.faults.secondaryLimit({ path: /\/dispatches$/, max: 3, windowMs: 60_000, retryAfter: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await api('POST', `${R}/dispatches`, { body: { event_type: `e${i}` } })).status);
    assert.deepEqual(statuses, [204, 204, 204, 403, 403]);
    assert.deepEqual(
      gh.state.dispatches('acme/cache').map((d) => d.event_type),
      ['e0', 'e1', 'e2'],
    );
    gh.faults.clear();
    assert.equal((await api('POST', `${R}/dispatches`, { body: { event_type: 'after-clear' } })).status, 204);
  });

  it('truncate fault: full content-length, part of the body, then the socket dies', async () => {
    gh.faults.add({ path: `${R}/releases/${rel}`, kind: 'truncate', fraction: 0.3 });
    const r = await rawGet(`${gh.apiUrl}${R}/releases/${rel}`, { authorization: `token ${token}` });
    const full = Number(r.res?.headers['content-length']);
    assert.ok(full > 100);
    assert.ok(r.body.length < full, `${r.body.length} < ${full}`);
    assert.ok(r.error, 'the response must end in an error');
  });

  it('slow fault: the whole body arrives, in pieces', async () => {
    gh.faults.add({ path: `${R}/releases/${rel}`, kind: 'slow', bytesPerSecond: 20_000 });
    const r = await rawGet(`${gh.apiUrl}${R}/releases/${rel}`, { authorization: `token ${token}` });
    assert.equal(r.error, undefined);
    assert.ok(r.chunks >= 2, `chunks: ${r.chunks}`);
    assert.equal(JSON.parse(r.body.toString()).id, rel);
  });

  it('drop-response performs the request; reset does not', async () => {
    gh.faults.add({ path: `${R}/dispatches`, kind: 'drop-response' });
    await assert.rejects(api('POST', `${R}/dispatches`, { body: { event_type: 'dropped' } }));
    assert.ok(gh.state.dispatches('acme/cache').some((d) => d.event_type === 'dropped'));
    gh.faults.add({ path: `${R}/dispatches`, kind: 'reset' });
    await assert.rejects(api('POST', `${R}/dispatches`, { body: { event_type: 'reset' } }));
    assert.ok(!gh.state.dispatches('acme/cache').some((d) => d.event_type === 'reset'));
    // drop-response on an upload: the asset lands though the client never hears of it.
    gh.faults.add({ path: /\/assets$/, kind: 'drop-response' });
    await assert.rejects(upload(rel, 'landed.bin', 'data'));
    assert.equal(gh.state.assets('acme/cache').find((a) => a.name === 'landed.bin')?.state, 'uploaded');
  });

  it('faults apply to storage downloads and git too', async () => {
    const up = await upload(rel, 'tool.tgz', 'x'.repeat(1000));
    assert.equal(up.status, 201);
    gh.faults.add({ path: /^\/storage\//, kind: 'status', status: 503 });
    const first = await api('GET', `${R}/releases/assets/${up.body.id}`, { headers: { accept: 'application/octet-stream' } });
    const loc = first.headers.get('location')!;
    assert.equal((await call(gh.url, 'GET', loc)).status, 503);
    assert.equal((await call(gh.url, 'GET', loc)).text, 'x'.repeat(1000));
    gh.faults.add({ path: /\/info\/refs$/, kind: 'status', status: 500 });
    assert.notEqual((await runGit(['ls-remote', gh.gitUrl('acme/cache')])).code, 0);
    assert.equal((await runGit(['ls-remote', gh.gitUrl('acme/cache')])).code, 0);
  });

  it('permissions: read tokens get 403 on every write, private repos are 404 without access', async () => {
    const expect403 = async (r: Promise<{ status: number; body: any }>) => {
      const x = await r;
      assert.equal(x.status, 403);
      assert.equal(x.body.message, 'Resource not accessible by integration');
    };
    await expect403(call(gh.apiUrl, 'POST', `${R}/releases`, { token: read, body: { tag_name: 'ro' } }));
    await expect403(call(gh.apiUrl, 'PATCH', `${R}/releases/${rel}`, { token: read, body: { name: 'x' } }));
    await expect403(call(gh.apiUrl, 'DELETE', `${R}/releases/${rel}`, { token: read }));
    await expect403(upload(rel, 'ro.bin', 'x', read));
    await expect403(call(gh.apiUrl, 'POST', `${R}/dispatches`, { token: read, body: { event_type: 'x' } }));
    await expect403(call(gh.apiUrl, 'POST', `${R}/git/refs`, { token: read, body: { ref: 'refs/heads/x', sha: 'a'.repeat(40) } }));
    await expect403(call(gh.apiUrl, 'POST', `${R}/pulls`, { token: read, body: { title: 't', head: 'x', base: 'main' } }));
    await expect403(call(gh.apiUrl, 'POST', `${R}/issues`, { token: read, body: { title: 't' } }));
    // A write token scoped to other repositories may read this public one, not write it.
    const scoped = gh.token({ repos: ['acme/private'] });
    assert.equal((await call(gh.apiUrl, 'GET', `${R}/releases`, { token: scoped })).status, 200);
    await expect403(call(gh.apiUrl, 'POST', `${R}/dispatches`, { token: scoped, body: { event_type: 'x' } }));
    assert.equal((await call(gh.apiUrl, 'POST', `${R}/dispatches`, { body: { event_type: 'x' } })).status, 401);
    assert.equal((await call(gh.apiUrl, 'GET', '/repos/acme/private')).status, 404);
    assert.equal((await call(gh.apiUrl, 'GET', '/repos/acme/private', { token: gh.token({ repos: ['acme/cache'] }) })).status, 404);
    assert.equal((await call(gh.apiUrl, 'GET', '/repos/acme/private', { token: read })).status, 200);
    assert.equal((await call(gh.apiUrl, 'GET', `${R}`)).headers.get('x-ratelimit-limit'), '60');
    assert.ok(
      gh.requests.every((r) => !JSON.stringify(r).includes(token)),
      'tokens never logged',
    );
  });

  it('8 concurrent creates of one tag: exactly one 201, seven 422 already_exists', async () => {
    const all = await Promise.all(Array.from({ length: 8 }, () => api('POST', `${R}/releases`, { body: { tag_name: 'race-v1', make_latest: 'false' } })));
    const statuses = all.map((r) => r.status).sort();
    assert.deepEqual(statuses, [201, 422, 422, 422, 422, 422, 422, 422]);
    for (const r of all.filter((x) => x.status === 422)) {
      assert.equal(r.body.message, 'Validation Failed');
      assert.deepEqual(r.body.errors, [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    }
    assert.equal(gh.state.releases('acme/cache').filter((r) => r.tag_name === 'race-v1').length, 1);
    assert.equal((await api('GET', `${R}/git/ref/tags/race-v1`)).status, 200);
  });

  it('duplicate asset 422, dispatch with 11 keys 422, event_type length', async () => {
    assert.equal((await upload(rel, 'dup.bin', 'a')).status, 201);
    const dup = await upload(rel, 'dup.bin', 'b');
    assert.equal(dup.status, 422);
    assert.deepEqual(dup.body.errors, [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    const payload = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    const eleven = await api('POST', `${R}/dispatches`, { body: { event_type: 'x', client_payload: payload } });
    assert.equal(eleven.status, 422);
    assert.equal(eleven.body.message, 'No more than 10 properties are allowed; 11 were supplied.');
    assert.equal((await api('POST', `${R}/dispatches`, { body: { event_type: 'x'.repeat(101) } })).status, 422);
    assert.equal((await api('POST', `${R}/dispatches`, { body: { event_type: 'x'.repeat(100), client_payload: { a: 1 } } })).status, 204);
  });

  it('an upload cut short leaves a "starter" asset that stays listed', async () => {
    const done = gh.waitForRequest((r) => r.path.includes('name=partial.bin'));
    await new Promise<void>((resolve) => {
      const req = request(`${gh.url}/api/uploads${R}/releases/${rel}/assets?name=partial.bin`, {
        method: 'POST',
        agent: false,
        headers: { authorization: `token ${token}`, 'content-type': 'application/octet-stream', 'content-length': '100000' },
      });
      req.on('error', () => resolve());
      req.write(Buffer.alloc(1000), () => {
        req.destroy();
        resolve();
      });
    });
    await done;
    const listed = await api('GET', `${R}/releases/${rel}/assets?per_page=100`);
    const partial = listed.body.find((a: any) => a.name === 'partial.bin');
    assert.equal(partial?.state, 'starter');
    assert.equal((await upload(rel, 'partial.bin', 'again')).status, 422);
    assert.equal((await api('DELETE', `${R}/releases/assets/${partial.id}`)).status, 204);
    assert.equal((await upload(rel, 'partial.bin', 'again')).status, 201);
  });

  it('storage: signed 302, rejects Authorization, Content-Length, Range; browser_download_url', async () => {
    const up = await upload(rel, 'range.bin', '0123456789');
    assert.equal(up.body.digest, `sha256:${createHash('sha256').update('0123456789').digest('hex')}`);
    assert.equal(up.body.size, 10);
    const red = await api('GET', `${R}/releases/assets/${up.body.id}`, { headers: { accept: 'application/octet-stream' } });
    assert.equal(red.status, 302);
    const loc = red.headers.get('location')!;
    assert.ok(loc.startsWith(`${gh.url}/storage/`) && loc.includes('X-Sig='));
    const withAuth = await call(gh.url, 'GET', loc, { token });
    assert.equal(withAuth.status, 400);
    assert.match(withAuth.text, /<Code>InvalidArgument<\/Code><Message>Only one auth mechanism allowed/);
    const full = await call(gh.url, 'GET', loc);
    assert.equal(full.headers.get('content-length'), '10');
    assert.equal(full.text, '0123456789');
    const part = await call(gh.url, 'GET', loc, { headers: { range: 'bytes=2-4' } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('content-range'), 'bytes 2-4/10');
    assert.equal(part.text, '234');
    assert.equal((await call(gh.url, 'GET', loc.replace(/X-Sig=[0-9a-f]/, 'X-Sig=z'))).status, 403);
    const browser = await call(gh.url, 'GET', up.body.browser_download_url);
    assert.equal(browser.status, 302);
    assert.equal((await call(gh.url, 'GET', browser.headers.get('location')!)).text, '0123456789');
    assert.equal(gh.state.assets('acme/cache').find((a) => a.name === 'range.bin')?.download_count, 2);
    // Private: the download URL is 404 without a token.
    const pr = await call(gh.apiUrl, 'POST', '/repos/acme/private/releases', { token, body: { tag_name: 'p1' } });
    const pa = await call(gh.url, 'POST', `/api/uploads/repos/acme/private/releases/${pr.body.id}/assets?name=p.bin`, { token, raw: 'p' });
    assert.equal((await call(gh.url, 'GET', pa.body.browser_download_url)).status, 404);
    assert.equal((await call(gh.url, 'GET', pa.body.browser_download_url, { token })).status, 302);
  });

  it('immutable releases refuse asset changes once published', async () => {
    const L = '/repos/acme/locked';
    const draft = await api('POST', `${L}/releases`, { body: { tag_name: 'v1', draft: true } });
    assert.equal(draft.body.immutable, false);
    assert.equal((await call(gh.url, 'POST', `/api/uploads${L}/releases/${draft.body.id}/assets?name=a.bin`, { token, raw: 'a' })).status, 201);
    const pub = await api('PATCH', `${L}/releases/${draft.body.id}`, { body: { draft: false } });
    assert.equal(pub.body.immutable, true);
    const late = await call(gh.url, 'POST', `/api/uploads${L}/releases/${draft.body.id}/assets?name=b.bin`, { token, raw: 'b' });
    assert.equal(late.status, 422);
    assert.equal(late.body.message, 'Cannot upload assets to an immutable release.');
    assert.equal((await api('DELETE', `${L}/releases/assets/${pub.body.assets[0].id}`)).status, 422);
    assert.equal((await api('PATCH', `${L}/releases/assets/${pub.body.assets[0].id}`, { body: { name: 'c.bin' } })).status, 422);
  });

  it('latest, drafts by tag, and pagination with Link headers', async () => {
    await gh.createRepo('acme/pages');
    await gh.commit('acme/pages', { files: { a: 'a' } });
    const P = '/repos/acme/pages';
    assert.equal((await api('GET', `${P}/releases/latest`)).status, 404);
    await api('POST', `${P}/releases`, { body: { tag_name: 'cache-1', make_latest: 'false' } });
    assert.equal((await api('GET', `${P}/releases/latest`)).body.tag_name, 'cache-1'); // the only candidate
    await api('POST', `${P}/releases`, { body: { tag_name: 'v1.0.0' } });
    await api('POST', `${P}/releases`, { body: { tag_name: 'cache-2', make_latest: 'false' } });
    await api('POST', `${P}/releases`, { body: { tag_name: 'v2.0.0-rc.1', prerelease: true } });
    await api('POST', `${P}/releases`, { body: { tag_name: 'v3.0.0', draft: true } });
    assert.equal((await api('GET', `${P}/releases/latest`)).body.tag_name, 'v1.0.0');
    assert.equal((await api('GET', `${P}/releases/tags/v3.0.0`)).status, 404); // drafts are not found by tag
    assert.equal((await api('GET', `${P}/git/ref/tags/v3.0.0`)).status, 404); // and have no tag yet

    const first = await api('GET', `${P}/releases?per_page=2`);
    const link = first.headers.get('link')!;
    assert.match(link, /<[^>]+[?&]page=2[^>]*>; rel="next"/);
    assert.match(link, /<[^>]+[?&]page=3[^>]*>; rel="last"/);
    const tags: string[] = first.body.map((r: any) => r.tag_name);
    let next = /<([^>]+)>; rel="next"/.exec(link)?.[1];
    while (next) {
      const page = await call(gh.url, 'GET', next, { token });
      tags.push(...page.body.map((r: any) => r.tag_name));
      next = /<([^>]+)>; rel="next"/.exec(page.headers.get('link') ?? '')?.[1];
      if (!next) assert.match(page.headers.get('link')!, /rel="prev".*rel="first"/);
    }
    assert.deepEqual(tags, ['v3.0.0', 'v2.0.0-rc.1', 'cache-2', 'v1.0.0', 'cache-1']);
    // Anonymous readers do not see drafts.
    assert.deepEqual(
      (await call(gh.apiUrl, 'GET', `${P}/releases`)).body.map((r: any) => r.tag_name),
      ['v2.0.0-rc.1', 'cache-2', 'v1.0.0', 'cache-1'],
    );
  });
});
