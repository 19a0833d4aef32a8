/**
 * The TUI's first interactive frame needs a pseudo-terminal; apps/tui/bench/startup.mjs already
 * measures it (with `script`, against bare node in the same pty). Rather than a second copy of
 * that harness, this runs it and reads its two pty rows into the one table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface FirstFrame {
  runs: number;
  /** Median ms until the first frame's title line reaches the terminal. */
  frameMs: number;
  /** Median ms for `node -e` printing a marker in the same kind of pty: the baseline. */
  baselineMs: number;
}

const FRAME = /^kztj first interactive frame\s+([\d.]+)\s/m;
const BASELINE = /^node -e '' in a pty \(script\)\s+([\d.]+)\s/m;

/** Reads the two pty rows from startup.mjs's output; undefined when either is missing. */
export function parseStartupOutput(output: string): { frameMs: number; baselineMs: number } | undefined {
  const frame = FRAME.exec(output)?.[1];
  const baseline = BASELINE.exec(output)?.[1];
  if (frame === undefined || baseline === undefined) return undefined;
  return { frameMs: Number(frame), baselineMs: Number(baseline) };
}

/** Runs the TUI's start-up bench; a string says why there is no figure. */
export function measureFirstFrame(startupScript: string, runs: number): FirstFrame | string {
  if (!existsSync(startupScript)) return 'not measured: apps/tui/bench/startup.mjs is missing';
  const run = () => spawnSync(process.execPath, [startupScript], { encoding: 'utf8', env: { ...process.env, BENCH_RUNS: String(runs) }, timeout: 180_000 });
  // One retry: the harness gives up on a run whose TUI exits early (as when dist is being rebuilt).
  let child = run();
  if (child.status !== 0) child = run();
  if (child.status !== 0) return `not measured: apps/tui bench failed twice (${(child.stderr || child.error?.message || `exit ${child.status}`).trim().split('\n')[0]})`;
  const parsed = parseStartupOutput(child.stdout);
  if (!parsed) return /skipped/.test(child.stdout) ? 'not measured: util-linux `script` is not installed' : 'not measured: apps/tui bench output has no first-frame row';
  return { runs, ...parsed };
}
