// Fidelity: every route the actions use answers bodies that validate against the response schema
// of that operation in GitHub's OpenAPI description (@octokit/openapi), errors included.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startGitHub, type LocalGitHub } from './index.js';
import { call, validateResponse, validateSchema, type Reply } from './testkit.js';

describe('local GitHub: OpenAPI response shapes', () => {
  let gh: LocalGitHub;
  let token: string;
  const R = '/repos/acme/tools';
  const req = (method: string, path: string, o: Parameters<typeof call>[3] = {}) => call(gh.apiUrl, method, path, { token, ...o });
  const ok = (r: Reply, method: string, template: string, status: number) => {
    assert.equal(r.status, status, `${method} ${template}: ${r.text.slice(0, 300)}`);
    const err = validateResponse(method, template, status, r.body);
    assert.equal(err, '', `${method} ${template} ${status} does not match the OpenAPI schema:\n${err}`);
    return r.body;
  };

  let releaseId = 0;
  let assetId = 0;
  let main = '';
  let feature = '';

  before(async () => {
    gh = await startGitHub();
    token = gh.token();
    await gh.createRepo('acme/tools');
    main = await gh.commit('acme/tools', { files: { 'README.md': '# tools\n', 'src/a.txt': 'a\n', 'src/old.txt': 'old content\nmore\n' }, message: 'Initial' });
    feature = await gh.commit('acme/tools', {
      branch: 'feature',
      parent: main,
      files: { 'src/a.txt': 'a\nb\n', 'src/new.txt': 'new\n', 'src/old.txt': null },
      message: 'Feature work',
    });
    await gh.tag('acme/tools', 'v0.1.0', { annotated: true, message: 'first' });
  });
  after(() => gh.close());

  it('GET /repos/{owner}/{repo} (and its 404)', async () => {
    const body = ok(await req('GET', R), 'GET', '/repos/{owner}/{repo}', 200);
    assert.equal(body.full_name, 'acme/tools');
    assert.equal(body.default_branch, 'main');
    const nf = await req('GET', '/repos/acme/none');
    assert.equal(nf.status, 404);
    assert.equal(nf.body.message, 'Not Found');
    assert.equal(nf.body.status, '404');
    assert.equal(validateSchema('basic-error', nf.body), '');
  });

  it('releases: create, get, list, latest, by tag, update, notes', async () => {
    const created = ok(
      await req('POST', `${R}/releases`, { body: { tag_name: 'v1.0.0', name: 'One', body: 'notes', make_latest: 'true' } }),
      'POST',
      '/repos/{owner}/{repo}/releases',
      201,
    );
    releaseId = created.id;
    ok(await req('GET', `${R}/releases/${releaseId}`), 'GET', '/repos/{owner}/{repo}/releases/{release_id}', 200);
    ok(await req('GET', `${R}/releases`), 'GET', '/repos/{owner}/{repo}/releases', 200);
    ok(await req('GET', `${R}/releases/latest`), 'GET', '/repos/{owner}/{repo}/releases/latest', 200);
    ok(await req('GET', `${R}/releases/tags/v1.0.0`), 'GET', '/repos/{owner}/{repo}/releases/tags/{tag}', 200);
    ok(await req('PATCH', `${R}/releases/${releaseId}`, { body: { body: 'better notes' } }), 'PATCH', '/repos/{owner}/{repo}/releases/{release_id}', 200);
    const notes = ok(
      await req('POST', `${R}/releases/generate-notes`, { body: { tag_name: 'v1.1.0', target_commitish: 'feature', previous_tag_name: 'v1.0.0' } }),
      'POST',
      '/repos/{owner}/{repo}/releases/generate-notes',
      200,
    );
    assert.match(notes.body, /Feature work/);
    const dup = await req('POST', `${R}/releases`, { body: { tag_name: 'v1.0.0' } });
    ok(dup, 'POST', '/repos/{owner}/{repo}/releases', 422);
    assert.deepEqual(dup.body.errors, [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    const gone = ok(await req('POST', `${R}/releases`, { body: { tag_name: 'tmp', draft: true } }), 'POST', '/repos/{owner}/{repo}/releases', 201);
    assert.equal((await req('DELETE', `${R}/releases/${gone.id}`)).status, 204);
  });

  it('drafts share a tag; only publishing meets 422 already_exists', async () => {
    const post = (body: object) => req('POST', `${R}/releases`, { body: { make_latest: 'false', ...body } });
    // Any number of drafts for one new tag (a draft does not create the tag), as on GitHub.
    const drafts = [];
    for (let i = 0; i < 3; i++) drafts.push(ok(await post({ tag_name: 'shared-v1', draft: true }), 'POST', '/repos/{owner}/{repo}/releases', 201));
    assert.equal(new Set(drafts.map((d) => d.id)).size, 3);
    assert.ok(drafts.every((d) => d.draft && d.tag_name === 'shared-v1'));
    assert.equal((await req('GET', `${R}/releases/tags/shared-v1`)).status, 404);
    assert.equal((await req('GET', `${R}/git/ref/tags/shared-v1`)).status, 404);
    // The first to publish wins the tag; the others get the validation error and stay drafts.
    const won = ok(
      await req('PATCH', `${R}/releases/${drafts[0].id}`, { body: { draft: false } }),
      'PATCH',
      '/repos/{owner}/{repo}/releases/{release_id}',
      200,
    );
    assert.equal(won.draft, false);
    const lost = await req('PATCH', `${R}/releases/${drafts[1].id}`, { body: { draft: false, name: 'renamed' } });
    assert.equal(lost.status, 422);
    assert.equal(validateSchema('validation-error', lost.body), '');
    assert.equal(lost.body.message, 'Validation Failed');
    assert.deepEqual(lost.body.errors, [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    const still = ok(await req('GET', `${R}/releases/${drafts[1].id}`), 'GET', '/repos/{owner}/{repo}/releases/{release_id}', 200);
    assert.equal(still.draft, true);
    assert.equal(still.name, null); // a refused update changes nothing
    // POST published meets it too; another draft of the published tag does not.
    const pub = await post({ tag_name: 'shared-v1' });
    ok(pub, 'POST', '/repos/{owner}/{repo}/releases', 422);
    assert.deepEqual(pub.body.errors, [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    const late = ok(await post({ tag_name: 'shared-v1', draft: true }), 'POST', '/repos/{owner}/{repo}/releases', 201);
    // Renaming a draft onto the published tag is fine; renaming a published release onto it is not.
    ok(await req('PATCH', `${R}/releases/${drafts[2].id}`, { body: { tag_name: 'shared-v2' } }), 'PATCH', '/repos/{owner}/{repo}/releases/{release_id}', 200);
    ok(await req('PATCH', `${R}/releases/${drafts[2].id}`, { body: { draft: false } }), 'PATCH', '/repos/{owner}/{repo}/releases/{release_id}', 200);
    const clash = await req('PATCH', `${R}/releases/${drafts[2].id}`, { body: { tag_name: 'shared-v1' } });
    assert.equal(clash.status, 422);
    assert.deepEqual(clash.body.errors, [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    // Drafts are listed (to a writer), never found by tag; deleting them leaves the published one.
    const listed = ok(await req('GET', `${R}/releases?per_page=100`), 'GET', '/repos/{owner}/{repo}/releases', 200);
    assert.deepEqual(
      listed
        .filter((r: any) => r.tag_name === 'shared-v1')
        .map((r: any) => r.draft)
        .sort(),
      [false, true, true],
    );
    for (const id of [drafts[1].id, late.id]) assert.equal((await req('DELETE', `${R}/releases/${id}`)).status, 204);
    assert.equal(ok(await req('GET', `${R}/releases/tags/shared-v1`), 'GET', '/repos/{owner}/{repo}/releases/tags/{tag}', 200).id, drafts[0].id);
  });

  it('assets: upload, list, get, rename', async () => {
    const up = await call(gh.url, 'POST', `/api/uploads${R}/releases/${releaseId}/assets?name=tool-linux-amd64.tar.gz&label=Linux`, {
      token,
      raw: new Uint8Array(Buffer.from('binary bytes')),
      headers: { 'content-type': 'application/gzip' },
    });
    const asset = ok(up, 'POST', '/repos/{owner}/{repo}/releases/{release_id}/assets', 201);
    assetId = asset.id;
    assert.equal(asset.state, 'uploaded');
    assert.match(asset.digest, /^sha256:[0-9a-f]{64}$/);
    ok(await req('GET', `${R}/releases/${releaseId}/assets`), 'GET', '/repos/{owner}/{repo}/releases/{release_id}/assets', 200);
    ok(await req('GET', `${R}/releases/assets/${assetId}`), 'GET', '/repos/{owner}/{repo}/releases/assets/{asset_id}', 200);
    ok(
      await req('PATCH', `${R}/releases/assets/${assetId}`, { body: { label: 'Linux x64' } }),
      'PATCH',
      '/repos/{owner}/{repo}/releases/assets/{asset_id}',
      200,
    );
  });

  it('git data: refs, tags, branches, commits, compare', async () => {
    ok(await req('GET', `${R}/git/ref/heads/main`), 'GET', '/repos/{owner}/{repo}/git/ref/{ref}', 200);
    const tagRef = ok(await req('GET', `${R}/git/ref/tags/v0.1.0`), 'GET', '/repos/{owner}/{repo}/git/ref/{ref}', 200);
    assert.equal(tagRef.object.type, 'tag');
    ok(await req('GET', `${R}/git/matching-refs/tags/v`), 'GET', '/repos/{owner}/{repo}/git/matching-refs/{ref}', 200);
    ok(await req('POST', `${R}/git/refs`, { body: { ref: 'refs/heads/topic', sha: main } }), 'POST', '/repos/{owner}/{repo}/git/refs', 201);
    ok(await req('PATCH', `${R}/git/refs/heads/topic`, { body: { sha: feature } }), 'PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', 200);
    assert.equal((await req('DELETE', `${R}/git/refs/heads/topic`)).status, 204);
    ok(await req('GET', `${R}/tags`), 'GET', '/repos/{owner}/{repo}/tags', 200);
    ok(await req('GET', `${R}/branches/main`), 'GET', '/repos/{owner}/{repo}/branches/{branch}', 200);
    const c = ok(await req('GET', `${R}/commits/${feature}`), 'GET', '/repos/{owner}/{repo}/commits/{ref}', 200);
    assert.deepEqual(c.files.map((f: any) => `${f.status}:${f.filename}`).sort(), ['added:src/new.txt', 'modified:src/a.txt', 'removed:src/old.txt']);
    ok(await req('GET', `${R}/commits?sha=feature&path=src/a.txt`), 'GET', '/repos/{owner}/{repo}/commits', 200);
    const cmp = ok(await req('GET', `${R}/compare/main...feature`), 'GET', '/repos/{owner}/{repo}/compare/{basehead}', 200);
    assert.equal(cmp.status, 'ahead');
    assert.equal(cmp.ahead_by, 1);
    assert.equal(cmp.merge_base_commit.sha, main);
  });

  it('pulls, issues and labels', async () => {
    const pr = ok(
      await req('POST', `${R}/pulls`, { body: { title: 'Feature', head: 'acme:feature', base: 'main', body: 'Please' } }),
      'POST',
      '/repos/{owner}/{repo}/pulls',
      201,
    );
    assert.equal(pr.head.sha, feature);
    ok(await req('GET', `${R}/pulls?state=open&head=acme:feature`), 'GET', '/repos/{owner}/{repo}/pulls', 200);
    ok(await req('GET', `${R}/pulls/${pr.number}`), 'GET', '/repos/{owner}/{repo}/pulls/{pull_number}', 200);
    ok(await req('PATCH', `${R}/pulls/${pr.number}`, { body: { title: 'Feature!' } }), 'PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}', 200);
    const again = await req('POST', `${R}/pulls`, { body: { title: 'Feature', head: 'acme:feature', base: 'main' } });
    ok(again, 'POST', '/repos/{owner}/{repo}/pulls', 422);
    assert.equal(again.body.errors[0].message, 'A pull request already exists for acme:feature.');
    ok(await req('POST', `${R}/labels`, { body: { name: 'major', color: 'ff0000' } }), 'POST', '/repos/{owner}/{repo}/labels', 201);
    const issue = ok(
      await req('POST', `${R}/issues`, { body: { title: 'Sync failed', labels: ['upstream-sync'] } }),
      'POST',
      '/repos/{owner}/{repo}/issues',
      201,
    );
    assert.equal(issue.number, pr.number + 1); // PRs and issues share numbering
    const labels = ok(
      await req('POST', `${R}/issues/${pr.number}/labels`, { body: { labels: ['major', 'automated'] } }),
      'POST',
      '/repos/{owner}/{repo}/issues/{issue_number}/labels',
      200,
    );
    assert.deepEqual(
      labels.map((l: any) => l.name),
      ['major', 'automated'],
    );
    ok(await req('GET', `${R}/issues?labels=major&state=all`), 'GET', '/repos/{owner}/{repo}/issues', 200);
    ok(await req('GET', `${R}/labels`), 'GET', '/repos/{owner}/{repo}/labels', 200);
    const dup = await req('POST', `${R}/labels`, { body: { name: 'MAJOR' } });
    ok(dup, 'POST', '/repos/{owner}/{repo}/labels', 422);
  });

  it('rate limit overview and dispatch errors', async () => {
    const rl = ok(await req('GET', '/rate_limit'), 'GET', '/rate_limit', 200);
    assert.equal(rl.rate.limit, 5000);
    assert.equal((await req('POST', `${R}/dispatches`, { body: { event_type: 'feature-update', client_payload: { a: 1 } } })).status, 204);
    const bad = await req('POST', `${R}/dispatches`, { body: { client_payload: {} } });
    ok(bad, 'POST', '/repos/{owner}/{repo}/dispatches', 422);
    const read = await call(gh.apiUrl, 'POST', `${R}/dispatches`, { token: gh.token({ permission: 'read' }), body: { event_type: 'x' } });
    assert.equal(read.status, 403);
    assert.equal(validateSchema('basic-error', read.body), '');
    const anon = await call(gh.apiUrl, 'GET', R, { headers: { authorization: 'token nope' } });
    assert.equal(anon.status, 401);
    assert.equal(anon.body.message, 'Bad credentials');
    assert.equal(validateSchema('basic-error', anon.body), '');
  });
});
