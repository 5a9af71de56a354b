// GraphQL endpoint (POST /api/graphql): a small slice of GitHub's schema executed with graphql-js.
// A repository that is missing or hidden resolves to null with a NOT_FOUND error, while the other
// aliases of the same query are still answered, as GitHub does.
import { GraphQLError, buildSchema, graphql } from 'graphql';
import { covers } from './auth.js';
import { gitText } from './git.js';
import { HttpError, readJson, sendJson, iso, type Ctx } from './http.js';
import { byNewest, type ReleaseRec, type RepoRec } from './state.js';
import { releaseAssets } from './render.js';

const SDL = /* GraphQL */ `
  type Query {
    repository(owner: String!, name: String!, followRenames: Boolean): Repository
    rateLimit(dryRun: Boolean): RateLimit
    viewer: User!
  }
  type RateLimit { cost: Int! limit: Int! remaining: Int! used: Int! resetAt: String! nodeCount: Int! }
  type User { login: String! }
  enum OrderDirection { ASC DESC }
  enum ReleaseOrderField { CREATED_AT NAME }
  input ReleaseOrder { field: ReleaseOrderField!, direction: OrderDirection! }
  enum RefOrderField { TAG_COMMIT_DATE ALPHABETICAL }
  input RefOrder { field: RefOrderField!, direction: OrderDirection! }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type Repository {
    id: ID!
    databaseId: Int
    name: String!
    nameWithOwner: String!
    url: String!
    isPrivate: Boolean!
    isArchived: Boolean!
    owner: User!
    defaultBranchRef: Ref
    releases(first: Int, last: Int, after: String, before: String, orderBy: ReleaseOrder): ReleaseConnection!
    release(tagName: String!): Release
    latestRelease: Release
    refs(refPrefix: String!, first: Int, last: Int, after: String, before: String, query: String, orderBy: RefOrder, direction: OrderDirection): RefConnection
    ref(qualifiedName: String!): Ref
    object(expression: String, oid: String): GitObject
  }
  type ReleaseConnection { nodes: [Release] edges: [ReleaseEdge] totalCount: Int! pageInfo: PageInfo! }
  type ReleaseEdge { cursor: String! node: Release }
  type Release {
    id: ID!
    databaseId: Int
    tagName: String!
    name: String
    description: String
    isDraft: Boolean!
    isPrerelease: Boolean!
    isLatest: Boolean!
    isImmutable: Boolean!
    publishedAt: String
    createdAt: String!
    updatedAt: String!
    url: String!
    tagCommit: Commit
    tag: Ref
    releaseAssets(first: Int, after: String, name: String): ReleaseAssetConnection!
  }
  type ReleaseAssetConnection { nodes: [ReleaseAsset] totalCount: Int! pageInfo: PageInfo! }
  type ReleaseAsset { id: ID! databaseId: Int name: String! size: Int! contentType: String! downloadUrl: String! downloadCount: Int! digest: String }
  type RefConnection { nodes: [Ref] edges: [RefEdge] totalCount: Int! pageInfo: PageInfo! }
  type RefEdge { cursor: String! node: Ref }
  type Ref { id: ID! name: String! prefix: String! target: GitObject }
  interface GitObject { id: ID! oid: String! abbreviatedOid: String! }
  type Commit implements GitObject { id: ID! oid: String! abbreviatedOid: String! message: String! committedDate: String! url: String! }
  type Tag implements GitObject { id: ID! oid: String! abbreviatedOid: String! name: String! message: String target: GitObject! }
`;

const schema = buildSchema(SDL);

const cursor = (i: number) => Buffer.from(`cursor:${i}`).toString('base64');
const uncursor = (c?: string) => (c ? Number(Buffer.from(c, 'base64').toString().slice(7)) : -1);

/** Relay-style slice for first/last/after/before. */
function connection<T, N>(all: T[], a: { first?: number; last?: number; after?: string; before?: string }, node: (x: T) => N, field: string) {
  // GitHub refuses an unbounded connection.
  if (a.first == null && a.last == null) {
    throw new GraphQLError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`, {
      extensions: { type: 'MISSING_PAGINATION_BOUNDARIES' },
    });
  }
  if ((a.first ?? 0) > 100 || (a.last ?? 0) > 100) {
    throw new GraphQLError('Requesting more than 100 records on the connection is not allowed.', { extensions: { type: 'EXCESSIVE_PAGINATION' } });
  }
  let start = a.after ? uncursor(a.after) + 1 : 0;
  let end = a.before ? uncursor(a.before) : all.length;
  if (a.first !== undefined) end = Math.min(end, start + a.first);
  if (a.last !== undefined) start = Math.max(start, end - a.last);
  const idx = Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
  const nodes = idx.map((i) => node(all[i]));
  return {
    nodes,
    edges: idx.map((i, k) => ({ cursor: cursor(i), node: nodes[k] })),
    totalCount: all.length,
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: start > 0,
      startCursor: idx.length ? cursor(idx[0]) : null,
      endCursor: idx.length ? cursor(idx[idx.length - 1]) : null,
    },
  };
}

export async function handleGraphql(ctx: Ctx) {
  if (ctx.method !== 'POST') throw new HttpError(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/graphql' });
  if (!ctx.auth.token) {
    throw new HttpError(401, {
      message: 'This endpoint requires you to be authenticated.',
      documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
    });
  }
  const body = await readJson(ctx);
  if (typeof body.query !== 'string') {
    return sendJson(ctx, 200, { errors: [{ message: 'A query attribute must be specified and must be a string.' }] });
  }
  const hub = ctx.hub;
  const t = ctx.auth.token;
  const g = hub.git;

  // Per request: one for-each-ref per repository and one commit read per commit, asked for only
  // when a query selects more than the oid (100 releases' tagCommit { oid } used to cost 200 git
  // processes; the answers are the same).
  const refsOf = new Map<string, ReturnType<typeof g.refs>>();
  const peeledTag = async (repo: RepoRec, tag: string) => {
    if (!refsOf.has(repo.fullName)) refsOf.set(repo.fullName, g.refs(repo.fullName, 'refs/tags/'));
    return (await refsOf.get(repo.fullName))?.find((r) => r.ref === `refs/tags/${tag}`);
  };
  const commit = async (repo: RepoRec, sha: string, known = false) => {
    let info: ReturnType<typeof g.commitInfo> | undefined;
    const read = () => (info ??= g.commitInfo(repo.fullName, sha));
    if (!known && !(await read())) return null;
    return {
      __typename: 'Commit',
      id: Buffer.from(`Commit:${sha}`).toString('base64'),
      oid: sha,
      abbreviatedOid: sha.slice(0, 7),
      message: async () => (await read())?.message,
      committedDate: async () => (await read())?.committerDate,
      url: `${hub.url}/${repo.fullName}/commit/${sha}`,
    };
  };
  const gitObject = async (repo: RepoRec, sha: string, type: string): Promise<unknown> => {
    if (type === 'tag') {
      const raw = await gitText(g.dir(repo.fullName), ['cat-file', 'tag', sha]);
      const [head, ...msg] = raw.split('\n\n');
      const fields = Object.fromEntries(head.split('\n').map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)]));
      return {
        __typename: 'Tag',
        id: Buffer.from(`Tag:${sha}`).toString('base64'),
        oid: sha,
        abbreviatedOid: sha.slice(0, 7),
        name: fields.tag,
        message: msg.join('\n\n').trim(),
        target: () => gitObject(repo, fields.object, fields.type),
      };
    }
    return commit(repo, sha);
  };
  const refNode = (repo: RepoRec, r: { ref: string; sha: string; type: string }) => {
    const parts = r.ref.split('/');
    const prefix = r.ref.startsWith('refs/heads/') || r.ref.startsWith('refs/tags/') ? parts.slice(0, 2).join('/') + '/' : 'refs/';
    return {
      id: Buffer.from(`Ref:${repo.id}:${r.ref}`).toString('base64'),
      name: r.ref.slice(prefix.length),
      prefix,
      target: () => gitObject(repo, r.sha, r.type),
    };
  };
  const release = (repo: RepoRec, r: ReleaseRec) => ({
    id: Buffer.from(`Release:${r.id}`).toString('base64'),
    databaseId: r.id,
    tagName: r.tagName,
    name: r.name,
    description: r.body,
    isDraft: r.draft,
    isPrerelease: r.prerelease,
    isLatest: hub.store.latest(repo)?.id === r.id,
    isImmutable: r.immutable,
    publishedAt: iso(r.publishedAt),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    url: `${hub.url}/${repo.fullName}/releases/tag/${encodeURIComponent(r.draft ? `untagged-${r.id}` : r.tagName)}`,
    tagCommit: async () => {
      if (r.draft) return null;
      const ref = await peeledTag(repo, r.tagName);
      // for-each-ref's %(*objectname) peels one level; a tag of a tag is peeled fully by rev-parse.
      if (ref && ref.peeledType !== 'commit') {
        const sha = await g.resolve(repo.fullName, `refs/tags/${r.tagName}`);
        return sha ? commit(repo, sha) : null;
      }
      return ref ? commit(repo, ref.peeled, true) : null;
    },
    tag: async () => {
      if (r.draft) return null;
      const ref = await g.ref(repo.fullName, `refs/tags/${r.tagName}`);
      return ref ? refNode(repo, ref) : null;
    },
    releaseAssets: (a: { first?: number; after?: string; name?: string }) =>
      connection(
        releaseAssets(repo, r.id).filter((x) => !a.name || x.name === a.name),
        a,
        (x) => ({
          id: Buffer.from(`ReleaseAsset:${x.id}`).toString('base64'),
          databaseId: x.id,
          name: x.name,
          size: x.size,
          contentType: x.contentType,
          downloadUrl: `${hub.url}/${repo.fullName}/releases/download/${encodeURIComponent(r.tagName)}/${encodeURIComponent(x.name)}`,
          downloadCount: x.downloadCount,
          digest: x.digest,
        }),
        'releaseAssets',
      ),
  });
  const repository = (repo: RepoRec) => {
    const canWrite = t.permission === 'write' && covers(t, repo.fullName);
    const visibleReleases = () => [...repo.releases.values()].filter((r) => !r.draft || canWrite);
    return {
      id: Buffer.from(`Repository:${repo.id}`).toString('base64'),
      databaseId: repo.id,
      name: repo.name,
      nameWithOwner: repo.fullName,
      url: `${hub.url}/${repo.fullName}`,
      isPrivate: repo.private,
      isArchived: repo.archived,
      owner: { login: repo.owner },
      defaultBranchRef: async () => {
        const ref = await g.ref(repo.fullName, `refs/heads/${repo.defaultBranch}`);
        return ref ? refNode(repo, ref) : null;
      },
      releases: (a: { first?: number; last?: number; after?: string; before?: string; orderBy?: { field: string; direction: string } }) => {
        // Default order is CREATED_AT DESC (newest first).
        const list = visibleReleases().sort(byNewest);
        if (a.orderBy?.field === 'NAME') {
          list.sort((x, y) => (x.name ?? x.tagName).localeCompare(y.name ?? y.tagName));
          if (a.orderBy.direction === 'DESC') list.reverse();
        } else if (a.orderBy?.direction === 'ASC') list.reverse();
        return connection(list, a, (r) => release(repo, r), 'releases');
      },
      release: ({ tagName }: { tagName: string }) => {
        const r = visibleReleases().find((x) => x.tagName === tagName);
        return r ? release(repo, r) : null;
      },
      latestRelease: () => {
        const r = hub.store.latest(repo);
        return r ? release(repo, r) : null;
      },
      refs: async (a: {
        refPrefix: string;
        first?: number;
        last?: number;
        after?: string;
        before?: string;
        query?: string;
        orderBy?: { field: string; direction: string };
      }) => {
        if (!a.refPrefix.endsWith('/')) throw new GraphQLError('refPrefix must end with a slash', { extensions: { type: 'INVALID' } });
        let refs = await g.refs(repo.fullName, a.refPrefix);
        if (a.query) refs = refs.filter((r) => r.ref.slice(a.refPrefix.length).includes(a.query!));
        refs.sort((x, y) => x.ref.localeCompare(y.ref));
        if (a.orderBy?.field === 'TAG_COMMIT_DATE') {
          const dates = new Map<string, string>();
          for (const r of refs) dates.set(r.ref, (await g.commitInfo(repo.fullName, r.peeled))?.committerDate ?? '');
          refs.sort((x, y) => dates.get(x.ref)!.localeCompare(dates.get(y.ref)!));
        }
        if (a.orderBy?.direction === 'DESC') refs.reverse();
        return connection(refs, a, (r) => refNode(repo, r), 'refs');
      },
      ref: async ({ qualifiedName }: { qualifiedName: string }) => {
        const full = qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`;
        const r = (await g.ref(repo.fullName, full)) ?? (await g.ref(repo.fullName, `refs/tags/${qualifiedName}`));
        return r ? refNode(repo, r) : null;
      },
      object: async ({ expression, oid }: { expression?: string; oid?: string }) => {
        const sha = await g.resolve(repo.fullName, oid ?? expression ?? '', 'object');
        if (!sha) return null;
        const type = await g.objectType(repo.fullName, sha);
        return type === 'commit' || type === 'tag' ? gitObject(repo, sha, type) : null;
      },
    };
  };

  const snapshot = hub.rateSnapshot(ctx.auth, 'graphql', ctx.req.socket.remoteAddress ?? '');
  const root = {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = hub.store.repo(`${owner}/${name}`);
      if (!repo || (repo.private && !covers(t, repo.fullName))) {
        throw new GraphQLError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, { extensions: { type: 'NOT_FOUND' } });
      }
      return repository(repo);
    },
    rateLimit: () => ({
      cost: 1,
      limit: snapshot.limit,
      remaining: snapshot.remaining,
      used: snapshot.used,
      resetAt: new Date(snapshot.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      nodeCount: 0,
    }),
    viewer: () => ({ login: t.login }),
  };

  const result = await graphql({
    schema,
    source: body.query,
    rootValue: root,
    variableValues: body.variables ?? undefined,
    operationName: body.operationName ?? undefined,
  });
  const out: Record<string, unknown> = {};
  if (result.data !== undefined) out.data = result.data;
  if (result.errors?.length) {
    // GitHub puts `type` at the top level of each error and has no `extensions`.
    out.errors = result.errors.map((e) => {
      const j = e.toJSON() as unknown as Record<string, unknown>;
      const type = (e.extensions as { type?: string } | undefined)?.type;
      delete j.extensions;
      return type ? { type, ...j } : j;
    });
  }
  sendJson(ctx, 200, out);
}
