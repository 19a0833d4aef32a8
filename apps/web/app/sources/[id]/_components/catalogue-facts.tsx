import { formatCatalogueDate, type Source } from '@kztj/core';

/**
 * What the publisher's page says about the article (basis "catalogue"), kept apart from what the
 * article's own text states: the two dates can differ, and neither may silently stand for the other.
 */
export function CatalogueFacts({ source }: { source: Source }) {
  const catalogue = source.catalogue;
  if (!catalogue) {
    return <p className="muted">No publisher&apos;s record of this article is catalogued.</p>;
  }
  return (
    <section aria-labelledby="catalogue-heading" className="catalogue">
      <h2 id="catalogue-heading">From the publisher</h2>
      <dl className="facts">
        <dt>Publisher</dt>
        <dd>{catalogue.publisher} <span className="muted">({catalogue.site})</span></dd>
        <dt>Address</dt>
        <dd><a href={catalogue.url} rel="external noopener">{catalogue.url}</a></dd>
        <dt>Publisher&apos;s date</dt>
        <dd>
          {catalogue.date.earliest === catalogue.date.latest ? (
            <time dateTime={catalogue.date.earliest}>{formatCatalogueDate(catalogue.date)}</time>
          ) : (
            formatCatalogueDate(catalogue.date)
          )}
          <span className="muted"> — how known: {catalogue.date.how}</span>
        </dd>
        {catalogue.author ? (
          <>
            <dt>Author</dt>
            <dd>{catalogue.author}</dd>
          </>
        ) : null}
        {catalogue.slugTitle ? (
          <>
            <dt>Address words</dt>
            <dd>{catalogue.slugTitle} <span className="muted">(the URL&apos;s paraphrase of the headline, not the headline)</span></dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
