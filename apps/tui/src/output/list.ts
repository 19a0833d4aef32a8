import type { RecordRef } from '@kztj/core';
import { DEFAULT_FIELDS, fieldText, fieldValue } from '../list-shape.js';
import { formatTable, json } from './table.js';

/**
 * `kztj list` / `kztj timeline` as aligned text, one column per field (id, type, date, title by
 * default). With `width` (stdout is a terminal that wide) the last column is cut to fit, so no
 * line wraps; piped output is never cut.
 */
export function listPlain(refs: readonly RecordRef[], fields: readonly string[] = DEFAULT_FIELDS, width?: number): string {
  if (refs.length === 0) return '';
  // A newline or tab inside a value would break the row and the columns.
  const rows = refs.map((ref) => fields.map((name) => fieldText(ref, name).replace(/[\t\n\r]+/g, ' ')));
  return formatTable(
    fields.map((name) => name.toUpperCase()),
    rows,
    width,
  );
}

/** The records as the core's schemas describe them, or with `fields` objects of just those keys. */
export function listJson(refs: readonly RecordRef[], fields?: readonly string[]): string {
  if (!fields) return json(refs.map((ref) => ref.record));
  return json(refs.map((ref) => Object.fromEntries(fields.map((name) => [name, fieldValue(ref, name)]))));
}
