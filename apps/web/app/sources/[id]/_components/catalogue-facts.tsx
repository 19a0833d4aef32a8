import { formatDate, type Source, type SourceCatalogue } from '@kztj/core';

/**
 * The publisher's date in the core's wording. The core formats only DateValue, so the catalogue
 * date is given as one (a stated value of the precision its EDTF has); see the README's note.
 */
export function formatCatalogueDate(date: SourceCatalogue['date']): string {
  const precision = /^\d{4}-\d{2}-\d{2}$/.test(date.edtf) ? 'day' : /^\d{4}-\d{2}$/.test(date.edtf) ? 'month' : /^\d{4}$/.test(date.edtf) ? 'year' : 'interval';
  return formatDate({ ...date, precision, uncertain: /[?~%]/.test(date.edtf), basis: 'stated', evidence: [] });
}

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
