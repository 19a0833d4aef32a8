import { describe, expect, it } from 'vitest';
import { COLLECTION_SPECS, collectionSpec, describeRecord, linksOf, recordFields, titleOf } from './collections.js';
import { dataset } from './dataset.js';
import { basisMark, fieldReasoning, fieldText, formatLink, type FieldValue } from './field-value.js';
import { sourceLabel } from './format.js';
import { COLLECTION_NAMES, getRecord, records, type RecordRef } from './records.js';
import type { Event } from './schema/event.js';

const visitId = 'event-2023-rahmon-state-visit-to-kazakhstan';
const visit = () => dataset.events.find((e) => e.id === visitId)!;
const otherSource = () => dataset.sources.find((s) => s.id !== visit().sources[0])!;

/** The visit as a record two articles report, the older one saying it was planned elsewhere. */
function twoReportVisit(): Event {
  const event = visit();
  const later = event.reports[0]!;
  const earlier = { ...later, source: otherSource().id, factuality: 'planned' as const, cue: 'will pay a visit', place: { id: 'dushanbe-placeholder', basis: 'inferred' as const, reasoning: 'test', evidence: [] } };
  return {
    ...event,
    reports: [earlier, later],
    sources: [earlier.source, later.source],
    disagreements: [{ field: 'factuality', values: [{ source: earlier.source, value: 'planned' }, { source: later.source, value: 'happened' }] }],
  };
}

const field = (ref: RecordRef, key: string) => recordFields(ref).find((f) => f.key === key)?.value;

describe('the collection registry', () => {
  it('declares every collection, and every record has a title and at least one field', () => {
    expect(Object.keys(COLLECTION_SPECS).sort()).toEqual([...COLLECTION_NAMES].sort());
    for (const collection of COLLECTION_NAMES) {
      for (const record of records(collection)) {
        const ref = { collection, record } as RecordRef;
        expect(titleOf(ref).length, record.id).toBeGreaterThan(0);
        expect(recordFields(ref).length, record.id).toBeGreaterThan(0);
      }
    }
  });

  it('points every link at a record of the declared target collection', () => {
    for (const collection of COLLECTION_NAMES) {
      for (const record of records(collection)) {
        for (const { link, target, field: name } of linksOf(collection, record, { reports: true })) {
          expect(getRecord(link.id)?.collection, `${record.id}.${name} → ${link.id}`).toBe(target);
        }
      }
    }
  });

  it('puts quotation marks only around direct quotes, in titles and in the text field', () => {
    for (const quote of dataset.quotes) {
      const ref = { collection: 'quotes', record: quote } as const;
      const shown = (field(ref, 'text') as Extract<FieldValue, { kind: 'text' }>).text;
      if (quote.kind === 'direct') {
        expect(titleOf(ref), quote.id).toMatch(/: “.+”$/);
        expect(shown).toBe(`“${quote.text}”`);
      } else {
        expect(titleOf(ref), quote.id).not.toMatch(/[“”]/);
        expect(shown).toBe(quote.text);
      }
    }
  });

  it('marks an inferred participant as inferred, with its reasoning one step away', () => {
    const event = dataset.events.find((e) => e.participants.some((p) => p.basis === 'inferred') && e.participants.some((p) => p.basis === 'stated'))!;
    const ref = { collection: 'events', record: event } as const;
    const participants = field(ref, 'participants');
    expect(participants?.kind).toBe('participants');
    if (participants?.kind !== 'participants') return;
    const inferred = participants.participants.find((p) => p.basis === 'inferred')!;
    const stated = participants.participants.find((p) => p.basis === 'stated')!;
    expect(formatLink(inferred)).toBe(`${inferred.name} (${inferred.qualifier}, inferred)`);
    expect(formatLink(stated)).toBe(`${stated.name} (${stated.qualifier})`);
    expect(basisMark(inferred)).toEqual({ label: 'inferred', reasoning: event.participants.find((p) => p.entity === inferred.id && p.basis === 'inferred')!.reasoning });
    expect(basisMark(stated)).toBeUndefined();
    expect(fieldReasoning(participants)).toEqual(participants.participants.filter((p) => p.basis === 'inferred').map((p) => ({ about: p.name, reasoning: p.reasoning })));
  });

  it('shows each report with its article, and each disagreeing article with its own word', () => {
    const record = twoReportVisit();
    const ref = { collection: 'events', record } as const;
    const reports = field(ref, 'reports');
    expect(reports?.kind === 'reports' && reports.reports.map((r) => [r.sourceLabel, r.status, r.cue])).toEqual([
      [sourceLabel(otherSource().id), 'planned', 'will pay a visit'],
      [sourceLabel(visit().sources[0]!), 'happened', visit().reports[0]!.cue],
    ]);
    const disagreements = field(ref, 'disagreements')!;
    expect(fieldText(disagreements)).toBe(`Factuality: ${sourceLabel(otherSource().id)} says planned, ${sourceLabel(visit().sources[0]!)} says happened`);
    // One article's record has nothing to disagree about.
    expect(field({ collection: 'events', record: visit() }, 'disagreements')).toBeUndefined();
  });

  it('follows the links of every report, tagged with the article, not only the derived ones', () => {
    const record = twoReportVisit();
    const places = linksOf('events', record, { reports: true }).filter((l) => l.field === 'place');
    expect(places.map((l) => [l.link.id, l.report])).toEqual([
      [visit().place!.id, undefined],
      ['dushanbe-placeholder', otherSource().id],
      [visit().place!.id, visit().sources[0]],
    ]);
    expect(linksOf('events', record).filter((l) => l.field === 'place')).toHaveLength(1);
  });
});

describe('describeRecord', () => {
  it('says one sentence per record: never a doubled full stop, quotation marks only around direct quotes', () => {
    for (const collection of COLLECTION_NAMES) {
      for (const record of records(collection)) {
        const text = describeRecord({ collection, record } as RecordRef);
        expect(text.length, record.id).toBeGreaterThan(10);
        expect(text, record.id).not.toMatch(/\.\./);
      }
    }
    for (const quote of records('quotes')) {
      const text = describeRecord({ collection: 'quotes', record: quote });
      if (quote.kind === 'direct') expect(text).toContain(`“${quote.text}”`);
      else expect(text).not.toMatch(/[“”]/);
    }
  });

  it('names a lede only among the fields the page shows', () => {
    for (const collection of COLLECTION_NAMES) {
      const { lede, fields } = collectionSpec(collection);
      if (lede !== undefined) expect(fields.map((f) => f.key), collection).toContain(lede);
    }
  });
});
