/**
 * One thing wrong with the authored data. The build collects every problem before failing, so an
 * author fixes them all in one pass instead of one per run.
 */
export interface Problem {
  /** Data file, relative to the data folder (e.g. "sources/rahmon-state-visit-2023.yaml"). */
  file: string;
  /** Id of the record the problem is in, when there is one. */
  recordId?: string;
  /** Path to the field inside the record, e.g. "evidence[2]" or "date.edtf". */
  field?: string;
  /** What is wrong and what was expected. */
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.recordId, problem.field].filter(Boolean).join(': ');
  return `${where}: ${problem.message}`;
}

/** Renders a zod-style path (["events", 3, "date", "edtf"]) as "events[3].date.edtf". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Thrown by the build when the data has problems; carries all of them. */
export class DataProblems extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the data:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DataProblems';
  }
}
