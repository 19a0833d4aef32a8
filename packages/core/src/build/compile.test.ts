import { describe, expect, it } from 'vitest';
import { compileDataset } from './compile.js';
import { formatProblem } from './problem.js';
import { fixtureInput } from './test-helpers.js';

describe('compileDataset on the valid fixture', () => {
  it('compiles with no problems and resolves every quote to the exact seed characters', async () => {
    const input = await fixtureInput();
    const { dataset, problems } = compileDataset(input);
    expect(problems).toEqual([]);
    const text = dataset!.sources[0]!.text;
    const worth = dataset!.figures.find((f) => f.id === 'figure-fixture-worth')!;
    expect(worth.evidence[0]).toMatchObject({ exact: '$5 million', start: text.indexOf('$5 million') });
    const rahmon = dataset!.entities.find((e) => e.id === 'emomali-rahmon')!;
    // "within" picks the occurrence inside "Rahmon said", not the first "Rahmon".
    expect(rahmon.evidence.map((s) => s.start)).toEqual([text.indexOf('President Emomali Rahmon'), text.lastIndexOf('Rahmon')]);
    expect(rahmon.aliases).toEqual(['President Emomali Rahmon', 'Rahmon']);
    expect(rahmon.roles[0]).toMatchObject({ title: 'President of Tajikistan', asOf: '2024-06-01', source: 'fixture-article' });
  });

  it('orders an entity\'s evidence and aliases by first use in the text, not by authoring order', async () => {
    const input = await fixtureInput();
    const source = structuredClone(input.sources[0]!.value) as { mentions: Record<string, unknown[]> };
    source.mentions['emomali-rahmon'] = [{ quote: 'Rahmon', within: 'Rahmon said' }, 'President Emomali Rahmon'];
    const { dataset, problems } = compileDataset({ ...input, sources: [{ file: 'sources/x.yaml', value: source }] });
    expect(problems).toEqual([]);
    const rahmon = dataset!.entities.find((e) => e.id === 'emomali-rahmon')!;
    expect(rahmon.aliases).toEqual(['President Emomali Rahmon', 'Rahmon']);
    expect(rahmon.evidence.map((s) => s.start)).toEqual([...rahmon.evidence.map((s) => s.start)].sort((a, b) => a - b));
  });

  it('computes EDTF bounds and keeps inferred reasoning', async () => {
    const { dataset } = compileDataset(await fixtureInput());
    const visit = dataset!.events[0]!;
    expect(visit.date).toMatchObject({ edtf: '2024-06-08/2024-06-14', earliest: '2024-06-08', latest: '2024-06-14', precision: 'interval', basis: 'inferred' });
    expect(dataset!.sources[0]!.date).toMatchObject({ edtf: '2024-06-01', basis: 'stated', precision: 'day' });
    expect(dataset!.sources[0]!.bodyStart).toBe(dataset!.sources[0]!.text.indexOf('DUSHANBE'));
  });

  it('fails a sentence that no record cites, and accepts it once listed as uncited', async () => {
    const input = await fixtureInput();
    const source = structuredClone(input.sources[0]!.value) as { quotes: unknown[]; uncited?: unknown[] };
    source.quotes = [];
    const bare = compileDataset({ ...input, sources: [{ file: 'sources/x.yaml', value: source }] });
    expect(bare.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^sources\/x\.yaml: fixture-article: uncited: sentence at \d+-\d+ is cited by no record: "“We are close friends,” Rahmon said\."/),
    ]);
    source.uncited = [{ sentence: 'We are close friends', reason: 'test' }];
    expect(compileDataset({ ...input, sources: [{ file: 'sources/x.yaml', value: source }] }).problems).toEqual([]);
  });

  it('keeps drafts out of the published dataset but still validates them', async () => {
    const input = await fixtureInput();
    const draft = { ...(input.sources[0]!.value as object), status: 'draft' };
    const result = compileDataset({ ...input, sources: [{ file: 'sources/x.yaml', value: draft }] });
    expect(result.problems).toEqual([]);
    expect(result.drafts).toEqual(['fixture-article']);
    expect(result.dataset!.sources).toEqual([]);
    expect(result.dataset!.entities).toEqual([]);
  });

  it('rejects a stated date that contradicts the seed date line', async () => {
    const input = await fixtureInput();
    const source = { ...(input.sources[0]!.value as object), date: { edtf: '2024-06-02', evidence: ['date 2024-06-01'] } };
    const { problems } = compileDataset({ ...input, sources: [{ file: 'sources/x.yaml', value: source }] });
    expect(problems.map(formatProblem)).toContain("sources/x.yaml: fixture-article: date.edtf: the seed's date line says 2024-06-01, but the data says 2024-06-02");
  });

  it('rejects a reference to the wrong kind of record', async () => {
    const input = await fixtureInput();
    const source = structuredClone(input.sources[0]!.value) as { events: Array<{ place: string }> };
    source.events[0]!.place = 'figure-fixture-worth';
    const { problems } = compileDataset({ ...input, sources: [{ file: 'sources/x.yaml', value: source }] });
    expect(problems.map(formatProblem)).toContain('sources/x.yaml: event-fixture-visit: events[0].place: "figure-fixture-worth" is a figure, expected an entity id');
  });

  it('requires reasoning for an inferred role', async () => {
    const input = await fixtureInput();
    const source = structuredClone(input.sources[0]!.value) as { roles: Array<Record<string, unknown>> };
    source.roles[0]!.basis = 'inferred';
    const { problems } = compileDataset({ ...input, sources: [{ file: 'sources/x.yaml', value: source }] });
    expect(problems.map(formatProblem)).toContain('sources/x.yaml: emomali-rahmon: roles[0].reasoning: an inferred role needs its reasoning');
  });

  it('rejects a retired id', async () => {
    const input = await fixtureInput();
    const source = structuredClone(input.sources[0]!.value) as { events: Array<{ id: string }> };
    source.events[0]!.id = 'old-record';
    const { problems } = compileDataset({ ...input, sources: [{ file: 'sources/x.yaml', value: source }] });
    expect(problems.map(formatProblem)).toContain('sources/x.yaml: old-record: id: this id is retired (meta.yaml retiredIds) and must not be reused');
  });

  it('rejects a seed file that does not exist', async () => {
    const input = await fixtureInput();
    const source = { ...(input.sources[0]!.value as object), file: '999_ffffffffffffffff.txt' };
    const { problems } = compileDataset({ ...input, sources: [{ file: 'sources/x.yaml', value: source }] });
    expect(problems.map(formatProblem)).toContain('sources/x.yaml: fixture-article: file: seed file seeds/999_ffffffffffffffff.txt does not exist');
  });
});

describe('compileDataset rejects each bad fixture with a located message', () => {
  const cases: Array<[fixture: string, expected: RegExp]> = [
    ['missing-quote.yaml', /^sources\/missing-quote\.yaml: figure-fixture-worth: figures\[0\]\.evidence: Too small: expected array to have >=1 items$/],
    ['quote-not-in-text.yaml', /^sources\/quote-not-in-text\.yaml: figure-fixture-worth: figures\[0\]\.evidence\[0\]: quote "\$6 million" not found in the source text/],
    ['ambiguous-quote.yaml', /^sources\/ambiguous-quote\.yaml: emomali-rahmon: mentions\.emomali-rahmon\[1\]: quote "Rahmon" is ambiguous: it occurs 2 times \(at \d+, \d+\); say which with "occurrence" or "within"$/],
    ['dangling-reference.yaml', /^sources\/dangling-reference\.yaml: event-fixture-visit: events\[0\]\.place: unknown entity id "samarkand"$/],
    ['duplicate-id.yaml', /^sources\/duplicate-id\.yaml: figure-fixture-worth: id: duplicate id: already used by a record in sources\/duplicate-id\.yaml \(figures\)$/],
    ['invalid-edtf.yaml', /^sources\/invalid-edtf\.yaml: event-fixture-visit: events\[0\]\.date\.edtf: invalid EDTF date "2024-13-45"/],
    ['unknown-currency.yaml', /^sources\/unknown-currency\.yaml: figure-fixture-worth: figures\[0\]\.unit: expected an ISO 4217 currency code/],
  ];
  it.each(cases)('%s', async (fixture, expected) => {
    const { dataset, problems } = compileDataset(await fixtureInput(fixture));
    expect(dataset).toBeUndefined();
    expect(problems.map(formatProblem)).toContainEqual(expect.stringMatching(expected));
  });

  it('reports all problems of a file at once, not just the first', async () => {
    const input = await fixtureInput('quote-not-in-text.yaml');
    const source = input.sources[0]!.value as { events: Array<{ place: string }> };
    source.events[0]!.place = 'nowhere';
    const { problems } = compileDataset(input);
    expect(problems.map((p) => p.recordId)).toEqual(expect.arrayContaining(['figure-fixture-worth', 'event-fixture-visit']));
  });
});
