import { dateOf, formatDate, records, titleOf, typeOf, type CollectionName, type RecordRef } from '@kztj/core';
import { UsageError } from './errors.js';
import { closest } from './filter-values.js';

/** Orders `--sort` takes. */
export const SORT_KEYS = ['id', 'date', 'title', 'type'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Fields every record has as the lists show it; the default columns are the first four, in this order. */
export const VIEW_FIELDS = ['id', 'type', 'date', 'title', 'collection'] as const;
export const DEFAULT_FIELDS: readonly string[] = ['id', 'type', 'date', 'title'];

export interface ShapeOptions {
  sort?: SortKey;
  reverse?: boolean;
  limit?: number;
}

// Built on first use: an ICU collator costs start-up time that listing in dataset order never needs.
let collatorInstance: Intl.Collator | undefined;
const collator = {
  compare: (a: string, b: string) => (collatorInstance ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a, b),
};

/**
 * The date order of the timeline: earliest possible day, then latest. Undated records go last
 * in either direction: `--sort date --reverse` is newest first, not "undated first".
 */
function byDate(a: RecordRef, b: RecordRef, direction: 1 | -1): number {
  const [x, y] = [dateOf(a), dateOf(b)];
  if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);
  // Ties broken by id, as the core's timeline() does, so `list events --sort date` is its order.
  const cmp = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
  return direction * (cmp(x.earliest, y.earliest) || cmp(x.latest, y.latest) || cmp(a.record.id, b.record.id));
}

const ORDER: Record<SortKey, (a: RecordRef, b: RecordRef, direction: 1 | -1) => number> = {
  id: (a, b, d) => d * collator.compare(a.record.id, b.record.id),
  date: byDate,
  title: (a, b, d) => d * collator.compare(titleOf(a), titleOf(b)),
  // Records without a type (sources) sort after those with one.
  type: (a, b, d) => {
    const [x, y] = [typeOf(a), typeOf(b)];
    return x === undefined || y === undefined ? (x ? 0 : 1) - (y ? 0 : 1) : d * collator.compare(x, y);
  },
};

/** `--sort`, `--reverse`, then `--limit`: the limit keeps the first n of the order asked for. */
export function shapeList(refs: readonly RecordRef[], { sort, reverse, limit }: ShapeOptions): RecordRef[] {
  const direction = reverse ? -1 : 1;
  // A stable sort on a copy: ties keep the dataset (or timeline) order.
  const sorted = sort ? [...refs].sort((a, b) => ORDER[sort](a, b, direction)) : reverse ? [...refs].reverse() : [...refs];
  return limit === undefined ? sorted : sorted.slice(0, limit);
}

/**
 * `--fields a,b`: the names must be view fields or keys the collection's records have; a typo is
 * a usage error naming the closest.
 */
export function requireFields(collection: CollectionName, value: string | undefined): readonly string[] {
  if (value === undefined) return DEFAULT_FIELDS;
  const names = value.split(',').map((name) => name.trim());
  const allowed = [...new Set<string>([...VIEW_FIELDS, ...records(collection).flatMap((record) => Object.keys(record))])];
  for (const name of names) {
    if (allowed.includes(name)) continue;
    const near = closest(name, allowed);
    throw new UsageError(
      `--fields: ${collection} have no field "${name}"${near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : ''}; fields: ${allowed.join(', ')}`,
    );
  }
  if (names.length !== new Set(names).size) throw new UsageError(`--fields names a field twice: "${value}"`);
  return names;
}

/** A field's value as JSON carries it: view fields as the lists show them, record keys as stored. */
export function fieldValue(ref: RecordRef, name: string): unknown {
  switch (name) {
    case 'id':
      return ref.record.id;
    case 'collection':
      return ref.collection;
    case 'type':
      return typeOf(ref) ?? null;
    case 'title':
      return titleOf(ref);
    case 'date':
      return dateOf(ref) ?? null;
    default:
      return (ref.record as unknown as Record<string, unknown>)[name] ?? null;
  }
}

/** A field's value as one table cell: dates formatted, lists and objects as compact JSON. */
export function fieldText(ref: RecordRef, name: string): string {
  if (name === 'date') {
    const date = dateOf(ref);
    return date ? formatDate(date) : '';
  }
  const value = fieldValue(ref, name);
  if (value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
