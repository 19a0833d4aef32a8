import { describe, expect, it } from 'vitest';
import { percentile, sample, summarize, summarizeGroups } from './sample.js';

describe('percentile', () => {
  it('uses the nearest rank, so p95 of 1..20 is 19 and the median of 1..4 is 2', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(percentile([7], 95)).toBe(7);
  });

  it('is NaN for no values rather than a made-up number', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarizes without reordering the caller’s array', () => {
    const values = [3, 1, 2];
    expect(summarize(values)).toEqual({ median: 2, p95: 3, runs: 3 });
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('sample', () => {
  it('runs at least minRuns and at most maxRuns times', () => {
    let calls = 0;
    expect(sample(() => calls++, { minRuns: 3, maxRuns: 7, budgetMs: 1e9 })).toHaveLength(7);
    expect(calls).toBe(7);
    expect(sample(() => undefined, { minRuns: 4, maxRuns: 100, budgetMs: 0 })).toHaveLength(4);
  });
});

describe('summarizeGroups', () => {
  it('weighs each group equally, so a fast query run 100 times does not outvote a slow one run 4 times', () => {
    const fast = Array.from({ length: 100 }, () => 1);
    const slow = [10, 10, 10, 10];
    const pooled = summarize([...fast, ...slow]);
    expect(pooled.p95).toBe(1);
    const fair = summarizeGroups([fast, slow]);
    expect(fair).toEqual({ median: 1, p95: 10, runs: 104 });
  });

  it('matches the plain summary for a single group and ignores empty groups', () => {
    const values = [5, 1, 4, 2, 3];
    expect(summarizeGroups([values, []])).toEqual(summarize(values));
    expect(summarizeGroups([]).runs).toBe(0);
  });
});
