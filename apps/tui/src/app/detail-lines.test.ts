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
    expect(all).toContain(`Factuality ${d.factuality}`);
    const match = lines.flat().filter((p) => p.tone === 'match').map((p) => p.text).join(' ');
    expect(match.replace(/\s+/g, ' ')).toContain(event.evidence[0]!.exact.replace(/\s+/g, ' '));
    for (const field of d.fields.filter((f) => f.label !== 'Factuality')) expect(all).toContain(field.label.slice(0, 15));
  });
});
