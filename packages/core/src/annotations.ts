import type { EntityType } from './schema/entity.js';
import type { DateValue } from './schema/date-value.js';
import type { Span } from './schema/evidence.js';
import { dataset } from './dataset.js';
import { getSource } from './text.js';

/** What a highlighted span is: an entity by type, a kind of fact record, or a date expression. */
export type AnnotationKind = EntityType | 'event' | 'agreement' | 'figure' | 'quote' | 'claim' | 'date';

export const ANNOTATION_KINDS: readonly AnnotationKind[] = [
  'person', 'country', 'place', 'organisation', 'award', 'monument', 'programme', 'group', 'other',
  'event', 'agreement', 'figure', 'quote', 'claim', 'date',
];

export interface Annotation {
  start: number;
  end: number;
  kind: AnnotationKind;
  /** The record the span is evidence for. */
  recordId: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Annotations covering this stretch of text, outermost (longest) first. */
  annotations: Annotation[];
}

/** Every annotated span in a source, ordered by start, longest first: what a reader highlights. */
export function annotations(sourceId: string): Annotation[] {
  const out: Annotation[] = [];
  const push = (spans: readonly Span[], kind: AnnotationKind, recordId: string) => {
    for (const span of spans) if (span.source === sourceId) out.push({ start: span.start, end: span.end, kind, recordId });
  };
  const pushDate = (date: DateValue | undefined, recordId: string) => date && push(date.evidence, 'date', recordId);
  for (const entity of dataset.entities) push(entity.evidence, entity.type, entity.id);
  for (const event of dataset.events) {
    push(event.evidence, 'event', event.id);
    pushDate(event.date, event.id);
  }
  for (const agreement of dataset.agreements) {
    push(agreement.evidence, 'agreement', agreement.id);
    pushDate(agreement.statusDate, agreement.id);
    pushDate(agreement.validity, agreement.id);
  }
  for (const figure of dataset.figures) {
    push(figure.evidence, 'figure', figure.id);
    pushDate(figure.period, figure.id);
  }
  for (const quote of dataset.quotes) push(quote.evidence, 'quote', quote.id);
  for (const claim of dataset.claims) {
    push(claim.evidence, 'claim', claim.id);
    pushDate(claim.date, claim.id);
  }
  const source = getSource(sourceId);
  if (source) push(source.date.evidence, 'date', source.id);
  const seen = new Set<string>();
  return out
    .filter((a) => {
      const key = `${a.start}:${a.end}:${a.kind}:${a.recordId}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => a.start - b.start || b.end - a.end || a.recordId.localeCompare(b.recordId));
}

/**
 * Cuts a source's text at every annotation boundary, so nested and overlapping spans
 * ("Kazakhstan Institute for Strategic Studies" containing "Kazakhstan") can be drawn: each
 * segment knows every annotation covering it. Concatenated, the segments are the whole text.
 */
export function segments(sourceId: string, kinds?: readonly AnnotationKind[]): Segment[] {
  const source = getSource(sourceId);
  if (!source) return [];
  const wanted = kinds ? new Set(kinds) : undefined;
  const list = annotations(sourceId).filter((a) => !wanted || wanted.has(a.kind));
  const cuts = new Set<number>([0, source.text.length]);
  for (const a of list) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = list
      .filter((a) => a.start <= start && end <= a.end)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    out.push({ start, end, text: source.text.slice(start, end), annotations: covering });
  }
  return out;
}
