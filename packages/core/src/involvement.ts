import { linksOf, specOf } from './collections.js';
import type { RecordRef } from './records.js';
import type { DateValue } from './schema/date-value.js';

/** Entity ids a record refers to (participants, places, parties, speakers, holders, subjects), its reports' included. */
export function entitiesOf(ref: RecordRef): string[] {
  const ids = ref.collection === 'entities' ? [ref.record.id] : [];
  for (const link of linksOf(ref.collection, ref.record, { reports: true })) if (link.target === 'entities') ids.push(link.link.id);
  return [...new Set(ids)];
}

/** The date that places a record in time, if it has one. */
export function dateOf(ref: RecordRef): DateValue | undefined {
  return specOf(ref).date(ref.record);
}

/**
 * The articles a record comes from: every article that reports it (an entity: every one that
 * mentions it), a quote's one article, a source itself.
 */
export function sourcesOf(ref: RecordRef): readonly string[] {
  const record = ref.record as { id: string; sources?: readonly string[]; source?: string };
  return record.sources ?? (record.source !== undefined ? [record.source] : [record.id]);
}

/** The kind a record is filtered by with `type`: entity type, event type, figure kind… */
export function typeOf(ref: RecordRef): string | undefined {
  return specOf(ref).kind?.(ref.record);
}
