import type { Metadata } from 'next';
import { records } from '@kztj/core';
import { pageMetadata } from '../../lib/metadata';
import { recordPath } from '../../lib/paths';
import { CentralAsiaMap } from './_components/central-asia-map';
import { PLACE_COORDINATES } from './_components/place-coordinates';

const DESCRIPTION = 'Central Asia with the countries and places the articles mention, each linked to its page. Drawn at build time from Natural Earth shapes.';

export const metadata: Metadata = pageMetadata({ title: 'Map', description: DESCRIPTION, path: '/map' });

export default function Page() {
  const entities = records('entities');
  const countries = entities.filter((e) => e.type === 'country');
  const places = entities.filter((e) => e.type === 'place');
  return (
    <>
      <h1>Map</h1>
      <p className="lede">{DESCRIPTION}</p>
      <CentralAsiaMap />
      <p className="muted">Shapes: Natural Earth 1:50m via world-atlas. Shaded countries and red points are linked.</p>
      <div className="cards">
        <section className="card" aria-labelledby="countries-heading">
          <h2 id="countries-heading" style={{ marginTop: 0 }}>Countries</h2>
          <ul className="plain-list">
            {countries.map((c) => <li key={c.id}><a href={recordPath('entities', c.id)}>{c.name}</a> <span className="muted">{c.codes?.alpha3}</span></li>)}
          </ul>
        </section>
        <section className="card" aria-labelledby="places-heading">
          <h2 id="places-heading" style={{ marginTop: 0 }}>Places</h2>
          <ul className="plain-list">
            {places.map((p) => (
              <li key={p.id}>
                <a href={recordPath('entities', p.id)}>{p.name}</a>
                {PLACE_COORDINATES[p.id] ? null : <span className="muted"> — a region, not drawn as a point</span>}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
