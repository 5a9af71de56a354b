/**
 * The root action as a library: ensure every manifest entry (or the named ones), `concurrency`
 * at a time. One entry's failure neither stops nor hides the others; the caller gets every
 * outcome and decides how to fail (assertAllEnsured names each failed entry).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError, oneLine } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import type { Manifest } from '../manifest/manifest.js';
import type { EnsureOptions, EnsureResult } from './ensure-binary.js';

export interface EnsureAllOptions extends Omit<EnsureOptions, 'name' | 'version' | 'bin' | 'build' | 'workdir' | 'download' | 'tag' | 'asset'> {
  /** Entries to ensure (default: all). */
  names?: string[];
  concurrency?: number;
  /** Warn about each failed entry as it fails (default true; the CLI prints failures in its result). */
  logFailures?: boolean;
}

export interface EnsureOutcome {
  name: string;
  ok: boolean;
  result?: EnsureResult;
  error?: string;
  /** Date.now() when this entry started (the summary draws the entries on one time line). */
  startedAt: number;
  durationMs: number;
}

/** A Log whose lines say which entry they belong to (entries run interleaved). */
export function prefixLog(log: Log, prefix: string): Log {
  return {
    info: (m) => log.info(`[${prefix}] ${m}`),
    warn: (m) => log.warn(`[${prefix}] ${m}`),
    debug: (m) => log.debug(`[${prefix}] ${m}`),
    progress: log.progress ? (label, done, total) => log.progress!(`[${prefix}] ${label}`, done, total) : undefined,
  };
}

/** Runs `fn` over `items`, at most `limit` at a time, keeping the input order in the results. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

export async function ensureAll(opts: EnsureAllOptions, log: Log): Promise<EnsureOutcome[]> {
  const file = opts.manifestFile || 'versions.yml';
  // A missing file is answered before the YAML parser is even loaded.
  if (!opts.manifest && !existsSync(file)) throw new UserError(`${file}: manifest not found (set the "manifest" input, or create versions.yml)`);
  const { toolCacheRoot } = await import('../artifact/tool-cache.js');
  const { loadManifestCached } = await import('../manifest/cache.js');
  const manifest: Manifest =
    opts.manifest ?? (await loadManifestCached(file, opts.manifestCacheDir ?? join(opts.toolCache ?? toolCacheRoot(), '.sync-manifests')));
  const all = Object.keys(manifest.binaries);
  const names = opts.names?.length ? [...new Set(opts.names)] : all;
  if (!names.length) throw new UserError(`${manifest.file}: no binaries to ensure`);
  const { ensureBinary } = await import('./ensure-binary.js');
  return pool(names, opts.concurrency ?? 4, async (name): Promise<EnsureOutcome> => {
    const started = Date.now();
    try {
      const result = await ensureBinary({ ...opts, manifest, name }, prefixLog(log, name));
      return { name, ok: true, result, startedAt: started, durationMs: Date.now() - started };
    } catch (err) {
      const error = oneLine(err);
      if (opts.logFailures !== false) log.warn(`[${name}] ${error}`);
      return { name, ok: false, error, startedAt: started, durationMs: Date.now() - started };
    }
  });
}

/** Throws one UserError naming every failed entry, or returns the results. */
export function assertAllEnsured(outcomes: EnsureOutcome[]): EnsureResult[] {
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) {
    throw new UserError(`${failed.length} of ${outcomes.length} binaries failed: ${failed.map((f) => `${f.name} (${f.error})`).join('; ')}`);
  }
  return outcomes.map((o) => o.result!);
}
