import { execFile, spawn } from 'node:child_process';
import { UserError } from '../runtime/errors.js';

/**
 * Runs git with an argument array (never a shell), so no value from an event payload or an
 * input can be interpreted as a command.
 */
export interface GitOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Written to git's stdin. */
  input?: string | Buffer;
  /** Allowed exit codes besides 0 (e.g. 1 for `git diff --quiet`). */
  okCodes?: number[];
}

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

export class GitError extends UserError {
  constructor(
    readonly args: string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    const first = stderr.split('\n').find((l) => l.trim()) ?? `exit code ${code}`;
    super(`git ${args[0]} failed: ${first.replace(/^(fatal|error): /, '')}`);
    this.name = 'GitError';
  }
}

export function git(args: string[], opts: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: opts.cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => reject(new UserError(`cannot run git: ${e.message} (is git installed?)`)));
    child.on('close', (code) => {
      const result = { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code: code ?? -1 };
      if (code === 0 || opts.okCodes?.includes(code ?? -1)) resolve(result);
      else reject(new GitError(args, code ?? -1, result.stderr));
    });
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

/** `git <args>` trimmed stdout. */
export async function gitText(args: string[], opts: GitOptions = {}): Promise<string> {
  return (await git(args, opts)).stdout.trim();
}

/**
 * Environment that authenticates git over HTTPS with a token the way actions/checkout does
 * (an `http.<server>/.extraheader`), passed through GIT_CONFIG_* variables so the token is
 * neither on the command line (visible in `ps`) nor in a remote URL or .git/config.
 *
 * An empty value comes first: it resets any header inherited for the same server (the one
 * actions/checkout persists in the checkout's .git/config), so git sends exactly one
 * Authorization header. GitHub answers 400 to a request with two.
 */
export function gitAuthEnv(token: string, serverUrl: string): Record<string, string> {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}

/** The smart HTTP address of `owner/name` on a server (no credentials in it, ever). */
export function repoUrl(serverUrl: string, fullName: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${fullName}.git`;
}

/** Full SHA of HEAD in a folder, or undefined when it is not a git work tree. */
export function headSha(cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', 'HEAD'], { cwd }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
  });
}

export const SHA40 = /^[0-9a-f]{40}$/;
