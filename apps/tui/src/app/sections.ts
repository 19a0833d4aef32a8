import { list, timeline, type RecordRef } from '@kztj/core';
import type { SectionId } from './navigation.js';

export interface Section {
  id: SectionId;
  label: string;
  /** The number key that opens it; the last section is reached with tab only. */
  key: string | undefined;
  records: () => readonly RecordRef[];
}

const entitiesOfType =
  (...types: string[]) =>
  () =>
    list('entities')
      .filter((entity) => types.includes(entity.type))
      .map((record) => ({ collection: 'entities', record }) as RecordRef);
const all = <C extends 'agreements' | 'figures' | 'quotes' | 'claims' | 'sources'>(collection: C) => () =>
  list(collection).map((record) => ({ collection, record }) as RecordRef);

export const SECTIONS: readonly Section[] = [
  {
    id: 'timeline',
    label: 'Timeline',
    key: '1',
    // The core's timeline is the dated events; the undated ones follow so every event is listed.
    records: () =>
      [...timeline(), ...list('events').filter((event) => event.date === undefined)].map((record) => ({ collection: 'events', record }) as RecordRef),
  },
  { id: 'people', label: 'People', key: '2', records: entitiesOfType('person') },
  { id: 'places', label: 'Places', key: '3', records: entitiesOfType('place') },
  { id: 'organisations', label: 'Organisations', key: '4', records: entitiesOfType('organisation') },
  { id: 'countries', label: 'Countries', key: '5', records: entitiesOfType('country') },
  { id: 'agreements', label: 'Agreements', key: '6', records: all('agreements') },
  { id: 'figures', label: 'Figures', key: '7', records: all('figures') },
  { id: 'quotes', label: 'Quotes', key: '8', records: all('quotes') },
  { id: 'claims', label: 'Claims', key: '9', records: all('claims') },
  { id: 'sources', label: 'Sources', key: '0', records: all('sources') },
  // Named things that are not people, places, organisations or countries: groups, awards, monuments…
  { id: 'other', label: 'Other', key: undefined, records: entitiesOfType('group', 'award', 'monument', 'programme', 'other') },
];

const cache = new Map<SectionId, readonly RecordRef[]>();

/** The records a section lists; the data never changes while the app runs, so each is built once. */
export function sectionRecords(id: SectionId): readonly RecordRef[] {
  let records = cache.get(id);
  if (!records) {
    records = SECTIONS.find((s) => s.id === id)!.records();
    cache.set(id, records);
  }
  return records;
}

export function sectionByKey(key: string): Section | undefined {
  return key === '' ? undefined : SECTIONS.find((s) => s.key === key);
}
