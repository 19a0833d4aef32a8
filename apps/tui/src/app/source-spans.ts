import { annotations, type Annotation } from '@kztj/core';
import type { Range } from './navigation.js';

/** One annotated stretch of a source and every annotation on exactly that stretch. */
export interface AnnotatedSpan extends Range {
  annotations: Annotation[];
}

const cache = new Map<string, AnnotatedSpan[]>();

/** The distinct annotated spans of a source in reading order (outer spans before inner ones). */
export function annotatedSpans(sourceId: string): AnnotatedSpan[] {
  let spans = cache.get(sourceId);
  if (!spans) {
    const byRange = new Map<string, AnnotatedSpan>();
    // The core orders annotations by start, longest first: reading order with outer spans first.
    for (const a of annotations(sourceId)) {
      const key = `${a.start}-${a.end}`;
      const span = byRange.get(key) ?? { start: a.start, end: a.end, annotations: [] };
      span.annotations.push(a);
      byRange.set(key, span);
    }
    spans = [...byRange.values()];
    cache.set(sourceId, spans);
  }
  return spans;
}

const sameRange = (a: Range, b: Range) => a.start === b.start && a.end === b.end;

/** The span after (or before) `focus` in reading order; the first (or last) without a focus. */
export function neighbourSpan(spans: readonly AnnotatedSpan[], focus: Range | undefined, direction: 1 | -1): AnnotatedSpan | undefined {
  if (spans.length === 0) return undefined;
  if (!focus) return direction === 1 ? spans[0] : spans.at(-1);
  const index = spans.findIndex((s) => sameRange(s, focus));
  if (index !== -1) return spans[index + direction];
  // A focus that is not itself an annotated span (an arbitrary --span): step from its start.
  return direction === 1 ? spans.find((s) => s.start > focus.start) : [...spans].reverse().find((s) => s.start < focus.start);
}

/** The annotated span exactly at `focus`, if there is one. */
export function annotatedSpanAt(spans: readonly AnnotatedSpan[], focus: Range | undefined): AnnotatedSpan | undefined {
  return focus ? spans.find((s) => sameRange(s, focus)) : undefined;
}
