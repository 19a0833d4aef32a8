import { dateOf, list, timeline, titleOf, type RecordRef } from '@kztj/core';
import type { NavState, SectionId, SectionOrder } from './navigation.js';

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

// Built on first use: an ICU collator costs start-up time that listing in dataset order never needs.
let collatorInstance: Intl.Collator | undefined;
const collator = {
  compare: (a: string, b: string) => (collatorInstance ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a, b),
};
const ORDERS: Record<Exclude<SectionOrder, 'default'>, (a: RecordRef, b: RecordRef) => number> = {
  title: (a, b) => collator.compare(titleOf(a), titleOf(b)),
  // Undated records last, as on the timeline.
  date: (a, b) => {
    const [x, y] = [dateOf(a), dateOf(b)];
    if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);
    return x.earliest < y.earliest ? -1 : x.earliest > y.earliest ? 1 : x.latest < y.latest ? -1 : x.latest > y.latest ? 1 : 0;
  },
  id: (a, b) => collator.compare(a.record.id, b.record.id),
};

/** Whether a record's title or id holds every word of a section filter (any case). */
export function matchesSectionFilter(ref: RecordRef, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${titleOf(ref)} ${ref.record.id}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

let lastShown: { key: string; records: readonly RecordRef[] } | undefined;

/** What the current section lists: its records, filtered and ordered as the user asked. */
export function shownRecords(state: Pick<NavState, 'section' | 'filters' | 'orders'>): readonly RecordRef[] {
  const filter = state.filters[state.section];
  const order = state.orders[state.section];
  const key = `${state.section}\u0000${filter}\u0000${order}`;
  if (lastShown?.key === key) return lastShown.records;
  const all = sectionRecords(state.section);
  const filtered = filter.trim() === '' ? all : all.filter((ref) => matchesSectionFilter(ref, filter));
  const records = order === 'default' ? filtered : [...filtered].sort(ORDERS[order]);
  lastShown = { key, records };
  return records;
}

let sectionById: Map<string, Section> | undefined;

/** The section that lists a record: what the breadcrumb names (People, not "entities"). */
export function sectionOf(id: string): Section | undefined {
  if (!sectionById) {
    sectionById = new Map();
    for (const section of SECTIONS) for (const ref of sectionRecords(section.id)) sectionById.set(ref.record.id, section);
  }
  return sectionById.get(id);
}
