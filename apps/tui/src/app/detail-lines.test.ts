import { describe, expect, it } from 'vitest';
import { dataset, getRecord } from '@kztj/core';
import { describeRecord } from '../describe-record.js';
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

  it('shows the title, factuality, the evidence span and every field label', () => {
    const event = dataset.events[0]!;
    const d = describeRecord({ collection: 'events', record: event });
    const lines = detailLines(d, 80);
    const all = lines.map(text).join('\n');
    expect(text(lines[0]!)).toBe(event.title.length <= 80 ? event.title : text(lines[0]!));
    expect(all).toContain(`Factuality ${d.factuality}`);
    const match = lines.flat().filter((p) => p.tone === 'match').map((p) => p.text).join(' ');
    expect(match.replace(/\s+/g, ' ')).toContain(event.evidence[0]!.exact.replace(/\s+/g, ' '));
    for (const field of d.fields.filter((f) => f.label !== 'Factuality')) expect(all).toContain(field.label.slice(0, 15));
  });
});
