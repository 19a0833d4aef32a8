/** Timing samples and the summaries the report prints: medians and percentiles, never means. */

export interface Summary {
  median: number;
  p95: number;
  runs: number;
}

/** Nearest-rank percentile (p in 0..100) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(values: readonly number[]): Summary {
  return { median: percentile(values, 50), p95: percentile(values, 95), runs: values.length };
}

/**
 * Summary over several workloads (queries, ids), each weighing the same however many runs it got:
 * adaptive sampling runs a fast query more often, and pooling the raw runs would let the fast
 * queries decide the median.
 */
export function summarizeGroups(groups: readonly (readonly number[])[]): Summary {
  const present = groups.filter((g) => g.length > 0);
  if (present.length === 0) return { median: Number.NaN, p95: Number.NaN, runs: 0 };
  const weighted = present.flatMap((g) => g.map((value) => ({ value, weight: 1 / g.length }))).sort((a, b) => a.value - b.value);
  const at = (p: number) => {
    let cumulative = 0;
    for (const { value, weight } of weighted) {
      cumulative += weight;
      if (cumulative >= (p / 100) * present.length - 1e-9) return value;
    }
    return weighted.at(-1)!.value;
  };
  return { median: at(50), p95: at(95), runs: weighted.length };
}

export interface SampleOptions {
  /** Always run at least this many times. */
  minRuns?: number;
  /** Never more than this many. */
  maxRuns?: number;
  /** Stop once this much time has been spent (after minRuns). */
  budgetMs?: number;
}

/**
 * Times `fn` repeatedly (milliseconds per call). Adaptive, so a fast query gets hundreds of runs
 * and a slow one at the 1000× scale a handful, keeping the whole benchmark within minutes.
 */
export function sample(fn: () => unknown, options: SampleOptions = {}): number[] {
  const { minRuns = 5, maxRuns = 200, budgetMs = 250 } = options;
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/** Forces a full collection when node runs with --expose-gc, so heap figures mean retained memory. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}
