import { formatAmount, getSource, type DateValue, type RecordRef } from '@kztj/core';
import type { ReactNode } from 'react';
import { recordPath } from '../../lib/paths';
import { DateText } from './date-text';
import { FactualityBadge } from './factuality-badge';
import { RecordLink } from './record-link';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Links({ ids, empty = '—' }: { ids: readonly string[]; empty?: string }) {
  if (ids.length === 0) return <>{empty}</>;
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : null}
          <RecordLink id={id} />
        </span>
      ))}
    </>
  );
}

function DateFact({ term, date }: { term: string; date: DateValue | undefined }) {
  if (!date) return null;
  return (
    <Fact term={term}>
      <DateText date={date} />
      {date.reasoning ? <span className="muted"> — {date.reasoning}</span> : null}
    </Fact>
  );
}

function SourceFact({ id }: { id: string }) {
  const source = getSource(id);
  return (
    <Fact term="Source">
      <a href={recordPath('sources', id)}>{source?.title ?? id}</a>
    </Fact>
  );
}

/** The fields of a record that are not its evidence or relations, as a definition list. */
export function RecordFacts({ item: r }: { item: RecordRef }) {
  switch (r.collection) {
    case 'events': {
      const e = r.record;
      return (
        <dl className="facts">
          <Fact term="Type">{e.type}</Fact>
          <DateFact term="Date" date={e.date} />
          <Fact term="Factuality">
            <FactualityBadge value={e.factuality} />
            {e.cue ? <span className="muted"> — “{e.cue}”</span> : null}
          </Fact>
          {e.place ? <Fact term="Place"><RecordLink id={e.place} /></Fact> : null}
          <Fact term="Participants">
            {e.participants.length === 0 ? '—' : (
              <ul className="plain-list">
                {e.participants.map((p) => (
                  <li key={`${p.entity}-${p.role}`}><RecordLink id={p.entity} /> <span className="tag">{p.role}</span></li>
                ))}
              </ul>
            )}
          </Fact>
          {e.topics.length > 0 ? <Fact term="Topics">{e.topics.join(', ')}</Fact> : null}
          <Fact term="CAMEO code"><code>{e.cameo}</code></Fact>
          {e.reportedBy.length > 0 ? <Fact term="Reported by"><Links ids={e.reportedBy} /></Fact> : null}
          {e.partOf ? <Fact term="Part of"><RecordLink id={e.partOf} /></Fact> : null}
          <SourceFact id={e.source} />
        </dl>
      );
    }
    case 'agreements': {
      const a = r.record;
      return (
        <dl className="facts">
          <Fact term="Type">{a.type}</Fact>
          <Fact term="Subject">{a.subject}</Fact>
          <Fact term="Status">{a.status}</Fact>
          <DateFact term="Status date" date={a.statusDate} />
          <DateFact term="Valid" date={a.validity} />
          <Fact term="Parties"><Links ids={a.parties} /></Fact>
          {a.signedAt ? <Fact term="Signed at"><RecordLink id={a.signedAt} /></Fact> : null}
          {a.partOf ? <Fact term="Part of"><RecordLink id={a.partOf} /></Fact> : null}
          {a.related.length > 0 ? (
            <Fact term="Related agreements">
              <ul className="plain-list">
                {a.related.map((rel) => (
                  <li key={rel.agreement}>
                    <span className="tag">{rel.relation.replace(/-/g, ' ')}</span> <RecordLink id={rel.agreement} />
                    {rel.note ? <span className="muted"> — {rel.note}</span> : null}
                  </li>
                ))}
              </ul>
            </Fact>
          ) : null}
          <SourceFact id={a.source} />
        </dl>
      );
    }
    case 'figures': {
      const f = r.record;
      return (
        <dl className="facts">
          <Fact term="Value"><strong>{formatAmount(f)}</strong></Fact>
          <Fact term="Measures">{f.measure}</Fact>
          <Fact term="Kind">{f.kind}</Fact>
          <Fact term="Unit">{f.unit}</Fact>
          <DateFact term="Period" date={f.period} />
          <Fact term="About"><Links ids={f.subjects} /></Fact>
          {f.statedBy ? <Fact term="Stated by"><RecordLink id={f.statedBy} /></Fact> : null}
          <SourceFact id={f.source} />
        </dl>
      );
    }
    case 'quotes': {
      const q = r.record;
      return (
        <dl className="facts">
          <Fact term="Speaker"><RecordLink id={q.speaker} /></Fact>
          <Fact term="Kind">{q.kind === 'direct' ? 'direct quote' : 'reported speech (indirect)'}</Fact>
          {q.event ? <Fact term="Said at"><RecordLink id={q.event} /></Fact> : null}
          {q.about.length > 0 ? <Fact term="About"><Links ids={q.about} /></Fact> : null}
          <SourceFact id={q.source} />
        </dl>
      );
    }
    case 'claims': {
      const c = r.record;
      return (
        <dl className="facts">
          <Fact term="Kind">{c.kind}</Fact>
          <Fact term="Held by"><Links ids={c.holders} empty="the article, in its own voice" /></Fact>
          {c.about.length > 0 ? <Fact term="About"><Links ids={c.about} /></Fact> : null}
          <DateFact term="Refers to" date={c.date} />
          {c.factuality ? <Fact term="Factuality"><FactualityBadge value={c.factuality} /></Fact> : null}
          <SourceFact id={c.source} />
        </dl>
      );
    }
    default:
      return null;
  }
}
