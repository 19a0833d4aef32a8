import type { Link } from './schema/basis.js';
import type { CollectionName } from './schema/dataset.js';
import type { DateValue } from './schema/date-value.js';
import type { RecordTypes } from './records.js';

/**
 * One record's link to another, as the registry names it: the field it sits in, the words for
 * it seen from either end, and the link itself (with its basis and evidence).
 */
export interface RecordLink {
  field: string;
  /** Seen from the linking record: "place", "party", "speaker". */
  label: string;
  /** Seen from the record linked to: "took place here", "party to", "said". */
  inverse: string;
  target: CollectionName;
  link: Link;
}

interface LinkField<R> {
  field: string;
  label: string | ((record: R, link: Link) => string);
  inverse: string | ((record: R, link: Link) => string);
  target: CollectionName;
  links: (record: R) => ReadonlyArray<Link | undefined>;
}

/**
 * What every consumer needs to know about a collection. The core's queries (related records,
 * involvement, filters, dates, sources) iterate over this registry instead of switching on the
 * collection name, so a new collection is declared here once and the type checker finds the rest.
 */
export interface CollectionSpec<C extends CollectionName> {
  singular: string;
  plural: string;
  /** The field filtered by `type` (entity type, event type, figure kind…), if any. */
  kind?: (record: RecordTypes[C]) => string;
  /** The date that places the record in time, if it has one. */
  date: (record: RecordTypes[C]) => DateValue | undefined;
  /** The articles the record comes from (for a source, itself). */
  sources: (record: RecordTypes[C]) => readonly string[];
  /** References to other records, with their basis. */
  links: ReadonlyArray<LinkField<RecordTypes[C]>>;
}

type Specs = { [C in CollectionName]: CollectionSpec<C> };

/** A participant is a link to an entity whose label is its role in the event. */
const asLink = (value: { basis: Link['basis']; reasoning?: string | undefined; evidence: Link['evidence'] }, id: string): Link =>
  value.reasoning === undefined
    ? { id, basis: value.basis, evidence: value.evidence }
    : { id, basis: value.basis, reasoning: value.reasoning, evidence: value.evidence };

export const COLLECTION_SPECS = {
  sources: {
    singular: 'source',
    plural: 'sources',
    date: (s) => s.date,
    sources: (s) => [s.id],
    links: [],
  },
  entities: {
    singular: 'entity',
    plural: 'entities',
    kind: (e) => e.type,
    date: () => undefined,
    sources: (e) => e.sources,
    links: [
      { field: 'partOf', label: 'part of', inverse: 'contains', target: 'entities', links: (e) => [e.partOf] },
      {
        field: 'roles.of',
        label: (e, link) => e.roles.find((r) => r.of?.id === link.id)?.title ?? 'role',
        inverse: 'holds a role in',
        target: 'entities',
        links: (e) => e.roles.map((r) => r.of),
      },
    ],
  },
  events: {
    singular: 'event',
    plural: 'events',
    kind: (e) => e.type,
    date: (e) => e.date,
    sources: (e) => e.sources,
    links: [
      {
        field: 'participants',
        label: (e, link) => e.participants.find((p) => p.entity === link.id)?.role ?? 'participant',
        inverse: (e, link) => `took part (${e.participants.find((p) => p.entity === link.id)?.role ?? 'participant'})`,
        target: 'entities',
        links: (e) => e.participants.map((p) => asLink(p, p.entity)),
      },
      { field: 'place', label: 'place', inverse: 'took place here', target: 'entities', links: (e) => [e.place] },
      { field: 'partOf', label: 'part of', inverse: 'includes', target: 'events', links: (e) => [e.partOf] },
      { field: 'reportedBy', label: 'reported by', inverse: 'reported', target: 'entities', links: (e) => e.reportedBy },
    ],
  },
  agreements: {
    singular: 'agreement',
    plural: 'agreements',
    kind: (a) => a.type,
    date: (a) => a.statusDate ?? a.validity,
    sources: (a) => a.sources,
    links: [
      { field: 'parties', label: 'party', inverse: 'party to', target: 'entities', links: (a) => a.parties },
      { field: 'signedAt', label: 'signed at', inverse: 'signed here', target: 'events', links: (a) => [a.signedAt] },
      { field: 'partOf', label: 'part of', inverse: 'includes', target: 'agreements', links: (a) => [a.partOf] },
      {
        field: 'related',
        label: (a, link) => a.related.find((r) => r.agreement === link.id)?.relation.replace(/-/g, ' ') ?? 'related',
        inverse: 'related agreement',
        target: 'agreements',
        links: (a) => a.related.map((r) => asLink(r, r.agreement)),
      },
    ],
  },
  figures: {
    singular: 'figure',
    plural: 'figures',
    kind: (f) => f.kind,
    date: (f) => f.period,
    sources: (f) => f.sources,
    links: [
      { field: 'statedBy', label: 'stated by', inverse: 'stated', target: 'entities', links: (f) => [f.statedBy] },
      { field: 'subjects', label: 'about', inverse: 'figure about', target: 'entities', links: (f) => f.subjects },
    ],
  },
  quotes: {
    singular: 'quote',
    plural: 'quotes',
    kind: (q) => q.kind,
    date: () => undefined,
    sources: (q) => [q.source],
    links: [
      { field: 'speaker', label: 'speaker', inverse: 'said', target: 'entities', links: (q) => [q.speaker] },
      { field: 'event', label: 'said at', inverse: 'said here', target: 'events', links: (q) => [q.event] },
      { field: 'about', label: 'about', inverse: 'quote about', target: 'entities', links: (q) => q.about },
    ],
  },
  claims: {
    singular: 'claim',
    plural: 'claims',
    kind: (c) => c.kind,
    date: (c) => c.date,
    sources: (c) => c.sources,
    links: [
      { field: 'holders', label: 'held by', inverse: 'holds', target: 'entities', links: (c) => c.holders },
      { field: 'about', label: 'about', inverse: 'claim about', target: 'entities', links: (c) => c.about },
    ],
  },
} as const satisfies Specs;

/** The registry entry of a collection, typed for it. */
export function collectionSpec<C extends CollectionName>(collection: C): CollectionSpec<C> {
  return (COLLECTION_SPECS as Specs)[collection];
}

/** Every link a record makes, in registry order, with both names of the relation. */
export function linksOf<C extends CollectionName>(collection: C, record: RecordTypes[C]): RecordLink[] {
  const out: RecordLink[] = [];
  for (const field of collectionSpec(collection).links) {
    for (const link of field.links(record)) {
      if (link === undefined) continue;
      const label = typeof field.label === 'string' ? field.label : field.label(record, link);
      const inverse = typeof field.inverse === 'string' ? field.inverse : field.inverse(record, link);
      out.push({ field: field.field, label, inverse, target: field.target, link });
    }
  }
  return out;
}
