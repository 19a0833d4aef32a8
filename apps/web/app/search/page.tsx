import type { Metadata } from 'next';
import { COLLECTION_NAMES, records, titleOf, type RecordRef } from '@kztj/core';
import { pageMetadata } from '../../lib/metadata';
import { COLLECTION_LABELS, recordPath } from '../../lib/paths';
import { SearchBox } from './_components/search-box';

const DESCRIPTION = 'Search every person, place, event, agreement, figure, quote and claim, with typos forgiven and the matching words marked.';

export const metadata: Metadata = pageMetadata({ title: 'Search', description: DESCRIPTION, path: '/search' });

export default function Page() {
  return (
    <>
      <h1>Search</h1>
      <SearchBox />
      {/* A static site cannot answer a query on the server; without JavaScript the page lists every record instead. */}
      <noscript>
        <p>Search runs in your browser and needs JavaScript. Every record is listed below; your browser’s find (Ctrl+F) searches them.</p>
        {COLLECTION_NAMES.map((collection) => (
          <section key={collection}>
            <h2>{COLLECTION_LABELS[collection].plural}</h2>
            <ul>
              {records(collection).map((record) => (
                <li key={record.id}><a href={recordPath(collection, record.id)}>{titleOf({ collection, record } as RecordRef)}</a></li>
              ))}
            </ul>
          </section>
        ))}
      </noscript>
    </>
  );
}
