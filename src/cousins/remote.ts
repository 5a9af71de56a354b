import { git, gitAuthEnv } from '../git/git.js';

export { repoUrl } from '../git/git.js';

/**
 * Talking to the cousin and the upstream over smart HTTP with a token: the one auth helper of
 * src/git (GIT_CONFIG_*, never argv, never .git/config; inherited extraheaders reset so exactly
 * one Authorization is sent), plus literal pathspecs (feature paths come from a payload).
 */
export function authEnv(token: string, serverUrl: string): Record<string, string> {
  return { GIT_LITERAL_PATHSPECS: '1', ...gitAuthEnv(token, serverUrl) };
}

/** True when `name` is a valid branch name (so it cannot be read as a refspec pattern or an option). */
export async function isValidBranch(cwd: string, name: string): Promise<boolean> {
  const r = await git(['check-ref-format', `refs/heads/${name}`], { cwd, okCodes: [1, 128] });
  return r.code === 0 && !name.startsWith('-');
}

/** Commit a remote branch points to, or undefined when it does not exist. */
export async function remoteBranch(cwd: string, url: string, branch: string, env: Record<string, string>): Promise<string | undefined> {
  const out = await git(['ls-remote', '--heads', '--', url, `refs/heads/${branch}`], { cwd, env });
  const line = out.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
  return line?.slice(0, 40);
}

/** Fetches a branch into `refs/sync-upstream/<name>` and returns its commit. */
export async function fetchBranch(cwd: string, url: string, branch: string, local: string, env: Record<string, string>, depth?: number): Promise<string> {
  const ref = `refs/sync-upstream/${local}`;
  await git(['fetch', '--no-tags', '--quiet', ...(depth ? [`--depth=${depth}`] : []), '--', url, `+refs/heads/${branch}:${ref}`], { cwd, env });
  return (await git(['rev-parse', '--verify', `${ref}^{commit}`], { cwd, env })).stdout.trim();
}

async function haveCommit(cwd: string, sha: string): Promise<boolean> {
  return (await git(['cat-file', '-e', `${sha}^{commit}`], { cwd, okCodes: [1, 128] })).code === 0;
}

/**
 * Brings an upstream commit (and as much history as the method needs) into the cousin's
 * repository. By SHA first (GitHub serves reachable SHAs); else the default branch, which the
 * commit was checked to be reachable from.
 */
/** A git call against the upstream or cousin remote: where, which URL, and the auth environment. */
interface RemoteCall {
  cwd: string;
  url: string;
  env: Record<string, string>;
}

export async function fetchCommit(opts: RemoteCall & { sha: string; defaultBranch: string; depth?: number }): Promise<void> {
  const { cwd, url, sha, env } = opts;
  const depth = opts.depth ? [`--depth=${opts.depth}`] : [];
  const bySha = await git(['fetch', '--no-tags', '--quiet', ...depth, '--', url, sha], { cwd, env, okCodes: [1, 128] });
  if (bySha.code === 0 && (await haveCommit(cwd, sha))) return;
  await git(['fetch', '--no-tags', '--quiet', '--', url, `+refs/heads/${opts.defaultBranch}:refs/sync-upstream/upstream-default`], { cwd, env });
  if (!(await haveCommit(cwd, sha))) throw new Error(`commit ${sha} could not be fetched from the upstream`);
}

/** Makes a shallow checkout whole (merge and squash need the merge base). */
export async function unshallow(cwd: string, url: string, env: Record<string, string>): Promise<void> {
  const shallow = (await git(['rev-parse', '--is-shallow-repository'], { cwd })).stdout.trim() === 'true';
  if (shallow) await git(['fetch', '--no-tags', '--quiet', '--unshallow', '--', url], { cwd, env });
}

/**
 * Pushes `commit` to `branch`, refusing to overwrite anything but the tip we saw (`expected`,
 * or nothing when the branch did not exist): a concurrent run's push is never silently lost.
 */
export async function pushBranch(opts: RemoteCall & { commit: string; branch: string; expected?: string }): Promise<void> {
  const ref = `refs/heads/${opts.branch}`;
  await git(['push', '--quiet', '--porcelain', `--force-with-lease=${ref}:${opts.expected ?? ''}`, '--', opts.url, `${opts.commit}:${ref}`], {
    cwd: opts.cwd,
    env: opts.env,
  });
}
