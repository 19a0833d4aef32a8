import type { RecordRef } from './records.js';
import type { DateValue } from './schema/date-value.js';

/** Entity ids a record refers to (participants, places, parties, speakers, holders, subjects). */
export function entitiesOf(ref: RecordRef): string[] {
  const ids: Array<string | undefined> = [];
  switch (ref.collection) {
    case 'entities':
      ids.push(ref.record.id, ref.record.partOf, ...ref.record.roles.map((role) => role.of));
      break;
    case 'events':
      ids.push(ref.record.place, ...ref.record.participants.map((p) => p.entity), ...ref.record.reportedBy);
      break;
    case 'agreements':
      ids.push(...ref.record.parties);
      break;
    case 'figures':
      ids.push(...ref.record.subjects, ref.record.statedBy);
      break;
    case 'quotes':
      ids.push(ref.record.speaker, ...ref.record.about);
      break;
    case 'claims':
      ids.push(...ref.record.holders, ...ref.record.about);
      break;
    case 'sources':
      break;
  }
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** The date that places a record in time, if it has one. */
export function dateOf(ref: RecordRef): DateValue | undefined {
  switch (ref.collection) {
    case 'sources':
      return ref.record.date;
    case 'events':
      return ref.record.date;
    case 'agreements':
      return ref.record.statusDate ?? ref.record.validity;
    case 'figures':
      return ref.record.period;
    case 'claims':
      return ref.record.date;
    default:
      return undefined;
  }
}

/** The source a record comes from; undefined for entities, which span sources. */
export function sourceOf(ref: RecordRef): string | undefined {
  if (ref.collection === 'sources') return ref.record.id;
  if (ref.collection === 'entities') return undefined;
  return ref.record.source;
}

/** The kind a record is filtered by with `type`: entity type, event type, figure kind… */
export function typeOf(ref: RecordRef): string | undefined {
  switch (ref.collection) {
    case 'entities':
    case 'events':
    case 'agreements':
      return ref.record.type;
    case 'figures':
    case 'quotes':
    case 'claims':
      return ref.record.kind;
    default:
      return undefined;
  }
}
