import { describe, expect, it } from 'vitest';
import { compileDataset, formatProblem } from '@kztj/core/authoring';
import { citationsFromDataset, coverage, formatCoverage } from './coverage.js';

const text = 'Kazakh Railways moved 40 trains to Khujand on June 3. The two sides met in Osh. It rained.';
const seed = '900_00000000000000aa.txt';
const base = { id: 'test-source', file: seed, title: 't', status: 'draft', date: { edtf: '2024-06-10', basis: 'inferred', reasoning: 'test' } };

/** The lint over a draft compiled by the core, as ingest runs it: the coverage rule is the core's. */
function lint(extra: Record<string, unknown>) {
  const mentions = Object.keys((extra.mentions ?? {}) as object);
  const entities = mentions.map((id) => ({ id, type: 'organisation', name: id, description: 'A test entity.' }));
  const { dataset, problems } = compileDataset(
    {
      meta: { file: 'meta.yaml', value: { dataVersion: '1.0.0' } },
      entities: { file: 'entities.yaml', value: entities },
      sources: [{ file: 'sources/test-source.yaml', value: { ...base, ...extra } }],
      seeds: new Map([[seed, new TextEncoder().encode(text)]]),
    },
    { includeDrafts: true },
  );
  if (!dataset) throw new Error(`the test draft does not compile: ${problems.map(formatProblem).join('; ')}`);
  return coverage('test-source', text, 0, text.length, { edtf: '2024-06-10', exact: true }, citationsFromDataset(dataset, 'test-source'));
}
const terms = (report: ReturnType<typeof lint>) => report.uncitedTerms.map((t) => `${t.kind}:${t.text}`);

describe('coverage', () => {
  it('lists every uncited sentence, number, date and name when nothing is captured', () => {
    const report = lint({});
    expect(report.uncitedSentences.map((s) => s.text)).toEqual([
      'Kazakh Railways moved 40 trains to Khujand on June 3.',
      'The two sides met in Osh.',
      'It rained.',
    ]);
    expect(terms(report)).toEqual(['name:Kazakh Railways', 'number:40', 'name:Khujand', 'date:June 3', 'number:two', 'name:Osh']);
  });

  it('counts names cited by mentions, numbers by figures, dates by date evidence, sentences by any record', () => {
    const report = lint({
      mentions: { 'kazakh-railways': ['Kazakh Railways'], khujand: ['Khujand'], osh: ['Osh'] },
      figures: [{ id: 'f-trains', measure: 'trains', amount: 40, unit: 'count', kind: 'actual', evidence: ['40 trains'], period: { edtf: '2024-06-03', basis: 'inferred', reasoning: 'x', evidence: ['June 3'] } }],
      uncited: [{ sentence: 'It rained.', reason: 'weather' }],
    });
    expect(report.uncitedSentences.map((s) => s.text)).toEqual(['The two sides met in Osh.']);
    expect(terms(report)).toEqual(['number:two']);
  });

  it('a record citing a whole sentence does not cite the names and numbers in it', () => {
    const report = lint({ claims: [{ id: 'c', kind: 'fact', statement: 's', holders: [], evidence: ['The two sides met in Osh.'] }] });
    expect(terms(report)).toContain('number:two');
    expect(terms(report)).toContain('name:Osh');
    expect(report.uncitedSentences.map((s) => s.text)).not.toContain('The two sides met in Osh.');
  });

  it('lets uncitedTerms excuse a term, with every occurrence when asked', () => {
    const report = lint({ uncitedTerms: [{ term: 'two', reason: 'the two sides are the two countries, not a figure' }, { term: { quote: 'Osh', all: true }, reason: 'r' }] });
    expect(terms(report)).not.toContain('number:two');
    expect(terms(report)).not.toContain('name:Osh');
  });

  it('formats a report that says where', () => {
    expect(formatCoverage(lint({}))).toContain('uncited number "40" at 22-24');
  });
});

describe('coverage of numbers inside names', () => {
  it('counts a number inside an entity mention as cited', () => {
    const report = lint({ mentions: { 'both-sides': ['The two sides'] } });
    expect(terms(report)).not.toContain('number:two');
  });
});
