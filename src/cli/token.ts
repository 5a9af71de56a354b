/**
 * Which token the CLI may send, and where (hardening 6). A token is for one host: GITHUB_TOKEN /
 * GH_TOKEN belong to the host GITHUB_API_URL or GH_HOST names, else to github.com; a clone's
 * `origin` pointing elsewhere does not redirect them. Without a usable one, the GitHub CLI's own
 * login for that host (`gh auth token --hostname HOST`, which only answers for hosts it knows).
 * A token never travels over plain http to a host that is not this machine.
 */
import { execFile } from 'node:child_process';

export interface TokenChoice {
  token?: string;
  /** Where it came from, for --verbose: "GITHUB_TOKEN", "gh auth token". */
  from?: string;
  /** One line saying why requests go unauthenticated although a token was at hand. */
  withheld?: string;
}

/** `api.github.com` → `github.com`; `ghe.example/api/v3` → `ghe.example` (host with port, lower case). */
export function serverHostOf(apiUrl: string): string {
  const u = new URL(apiUrl);
  const host = u.host.toLowerCase();
  return host === 'api.github.com' ? 'github.com' : host;
}

export function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Host the environment's token is for. */
function envTokenHost(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_API_URL) {
    try {
      return serverHostOf(env.GITHUB_API_URL);
    } catch {
      /* a bad URL is reported where it is used */
    }
  }
  if (env.GH_HOST) return env.GH_HOST.trim().toLowerCase();
  return 'github.com';
}

/** `gh auth token --hostname HOST`: undefined when gh is missing, not logged in there, or slow. */
export function ghAuthToken(host: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  return new Promise((resolve) => {
    // Argument array, no shell; gh gets our environment minus the tokens we chose not to use.
    const { GITHUB_TOKEN: _a, GH_TOKEN: _b, ...rest } = env;
    execFile('gh', ['auth', 'token', '--hostname', host], { env: rest, timeout: 5000, encoding: 'utf8' }, (err, stdout) => {
      const t = String(stdout ?? '').trim();
      resolve(!err && t && !/\s/.test(t) ? t : undefined);
    });
  });
}

export async function chooseToken(apiUrl: string, env: NodeJS.ProcessEnv = process.env, gh = ghAuthToken): Promise<TokenChoice> {
  const u = new URL(apiUrl);
  const host = serverHostOf(apiUrl);
  const envName = env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : env.GH_TOKEN ? 'GH_TOKEN' : undefined;
  const envToken = env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
  let withheld: string | undefined;
  let choice: TokenChoice = {};
  if (envToken) {
    const forHost = envTokenHost(env);
    if (forHost === host) choice = { token: envToken, from: envName };
    else withheld = `${envName} is for ${forHost}, not ${host} (set GH_HOST=${host} to send it there)`;
  }
  if (!choice.token) {
    const fromGh = await gh(host, env);
    if (fromGh) choice = { token: fromGh, from: 'gh auth token' };
  }
  if (choice.token && u.protocol === 'http:' && !isLoopback(u.hostname)) {
    return { withheld: `${choice.from} is not sent over plain http to ${u.host}` };
  }
  return choice.token ? choice : { withheld };
}
