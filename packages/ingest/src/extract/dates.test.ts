import { describe, expect, it } from 'vitest';
import { extractDates } from './dates.js';

const on = (text: string, edtf = '2021-06-10', exact = true) =>
  extractDates(text, 0, text.length, { edtf, exact }).map(({ text: t, edtf: e, basis }) => ({ text: t, edtf: e, basis }));

describe('extractDates', () => {
  it('reads a month and day with no year as the article year, inferred', () => {
    const [date] = extractDates('The delegation lands in Dushanbe on August 21.', 0, 46, { edtf: '2021-06-10', exact: true });
    expect(date).toMatchObject({ text: 'August 21', edtf: '2021-08-21', basis: 'inferred' });
    expect(date?.reasoning).toContain('2021');
  });

  it('states a full date as stated', () => {
    expect(on('The accord was ratified on 3 February 2019 in Astana.')).toEqual([{ text: '3 February 2019', edtf: '2019-02-03', basis: 'stated' }]);
  });

  it('counts relative expressions from the article date', () => {
    expect(on('Trade fell last year but may recover this year.')).toEqual([
      { text: 'last year', edtf: '2020', basis: 'inferred' },
      { text: 'this year', edtf: '2021', basis: 'inferred' },
    ]);
    expect(on('The bridge opened 9 years ago.')).toEqual([{ text: '9 years ago', edtf: '2012', basis: 'inferred' }]);
    expect(on('Ministers met last month.')).toEqual([{ text: 'last month', edtf: '2021-05', basis: 'inferred' }]);
  });

  it('joins a month to a following "last year"', () => {
    expect(on('Talks began in November last year.')).toEqual([{ text: 'November last year', edtf: '2020-11', basis: 'inferred' }]);
  });

  it('reads year ranges as EDTF intervals and bare years as years', () => {
    expect(on('A roadmap for 2024–2026 was adopted; 2019 was a record year.')).toEqual([
      { text: '2024–2026', edtf: '2024/2026', basis: 'stated' },
      { text: '2019', edtf: '2019', basis: 'stated' },
    ]);
  });

  it('does not read money or percentages as years', () => {
    expect(on('Exports reached $2020 million, up 2015 percent.')).toEqual([]);
  });

  it('marks dates relative to a year-only article date as uncertain', () => {
    expect(on('The fair closed last year.', '2019', false)).toEqual([{ text: 'last year', edtf: '2018?', basis: 'inferred' }]);
  });

  it('drops the preposition and keeps offsets on the text', () => {
    const text = 'Flights resume on March 1, 2022.';
    const [date] = extractDates(text, 0, text.length, { edtf: '2022-01-01', exact: true });
    expect(date && text.slice(date.start, date.end)).toBe('March 1, 2022');
  });
});

describe('extractDates with a day and "last year"', () => {
  it('joins them into one day of that year', () => {
    const text = 'He spoke on November 13 last year at the forum.';
    expect(extractDates(text, 0, text.length, { edtf: '2018-03-14', exact: true }).map((d) => [d.text, d.edtf])).toEqual([['November 13 last year', '2017-11-13']]);
  });
});
