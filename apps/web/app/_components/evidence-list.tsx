import { getSource, spanContext, type Span } from '@kztj/core';
import { spanHref } from '../../lib/links';
import { recordPath } from '../../lib/paths';

/** The sentences a record is drawn from, the exact words marked, each with a link into the reader. */
export function EvidenceList({ evidence, heading = 'Evidence' }: { evidence: readonly Span[]; heading?: string }) {
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{heading}</h2>
      {evidence.map((span) => (
        <EvidenceItem key={`${span.source}:${span.start}-${span.end}`} span={span} />
      ))}
    </section>
  );
}

export function EvidenceItem({ span }: { span: Span }) {
  const context = spanContext(span);
  const source = getSource(span.source);
  return (
    <div className="evidence">
      <blockquote cite={recordPath('sources', span.source)}>
        {context ? (
          <>
            {context.before}
            <mark>{context.match}</mark>
            {context.after}
          </>
        ) : (
          <mark>{span.exact}</mark>
        )}
      </blockquote>
      <p>
        <a href={spanHref(span)}>See in source</a>
        {source ? <span className="muted"> — {source.title}, characters {span.start}–{span.end}</span> : null}
      </p>
    </div>
  );
}
