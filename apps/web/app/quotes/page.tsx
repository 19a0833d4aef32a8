import type { Metadata } from 'next';
import { indexRows } from '../../lib/index-rows';
import { pageMetadata } from '../../lib/metadata';
import { RecordIndex } from '../_components/record-index';

const DESCRIPTION = 'Direct quotes, verbatim, and clearly marked reported speech, each with its speaker.';

export const metadata: Metadata = pageMetadata({ title: 'Quotes', description: DESCRIPTION, path: '/quotes' });

export default function Page() {
  const rows = indexRows('quotes');
  return (
    <>
      <h1>Quotes</h1>
      <p className="lede">{DESCRIPTION}</p>
      <RecordIndex rows={rows} caption="Quotes, sortable by column" typeLabel="Kind" />
    </>
  );
}
