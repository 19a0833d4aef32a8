import { geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';
import { records } from '@kztj/core';
import { recordPath } from '../../../lib/paths';
import { PLACE_COORDINATES } from './place-coordinates';

const WIDTH = 800;
const HEIGHT = 560;

type Country = Feature<Geometry, { name: string }>;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label's width in viewBox units, from its font size: system-ui averages about 0.55 em a letter (0.6 bold). */
const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.6 : 0.55);

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The top of the first position, moving down then up in line steps, where the box is clear of the others. */
function clearOf(others: readonly Box[], box: Box): number {
  for (const step of [0, 1, -1, 2, -2, 3, -3]) {
    const y = box.y + step * (box.height + 4);
    if (!others.some((o) => overlaps({ ...box, y }, o))) return y;
  }
  return box.y;
}

/** A place label goes left of its point when another point sits just to its right. */
function isCrowded(places: ReadonlyArray<{ entity: { id: string }; point: [number, number] }>, id: string, x: number, y: number): boolean {
  return places.some((p) => p.entity.id !== id && p.point[0] > x && p.point[0] - x < 90 && Math.abs(p.point[1] - y) < 24);
}

/**
 * Central Asia drawn at build time from Natural Earth shapes (world-atlas, 1:50m) with d3-geo:
 * the countries the articles mention are linked to their pages, the places marked and linked.
 */
export function CentralAsiaMap() {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as Country[];
  const entities = records('entities');
  const byNumeric = new Map(entities.filter((e) => e.codes).map((e) => [e.codes!.numeric, e]));
  const mentioned = all.filter((c) => byNumeric.has(String(c.id)));
  // An equal-area conic centred on the region keeps the five states' relative sizes honest.
  const projection = geoConicEqualArea()
    .parallels([36, 50])
    .rotate([-66, 0])
    .fitExtent([[20, 20], [WIDTH - 20, HEIGHT - 20]], { type: 'FeatureCollection', features: mentioned })
    .clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  // Whole pixels are enough at this size and halve the markup.
  const path = geoPath(projection).digits(0);
  const places = entities
    .filter((e) => e.type === 'place' && PLACE_COORDINATES[e.id])
    .map((e) => ({ entity: e, point: projection(PLACE_COORDINATES[e.id] as [number, number]) }))
    .filter((p): p is { entity: typeof p.entity; point: [number, number] } => p.point !== null);

  // Where the place labels and points sit, so a country's name can move off them ("Turkmenistan" lay under "Samarqand").
  const placeBoxes: Box[] = places.flatMap(({ entity, point: [x, y] }) => {
    const width = textWidth(entity.name, 14);
    const left = isCrowded(places, entity.id, x, y) ? x - 9 - width : x + 9;
    return [{ x: left, y: y - 9, width, height: 18 }, { x: x - 8, y: y - 8, width: 16, height: 16 }];
  });

  return (
    // On a phone the map keeps a readable size and scrolls sideways (by keyboard too) instead of shrinking its labels to 7 px.
    <div className="map-wrap" tabIndex={0} role="region" aria-label="Map, scrolls sideways on small screens">
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" aria-labelledby="map-title" className="map" style={{ display: 'block', maxWidth: '60rem' }}>
      <title id="map-title">Map of Central Asia with the countries and places the articles mention</title>
      <rect width={WIDTH} height={HEIGHT} fill="var(--panel)" />
      {all.map((country) => {
        const d = path(country);
        if (!d) return null;
        const entity = byNumeric.get(String(country.id));
        if (!entity) return <path key={String(country.id ?? country.properties.name)} d={d} fill="var(--bg)" stroke="var(--line)" />;
        return (
          <a key={entity.id} href={recordPath('entities', entity.id)} aria-label={`${entity.name} (country)`}>
            <path d={d} fill="var(--k-country)" stroke="var(--fg)" strokeWidth={1} />
          </a>
        );
      })}
      {mentioned.map((country) => {
        const entity = byNumeric.get(String(country.id))!;
        const [x, centroidY] = path.centroid(country);
        if (!Number.isFinite(x) || x < 0 || x > WIDTH || centroidY < 0 || centroidY > HEIGHT) return null;
        const y = clearOf(placeBoxes, { x: x - textWidth(entity.name, 15, true) / 2, width: textWidth(entity.name, 15, true), y: centroidY - 13, height: 16 }) + 13;
        return (
          <text key={`label-${entity.id}`} x={x} y={y} textAnchor="middle" fontSize={15} fontWeight={700} fill="var(--fg)" aria-hidden="true" style={{ pointerEvents: 'none' }}>
            {entity.name}
          </text>
        );
      })}
      {places.map(({ entity, point: [x, y] }) => {
        const crowded = isCrowded(places, entity.id, x, y);
        return (
          <a key={entity.id} href={recordPath('entities', entity.id)} aria-label={`${entity.name} (place)`}>
            <circle cx={x} cy={y} r={6} fill="var(--focus)" stroke="var(--bg)" strokeWidth={2} />
            <text x={crowded ? x - 9 : x + 9} y={y + 5} textAnchor={crowded ? 'end' : 'start'} fontSize={14} fill="var(--fg)" stroke="var(--bg)" strokeWidth={3} paintOrder="stroke">
              {entity.name}
            </text>
          </a>
        );
      })}
    </svg>
    </div>
  );
}
