import type { Metadata } from 'next';
import { COLLECTION_NAMES, dataset } from '@kztj/core';
import { datasetJsonLd } from '../../lib/json-ld';
import { pageMetadata } from '../../lib/metadata';
import { COLLECTION_LABELS } from '../../lib/paths';
import { JsonLd } from '../_components/json-ld';
import { USAGE_EXAMPLE } from './usage-example';

const DESCRIPTION = 'Download the whole knowledge base as JSON, each collection as CSV, and the JSON Schema — or use it from code with @kztj/core.';

export const metadata: Metadata = pageMetadata({ title: 'Data', description: DESCRIPTION, path: '/data' });


export default function Page() {
  return (
    <>
      <h1>Data</h1>
      <p className="lede">{DESCRIPTION}</p>
      <p>Data version <strong>{dataset.dataVersion}</strong>. Every record carries its evidence: the source id, character offsets (UTF-16 code units) and the exact words.</p>
      <h2>Downloads</h2>
      <ul className="plain-list">
        <li><a href="/data/dataset.json" download>dataset.json</a> — every collection in one file</li>
        <li><a href="/data/kztj.schema.json" download>kztj.schema.json</a> — JSON Schema of the dataset, every field described</li>
        {COLLECTION_NAMES.map((c) => (
          <li key={c}>
            <a href={`/data/csv/${c}.csv`} download>{c}.csv</a> — {COLLECTION_LABELS[c].plural.toLowerCase()} ({dataset[c].length} records)
          </li>
        ))}
      </ul>
      <h2>Use it from your code</h2>
      <p>Install the package (<code>npm install @kztj/core</code>): the data arrives validated and typed, with the same queries this site uses.</p>
      {/* Focusable, so a keyboard can scroll the example sideways on a phone (axe: scrollable-region-focusable). */}
      <pre tabIndex={0} role="region" aria-label="Example code"><code>{USAGE_EXAMPLE}</code></pre>
      <p>Schemas for your own validation are in <code>@kztj/core/schema</code> (zod); the raw files are <code>@kztj/core/dataset.json</code>, <code>@kztj/core/kztj.schema.json</code> and <code>@kztj/core/csv/&lt;collection&gt;.csv</code>.</p>
      <JsonLd data={datasetJsonLd()} />
    </>
  );
}
