import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileDataset, formatProblem, loadData, verifyEvidence } from '@kztj/core/authoring';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from './generate.js';

describe('generateCorpus', () => {
  it('makes a 10× corpus (20 articles) that the real compiler accepts with zero problems', () => {
    const corpus = generateCorpus({ multiplier: 10 });
    const { dataset, problems } = compileDataset(corpus.input);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset?.sources).toHaveLength(20);
    expect(corpus.stats).toMatchObject({ articles: 20, sentences: 20 * 26 });
    const records = dataset!.events.length + dataset!.agreements.length + dataset!.figures.length + dataset!.quotes.length + dataset!.claims.length;
    expect(records).toBe(corpus.stats.records);
    expect(dataset!.entities).toHaveLength(corpus.stats.entities);

    // Every span, checked independently of the compiler against the seed bytes it was built from.
    expect(verifyEvidence(dataset!, corpus.input.seeds)).toEqual([]);
    let spans = 0;
    const texts = new Map(dataset!.sources.map((s) => [s.id, s.text]));
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        const span = value as { source?: unknown; start?: unknown; end?: unknown; exact?: unknown };
        if (typeof span.exact === 'string' && typeof span.start === 'number' && typeof span.end === 'number' && typeof span.source === 'string') {
          expect(texts.get(span.source)!.slice(span.start, span.end)).toBe(span.exact);
          spans++;
          return;
        }
        for (const [key, child] of Object.entries(value)) if (key !== 'text') visit(child);
      }
    };
    visit(dataset);
    expect(spans).toBeGreaterThan(20 * 100);
  });

  it('is deterministic, and a bigger corpus extends a smaller one article by article', () => {
    const small = generateCorpus({ articles: 3 });
    const again = generateCorpus({ articles: 3 });
    const big = generateCorpus({ articles: 6 });
    expect([...again.input.seeds]).toEqual([...small.input.seeds]);
    expect(big.input.sources.slice(0, 3)).toEqual(small.input.sources);
    expect(generateCorpus({ articles: 3, seed: 2 }).input.sources).not.toEqual(small.input.sources);
  });

  it('gives every article a distinct seed file name of the form the schema requires', () => {
    const names = [...generateCorpus({ articles: 1200 }).input.seeds.keys()];
    expect(new Set(names).size).toBe(1200);
    for (const name of names) expect(name).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
  });

  it('rejects a corpus of no articles with a clear message', () => {
    expect(() => generateCorpus({ articles: 0 })).toThrow(/at least one article; got 0/);
    expect(() => generateCorpus({ multiplier: 0.1 })).toThrow(/at least one article/);
  });
});

describe('writeCorpus', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('writes YAML and seed files that loadData reads back to an input that compiles cleanly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kztj-corpus-'));
    dirs.push(dir);
    const corpus = generateCorpus({ multiplier: 1 });
    const { dataDir, seedsDir } = await writeCorpus(corpus, dir);
    const { input, problems: loadProblems } = await loadData(dataDir, seedsDir);
    expect(loadProblems).toEqual([]);
    const fromDisk = compileDataset(input);
    expect(fromDisk.problems.map(formatProblem)).toEqual([]);
    expect(fromDisk.dataset).toEqual(compileDataset(corpus.input).dataset);
  });
});
