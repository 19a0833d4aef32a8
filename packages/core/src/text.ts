import type { Span } from './schema/evidence.js';
import type { Sentence, Source } from './schema/source.js';
import { dataset } from './dataset.js';

export function getSource(id: string): Source | undefined {
  return dataset.sources.find((s) => s.id === id);
}

/** The sentence of a source containing an offset (or the nearest one before it). */
export function sentenceAt(source: Source, offset: number): Sentence | undefined {
  let found: Sentence | undefined;
  for (const sentence of source.sentences) {
    if (sentence.start > offset) break;
    found = sentence;
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
  const entity = dataset.entities.find((e) => e.id === entityId);
  return (entity?.evidence ?? []).map(spanContext).filter((c): c is SpanContext => c !== undefined);
}
