import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BUNDLE_NODE, REPO_ROOT } from './launcher.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled `ghsync` CLI (dist/cli/index.js) as a child process, like a user's shell would. */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<CliResult> {
  const p = startCli(args, opts);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  return new Promise((resolve, reject) => {
    p.child.on('error', reject);
    p.child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: p.stdout, stderr: p.stderr });
    });
  });
}

/** A stream's text so far, and promises that resolve once it matches a pattern. */
function watched(stream: NodeJS.ReadableStream) {
  let text = '';
  const waiters: Array<{ re: RegExp; resolve: () => void }> = [];
  stream.setEncoding('utf8');
  stream.on('data', (c: string) => {
    text += c;
    for (const w of waiters.splice(0))
      if (w.re.test(text)) w.resolve();
      else waiters.push(w);
  });
  return {
    get text() {
      return text;
    },
    matched: (re: RegExp) => (re.test(text) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ re, resolve }))),
  };
}

/** A long-running `ghsync` (watch, relay): the child, and a way to wait for a line on its stdout or stderr. */
export function startCli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'LANG', 'TMPDIR']) if (process.env[key] !== undefined) env[key] = process.env[key]!;
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) env[k] = v;
  const child = spawn(BUNDLE_NODE, [join(REPO_ROOT, 'dist/cli/index.js'), ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = watched(child.stdout);
  const err = watched(child.stderr);
  const closed = new Promise<number | null>((resolve) => child.on('close', (code, signal) => resolve(signal ? null : code)));
  /** Resolves once the stream matches `re`, or rejects when the process ends first. */
  const waitFor = (s: typeof out, name: string, re: RegExp) =>
    Promise.race([s.matched(re), closed.then((code) => Promise.reject(new Error(`ghsync exited ${code} before ${re} on ${name}: ${s.text}`)))]);
  return {
    child,
    closed,
    get stdout() {
      return out.text;
    },
    get stderr() {
      return err.text;
    },
    waitForStdout: (re: RegExp) => waitFor(out, 'stdout', re),
    waitForStderr: (re: RegExp) => waitFor(err, 'stderr', re),
  };
}

/**
 * A long-running `ghsync` (relay, webhook) that logs JSON lines: every line of stdout and stderr,
 * the parsed records, waits for a record, and SIGTERM (drain) / SIGKILL (nothing flushed). Children
 * are added to `children` until they exit, so a test's `after` can kill what is left.
 */
export function startLoggingCli(args: string[], opts: { cwd: string; env: Record<string, string | undefined>; children: Set<ChildProcess> }) {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.env)) if (v !== undefined) env[k] = v;
  const child = spawn(BUNDLE_NODE, [join(REPO_ROOT, 'dist/cli/index.js'), ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  opts.children.add(child);
  const lines: string[] = [];
  const records: any[] = [];
  const waiters: Array<() => void> = [];
  const take = (line: string) => {
    lines.push(line);
    try {
      records.push(JSON.parse(line));
    } catch {
      // not a log record (the relay's URL line)
    }
    waiters.splice(0).forEach((w) => w());
  };
  createInterface({ input: child.stdout! }).on('line', take);
  createInterface({ input: child.stderr! }).on('line', take);
  let exited = false;
  const exit = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      exited = true;
      opts.children.delete(child);
      waiters.splice(0).forEach((w) => w());
      resolve(code);
    }),
  );
  return {
    child,
    lines,
    records,
    /** The first record matching `pred`, waiting for it; rejects when the process exits first. */
    async next(pred: (r: any) => boolean, what = 'a log line'): Promise<any> {
      for (;;) {
        const found = records.find(pred);
        if (found) return found;
        if (exited) throw new Error(`exited before ${what}:\n${lines.join('\n')}`);
        await new Promise<void>((r) => waiters.push(r));
      }
    },
    /** Resolves once `n` records match `pred`. */
    async count(pred: (r: any) => boolean, n: number): Promise<void> {
      while (records.filter(pred).length < n) {
        if (exited) throw new Error(`exited:\n${lines.join('\n')}`);
        await new Promise<void>((r) => waiters.push(r));
      }
    },
    /** SIGTERM: stops reading, drains the queue, exits. */
    stop(): Promise<number | null> {
      if (!exited) child.kill('SIGTERM');
      return exit;
    },
    /** SIGKILL: nothing drained, nothing flushed. */
    kill(): Promise<number | null> {
      if (!exited) child.kill('SIGKILL');
      return exit;
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
