import { COLLECTION_MODEL, parseDateBound, type CollectionName } from '@kztj/core';
import { UsageError } from './errors.js';

/**
 * Commander parser for `--from`/`--to`: the core's strict calendar check, at parse time, so
 * `--from 2018-13` is a usage error (exit 2) before any data loads.
 */
export const dateBoundOption = (name: 'from' | 'to') => (value: string) => {
  try {
    parseDateBound(value, name);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message.replace(/^filter "(\w+)"/, '--$1'));
    throw error;
  }
  return value;
};

/**
 * Edit distance counting a swap of neighbours as one edit ("palce" is one from "place"), for
 * "did you mean": type names are short, so the full table is cheap.
 */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The allowed values closest to a mistyped one: same letters in another case, or a typo or two away. */
export function closest(value: string, allowed: readonly string[], limit = 3): string[] {
  const lower = value.toLowerCase();
  const max = Math.max(1, Math.floor(lower.length / 3));
  return allowed
    .map((option) => ({ option, d: option === lower ? 0 : lower.length > 2 && option.startsWith(lower) ? 1 : distance(lower, option) }))
    .filter(({ d }) => d <= max)
    .sort((a, b) => a.d - b.d || a.option.localeCompare(b.option))
    .slice(0, limit)
    .map(({ option }) => option);
}

/** The values `--type` takes for a collection: its vocabulary in the core's model (entity type, event type, figure kind…). */
export async function typeVocabulary(collection: CollectionName): Promise<readonly string[] | undefined> {
  return (COLLECTION_MODEL[collection] as { kinds?: { values: readonly string[] } }).kinds?.values;
}

/** `--type` must be a value of the collection's vocabulary; a typo says so, with the closest ones. */
export async function requireType(collection: CollectionName, type: string | undefined): Promise<void> {
  if (type === undefined) return;
  const allowed = await typeVocabulary(collection);
  if (!allowed) throw new UsageError(`--type: ${collection} have no type to filter by`);
  if (allowed.includes(type)) return;
  const near = closest(type, allowed);
  const hint = near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '';
  throw new UsageError(`--type: ${collection} have no type "${type}"${hint}; expected one of ${allowed.join(', ')}`);
}
