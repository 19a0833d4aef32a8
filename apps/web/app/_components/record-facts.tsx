import { formatAmount, sourceLabel, type DateValue, type RecordRef } from '@kztj/core';
import type { ReactNode } from 'react';
import { recordPath } from '../../lib/paths';
import { DateText } from './date-text';
import { FactualityBadge } from './factuality-badge';
import { LinkValue, LinkValues } from './link-value';
import { Reasoning } from './reasoning';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A date as the core formats it (which already says "inferred"), its reasoning one step away. */
export function DateValueText({ date }: { date: DateValue }) {
  return (
    <>
      <DateText date={date} />
      <Reasoning basis={date.basis} reasoning={date.reasoning} label="why" />
    </>
  );
}

function DateFact({ term, date }: { term: string; date: DateValue | undefined }) {
  if (!date) return null;
  return <Fact term={term}><DateValueText date={date} /></Fact>;
}

/** Every article the record comes from, by the core's label for it. */
function SourcesFact({ ids }: { ids: readonly string[] }) {
  return (
    <Fact term={ids.length === 1 ? 'Source' : 'Sources'}>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : null}
          <a href={recordPath('sources', id)}>{sourceLabel(id)}</a>
        </span>
      ))}
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
            {e.cue ? <span className="muted"> — {e.cue}</span> : null}
          </Fact>
          {e.place ? <Fact term="Place"><LinkValue link={e.place} /></Fact> : null}
          <Fact term="Participants">
            {e.participants.length === 0 ? '—' : (
              <ul className="plain-list">
                {e.participants.map((p) => (
                  <li key={`${p.entity}-${p.role}`}>
                    <LinkValue link={{ id: p.entity, basis: p.basis, reasoning: p.reasoning, evidence: p.evidence }}>
                      {' '}<span className="tag">{p.role}</span>
                    </LinkValue>
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          {e.topics.length > 0 ? <Fact term="Topics">{e.topics.join(', ')}</Fact> : null}
          <Fact term="CAMEO code"><code>{e.cameo}</code></Fact>
          {e.reportedBy.length > 0 ? <Fact term="Reported by"><LinkValues links={e.reportedBy} /></Fact> : null}
          {e.partOf ? <Fact term="Part of"><LinkValue link={e.partOf} /></Fact> : null}
          <SourcesFact ids={e.sources} />
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
          <Fact term="Parties"><LinkValues links={a.parties} /></Fact>
          {a.signedAt ? <Fact term="Signed at"><LinkValue link={a.signedAt} /></Fact> : null}
          {a.partOf ? <Fact term="Part of"><LinkValue link={a.partOf} /></Fact> : null}
          {a.related.length > 0 ? (
            <Fact term="Related agreements">
              <ul className="plain-list">
                {a.related.map((rel) => (
                  <li key={rel.agreement}>
                    <span className="tag">{rel.relation.replace(/-/g, ' ')}</span>{' '}
                    <LinkValue link={{ id: rel.agreement, basis: rel.basis, reasoning: rel.reasoning, evidence: rel.evidence }}>
                      {rel.note ? <span className="muted"> — {rel.note}</span> : null}
                    </LinkValue>
                  </li>
                ))}
              </ul>
            </Fact>
          ) : null}
          <SourcesFact ids={a.sources} />
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
          <Fact term="About"><LinkValues links={f.subjects} /></Fact>
          {f.statedBy ? <Fact term="Stated by"><LinkValue link={f.statedBy} /></Fact> : null}
          <SourcesFact ids={f.sources} />
        </dl>
      );
    }
    case 'quotes': {
      const q = r.record;
      return (
        <dl className="facts">
          <Fact term="Speaker"><LinkValue link={q.speaker} /></Fact>
          <Fact term="Kind">{q.kind === 'direct' ? 'direct quote' : 'reported speech (indirect)'}</Fact>
          <Fact term="Factuality">
            <FactualityBadge value={q.factuality} />
            {q.cue ? <span className="muted"> — {q.cue}</span> : null}
          </Fact>
          {q.event ? <Fact term="Said at"><LinkValue link={q.event} /></Fact> : null}
          {q.about.length > 0 ? <Fact term="About"><LinkValues links={q.about} /></Fact> : null}
          <SourcesFact ids={[q.source]} />
        </dl>
      );
    }
    case 'claims': {
      const c = r.record;
      return (
        <dl className="facts">
          <Fact term="Kind">{c.kind}</Fact>
          <Fact term="Held by"><LinkValues links={c.holders} empty="the article, in its own voice" /></Fact>
          {c.about.length > 0 ? <Fact term="About"><LinkValues links={c.about} /></Fact> : null}
          <DateFact term="Refers to" date={c.date} />
          {c.factuality ? (
            <Fact term="Factuality">
              <FactualityBadge value={c.factuality} />
              {c.cue ? <span className="muted"> — {c.cue}</span> : null}
            </Fact>
          ) : null}
          <SourcesFact ids={c.sources} />
        </dl>
      );
    }
    default:
      return null;
  }
}
