/**
 * ensure-binary as a library: the lookup order of SPEC §4, one layer per file in layers/, first hit
 * wins; a build is then released (`release-on-miss`) and saved by the layers that missed. Nothing
 * reaches the caller (or PATH) unverified. Each layer after the tool cache is imported only when the
 * lookup gets that far: the tool cache hit path loads no GitHub client, YAML or @actions/cache.
 */
import { join } from 'node:path';
import { UserError } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import { currentPlatform, samePlatform } from '../manifest/platform.js';
import { toolCacheRoot } from '../artifact/tool-cache.js';
import { resolveTarget, type TargetOptions } from '../artifact/target.js';
import type { ReleaseBinaryResult } from '../releases/release-binary.js';
import { createContext, type Context, type Hit, type Layer, type Source } from './layers/layer.js';
import { toolCacheLayer } from './layers/tool-cache.js';

/** SPEC §4's order. */
const LAYERS: Array<() => Promise<Layer>> = [
  async () => toolCacheLayer,
  () => import('./layers/actions-cache.js').then((m) => m.actionsCacheLayer),
  () => import('./layers/release.js').then((m) => m.releaseLayer),
  () => import('./layers/download.js').then((m) => m.downloadLayer),
  () => import('./layers/build.js').then((m) => m.buildLayer),
];

export type { Source };

export interface EnsureOptions extends TargetOptions {
  token?: string;
  apiUrl?: string;
  /** Package and upload after a build (default true). */
  releaseOnMiss?: boolean;
  /** Use actions/cache as a layer (default false). */
  actionsCache?: boolean;
  /** Tool cache root (default RUNNER_TOOL_CACHE, or a per-user cache folder). */
  toolCache?: string;
  /** Scratch space (default RUNNER_TEMP or the OS temp folder). */
  tempDir?: string;
  /** Where `workdir` is relative to and builds run by default (default GITHUB_WORKSPACE or cwd). */
  workspace?: string;
}

export interface EnsureResult {
  name: string;
  version: string;
  /** Folder holding the binary. */
  dir: string;
  binary: string;
  source: Source;
  cacheHit: boolean;
  sha256: string;
  released: boolean;
  /** True when the binary is for the machine running this (may go on PATH). */
  native: boolean;
  os: string;
  arch: string;
  tag: string;
  asset: string;
  releaseRepo?: string;
  durationMs: number;
  /** Set when this run uploaded it. */
  release?: ReleaseBinaryResult;
}

export async function ensureBinary(opts: EnsureOptions, log: Log): Promise<EnsureResult> {
  const started = Date.now();
  const root = opts.toolCache ?? toolCacheRoot();
  const t = await resolveTarget({
    ...opts,
    defaultRepo: opts.defaultRepo ?? process.env.GITHUB_REPOSITORY,
    manifestCacheDir: opts.manifestCacheDir ?? join(root, '.sync-manifests'),
  });
  const ctx = createContext(t, opts, log, root);
  try {
    const missed: Layer[] = [];
    const misses: string[] = [];
    for (const load of LAYERS) {
      const layer = await load();
      const found = await layer.find(ctx);
      if (!found.hit) {
        if (found.why) misses.push(found.why);
        if (!found.skipped) missed.push(layer);
        continue;
      }
      // A build or an upstream download is new to our release: with release-on-miss, upload it.
      const release =
        layer.name === 'build' || layer.name === 'download'
          ? await (await import('./release-on-miss.js')).releaseOnMiss(ctx, found.dir, layer.name === 'build' ? 'built' : 'downloaded')
          : undefined;
      for (const m of missed) await m.store?.(ctx, found);
      return result(ctx, layer.name, found, started, release);
    }
    throw new UserError(
      `${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} is not cached (${misses.join('; ')}) and has no build command: add "build" to the entry, or upload it with release-binary first`,
    );
  } finally {
    await ctx.cleanup();
  }
}

function result({ t }: Context, source: Source, found: Hit, started: number, release?: ReleaseBinaryResult): EnsureResult {
  return {
    name: t.name,
    version: t.version,
    dir: found.dir,
    binary: join(found.dir, t.exe),
    source,
    cacheHit: source !== 'build',
    sha256: found.sha256,
    released: !!release && release.action !== 'kept',
    native: samePlatform(t.platform, currentPlatform()),
    os: t.platform.os,
    arch: t.platform.arch,
    tag: t.tag,
    asset: t.asset,
    releaseRepo: t.releaseRepo,
    durationMs: Date.now() - started,
    ...((source === 'build' || source === 'download') && { release }),
  };
}
