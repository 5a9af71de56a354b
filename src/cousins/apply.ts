import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, gitText, type GitOptions } from '../git/git.js';

/**
 * Applying an upstream commit to the cousin without touching the checkout or the base branch:
 * `copy` builds the new tree with plumbing in a private index; the git methods run in a
 * throwaway worktree. Either way the result is a commit object whose only parent is the base
 * (two parents for `merge`), or nothing when the tree equals the base's. Every call is an
 * argument array with paths after `--`, and GIT_LITERAL_PATHSPECS keeps `*` or `:(...)` in a
 * feature name from meaning anything to git.
 */
export type Method = 'copy' | 'cherry-pick' | 'squash' | 'merge';
export const METHODS: Method[] = ['copy', 'cherry-pick', 'squash', 'merge'];

export class ApplyConflict extends Error {
  constructor(
    readonly method: Method,
    readonly files: string[],
  ) {
    super(`${method} of the upstream commit conflicts in ${files.length ? files.join(', ') : 'the work tree'}; aborted, the base branch is untouched`);
    this.name = 'ApplyConflict';
  }
}

export interface Identity {
  name: string;
  email: string;
}

export const BOT: Identity = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export interface ApplyOptions {
  /** The cousin's git repository (its checkout). */
  cwd: string;
  method: Method;
  /** Upstream commit, already fetched into `cwd`. */
  sha: string;
  /** Feature folder in the upstream. */
  feature: string;
  /** Where it lands in the cousin (copy only). */
  target: string;
  /** Commit the result builds on. */
  baseSha: string;
  message: string;
  committer: Identity;
  /** Extra env for git (nothing secret is needed: all objects are local). */
  env?: Record<string, string>;
}

export interface Applied {
  /** The new commit, or undefined when the result equals the base. */
  commit?: string;
  tree: string;
  /** Files the result changes relative to the base. */
  changed: string[];
}

function baseEnv(o: { committer: Identity; env?: Record<string, string> }): Record<string, string> {
  return {
    GIT_LITERAL_PATHSPECS: '1',
    GIT_COMMITTER_NAME: o.committer.name,
    GIT_COMMITTER_EMAIL: o.committer.email,
    GIT_AUTHOR_NAME: o.committer.name,
    GIT_AUTHOR_EMAIL: o.committer.email,
    ...o.env,
  };
}

export async function applyUpstream(o: ApplyOptions): Promise<Applied> {
  return o.method === 'copy' ? applyCopy(o) : applyWithGit(o);
}

/** Mirrors `feature` at `sha` into `target`: adds, changes, deletes; nothing else moves. */
async function applyCopy(o: ApplyOptions): Promise<Applied> {
  const scratch = await mkdtemp(join(tmpdir(), 'sync-index-'));
  const env = { ...baseEnv(o), GIT_INDEX_FILE: join(scratch, 'index') };
  const run = (args: string[], extra: GitOptions = {}) => git(args, { cwd: o.cwd, env, ...extra });
  try {
    await run(['read-tree', o.baseSha]);
    await run(['rm', '--cached', '-r', '-f', '-q', '--ignore-unmatch', '--', o.target]);
    const source = `${o.sha}:${o.feature}`;
    const type = (await run(['cat-file', '-t', source], { okCodes: [1, 128] })).stdout.trim();
    if (type === 'tree') {
      await run(['read-tree', `--prefix=${o.target}/`, source]);
    } else if (type === 'blob') {
      const entry = (await run(['ls-tree', '-z', o.sha, '--', o.feature])).stdout;
      const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(entry);
      if (!m) throw new Error(`cannot read ${o.feature} at ${o.sha}`);
      await run(['update-index', '--add', '--cacheinfo', `${m[1]},${m[2]},${o.target}`]);
    }
    // Missing at that commit: the feature was deleted upstream, and so is its copy.
    const tree = await gitText(['write-tree'], { cwd: o.cwd, env });
    return finish(o, tree, [o.baseSha]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** cherry-pick / squash / merge in a throwaway worktree; a conflict aborts and reports. */
async function applyWithGit(o: ApplyOptions): Promise<Applied> {
  const env = baseEnv(o);
  const dir = await mkdtemp(join(tmpdir(), 'sync-worktree-'));
  const wt = join(dir, 'wt');
  await git(['worktree', 'add', '--detach', '--quiet', '--', wt, o.baseSha], { cwd: o.cwd, env });
  const run = (args: string[], extra: GitOptions = {}) => git(args, { cwd: wt, env, ...extra });
  try {
    let args: string[];
    if (o.method === 'cherry-pick') {
      const parents = (await gitText(['rev-list', '--parents', '-n', '1', o.sha], { cwd: wt, env })).split(' ').length - 1;
      args = ['cherry-pick', '--no-commit', ...(parents > 1 ? ['-m', '1'] : []), o.sha];
    } else if (o.method === 'squash') {
      args = ['merge', '--squash', '--no-commit', o.sha];
    } else {
      args = ['merge', '--no-ff', '--no-commit', o.sha];
    }
    const r = await run(args, { okCodes: [1, 2, 128] });
    if (r.code !== 0) {
      const unmerged = (await run(['diff', '--name-only', '-z', '--diff-filter=U'], { okCodes: [1, 128] })).stdout.split('\0').filter(Boolean);
      if (!unmerged.length && !/conflict/i.test(r.stdout + r.stderr)) {
        // Not a conflict: git refused (unrelated histories, missing objects). Say what git said.
        const line = (r.stderr || r.stdout).split('\n').find((l) => l.trim()) ?? `exit code ${r.code}`;
        throw new Error(`git ${args[0]} failed: ${line.replace(/^(fatal|error): /, '')}`);
      }
      // Leave nothing half-applied behind, even in the throwaway worktree.
      await run([o.method === 'cherry-pick' ? 'cherry-pick' : 'merge', '--abort'], { okCodes: [1, 128] });
      throw new ApplyConflict(o.method, unmerged);
    }
    const tree = await gitText(['write-tree'], { cwd: wt, env });
    let author: Record<string, string> = {};
    if (o.method === 'cherry-pick') {
      // A cherry-pick keeps the original author, as git does.
      const [name, email, date] = (await gitText(['log', '-1', '--format=%an%x00%ae%x00%aI', o.sha], { cwd: wt, env })).split('\0');
      author = { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: date };
    }
    return finish({ ...o, env: { ...o.env, ...author } }, tree, o.method === 'merge' ? [o.baseSha, o.sha] : [o.baseSha]);
  } finally {
    await git(['worktree', 'remove', '--force', '--', wt], { cwd: o.cwd, env, okCodes: [1, 128] });
    await rm(dir, { recursive: true, force: true });
    await git(['worktree', 'prune'], { cwd: o.cwd, env, okCodes: [1, 128] });
  }
}

async function finish(o: ApplyOptions, tree: string, parents: string[]): Promise<Applied> {
  const env = baseEnv(o);
  const baseTree = await gitText(['rev-parse', `${o.baseSha}^{tree}`], { cwd: o.cwd, env });
  if (tree === baseTree) return { tree, changed: [] };
  const changed = (await git(['diff-tree', '-r', '--name-only', '-z', '--no-renames', baseTree, tree], { cwd: o.cwd, env })).stdout.split('\0').filter(Boolean);
  const commit = await gitText(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], { cwd: o.cwd, env, input: o.message });
  return { commit, tree, changed };
}
