import { describe, expect, it } from 'vitest';
import { compileDataset, type DataInput } from './compile.js';
import { loadData } from './load-data.js';
import { formatProblem } from './problem.js';
import { fixtureInput, fixturesDir, realDataDir, repoSeedsDir } from './test-helpers.js';

type Source = Record<string, unknown> & { events: Array<Record<string, unknown>>; quotes: Array<Record<string, unknown>>; figures: Array<Record<string, unknown>> };

/** The valid fixture with its source file changed by `edit`, plus extra source files. */
async function withSource(edit: (source: Source) => void, extra: unknown[] = []): Promise<string[]> {
  const input = await fixtureInput();
  const source = structuredClone(input.sources[0]!.value) as Source;
  edit(source);
  const sources = [{ file: 'sources/x.yaml', value: source }, ...extra.map((value, i) => ({ file: `sources/extra-${i}.yaml`, value }))];
  return compileDataset({ ...input, sources }).problems.map(formatProblem);
}

/** A second article over the fixture's own seed is not allowed (one seed, one file), so reuse it under another id only in memory. */
async function secondArticle(reports: unknown[]): Promise<DataInput> {
  const input = await fixtureInput();
  const seeds = new Map(input.seeds);
  seeds.set('901_00000000000000cc.txt', seeds.get('900_00000000000000aa.txt')!);
  const second = {
    id: 'fixture-follow-up', file: '901_00000000000000cc.txt', title: 'Follow-up', date: { edtf: '2024-06-01', evidence: ['date 2024-06-01'] },
    mentions: { 'emomali-rahmon': ['President Emomali Rahmon'] }, reports,
    uncited: [{ sentence: 'memorandum on water', reason: 'test' }, { sentence: 'We are close friends', reason: 'test' }],
  };
  return { ...input, seeds, sources: [...input.sources, { file: 'sources/follow-up.yaml', value: second }] };
}

describe('link basis', () => {
  it('derives a stated link\'s evidence from the mentions inside the report evidence', async () => {
    const { dataset } = compileDataset(await fixtureInput());
    const visit = dataset!.events[0]!;
    expect(visit.place).toMatchObject({ id: 'astana', basis: 'stated', evidence: [{ exact: 'Astana' }] });
    expect(visit.participants[0]).toMatchObject({ entity: 'emomali-rahmon', basis: 'stated', evidence: [{ exact: 'President Emomali Rahmon' }] });
  });

  it('rejects a stated link whose target is not mentioned in the evidence', async () => {
    const problems = await withSource((s) => (s.events[0]!.place = 'dushanbe'));
    expect(problems).toContain(
      'sources/x.yaml: event-fixture-visit: events[0].place: "dushanbe" is given as stated but the entity is not mentioned in the evidence: quote the words (evidence), or mark it inferred with reasoning',
    );
  });

  it('accepts it once marked inferred with reasoning (evidence defaults to the report\'s)', async () => {
    const input = await fixtureInput();
    const source = structuredClone(input.sources[0]!.value) as Source;
    source.events[0]!.place = { id: 'dushanbe', basis: 'inferred', reasoning: 'test' };
    const { dataset, problems } = compileDataset({ ...input, sources: [{ file: 'sources/x.yaml', value: source }] });
    expect(problems).toEqual([]);
    expect(dataset!.events[0]!.place).toMatchObject({ basis: 'inferred', reasoning: 'test', evidence: dataset!.events[0]!.evidence });
  });

  it('rejects an inferred link without reasoning', async () => {
    const problems = await withSource((s) => (s.quotes[0]!.speaker = { id: 'emomali-rahmon', basis: 'inferred' }));
    expect(problems).toContain('sources/x.yaml: quote-fixture-friends: quotes[0].speaker: "emomali-rahmon" is given as inferred but has no reasoning: say how it follows from the text');
  });

  it('rejects a stated link with an empty evidence list', async () => {
    const problems = await withSource((s) => (s.quotes[0]!.speaker = { id: 'emomali-rahmon', evidence: [] }));
    expect(problems).toContainEqual(expect.stringMatching(/quotes\[0\]\.speaker: "emomali-rahmon" is given as stated with no evidence/));
  });

  it('rejects a figure whose evidence states no number', async () => {
    const problems = await withSource((s) => (s.figures[0]!.evidence = ['memorandum on water']));
    expect(problems).toContainEqual(expect.stringMatching(/figure-fixture-worth: figures\[0\]\.evidence: the evidence states no number/));
  });

  it('gives quotes factuality "happened" unless hedged', async () => {
    const { dataset } = compileDataset(await fixtureInput());
    expect(dataset!.quotes[0]).toMatchObject({ factuality: 'happened', speaker: { id: 'emomali-rahmon', basis: 'stated' } });
  });
});

describe('reports: from another article', () => {
  const report = { record: 'event-fixture-visit', factuality: 'happened', evidence: ['President Emomali Rahmon will visit Astana next week'] };

  it('adds a second report to the record, oldest article first', async () => {
    const { dataset, problems } = compileDataset(await secondArticle([report]));
    expect(problems).toEqual([]);
    const visit = dataset!.events[0]!;
    expect(visit.sources).toEqual(['fixture-article', 'fixture-follow-up']);
    expect(visit.factuality).toBe('happened');
    expect(visit.disagreements).toEqual([{ field: 'factuality', values: [{ source: 'fixture-article', value: 'planned' }, { source: 'fixture-follow-up', value: 'happened' }] }]);
  });

  it.each([
    [{ ...report, record: 'event-nowhere' }, 'reports[0].record: unknown record id "event-nowhere"'],
    [{ ...report, record: 'quote-fixture-friends' }, 'reports[0].record: "quote-fixture-friends" is a quote: quotes belong to the article that prints them and have no reports'],
    [{ ...report, record: 'kazakhstan' }, 'reports[0].record: "kazakhstan" is an entity: only events, agreements, figures and claims have reports'],
    [{ ...report, status: 'signed' }, 'reports[0]: Unrecognized key: "status"'],
  ])('rejects %o', async (entry, message) => {
    const { problems } = compileDataset(await secondArticle([entry]));
    expect(problems.map(formatProblem)).toContainEqual(expect.stringContaining(message));
  });

  it('rejects two reports of one record by one article', async () => {
    const { problems } = compileDataset(await secondArticle([report, report]));
    expect(problems.map(formatProblem)).toContain('sources/follow-up.yaml: event-fixture-visit: reports[1].record: this article already reports the record: merge them into one report');
  });

  it('keeps a draft\'s report out of the published record', async () => {
    const input = await secondArticle([report]);
    (input.sources[1]!.value as { status: string }).status = 'draft';
    const { dataset, drafts } = compileDataset(input);
    expect(drafts).toEqual(['fixture-follow-up']);
    expect(dataset!.events[0]!.sources).toEqual(['fixture-article']);
  });

  it('with includeDrafts, compiles the draft\'s report into the record as it will be once reviewed', async () => {
    const input = await secondArticle([report]);
    (input.sources[1]!.value as { status: string }).status = 'draft';
    const { dataset, drafts, problems } = compileDataset(input, { includeDrafts: true });
    expect(problems).toEqual([]);
    expect(drafts).toEqual(['fixture-follow-up']);
    expect(dataset!.sources.map((s) => s.id)).toEqual(['fixture-article', 'fixture-follow-up']);
    expect(dataset!.events[0]!.sources).toEqual(['fixture-article', 'fixture-follow-up']);
  });

  it('with includeDrafts, does not hold a draft to the coverage rule', async () => {
    const input = await secondArticle([]);
    (input.sources[1]!.value as { status: string }).status = 'draft';
    const reviewed = await secondArticle([]);
    expect(compileDataset(reviewed).problems.map(formatProblem)).toContainEqual(expect.stringContaining('fixture-follow-up: uncited: sentence at'));
    expect(compileDataset(input, { includeDrafts: true }).problems).toEqual([]);
  });
});

describe('the catalogue', () => {
  const entry = { file: '900_00000000000000aa.txt', publisher: 'P', site: 'p.example', url: 'https://p.example/a', date: { edtf: '2024-06-01', how: 'the URL' } };
  it('compiles into source.catalogue with basis "catalogue", leaving the text\'s date alone', async () => {
    const input = await fixtureInput();
    const { dataset } = compileDataset({ ...input, catalogue: { file: 'catalogue.yaml', value: [entry] } });
    expect(dataset!.sources[0]!.catalogue).toEqual({ basis: 'catalogue', publisher: 'P', site: 'p.example', url: 'https://p.example/a', date: { edtf: '2024-06-01', earliest: '2024-06-01', latest: '2024-06-01', how: 'the URL' } });
    expect(dataset!.sources[0]!.date.basis).toBe('stated');
  });
  it('rejects an unknown seed file and a url that does not parse', async () => {
    const input = await fixtureInput();
    const value = [{ ...entry, file: '999_ffffffffffffffff.txt' }, { ...entry, url: 'not a url' }];
    const { problems } = compileDataset({ ...input, catalogue: { file: 'catalogue.yaml', value } });
    expect(problems.map(formatProblem)).toEqual([
      'catalogue.yaml: 999_ffffffffffffffff.txt: [0].file: unknown seed file seeds/999_ffffffffffffffff.txt',
      'catalogue.yaml: 900_00000000000000aa.txt: [1].url: "not a url" is not a URL',
    ]);
  });
  it('covers every seed in the real data', async () => {
    const { dataset } = compileDataset((await loadData(realDataDir, repoSeedsDir)).input);
    expect(dataset!.sources.map((s) => s.catalogue?.date.edtf)).toEqual(['2018-03-14', '2023-05-04']);
    expect(dataset!.sources[0]!.date.edtf).toBe('[2018-01-01..2018-03-14]');
  });
});

describe('the third-article fixture (KZTJ_EXTRA_DATA)', () => {
  it('gives the 2023 state visit two reports, both sources, and the disagreements', async () => {
    const { input, problems: loadProblems } = await loadData(realDataDir, repoSeedsDir, [`${fixturesDir}third-article`]);
    expect(loadProblems).toEqual([]);
    const { dataset, problems } = compileDataset(input);
    expect(problems).toEqual([]);
    const visits = dataset!.events.filter((e) => e.id === 'event-2023-rahmon-state-visit-to-kazakhstan');
    expect(visits).toHaveLength(1);
    const visit = visits[0]!;
    expect(visit.reports.map((r) => r.source)).toEqual(['rahmon-visit-preview-2023', 'rahmon-state-visit-2023']);
    expect(visit.sources).toEqual(['rahmon-visit-preview-2023', 'rahmon-state-visit-2023']);
    expect(visit).toMatchObject({ factuality: 'happened', date: { edtf: '2023-05~' } });
    expect(visit.disagreements).toEqual([
      { field: 'factuality', values: [{ source: 'rahmon-visit-preview-2023', value: 'planned' }, { source: 'rahmon-state-visit-2023', value: 'happened' }] },
      { field: 'date', values: [{ source: 'rahmon-visit-preview-2023', value: '2023-05-01/2023-05-07' }, { source: 'rahmon-state-visit-2023', value: '2023-05~' }] },
    ]);
    const declaration = dataset!.agreements.find((a) => a.id === 'agreement-2023-declaration-allied-cooperation')!;
    expect(declaration.status).toBe('signed');
    expect(declaration.disagreements).toEqual([{ field: 'status', values: [{ source: 'rahmon-visit-preview-2023', value: 'expected' }, { source: 'rahmon-state-visit-2023', value: 'signed' }] }]);
    expect(dataset!.entities.find((e) => e.id === 'emomali-rahmon')!.sources).toEqual(['rahmon-astana-visit-2018', 'rahmon-visit-preview-2023', 'rahmon-state-visit-2023']);
  });

  it('is never part of the default build', async () => {
    const { dataset } = compileDataset((await loadData(realDataDir, repoSeedsDir)).input);
    expect(dataset!.sources.map((s) => s.id)).not.toContain('rahmon-visit-preview-2023');
    expect(dataset!.events.find((e) => e.id === 'event-2023-rahmon-state-visit-to-kazakhstan')!.reports).toHaveLength(1);
  });
});
