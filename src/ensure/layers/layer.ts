/**
 * One layer of the lookup order of SPEC §4 (tool cache → actions/cache → release asset → download
 * URL → build): `find` answers a hit (a verified binary installed in the tool cache) or a miss, and
 * a layer that missed may `store` what a later layer found (actions/cache saves it for next time).
 * The run's shared state (target, scratch space, the tool cache staging folder) is the Context.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../../runtime/log.js';
import type { Target } from '../../artifact/target.js';
import { installTool, stagingDir } from '../../artifact/tool-cache.js';
import type { EnsureOptions } from '../ensure-binary.js';

export type Source = 'tool-cache' | 'actions-cache' | 'release' | 'download' | 'build';

/** Found: `dir` holds the verified binary (and its `.version`), `sha256` is the binary's. */
export interface Hit {
  hit: true;
  dir: string;
  sha256: string;
}

/** Not found: `why` goes into the error when no layer has it; `skipped` = the layer is off here. */
export interface Miss {
  hit: false;
  why?: string;
  skipped?: boolean;
}

export interface Layer {
  name: Source;
  find(ctx: Context): Promise<Hit | Miss>;
  /** Called, when this layer missed (not skipped), with what a later layer found. */
  store?(ctx: Context, hit: Hit): Promise<void>;
}

export interface Context {
  t: Target;
  opts: EnsureOptions;
  log: Log;
  /** The tool cache root. */
  root: string;
  /** Where `workdir` is relative to. */
  workspace: string;
  /** Scratch space for this run (made on first use, removed at the end). */
  temp(): Promise<string>;
  /** A fresh staging folder beside the tool cache folder (any earlier one is removed). */
  staging(): Promise<string>;
  /** Moves the staging folder into the tool cache, marked complete with the binary's sha256. */
  install(sha256: string): Promise<string>;
  /** Removes what is left of the scratch space and staging. */
  cleanup(): Promise<void>;
}

export function createContext(t: Target, opts: EnsureOptions, log: Log, root: string): Context {
  let temp: string | undefined;
  let staging: string | undefined;
  const removeStaging = async () => {
    if (staging) await rm(staging, { recursive: true, force: true });
    staging = undefined;
  };
  return {
    t,
    opts,
    log,
    root,
    workspace: opts.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd(),
    async temp() {
      temp ??= await mkdtemp(join(opts.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir(), 'sync-ensure-'));
      return temp;
    },
    async staging() {
      await removeStaging();
      staging = await stagingDir(root, t.name, t.version, t.platform);
      return staging;
    },
    async install(sha256) {
      const dir = await installTool(staging!, root, t.name, t.version, t.platform, { exe: t.exe, sha256 });
      staging = undefined;
      return dir;
    },
    async cleanup() {
      await removeStaging();
      if (temp) await rm(temp, { recursive: true, force: true });
    },
  };
}

export const miss = (why?: string): Miss => ({ hit: false, why });
export const skip = (): Miss => ({ hit: false, skipped: true });
export const hit = (dir: string, sha256: string): Hit => ({ hit: true, dir, sha256 });
