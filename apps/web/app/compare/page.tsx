import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { formatAmount, formatDate, list, records, sourceLabel, type Source } from '@kztj/core';
import { spanHref } from '../../lib/links';
import { pageMetadata } from '../../lib/metadata';
import { recordPath } from '../../lib/paths';
import { FactualityBadge } from '../_components/factuality-badge';

const DESCRIPTION = 'The articles side by side: who led, what was planned and what was signed, the trade figures, the organisations involved, and how each describes the relationship.';

export const metadata: Metadata = pageMetadata({ title: 'Compare the articles', description: DESCRIPTION, path: '/compare' });


function Row({ title, sources, render }: { title: string; sources: readonly Source[]; render: (source: Source) => ReactNode }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <div className="cards" style={{ gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, 18rem), 1fr))` }}>
        {sources.map((source) => (
          <div key={source.id} className="card">
            <h3>{sourceLabel(source.id)}</h3>
            {render(source)}
          </div>
        ))}
      </div>
    </section>
  );
}

/** A record's report in one article; the record itself if (unexpectedly) that article gives none. */
function reportIn<T extends { reports: ReadonlyArray<{ source: string }> }>(record: T, sourceId: string): T['reports'][number] | T {
  return record.reports.find((r) => r.source === sourceId) ?? record;
}

const Empty = () => <p className="muted">Nothing in this article.</p>;

export default function Page() {
  const sources = [...records('sources')].sort((a, b) => a.date.earliest.localeCompare(b.date.earliest));
  return (
    <>
      <h1>Compare the articles</h1>
      <p className="lede">{DESCRIPTION}</p>
      <Row title="The articles" sources={sources} render={(s) => (
        <p>
          <a href={recordPath('sources', s.id)}>{s.title}</a><br />
          {s.catalogue ? <>{s.catalogue.publisher}<br /></> : null}
          <span className="muted">{formatDate(s.date)}</span>
        </p>
      )} />
      <Row title="Leaders and officials" sources={sources} render={(s) => {
        const people = list('entities', { source: s.id }).filter((e) => e.type === 'person' && e.roles.some((r) => r.source === s.id));
        if (people.length === 0) return <Empty />;
        return (
          <ul className="plain-list">
            {people.map((p) => (
              <li key={p.id}>
                <a href={recordPath('entities', p.id)}>{p.name}</a>
                <span className="muted"> — {p.roles.filter((r) => r.source === s.id).map((r) => r.title).join('; ')}</span>
              </li>
            ))}
          </ul>
        );
      }} />
      <Row title="Visits and meetings" sources={sources} render={(s) => {
        const events = list('events', { source: s.id }).filter((e) => ['visit', 'summit', 'meeting', 'talks'].includes(e.type));
        if (events.length === 0) return <Empty />;
        return (
          <ul className="plain-list">
            {events.map((e) => (
              // The factuality as this article gives it: a later article may know the visit happened.
              <li key={e.id}><a href={recordPath('events', e.id)}>{e.title}</a> <FactualityBadge value={reportIn(e, s.id).factuality} /></li>
            ))}
          </ul>
        );
      }} />
      <Row title="Planned and signed" sources={sources} render={(s) => {
        const agreements = list('agreements', { source: s.id });
        if (agreements.length === 0) return <Empty />;
        return (
          <ul className="plain-list">
            {agreements.map((a) => (
              <li key={a.id}><a href={recordPath('agreements', a.id)}>{a.title}</a> <span className="tag">{reportIn(a, s.id).status}</span></li>
            ))}
          </ul>
        );
      }} />
      <Row title="Trade and money" sources={sources} render={(s) => {
        const figures = list('figures', { source: s.id }).filter((f) => /^[A-Z]{3}$/.test(f.unit) || f.unit === 'percent' || f.unit === 'rank');
        if (figures.length === 0) return <Empty />;
        return (
          <ul className="plain-list">
            {figures.map((f) => {
              const report = reportIn(f, s.id);
              return (
                <li key={f.id}>
                  <strong>{formatAmount(report)}</strong> — <a href={recordPath('figures', f.id)}>{f.measure}</a>{' '}
                  <span className="muted">(<a href={spanHref(report.evidence[0]!)}>in source</a>)</span>
                </li>
              );
            })}
          </ul>
        );
      }} />
      <Row title="Organisations" sources={sources} render={(s) => {
        const orgs = list('entities', { source: s.id }).filter((e) => e.type === 'organisation');
        if (orgs.length === 0) return <Empty />;
        return (
          <ul className="plain-list">
            {orgs.map((o) => <li key={o.id}><a href={recordPath('entities', o.id)}>{o.name}</a></li>)}
          </ul>
        );
      }} />
      <Row title="How the relationship is described" sources={sources} render={(s) => {
        const claims = list('claims', { source: s.id }).filter((c) => c.kind !== 'fact');
        if (claims.length === 0) return <Empty />;
        return (
          <ul className="plain-list">
            {claims.map((c) => (
              <li key={c.id}><a href={recordPath('claims', c.id)}>{c.statement}</a> <span className="tag">{c.kind}</span></li>
            ))}
          </ul>
        );
      }} />
    </>
  );
}
