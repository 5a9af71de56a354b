import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BUNDLE_NODE, REPO_ROOT } from './launcher.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled `ghsync` CLI (dist/cli/index.js) as a child process, like a user's shell would. */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<CliResult> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'LANG', 'TMPDIR']) if (process.env[key] !== undefined) env[key] = process.env[key]!;
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) env[k] = v;
  const child = spawn(BUNDLE_NODE, [join(REPO_ROOT, 'dist/cli/index.js'), ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const stdoutWaiters: Array<{ re: RegExp; resolve: () => void }> = [];
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    for (const w of stdoutWaiters.splice(0))
      if (w.re.test(stdout)) w.resolve();
      else stdoutWaiters.push(w);
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A long-running `ghsync` (watch): the child, and a way to wait for a line on its stderr. */
export function startCli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'LANG', 'TMPDIR']) if (process.env[key] !== undefined) env[key] = process.env[key]!;
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) env[k] = v;
  const child = spawn(BUNDLE_NODE, [join(REPO_ROOT, 'dist/cli/index.js'), ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ re: RegExp; resolve: () => void }> = [];
  const stdoutWaiters: Array<{ re: RegExp; resolve: () => void }> = [];
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    for (const w of stdoutWaiters.splice(0))
      if (w.re.test(stdout)) w.resolve();
      else stdoutWaiters.push(w);
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    for (const w of waiters.splice(0))
      if (w.re.test(stderr)) w.resolve();
      else waiters.push(w);
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', (code, signal) => resolve(signal ? null : code)));
  return {
    child,
    closed,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    /** Resolves once stdout matches `re` (or rejects when the process ends first). */
    waitForStdout(re: RegExp): Promise<void> {
      if (re.test(stdout)) return Promise.resolve();
      return Promise.race([
        new Promise<void>((resolve) => stdoutWaiters.push({ re, resolve })),
        closed.then((code) => Promise.reject(new Error(`ghsync exited ${code} before ${re} on stdout: ${stdout}`))),
      ]);
    },
    /** Resolves once stderr matches `re` (or rejects when the process ends first). */
    waitForStderr(re: RegExp): Promise<void> {
      if (re.test(stderr)) return Promise.resolve();
      return Promise.race([
        new Promise<void>((resolve) => waiters.push({ re, resolve })),
        closed.then((code) => Promise.reject(new Error(`ghsync exited ${code} before ${re}: ${stderr}`))),
      ]);
    },
  };
}

/** A user's checkout: a git repository whose `origin` is `remoteUrl`, holding `files`. */
export async function userClone(dir: string, remoteUrl: string, files: Record<string, string>): Promise<void> {
  const { execFileSync } = await import('node:child_process');
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  execFileSync('git', ['init', '-q', dir]);
  execFileSync('git', ['-C', dir, 'remote', 'add', 'origin', remoteUrl]);
  for (const [p, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, p)), { recursive: true });
    await writeFile(join(dir, p), text);
  }
}
