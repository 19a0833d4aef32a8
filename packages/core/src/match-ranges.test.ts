import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from './dataset.js';
import { markMatches, matchRanges, queryTerms } from './match-ranges.js';
import { search } from './search.js';

const marked = (query: string, text: string) => matchRanges(query, text).map((r) => text.slice(r.start, r.end));

/** Plain Levenshtein, written apart from the code under test. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

/** The engine's rule (MiniSearch with prefix and fuzzy 0.2), as its documentation states it. */
const engineMatches = (word: string, term: string) => word === term || word.startsWith(term) || levenshtein(word, term) <= Math.min(6, Math.round(term.length * 0.2));

describe('matchRanges', () => {
  it('marks whole words the query matches, and never a word only because it begins a query word', () => {
    const text = 'Talks between the foreign ministries for the first time, as planned for 2018.';
    expect(marked('foreign ministries', text)).toEqual(['foreign', 'ministries']);
    expect(matchRanges('foreign ministries', text).map((r) => r.how)).toEqual(['exact', 'exact']);
  });

  it('marks prefix and typo matches, saying which', () => {
    const text = 'Water resources and the date of the talks; Tajikistan and Kazakhstan.';
    expect(matchRanges('wate', text).map((r) => [text.slice(r.start, r.end), r.how])).toEqual([
      ['Water', 'prefix'],
      ['date', 'fuzzy'],
    ]);
    expect(marked('tajik', text)).toEqual(['Tajikistan']);
    // Two edits for nine letters: "tajikstan" is one from "tajikistan". "tajk" begins no word and is
    // six edits from it: no match, as in the engine.
    expect(marked('tajikstan', text)).toEqual(['Tajikistan']);
    expect(marked('tajk', text)).toEqual([]);
    expect(marked('kazakhtan', text)).toEqual(['Kazakhstan']);
  });

  it('splits words as the engine does (punctuation and spaces, any script) and ignores case', () => {
    expect(marked('TAJIKISTAN', 'Kazakhstan–Tajikistan relations')).toEqual(['Tajikistan']);
    expect(marked('астана', 'Столица — Астана.')).toEqual(['Астана']);
    expect(queryTerms('  Foreign, foreign MINISTRIES!! ')).toEqual(['foreign', 'ministries']);
  });

  it('marks nothing for a query without words, and keeps offsets in UTF-16 units', () => {
    expect(matchRanges('', 'anything')).toEqual([]);
    expect(matchRanges('!!', 'anything')).toEqual([]);
    const text = '😀 Astana';
    expect(matchRanges('astana', text)).toEqual([{ start: 3, end: 9, term: 'astana', how: 'exact' }]);
  });

  it('cuts text into parts that join back to it', () => {
    const text = 'The foreign ministries met.';
    const parts = markMatches('foreign', text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['foreign']);
  });
});

describe('search snippets', () => {
  const words = [...new Set(dataset.entities.flatMap((e) => e.name.split(/[^\p{L}]+/u)).filter((w) => w.length >= 4))];
  /** A word of the data, sometimes cut short or with one letter changed: the searches people type. */
  const query = fc.oneof(
    fc.constantFrom(...words),
    fc.tuple(fc.constantFrom(...words), fc.integer({ min: 3, max: 6 })).map(([w, n]) => w.slice(0, n)),
    fc.tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom('a', 'e', 'o', 'x')).map(([w, i, c]) => {
      const at = i % w.length;
      return w.slice(0, at) + c + w.slice(at + 1);
    }),
    fc.constantFrom('foreign ministries', 'wate', 'migration', 'astana', 'rahmon tokayev'),
  );

  it('gives every hit a visible reason: at least one marked word, each one the engine counts as a match', () => {
    fc.assert(
      fc.property(query, (q) => {
        const terms = queryTerms(q);
        for (const hit of search(q, { limit: 50 })) {
          const matched = hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase());
          expect(matched.length, `${hit.id} for "${q}"`).toBeGreaterThan(0);
          for (const word of matched) expect(terms.some((t) => engineMatches(word, t)), `"${word}" for "${q}"`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not mark "for" for "foreign ministries", and marks something for "wate"', () => {
    for (const hit of search('foreign ministries', { limit: 50 })) {
      expect(hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).not.toContain('for');
    }
    const wate = search('wate', { limit: 50 });
    expect(wate.length).toBeGreaterThan(0);
    for (const hit of wate) expect(hit.snippet.some((p) => p.match)).toBe(true);
  });
});
