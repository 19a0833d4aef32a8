import { describe, expect, it } from 'vitest';
import { segmentSentences } from '@kztj/core/authoring';
import { spanOf } from '../quote-ref.js';
import { extractAmounts } from './amounts.js';

function amounts(text: string) {
  const sentences = segmentSentences(text, 0, text.length).map((s) => spanOf(text, s.start, s.end));
  return extractAmounts(text, 0, text.length, sentences).map(({ text: t, amount, amountMax, unit, kind, approximate, measure, notFigure }) => ({
    text: t,
    amount,
    unit,
    kind,
    approximate,
    measure,
    ...(amountMax === undefined ? {} : { amountMax }),
    ...(notFigure === undefined ? {} : { notFigure }),
  }));
}

describe('extractAmounts', () => {
  it('reads money with its currency and scale', () => {
    expect(amounts('Investors pledged $3.2 billion for the dam.')).toEqual([
      { text: '$3.2 billion', amount: 3_200_000_000, unit: 'USD', kind: 'actual', approximate: false, measure: 'Investors' },
    ]);
    expect(amounts('The grant is worth 40 million tenge.')[0]).toMatchObject({ text: '40 million tenge', amount: 40_000_000, unit: 'KZT' });
    expect(amounts('Customs collected USD 15 million.')[0]).toMatchObject({ text: 'USD 15 million', amount: 15_000_000, unit: 'USD' });
  });

  it('reads percentages and growth', () => {
    expect(amounts('Cotton exports grew by 12.5 percent.')[0]).toMatchObject({ text: '12.5 percent', amount: 12.5, unit: 'percent', kind: 'growth', measure: 'Cotton exports' });
    expect(amounts('Nearly 30% of the wheat comes by rail.')[0]).toMatchObject({ text: '30%', unit: 'percent', approximate: true });
  });

  it('reads counts with the phrase they measure, in digits and in words', () => {
    expect(amounts('The two sides signed 14 documents.')).toEqual([
      { text: 'two', amount: 2, unit: 'count', kind: 'actual', approximate: false, measure: 'sides', notFigure: 'it counts the parties the story is about' },
      { text: '14', amount: 14, unit: 'count', kind: 'actual', approximate: false, measure: 'documents' },
    ]);
  });

  it('reads a spelled-out range as amount and amountMax', () => {
    expect(amounts('They will build four or five power stations.')[0]).toMatchObject({ text: 'four or five', amount: 4, amountMax: 5, measure: 'power stations' });
  });

  it('marks a target and reads ordinals and durations', () => {
    expect(amounts('The sides agreed to raise turnover to $3 billion.')[0]).toMatchObject({ amount: 3e9, kind: 'target' });
    expect(amounts('They marked the 25th anniversary.')[0]).toMatchObject({ text: '25th', amount: 25, unit: 'ordinal', measure: 'anniversary' });
    expect(amounts('The lease runs for 49 years.')[0]).toMatchObject({ text: '49', unit: 'years' });
  });

  it('leaves "one" and numbers inside dates alone', () => {
    const text = 'One of the talks was held on May 5, 2020.';
    const sentences = [spanOf(text, 0, text.length)];
    const date = { start: text.indexOf('May'), end: text.indexOf('2020') + 4, text: 'May 5, 2020' };
    expect(extractAmounts(text, 0, text.length, sentences, [date])).toEqual([]);
  });
});

describe('extractAmounts, spelled-out ordinals and decades', () => {
  it('reads "first" as an ordinal and "second-largest" as a rank', () => {
    expect(amounts('It was the first joint exercise.')[0]).toMatchObject({ text: 'first', amount: 1, unit: 'ordinal', kind: 'actual', measure: 'joint exercise' });
    expect(amounts('China is the second-largest investor.')[0]).toMatchObject({ text: 'second-largest', amount: 2, unit: 'ordinal', kind: 'rank' });
  });
  it('reads decades as years', () => {
    expect(amounts('The line was closed for nearly a decade.')[0]).toMatchObject({ text: 'a decade', amount: 10, unit: 'years', approximate: true });
    expect(amounts('Talks dragged on for two decades.')[0]).toMatchObject({ text: 'two decades', amount: 20, unit: 'years' });
  });
});

describe('extractAmounts tells figures from other numbers', () => {
  it('reads "$1-2 billion" as one amount with its range, not "$1" and a count', () => {
    expect(amounts('Projects worth $1-2 billion could start.')).toEqual([expect.objectContaining({ text: '$1-2 billion', amount: 1e9, amountMax: 2e9, unit: 'USD' })]);
  });
  it('marks a bound as exact and a hedge as approximate', () => {
    expect(amounts('It could cost up to $2 billion.')[0]).toMatchObject({ approximate: false });
    expect(amounts('It exports nearly 900 million kilowatt-hours.')[0]).toMatchObject({ approximate: true });
  });
  it('keeps "the two countries", "third markets" and "1st Deputy" as numbers that are no figure, with why', () => {
    const found = amounts('The 1st Deputy Prime Minister said the two countries can serve third markets at the third forum.');
    expect(found.map((a) => [a.text, a.notFigure])).toEqual([
      ['1st', 'part of an office title'],
      ['two', 'it counts the parties the story is about'],
      ['third', 'an ordinal that numbers no event or session'],
      ['third', undefined],
    ]);
  });
});
