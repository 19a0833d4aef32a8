import { dateOf, formatDate, formatFactuality, records, sourceLabel, titleOf, typeOf, type CollectionName, type RecordRef } from '@kztj/core';
import type { IndexRow } from '../app/_components/record-index';
import { recordPath } from './paths';

/** Every article a record comes from: a quote's one article, or each report's. */
function sourcesOf(ref: RecordRef): readonly string[] {
  if (ref.collection === 'sources') return [ref.record.id];
  if (ref.collection === 'quotes') return [ref.record.source];
  return ref.record.sources;
}

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
