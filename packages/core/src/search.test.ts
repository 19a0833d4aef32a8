import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from './dataset.js';
import { getRecord } from './records.js';
import { MAX_QUERY_LENGTH, markTerms, search, suggest } from './search.js';

describe('search', () => {
  it('finds an entity by name first, tolerating a typo', () => {
    const rahmon = dataset.entities.find((e) => /Rahmon/.test(e.name))!;
    expect(search('Rahmon')[0]!.id).toBe(rahmon.id);
    expect(search('Rahmn').map((h) => h.id)).toContain(rahmon.id);
    const tokayev = dataset.entities.find((e) => /Tokayev/.test(e.name))!;
    expect(search('Tokaev').map((h) => h.id).slice(0, 3)).toContain(tokayev.id);
  });

  it('finds records by words of their evidence and marks the match in the snippet', () => {
    const hits = search('migration');
    expect(hits.length).toBeGreaterThan(0);
    const marked = hits[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase());
    expect(marked.some((w) => w.startsWith('migration'))).toBe(true);
  });

  it('limits and filters by collection', () => {
    expect(search('Kazakhstan', { limit: 3 })).toHaveLength(3);
    expect(search('Kazakhstan', { collections: ['events'] }).every((h) => h.collection === 'events')).toBe(true);
    expect(search('Kazakhstan', { limit: 0 })).toEqual([]);
  });

  it('property: never throws on any string and every hit is a real record', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary', maxLength: 400 })), (query) => {
        const hits = search(query, { limit: 5 });
        for (const hit of hits) {
          const ref = getRecord(hit.id);
          expect(ref?.collection).toBe(hit.collection);
          expect(hit.snippet.map((p) => p.text).join('').length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('returns nothing for empty or punctuation-only queries and cuts very long ones', () => {
    expect(search('')).toEqual([]);
    expect(search('  !!! ')).toEqual([]);
    const rahmon = dataset.entities.find((e) => /Rahmon/.test(e.name))!;
    const long = `Rahmon ${'x'.repeat(10_000)}`;
    expect(search(long)).toEqual(search(long.slice(0, MAX_QUERY_LENGTH)));
    expect(search(long)[0]!.id).toBe(rahmon.id);
    // A word past the cut is never searched for.
    expect(search(`${' '.repeat(MAX_QUERY_LENGTH)}Rahmon`)).toEqual([]);
    expect(search(`${' '.repeat(MAX_QUERY_LENGTH - 6)}Rahmon`)[0]!.id).toBe(rahmon.id);
  });
});

describe('markTerms', () => {
  it('marks words starting with a matched term and keeps the text whole', () => {
    const parts = markTerms('Kazakhstan and Tajikistan signed', ['tajik']);
    expect(parts).toEqual([
      { text: 'Kazakhstan and ', match: false },
      { text: 'Tajikistan', match: true },
      { text: ' signed', match: false },
    ]);
  });
});

describe('suggest', () => {
  it('offers ids close to a mistyped id', () => {
    const rahmon = dataset.entities.find((e) => /Rahmon/.test(e.name))!;
    expect(suggest(rahmon.id.replace('rahmon', 'rahmn'))).toContain(rahmon.id);
  });
});
