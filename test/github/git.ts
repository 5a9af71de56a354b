// Real git behind the stand-in: plumbing on bare repositories (no working trees, no network)
// and `git http-backend` as a CGI child for smart HTTP. Always argument arrays, never a shell.
import { spawn } from 'node:child_process';
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const HTTP_BACKEND = '/usr/lib/git-core/git-http-backend';
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
export const ZERO_SHA = '0000000000000000000000000000000000000000';

export class GitError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

// A clean environment: no user/system config, fixed identity, so results never depend on the host.
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    GIT_AUTHOR_NAME: 'Local GitHub',
    GIT_AUTHOR_EMAIL: 'noreply@github.local',
    GIT_COMMITTER_NAME: 'Local GitHub',
    GIT_COMMITTER_EMAIL: 'noreply@github.local',
    ...extra,
  };
}

export function git(
  cwd: string,
  args: string[],
  o: { input?: string | Buffer; env?: Record<string, string>; allowFail?: boolean } = {},
): Promise<{ stdout: Buffer; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: gitEnv(o.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.stdin.on('error', () => {}); // git may exit before reading all input (e.g. bad object)
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString();
      const res = { stdout: Buffer.concat(out), code, stderr };
      if (code !== 0 && !o.allowFail) reject(new GitError(`git ${args.join(' ')}: ${stderr.trim()}`, code, stderr));
      else resolve(res);
    });
    child.stdin.end(o.input ?? '');
  });
}

export async function gitText(cwd: string, args: string[], o: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  return (await git(cwd, args, o)).stdout.toString();
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  authorDate: string;
  committerName: string;
  committerEmail: string;
  committerDate: string;
  message: string;
}

export interface ChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';
  previous_filename?: string;
  sha: string;
  additions: number;
  deletions: number;
}

export interface RefInfo {
  ref: string;
  sha: string; // object the ref points at (tag object for annotated tags)
  type: 'commit' | 'tag' | 'tree' | 'blob';
  peeled: string; // the commit (annotated tags peeled)
  peeledType: string; // 'commit' unless a tag points at a tag (or a tree/blob)
}

const FMT = '%H%x00%T%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B%x00%x01';

function parseCommits(text: string): CommitInfo[] {
  return text
    .split('\x01')
    .map((s) => s.replace(/^\n/, ''))
    .filter((s) => s.length > 0)
    .map((rec) => {
      const [sha, tree, parents, an, ae, ad, cn, ce, cd, msg] = rec.split('\x00');
      return {
        sha,
        tree,
        parents: parents ? parents.split(' ') : [],
        authorName: an,
        authorEmail: ae,
        authorDate: ad,
        committerName: cn,
        committerEmail: ce,
        committerDate: cd,
        message: (msg ?? '').replace(/\n+$/, ''),
      };
    });
}

/** Bare repositories under `<root>/<owner>/<name>.git`, plus a per-repo write lock. */
export class GitStore {
  private locks = new Map<string, Promise<unknown>>();
  constructor(readonly root: string) {}

  dir(fullName: string) {
    return join(this.root, `${fullName}.git`);
  }

  /** Serialize writes per repository so concurrent creators see each other. */
  lock<T>(fullName: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(fullName) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    this.locks.set(
      fullName,
      next.catch(() => {}),
    );
    return next;
  }

  async init(fullName: string, defaultBranch: string) {
    const dir = this.dir(fullName);
    await mkdir(dir, { recursive: true });
    await git(dir, ['init', '-q', '--bare', `--initial-branch=${defaultBranch}`]);
    // Smart-HTTP push on (http-backend refuses receive-pack for anonymous REMOTE_USER-less setups
    // otherwise) and force pushes allowed, as on an unprotected GitHub branch. Appended directly:
    // one process fewer per repository matters when a benchmark creates hundreds. No `gc --auto`
    // after a push (GitHub's own maintenance is not in the pusher's path either).
    await appendFile(
      join(dir, 'config'),
      '[http]\n\treceivepack = true\n[receive]\n\tdenyNonFastForwards = false\n\tautogc = false\n[gc]\n\tauto = 0\n[maintenance]\n\tauto = false\n',
    );
  }

  async resolve(fullName: string, rev: string, type = 'commit'): Promise<string | null> {
    if (!rev || rev.startsWith('-')) return null;
    const r = await git(this.dir(fullName), ['rev-parse', '--verify', '--quiet', `${rev}^{${type}}`], { allowFail: true });
    return r.code === 0 ? r.stdout.toString().trim() : null;
  }

  async objectType(fullName: string, sha: string): Promise<string | null> {
    if (!/^[0-9a-f]{4,40}$/i.test(sha)) return null;
    const r = await git(this.dir(fullName), ['cat-file', '-t', sha], { allowFail: true });
    return r.code === 0 ? r.stdout.toString().trim() : null;
  }

  async refs(fullName: string, prefix = 'refs/'): Promise<RefInfo[]> {
    const out = await gitText(this.dir(fullName), [
      'for-each-ref',
      '--format=%(refname)%00%(objectname)%00%(objecttype)%00%(*objectname)%00%(*objecttype)',
      'refs/',
    ]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [ref, sha, type, peeled, peeledType] = l.split('\x00');
        return { ref, sha, type: type as RefInfo['type'], peeled: peeled || sha, peeledType: peeledType || type };
      })
      .filter((r) => r.ref.startsWith(prefix));
  }

  async ref(fullName: string, ref: string): Promise<RefInfo | null> {
    return (await this.refs(fullName, ref)).find((r) => r.ref === ref) ?? null;
  }

  async headBranch(fullName: string): Promise<string> {
    const out = await gitText(this.dir(fullName), ['symbolic-ref', 'HEAD']);
    return out.trim().replace(/^refs\/heads\//, '');
  }

  async setHead(fullName: string, branch: string) {
    await git(this.dir(fullName), ['symbolic-ref', 'HEAD', `refs/heads/${branch}`]);
  }

  /** update-ref with an optional expected old value (compare-and-swap). */
  async updateRef(fullName: string, ref: string, sha: string, old?: string) {
    const args = ['update-ref', ref, sha];
    if (old !== undefined) args.push(old);
    await git(this.dir(fullName), args);
  }

  async deleteRef(fullName: string, ref: string) {
    await git(this.dir(fullName), ['update-ref', '-d', ref]);
  }

  async isAncestor(fullName: string, a: string, b: string): Promise<boolean> {
    const r = await git(this.dir(fullName), ['merge-base', '--is-ancestor', a, b], { allowFail: true });
    return r.code === 0;
  }

  async mergeBase(fullName: string, a: string, b: string): Promise<string | null> {
    const r = await git(this.dir(fullName), ['merge-base', a, b], { allowFail: true });
    return r.code === 0 ? r.stdout.toString().trim() : null;
  }

  async countRange(fullName: string, range: string, path?: string): Promise<number> {
    const args = ['rev-list', '--count', range];
    if (path) args.push('--', path);
    return Number((await gitText(this.dir(fullName), args)).trim());
  }

  async log(fullName: string, revs: string[], o: { max?: number; skip?: number; path?: string; reverse?: boolean } = {}) {
    const args = ['log', `--format=${FMT}`];
    if (o.max !== undefined) args.push(`--max-count=${o.max}`);
    if (o.skip) args.push(`--skip=${o.skip}`);
    if (o.reverse) args.push('--reverse');
    args.push(...revs, '--');
    if (o.path) args.push(o.path);
    return parseCommits(await gitText(this.dir(fullName), args));
  }

  async commitInfo(fullName: string, sha: string): Promise<CommitInfo | null> {
    const r = await git(this.dir(fullName), ['show', '-s', `--format=${FMT}`, sha, '--'], { allowFail: true });
    if (r.code !== 0) return null;
    return parseCommits(r.stdout.toString())[0] ?? null;
  }

  /** Files changed between two commits (renames detected), with line counts. */
  async diff(fullName: string, from: string, to: string): Promise<ChangedFile[]> {
    const dir = this.dir(fullName);
    const raw = (await git(dir, ['diff-tree', '-r', '-M', '-z', '--raw', '--no-commit-id', from, to])).stdout.toString();
    const num = (await git(dir, ['diff-tree', '-r', '-M', '-z', '--numstat', '--no-commit-id', from, to])).stdout.toString();
    const files: ChangedFile[] = [];
    const parts = raw.split('\x00');
    for (let i = 0; i < parts.length - 1;) {
      const meta = parts[i++];
      if (!meta.startsWith(':')) continue;
      const [, , srcSha, dstSha, statusRaw] = meta.slice(1).split(' ');
      const code = statusRaw[0];
      if (code === 'R' || code === 'C') {
        const prev = parts[i++];
        const name = parts[i++];
        files.push({ filename: name, previous_filename: prev, status: code === 'R' ? 'renamed' : 'copied', sha: dstSha, additions: 0, deletions: 0 });
      } else {
        const name = parts[i++];
        const status = code === 'A' ? 'added' : code === 'D' ? 'removed' : code === 'M' ? 'modified' : 'changed';
        files.push({ filename: name, status, sha: code === 'D' ? srcSha : dstSha, additions: 0, deletions: 0 });
      }
    }
    // numstat -z: "add\tdel\tpath\0" or, for renames, "add\tdel\t\0old\0new\0"
    const np = num.split('\x00');
    const counts = new Map<string, [number, number]>();
    for (let i = 0; i < np.length - 1;) {
      const rec = np[i++];
      const [a, d, p] = rec.split('\t');
      let name = p;
      if (p === '') {
        i++;
        name = np[i++];
      }
      counts.set(name, [a === '-' ? 0 : Number(a), d === '-' ? 0 : Number(d)]);
    }
    for (const f of files) {
      const c = counts.get(f.filename);
      if (c) [f.additions, f.deletions] = c;
    }
    return files;
  }

  /** Write a commit with plumbing: temp index seeded from the parent, blobs, tree, commit, ref. */
  async commit(
    fullName: string,
    tmpRoot: string,
    o: { branch: string; files: Record<string, string | Buffer | null>; message: string; parent?: string; date?: Date },
  ): Promise<string> {
    const dir = this.dir(fullName);
    const ref = `refs/heads/${o.branch}`;
    const current = await this.resolve(fullName, ref);
    let parent: string | null = current;
    if (o.parent !== undefined) {
      parent = await this.resolve(fullName, o.parent);
      if (!parent) throw new Error(`commit(${fullName}): parent ${o.parent} not found`);
    }
    const index = join(tmpRoot, `index-${randomBytes(6).toString('hex')}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      if (parent) await git(dir, ['read-tree', parent], { env });
      else await git(dir, ['read-tree', '--empty'], { env });
      // All blobs in one git process: contents go to temp files, hash-object reads their paths.
      const entries = Object.entries(o.files).map(([path, content]) => ({ path: path.replace(/^\/+/, ''), content }));
      const writes = entries.filter((e) => e.content !== null);
      const blobDir = join(tmpRoot, `blobs-${randomBytes(6).toString('hex')}`);
      const shas = new Map<string, string>();
      if (writes.length) {
        await mkdir(blobDir, { recursive: true });
        const paths = await Promise.all(
          writes.map(async (e, i) => {
            const p = join(blobDir, String(i));
            await writeFile(p, e.content as string | Buffer);
            return p;
          }),
        );
        const out = (await gitText(dir, ['hash-object', '-w', '--no-filters', '--stdin-paths'], { input: paths.join('\n') + '\n' })).trim().split('\n');
        writes.forEach((e, i) => shas.set(e.path, out[i]));
        await rm(blobDir, { recursive: true, force: true });
      }
      let info = '';
      for (const e of entries) {
        info += e.content === null ? `0 ${ZERO_SHA}\t${e.path}\n` : `100644 ${shas.get(e.path)}\t${e.path}\n`;
      }
      if (info) await git(dir, ['update-index', '--index-info'], { input: info, env });
      const tree = (await gitText(dir, ['write-tree'], { env })).trim();
      const when = o.date ?? new Date();
      const stamp = `@${Math.floor(when.getTime() / 1000)} +0000`;
      const args = ['commit-tree', tree];
      if (parent) args.push('-p', parent);
      const sha = (await gitText(dir, args, { input: o.message, env: { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp } })).trim();
      await this.updateRef(fullName, ref, sha, current ?? ZERO_SHA);
      return sha;
    } finally {
      await rm(index, { force: true });
    }
  }

  async tag(fullName: string, tag: string, sha: string, o: { annotated?: boolean; message?: string } = {}) {
    const dir = this.dir(fullName);
    if (await this.ref(fullName, `refs/tags/${tag}`)) throw new Error(`tag ${tag} already exists in ${fullName}`);
    if (o.annotated) await git(dir, ['tag', '-a', '-m', o.message ?? tag, tag, sha]);
    else await this.updateRef(fullName, `refs/tags/${tag}`, sha, ZERO_SHA);
  }
}

export interface BackendRequest {
  req: IncomingMessage;
  res: ServerResponse;
  projectRoot: string;
  pathInfo: string; // /owner/name.git/info/refs
  query: string;
  remoteUser?: string;
}

/** Run git http-backend as a CGI: request body streams into stdin, stdout is parsed for CGI headers. */
export function httpBackend(o: BackendRequest): Promise<void> {
  const { req, res } = o;
  const h = req.headers;
  const env: Record<string, string> = {
    GIT_PROJECT_ROOT: o.projectRoot,
    GIT_HTTP_EXPORT_ALL: '1',
    GIT_HTTP_MAX_REQUEST_BUFFER: '1000M',
    PATH_INFO: o.pathInfo,
    QUERY_STRING: o.query,
    REQUEST_METHOD: req.method ?? 'GET',
    CONTENT_TYPE: String(h['content-type'] ?? ''),
    REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
    SERVER_PROTOCOL: 'HTTP/1.1',
    GATEWAY_INTERFACE: 'CGI/1.1',
  };
  if (o.remoteUser) env.REMOTE_USER = o.remoteUser;
  // Without CONTENT_LENGTH http-backend reads to EOF, which is what chunked pushes need.
  if (h['content-length'] !== undefined) env.CONTENT_LENGTH = String(h['content-length']);
  if (h['content-encoding']) env.HTTP_CONTENT_ENCODING = String(h['content-encoding']); // backend inflates gzip itself
  if (h['git-protocol']) env.HTTP_GIT_PROTOCOL = String(h['git-protocol']);
  const child = spawn(HTTP_BACKEND, [], { env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  req.pipe(child.stdin);
  child.stdin.on('error', () => {});
  return new Promise((resolve) => {
    let head = Buffer.alloc(0);
    let headersDone = false;
    const finish = () => resolve();
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) return void (res.write(chunk) || (child.stdout.pause(), res.once('drain', () => child.stdout.resume())));
      head = Buffer.concat([head, chunk]);
      let idx = head.indexOf('\r\n\r\n');
      let sepLen = 4;
      if (idx < 0) {
        idx = head.indexOf('\n\n');
        sepLen = 2;
      }
      if (idx < 0) return;
      headersDone = true;
      let status = 200;
      for (const line of head.subarray(0, idx).toString().split(/\r?\n/)) {
        const c = line.indexOf(':');
        if (c < 0) continue;
        const name = line.slice(0, c).trim();
        const value = line.slice(c + 1).trim();
        if (name.toLowerCase() === 'status') status = parseInt(value, 10) || 200;
        else res.setHeader(name, value);
      }
      res.writeHead(status);
      const rest = head.subarray(idx + sepLen);
      if (rest.length) res.write(rest);
    });
    child.on('error', (e) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
      finish();
    });
    child.on('close', (code) => {
      if (!headersDone) {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`git http-backend failed (${code}): ${stderr}`);
      } else res.end();
      finish();
    });
  });
}
