import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { CollectionName, RecordRef } from '@kztj/core';
import { findRecord, recordMetadata, recordParams } from '../../../lib/record-route';
import { RecordPage } from '../../_components/record-page';

// One route for every collection whose page is the generic record page (issue 12, item 3);
// sources (the reader) and entities (mentions, roles) keep routes of their own, which Next
// matches first because their first segment is static.
const RECORD_COLLECTIONS = ['events', 'agreements', 'figures', 'quotes', 'claims'] as const satisfies readonly CollectionName[];
type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

const isRecordCollection = (name: string): name is RecordCollection => (RECORD_COLLECTIONS as readonly string[]).includes(name);

type Props = { params: Promise<{ collection: string; id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return RECORD_COLLECTIONS.flatMap((collection) => recordParams(collection).map(({ id }) => ({ collection, id })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection, id } = await params;
  return isRecordCollection(collection) ? recordMetadata(collection, id) : { title: 'Not found' };
}

export default async function Page({ params }: Props) {
  const { collection, id } = await params;
  const ref = isRecordCollection(collection) ? findRecord(collection, id) : undefined;
  if (!ref) notFound();
  return <RecordPage item={ref as RecordRef} />;
}
