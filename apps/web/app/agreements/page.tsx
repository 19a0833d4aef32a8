import type { Metadata } from 'next';
import { indexRows } from '../../lib/index-rows';
import { pageMetadata } from '../../lib/metadata';
import { RecordIndex } from '../_components/record-index';

const DESCRIPTION = 'Declarations, memoranda, programmes and contracts, planned or signed, with their parties and the event where they were signed.';

export const metadata: Metadata = pageMetadata({ title: 'Agreements', description: DESCRIPTION, path: '/agreements' });

export default function Page() {
  const rows = indexRows('agreements');
  return (
    <>
      <h1>Agreements</h1>
      <p className="lede">{DESCRIPTION}</p>
      <RecordIndex rows={rows} caption="Agreements, sortable by column" typeLabel="Type" />
    </>
  );
}
