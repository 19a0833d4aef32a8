import type { Span } from './schema/evidence.js';
import type { Sentence, Source } from './schema/source.js';
import { makeSpan } from './build/span.js';
import { getRecord } from './records.js';

export function getSource(id: string): Source | undefined {
  const ref = getRecord(id);
  return ref?.collection === 'sources' ? ref.record : undefined;
}

/** The sentence of a source containing an offset (or the nearest one before it); binary search. */
export function sentenceAt(source: Source, offset: number): Sentence | undefined {
  const { sentences } = source;
  let lo = 0;
  let hi = sentences.length - 1;
  let found: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = sentences[mid]!;
    if (sentence.start <= offset) {
      found = sentence;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface SpanContext {
  span: Span;
  /** The sentence around the span; widened when the span runs past one sentence. */
  sentence: { start: number; end: number; text: string };
  before: string;
  match: string;
  after: string;
}

/** A span in its sentence, split into before / match / after for highlighting. */
export function spanContext(span: Span): SpanContext | undefined {
  const source = getSource(span.source);
  if (!source) return undefined;
  const first = sentenceAt(source, span.start);
  const last = sentenceAt(source, Math.max(span.start, span.end - 1));
  const start = Math.min(first?.start ?? span.start, span.start);
  const end = Math.max(last?.end ?? span.end, span.end);
  return {
    span,
    sentence: { start, end, text: source.text.slice(start, end) },
    before: source.text.slice(start, span.start),
    match: source.text.slice(span.start, span.end),
    after: source.text.slice(span.end, end),
  };
}

/** Every mention of an entity, each in its sentence: what an entity page lists. */
export function mentions(entityId: string): SpanContext[] {
  const ref = getRecord(entityId);
  const entity = ref?.collection === 'entities' ? ref.record : undefined;
  return (entity?.evidence ?? []).map(spanContext).filter((c): c is SpanContext => c !== undefined);
}

/**
 * A full evidence span (with the 32-unit prefix and suffix the build uses) for offsets in a
 * source, or undefined when the source or the range does not exist.
 */
export function spanAt(sourceId: string, start: number, end: number): Span | undefined {
  const source = getSource(sourceId);
  if (!source || !(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end <= start || end > source.text.length) return undefined;
  return makeSpan(source.text, sourceId, start, end);
}
