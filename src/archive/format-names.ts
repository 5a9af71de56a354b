/** The download formats' names alone, for the manifest's checks (no archive code loaded). */
export const FORMATS = ['tar.gz', 'tgz', 'tar.xz', 'txz', 'tar.bz2', 'tar.zst', 'tar', 'zip', 'gz', 'raw'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

/** `{ext}`: the format's file extension (empty for raw). */
export function extensionOf(format: Format): string {
  return format === 'raw' ? '' : format;
}

/** The format a file name says (`.tar.gz`, `.tgz`, `.zip`...), else raw. */
export function formatFromName(name: string): Format {
  const lower = name.toLowerCase();
  const longest = FORMATS.filter((f) => f !== 'raw').sort((a, b) => b.length - a.length);
  for (const f of longest) if (lower.endsWith(`.${f}`)) return f;
  if (lower.endsWith('.tbz2') || lower.endsWith('.tbz')) return 'tar.bz2';
  if (lower.endsWith('.tzst')) return 'tar.zst';
  return 'raw';
}
