import { oneLine, UserError } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import { gitText } from '../git/git.js';
import { parseRepoRef } from '../github/repo-ref.js';
import { chooseToken, serverHostOf } from './token.js';

/** What every command needs: where GitHub is, which repository, which token. */
export interface CliContext {
  apiUrl: string;
  serverUrl: string;
  /** owner/name from --repo, GITHUB_REPOSITORY, or the `origin` remote. */
  repo?: string;
  token?: string;
  /** Why a token at hand is not sent (already said on stderr). */
  withheld?: string;
  cwd: string;
}

/** Parses `owner/name` and the host out of a git remote URL (https, ssh, scp-like): the one repo-ref reader. */
export function parseRemote(url: string): { host: string; protocol: string; repo: string } | undefined {
  const ref = parseRepoRef(url);
  if (!ref?.host) return undefined;
  // An ssh remote of a GitHub host still has its web and API over https.
  return { protocol: ref.scheme === 'http' ? 'http' : 'https', host: ref.host, repo: ref.fullName };
}

/** REST base for a GitHub host: api.github.com for github.com, `/api/v3` on Enterprise Server. */
export function apiUrlForHost(protocol: string, host: string): string {
  return host === 'github.com' ? 'https://api.github.com' : `${protocol}://${host}/api/v3`;
}

export async function resolveContext(opts: { repo?: string; cwd?: string; needRepo?: boolean; needToken?: boolean }): Promise<CliContext> {
  const cwd = opts.cwd ?? process.cwd();
  let repo = opts.repo || process.env.GITHUB_REPOSITORY || undefined;
  let remote: ReturnType<typeof parseRemote>;
  try {
    const url = await gitText(['remote', 'get-url', 'origin'], { cwd });
    remote = parseRemote(url);
  } catch {
    remote = undefined;
  }
  if (!repo && remote) repo = remote.repo;
  if (repo) {
    // --repo and GITHUB_REPOSITORY take owner/name (a URL of the repository is read the same way).
    const ref = parseRepoRef(repo);
    if (!ref) throw new UserError(`bad repository "${repo}": expected owner/name`);
    repo = ref.fullName;
  }

  let apiUrl = process.env.GITHUB_API_URL;
  let serverUrl = process.env.GITHUB_SERVER_URL;
  if (!apiUrl && remote) apiUrl = apiUrlForHost(remote.protocol, remote.host);
  if (!apiUrl && process.env.GH_HOST) apiUrl = apiUrlForHost('https', process.env.GH_HOST.trim());
  if (!serverUrl && remote) serverUrl = `${remote.protocol}://${remote.host}`;
  apiUrl = (apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
  serverUrl = (serverUrl ?? (apiUrl === 'https://api.github.com' ? 'https://github.com' : apiUrl.replace(/\/api\/v3$/, ''))).replace(/\/+$/, '');

  const choice = await chooseToken(apiUrl);
  const token = choice.token;
  if (opts.needRepo && !repo) throw new UserError('no repository: pass --repo owner/name, or run inside a clone with an "origin" remote');
  if (opts.needToken && !token)
    throw new UserError(
      choice.withheld ? `no token for ${serverHostOf(apiUrl)}: ${choice.withheld}` : 'no token: set GITHUB_TOKEN or GH_TOKEN, or log in with "gh auth login"',
    );
  if (choice.withheld) {
    // Nothing later (a build's environment, git) may pick up the token we decided not to send.
    delete process.env.GITHUB_TOKEN;
    delete process.env.GH_TOKEN;
  }
  if (process.env.SYNC_DEBUG)
    process.stderr.write(`debug: API ${apiUrl}, repository ${repo ?? '(none)'}, token ${choice.token ? `from ${choice.from}` : 'none'}\n`);
  // Said once, before any request, so an anonymous 404 or rate limit is not a mystery.
  if (choice.withheld) process.stderr.write(`ghsync: requests to ${apiUrl} go without a token: ${choice.withheld}\n`);
  // The library reads these, as it does on the runner.
  process.env.GITHUB_API_URL = apiUrl;
  process.env.GITHUB_SERVER_URL = serverUrl;
  if (repo && !process.env.GITHUB_REPOSITORY) process.env.GITHUB_REPOSITORY = repo;
  if (!process.env.GITHUB_WORKSPACE) process.env.GITHUB_WORKSPACE = cwd;
  return { apiUrl, serverUrl, repo, token, withheld: choice.withheld, cwd };
}

/**
 * Without a token, a private repository answers 404 like a missing release would, and the
 * caller would go on to build what may exist: stop with the one line that says what to do.
 */
export async function assertVisible(ctx: CliContext, log: Log): Promise<void> {
  if (ctx.token || !ctx.repo) return;
  // Through the one API client (retries, rate limits), anonymous: a 404 is "missing or private".
  const { createClient, splitRepo, statusOf } = await import('../github/client.js');
  const gh = createClient({ apiUrl: ctx.apiUrl, warn: (m) => log.warn(m) });
  const seen = await gh.rest.repos.get(splitRepo(ctx.repo)).then(
    () => true,
    (err: unknown) => {
      if (statusOf(err) === 404) return false;
      throw new UserError(`reading repository ${ctx.repo} failed: ${oneLine(err)} (check the network and run it again)`);
    },
  );
  if (!seen) throw new UserError(`no token: if ${ctx.repo} is private ${ctx.withheld ? `note that ${ctx.withheld}` : 'set GITHUB_TOKEN'}`);
}
