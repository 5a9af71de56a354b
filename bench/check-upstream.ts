/**
 * check-upstream at scale on the local GitHub, running the bundle as the runner would:
 * - 200 upstream repositories tracked by tags and commits: wall time, git round trips, API
 *   calls (goal 0), against a baseline of one `git ls-remote` process per repository at the
 *   same concurrency (what a shell script would do);
 * - 100 release-tracked entries: API calls (goal <= 2 GraphQL calls), against the one REST
 *   call per repository a naive loop makes.
 * `tsx bench/check-upstream.ts` prints the rows; `npm run bench check-upstream` too.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startGitHub } from '../test/github/index.js';
import { launch, tempDir } from '../test/support/launcher.js';
import { printRows, type BenchRow } from './report.js';

const exec = promisify(execFile);
const GIT_REPOS = Number(process.env.BENCH_UPSTREAMS) || 200;
const RELEASE_REPOS = Number(process.env.BENCH_RELEASE_REPOS) || 100;
const CONCURRENCY = 16;

async function pool<T>(items: T[], size: number, work: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i], i);
      }
    }),
  );
}

export async function run(): Promise<BenchRow[]> {
  const gh = await startGitHub();
  const token = gh.token({ permission: 'write' });
  const ws = await tempDir('sync-bench-cu-');
  const rows: BenchRow[] = [];
  try {
    // --- 200 git-tracked upstreams: half tags (annotated + lightweight + noise), half commits.
    const names = Array.from({ length: GIT_REPOS }, (_, i) => `up${i}/tool${i}`);
    await pool(names, 4, async (repo, i) => {
      await gh.createRepo(repo);
      const a = await gh.commit(repo, { files: { 'f.txt': 'a' } });
      await gh.tag(repo, 'v1.2.3', { sha: a });
      await gh.tag(repo, 'latest', { sha: a });
      await gh.commit(repo, { files: { 'f.txt': 'b' } });
      await gh.tag(repo, 'v1.10.0', { annotated: true });
      if (i % 2) await gh.tag(repo, 'v2.0.0-rc.1');
    });
    const entries = names.map((repo, i) =>
      i % 2 === 0
        ? `  t${i}:\n    version: v1.2.3\n    upstream: { repo: ${repo}, track: tags }`
        : `  c${i}:\n    version: ${'0'.repeat(40)}\n    upstream: { repo: ${repo}, track: commits }`,
    );
    await writeFile(join(ws.path, 'versions.yml'), `binaries:\n${entries.join('\n')}\n`);
    const env = { ...gh.env(), SYNC_RETRY_BASE_MS: '10', SYNC_RATE_LIMIT_UNIT_MS: '10' };

    const since = gh.requests.length;
    const r = await launch('check-upstream', { workspace: ws.path, githubToken: token, env });
    if (r.code !== 0) throw new Error(`check-upstream failed: ${r.stdout}\n${r.stderr}`);
    const reqs = gh.requests.slice(since);
    const updates = JSON.parse(r.outputs.updates).length;
    if (updates !== GIT_REPOS) throw new Error(`expected ${GIT_REPOS} updates, got ${updates}`);

    // Baseline: one `git ls-remote` process per repository, same concurrency.
    const started = Date.now();
    await pool(names, CONCURRENCY, async (repo) => {
      await exec('git', ['ls-remote', gh.gitUrl(repo)], { env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    });
    const baseline = Date.now() - started;

    const group = `check-upstream (${GIT_REPOS} git upstreams)`;
    rows.push(
      {
        group,
        name: 'wall time, whole step',
        value: r.durationMs,
        unit: 'ms',
        baseline,
        ratio: r.durationMs / baseline,
        note: `baseline: ${GIT_REPOS}x git ls-remote, ${CONCURRENCY} at a time`,
      },
      {
        group,
        name: 'git round trips',
        value: reqs.filter((q) => /\/(info\/refs|git-upload-pack)/.test(q.path)).length,
        unit: 'requests',
        goal: `${GIT_REPOS} (1 per repo)`,
      },
      { group, name: 'API calls', value: reqs.filter((q) => q.path.startsWith('/api/')).length, unit: 'requests', goal: '0' },
    );

    // --- 100 release-tracked entries.
    const relNames = Array.from({ length: RELEASE_REPOS }, (_, i) => `rel${i}/app${i}`);
    await pool(relNames, 4, async (repo) => {
      await gh.createRepo(repo);
      await gh.commit(repo, { files: { 'f.txt': 'a' } });
      for (const [tag, extra] of [
        ['v1.0.0', {}],
        ['v1.1.0', {}],
        ['v2.0.0-beta.1', { prerelease: true }],
        ['v3.0.0', { draft: true }],
      ] as const) {
        const res = await fetch(`${gh.apiUrl}/repos/${repo}/releases`, {
          method: 'POST',
          headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ tag_name: tag, target_commitish: 'main', ...extra }),
        });
        if (!res.ok) throw new Error(`create release ${repo} ${tag}: ${res.status}`);
        await res.arrayBuffer();
      }
    });
    const relEntries = relNames.map((repo, i) => `  r${i}:\n    version: v1.0.0\n    upstream: { repo: ${repo}, track: releases }`);
    await writeFile(join(ws.path, 'versions.yml'), `binaries:\n${relEntries.join('\n')}\n`);
    const since2 = gh.requests.length;
    const r2 = await launch('check-upstream', { workspace: ws.path, githubToken: token, env });
    if (r2.code !== 0) throw new Error(`check-upstream (releases) failed: ${r2.stdout}\n${r2.stderr}`);
    const reqs2 = gh.requests.slice(since2);
    const latest = new Set(Object.values(JSON.parse(r2.outputs.manifest).subsystems).map((s) => (s as { latest_tag: string }).latest_tag));
    if (latest.size !== 1 || !latest.has('v1.1.0')) throw new Error(`unexpected latest tags ${[...latest]}`);
    const group2 = `check-upstream (${RELEASE_REPOS} release-tracked)`;
    const gql = reqs2.filter((q) => q.path.startsWith('/api/graphql')).length;
    rows.push(
      {
        group: group2,
        name: 'GraphQL calls',
        value: gql,
        unit: 'requests',
        baseline: RELEASE_REPOS,
        ratio: gql / RELEASE_REPOS,
        goal: '<= 2',
        note: 'baseline: one REST list-releases call per repository',
      },
      { group: group2, name: 'REST calls', value: reqs2.filter((q) => q.path.startsWith('/api/v3')).length, unit: 'requests', goal: '0' },
      { group: group2, name: 'wall time, whole step', value: r2.durationMs, unit: 'ms' },
    );
  } finally {
    await ws.cleanup();
    await gh.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await run());
