import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatCatalogueDate, formatDate, type RecordRef } from '@kztj/core';
import { recordJsonLd } from '../../../lib/json-ld';
import { findRecord, recordMetadata, recordParams } from '../../../lib/record-route';
import { CiteRecord } from '../../_components/cite-record';
import { JsonLd } from '../../_components/json-ld';
import { OpenWhenWide } from '../../_components/open-when-wide';
import { DateValueText } from '../../_components/date-value-text';
import { RecordJsonLink } from '../../_components/record-json-link';
import { RelatedList } from '../../_components/related-list';
import { CatalogueFacts } from './_components/catalogue-facts';
import { SourceReader } from './_components/source-reader';
import { SpanTarget } from './_components/span-target';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return recordParams('sources');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('sources', (await params).id);
}

export default async function Page({ params }: Props) {
  const ref = findRecord('sources', (await params).id);
  if (!ref) notFound();
  const s = ref.record;
  return (
    <article>
      <p className="kicker"><a href="/sources">Sources</a> / article</p>
      <h1>{s.title}</h1>
      <details className="provenance" id="provenance">
        <summary>
          About this article: {s.catalogue ? `${s.catalogue.publisher}, ${formatCatalogueDate(s.catalogue.date)}` : 'no publisher catalogued'}; dated by the text {formatDate(s.date)}
        </summary>
        <CatalogueFacts source={s} />
        <section aria-labelledby="from-text-heading" className="from-text">
          <h2 id="from-text-heading">What the text itself says</h2>
          <dl className="facts">
            <dt>Dated by the text</dt>
            <dd><DateValueText date={s.date} /></dd>
            <dt>File</dt>
            <dd><code>seeds/{s.file}</code>, SHA-256 <code>{s.sha256.slice(0, 16)}…</code></dd>
          </dl>
        </section>
      </details>
      <OpenWhenWide id="provenance" />
      {s.bodyStart > 0 ? (
        // Issue 12, item 10: the 2023 text opened with a bare " date 2023-05-04" the reader took for the article.
        <p className="muted" data-preamble>
          The text opens with the file&apos;s own line “{s.text.slice(0, s.bodyStart).trim()}” (characters 0–{s.bodyStart}), which is not part of the article; the article starts after it.
        </p>
      ) : null}
      <SpanTarget />
      <SourceReader sourceId={s.id} />
      <RelatedList id={s.id} heading="Records from this article" />
      <CiteRecord item={ref as RecordRef} />
      <RecordJsonLink collection="sources" id={s.id} />
      <JsonLd data={recordJsonLd(ref as RecordRef)} />
    </article>
  );
}
