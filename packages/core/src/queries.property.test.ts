import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segments } from './annotations.js';
import { dataset } from './dataset.js';
import { formatDate, parseSpanAnchor } from './format.js';
import { titleOf } from './collections.js';
import { list, timeline } from './query.js';
import { COLLECTION_NAMES, allIds, getRecord } from './records.js';
import { related } from './related.js';
import { mentions } from './text.js';

const ids = allIds();
const anyId = fc.oneof(fc.constantFrom(...ids), fc.string());
const dateish = fc.oneof(fc.constantFrom('2006', '2017', '2018-03', '2018-03-15', '2023-05-04'), fc.string({ maxLength: 12 }));
const filter = fc.record(
  {
    type: fc.oneof(fc.constantFrom('person', 'visit', 'memorandum', 'growth', 'direct', 'opinion'), fc.string()),
    entity: anyId,
    country: fc.oneof(fc.constantFrom('KZ', 'tjk', 'Tajikistan', '398'), fc.string()),
    source: fc.oneof(fc.constantFrom(...dataset.sources.map((s) => s.id)), fc.string()),
    factuality: fc.constantFrom('happened', 'planned', 'expected', 'negated', 'reported' as const),
    from: dateish,
    to: dateish,
  },
  { requiredKeys: [] },
);

describe('public queries under arbitrary input', () => {
  it('list: returns records of the collection that match, or throws a RangeError for malformed dates', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COLLECTION_NAMES), filter, (collection, f) => {
        try {
          const found = list(collection, f);
          for (const record of found) expect(getRecord(record.id)?.collection).toBe(collection);
          expect(found.length).toBeLessThanOrEqual(dataset[collection].length);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          expect((error as Error).message).toMatch(/^filter "(from|to)"/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('timeline: any valid filter yields a subset of the full timeline, in order', () => {
    const full = timeline().map((e) => e.id);
    fc.assert(
      fc.property(filter, (f) => {
        let ids: string[];
        try {
          ids = timeline(f).map((e) => e.id);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          return;
        }
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

  it('parseSpanAnchor accepts exactly start-end with start < end', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parseSpanAnchor(s);
        if (parsed) expect(parsed.end).toBeGreaterThan(parsed.start);
      }),
      { numRuns: 1000 },
    );
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
