/** Job-summary helpers shared by the ensure/release entry points. */
export function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Mermaid gantt tags colour the bars: one per source, failures in red (crit). */
const TAG: Record<string, string> = { 'tool-cache': 'done, ', 'actions-cache': 'done, ', release: 'active, ', download: '', build: 'crit, ' };

/**
 * The parallel ensure as a Mermaid gantt: one bar per entry on one time line (ms from the first
 * start), grouped and coloured by where the binary came from.
 */
export function ensureGantt(rows: Array<{ name: string; source?: string; startedAt: number; durationMs: number }>): string[] {
  if (!rows.length) return [];
  const t0 = Math.min(...rows.map((r) => r.startedAt));
  const bySource = new Map<string, typeof rows>();
  for (const r of rows) bySource.set(r.source ?? 'failed', [...(bySource.get(r.source ?? 'failed') ?? []), r]);
  // Mermaid task names end at ':' and lines at ';' or '#': keep them out of entry names.
  const label = (s: string) => s.replace(/[:;#\n]/g, '_');
  return [
    '```mermaid',
    'gantt',
    '  title ensure, entries in parallel (ms)',
    '  dateFormat x',
    '  axisFormat %S.%L s',
    ...[...bySource].flatMap(([source, rs]) => [
      `  section ${label(source)}`,
      ...rs.map(
        (r) =>
          `  ${label(r.name)} :${source === 'failed' ? 'crit, ' : (TAG[source] ?? '')}${r.startedAt - t0}, ${r.startedAt - t0 + Math.max(1, r.durationMs)}`,
      ),
    ]),
    '```',
  ];
}
