// fetchReleases reads every page: GitHub's GraphQL gives at most 100 releases a page, so a
// repository with more is asked again with its cursor, batched with the others that have more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GitHub } from '../../src/github/client.js';
import { fetchReleases, releasesQuery } from '../../src/upstream/releases.js';

/** A GraphQL answerer over `owner/name -> tag names (newest first)`, with GitHub's 100 cap. */
function fakeClient(repos: Record<string, string[]>, o: { stuckCursor?: boolean } = {}) {
  const calls: { query: string; variables: Record<string, string | null> }[] = [];
  const client = {
    graphql: async (query: string, variables: Record<string, string | null>) => {
      calls.push({ query, variables });
      const per = Number(/first: (\d+)/.exec(query)![1]);
      assert.ok(per <= 100, 'GitHub refuses first > 100');
      const data: Record<string, unknown> = {};
      for (let i = 0; variables[`o${i}`] !== undefined; i++) {
        const tags = repos[`${variables[`o${i}`]}/${variables[`n${i}`]}`];
        const start = variables[`a${i}`] === null ? 0 : o.stuckCursor ? 0 : Number(variables[`a${i}`]) + 1;
        const page = tags.slice(start, start + per);
        data[`r${i}`] = {
          releases: {
            nodes: page.map((t) => ({ tagName: t, isDraft: false, isPrerelease: false, publishedAt: null, url: `u/${t}`, tagCommit: { oid: `c-${t}` } })),
            pageInfo: { hasNextPage: start + per < tags.length, endCursor: o.stuckCursor ? '0' : String(start + page.length - 1) },
          },
        };
      }
      return data;
    },
  };
  return { client: client as unknown as GitHub, calls };
}

const tags = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${n - i}`);

test('every release of every repository, pages batched: 250 + 120 + 3 releases in 3 calls', async () => {
  const { client, calls } = fakeClient({ 'a/many': tags(250, 'v1.0.'), 'b/nightly': tags(120, 'n'), 'c/few': tags(3, 'v0.') });
  const { results, calls: n } = await fetchReleases(client, ['a/many', 'b/nightly', 'c/few']);
  assert.equal(n, 3);
  assert.equal(calls.length, 3);
  const got = (r: string) => (results.get(r) as { releases: { tagName: string; commit: string | null }[] }).releases;
  assert.equal(got('a/many').length, 250);
  assert.deepEqual(got('a/many').at(-1), { tagName: 'v1.0.1', isDraft: false, isPrerelease: false, publishedAt: null, url: 'u/v1.0.1', commit: 'c-v1.0.1' });
  assert.equal(got('b/nightly').length, 120);
  assert.equal(got('c/few').length, 3);
  // Second call: only the two with a next page, each with its own cursor.
  assert.deepEqual(calls[1].variables, { o0: 'a', n0: 'many', a0: '99', o1: 'b', n1: 'nightly', a1: '99' });
  assert.deepEqual(calls[2].variables, { o0: 'a', n0: 'many', a0: '199' });
});

test('a cursor that does not move stops instead of looping', async () => {
  const { client, calls } = fakeClient({ 'a/b': tags(150, 'v') }, { stuckCursor: true });
  const { results } = await fetchReleases(client, ['a/b']);
  assert.ok(calls.length <= 2);
  assert.ok('releases' in results.get('a/b')!);
});

test('the query pages with a cursor variable per repository, never with names spliced in', () => {
  const q = releasesQuery(2, 100);
  assert.match(q, /^query\(\$o0: String!, \$n0: String!, \$a0: String, \$o1: String!, \$n1: String!, \$a1: String\)/);
  assert.match(q, /releases\(first: 100, after: \$a1, orderBy: \{field: CREATED_AT, direction: DESC\}\)/);
  assert.match(q, /pageInfo \{ hasNextPage endCursor \}/);
});
