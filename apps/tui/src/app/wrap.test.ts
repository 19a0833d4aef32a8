import { describe, expect, it } from 'vitest';
import type { Segment } from '@kztj/core';
import { lineOf, segmentsOnLine, wrapText } from './wrap.js';

const show = (text: string, width: number) => wrapText(text, width).map((l) => text.slice(l.start, l.end));

describe('wrapText', () => {
  it('breaks at spaces, keeps paragraphs and never exceeds the width', () => {
    const text = 'Kazakhstan and Tajikistan signed a declaration.\n\nRahmon said so.';
    const lines = show(text, 20);
    expect(lines).toEqual(['Kazakhstan and', 'Tajikistan signed a', 'declaration.', '', 'Rahmon said so.']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('cuts a word longer than the line', () => {
    expect(show('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  it('keeps offsets so every character of the text is on exactly one line or is a dropped break', () => {
    const text = 'one two three four five six seven eight nine ten\neleven twelve';
    const lines = wrapText(text, 9);
    for (let i = 1; i < lines.length; i++) expect(lines[i]!.start).toBeGreaterThan(lines[i - 1]!.end);
    const covered = lines.map((l) => text.slice(l.start, l.end)).join(' ');
    expect(covered.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('finds the line of an offset', () => {
    const text = 'alpha beta gamma delta';
    const lines = wrapText(text, 11);
    expect(lineOf(lines, text.indexOf('gamma'))).toBe(1);
    expect(lineOf(lines, 0)).toBe(0);
    expect(lineOf(lines, text.length)).toBe(lines.length - 1);
  });
});

describe('segmentsOnLine', () => {
  it('clips segments to a line and keeps their annotations', () => {
    const annotation = { start: 6, end: 16, kind: 'person' as const, recordId: 'p' };
    const segments: Segment[] = [
      { start: 0, end: 6, text: 'Hello ', annotations: [] },
      { start: 6, end: 16, text: 'Emomali Ra', annotations: [annotation] },
    ];
    const parts = segmentsOnLine(segments, { start: 3, end: 10 });
    expect(parts.map((p) => p.text)).toEqual(['lo ', 'Emom']);
    expect(parts[1]!.annotations).toEqual([annotation]);
  });
});
