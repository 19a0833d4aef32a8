import { related, titleOf, type CollectionName } from '@kztj/core';
import { recordHref } from '../../lib/links';
import { COLLECTION_LABELS } from '../../lib/paths';

const ORDER: readonly CollectionName[] = ['events', 'agreements', 'quotes', 'figures', 'claims', 'entities', 'sources'];

/** Everything the core links to a record, grouped by collection, each with how it relates. */
export function RelatedList({ id, heading = 'Related' }: { id: string; heading?: string }) {
  const relations = related(id);
  if (relations.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">{heading}</h2>
      {ORDER.map((collection) => {
        const group = relations.filter((r) => r.target.collection === collection);
        if (group.length === 0) return null;
        return (
          <section key={collection} aria-label={`Related ${COLLECTION_LABELS[collection].plural.toLowerCase()}`}>
            <h3>{COLLECTION_LABELS[collection].plural}</h3>
            <ul className="plain-list">
              {group.map(({ relation, target }) => (
                <li key={target.record.id}>
                  <a href={recordHref(target)}>{titleOf(target)}</a> <span className="tag">{relation}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
