import type { Metadata } from 'next';
import { describeRecord, getRecord, records, titleOf, type CollectionName, type RecordRef, type RecordTypes } from '@kztj/core';
import { COLLECTION_LABELS, recordPath } from './paths';
import { pageMetadata } from './metadata';

/** generateStaticParams for a /<collection>/[id] route: one page per record. */
export function recordParams(collection: CollectionName): Array<{ id: string }> {
  return records(collection).map((record) => ({ id: record.id }));
}

/** The record with this id if it belongs to the collection; undefined sends the route to its 404. */
export function findRecord<C extends CollectionName>(collection: C, id: string): { collection: C; record: RecordTypes[C] } | undefined {
  const ref = getRecord(decodeURIComponent(id));
  return ref?.collection === collection ? (ref as { collection: C; record: RecordTypes[C] }) : undefined;
}

export function recordMetadata(collection: CollectionName, id: string): Metadata {
  const ref = findRecord(collection, id);
  if (!ref) return { title: 'Not found' };
  const r = ref as RecordRef;
  return pageMetadata({
    title: `${titleOf(r)} (${COLLECTION_LABELS[collection].singular.toLowerCase()})`,
    description: describeRecord(r),
    path: recordPath(collection, r.record.id),
    type: 'article',
  });
}
