import type { Metadata } from 'next';
import { records, type Entity, type EntityType } from '@kztj/core';
import { pageMetadata } from '../../lib/metadata';
import { ENTITY_TYPE_LABELS } from '../../lib/labels';
import { recordPath } from '../../lib/paths';

const DESCRIPTION = 'People, countries, places, organisations and other named things in the articles, by type, with how often each is mentioned.';

export const metadata: Metadata = pageMetadata({ title: 'Entities', description: DESCRIPTION, path: '/entities' });

export default function Page() {
  const byType = new Map<EntityType, Entity[]>();
  for (const entity of records('entities')) byType.set(entity.type, [...(byType.get(entity.type) ?? []), entity]);
  const types = (Object.keys(ENTITY_TYPE_LABELS) as EntityType[]).filter((t) => byType.has(t));
  return (
    <>
      <h1>Entities</h1>
      <p className="lede">{DESCRIPTION}</p>
      <nav aria-label="Entity types">
        <ul className="plain-list" style={{ display: 'flex', flexWrap: 'wrap', gap: '0 1rem' }}>
          {types.map((t) => (
            <li key={t} style={{ border: 0 }}><a href={`#${t}`}>{ENTITY_TYPE_LABELS[t]} ({byType.get(t)!.length})</a></li>
          ))}
        </ul>
      </nav>
      {types.map((t) => (
        <section key={t} aria-labelledby={t}>
          <h2 id={t}>{ENTITY_TYPE_LABELS[t]}</h2>
          <ul className="cards">
            {[...byType.get(t)!].sort((a, b) => a.name.localeCompare(b.name)).map((e) => (
              <li key={e.id} className="card">
                <h3><a href={recordPath('entities', e.id)}>{e.name}</a></h3>
                <p style={{ margin: 0 }}>{e.description}</p>
                <p className="muted" style={{ margin: 0 }}>{e.evidence.length} mention{e.evidence.length === 1 ? '' : 's'}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
