import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compileDataset } from './build/compile.js';
import { loadData } from './build/load-data.js';
import { realDataDir, repoSeedsDir } from './build/test-helpers.js';
import { verifyEvidence } from './build/verify.js';
import { dataset } from './dataset.js';
import { Dataset } from './schema/dataset.js';

const sharedSeedsDir = new URL('../../../../shared/seeds/', import.meta.url).pathname;

async function repoSeeds(): Promise<Map<string, Uint8Array>> {
  const seeds = new Map<string, Uint8Array>();
  for (const name of await readdir(repoSeedsDir)) if (name.endsWith('.txt')) seeds.set(name, await readFile(`${repoSeedsDir}${name}`));
  return seeds;
}

describe('the seeds', () => {
  it.runIf(existsSync(sharedSeedsDir))('are byte-identical to ../shared/seeds', async () => {
    const shared = (await readdir(sharedSeedsDir)).filter((n) => n.endsWith('.txt')).sort();
    expect(shared.length).toBeGreaterThan(0);
    for (const name of shared) {
      expect(Buffer.compare(await readFile(`${sharedSeedsDir}${name}`), await readFile(`${repoSeedsDir}${name}`)), name).toBe(0);
    }
  });
});

describe('the published dataset', () => {
  it('validates against the zod schema', () => {
    expect(() => Dataset.parse(dataset)).not.toThrow();
  });

  it('is what the authored data compiles to (generated output is current)', async () => {
    const { input, problems } = await loadData(realDataDir, repoSeedsDir);
    expect(problems).toEqual([]);
    const result = compileDataset(input);
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(dataset);
  });

  it('has every span, anywhere in it, read back exactly from the seed bytes', async () => {
    expect(verifyEvidence(dataset, await repoSeeds())).toEqual([]);
  });

  it('covers both seeds, one source each, with their sha256', async () => {
    const seeds = await repoSeeds();
    expect(seeds.size).toBe(2);
    expect(dataset.sources.map((s) => s.file).sort()).toEqual([...seeds.keys()].sort());
    for (const source of dataset.sources) {
      // Hashed here, not by the compiler's helper, so a wrong hash there cannot agree with itself.
      const bytes = seeds.get(source.file)!;
      expect(source.sha256, source.file).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('has one record per entity across articles, with evidence from both', () => {
    const [a, b] = dataset.sources.map((s) => s.id);
    const inBoth = dataset.entities.filter((e) => e.evidence.some((s) => s.source === a) && e.evidence.some((s) => s.source === b));
    const names = inBoth.map((e) => e.name).join(' | ');
    for (const expected of [/Rahmon/, /Astana/, /Kazakhstan Institute for Strategic Studies/, /^Kazakhstan$|\| Kazakhstan \||^Kazakhstan \||\| Kazakhstan$/]) {
      expect(names).toMatch(expected);
    }
    const lowerNames = dataset.entities.map((e) => e.name.toLowerCase());
    expect(new Set(lowerNames).size).toBe(lowerNames.length);
  });

  it('dates the 2023 article from its date line and the 2018 one by inference with reasons', () => {
    const stated = dataset.sources.find((s) => s.file.startsWith('001_'))!;
    expect(stated.date).toMatchObject({ edtf: '2023-05-04', basis: 'stated' });
    const inferred = dataset.sources.find((s) => s.file.startsWith('000_'))!;
    expect(inferred.date.basis).toBe('inferred');
    expect(inferred.date.reasoning!.length).toBeGreaterThan(40);
    expect(inferred.date.earliest.startsWith('2018')).toBe(true);
    expect(inferred.date.latest < '2018-03-15').toBe(true);
  });

  it('keeps planned, expected, negated and happened apart', () => {
    const byFactuality = (f: string) => dataset.events.filter((e) => e.factuality === f);
    for (const f of ['happened', 'planned', 'expected', 'negated']) expect(byFactuality(f).length, f).toBeGreaterThan(0);
    const negated = byFactuality('negated').flatMap((e) => e.evidence.map((s) => s.exact)).join(' ');
    expect(negated).toMatch(/will not attend/);
    const source2018 = dataset.sources.find((s) => s.file.startsWith('000_'))!.id;
    const signings2018 = dataset.agreements.filter((a) => a.sources.includes(source2018) && a.type !== 'legal-framework');
    expect(signings2018.length).toBeGreaterThan(0);
    for (const agreement of signings2018) expect(['planned', 'expected'], agreement.id).toContain(agreement.status);
  });

  it('marks "last year" values as inferred with reasoning', () => {
    const trade = dataset.figures.find((f) => f.amount === 1.4e9 && f.unit === 'USD')!;
    expect(trade.period).toMatchObject({ edtf: '2022', basis: 'inferred' });
    expect(trade.period!.reasoning).toBeTruthy();
  });

  it('links the 2018 foreign-ministries programme to the 2023–2025 one', () => {
    const linked = dataset.agreements.filter((a) => a.type === 'programme' && a.related.length > 0);
    const sources = new Set(linked.flatMap((a) => [...a.sources, ...dataset.agreements.find((b) => b.id === a.related[0]!.agreement)!.sources]));
    expect(sources.size).toBe(2);
    expect(dataset.agreements.some((a) => a.validity?.edtf === '2023/2025')).toBe(true);
  });

  it('has direct quotes that appear verbatim and indirect ones marked as such', () => {
    const direct = dataset.quotes.filter((q) => q.kind === 'direct');
    expect(direct.length).toBeGreaterThanOrEqual(3);
    for (const quote of direct) expect(quote.evidence.some((s) => s.exact.includes(quote.text)), quote.id).toBe(true);
    expect(dataset.quotes.some((q) => q.kind === 'indirect')).toBe(true);
  });

  it('gives countries ISO codes and uses only verified Wikidata QIDs', () => {
    const verified = new Set(['Q232', 'Q863', 'Q813', 'Q265', 'Q874', 'Q889', 'Q1520', 'Q23438', 'Q5753', 'Q8011', 'Q485207']);
    for (const e of dataset.entities) {
      if (e.type === 'country') expect(e.codes, e.id).toBeDefined();
      if (e.wikidata) expect(verified.has(e.wikidata), `${e.id} ${e.wikidata}`).toBe(true);
    }
  });
});
