import { describe, expect, it } from 'vitest';
import { compileDataset } from './compile.js';
import { coverage } from './coverage.js';
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
    expect(report!.sentences[1]!.citedBy).toEqual(expect.arrayContaining(['agreement-fixture-water', 'figure-fixture-worth', 'kazakhstan', 'tajikistan']));
    expect(report!.sentences[2]!.citedBy).toEqual(expect.arrayContaining(['quote-fixture-friends', 'emomali-rahmon']));
  });
});
