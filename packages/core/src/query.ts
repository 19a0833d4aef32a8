import type { CollectionName } from './schema/dataset.js';
import type { DateValue } from './schema/date-value.js';
import type { Event } from './schema/event.js';
import type { Factuality } from './schema/factuality.js';
import { dataset } from './dataset.js';
import { parseDateBound } from './date-bound.js';
import { sourceLabel } from './format.js';
import { dateOf, entitiesOf, sourcesOf, typeOf } from './involvement.js';
import { records, type RecordRef, type RecordTypes } from './records.js';
import { specOf } from './collections.js';
import { findEntity } from './find-entity.js';

export interface RecordFilter {
  /** Entity type, event or agreement type, or figure / quote / claim kind. */
  type?: string;
  /** Records that involve this entity id. */
  entity?: string;
  /** Records that involve this country: its id, name or ISO 3166-1 code (any case). */
  country?: string;
  /** Records from this source id; for entities, those mentioned in it. */
  source?: string;
  /** Records said by this entity: quotes by their speaker, claims by a holder, figures by who states them (the registry's `saidBy`). */
  speaker?: string;
  /** Records that give this factuality (events, claims, quotes: the registry's `factuality`). */
  factuality?: Factuality;
  /** Records whose date may fall on or after this ISO date or year (2018, 2018-03, 2018-03-15). */
  from?: string;
  /** Records whose date may fall on or before this ISO date or year. */
  to?: string;
}

/** Resolves a country given as id, name, alias or ISO code (any case); undefined when none matches. */
export function findCountry(query: string): string | undefined {
  return findEntity(query, { type: 'country' })[0]?.id;
}

/** Throws a RangeError naming the field when a filter date is malformed or not a real date. */
function checkFilter(filter: RecordFilter): void {
  if (filter.from !== undefined) parseDateBound(filter.from, 'from');
  if (filter.to !== undefined) parseDateBound(filter.to, 'to');
}

export function matchesFilter(ref: RecordRef, filter: RecordFilter): boolean {
  if (filter.type !== undefined && typeOf(ref) !== filter.type) return false;
  if (filter.source !== undefined) {
    // A record matches every article that reports it; an entity, every article that mentions it.
    if (!sourcesOf(ref).includes(filter.source)) return false;
  }
  if (filter.factuality !== undefined) {
    if (specOf(ref).factuality?.(ref.record) !== filter.factuality) return false;
  }
  if (filter.entity !== undefined && !entitiesOf(ref).includes(filter.entity)) return false;
  if (filter.speaker !== undefined && !(specOf(ref).saidBy?.(ref.record) ?? []).some((link) => link?.id === filter.speaker)) return false;
  if (filter.country !== undefined) {
    if (!entitiesOf(ref).includes(findCountry(filter.country) ?? filter.country)) return false;
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    const date = dateOf(ref);
    if (!date) return false;
    if (filter.from !== undefined && date.latest < parseDateBound(filter.from, 'from').earliest) return false;
    if (filter.to !== undefined && date.earliest > parseDateBound(filter.to, 'to').latest) return false;
  }
  return true;
}

/** Records of a collection matching every given filter field, in dataset order. */
export function list<C extends CollectionName>(collection: C, filter: RecordFilter = {}): RecordTypes[C][] {
  checkFilter(filter);
  return records(collection).filter((record) => matchesFilter({ collection, record } as RecordRef, filter));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Dated events ordered by their earliest possible day, then latest, then id: the timeline. */
/** An event the timeline shows: one with a date. */
export type DatedEvent = Event & { date: DateValue };

export function timeline(filter: RecordFilter = {}): DatedEvent[] {
  return list('events', filter)
    .filter((event): event is DatedEvent => event.date !== undefined)
    .sort((a, b) => {
      // ISO days and ids compare correctly as plain strings; localeCompare is much slower.
      return cmp(a.date.earliest, b.date.earliest) || cmp(a.date.latest, b.date.latest) || cmp(a.id, b.id);
    });
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface TimelineFacets {
  type: FacetValue[];
  country: FacetValue[];
  person: FacetValue[];
  source: FacetValue[];
  factuality: FacetValue[];
}

/** Counts per facet value over a set of events, most frequent first: drives timeline filters. */
export function facets(events: readonly Event[]): TimelineFacets {
  const tally = (pick: (event: Event) => Array<{ value: string; label: string }>): FacetValue[] => {
    const counts = new Map<string, FacetValue>();
    for (const event of events) {
      for (const { value, label } of new Map(pick(event).map((v) => [v.value, v])).values()) {
        const entry = counts.get(value) ?? { value, label, count: 0 };
        entry.count += 1;
        counts.set(value, entry);
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  };
  const entityById = new Map(dataset.entities.map((e) => [e.id, e]));
  const involvedOfType = (event: Event, type: string) =>
    entitiesOf({ collection: 'events', record: event })
      .map((id) => entityById.get(id))
      .filter((e) => e?.type === type)
      .map((e) => ({ value: e!.id, label: e!.name }));
  return {
    type: tally((e) => [{ value: e.type, label: e.type }]),
    country: tally((e) => involvedOfType(e, 'country')),
    person: tally((e) => involvedOfType(e, 'person')),
    // Labels, not titles: sourceLabel stays unique however many articles there are.
    source: tally((e) => e.sources.map((id) => ({ value: id, label: sourceLabel(id) }))),
    factuality: tally((e) => [{ value: e.factuality, label: e.factuality }]),
  };
}
