import { describe, expect, it } from 'vitest';
import { compileDataset } from './compile.js';
import { citingSpans, coverage, uncitedSentences } from './coverage.js';
import { fixtureInput } from './test-helpers.js';

describe('coverage', () => {
  it('lists every sentence with the records citing it', async () => {
    const { dataset } = compileDataset(await fixtureInput());
    const [report] = coverage(dataset!);
    expect(report!.sentences.map((s) => s.text)).toEqual([
      'DUSHANBE – President Emomali Rahmon will visit Astana next week, the press service said.',
      'Kazakhstan and Tajikistan signed a “memorandum on water” worth $5 million.',
      '“We are close friends,” Rahmon said.',
    ]);
    expect(report!.sentences[1]!.citedBy.sort()).toEqual(['agreement-fixture-water', 'figure-fixture-worth']);
    expect(report!.sentences[2]!.citedBy).toEqual(['quote-fixture-friends']);
  });

  it('entities name a sentence but do not cite it: the one rule the build enforces', async () => {
    const { dataset } = compileDataset(await fixtureInput());
    const [report] = coverage(dataset!);
    expect(report!.sentences[1]!.names.sort()).toEqual(['kazakhstan', 'tajikistan']);
    // The same rule, asked of the build: drop every record but the entities and the build names each sentence.
    const bare = { ...dataset!, events: [], agreements: [], figures: [], quotes: [], claims: [] };
    const uncited = uncitedSentences(coverage(bare)[0]!).map((s) => s.start);
    expect(uncited).toEqual(report!.sentences.map((s) => s.start)); // the date line lies outside the body's sentences
  });

  it('a source cites only its own date, a record only spans of the article asked about', async () => {
    const { dataset } = compileDataset(await fixtureInput());
    const source = dataset!.sources[0]!;
    expect(citingSpans('sources', source, source.id)).toEqual(source.date.evidence);
    expect(citingSpans('entities', dataset!.entities[0]!, source.id)).toEqual([]);
    expect(citingSpans('quotes', dataset!.quotes[0]!, 'another-article')).toEqual([]);
  });
});
