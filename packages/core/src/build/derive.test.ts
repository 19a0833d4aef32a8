import { describe, expect, it } from 'vitest';
import type { DateValue } from '../schema/date-value.js';
import type { Span } from '../schema/evidence.js';
import type { EventReport } from '../schema/event.js';
import { deriveRecord, orderReports } from './derive.js';

const span = (source: string, start: number): Span => ({ source, start, end: start + 1, exact: 'x', prefix: '', suffix: '' });
const day = (edtf: string): DateValue => ({ edtf, earliest: edtf, latest: edtf, precision: 'day', uncertain: false, basis: 'stated', evidence: [span('a', 0)] });
const report = (source: string, over: Partial<EventReport> = {}): EventReport => ({
  source, evidence: [span(source, 1)], factuality: 'happened', reportedBy: [], participants: [], ...over,
});
const identity = { id: 'event-x', type: 'visit' as const, title: 'A visit', summary: 'A visit.', cameo: '042', topics: [] };
const rahmon = (source: string, start: number) => ({ entity: 'emomali-rahmon', role: 'visitor', basis: 'stated' as const, evidence: [span(source, start)] });

describe('THE derivation rule', () => {
  it('orders reports oldest article first, by earliest day, then latest, then source id', () => {
    const dates: Record<string, DateValue> = { late: day('2023-05-04'), early: day('2023-05-02'), b: day('2023-05-02') };
    expect(orderReports([report('late'), report('early'), report('b')], (s) => dates[s]!).map((r) => r.source)).toEqual(['b', 'early', 'late']);
  });

  it('two reports that agree: one value, no disagreement, both sources and all evidence', () => {
    const event = deriveRecord('events', identity, [report('a', { date: day('2023-05-04') }), report('b', { date: day('2023-05-04') })]);
    expect(event.date?.edtf).toBe('2023-05-04');
    expect(event.disagreements).toEqual([]);
    expect(event.sources).toEqual(['a', 'b']);
    expect(event.evidence).toEqual([span('a', 1), span('b', 1)]);
  });

  it('planned, then happened: the later article wins, and the disagreement lists both', () => {
    const event = deriveRecord('events', identity, [report('a', { factuality: 'planned', cue: 'will visit' }), report('b', { factuality: 'happened', cue: 'arrived' })]);
    expect(event).toMatchObject({ factuality: 'happened', cue: 'arrived' });
    expect(event.disagreements).toEqual([{ field: 'factuality', values: [{ source: 'a', value: 'planned' }, { source: 'b', value: 'happened' }] }]);
    expect(event.reports.map((r) => r.factuality)).toEqual(['planned', 'happened']); // each report keeps its word
  });

  it('two different dates: the latest report that gives one, and a disagreement', () => {
    const event = deriveRecord('events', identity, [report('a', { date: day('2023-05-03') }), report('b', { date: day('2023-05-04') }), report('c')]);
    expect(event.date?.edtf).toBe('2023-05-04');
    expect(event.disagreements).toContainEqual({ field: 'date', values: [{ source: 'a', value: '2023-05-03' }, { source: 'b', value: '2023-05-04' }] });
  });

  it('participants are the union by entity and role: first basis wins, later evidence is appended', () => {
    const host = { entity: 'kassym-jomart-tokayev', role: 'host', basis: 'inferred' as const, reasoning: 'r', evidence: [span('b', 5)] };
    const event = deriveRecord('events', identity, [report('a', { participants: [rahmon('a', 2)] }), report('b', { participants: [rahmon('b', 3), host] })]);
    expect(event.participants).toEqual([{ ...rahmon('a', 2), evidence: [span('a', 2), span('b', 3)] }, host]);
  });

  it('a figure\'s amount, maximum, hedge and unit travel as one value: the later amount wins whole', () => {
    const figure = (source: string, amount: number, amountMax?: number) => ({
      source, evidence: [span(source, 1)], amount, ...(amountMax === undefined ? {} : { amountMax }), approximate: amountMax === undefined, unit: 'USD' as const, subjects: [],
    });
    const result = deriveRecord('figures', { id: 'figure-x', measure: 'trade', kind: 'actual' as const }, [figure('a', 5, 7), figure('b', 6)]);
    expect(result).toMatchObject({ amount: 6, approximate: true, unit: 'USD' });
    expect(result).not.toHaveProperty('amountMax'); // not kept from the older report's group
    expect(result.disagreements).toEqual([{ field: 'amount', values: [{ source: 'a', value: '5..7 USD' }, { source: 'b', value: '6 USD' }] }]);
  });

  it('an agreement\'s cue comes from the report its status comes from, and its identity is kept', () => {
    const report = (source: string, status: 'planned' | 'signed', cue?: string) => ({ source, evidence: [span(source, 1)], status, ...(cue ? { cue } : {}), parties: [] });
    const identity = { id: 'agreement-x', type: 'memorandum' as const, title: 'A memorandum', subject: 'trade', related: [] };
    const result = deriveRecord('agreements', identity, [report('a', 'planned', 'will sign'), report('b', 'signed')]);
    expect(result).toMatchObject({ ...identity, status: 'signed', parties: [] });
    expect(result).not.toHaveProperty('cue'); // the newer report gives no cue, and the older one's does not describe "signed"
  });
});

