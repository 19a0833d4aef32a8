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

describe('extractQuotes finds reported speech without quotation marks', () => {
  const indirect = (text: string) => {
    const sentences = segmentSentences(text, 0, text.length).map((s) => spanOf(text, s.start, s.end));
    return extractQuotes(text, 0, text.length, sentences)
      .filter((q) => q.kind === 'indirect')
      .map((q) => ({ speaker: q.speaker?.text, words: q.words.text, evidence: q.evidence.text }));
  };
  it('"X noted that …", after an opening phrase and with an aside', () => {
    expect(indirect('Opening the forum, Sklyar noted that trade had grown.')).toEqual([{ speaker: 'Sklyar', words: 'trade had grown', evidence: 'Sklyar noted that trade had grown' }]);
    expect(indirect('Nurtleu, for his part, stressed that Almaty is ready.')[0]).toMatchObject({ speaker: 'Nurtleu', words: 'Almaty is ready' });
  });
  it('a pronoun or a description as the speaker: "He emphasised that", "the minister said the …"', () => {
    expect(indirect('He emphasised that water is short.')[0]).toMatchObject({ speaker: 'He' });
    expect(indirect('Speaking in parliament, the minister said the study is due in May.')[0]).toMatchObject({ speaker: 'minister', words: 'the study is due in May' });
    expect(indirect('The Head of State noted that ties are old.')[0]).toMatchObject({ speaker: 'Head of State' });
  });
  it('"According to X, …" at the start of a sentence', () => {
    expect(indirect('According to Mirziyoyev, projects could start soon.')).toEqual([{ speaker: 'Mirziyoyev', words: 'projects could start soon', evidence: 'According to Mirziyoyev, projects could start soon' }]);
  });
  it('"This was stated by X": the sentence before, or what follows a colon', () => {
    const back = indirect('Trade could double. This was stated by the Kazakh President at the session.');
    expect(back).toEqual([{ speaker: 'Kazakh President', words: 'Trade could double', evidence: 'Trade could double. This was stated by the Kazakh President at the session' }]);
    expect(indirect('This was stated by Shakkaliyev in his speech: trade will triple.')[0]).toMatchObject({ speaker: 'Shakkaliyev', words: 'trade will triple' });
  });
  it('", X said on Wednesday." at the end of a sentence', () => {
    expect(indirect('The plant will cost $2 billion, Energy Minister Almas Sarin said on Wednesday.')[0]).toMatchObject({ speaker: 'Energy Minister Almas Sarin', words: 'The plant will cost $2 billion' });
  });
});
