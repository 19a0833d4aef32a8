import { describe, expect, it } from 'vitest';
import { dataset, formatFactuality, getRecord, sourceLabel } from '@kztj/core';
import { describeRecord, nameOf } from '../describe-record.js';
import { detailLines, wrapPieces } from './detail-lines.js';

const text = (line: { text: string }[]) => line.map((p) => p.text).join('');

describe('wrapPieces', () => {
  it('keeps tones across line breaks', () => {
    const lines = wrapPieces(
      [
        { text: 'before the ', tone: 'plain' },
        { text: 'highlighted span', tone: 'match' },
        { text: ' after', tone: 'plain' },
      ],
      16,
    );
    expect(lines.map(text)).toEqual(['before the', 'highlighted span', 'after']);
    expect(lines[1]).toEqual([{ text: 'highlighted span', tone: 'match' }]);
  });
});

describe('detailLines', () => {
  it('never draws a line wider than the pane, for every record', () => {
    for (const width of [40, 77]) {
      for (const id of [...dataset.events, ...dataset.entities, ...dataset.quotes].map((r) => r.id)) {
        for (const line of detailLines(describeRecord(getRecord(id)!), width)) expect(text(line).length).toBeLessThanOrEqual(width);
      }
    }
  });

  it('starts with the whole title, wrapped to the pane', () => {
    const event = dataset.events.find((e) => e.title.length > 40)!;
    const d = describeRecord({ collection: 'events', record: event });
    expect(d.title).toBe(event.title);
    for (const width of [30, 80]) {
      const lines = detailLines(d, width);
      const count = lines.findIndex((line) => !line.some((p) => p.tone === 'title'));
      const title = lines.slice(0, count);
      // Wrapped at 30, whole on one line when it fits.
      expect(title.length > 1, `width ${width}`).toBe(event.title.length > width);
      for (const line of title) expect(line.map((p) => p.tone)).toEqual(['title']);
      expect(title.map(text).join(' ')).toBe(event.title.replace(/\s+/g, ' '));
      expect(lines.slice(count).some((line) => line.some((p) => p.tone === 'title'))).toBe(false);
    }
  });

  it('shows factuality, the evidence span and every field label', () => {
    const event = dataset.events[0]!;
    const d = describeRecord({ collection: 'events', record: event });
    const lines = detailLines(d, 80);
    const all = lines.map(text).join('\n');
    expect(all).toContain(`Factuality ${formatFactuality(event.factuality)}`);
    const match = lines.flat().filter((p) => p.tone === 'match').map((p) => p.text).join(' ');
    expect(match.replace(/\s+/g, ' ')).toContain(event.evidence[0]!.exact.replace(/\s+/g, ' '));
    for (const field of d.fields.filter((f) => f.key !== 'factuality')) expect(all).toContain(field.label.slice(0, 15));
  });

  it('marks an inferred participant as inferred, with its reasoning on a why line under it', () => {
    const event = dataset.events.find((e) => e.participants.some((p) => p.basis === 'inferred'))!;
    const inferred = event.participants.find((p) => p.basis === 'inferred')!;
    const name = nameOf(inferred.entity);
    // Wide enough that no reasoning wraps.
    const all = detailLines(describeRecord({ collection: 'events', record: event }), 2000).map(text);
    const at = all.findIndex((line) => line.startsWith('Participants'));
    expect(all[at]).toContain(`${name} (${inferred.role}, inferred)`);
    const why = all.slice(at + 1).find((line) => line.includes('why: '));
    expect(why?.trim()).toBe(`why: ${name}: ${inferred.reasoning}`);
  });

  it('lists every report with its article and each article\'s word where they disagree', () => {
    const event = dataset.events.find((e) => e.reports[0]!.cue !== undefined) ?? dataset.events[0]!;
    const [first, second] = [dataset.sources[0]!, dataset.sources[1] ?? dataset.sources[0]!];
    const report = event.reports[0]!;
    const record = {
      ...event,
      reports: [{ ...report, source: first.id, factuality: 'planned' as const, cue: 'will visit' }, { ...report, source: second.id, factuality: 'happened' as const, cue: 'visited' }],
      sources: [first.id, second.id],
      disagreements: [{ field: 'factuality', values: [{ source: first.id, value: 'planned' }, { source: second.id, value: 'happened' }] }],
    };
    const all = detailLines(describeRecord({ collection: 'events', record }), 200).map(text);
    const at = all.findIndex((line) => line.startsWith('Reports'));
    expect(all[at]).toContain(`${sourceLabel(first.id)}: planned (“will visit”)`);
    expect(all[at + 1]).toContain(`${sourceLabel(second.id)}: happened (“visited”)`);
    const differ = all.findIndex((line) => line.startsWith('Disagreements'));
    expect(all[differ]).toContain(`Factuality: planned (${sourceLabel(first.id)})`);
    expect(all[differ + 1]).toContain(`Factuality: happened (${sourceLabel(second.id)})`);
  });
});
