import { dataset, describeRecord, getRecord, getSource, SCHEMA_ORG_TYPES, schemaOrgDate, titleOf, type Link, type RecordRef, type Source } from '@kztj/core';
import { recordHref } from './links';
import { absoluteUrl } from './site';

function idOf(id: string): string | undefined {
  const href = recordHref(id);
  return href ? absoluteUrl(href) : undefined;
}

function thing(link: Pick<Link, 'id'> | undefined) {
  const ref = link ? getRecord(link.id) : undefined;
  return ref ? { '@id': idOf(ref.record.id), name: titleOf(ref) } : undefined;
}

/**
 * The article's publication facts for machines, never more precise than people see: a
 * datePublished only when a date is known to the day (the publisher's first, else the text's
 * own stated date line); an article dated "a day before 15 March 2018" gets none.
 */
export function publicationFacts(source: Source): Record<string, unknown> {
  const catalogue = source.catalogue;
  const day = (date: { earliest: string; latest: string }) => (date.earliest === date.latest ? date.earliest : undefined);
  const datePublished = (catalogue ? day(catalogue.date) : undefined) ?? (source.date.basis === 'stated' ? day(source.date) : undefined);
  return {
    datePublished,
    publisher: catalogue ? { '@type': 'Organization', name: catalogue.publisher, url: new URL(catalogue.url).origin } : undefined,
    sameAs: catalogue?.url,
    author: catalogue?.author ? { '@type': 'Person', name: catalogue.author } : undefined,
  };
}

function article(sourceId: string) {
  const source = getSource(sourceId);
  return source ? { '@type': 'NewsArticle', '@id': idOf(source.id), name: source.title, ...publicationFacts(source) } : undefined;
}

const articles = (sourceIds: readonly string[]) => sourceIds.map(article).filter(Boolean);

/** schema.org JSON-LD for a record page: the record typed as schema.org sees it, cited to its article. */
export function recordJsonLd(ref: RecordRef): Record<string, unknown> {
  const url = absoluteUrl(recordHref(ref) ?? '/');
  const base = { '@id': url, url, name: titleOf(ref), description: describeRecord(ref) };
  switch (ref.collection) {
    case 'entities': {
      const e = ref.record;
      const identifier = e.codes
        ? [
            { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-2', value: e.codes.alpha2 },
            { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-3', value: e.codes.alpha3 },
            { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 numeric', value: e.codes.numeric },
          ]
        : undefined;
      return {
        ...base,
        '@type': SCHEMA_ORG_TYPES[e.type],
        alternateName: e.aliases.filter((a) => a !== e.name),
        sameAs: e.wikidata ? [`https://www.wikidata.org/wiki/${e.wikidata}`] : undefined,
        identifier,
        ...(e.type === 'person' && e.roles.length > 0 ? { jobTitle: [...new Set(e.roles.map((r) => r.title))] } : {}),
        subjectOf: articles(e.sources),
      };
    }
    case 'events': {
      const e = ref.record;
      return {
        ...base,
        '@type': 'Event',
        ...schemaOrgDate(e.date),
        eventStatus: e.factuality === 'negated' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
        location: thing(e.place),
        attendee: e.participants.map((p) => thing({ id: p.entity })).filter(Boolean),
        subjectOf: articles(e.sources),
      };
    }
    case 'agreements':
      return { ...base, '@type': 'Legislation', legislationType: ref.record.type, about: ref.record.subject, subjectOf: articles(ref.record.sources) };
    case 'figures':
      return { ...base, '@type': 'Observation', value: ref.record.amount, unitText: ref.record.unit, measuredProperty: ref.record.measure, subjectOf: articles(ref.record.sources) };
    case 'quotes':
      return { ...base, '@type': 'Quotation', text: ref.record.text, spokenByCharacter: thing(ref.record.speaker), isPartOf: article(ref.record.source) };
    case 'claims':
      return { ...base, '@type': 'Claim', text: ref.record.statement, author: ref.record.holders.map(thing).filter(Boolean), appearance: articles(ref.record.sources) };
    case 'sources':
      return { ...base, '@type': 'NewsArticle', headline: ref.record.title, ...publicationFacts(ref.record), text: ref.record.text };
  }
}

export function datasetJsonLd(): Record<string, unknown> {
  return {
    '@type': 'Dataset',
    name: 'kztj — Kazakhstan–Tajikistan relations',
    description: 'Events, agreements, figures, quotes and claims extracted from news articles, each with the text span it comes from.',
    version: dataset.dataVersion,
    url: absoluteUrl('/data'),
    distribution: [{ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteUrl('/data/dataset.json') }],
  };
}
