import { dateOf, formatDate, formatFactuality, records, sourceLabel, sourcesOf, titleOf, typeOf, type CollectionName, type RecordRef } from '@kztj/core';
import type { IndexRow } from '../app/_components/record-index';
import { recordPath } from './paths';

/** Plain rows for a collection's index table, everything already formatted by the core. */
export function indexRows(collection: Exclude<CollectionName, 'sources' | 'entities'>): IndexRow[] {
  return records(collection).map((record) => {
    const ref = { collection, record } as RecordRef;
    const date = dateOf(ref);
    const factuality = 'factuality' in record && record.factuality ? record.factuality : undefined;
    return {
      id: record.id,
      href: recordPath(collection, record.id),
      title: titleOf(ref),
      type: typeOf(ref) ?? '',
      date: date ? { label: formatDate(date), sort: date.earliest } : undefined,
      factuality: factuality ? { value: factuality, label: formatFactuality(factuality) } : undefined,
      sources: sourcesOf(ref).map((id) => ({ href: recordPath('sources', id), label: sourceLabel(id) })),
    };
  });
}
