/**
 * Look-alikes of real upstream release assets: their real file names and layouts, packed by the
 * real `tar`/`zip`/`xz`/`bzip2`/`zstd` CLIs, each fake binary printing its own platform so a test
 * can see the right one was installed. Served as release assets of the upstream repository on the
 * GitHub stand-in, or by a small static server (for upstreams that publish elsewhere: kubectl).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { GitHubStandIn } from './release-cache.js';

const run = promisify(execFile);

export type Os = 'linux' | 'darwin' | 'windows';
export type Arch = 'amd64' | 'arm64';
export interface Plat {
  os: Os;
  arch: Arch;
}
export const ALL: Plat[] = [
  { os: 'linux', arch: 'amd64' },
  { os: 'linux', arch: 'arm64' },
  { os: 'darwin', arch: 'arm64' },
  { os: 'windows', arch: 'amd64' },
];

/** The fake binary: a script that says which upstream, version and platform it is. */
export function fakeBinary(who: string, version: string, p: Plat): string {
  return `#!/bin/sh\necho "${who} ${version} ${p.os}/${p.arch}"\n`;
}

export type Layout = Record<string, string | { data: string; mode?: number } | { link: string }>;

/** Which CLI packs an archive of that format (checked by `which` before the tests). */
export const TOOLS: Record<string, string[]> = {
  'tar.gz': ['tar', 'gzip'],
  'tar.xz': ['tar', 'xz'],
  'tar.bz2': ['tar', 'bzip2'],
  'tar.zst': ['tar', 'zstd'],
  zip: ['zip'],
  gz: ['gzip'],
  raw: [],
};

export async function missingTools(): Promise<string[]> {
  const missing: string[] = [];
  for (const tool of new Set(Object.values(TOOLS).flat())) {
    await run('which', [tool]).catch(() => missing.push(tool));
  }
  return missing;
}

/** Packs `layout` (path → content) as `format` with the real CLI; returns the archive's bytes. */
export async function pack(work: string, format: string, layout: Layout, tarFormat: 'gnu' | 'pax' | 'ustar' = 'gnu'): Promise<Buffer> {
  const dir = join(work, `src-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir, { recursive: true });
  for (const [path, v] of Object.entries(layout)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof v === 'object' && 'link' in v) {
      await run('ln', ['-s', v.link, full]);
      continue;
    }
    const data = typeof v === 'string' ? v : v.data;
    const mode = typeof v === 'string' ? 0o644 : (v.mode ?? 0o644);
    writeFileSync(full, data, { mode });
  }
  const out = `${dir}.${format}`;
  // Entries in a fixed order, as a release script packs them.
  const names = Object.keys(layout)
    .map((p) => p.split('/')[0])
    .filter((x, i, a) => a.indexOf(x) === i)
    .sort();
  const tar = (flag: string[]) => run('tar', [`--format=${tarFormat}`, ...flag, '-cf', out, '-C', dir, ...names]);
  switch (format) {
    case 'tar.gz':
      await tar(['-z']);
      break;
    case 'tar.xz':
      await tar(['-J']);
      break;
    case 'tar.bz2':
      await tar(['-j']);
      break;
    case 'tar.zst':
      await tar(['--zstd']);
      break;
    case 'zip':
      await run('zip', ['-q', '-r', '-y', out, ...names], { cwd: dir });
      break;
    case 'gz':
      await run('sh', ['-c', 'gzip -c -- "$1" > "$2"', 'sh', join(dir, names[0]), out]);
      break;
    case 'raw':
      return readFileSync(join(dir, names[0]));
    default:
      throw new Error(`pack: unknown format ${format}`);
  }
  return readFileSync(out);
}

export function sha256(b: Buffer | string): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Publishes a release `tag` of `repo` on the stand-in with these assets (creating the repo). */
export async function publishUpstream(gh: GitHubStandIn, token: string, repo: string, tag: string, assets: Record<string, Buffer>): Promise<void> {
  if (!gh.state.releases) throw new Error('stand-in without state');
  try {
    await gh.createRepo(repo);
    await gh.commit(repo, { files: { 'README.md': `# ${repo}\n` } });
  } catch (err) {
    if (!/already exists/.test(String(err))) throw err;
  }
  const auth = { authorization: `token ${token}` };
  let rel = (await (await fetch(`${gh.apiUrl}/repos/${repo}/releases/tags/${encodeURIComponent(tag)}`, { headers: auth })).json()) as {
    id?: number;
    upload_url: string;
  };
  if (!rel.id) {
    const res = await fetch(`${gh.apiUrl}/repos/${repo}/releases`, { method: 'POST', headers: auth, body: JSON.stringify({ tag_name: tag }) });
    rel = (await res.json()) as typeof rel;
    if (!rel.id) throw new Error(`creating release ${tag} in ${repo}: ${JSON.stringify(rel)}`);
  }
  for (const [name, body] of Object.entries(assets)) {
    const res = await fetch(`${rel.upload_url.replace(/\{.*$/, '')}?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/octet-stream', 'content-length': String(body.length) },
      body: new Uint8Array(body),
    });
    if (res.status !== 201) throw new Error(`upload ${name} to ${repo} ${tag}: ${res.status} ${await res.text()}`);
  }
}

/** A static file server on 127.0.0.1 (a CDN like dl.k8s.io): GET /path → the file, else 404. */
export async function staticServer(files: Map<string, Buffer>): Promise<{ url: string; close: () => Promise<void>; requests: string[] }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const body = files.get(path);
    if (!body || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return void res.end('Not Found');
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
