import type { Metadata } from 'next';
import { formatDate, records } from '@kztj/core';
import { pageMetadata } from '../../lib/metadata';
import { recordPath } from '../../lib/paths';

const DESCRIPTION = 'The news articles the knowledge base is built from, each readable in full with every extracted fact highlighted.';

export const metadata: Metadata = pageMetadata({ title: 'Sources', description: DESCRIPTION, path: '/sources' });

export default function Page() {
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">{DESCRIPTION}</p>
      <ul className="cards">
        {records('sources').map((s) => (
          <li key={s.id} className="card">
            <h2 style={{ marginTop: 0, fontSize: '1.1rem' }}><a href={recordPath('sources', s.id)}>{s.title}</a></h2>
            {s.catalogue ? <p style={{ margin: 0 }}>{s.catalogue.publisher}</p> : null}
            <p style={{ margin: 0 }}>{formatDate(s.date)} <span className="muted">(as the text dates it)</span></p>
            <p className="muted" style={{ margin: 0 }}><code>{s.file}</code></p>
          </li>
        ))}
      </ul>
      <p><a href="/compare">Compare the articles side by side</a></p>
    </>
  );
}
