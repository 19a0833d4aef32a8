import type { EntityType } from './schema/entity.js';
import type { Span } from './schema/evidence.js';
import { annotationOf } from './collections.js';
import { COLLECTION_NAMES, records, type RecordRef } from './records.js';
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

let bySource: Map<string, Annotation[]> | undefined;

/** All annotations of all sources, grouped by source once (drawing one source must not walk all data per call). */
function allAnnotations(): Map<string, Annotation[]> {
  if (bySource) return bySource;
  const grouped = new Map<string, Annotation[]>();
  const push = (spans: readonly Span[], kind: AnnotationKind, recordId: string) => {
    for (const span of spans) {
      const list = grouped.get(span.source) ?? [];
      list.push({ start: span.start, end: span.end, kind, recordId });
      grouped.set(span.source, list);
    }
  };
  for (const collection of COLLECTION_NAMES) {
    for (const record of records(collection)) {
      const { kind, spans, dates } = annotationOf({ collection, record } as RecordRef);
      if (kind) push(spans, kind, record.id);
      for (const date of dates) push(date.evidence, 'date', record.id);
    }
  }
  for (const [sourceId, list] of grouped) {
    const seen = new Set<string>();
    grouped.set(
      sourceId,
      list
        .filter((a) => {
          const key = `${a.start}:${a.end}:${a.kind}:${a.recordId}`;
          return seen.has(key) ? false : (seen.add(key), true);
        })
        .sort((a, b) => a.start - b.start || b.end - a.end || a.recordId.localeCompare(b.recordId)),
    );
  }
  bySource = grouped;
  return grouped;
}

/** Every annotated span in a source, ordered by start, longest first: what a reader highlights. */
export function annotations(sourceId: string): Annotation[] {
  return [...(allAnnotations().get(sourceId) ?? [])];
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
  // Sweep the cut points, keeping the annotations open at each one (list is sorted by start).
  const out: Segment[] = [];
  let open: Annotation[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    open = open.filter((a) => a.end > start);
    while (next < list.length && list[next]!.start <= start) {
      if (list[next]!.end > start) open.push(list[next]!);
      next++;
    }
    const covering = open.filter((a) => end <= a.end).sort((a, b) => b.end - b.start - (a.end - a.start));
    out.push({ start, end, text: source.text.slice(start, end), annotations: covering });
  }
  return out;
}
