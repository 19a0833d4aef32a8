import { describe, expect, it } from 'vitest';
import { edtfBounds } from './build/compile-date.js';
import type { DateValue } from './schema/date-value.js';
import { formatAmount, formatDate, formatYears, machineDate, parseSpanAnchor, formatSpanAnchor } from './format.js';

const date = (edtf: string, basis: DateValue['basis'] = 'stated'): DateValue => ({ edtf, ...edtfBounds(edtf), basis, evidence: [] });

describe('formatDate', () => {
  it.each([
    ['2018-03-15', 'stated', '15 March 2018'],
    ['2018-03', 'inferred', 'March 2018, inferred'],
    ['2017', 'inferred', '2017, inferred'],
    ['2023/2025', 'stated', '2023–2025'],
    ['2018-01-01/2018-03-14', 'inferred', '1 January – 14 March 2018, inferred'],
    ['2018-03-14?', 'stated', '14 March 2018, uncertain'],
    // One unknown day of a set, not a period.
    ['[2018-01-01..2018-03-14]', 'inferred', 'a day in 2018 before 15 March, inferred'],
    ['[2023-05-01..2023-05-04]', 'stated', 'a day between 1 May and 4 May 2023'],
    ['[2017-12-20..2018-01-10]', 'stated', 'a day between 20 December 2017 and 10 January 2018'],
    ['[2018-01-01..2018-12-31]', 'stated', 'a day in 2018'],
    ['[..2018-03-14]', 'stated', 'a day on or before 14 March 2018'],
    // Open (..) and unknown (empty) ends of a period.
    ['/2023-05-04', 'inferred', 'from an unknown date to 4 May 2023, inferred'],
    ['2023-05-04/', 'inferred', 'from 4 May 2023 to an unknown date, inferred'],
    ['2019/..', 'stated', 'from 2019 on'],
    ['../2018-03', 'stated', 'until March 2018'],
    ['2023-05~', 'inferred', 'May 2023, uncertain, inferred'],
  ] as const)('%s (%s) → %s', (edtf, basis, expected) => {
    expect(formatDate(date(edtf, basis))).toBe(expected);
  });
});

describe('edtfBounds', () => {
  it("bounds a set by its members (the edtf library takes a final range's start as the max)", () => {
    expect(edtfBounds('[2018-01-01..2018-03-14]')).toEqual({ earliest: '2018-01-01', latest: '2018-03-14', precision: 'one-of', uncertain: false });
    expect(edtfBounds('[2017-10-01, 2018-01-01..2018-02-28]')).toMatchObject({ earliest: '2017-10-01', latest: '2018-02-28', precision: 'one-of' });
    expect(edtfBounds('{2023, 2025}')).toMatchObject({ earliest: '2023-01-01', latest: '2025-12-31', precision: 'interval' });
  });

  it('gives open and unknown ends the extreme ISO days as bounds', () => {
    expect(edtfBounds('/2023-05-04')).toEqual({ earliest: '0000-01-01', latest: '2023-05-04', precision: 'interval', uncertain: false });
    expect(edtfBounds('2023-05-04/')).toMatchObject({ earliest: '2023-05-04', latest: '9999-12-31' });
    expect(edtfBounds('2018/..')).toMatchObject({ earliest: '2018-01-01', latest: '9999-12-31' });
    expect(edtfBounds('../2018')).toMatchObject({ earliest: '0000-01-01', latest: '2018-12-31' });
    expect(edtfBounds('[..2018-03-14]')).toMatchObject({ earliest: '0000-01-01', latest: '2018-03-14', precision: 'one-of' });
  });

  it('rejects invalid EDTF and whitespace', () => {
    expect(() => edtfBounds('2018-13')).toThrow();
    expect(() => edtfBounds(' 2018')).toThrow(/whitespace/);
  });
});

describe('formatAmount', () => {
  it.each([
    [{ amount: 1.4e9, unit: 'USD', approximate: false }, '$1.4 billion'],
    [{ amount: 18.5, unit: 'percent', approximate: false }, '18.5%'],
    [{ amount: 2, amountMax: 3, unit: 'count', approximate: false }, '2–3'],
    [{ amount: 10, unit: 'years', approximate: true }, 'about 10 years'],
    [{ amount: 2, unit: 'rank', approximate: false }, '2nd'],
    [{ amount: 30, unit: 'ordinal', approximate: false }, '30th'],
    [{ amount: 75, unit: 'count', approximate: false }, '75'],
    [{ amount: 5e6, unit: 'KZT', approximate: false }, 'KZT 5 million'],
  ])('%o → %s', (figure, expected) => {
    expect(formatAmount(figure)).toBe(expected);
  });
});

describe('span anchors', () => {
  it('round-trip and reject anything else', () => {
    expect(parseSpanAnchor(formatSpanAnchor({ start: 12, end: 40 }))).toEqual({ start: 12, end: 40 });
    expect(parseSpanAnchor('#12-40')).toEqual({ start: 12, end: 40 });
    for (const bad of ['', '40-12', '12-12', 'a-b', '1-2-3', '-1-4']) expect(parseSpanAnchor(bad)).toBeUndefined();
  });
});

describe('titleOf for quotes', () => {
  it('puts quotation marks only around direct quotes', async () => {
    const { dataset } = await import('./dataset.js');
    const { titleOf } = await import('./collections.js');
    const direct = dataset.quotes.find((q) => q.kind === 'direct')!;
    const indirect = dataset.quotes.find((q) => q.kind === 'indirect')!;
    expect(titleOf({ collection: 'quotes', record: direct })).toMatch(/: “.+”$/);
    expect(titleOf({ collection: 'quotes', record: indirect })).toMatch(/ \(reported\): [^“”]+$/);
  });
});

describe('sourceLabel', () => {
  it('names each published article by its publisher and date, and leaves unknown ids as they are', async () => {
    const { dataset } = await import('./dataset.js');
    const { sourceLabel } = await import('./format.js');
    const labels = dataset.sources.map((s) => sourceLabel(s.id));
    for (const [i, source] of dataset.sources.entries()) expect(labels[i]).toContain(source.catalogue!.publisher);
    expect(new Set(labels).size).toBe(labels.length);
    expect(sourceLabel('no-such-source')).toBe('no-such-source');
  });

  it('stays unique when articles share a publisher and a day, or a year without a catalogue', async () => {
    const { dataset } = await import('./dataset.js');
    const { labelSources } = await import('./format.js');
    const a = dataset.sources.find((s) => s.catalogue?.publisher === 'The Astana Times')!;
    const b = { ...a, id: 'same-day-other-article' };
    const c = { ...a, id: 'no-catalogue-1', catalogue: undefined };
    const d = { ...a, id: 'no-catalogue-2', catalogue: undefined };
    const labels = labelSources([a, b, c, d]);
    expect(labels.get(a.id)).toBe(`The Astana Times, 4 May 2023 (${a.id})`);
    expect(labels.get(b.id)).toBe('The Astana Times, 4 May 2023 (same-day-other-article)');
    expect(labels.get(c.id)).toBe('article of 4 May 2023 (no-catalogue-1)');
    expect(new Set(labels.values()).size).toBe(4);
  });

  it('tells two articles of one year apart by their day, without falling back to ids', async () => {
    const { dataset } = await import('./dataset.js');
    const { labelSources } = await import('./format.js');
    const may = dataset.sources.find((s) => s.catalogue?.publisher === 'The Astana Times')!;
    const june = { ...may, id: 'astana-times-june-2023', catalogue: { ...may.catalogue!, date: { ...may.catalogue!.date, edtf: '2023-06-20', earliest: '2023-06-20', latest: '2023-06-20' } } };
    const labels = labelSources([may, june]);
    expect([labels.get(may.id), labels.get(june.id)]).toEqual(['The Astana Times, 4 May 2023', 'The Astana Times, 20 June 2023']);
  });
});

describe('formatYears and machineDate', () => {
  const date = (edtf: string, earliest: string, latest: string, precision: DateValue['precision'], uncertain = false): DateValue => ({
    edtf, earliest, latest, precision, uncertain, basis: 'inferred', reasoning: 'test', evidence: [],
  });
  it('gives the years a date spans, for a list row', () => {
    expect(formatYears(date('2018-03-15', '2018-03-15', '2018-03-15', 'day'))).toBe('2018');
    expect(formatYears(date('2023/2025', '2023-01-01', '2025-12-31', 'interval'))).toBe('2023–25');
    expect(formatYears(date('1999/2001', '1999-01-01', '2001-12-31', 'interval'))).toBe('1999–2001');
    expect(formatYears(date('/2023-05-04', '0000-01-01', '2023-05-04', 'interval'))).toBe('2023');
    expect(formatYears(undefined)).toBe('undated');
  });
  it('never gives a machine more precision than the date has', () => {
    expect(machineDate(date('2018-03-15', '2018-03-15', '2018-03-15', 'day'))).toBe('2018-03-15');
    expect(machineDate(date('[2018-01-01..2018-03-14]', '2018-01-01', '2018-03-14', 'one-of'))).toBe('2018');
    expect(machineDate(date('2017-11~', '2017-11-01', '2017-11-30', 'month', true))).toBe('2017-11');
    expect(machineDate(date('2023-05-04/', '2023-05-04', '9999-12-31', 'interval'))).toBe('2023-05-04');
  });
});
