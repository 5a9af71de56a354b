/**
 * What `ghsync status`, `ghsync ensure --dry-run` and the root action's summary show without downloading or building: per entry, the pinned
 * version, the tool cache folder when it is complete there, and which platforms its release holds.
 */
import type { Manifest } from '../manifest/manifest.js';
import type { Log } from '../runtime/log.js';
/** Where to look: the API, a token (or none), and the repository releases default to. */
export interface CoverageContext {
  apiUrl: string;
  token?: string;
  repo?: string;
  /** Overrides the manifest's release-repo (the action's input). */
  releaseRepo?: string;
}

/** The platforms a coverage table shows (SPEC §2's os/arch words). */
export const PLATFORMS = ['linux/amd64', 'linux/arm64', 'darwin/amd64', 'darwin/arm64', 'windows/amd64'] as const;

export interface EntryStatus {
  name: string;
  version: string;
  /** Tool cache folder for this machine, when complete. */
  cached?: string;
  releaseRepo?: string;
  tag?: string;
  /** os/arch → the release holds that platform's asset (uploaded). */
  coverage: Record<string, boolean>;
  /** The release could not be read (no release, private, refused). */
  releaseNote?: string;
  error?: string;
}

export async function loadCliManifest(file: string): Promise<Manifest> {
  const { loadManifest } = await import('../manifest/manifest.js');
  return loadManifest(file);
}

export async function inventory(manifest: Manifest, names: string[], ctx: CoverageContext, log: Log): Promise<EntryStatus[]> {
  const { resolveTarget } = await import('../artifact/target.js');
  const { toolCacheRoot, findTool } = await import('../artifact/tool-cache.js');
  // Every API call through the one client (SPEC §12), anonymous without a token.
  const { createClient } = await import('../github/client.js');
  const { findRelease } = await import('./api.js');
  const gh = createClient({ token: ctx.token, apiUrl: ctx.apiUrl, warn: (m) => log.warn(m) });
  const root = toolCacheRoot();
  const out: EntryStatus[] = [];
  for (const name of names.length ? names : Object.keys(manifest.binaries)) {
    const s: EntryStatus = { name, version: manifest.binaries[name]?.version ?? '?', coverage: {} };
    out.push(s);
    try {
      const t = await resolveTarget({ name, manifest, defaultRepo: ctx.repo, releaseRepo: ctx.releaseRepo });
      s.version = t.version;
      s.cached = findTool(root, t.name, t.version, t.platform);
      s.releaseRepo = t.releaseRepo;
      s.tag = t.tag;
      if (!t.releaseRepo) {
        s.releaseNote = 'no release repository';
        continue;
      }
      const rel = await findRelease(gh, t.releaseRepo, t.tag);
      if (!rel) s.releaseNote = ctx.token ? `no release ${t.tag}` : `no release ${t.tag} seen (no token: if ${t.releaseRepo} is private set GITHUB_TOKEN)`;
      const uploaded = new Set((rel?.assets ?? []).filter((a) => a.state === 'uploaded').map((a) => a.name));
      for (const p of PLATFORMS) {
        const [os, arch] = p.split('/');
        const pt = await resolveTarget({ name, manifest, defaultRepo: ctx.repo, releaseRepo: ctx.releaseRepo, os, arch });
        s.coverage[p] = uploaded.has(pt.asset);
      }
    } catch (err) {
      const { oneLine } = await import('../runtime/errors.js');
      s.error = oneLine(err);
    }
  }
  return out;
}

/** Entries × os/arch as Markdown (job summary) or aligned text (terminal). */
export function coverageTable(rows: Array<{ name: string; coverage: Record<string, boolean> }>, markdown: boolean): string[] {
  if (markdown) {
    return [
      `| entry | ${PLATFORMS.join(' | ')} |`,
      `|---|${PLATFORMS.map(() => ':-:').join('|')}|`,
      ...rows.map((r) => `| ${r.name} | ${PLATFORMS.map((p) => (r.coverage[p] ? '✅' : '·')).join(' | ')} |`),
    ];
  }
  const w = Math.max(5, ...rows.map((r) => r.name.length));
  return [
    `${'entry'.padEnd(w)}  ${PLATFORMS.map((p) => p.padEnd(13)).join(' ')}`.trimEnd(),
    ...rows.map((r) => `${r.name.padEnd(w)}  ${PLATFORMS.map((p) => (r.coverage[p] ? 'yes' : '-').padEnd(13)).join(' ')}`.trimEnd()),
  ];
}
