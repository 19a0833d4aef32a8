import { COLLECTION_NAMES, dataset, formatAmount, records, related, sourceLabel, timeline, titleOf } from '@kztj/core';
import { spanHref } from '../lib/links';
import { COLLECTION_LABELS, collectionPath, recordPath } from '../lib/paths';
import { DateText } from './_components/date-text';
import { FactualityBadge } from './_components/factuality-badge';
import { JsonLd } from './_components/json-ld';
import { datasetJsonLd } from '../lib/json-ld';
import type { Metadata } from 'next';
import { pageMetadata } from '../lib/metadata';
import { SITE_DESCRIPTION } from '../lib/site';

const TITLE = 'kztj — Kazakhstan–Tajikistan relations, checked against the source';

export const metadata: Metadata = { ...pageMetadata({ title: TITLE, description: SITE_DESCRIPTION, path: '/' }), title: { absolute: TITLE } };

const ENTRY_POINTS: ReadonlyArray<readonly [string, string, string]> = [
  ['/timeline', 'Timeline', 'Every dated event from the oldest to the newest, filterable.'],
  ['/compare', 'Compare', 'The articles side by side.'],
  ['/sources', 'Read the sources', 'Each article with every extracted fact highlighted.'],
  ['/map', 'Map', 'The countries and places mentioned.'],
  ['/search', 'Search', 'Every record, typos forgiven.'],
  ['/data', 'Data', 'JSON, CSV, JSON Schema and the @kztj/core package.'],
];

/** Who took part and what was signed, from the core's relations of the visit. */
function VisitLinks({ id }: { id: string }) {
  const relations = related(id);
  const people = relations.filter((r) => r.target.collection === 'entities' && r.target.record.type === 'person' && !r.relation.startsWith('named'));
  const signed = relations.filter((r) => r.target.collection === 'agreements');
  return (
    <ul className="plain-list" style={{ margin: '0.4rem 0 0' }}>
      {people.length > 0 ? (
        <li>Who: {people.map((r, i) => <span key={r.target.record.id}>{i > 0 ? ', ' : ''}<a href={recordPath('entities', r.target.record.id)}>{titleOf(r.target)}</a> <span className="muted">({r.relation})</span></span>)}</li>
      ) : null}
      {signed.length > 0 ? (
        <li>Agreements: {signed.map((r, i) => <span key={r.target.record.id}>{i > 0 ? '; ' : ''}<a href={recordPath('agreements', r.target.record.id)}>{titleOf(r.target)}</a></span>)}</li>
      ) : null}
    </ul>
  );
}

export default function Home() {
  // Headline numbers: money figures first, then the largest other totals and ranks.
  const headline = [...records('figures')]
    .sort((a, b) => Number(/^[A-Z]{3}$/.test(b.unit)) - Number(/^[A-Z]{3}$/.test(a.unit)) || Number(b.kind === 'rank') - Number(a.kind === 'rank'))
    .slice(0, 4);
  // The visits each article is about: visits that are not a step within a larger event.
  const visits = timeline({ type: 'visit' }).filter((e) => !e.partOf);
  return (
    <>
      <h1>Kazakhstan and Tajikistan, fact by fact</h1>
      <p className="lede">
        kztj turns news articles about Kazakhstan–Tajikistan relations into a knowledge base you can check: {dataset.events.length} events,{' '}
        {dataset.agreements.length} agreements, {dataset.figures.length} figures, {dataset.quotes.length} quotes and {dataset.claims.length} claims
        about {dataset.entities.length} people, places and organisations — each linked to the exact words of the article it comes from.
      </p>

      <section aria-labelledby="numbers-heading">
        <h2 id="numbers-heading">Headline numbers</h2>
        <ul className="cards">
          {headline.map((f) => (
            <li key={f.id} className="card">
              <span className="stat">{formatAmount(f)}</span>
              <a href={recordPath('figures', f.id)}>{f.measure}</a>
              <p className="muted" style={{ margin: '0.3rem 0 0' }}>
                Source: <a href={spanHref(f.evidence[0]!)}>{sourceLabel(f.evidence[0]!.source)}</a>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="visits-heading">
        <h2 id="visits-heading">The visits at a glance</h2>
        <ul className="cards" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))' }}>
          {visits.map((e) => (
            <li key={e.id} className="card">
              <h3><a href={recordPath('events', e.id)}>{e.title}</a></h3>
              <p style={{ margin: 0 }}>{e.date ? <DateText date={e.date} /> : null} <FactualityBadge value={e.factuality} /></p>
              <p style={{ margin: '0.3rem 0 0' }}>{e.summary}</p>
              <VisitLinks id={e.id} />
              <p className="muted" style={{ margin: '0.3rem 0 0' }}>
                <a href={spanHref(e.evidence[0]!)}>See in source</a> ({e.sources.map(sourceLabel).join(', ')})
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="explore-heading">
        <h2 id="explore-heading">Explore</h2>
        <ul className="cards">
          {ENTRY_POINTS.map(([href, title, text]) => (
            <li key={href} className="card">
              <h3><a href={href}>{title}</a></h3>
              <p style={{ margin: 0 }}>{text}</p>
            </li>
          ))}
        </ul>
        <h3>Browse by collection</h3>
        <ul className="plain-list" style={{ display: 'flex', flexWrap: 'wrap', gap: '0 1.2rem' }}>
          {COLLECTION_NAMES.map((c) => (
            <li key={c} style={{ border: 0 }}>
              <a href={collectionPath(c)}>{COLLECTION_LABELS[c].plural}</a> <span className="muted">({dataset[c].length})</span>
            </li>
          ))}
        </ul>
      </section>
      <JsonLd data={datasetJsonLd()} />
    </>
  );
}
