import { spanContext, titleOf, type RecordRef } from '@kztj/core';
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

/** The words of a quote: in quotation marks only when the article prints them as a direct quote. */
function QuoteText({ quote }: { quote: Extract<RecordRef, { collection: 'quotes' }>['record'] }) {
  return quote.kind === 'direct' ? (
    <blockquote className="evidence"><p className="quote-text">“{quote.text}”</p></blockquote>
  ) : (
    <p className="evidence quote-text"><span className="tag">reported speech</span> {quote.text}</p>
  );
}

/** The page of an event, agreement, figure, quote or claim: its fields, each article's report, and links. */
export function RecordPage({ item: r }: { item: RecordRef }) {
  const label = COLLECTION_LABELS[r.collection];
  const first = r.record.evidence[0];
  return (
    <article>
      <p className="kicker">
        <a href={collectionPath(r.collection)}>{label.plural}</a> / {label.singular}
      </p>
      <h1>{titleOf(r)}</h1>
      {r.collection === 'quotes' ? <QuoteText quote={r.record} /> : null}
      {r.collection === 'events' ? <p className="lede">{r.record.summary}</p> : null}
      {r.collection === 'claims' ? <p className="lede">{r.record.statement}</p> : null}
      {first && spanContext(first) ? (
        <p><a href={spanHref(first)}>See in source →</a></p>
      ) : null}
      {/* The summary, statement and quote text stand above as the page's lede. */}
      <RecordFacts item={r} omit={['summary', 'statement', 'text']} />
      {r.collection === 'quotes' || r.collection === 'sources' || r.collection === 'entities' ? (
        <EvidenceList evidence={r.record.evidence} />
      ) : (
        <ReportEvidence reports={r.record.reports} />
      )}
      <RelatedList id={r.record.id} />
      <CiteRecord item={r} />
      <RecordJsonLink collection={r.collection} id={r.record.id} />
      <JsonLd data={recordJsonLd(r)} />
    </article>
  );
}
