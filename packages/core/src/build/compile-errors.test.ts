import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCompiled, compileDataset, type DataInput } from './compile.js';
import { formatProblem } from './problem.js';
import type { Problem } from './problem.js';
import { fixtureInput, fixturesDir } from './test-helpers.js';

// Each fixture in fixtures/compile-errors/ is the valid fixture with one thing wrong; each test
// checks that compiling it reports that one thing, located by file, record id and field.
const errorsDir = `${fixturesDir}compile-errors/`;

async function inputWith(change: { source?: string; entities?: string }): Promise<DataInput> {
  const input = await fixtureInput();
  const all = new Map(input.seeds);
  for (const name of await readdir(`${errorsDir}seeds`)) all.set(name, await readFile(`${errorsDir}seeds/${name}`));
  const load = async (name: string) => parse(await readFile(`${errorsDir}${name}`, 'utf8')) as unknown;
  const sources = change.source ? [{ file: `sources/${change.source}`, value: await load(change.source) }] : input.sources;
  // Only the seeds the data names: any other would be a seed without a data file, a problem of its own.
  const named = new Set(sources.map((s) => (s.value as { file?: string }).file));
  return {
    ...input,
    seeds: new Map([...all].filter(([name]) => named.has(name))),
    sources,
    ...(change.entities ? { entities: { file: 'entities.yaml', value: await load(change.entities) } } : {}),
  };
}

const problem = (file: string, recordId: string, field: string, message: string | RegExp): Problem =>
  ({ file, recordId, field, message: typeof message === 'string' ? message : expect.stringMatching(message) }) as Problem;

describe('compileDataset reports, with file, record id and field', () => {
  it('a seed that is not valid UTF-8, and reads nothing from it', async () => {
    const { dataset, problems } = compileDataset(await inputWith({ source: 'non-utf-8-seed.yaml' }));
    expect(dataset).toBeUndefined();
    // The source is skipped, so its entities are then unmentioned; nothing else is said about it.
    expect(problems.filter((p) => p.file === 'sources/non-utf-8-seed.yaml')).toEqual([
      problem('sources/non-utf-8-seed.yaml', 'fixture-article', 'file', 'seed file seeds/910_not-utf-8.txt is not valid UTF-8'),
    ]);
  });

  it('a stated date for a seed without a date line', async () => {
    const { dataset, problems } = compileDataset(await inputWith({ source: 'stated-date-without-date-line.yaml' }));
    expect(dataset).toBeUndefined();
    expect(problems).toEqual([
      problem('sources/stated-date-without-date-line.yaml', 'fixture-article', 'date.basis', /no date line.*"inferred"/),
    ]);
  });

  it('a figure whose amountMax is below its amount', async () => {
    const { dataset, problems } = compileDataset(await inputWith({ source: 'amount-max-below-amount.yaml' }));
    expect(dataset).toBeUndefined();
    expect(problems).toEqual([
      problem('sources/amount-max-below-amount.yaml', 'figure-fixture-worth', 'figures[0].amountMax', /4000000.*below.*5000000/),
    ]);
  });

  it('a direct quote whose text is not verbatim in its evidence', async () => {
    const { dataset, problems } = compileDataset(await inputWith({ source: 'direct-quote-not-verbatim.yaml' }));
    expect(dataset).toBeUndefined();
    expect(problems).toEqual([problem('sources/direct-quote-not-verbatim.yaml', 'quote-fixture-friends', 'quotes[0].text', /verbatim/)]);
  });

  it('an entity no source mentions', async () => {
    const { dataset, problems } = compileDataset(await inputWith({ entities: 'unmentioned-entity.yaml' }));
    expect(dataset).toBeUndefined();
    expect(problems).toEqual([problem('entities.yaml', 'uzbekistan', 'mentions', /never mentioned/)]);
  });
});

describe('checkCompiled, the last check of what the compiler produced', () => {
  const compiled = async () => {
    const input = await fixtureInput();
    const { dataset } = compileDataset(input);
    return { dataset: structuredClone(dataset!), seeds: input.seeds };
  };

  it('passes the compiled fixture through unchanged', async () => {
    const { dataset, seeds } = await compiled();
    expect(checkCompiled(dataset, seeds)).toEqual({ dataset, problems: [] });
  });

  it('reports output that breaks the published schema, without a dataset', async () => {
    const { dataset, seeds } = await compiled();
    (dataset.figures[0] as { unit: string }).unit = 'dollars';
    expect(checkCompiled(dataset, seeds)).toEqual({
      problems: [problem('(compiled dataset)', 'figure-fixture-worth', 'figures[0].unit', /ISO 4217/)],
    });
  });

  it('reports a span that does not read back from the seed bytes', async () => {
    const { dataset, seeds } = await compiled();
    dataset.quotes[0]!.evidence[0]!.exact = dataset.quotes[0]!.evidence[0]!.exact.replace('close', 'cloze');
    expect(checkCompiled(dataset, seeds)).toEqual({
      problems: [problem('(compiled dataset)', 'quote-fixture-friends', 'evidence[0]', /^quotes\[0\]: span \d+-\d+ reads ".*close.*", expected ".*cloze.*"$/)],
    });
  });
});

describe('a seed without a data file', () => {
  it('is reported by file, not ignored', async () => {
    const input = await fixtureInput();
    const seeds = new Map(input.seeds).set('901_00000000000000ff.txt', new TextEncoder().encode('An article nobody described.'));
    const { problems, dataset } = compileDataset({ ...input, seeds });
    expect(dataset).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual(['seeds/901_00000000000000ff.txt: no data file describes this seed: add data/sources/<id>.yaml for it (`npm run ingest` drafts one), or remove the seed']);
  });
});
