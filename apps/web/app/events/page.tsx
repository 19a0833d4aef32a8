import type { Metadata } from 'next';
import { indexRows } from '../../lib/index-rows';
import { pageMetadata } from '../../lib/metadata';
import { RecordIndex } from '../_components/record-index';

const DESCRIPTION = 'Visits, meetings, signings, proposals and other events the articles report, each with its factuality: happened, planned, expected or will not happen.';

export const metadata: Metadata = pageMetadata({ title: 'Events', description: DESCRIPTION, path: '/events' });

export default function Page() {
  const rows = indexRows('events');
  return (
    <>
      <h1>Events</h1>
      <p className="lede">{DESCRIPTION}</p>
      <RecordIndex rows={rows} caption="Events, sortable by column" typeLabel="Type" />
    </>
  );
}
