import type { Metadata } from 'next';
import { indexRows } from '../../lib/index-rows';
import { pageMetadata } from '../../lib/metadata';
import { RecordIndex } from '../_components/record-index';

const DESCRIPTION = 'Statements that are neither events nor figures: attributed opinions, stated facts and assessments, with who holds them.';

export const metadata: Metadata = pageMetadata({ title: 'Claims', description: DESCRIPTION, path: '/claims' });

export default function Page() {
  const rows = indexRows('claims');
  return (
    <>
      <h1>Claims</h1>
      <p className="lede">{DESCRIPTION}</p>
      <RecordIndex rows={rows} caption="Claims, sortable by column" typeLabel="Kind" />
    </>
  );
}
