import { describe, expect, it } from 'vitest';
import { quoteRefAt, trimSpan } from './quote-ref.js';

const text = 'Kazakh officials met Kazakhstan’s envoy. Kazakh trade grew.';

describe('quoteRefAt', () => {
  it('quotes words that occur once as they are', () => {
    expect(quoteRefAt(text, 7, 16)).toBe('officials');
  });
  it('says which occurrence when the words repeat, counting only whole words', () => {
    expect(quoteRefAt(text, 41, 47)).toEqual({ quote: 'Kazakh', occurrence: 2 });
  });
  it('refuses a span that is not on word boundaries, or has surrounding space', () => {
    expect(quoteRefAt(text, 21, 27)).toBeUndefined(); // "Kazakh" inside "Kazakhstan"
    expect(quoteRefAt(text, 6, 16)).toBeUndefined();
  });
});

describe('trimSpan', () => {
  it('drops whitespace and trailing punctuation', () => {
    const t = ' Astana, ';
    expect(trimSpan(t, 0, t.length)).toEqual({ start: 1, end: 7, text: 'Astana' });
  });
});
