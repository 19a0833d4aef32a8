import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segments } from './annotations.js';
import { dataset } from './dataset.js';
import { formatDate, parseSpanAnchor } from './format.js';
import { titleOf } from './collections.js';
import { dateOf, typeOf } from './involvement.js';
import { list, timeline } from './query.js';
import { COLLECTION_NAMES, allIds, getRecord } from './records.js';
import { related } from './related.js';
import { mentions } from './text.js';

const ids = allIds();
const anyId = fc.oneof(fc.constantFrom(...ids), fc.string());
const pad = (n: number) => String(n).padStart(2, '0');
/** Years, year-months and days around the data's dates, so most filters really filter. */
const validDate = fc
  .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(4, 7, 10))
  .map(([y, m, d, length]) => `${y}-${pad(m)}-${pad(d)}`.slice(0, length));
const dateish = fc.oneof(
  { arbitrary: validDate, weight: 4 },
  fc.constantFrom('2006', '2017', '2018-03', '2018-03-15', '2023-05-04', '2018-3', '18', '2018-03-15T00:00', '2018-13', '2018-02-30', '2018-00', '2016-02-29'),
  fc.string({ maxLength: 12 }),
);
/**
 * The documented filter date forms, written independently of the code under test: the form, and a
 * real month and day (the Date calendar rolls an impossible day over, so a real one survives the round trip).
 */
const wellFormed = (value: string | undefined) => {
  if (value === undefined) return true;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return false;
  const [y, m = '01', d = '01'] = value.split('-');
  const day = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  day.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  return day.toISOString().slice(0, 10) === `${y}-${m}-${d}`;
};
/** ISO days compare with a year or year-month by their prefix: 2018-05-01 is on or after 2018. */
const inRange = (date: { earliest: string; latest: string } | undefined, from?: string, to?: string) =>
  date !== undefined && (from === undefined || date.latest.slice(0, from.length) >= from) && (to === undefined || date.earliest.slice(0, to.length) <= to);
/** Mostly absent, often a value the data has, sometimes junk: so filters match, narrow and miss. */
const field = <T>(real: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, { arbitrary: real, weight: 3 }, { arbitrary: fc.string() as fc.Arbitrary<T | string>, weight: 1 });
const types = [...new Set(COLLECTION_NAMES.flatMap((collection) => dataset[collection].map((record) => typeOf({ collection, record } as never))))].filter(
  (t): t is string => t !== undefined,
);
const filter = fc.record({
  type: field(fc.constantFrom(...types)),
  entity: field(fc.constantFrom(...dataset.entities.map((e) => e.id))),
  country: field(fc.constantFrom('KZ', 'tjk', 'Tajikistan', '398')),
  source: field(fc.constantFrom(...dataset.sources.map((s) => s.id))),
  factuality: fc.option(fc.constantFrom('happened', 'planned', 'expected', 'negated', 'reported' as const), { nil: undefined, freq: 2 }),
  from: fc.option(dateish, { nil: undefined, freq: 2 }),
  to: fc.option(dateish, { nil: undefined, freq: 2 }),
});

describe('public queries under arbitrary input', () => {
  it('list: malformed dates throw a RangeError naming the field; otherwise every filter field narrows', () => {
    let filtered = 0;
    fc.assert(
      fc.property(fc.constantFrom(...COLLECTION_NAMES), filter, (collection, f) => {
        if (!wellFormed(f.from) || !wellFormed(f.to)) {
          expect(() => list(collection, f)).toThrow(RangeError);
          expect(() => list(collection, f)).toThrow(/^filter "(from|to)" must be a (year, year-month or ISO date|real date)/);
          return;
        }
        const found = list(collection, f);
        for (const record of found) expect(getRecord(record.id)?.collection).toBe(collection);
        // Dropping any one field can only widen the result.
        for (const key of Object.keys(f) as (keyof typeof f)[]) {
          const wider = new Set(list(collection, { ...f, [key]: undefined }).map((r) => r.id));
          for (const record of found) expect(wider.has(record.id), `${key} on ${record.id}`).toBe(true);
        }
        if (Object.values(f).some((v) => v !== undefined) && found.length > 0) filtered++;
      }),
      { numRuns: 1000 },
    );
    expect(filtered).toBeGreaterThan(30); // the property really ran on filters that match something
  });

  it('list: a from/to filter keeps exactly the records whose date may fall in the range', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COLLECTION_NAMES), fc.option(validDate, { nil: undefined }), fc.option(validDate, { nil: undefined }), (collection, from, to) => {
        const found = list(collection, { from, to }).map((r) => r.id);
        const expected =
          from === undefined && to === undefined
            ? dataset[collection].map((r) => r.id)
            : dataset[collection].filter((record) => inRange(dateOf({ collection, record } as never), from, to)).map((r) => r.id);
        expect(found).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('timeline: any valid filter yields a subset of the full timeline, in order', () => {
    const full = timeline().map((e) => e.id);
    fc.assert(
      fc.property(filter, (f) => {
        if (!wellFormed(f.from) || !wellFormed(f.to)) {
          expect(() => timeline(f)).toThrow(RangeError);
          return;
        }
        const ids = timeline(f).map((e) => e.id);
        const positions = ids.map((id) => full.indexOf(id));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }),
      { numRuns: 1000 },
    );
  });

  it('related, mentions and getRecord never throw and only point at real records', () => {
    fc.assert(
      fc.property(anyId, (id) => {
        for (const r of related(id)) expect(getRecord(r.target.record.id)).toBeDefined();
        for (const m of mentions(id)) expect(m.match).toBe(m.span.exact);
        const ref = getRecord(id);
        if (ref) expect(titleOf(ref).length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseSpanAnchor reads start-end, with or without #, exactly when start < end', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999_999_999 }), fc.nat({ max: 999_999_999 }), fc.constantFrom('', '#', ' #'), (start, end, prefix) => {
        expect(parseSpanAnchor(`${prefix}${start}-${end}`)).toEqual(end > start ? { start, end } : undefined);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parseSpanAnchor(s);
        if (parsed) expect(s.trim()).toMatch(/^#?\d{1,9}-\d{1,9}$/);
      }),
      { numRuns: 1000 },
    );
    for (const anchor of ['12-3', '5-5', '1234567890-1234567891', '1-2-3', '-1-2', '1 - 2']) expect(parseSpanAnchor(anchor), anchor).toBeUndefined();
  });

  it('segments of every source concatenate back to its text, for any subset of kinds', () => {
    const kinds = ['person', 'country', 'place', 'organisation', 'event', 'agreement', 'figure', 'quote', 'claim', 'date'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...dataset.sources), fc.subarray([...kinds]), (source, chosen) => {
        const parts = segments(source.id, chosen);
        expect(parts.map((p) => p.text).join('')).toBe(source.text);
        for (const part of parts) for (const a of part.annotations) expect(chosen).toContain(a.kind);
      }),
      { numRuns: 200 },
    );
  });

  it('formatDate renders every date in the data', () => {
    const dates = [...dataset.events.map((e) => e.date), ...dataset.figures.map((f) => f.period), ...dataset.sources.map((s) => s.date)];
    for (const d of dates) if (d) expect(formatDate(d)).toMatch(/\d{4}/);
  });
});
