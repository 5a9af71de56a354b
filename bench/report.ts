/** One benchmark figure; `ratio` is against a baseline measured in the same run. */
export interface BenchRow {
  group?: string;
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  goal?: string;
  note?: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function printRows(rows: BenchRow[]): void {
  const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '' : n.toFixed(digits));
  const lines = rows.map((r) => [
    r.group ?? '',
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline === undefined ? '' : fmt(r.baseline),
    r.ratio === undefined ? '' : `${fmt(r.ratio, 2)}x`,
    r.goal ?? '',
    r.note ?? '',
  ]);
  const head = ['group', 'benchmark', 'value', 'baseline', 'ratio', 'goal', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(row(head));
  console.log(row(widths.map((w) => '-'.repeat(w))));
  for (const l of lines) console.log(row(l));
}
