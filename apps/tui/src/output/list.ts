import { dateOf, formatDate, titleOf, typeOf, type RecordRef } from '@kztj/core';
import { formatTable, json } from './table.js';

/** `kztj list` / `kztj timeline` as aligned text: id, kind, date, title. */
export function listPlain(refs: readonly RecordRef[]): string {
  if (refs.length === 0) return '';
  const rows = refs.map((ref) => {
    const date = dateOf(ref);
    return [ref.record.id, typeOf(ref) ?? ref.collection, date ? formatDate(date) : '', titleOf(ref)];
  });
  return formatTable(['ID', 'TYPE', 'DATE', 'TITLE'], rows);
}

/** The records themselves, as the core's schemas describe them. */
export function listJson(refs: readonly RecordRef[]): string {
  return json(refs.map((ref) => ref.record));
}
