// GraphQL: aliased repositories in one query, NOT_FOUND for a missing one with the others still
// answered, releases newest-first with isLatest and tagCommit, refs, rateLimit, auth.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startGitHub, type LocalGitHub } from './index.js';
import { call } from './testkit.js';

describe('local GitHub: GraphQL', () => {
  let gh: LocalGitHub;
  let token: string;
  let v1 = '';
  const q = (query: string, variables?: object, t: string | undefined = token) =>
    call(gh.url, 'POST', '/api/graphql', { token: t, body: { query, variables } });

  before(async () => {
    gh = await startGitHub();
    token = gh.token();
    await gh.createRepo('up/nats');
    await gh.createRepo('up/hidden', { private: true });
    v1 = await gh.commit('up/nats', { files: { a: '1' } });
    const v2 = await gh.commit('up/nats', { files: { a: '2' } });
    await gh.tag('up/nats', 'v2.0.0', { sha: v2, annotated: true });
    for (const [tag, extra] of [
      ['v1.0.0', { target_commitish: v1 }],
      ['v2.0.0', {}],
      ['v2.1.0-rc.1', { prerelease: true }],
      ['cache-x', { make_latest: 'false' }],
      ['v3.0.0', { draft: true }],
    ] as const) {
      const r = await call(gh.apiUrl, 'POST', '/repos/up/nats/releases', { token, body: { tag_name: tag, ...extra } });
      assert.equal(r.status, 201);
    }
  });
  after(() => gh.close());

  it('answers many aliased repositories; a missing one is null with a NOT_FOUND error', async () => {
    const r = await q(`query {
      a: repository(owner: "up", name: "nats") { nameWithOwner url
        releases(first: 10, orderBy: {field: CREATED_AT, direction: DESC}) {
          nodes { tagName name isDraft isPrerelease isLatest publishedAt createdAt url tagCommit { oid } } } }
      b: repository(owner: "up", name: "missing") { nameWithOwner }
      c: repository(owner: "up", name: "nats") { nameWithOwner }
      rateLimit { cost remaining }
    }`);
    assert.equal(r.status, 200);
    assert.equal(r.body.data.a.nameWithOwner, 'up/nats');
    assert.equal(r.body.data.c.nameWithOwner, 'up/nats');
    assert.equal(r.body.data.b, null);
    assert.equal(r.body.errors.length, 1);
    assert.equal(r.body.errors[0].type, 'NOT_FOUND');
    assert.deepEqual(r.body.errors[0].path, ['b']);
    assert.match(r.body.errors[0].message, /Could not resolve to a Repository with the name 'up\/missing'/);
    const nodes = r.body.data.a.releases.nodes;
    assert.deepEqual(
      nodes.map((n: any) => n.tagName),
      ['v3.0.0', 'cache-x', 'v2.1.0-rc.1', 'v2.0.0', 'v1.0.0'],
    );
    assert.deepEqual(
      nodes.filter((n: any) => n.isLatest).map((n: any) => n.tagName),
      ['v2.0.0'],
    );
    assert.equal(nodes.find((n: any) => n.tagName === 'v1.0.0').tagCommit.oid, v1);
    assert.equal(nodes.find((n: any) => n.tagName === 'v3.0.0').tagCommit, null);
    assert.equal(nodes.find((n: any) => n.tagName === 'v3.0.0').isDraft, true);
    assert.equal(r.body.data.rateLimit.cost, 1);
  });

  it('refs with a prefix, annotated tags peel through target', async () => {
    const r = await q(
      `query($o: String!, $n: String!) { repository(owner: $o, name: $n) {
      refs(refPrefix: "refs/tags/", first: 10) { totalCount nodes { name target { oid ... on Tag { target { oid } } } } }
      defaultBranchRef { name target { oid } } } }`,
      { o: 'up', n: 'nats' },
    );
    const refs = r.body.data.repository.refs;
    assert.equal(refs.totalCount, 4); // v1.0.0, v2.0.0 (annotated), v2.1.0-rc.1, cache-x; the draft has none
    const annotated = refs.nodes.find((n: any) => n.name === 'v2.0.0');
    assert.ok(annotated.target.target.oid);
    assert.equal(r.body.data.repository.defaultBranchRef.name, 'main');
  });

  it('private repos are NOT_FOUND to tokens that do not cover them; anonymous is 401', async () => {
    const scoped = gh.token({ repos: ['up/nats'] });
    const r = await q('{ repository(owner: "up", name: "hidden") { nameWithOwner } }', undefined, scoped);
    assert.equal(r.body.data.repository, null);
    assert.equal(r.body.errors[0].type, 'NOT_FOUND');
    const anon = await q('{ rateLimit { remaining } }', undefined, '');
    assert.equal(anon.status, 401);
    const unbounded = await q('{ repository(owner: "up", name: "nats") { releases { totalCount } } }');
    assert.equal(unbounded.body.errors[0].type, 'MISSING_PAGINATION_BOUNDARIES');
    const syntax = await q('{ repository(');
    assert.equal(syntax.status, 200);
    assert.ok(syntax.body.errors.length >= 1);
  });
});
