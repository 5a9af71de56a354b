/**
 * The runner tool cache, laid out as @actions/tool-cache does
 * (`<root>/<name>/<version>/<arch>` plus a `<arch>.complete` marker), but for any version string:
 * tool-cache's own find() only accepts semver, and ours are often commit SHAs or calendar versions.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync } from 'node:fs';
import { lstat, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../runtime/errors.js';
import { currentPlatform, samePlatform, type Platform } from '../manifest/platform.js';
import { sha256File } from './hash.js';

/** RUNNER_TOOL_CACHE on a runner; on a laptop, a per-user cache folder. */
export function toolCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RUNNER_TOOL_CACHE) return env.RUNNER_TOOL_CACHE;
  const base = env.XDG_CACHE_HOME || (process.platform === 'darwin' ? join(homedir(), 'Library', 'Caches') : join(homedir(), '.cache'));
  return join(base, 'sync', 'tools');
}

/** A path segment made from a name or version: no separators, no `..`. */
function segment(value: string, what: string): string {
  if (!value || value === '.' || value === '..' || /[/\\\0]/.test(value)) throw new UserError(`bad ${what} "${value}" for the tool cache`);
  return value;
}

/**
 * The folder for a binary. The runner's own platform is `<arch>` as SPEC §4 says; another OS's
 * binary (fetched with `os:`) lives under `<os>-<arch>` so it never shadows the runner's.
 */
export function toolDir(root: string, name: string, version: string, platform: Platform): string {
  const leaf = samePlatform(platform, currentPlatform()) ? platform.arch : `${platform.os}-${platform.arch}`;
  return join(root, segment(name, 'name'), segment(versionFolder(version), 'version'), leaf);
}

/**
 * A monorepo's full tag is a version (`comp/v1.2.3`, SPEC §2): its folder is one level, with `/`
 * written `%2F` (and `%` itself `%25`, so two versions never share a folder).
 */
export function versionFolder(version: string): string {
  return version.replace(/%/g, '%25').replace(/\//g, '%2F');
}

/**
 * The folder when it is complete (marker written last), else undefined. Every level below the
 * root must be a real folder and the marker a real file: a link planted in a shared tool cache
 * (by another job, or an archive that escaped) is never followed.
 */
export function findTool(root: string, name: string, version: string, platform: Platform): string | undefined {
  const dir = toolDir(root, name, version, platform);
  const levels = [join(root, name), join(root, name, versionFolder(version)), dir];
  if (!levels.every((p) => lstatSync(p, { throwIfNoEntry: false })?.isDirectory())) return undefined;
  return lstatSync(`${dir}.complete`, { throwIfNoEntry: false })?.isFile() ? dir : undefined;
}

/** A scratch folder beside the final one (same filesystem, so install is a rename). */
export async function stagingDir(root: string, name: string, version: string, platform: Platform): Promise<string> {
  const dir = toolDir(root, name, version, platform);
  const staging = `${dir}.tmp-${randomBytes(4).toString('hex')}`;
  await mkdir(staging, { recursive: true });
  return staging;
}

/**
 * What the `.complete` marker records: the binary as it was when verified (sha256 and the stat
 * fields that change when a file is replaced or rewritten). A later hit whose stat still matches
 * reuses that sha256 instead of hashing the whole binary again on every run; any difference
 * (size, mtime, inode) means a full re-hash. An empty marker (tool-cache's own) also means re-hash.
 */
interface Fingerprint {
  sha256: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

export async function writeMarker(dir: string, binary?: { path: string; sha256: string }): Promise<void> {
  let body = '';
  if (binary) {
    const st = await stat(binary.path);
    const fp: Fingerprint = { sha256: binary.sha256, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
    body = JSON.stringify(fp);
  }
  await writeFile(`${dir}.complete`, body);
}

/** The sha256 recorded at install, when the binary is provably unchanged since; else undefined. */
export async function verifiedSha256(dir: string, binaryPath: string): Promise<string | undefined> {
  try {
    const fp = JSON.parse(await readFile(`${dir}.complete`, 'utf8')) as Fingerprint;
    const st = await lstat(binaryPath);
    if (st.isFile() && st.size === fp.size && st.mtimeMs === fp.mtimeMs && st.ino === fp.ino && /^[0-9a-f]{64}$/.test(fp.sha256)) return fp.sha256;
  } catch {
    // no marker content, or no binary: hash it
  }
  return undefined;
}

/**
 * Moves a verified staging folder into place and marks it complete. The folder is never removed
 * to make room: jobs of one runner installing the same version at the same moment rename in
 * turn, the first wins and the others keep it when it holds the same binary, so a job that saw
 * the folder never finds it missing. Only a folder holding something else is replaced (moved
 * aside, then ours renamed in).
 */
export async function installTool(
  staging: string,
  root: string,
  name: string,
  version: string,
  platform: Platform,
  binary?: { exe: string; sha256: string },
): Promise<string> {
  const dir = toolDir(root, name, version, platform);
  const mark = () => writeMarker(dir, binary && { path: join(dir, binary.exe), sha256: binary.sha256 });
  // A link or file where the folder belongs (planted, never followed) is removed, not renamed onto.
  const there = lstatSync(dir, { throwIfNoEntry: false });
  if (there && !there.isDirectory()) await rm(dir, { force: true });
  if (await renameInto(staging, dir)) {
    await mark();
    return dir;
  }
  if (binary && (await holds(dir, binary))) {
    await rm(staging, { recursive: true, force: true });
    if (!lstatSync(`${dir}.complete`, { throwIfNoEntry: false })?.isFile()) await mark();
    return dir;
  }
  const aside = `${dir}.old-${randomBytes(4).toString('hex')}`;
  await rm(`${dir}.complete`, { force: true });
  await rename(dir, aside).catch(() => {});
  // Lost the race again: the newcomer is as good as ours (it was verified by its own job).
  if (!(await renameInto(staging, dir))) await rm(staging, { recursive: true, force: true });
  await rm(aside, { recursive: true, force: true });
  await mark();
  return dir;
}

/** rename(2) of a folder onto `dir`: false when a non-empty folder is already there. */
async function renameInto(staging: string, dir: string): Promise<boolean> {
  try {
    await rename(staging, dir);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || (code === 'EPERM' && existsSync(dir))) return false;
    throw err;
  }
}

/** True when `dir` holds this very binary as a regular file. */
async function holds(dir: string, binary: { exe: string; sha256: string }): Promise<boolean> {
  const path = join(dir, binary.exe);
  if (!lstatSync(path, { throwIfNoEntry: false })?.isFile()) return false;
  return (await sha256File(path).catch(() => '')) === binary.sha256;
}

/** Forgets a cached folder (it failed verification). */
export async function removeTool(root: string, name: string, version: string, platform: Platform): Promise<void> {
  const dir = toolDir(root, name, version, platform);
  await rm(`${dir}.complete`, { force: true });
  await rm(dir, { recursive: true, force: true });
}
