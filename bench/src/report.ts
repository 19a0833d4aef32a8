/** The one results table: rows of figures, each beside the baseline it is compared with. */

export interface Row {
  area: string;
  measure: string;
  /** Median (or the single value of a one-off measurement). */
  value: string;
  p95?: string;
  runs?: number;
  /** What the figure is compared with, and its value. */
  baseline?: string;
  ratio?: string;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(3)} ms`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  const abs = Math.abs(bytes);
  if (abs >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MB`;
  if (abs >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} B`;
}

/** "×2.41": how many times the baseline. */
export function formatRatio(value: number, baseline: number): string {
  if (!(baseline > 0) || !Number.isFinite(value)) return 'n/a';
  const r = value / baseline;
  return `×${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}`;
}

/**
 * Growth from one scale level to the next, with the exponent k of size^k it implies: k ≈ 1 is
 * linear, k ≈ 2 quadratic. `sizeRatio` is how much bigger the data got (10 between levels).
 */
export function formatGrowth(value: number, previous: number, sizeRatio: number): string {
  if (!(previous > 0) || !Number.isFinite(value)) return 'n/a';
  const r = value / previous;
  const k = Math.log(r) / Math.log(sizeRatio);
  return `${formatRatio(value, previous)} (n^${k.toFixed(2)})`;
}

export function growthExponent(value: number, previous: number, sizeRatio: number): number {
  return Math.log(value / previous) / Math.log(sizeRatio);
}

const escape = (text: string) => text.replace(/\|/g, '\\|');

export function renderTable(rows: readonly Row[]): string {
  const header = ['Area', 'Measure', 'Median', 'p95', 'Runs', 'Baseline', 'Ratio'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i >= 2 && i <= 4 ? '---:' : '---')).join('|')}|`];
  for (const row of rows) {
    const cells = [row.area, row.measure, row.value, row.p95 ?? '', row.runs === undefined ? '' : String(row.runs), row.baseline ?? '', row.ratio ?? ''];
    lines.push(`| ${cells.map(escape).join(' | ')} |`);
  }
  return lines.join('\n');
}
