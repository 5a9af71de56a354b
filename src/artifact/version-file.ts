import type { Arch, Os } from '../manifest/platform.js';

/**
 * The `.version` file packed beside every cached binary (SPEC §3). One `key: value` per line,
 * in a fixed order, so the seeds' `grep -q "version: X" .version` keeps working.
 */
export interface VersionInfo {
  name: string;
  version: string;
  /** Full SHA of the source the binary was built from; `unknown` when not known (upstream downloads). */
  commit: string;
  /** sha256 hex of the binary. */
  checksum: string;
  os: Os;
  arch: Arch;
  /** UTC, seconds precision: 2026-11-21T08:35:43Z. */
  built: string;
  /** An upstream download: the URL it came from (no query string)... */
  source?: string;
  /** ...and the sha256 of the file downloaded there (the archive, or the binary when raw). */
  upstreamSha256?: string;
}

export const VERSION_FILE = '.version';
const KEYS = ['name', 'version', 'commit', 'checksum', 'os', 'arch', 'built'] as const;
/** Written only when set, after the others: readers that do not know them ignore them. */
const OPTIONAL: Array<[keyof VersionInfo, string]> = [
  ['source', 'source'],
  ['upstreamSha256', 'upstream-sha256'],
];

export function formatVersionFile(info: VersionInfo): string {
  const lines = KEYS.map((k) => `${k}: ${info[k]}`);
  for (const [field, key] of OPTIONAL) if (info[field]) lines.push(`${key}: ${String(info[field]).replace(/[\r\n]/g, '')}`);
  return lines.join('\n') + '\n';
}

/** Parses a `.version` file; unknown keys are ignored, missing ones are undefined. */
export function parseVersionFile(text: string): Partial<VersionInfo> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^([a-z][a-z0-9-]*):\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const field = (KEYS as readonly string[]).includes(m[1]) ? m[1] : OPTIONAL.find(([, key]) => key === m[1])?.[0];
    if (field && !(field in out)) out[field] = m[2];
  }
  return out as Partial<VersionInfo>;
}

/** ISO time without milliseconds, as in SPEC §3. */
export function builtNow(now = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
