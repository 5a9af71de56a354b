/**
 * One branch `sync/update-<name>` and one PR per updated entry, opened or refreshed (never a
 * second one). The commit is made with git plumbing (hash-object, a throw-away index,
 * commit-tree) on top of the checkout's HEAD, so the working tree is never touched and no clone
 * is needed; without a checkout, the base branch is fetched (depth 1) into a temporary bare repo.
 *
 * Commits carry the base commit's dates, so the same update on the same base is the same commit:
 * a rerun that finds the branch already there pushes nothing and leaves the PR's CI alone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { GitHub } from '../github/client.js';
import { openOrRefreshPull } from '../github/pull-request.js';
import type { Log } from '../runtime/log.js';
import { oneLine, UserError } from '../runtime/errors.js';
import { git, gitAuthEnv, gitText, repoUrl } from '../git/git.js';
import { lsRemote } from './ls-remote.js';
import { rewriteVersions } from './manifest-update.js';
import type { EntryResult } from './check.js';

export interface PullRequestOptions {
  /** owner/name of the project whose manifest is updated. */
  repo: string;
  /** The checkout (GITHUB_WORKSPACE); need not be a git work tree. */
  workspace: string;
  /** The manifest, relative to the workspace (or absolute inside it). */
  manifest: string;
  token: string;
  serverUrl: string;
  client: GitHub;
  /** Base branch of the PRs (default: the checked-out branch, else the repository's default). */
  base?: string;
  labels?: string[];
}

export interface PullRequestResult {
  name: string;
  branch: string;
  /** created: new PR; updated: branch or PR refreshed; unchanged: already up to date. */
  action?: 'created' | 'updated' | 'unchanged';
  number?: number;
  url?: string;
  error?: string;
}

const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export function branchFor(name: string): string {
  return `sync/update-${name}`;
}

export async function openUpdatePullRequests(entries: EntryResult[], opts: PullRequestOptions, log: Log): Promise<PullRequestResult[]> {
  const updates = entries.filter((e) => e.updateAvailable && e.newVersion && !e.error);
  if (!updates.length) return [];
  const remote = repoUrl(opts.serverUrl, opts.repo);
  const auth = gitAuthEnv(opts.token, opts.serverUrl);

  const ctx = await baseCommit(opts, remote, auth);
  try {
    // Not gitText: that trims, and the file's last newline must survive.
    const original = (
      await git(['cat-file', 'blob', `${ctx.base}:${ctx.path}`], { cwd: ctx.dir }).catch(() => {
        throw new UserError(`${opts.manifest} is not committed on ${ctx.branch} (${ctx.path}); commit it before opening update PRs`);
      })
    ).stdout;
    const mode = (await gitText(['ls-tree', ctx.base, '--', ctx.path], { cwd: ctx.dir })).split(/\s/)[0] || '100644';
    const baseDate = await gitText(['show', '-s', '--format=%cI', ctx.base], { cwd: ctx.dir });
    // Where every sync branch stands now: one round trip.
    const remoteRefs = await lsRemote(remote, { token: opts.token, authOrigin: opts.serverUrl });

    const results: PullRequestResult[] = [];
    for (const e of updates) {
      const branch = branchFor(e.name);
      try {
        const text = rewriteVersions(original, { [e.name]: e.newVersion! }, opts.manifest);
        const commit = await makeCommit(ctx, mode, text, commitMessage(e), baseDate);
        const existing = remoteRefs.refs.get(`refs/heads/${branch}`);
        const pushed = existing !== commit;
        if (pushed) {
          await git(['push', '--force', '--quiet', '--', remote, `${commit}:refs/heads/${branch}`], { cwd: ctx.dir, env: auth });
          log.info(`${e.name}: pushed ${branch} (${commit.slice(0, 12)})`);
        }
        results.push({ name: e.name, branch, ...(await upsertPull(opts, ctx.branch, branch, e, pushed, log)) });
      } catch (err) {
        const error = oneLine(err);
        log.warn(`${e.name}: cannot open the update PR: ${error}`);
        results.push({ name: e.name, branch, error });
      }
    }
    return results;
  } finally {
    await ctx.cleanup();
  }
}

interface BaseContext {
  dir: string;
  base: string;
  branch: string;
  /** The manifest's path inside the repository (forward slashes). */
  path: string;
  cleanup: () => Promise<void>;
}

async function baseCommit(opts: PullRequestOptions, remote: string, auth: Record<string, string>): Promise<BaseContext> {
  const file = isAbsolute(opts.manifest) ? opts.manifest : resolve(opts.workspace, opts.manifest);
  const top = await gitText(['rev-parse', '--show-toplevel'], { cwd: opts.workspace }).catch(() => '');
  const checkedOut = top ? await gitText(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: top }).catch(() => '') : '';
  const current = refBranch() || checkedOut;
  const branch = opts.base ?? (current || (await defaultBranch(opts)));
  if (top && current && branch === current) {
    // The checkout is the base branch: build on exactly what was checked out and read.
    const base = await gitText(['rev-parse', 'HEAD'], { cwd: top });
    return { dir: top, base, branch, path: repoPath(top, file), cleanup: async () => {} };
  }
  // No checkout, or one of something else (a PR merge commit, another branch): fetch just the
  // base branch's tip into a scratch bare repository.
  const dir = await mkdtemp(join(tmpdir(), 'sync-pr-'));
  try {
    await git(['init', '--quiet', '--bare', dir]);
    await git(['fetch', '--quiet', '--depth=1', '--', remote, `refs/heads/${branch}`], { cwd: dir, env: auth });
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  const base = await gitText(['rev-parse', 'FETCH_HEAD'], { cwd: dir });
  return { dir, base, branch, path: repoPath(top || opts.workspace, file), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

function repoPath(top: string, file: string): string {
  const rel = relative(top, file);
  if (!rel || rel.startsWith('..')) throw new UserError(`${file} is outside the repository ${top}`);
  return rel.split(sep).join('/');
}

function refBranch(): string {
  const ref = process.env.GITHUB_REF ?? '';
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
}

async function defaultBranch(opts: PullRequestOptions): Promise<string> {
  const [owner, repo] = opts.repo.split('/');
  const { data } = await opts.client.rest.repos.get({ owner, repo });
  return data.default_branch;
}

/** A commit of `base` with the manifest replaced, made without touching the work tree or index. */
async function makeCommit(ctx: BaseContext, mode: string, text: string, message: string, date: string): Promise<string> {
  const blob = await gitText(['hash-object', '-w', '--stdin'], { cwd: ctx.dir, input: text });
  const scratch = await mkdtemp(join(tmpdir(), 'sync-index-'));
  try {
    const env = { GIT_INDEX_FILE: join(scratch, 'index') };
    await git(['read-tree', ctx.base], { cwd: ctx.dir, env });
    await git(['update-index', '--add', '--cacheinfo', `${mode},${blob},${ctx.path}`], { cwd: ctx.dir, env });
    const tree = await gitText(['write-tree'], { cwd: ctx.dir, env });
    return await gitText(['commit-tree', tree, '-p', ctx.base, '-F', '-'], {
      cwd: ctx.dir,
      input: message,
      env: {
        GIT_AUTHOR_NAME: BOT.name,
        GIT_AUTHOR_EMAIL: BOT.email,
        GIT_COMMITTER_NAME: BOT.name,
        GIT_COMMITTER_EMAIL: BOT.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export function commitMessage(e: EntryResult): string {
  return [
    `Update ${e.name} from ${e.pinned} to ${e.newVersion}`,
    '',
    `Upstream: ${e.upstreamRepo}`,
    `Update-Type: ${e.updateType}`,
    ...(e.latestCommit ? [`Upstream-Commit: ${e.latestCommit}`] : []),
    '',
  ].join('\n');
}

export function pullTitle(e: EntryResult): string {
  return `Update ${e.name} to ${e.newVersion}${e.updateType === 'major' ? ' (major)' : ''}`;
}

export function pullBody(e: EntryResult): string {
  const lines = [
    `Updates **${e.name}** from upstream [${e.upstreamRepo.replace(/^https?:\/\//, '')}](${e.upstreamRepo}).`,
    '',
    '| | version | commit |',
    '| --- | --- | --- |',
    `| current | \`${e.pinned}\` | ${e.currentCommit ? `\`${e.currentCommit}\`` : ''} |`,
    `| latest | \`${e.newVersion}\` | ${e.latestCommit ? `\`${e.latestCommit}\`` : ''} |`,
    '',
    `Update type: **${e.updateType}**${e.updateType === 'major' ? ' - check the release notes for breaking changes.' : ''}`,
  ];
  if (e.releaseUrl) lines.push('', `${e.track === 'commits' ? 'Commit' : 'Release notes'}: ${e.releaseUrl}`);
  if (e.compareUrl) lines.push(`Changes: ${e.compareUrl}`);
  lines.push('', `<sub>Opened by sync/check-upstream; the branch \`${branchFor(e.name)}\` is rewritten on every run, so push fixes to another branch.</sub>`);
  return lines.join('\n');
}

async function upsertPull(
  opts: PullRequestOptions,
  base: string,
  branch: string,
  e: EntryResult,
  pushed: boolean,
  log: Log,
): Promise<Omit<PullRequestResult, 'name' | 'branch'>> {
  const labels = [...new Set([...(opts.labels ?? []), ...(e.updateType === 'major' ? ['major'] : [])])];
  const pr = await openOrRefreshPull({ client: opts.client, repo: opts.repo, branch, base, title: pullTitle(e), body: pullBody(e), labels, pushed, log });
  log.info(`${e.name}: PR #${pr.number} ${pr.action} (${pr.url})`);
  return { action: pr.action, number: pr.number, url: pr.url };
}
