/**
 * Linked-data exports, built with the data:
 * - `kztj.annotations.jsonld`: every evidence span as a W3C Web Annotation: the record as body,
 *   the article as target, with a TextQuoteSelector (exact, prefix, suffix) and a
 *   TextPositionSelector (start, end in characters, as the Web Annotation model counts them).
 * - `kztj.schema-org.jsonld`: entities and events as schema.org sees them.
 * Ids are tag URIs (RFC 4151), `tag:kztj,2026:<record id>`: stable, needing no registration and
 * no web site. The contexts are inline, with the Web Annotation and schema.org vocabularies'
 * own IRIs, so a JSON-LD processor expands them without fetching anything.
 */
import type { Dataset } from '../schema/dataset.js';
import { SCHEMA_ORG_TYPES, schemaOrgDate } from '../linked-data.js';
import { datasetTables, type Table } from './tables.js';

export const ID_PREFIX = 'tag:kztj,2026:';
const iri = (id: string) => `${ID_PREFIX}${id}`;

/** The Web Annotation terms used, as the W3C context (anno.jsonld) defines them. */
export const ANNOTATION_CONTEXT = {
  oa: 'http://www.w3.org/ns/oa#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  id: '@id',
  type: '@type',
  Annotation: 'oa:Annotation',
  TextQuoteSelector: 'oa:TextQuoteSelector',
  TextPositionSelector: 'oa:TextPositionSelector',
  SpecificResource: 'oa:SpecificResource',
  motivation: { '@id': 'oa:motivatedBy', '@type': '@vocab' },
  describing: 'oa:describing',
  body: { '@id': 'oa:hasBody', '@type': '@id' },
  target: { '@id': 'oa:hasTarget', '@type': '@id' },
  source: { '@id': 'oa:hasSource', '@type': '@id' },
  selector: { '@id': 'oa:hasSelector', '@type': '@id' },
  exact: 'oa:exact',
  prefix: 'oa:prefix',
  suffix: 'oa:suffix',
  start: { '@id': 'oa:start', '@type': 'xsd:nonNegativeInteger' },
  end: { '@id': 'oa:end', '@type': 'xsd:nonNegativeInteger' },
} as const;

/** Characters (code points) before a UTF-16 offset: the unit a TextPositionSelector counts in. */
function codePoints(text: string): (offset: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) astral.push(i);
  }
  return (offset) => offset - astral.filter((i) => i < offset - 1).length;
}

/** Every span of the dataset as a Web Annotation, one per span and the place it sits in its record. */
export function annotationsJsonLd(dataset: Dataset, tables: readonly Table[] = datasetTables(dataset)): Record<string, unknown> {
  const texts = new Map(dataset.sources.map((s) => [s.id, codePoints(s.text)]));
  const evidence = tables.find((t) => t.role === 'evidence')!;
  const graph = evidence.rows.map(([record, path, position, source, start, end, exact, prefix, suffix]) => {
    const toChars = texts.get(String(source))!;
    return {
      id: iri(`annotation/${record}/${path}/${position}`),
      type: 'Annotation',
      motivation: 'describing',
      body: iri(String(record)),
      target: {
        type: 'SpecificResource',
        source: iri(String(source)),
        selector: [
          { type: 'TextQuoteSelector', exact, prefix, suffix },
          { type: 'TextPositionSelector', start: toChars(Number(start)), end: toChars(Number(end)) },
        ],
      },
    };
  });
  return { '@context': ANNOTATION_CONTEXT, '@graph': graph };
}

export function schemaOrgJsonLd(dataset: Dataset): Record<string, unknown> {
  const entities = dataset.entities.map((e) => ({
    '@id': iri(e.id),
    '@type': SCHEMA_ORG_TYPES[e.type],
    name: e.name,
    alternateName: e.aliases.filter((a) => a !== e.name),
    description: e.description,
    ...(e.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${e.wikidata}` } : {}),
    ...(e.partOf ? { containedInPlace: { '@id': iri(e.partOf.id) } } : {}),
    subjectOf: e.sources.map((s) => ({ '@id': iri(s) })),
  }));
  const events = dataset.events.map((e) => ({
    '@id': iri(e.id),
    '@type': 'Event',
    name: e.title,
    description: e.summary,
    ...schemaOrgDate(e.date),
    ...(e.place ? { location: { '@id': iri(e.place.id) } } : {}),
    attendee: e.participants.map((p) => ({ '@id': iri(p.entity) })),
    ...(e.partOf ? { superEvent: { '@id': iri(e.partOf.id) } } : {}),
    subjectOf: e.sources.map((s) => ({ '@id': iri(s) })),
  }));
  const articles = dataset.sources.map((s) => ({
    '@id': iri(s.id),
    '@type': 'NewsArticle',
    name: s.title,
    ...(s.catalogue ? { url: s.catalogue.url, publisher: { '@type': 'Organization', name: s.catalogue.publisher } } : {}),
    ...(s.catalogue && s.catalogue.date.earliest === s.catalogue.date.latest ? { datePublished: s.catalogue.date.earliest } : {}),
  }));
  return { '@context': { '@vocab': 'https://schema.org/' }, '@graph': [...articles, ...entities, ...events] };
}
