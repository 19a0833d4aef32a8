import { spanContext, titleOf, type RecordRef } from '@kztj/core';
import { recordJsonLd } from '../../lib/json-ld';
import { spanHref } from '../../lib/links';
import { COLLECTION_LABELS, collectionPath } from '../../lib/paths';
import { EvidenceList } from './evidence-list';
import { JsonLd } from './json-ld';
import { RecordFacts } from './record-facts';
import { RelatedList } from './related-list';

/** The page of an event, agreement, figure, quote or claim: its fields, evidence and links. */
export function RecordPage({ item: r }: { item: RecordRef }) {
  const label = COLLECTION_LABELS[r.collection];
  const first = r.record.evidence[0];
  return (
    <article>
      <p className="kicker">
        <a href={collectionPath(r.collection)}>{label.plural}</a> / {label.singular}
      </p>
      {r.collection === 'quotes' ? (
        <>
          <h1>{titleOf(r)}</h1>
          <blockquote className="evidence"><p style={{ fontSize: '1.2rem' }}>“{r.record.text}”</p></blockquote>
        </>
      ) : (
        <h1>{titleOf(r)}</h1>
      )}
      {r.collection === 'events' ? <p className="lede">{r.record.summary}</p> : null}
      {r.collection === 'claims' ? <p className="lede">{r.record.statement}</p> : null}
      {first && spanContext(first) ? (
        <p><a href={spanHref(first)}>See in source →</a></p>
      ) : null}
      <RecordFacts item={r} />
      <EvidenceList evidence={r.record.evidence} />
      <RelatedList id={r.record.id} />
      <JsonLd data={recordJsonLd(r)} />
    </article>
  );
}
