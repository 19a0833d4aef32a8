import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { RecordRef } from '@kztj/core';
import { findRecord, recordMetadata, recordParams } from '../../../lib/record-route';
import { RecordPage } from '../../_components/record-page';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return recordParams('events');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('events', (await params).id);
}

export default async function Page({ params }: Props) {
  const ref = findRecord('events', (await params).id);
  if (!ref) notFound();
  return <RecordPage item={ref as RecordRef} />;
}
