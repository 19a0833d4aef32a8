import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOccurrences, resolveQuote } from './resolve-quote.js';

const words = fc.array(fc.constantFrom('Astana', 'Rahmon', 'Kazakh', 'Kazakhstan', 'signed', '2023', '“memo”', 'Tajik–Kazakh', 'é', '$1.4'), { minLength: 1, maxLength: 30 });

describe('findOccurrences', () => {
  it('matches only at word boundaries', () => {
    expect(findOccurrences('Kazakh and Kazakhstan, Kazakh.', 'Kazakh')).toEqual([0, 23]);
    expect(findOccurrences('“Quote,” he said', '“Quote,”')).toEqual([0]);
    expect(findOccurrences('abc', '')).toEqual([]);
  });
});

describe('resolveQuote', () => {
  it('property: every occurrence it reports reads back as the quote', () => {
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), (tokens, a, b) => {
        const text = tokens.join(' ');
        const i = a % tokens.length;
        const j = i + (b % (tokens.length - i));
        const quote = tokens.slice(i, j + 1).join(' ');
        for (const start of findOccurrences(text, quote)) expect(text.slice(start, start + quote.length)).toBe(quote);
        const resolved = resolveQuote(text, 's', { quote, all: true });
        expect(resolved.ok).toBe(true);
        if (resolved.ok) for (const span of resolved.spans) expect(text.slice(span.start, span.end)).toBe(span.exact);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: a quote is resolved by plain string exactly when it occurs once, else by occurrence', () => {
    fc.assert(
      fc.property(words, fc.nat(), (tokens, a) => {
        const text = tokens.join(' ');
        const quote = tokens[a % tokens.length]!;
        const count = findOccurrences(text, quote).length;
        const plain = resolveQuote(text, 's', quote);
        expect(plain.ok).toBe(count === 1);
        if (!plain.ok) expect(plain.message).toMatch(count === 0 ? /not found|inside longer words/ : /ambiguous/);
        for (let n = 1; n <= count; n++) {
          const picked = resolveQuote(text, 's', { quote, occurrence: n });
          expect(picked.ok && picked.spans[0]!.exact).toBe(quote);
        }
        expect(resolveQuote(text, 's', { quote, occurrence: count + 1 }).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('records prefix and suffix context of up to 32 code units', () => {
    const text = `${'a'.repeat(40)} Rahmon ${'b'.repeat(40)}`;
    const resolved = resolveQuote(text, 's', 'Rahmon');
    expect(resolved.ok && resolved.spans[0]).toMatchObject({ prefix: `${'a'.repeat(31)} `, suffix: ` ${'b'.repeat(31)}` });
  });

  it('explains quotes that only occur inside longer words', () => {
    const resolved = resolveQuote('Kazakhstan', 's', 'Kazakh');
    expect(resolved).toEqual({ ok: false, message: 'quote "Kazakh" occurs only inside longer words; quote whole words' });
  });

  it('requires a "within" passage to be unique and to contain the quote once', () => {
    expect(resolveQuote('a b. a b.', 's', { quote: 'b', within: 'a b' })).toMatchObject({ ok: false, message: expect.stringMatching(/must occur exactly once in the source; found 2/) });
    expect(resolveQuote('x a b c', 's', { quote: 'z', within: 'a b' })).toMatchObject({ ok: false, message: expect.stringMatching(/inside its "within" passage; found 0/) });
  });
});
