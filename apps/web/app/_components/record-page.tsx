import { collectionSpec, fieldText, recordFields, spanContext, titleOf, type RecordRef } from '@kztj/core';
import { recordJsonLd } from '../../lib/json-ld';
import { spanHref } from '../../lib/links';
import { COLLECTION_LABELS, collectionPath } from '../../lib/paths';
import { CiteRecord } from './cite-record';
import { EvidenceList } from './evidence-list';
import { JsonLd } from './json-ld';
import { RecordFacts } from './record-facts';
import { RecordJsonLink } from './record-json-link';
import { RelatedList } from './related-list';
import { ReportEvidence } from './report-list';

/** The page of an event, agreement, figure, quote or claim: its fields, each article's report, and links. */
export function RecordPage({ item: r }: { item: RecordRef }) {
  const label = COLLECTION_LABELS[r.collection];
  const first = r.record.evidence[0];
  const ledeKey = collectionSpec(r.collection).lede;
  const lede = ledeKey === undefined ? undefined : recordFields(r).find((f) => f.key === ledeKey);
  return (
    <article>
      <p className="kicker">
        <a href={collectionPath(r.collection)}>{label.plural}</a> / {label.singular}
      </p>
      <h1>{titleOf(r)}</h1>
      {/* The field the registry leads with (a summary, a statement, the quoted words, in quotation marks only when direct). */}
      {lede ? <p className="lede" data-lede={lede.key}>{fieldText(lede.value)}</p> : null}
      {first && spanContext(first) ? (
        <p><a href={spanHref(first)}>See in source →</a></p>
      ) : null}
      <RecordFacts item={r} omit={lede ? [lede.key] : []} />
      {'reports' in r.record ? <ReportEvidence reports={r.record.reports} /> : <EvidenceList evidence={r.record.evidence} />}
      <RelatedList id={r.record.id} />
      <CiteRecord item={r} />
      <RecordJsonLink collection={r.collection} id={r.record.id} />
      <JsonLd data={recordJsonLd(r)} />
    </article>
  );
}
