import { describe, expect, expectTypeOf, it } from 'vitest';
import { dataset } from './dataset.js';
import { facets, findCountry, list, timeline } from './query.js';
import { sourceLabel } from './format.js';
import { getRecord, allIds, refOf } from './records.js';
import { titleOf } from './collections.js';
import type { DateValue } from './schema/date-value.js';
import { related } from './related.js';
import { mentions } from './text.js';

describe('getRecord', () => {
  it('finds every record by id with its collection', () => {
    for (const id of allIds()) expect(getRecord(id)?.record.id).toBe(id);
    expect(getRecord('no-such-id')).toBeUndefined();
    expect(new Set(allIds()).size).toBe(allIds().length);
  });
});

describe('list', () => {
  it('filters by type, source, factuality and country (id, name or ISO code)', () => {
    const people = list('entities', { type: 'person' });
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((e) => e.type === 'person')).toBe(true);
    const source = dataset.sources[0]!.id;
    expect(list('events', { source }).length).toBeGreaterThan(0);
    expect(list('events', { source }).every((e) => e.sources.includes(source))).toBe(true);
    expect(list('events', { factuality: 'planned' }).every((e) => e.factuality === 'planned')).toBe(true);
    // Who said it, apart from who is involved: Tokayev's own words, not those about him.
    const tokayev = 'kassym-jomart-tokayev';
    const said = list('quotes', { speaker: tokayev });
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((q) => q.speaker.id === tokayev)).toBe(true);
    expect(list('quotes', { entity: tokayev }).length).toBeGreaterThan(said.length);
    expect(list('claims', { speaker: tokayev }).every((c) => c.holders.some((h) => h.id === tokayev))).toBe(true);
    expect(list('events', { speaker: tokayev })).toEqual([]); // an event is nobody's words
    // Quotes carry a factuality too: the one hedged with "reportedly" is found, the others are not.
    const reported = list('quotes', { factuality: 'reported' });
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((q) => q.factuality === 'reported' && q.cue !== undefined)).toBe(true);
    expect(reported.length).toBeLessThan(list('quotes').length);
    const tj = findCountry('TJ');
    expect(tj).toBeDefined();
    expect(findCountry('tjk')).toBe(tj);
    expect(list('events', { country: 'TJ' })).toEqual(list('events', { country: tj! }));
  });

  it('filters entities by a source they are mentioned in', () => {
    for (const source of dataset.sources) {
      const found = list('entities', { source: source.id });
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(dataset.entities.filter((e) => e.evidence.some((s) => s.source === source.id)));
    }
  });

  it('filters by date bounds that overlap the range', () => {
    const in2018 = list('events', { from: '2018', to: '2018' });
    expect(in2018.length).toBeGreaterThan(0);
    for (const e of in2018) expect(e.date!.earliest <= '2018-12-31' && e.date!.latest >= '2018-01-01').toBe(true);
    expect(list('events', { from: '2030' })).toEqual([]);
  });

  it('rejects a malformed date filter with a message naming the field', () => {
    expect(() => list('events', { from: 'yesterday' })).toThrow(/filter "from" must be a year, year-month or ISO date .*"yesterday"/);
  });
});

describe('timeline', () => {
  it('orders dated events by earliest, then latest day; stated dates span 2006 to 2023', () => {
    const events = timeline();
    expect(events.length).toBeGreaterThan(5);
    for (let i = 1; i < events.length; i++) {
      const [a, b] = [events[i - 1]!.date!, events[i]!.date!];
      expect(a.earliest < b.earliest || (a.earliest === b.earliest && a.latest <= b.latest)).toBe(true);
    }
    const stated = events.filter((e) => e.date!.basis === 'stated');
    expect(stated[0]!.date!.earliest.slice(0, 4)).toBe('2006');
    expect(events.at(-1)!.date!.latest.slice(0, 4)).toBe('2023');
    // Anything earlier than the first stated date must be an inference (e.g. "30th anniversary").
    for (const e of events.filter((x) => x.date!.earliest < stated[0]!.date!.earliest)) expect(e.date!.basis, e.id).toBe('inferred');
  });

  it('counts facet values over the events given', () => {
    const events = timeline();
    const f = facets(events);
    expect(f.factuality.reduce((n, v) => n + v.count, 0)).toBe(events.length);
    // An event counts once under each article that reports it, labelled as sourceLabel names it.
    expect(f.source.reduce((n, v) => n + v.count, 0)).toBe(events.reduce((n, e) => n + e.sources.length, 0));
    for (const value of f.source) expect(value.label).toBe(sourceLabel(value.value));
    expect(f.person.length).toBeGreaterThan(0);
    for (const list of Object.values(f)) for (let i = 1; i < list.length; i++) expect(list[i - 1]!.count).toBeGreaterThanOrEqual(list[i]!.count);
  });
});

describe('related', () => {
  it('links an event to its participants and an entity back to its events', () => {
    const event = dataset.events.find((e) => e.participants.length > 0)!;
    const participant = event.participants[0]!;
    expect(related(event.id)).toContainEqual(expect.objectContaining({ relation: participant.role, target: expect.objectContaining({ record: expect.objectContaining({ id: participant.entity }) }) }));
    expect(related(participant.entity).map((r) => r.target.record.id)).toContain(event.id);
  });

  it('links an agreement to where it was signed', () => {
    const agreement = dataset.agreements.find((a) => a.signedAt)!;
    expect(related(agreement.id)).toContainEqual(expect.objectContaining({ relation: 'signed at' }));
    expect(related(agreement.signedAt!.id).map((r) => r.target.record.id)).toContain(agreement.id);
  });

  it('lists each related record once and never the record itself', () => {
    for (const id of allIds()) {
      const ids = related(id).map((r) => r.target.record.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain(id);
    }
  });

  it('returns nothing for an unknown id', () => {
    expect(related('no-such-id')).toEqual([]);
  });
});

describe('mentions', () => {
  it('puts every mention of an entity in its sentence, split for highlighting', () => {
    const entity = dataset.entities.reduce((a, b) => (b.evidence.length > a.evidence.length ? b : a));
    const found = mentions(entity.id);
    expect(found).toHaveLength(entity.evidence.length);
    for (const m of found) {
      expect(m.before + m.match + m.after).toBe(m.sentence.text);
      expect(m.match).toBe(m.span.exact);
    }
    expect(mentions('no-such-id')).toEqual([]);
  });
});

describe('spanAt', () => {
  it('builds the same span the compiler records, and refuses ranges outside the text', async () => {
    const { spanAt } = await import('./text.js');
    const entity = dataset.entities[0]!;
    const span = entity.evidence[0]!;
    expect(spanAt(span.source, span.start, span.end)).toEqual(span);
    const length = dataset.sources.find((s) => s.id === span.source)!.text.length;
    for (const [start, end] of [[-1, 3], [5, 5], [0, length + 1], [1.5, 3]] as const) expect(spanAt(span.source, start, end)).toBeUndefined();
    expect(spanAt('no-such-source', 0, 3)).toBeUndefined();
  });
});

describe('annotations', () => {
  it('include role evidence as annotations of the entity', async () => {
    const { annotations } = await import('./annotations.js');
    const entity = dataset.entities.find((e) => e.roles.length > 0)!;
    const span = entity.roles[0]!.evidence[0]!;
    expect(annotations(span.source)).toContainEqual({ start: span.start, end: span.end, kind: entity.type, recordId: entity.id });
  });
});

describe('typed helpers', () => {
  it('timeline() returns only dated events, typed so (no non-null assertions needed)', () => {
    const events = timeline();
    expect(events.every((e) => e.date.earliest <= e.date.latest)).toBe(true);
    expectTypeOf(events[0]!.date).toEqualTypeOf<DateValue>();
  });

  it('refOf pairs a record with its collection for the functions that take a RecordRef', () => {
    const event = list('events')[0]!;
    const ref = refOf('events', event);
    expect(ref).toEqual(getRecord(event.id));
    expect(titleOf(ref)).toBe(event.title);
  });
});

