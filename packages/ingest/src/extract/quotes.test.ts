import { describe, expect, it } from 'vitest';
import { segmentSentences } from '@kztj/core/authoring';
import { spanOf } from '../quote-ref.js';
import { extractQuotes } from './quotes.js';

function quotes(text: string) {
  const sentences = segmentSentences(text, 0, text.length).map((s) => spanOf(text, s.start, s.end));
  return extractQuotes(text, 0, text.length, sentences).map((q) => ({ kind: q.kind, words: q.words.text, speaker: q.speaker?.text, evidence: q.evidence.text }));
}

describe('extractQuotes', () => {
  it('finds "…," X said with curly quotes', () => {
    expect(quotes('“Our rivers connect us,” Japarov said at the forum.')).toEqual([
      { kind: 'direct', words: 'Our rivers connect us,', speaker: 'Japarov', evidence: '“Our rivers connect us,” Japarov said' },
    ]);
  });

  it('finds "…," said X and X said: "…"', () => {
    expect(quotes('"Trade must double," said Prime Minister Oljas Bektenov.')[0]).toMatchObject({ speaker: 'Prime Minister Oljas Bektenov' });
    expect(quotes('The envoy Ali Sattorov said: “The border is open.”')[0]).toMatchObject({ words: 'The border is open.', speaker: 'Ali Sattorov' });
  });

  it('keeps a quoted passage without a speaker, with no speaker', () => {
    expect(quotes('They called it a “road of friendship” in the statement.')).toEqual([
      { kind: 'direct', words: 'road of friendship', speaker: undefined, evidence: '“road of friendship”' },
    ]);
  });

  it('finds reported speech without quotation marks', () => {
    expect(quotes('The railway will be finished by 2027, the minister said.')).toEqual([
      { kind: 'indirect', words: 'The railway will be finished by 2027', speaker: 'minister', evidence: 'The railway will be finished by 2027, the minister said' },
    ]);
  });
});
