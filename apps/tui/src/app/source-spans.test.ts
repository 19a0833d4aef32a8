import { describe, expect, it } from 'vitest';
import { annotations, dataset } from '@kztj/core';
import { annotatedSpans, neighbourSpan, annotatedSpanAt } from './source-spans.js';

const source = dataset.sources[0]!;

describe('annotatedSpans', () => {
  it('groups every annotation of a source under its exact range, in reading order', () => {
    const spans = annotatedSpans(source.id);
    expect(spans.flatMap((s) => s.annotations)).toHaveLength(annotations(source.id).length);
    for (const span of spans) for (const a of span.annotations) expect([a.start, a.end]).toEqual([span.start, span.end]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.start);
  });
});

describe('neighbourSpan', () => {
  const spans = annotatedSpans(source.id);

  it('steps forward and back through the spans and stops at the ends', () => {
    expect(neighbourSpan(spans, undefined, 1)).toBe(spans[0]);
    expect(neighbourSpan(spans, undefined, -1)).toBe(spans.at(-1));
    expect(neighbourSpan(spans, spans[0], 1)).toBe(spans[1]);
    expect(neighbourSpan(spans, spans[1], -1)).toBe(spans[0]);
    expect(neighbourSpan(spans, spans.at(-1), 1)).toBeUndefined();
    expect(neighbourSpan(spans, spans[0], -1)).toBeUndefined();
  });

  it('steps from an arbitrary range by its start', () => {
    const middle = spans[Math.floor(spans.length / 2)]!;
    const between = { start: middle.start, end: middle.start + 1 };
    expect(neighbourSpan(spans, between, 1)!.start).toBeGreaterThan(middle.start);
    expect(neighbourSpan(spans, between, -1)!.start).toBeLessThan(middle.start);
    expect(annotatedSpanAt(spans, between)).toBeUndefined();
    expect(annotatedSpanAt(spans, { start: middle.start, end: middle.end })).toBe(middle);
  });
});
