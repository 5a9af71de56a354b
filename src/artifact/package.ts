/**
 * Packing a binary the way SPEC §3 lays it out: `<bin>` and `.version` at the top of a .tar.gz,
 * so `tar xzf asset -C dir && grep -q "version: X" dir/.version` works as in the seeds.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { packTarGz, type PackEntry, type PackResult } from '../archive/tar.js';
import { UserError } from '../runtime/errors.js';
import { headSha } from '../git/git.js';
import { sha256File } from './hash.js';
import { builtNow, formatVersionFile, parseVersionFile, VERSION_FILE, type VersionInfo } from './version-file.js';
import type { Target } from './target.js';

/** The binary's path given a file or a folder holding it. */
export async function locateBinary(path: string, exe: string): Promise<string> {
  const st = await stat(path).catch(() => undefined);
  if (!st) throw new UserError(`${path}: not found (set "path" to the binary, or a folder holding ${exe})`);
  if (st.isFile()) return path;
  const inside = join(path, exe);
  if (!(await stat(inside).catch(() => undefined))?.isFile()) throw new UserError(`${path}: no ${exe} in that folder`);
  return inside;
}

/** The commit a binary was built from: the source's HEAD, else the workspace's, else GITHUB_SHA. */
export async function sourceCommit(...dirs: Array<string | undefined>): Promise<string> {
  for (const d of dirs) {
    if (!d) continue;
    const sha = await headSha(d);
    if (sha) return sha;
  }
  return process.env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(process.env.GITHUB_SHA) ? process.env.GITHUB_SHA : 'unknown';
}

/**
 * The `.version` for a binary: the one already beside it when it describes this very binary
 * (same name, version, checksum: it keeps its original commit and build time), else a new one.
 */
export async function versionInfoFor(binary: string, t: Target, commit: () => Promise<string>): Promise<VersionInfo> {
  const checksum = await sha256File(binary);
  const beside = await readFile(join(binary, '..', VERSION_FILE), 'utf8').catch(() => undefined);
  const old = beside ? parseVersionFile(beside) : {};
  const reuse = old.version === t.version && old.checksum === checksum && (!old.name || old.name === t.name);
  return {
    name: t.name,
    version: t.version,
    commit: reuse && old.commit ? old.commit : await commit(),
    checksum,
    os: t.platform.os,
    arch: t.platform.arch,
    built: reuse && old.built ? old.built : builtNow(),
    // An upstream download keeps saying where it came from.
    ...(reuse && old.source && { source: old.source }),
    ...(reuse && old.upstreamSha256 && { upstreamSha256: old.upstreamSha256 }),
  };
}

/** Packs binary + `.version` into `out`. */
export async function packBinary(binary: string, info: VersionInfo, exe: string, out: string): Promise<PackResult> {
  const entries: PackEntry[] = [
    { name: exe, file: binary, mode: 0o755 },
    { name: VERSION_FILE, data: formatVersionFile(info) },
  ];
  // The build time as every entry's mtime: the same binary and .version always pack to the same bytes.
  const built = Date.parse(info.built);
  return packTarGz(entries, out, { mtime: Number.isFinite(built) ? new Date(built) : undefined });
}
