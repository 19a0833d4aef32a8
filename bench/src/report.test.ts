import { describe, expect, it } from 'vitest';
import { formatBytes, formatGrowth, formatMs, formatRatio, renderTable } from './report.js';

describe('report formatting', () => {
  it('formats durations with sensible precision', () => {
    expect(formatMs(0.0421)).toBe('0.042 ms');
    expect(formatMs(4.216)).toBe('4.22 ms');
    expect(formatMs(42.16)).toBe('42.2 ms');
    expect(formatMs(421.6)).toBe('422 ms');
    expect(formatMs(4216)).toBe('4.22 s');
    expect(formatMs(Number.NaN)).toBe('n/a');
  });

  it('formats sizes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(3 * 2 ** 20)).toBe('3.0 MB');
  });

  it('gives ratios and the growth exponent per 10× data', () => {
    expect(formatRatio(84, 42)).toBe('×2.00');
    expect(formatRatio(1, 0)).toBe('n/a');
    expect(formatGrowth(100, 10, 10)).toBe('×10.0 (n^1.00)');
    expect(formatGrowth(1000, 10, 10)).toBe('×100 (n^2.00)');
  });

  it('renders one markdown table and escapes pipes in cells', () => {
    const table = renderTable([{ area: 'import', measure: 'a | b', value: '1 ms', runs: 3 }]);
    expect(table.split('\n')).toEqual([
      '| Area | Measure | Median | p95 | Runs | Baseline | Ratio |',
      '|---|---|---:|---:|---:|---|---|',
      '| import | a \\| b | 1 ms |  | 3 |  |  |',
    ]);
  });
});
