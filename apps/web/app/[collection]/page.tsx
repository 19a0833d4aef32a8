import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { INDEX_PAGES, isIndexCollection } from '../../lib/index-pages';
import { pageMetadata } from '../../lib/metadata';
import { COLLECTION_LABELS, collectionPath } from '../../lib/paths';
import { RecordTable } from '../_components/record-table';

// One index route for the collections whose index is a plain table (issue 12, item 3): the
// columns come from the core's registry. Figures (charts), entities (by type) and sources (cards)
// keep pages of their own, which Next matches first because their segment is static.
type Props = { params: Promise<{ collection: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(INDEX_PAGES).map((collection) => ({ collection }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection } = await params;
  if (!isIndexCollection(collection)) return { title: 'Not found' };
  return pageMetadata({ title: COLLECTION_LABELS[collection].plural, description: INDEX_PAGES[collection], path: collectionPath(collection) });
}

export default async function Page({ params }: Props) {
  const { collection } = await params;
  if (!isIndexCollection(collection)) notFound();
  return (
    <>
      <h1>{COLLECTION_LABELS[collection].plural}</h1>
      <p className="lede">{INDEX_PAGES[collection]}</p>
      <RecordTable collection={collection} />
    </>
  );
}
