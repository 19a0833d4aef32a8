import { describe, expect, it } from 'vitest';
import { compileDataset, formatProblem, loadData } from '@kztj/core/authoring';
import { citationsFromDataset, coverage, type UncitedTerm } from './coverage.js';
import { REAL_DATA, REAL_SEEDS } from './test-repo.js';

// The coverage lint over the curated seeds: a number, date expression or capitalised name that no
// record cites fails here unless the source lists it under uncitedTerms with a reason.
const { input, problems: loadProblems } = await loadData(REAL_DATA, REAL_SEEDS);
const compiled = compileDataset(input);

describe('coverage lint over the curated data', () => {
  it('the curated data builds', () => {
    expect([...loadProblems, ...compiled.problems].map(formatProblem)).toEqual([]);
  });

  for (const source of compiled.dataset?.sources ?? []) {
    it(`every number, date and name in seeds/${source.file} (${source.id}) is cited or listed in uncitedTerms`, () => {
      const dataset = compiled.dataset;
      if (!dataset) throw new Error('no dataset');
      // Relative dates count from the latest day the article can be from.
      const articleDate = { edtf: source.date.latest, exact: source.date.precision === 'day' };
      const report = coverage(source.id, source.text, source.bodyStart, source.bodyEnd, articleDate, citationsFromDataset(dataset, source.id));
      const describeTerm = (t: UncitedTerm) => `${source.id}: ${t.kind} ${JSON.stringify(t.text)} at ${t.start}-${t.end}`;
      expect(report.uncitedTerms.map(describeTerm)).toEqual([]);
    });
  }
});
