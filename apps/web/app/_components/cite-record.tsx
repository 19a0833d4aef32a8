import { dataset, formatCatalogueDate, getSource, titleOf, type RecordRef, type Source, type Span } from '@kztj/core';
import { recordHref, spanHref } from '../../lib/links';
import { absoluteUrl } from '../../lib/site';

/** The article as a citation names it: its title, then publisher, date and address where catalogued. */
function articleParts(source: Source): string[] {
  const c = source.catalogue;
  return c ? [`“${source.title}”`, c.publisher, formatCatalogueDate(c.date), c.url] : [`“${source.title}”`, 'publisher not catalogued'];
}

/** The article's parts with its address as a link to the publisher. */
function ArticleLine({ sourceId }: { sourceId: string }) {
  const source = getSource(sourceId);
  if (!source) return <>{sourceId}</>;
  const parts = articleParts(source);
  const url = source.catalogue?.url;
  return (
    <>
      {(url ? parts.slice(0, -1) : parts).join(', ')}
      {url ? <>, <a href={url} rel="external noopener">{url}</a></> : null}
    </>
  );
}

/** One span per article: the record's first words in each, oldest article first as the record lists them. */
function firstSpanPerArticle(spans: readonly Span[]): Span[] {
  const seen = new Map<string, Span>();
  for (const span of spans) if (!seen.has(span.source)) seen.set(span.source, span);
  return [...seen.values()];
}

/** A plain-text citation of a record's words, for pasting into an article or a footnote. */
export function citationText(ref: RecordRef, span: Span, permalink: string): string {
  const source = getSource(span.source);
  const article = source ? articleParts(source).join(', ') : span.source;
  return `“${span.exact}” (characters ${span.start}–${span.end}), ${article}. As recorded in kztj ${dataset.dataVersion}: ${titleOf(ref)}, ${permalink}`;
}

/**
 * "Cite this": the permalink, and per article the quoted words with their character offsets, the
 * article and its publisher, so a reader can cite the record and anyone can check the words.
 */
export function CiteRecord({ item }: { item: RecordRef }) {
  const path = recordHref(item)!;
  const permalink = absoluteUrl(path);
  // A source cites the article itself; any other record cites its words in each article.
  const body =
    item.collection === 'sources' ? (
      <p className="cite-text">{articleParts(item.record).join(', ')}. Text SHA-256 {item.record.sha256}. As read in kztj {dataset.dataVersion}: {permalink}</p>
    ) : (
      firstSpanPerArticle(item.record.evidence).map((span) => (
        <figure key={span.source} className="citation" data-source={span.source} data-start={span.start} data-end={span.end}>
          <blockquote className="evidence">“{span.exact}”</blockquote>
          <figcaption>
            <a href={spanHref(span)}>characters {span.start}–{span.end}</a> of <ArticleLine sourceId={span.source} />
          </figcaption>
          <p className="cite-text">{citationText(item, span, permalink)}</p>
        </figure>
      ))
    );
  return (
    <section aria-labelledby="cite-heading" className="cite">
      <h2 id="cite-heading">Cite this</h2>
      <p>
        Permalink: <a href={path}>{permalink}</a>
      </p>
      {body}
    </section>
  );
}
