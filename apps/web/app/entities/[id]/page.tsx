import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { collectionSpec, mentions, sourceLabel, type RecordRef } from '@kztj/core';
import { recordJsonLd } from '../../../lib/json-ld';
import { spanHref } from '../../../lib/links';
import { recordPath } from '../../../lib/paths';
import { findRecord, recordMetadata, recordParams } from '../../../lib/record-route';
import { CiteRecord } from '../../_components/cite-record';
import { JsonLd } from '../../_components/json-ld';
import { RecordFacts } from '../../_components/record-facts';
import { RecordJsonLink } from '../../_components/record-json-link';
import { RelatedList } from '../../_components/related-list';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return recordParams('entities');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('entities', (await params).id);
}

export default async function Page({ params }: Props) {
  const ref = findRecord('entities', (await params).id);
  if (!ref) notFound();
  const e = ref.record;
  const lede = collectionSpec('entities').lede;
  const contexts = mentions(e.id);
  return (
    <article>
      <p className="kicker"><a href="/entities">Entities</a> / {e.type}</p>
      <h1>{e.name}</h1>
      <p className="lede">{e.description}</p>
      {/* The fields exactly as the core's registry gives them, as on every record page, less the lede above. */}
      <RecordFacts item={ref as RecordRef} omit={lede ? [lede] : []} />
      {e.wikidata ? (
        <p><a href={`https://www.wikidata.org/wiki/${e.wikidata}`} rel="external">{e.name} on Wikidata</a></p>
      ) : null}

      <section aria-labelledby="mentions-heading">
        <h2 id="mentions-heading">Mentions ({contexts.length})</h2>
        {[...new Set(contexts.map((c) => c.span.source))].map((sourceId) => (
          <section key={sourceId} aria-label={`Mentions in ${sourceLabel(sourceId)}`}>
            <h3>In <a href={recordPath('sources', sourceId)}>{sourceLabel(sourceId)}</a></h3>
            <ol className="plain-list">
              {contexts.filter((c) => c.span.source === sourceId).map((c) => (
                <li key={`${c.span.source}-${c.span.start}`}>
                  <p style={{ margin: '0 0 0.2rem' }}>
                    {c.before}
                    <mark>{c.match}</mark>
                    {c.after}
                  </p>
                  <a href={spanHref(c.span)} aria-label={`See in source: “${c.match}”, ${sourceLabel(c.span.source)}, characters ${c.span.start} to ${c.span.end}`}>
                    See in source
                  </a>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>

      <RelatedList id={e.id} heading="Related records and co-mentioned entities" />
      <CiteRecord item={ref as RecordRef} />
      <RecordJsonLink collection="entities" id={e.id} />
      <JsonLd data={recordJsonLd(ref as RecordRef)} />
    </article>
  );
}
