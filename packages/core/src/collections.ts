import type { AnnotationKind } from './annotations.js';
import {
  fieldText,
  type DisagreementRow,
  type FieldValue,
  type LinkValue,
  type RecordField,
  type ReportRow,
} from './field-value.js';
import { FACTUALITY_LABELS, formatAmount, formatDate, sourceLabel } from './format.js';
import { getRecord, type RecordRef, type RecordTypes } from './records.js';
import type { Link } from './schema/basis.js';
import { asLink, datesOf, linksIn, modelOf, type CollectionName, type LinkFieldName } from './model.js';
import type { DateValue } from './schema/date-value.js';
import type { Span } from './schema/evidence.js';
import type { Factuality } from './schema/factuality.js';
import type { Disagreement } from './schema/report.js';

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
  /** The article whose report gives this link, when it comes from one report rather than the derived record. */
  report?: string;
}

/** How a link field of the model is named, seen from either end. */
interface LinkLabel<R> {
  label: string | ((record: R, link: Link) => string);
  inverse: string | ((record: R, link: Link) => string);
}

/** How one field of a record is presented: its key (the schema field), label, and rendered value. */
interface FieldSpec<R> {
  key: string;
  label: string;
  /** undefined when the record has nothing to show for the field. */
  value: (record: R) => FieldValue | undefined;
}

/** One column of an index table: its key, header, the cell's value, and whether readers filter by it. */
interface ColumnSpec<R> {
  key: string;
  label: string;
  value: (record: R) => FieldValue | undefined;
  /** Readers can filter the table by this column's values (a type, a status, a party). */
  facet?: boolean;
}

/** What a report row shows besides its article: factuality or status, its cue, its date, a note. */
type ReportSummary = Partial<Pick<ReportRow, 'status' | 'cue' | 'note'>> & { date?: DateValue | undefined };

/**
 * How a collection is presented: the part of the collection registry the front ends need beyond
 * the model (model.ts: names, link fields and targets, dates, the derivation and coverage rules).
 * The core's queries (related records, involvement, filters, dates, sources, annotations,
 * search) and the apps' record views iterate over this registry instead of switching on the
 * collection name; every entry is keyed by the model, so the type checker finds what is missing.
 */
export interface CollectionSpecOf<R, F extends string = string> {
  /** The one-line title every front end shows. */
  title: (record: R) => string;
  /** One sentence on the record, for a page's meta description and a link preview. */
  describe: (record: R) => string;
  /** The field a record page leads with (a summary, a statement, the quoted words), if any. */
  lede?: string;
  /** The field filtered by `type` (entity type, event type, figure kind…), if any. */
  kind?: (record: R) => string;
  /** Whether it happened, is planned, expected, negated or reported, for records that say (the `factuality` filter). */
  factuality?: (record: R) => Factuality | undefined;
  /** Who says it, for records that are someone's words (the `speaker` filter): a quote's speaker, a claim's holders, who states a figure. */
  saidBy?: (record: R) => ReadonlyArray<Link | undefined>;
  /** The date that places the record in time, if it has one. */
  date: (record: R) => DateValue | undefined;
  /** The names of each of the model's link fields, seen from either end. */
  links: { readonly [K in F]: LinkLabel<R> };
  /** How the record's evidence is highlighted in a reader; undefined when it has none of its own (sources). */
  annotation?: (record: R) => AnnotationKind;
  /** Spans highlighted as the record (its evidence, and for entities the words of their roles). */
  spans: (record: R) => readonly Span[];
  /** Text indexed for search besides the title; `names` ranks above `body` (an entity's aliases). */
  search: (record: R) => { names?: string; body: ReadonlyArray<string | undefined>; linkedNames: boolean };
  /** How each field is shown, in order. */
  fields: ReadonlyArray<FieldSpec<R>>;
  /** The columns of the collection's index table after the title, in order (see recordColumns). */
  columns: ReadonlyArray<ColumnSpec<R>>;
}

/** The registry entry of one collection. */
export type CollectionSpec<C extends CollectionName> = CollectionSpecOf<RecordTypes[C], LinkFieldName<C>>;

type Specs = { [C in CollectionName]: CollectionSpec<C> };


/** Text as a sentence: ends with one full stop, never two. */
const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const truncate = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

const nameOf = (id: string): string => {
  const ref = getRecord(id);
  return ref ? titleOf(ref) : id;
};

/** A link ready to show: the target's name and collection with the link's basis. */
export function linkValue(link: Link, qualifier?: string): LinkValue {
  return { id: link.id, name: nameOf(link.id), collection: getRecord(link.id)?.collection, qualifier, basis: link.basis, reasoning: link.reasoning, evidence: link.evidence };
}

// Field presentations shared by several collections.
const text = (value: string | undefined): FieldValue | undefined => (value ? { kind: 'text', text: value } : undefined);
const links = (list: ReadonlyArray<Link | undefined>): FieldValue | undefined => {
  const present = list.filter((l): l is Link => l !== undefined);
  return present.length > 0 ? { kind: 'links', links: present.map((l) => linkValue(l)) } : undefined;
};
const date = (value: DateValue | undefined): FieldValue | undefined =>
  value && { kind: 'date', date: value, text: formatDate(value), basis: value.basis, reasoning: value.reasoning };
const factuality = (value: Factuality | undefined, cue: string | undefined): FieldValue | undefined =>
  value && { kind: 'factuality', factuality: value, text: FACTUALITY_LABELS[value], cue };

/** The "Reports" field: one row per article, oldest first. */
function reportsField<R extends { reports: ReadonlyArray<{ source: string; evidence: readonly Span[] }> }>(
  summary: (report: R['reports'][number]) => ReportSummary,
): FieldSpec<R> {
  return {
    key: 'reports',
    label: 'Reports',
    value: (record) => ({
      kind: 'reports',
      reports: record.reports.map((report) => {
        const s = summary(report);
        return { source: report.source, sourceLabel: sourceLabel(report.source), status: s.status, cue: s.cue, date: s.date && formatDate(s.date), note: s.note, evidence: report.evidence };
      }),
    }),
  };
}

/** A report's value of a disagreed field, for people: a date formatted, a link by name, a factuality by its label. */
function disagreementValue(report: Record<string, unknown> | undefined, field: string, fallback: string): string {
  const raw = report?.[field];
  if (field === 'amount' && report && typeof raw === 'number') return formatAmount(report as Parameters<typeof formatAmount>[0]);
  if (typeof raw === 'object' && raw !== null) {
    if ('edtf' in raw) return formatDate(raw as DateValue);
    if ('id' in raw) return nameOf((raw as Link).id);
  }
  if (typeof raw === 'string' && raw in FACTUALITY_LABELS) return FACTUALITY_LABELS[raw as Factuality];
  return fallback;
}

/** The "Disagreements" field; labels are filled in by recordFields from the collection's own fields. */
function disagreementsField<R extends { disagreements: readonly Disagreement[]; reports: ReadonlyArray<{ source: string }> }>(): FieldSpec<R> {
  return {
    key: 'disagreements',
    label: 'Disagreements',
    value: (record) =>
      record.disagreements.length === 0
        ? undefined
        : {
            kind: 'disagreements',
            disagreements: record.disagreements.map(
              (d): DisagreementRow => ({
                field: d.field,
                label: d.field,
                values: d.values.map((v) => ({
                  source: v.source,
                  sourceLabel: sourceLabel(v.source),
                  value: disagreementValue(record.reports.find((r) => r.source === v.source) as Record<string, unknown> | undefined, d.field, v.value),
                })),
              }),
            ),
          },
  };
}

const role = (participants: ReadonlyArray<{ entity: string; role: string }>, id: string) => participants.find((p) => p.entity === id)?.role ?? 'participant';

export const COLLECTION_SPECS = {
  sources: {
    title: (s) => s.title,
    describe: (s) => `${s.title}${s.catalogue ? `, ${s.catalogue.publisher}` : ''}, ${formatDate(s.date)}: the full text with every extracted fact highlighted.`,
    date: (s) => s.date,
    links: {},
    spans: () => [],
    search: (s) => ({ body: [s.file, s.catalogue?.publisher], linkedNames: false }),
    fields: [
      // The text's own date first; the publisher's facts are labelled as the catalogue's, kept apart.
      { key: 'date', label: 'Date (from the text)', value: (s) => date(s.date) },
      { key: 'catalogue.publisher', label: 'Publisher (catalogue)', value: (s) => text(s.catalogue && `${s.catalogue.publisher} (${s.catalogue.site})`) },
      { key: 'catalogue.date', label: 'Publisher’s date (catalogue)', value: (s) => text(s.catalogue && `${s.catalogue.date.edtf}: ${s.catalogue.date.how}`) },
      { key: 'catalogue.url', label: 'Address (catalogue)', value: (s) => text(s.catalogue?.url) },
      { key: 'file', label: 'File', value: (s) => text(s.file) },
      { key: 'sha256', label: 'SHA-256', value: (s) => text(s.sha256) },
      { key: 'length', label: 'Length', value: (s) => text(`${s.length} characters, ${s.sentences.length} sentences`) },
    ],
    columns: [
      { key: 'publisher', label: 'Publisher', value: (s) => text(s.catalogue?.publisher), facet: true },
      { key: 'date', label: 'Date (from the text)', value: (s) => date(s.date) },
    ],
  },
  entities: {
    title: (e) => e.name,
    describe: (e) => `${e.name}: ${sentence(e.description)} Roles, every mention in the articles, and related events.`,
    lede: 'description',
    kind: (e) => e.type,
    date: () => undefined,
    links: {
      partOf: { label: 'part of', inverse: 'contains' },
      'roles.of': { label: (e, link) => e.roles.find((r) => r.of?.id === link.id)?.title ?? 'role', inverse: 'holds a role in' },
    },
    annotation: (e) => e.type,
    // A role's words ("Kazakhstan's Ambassador to Tajikistan Nurlan Seitimov") are evidence of the entity too.
    spans: (e) => [...e.evidence, ...e.roles.flatMap((r) => r.evidence)],
    search: (e) => ({ names: e.aliases.join(' '), body: [e.description, ...e.roles.map((r) => r.title)], linkedNames: false }),
    fields: [
      { key: 'type', label: 'Type', value: (e) => text(e.type) },
      { key: 'description', label: 'Description', value: (e) => text(e.description) },
      { key: 'aliases', label: 'Aliases', value: (e) => text(e.aliases.join('; ')) },
      {
        key: 'roles',
        label: 'Roles',
        value: (e) =>
          e.roles.length === 0
            ? undefined
            : {
                kind: 'roles',
                roles: e.roles.map((r) => ({ title: r.title, basis: r.basis, reasoning: r.reasoning, of: r.of && linkValue(r.of), asOf: r.asOf, source: r.source, sourceLabel: sourceLabel(r.source) })),
              },
      },
      { key: 'codes', label: 'ISO 3166-1', value: (e) => text(e.codes && `${e.codes.alpha2} / ${e.codes.alpha3} / ${e.codes.numeric}`) },
      { key: 'wikidata', label: 'Wikidata', value: (e) => text(e.wikidata) },
      { key: 'partOf', label: 'Part of', value: (e) => links([e.partOf]) },
      reportsField((r) => ({ note: r.aliases.join('; ') })),
    ],
    columns: [
      { key: 'type', label: 'Type', value: (e) => text(e.type), facet: true },
      { key: 'sources', label: 'Sources', value: (e) => sourceLinks(e.sources), facet: true },
    ],
  },
  events: {
    title: (e) => e.title,
    describe: (e) => e.summary,
    lede: 'summary',
    kind: (e) => e.type,
    factuality: (e) => e.factuality,
    date: (e) => e.date,
    links: {
      participants: { label: (e, link) => role(e.participants, link.id), inverse: (e, link) => `took part (${role(e.participants, link.id)})` },
      place: { label: 'place', inverse: 'took place here' },
      partOf: { label: 'part of', inverse: 'includes' },
      reportedBy: { label: 'reported by', inverse: 'reported' },
    },
    annotation: () => 'event',
    spans: (e) => e.evidence,
    search: (e) => ({ body: [e.summary, e.type, ...e.topics], linkedNames: true }),
    fields: [
      { key: 'type', label: 'Type', value: (e) => text(`${e.type} (CAMEO ${e.cameo})`) },
      { key: 'summary', label: 'Summary', value: (e) => text(e.summary) },
      { key: 'factuality', label: 'Factuality', value: (e) => factuality(e.factuality, e.cue) },
      { key: 'date', label: 'Date', value: (e) => date(e.date) },
      { key: 'place', label: 'Place', value: (e) => links([e.place]) },
      {
        key: 'participants',
        label: 'Participants',
        value: (e) => (e.participants.length === 0 ? undefined : { kind: 'participants', participants: e.participants.map((p) => linkValue(asLink<Link>(p, p.entity), p.role)) }),
      },
      { key: 'topics', label: 'Topics', value: (e) => text(e.topics.join(', ')) },
      { key: 'reportedBy', label: 'Attributed to', value: (e) => links(e.reportedBy) },
      { key: 'partOf', label: 'Part of', value: (e) => links([e.partOf]) },
      reportsField((r) => ({ status: FACTUALITY_LABELS[r.factuality], cue: r.cue, date: r.date })),
      disagreementsField(),
    ],
    columns: [
      { key: 'type', label: 'Type', value: (e) => text(e.type), facet: true },
      { key: 'date', label: 'Date', value: (e) => date(e.date) },
      { key: 'factuality', label: 'Factuality', value: (e) => factuality(e.factuality, undefined), facet: true },
      { key: 'place', label: 'Place', value: (e) => links([e.place]), facet: true },
      { key: 'sources', label: 'Sources', value: (e) => sourceLinks(e.sources), facet: true },
    ],
  },
  agreements: {
    title: (a) => a.title,
    describe: (a) => `${a.title}: ${a.subject} (${a.status}).`,
    kind: (a) => a.type,
    date: (a) => a.statusDate ?? a.validity,
    links: {
      parties: { label: 'party', inverse: 'party to' },
      signedAt: { label: 'signed at', inverse: 'signed here' },
      partOf: { label: 'part of', inverse: 'includes' },
      related: { label: (a, link) => a.related.find((r) => r.agreement === link.id)?.relation.replace(/-/g, ' ') ?? 'related', inverse: 'related agreement' },
    },
    annotation: () => 'agreement',
    spans: (a) => a.evidence,
    search: (a) => ({ body: [a.subject, a.type], linkedNames: true }),
    fields: [
      { key: 'type', label: 'Type', value: (a) => text(a.type) },
      { key: 'subject', label: 'Subject', value: (a) => text(a.subject) },
      { key: 'status', label: 'Status', value: (a) => text(a.status) },
      { key: 'statusDate', label: 'Status date', value: (a) => date(a.statusDate) },
      { key: 'parties', label: 'Parties', value: (a) => links(a.parties) },
      { key: 'validity', label: 'Valid', value: (a) => date(a.validity) },
      { key: 'signedAt', label: 'Signed at', value: (a) => links([a.signedAt]) },
      { key: 'partOf', label: 'Part of', value: (a) => links([a.partOf]) },
      {
        key: 'related',
        label: 'Related',
        value: (a) =>
          a.related.length === 0
            ? undefined
            : { kind: 'links', links: a.related.map((r) => linkValue(asLink<Link>(r, r.agreement), [r.relation.replace(/-/g, ' '), r.note].filter(Boolean).join(' — '))) },
      },
      reportsField((r) => ({ status: r.status, cue: r.cue, date: r.statusDate })),
      disagreementsField(),
    ],
    columns: [
      { key: 'type', label: 'Type', value: (a) => text(a.type), facet: true },
      { key: 'status', label: 'Status', value: (a) => text(a.status), facet: true },
      { key: 'parties', label: 'Parties', value: (a) => links(a.parties), facet: true },
      { key: 'date', label: 'Date', value: (a) => date(a.statusDate ?? a.validity) },
      { key: 'sources', label: 'Sources', value: (a) => sourceLinks(a.sources), facet: true },
    ],
  },
  figures: {
    title: (f) => `${formatAmount(f)} — ${f.measure}`,
    describe: (f) => `${formatAmount(f)}: ${f.measure}${f.period ? `, ${formatDate(f.period)}` : ''}.`,
    kind: (f) => f.kind,
    saidBy: (f) => [f.statedBy],
    date: (f) => f.period,
    links: {
      statedBy: { label: 'stated by', inverse: 'stated' },
      subjects: { label: 'about', inverse: 'figure about' },
    },
    annotation: () => 'figure',
    spans: (f) => f.evidence,
    search: (f) => ({ body: [f.measure], linkedNames: true }),
    fields: [
      {
        key: 'amount',
        label: 'Value',
        value: (f) => ({ kind: 'amount', text: formatAmount(f), amount: f.amount, amountMax: f.amountMax, unit: f.unit, approximate: f.approximate }),
      },
      { key: 'measure', label: 'Measure', value: (f) => text(f.measure) },
      { key: 'kind', label: 'Kind', value: (f) => text(f.kind) },
      { key: 'period', label: 'Period', value: (f) => date(f.period) },
      { key: 'subjects', label: 'About', value: (f) => links(f.subjects) },
      { key: 'statedBy', label: 'Stated by', value: (f) => links([f.statedBy]) },
      reportsField((r) => ({ note: formatAmount(r), date: r.period })),
      disagreementsField(),
    ],
    columns: [
      { key: 'amount', label: 'Value', value: (f) => ({ kind: 'amount', text: formatAmount(f), amount: f.amount, amountMax: f.amountMax, unit: f.unit, approximate: f.approximate }) },
      { key: 'kind', label: 'Kind', value: (f) => text(f.kind), facet: true },
      { key: 'period', label: 'Period', value: (f) => date(f.period) },
      { key: 'subjects', label: 'About', value: (f) => links(f.subjects), facet: true },
      { key: 'sources', label: 'Sources', value: (f) => sourceLinks(f.sources), facet: true },
    ],
  },
  quotes: {
    // Quotation marks only for words printed as a direct quote; reported speech is not verbatim.
    title: (q) =>
      q.kind === 'direct' ? `${nameOf(q.speaker.id)}: “${truncate(q.text, 72)}”` : `${nameOf(q.speaker.id)} (reported): ${truncate(q.text, 72)}`,
    // Quotation marks only around words the article prints as a direct quote.
    describe: (q) => (q.kind === 'direct' ? `${nameOf(q.speaker.id)}: “${q.text}”` : `${nameOf(q.speaker.id)}, in reported speech: ${q.text}`),
    lede: 'text',
    kind: (q) => q.kind,
    factuality: (q) => q.factuality,
    saidBy: (q) => [q.speaker],
    date: () => undefined,
    links: {
      speaker: { label: 'speaker', inverse: 'said' },
      event: { label: 'said at', inverse: 'said here' },
      about: { label: 'about', inverse: 'quote about' },
    },
    annotation: () => 'quote',
    spans: (q) => q.evidence,
    search: (q) => ({ body: [q.text], linkedNames: true }),
    fields: [
      { key: 'kind', label: 'Kind', value: (q) => text(q.kind === 'direct' ? 'direct quote' : 'reported speech') },
      { key: 'speaker', label: 'Speaker', value: (q) => links([q.speaker]) },
      { key: 'text', label: 'Text', value: (q) => text(q.kind === 'direct' ? `“${q.text}”` : q.text) },
      // Most quotes are simply said; the field appears when the article hedges ("reportedly").
      { key: 'factuality', label: 'Factuality', value: (q) => (q.factuality === 'happened' ? undefined : factuality(q.factuality, q.cue)) },
      { key: 'event', label: 'Said at', value: (q) => links([q.event]) },
      { key: 'about', label: 'About', value: (q) => links(q.about) },
      { key: 'source', label: 'Printed in', value: (q) => text(sourceLabel(q.source)) },
    ],
    columns: [
      { key: 'kind', label: 'Kind', value: (q) => text(q.kind === 'direct' ? 'direct quote' : 'reported speech'), facet: true },
      { key: 'speaker', label: 'Speaker', value: (q) => links([q.speaker]), facet: true },
      { key: 'sources', label: 'Sources', value: (q) => sourceLinks([q.source]), facet: true },
    ],
  },
  claims: {
    title: (c) => truncate(c.statement, 96),
    describe: (c) => c.statement,
    lede: 'statement',
    kind: (c) => c.kind,
    factuality: (c) => c.factuality,
    saidBy: (c) => c.holders,
    date: (c) => c.date,
    links: {
      holders: { label: 'held by', inverse: 'holds' },
      about: { label: 'about', inverse: 'claim about' },
    },
    annotation: () => 'claim',
    spans: (c) => c.evidence,
    search: (c) => ({ body: [c.statement], linkedNames: true }),
    fields: [
      { key: 'kind', label: 'Kind', value: (c) => text(c.kind) },
      { key: 'statement', label: 'Statement', value: (c) => text(c.statement) },
      { key: 'holders', label: 'Held by', value: (c) => links(c.holders) ?? text('the article itself') },
      { key: 'about', label: 'About', value: (c) => links(c.about) },
      { key: 'date', label: 'Date', value: (c) => date(c.date) },
      { key: 'factuality', label: 'Factuality', value: (c) => factuality(c.factuality, c.cue) },
      reportsField((r) => ({ status: r.factuality && FACTUALITY_LABELS[r.factuality], cue: r.cue, date: r.date })),
      disagreementsField(),
    ],
    columns: [
      { key: 'kind', label: 'Kind', value: (c) => text(c.kind), facet: true },
      { key: 'holders', label: 'Held by', value: (c) => links(c.holders) ?? text('the article itself'), facet: true },
      { key: 'date', label: 'Date', value: (c) => date(c.date) },
      { key: 'factuality', label: 'Factuality', value: (c) => factuality(c.factuality, undefined), facet: true },
      { key: 'sources', label: 'Sources', value: (c) => sourceLinks(c.sources), facet: true },
    ],
  },
} as const satisfies Specs;

/** The registry entry of a collection, typed for it. */
export function collectionSpec<C extends CollectionName>(collection: C): CollectionSpec<C> {
  return (COLLECTION_SPECS as Specs)[collection];
}

/**
 * The registry entry of a record's collection, accepting that record. TypeScript cannot follow
 * that `ref.collection` and `ref.record` vary together through a lookup; this is the one cast.
 */
export function specOf(ref: RecordRef): CollectionSpecOf<RecordRef['record']> {
  return collectionSpec(ref.collection) as unknown as CollectionSpecOf<RecordRef['record']>;
}

/** One sentence on any record, for meta descriptions and link previews. */
export function describeRecord(ref: RecordRef): string {
  return specOf(ref).describe(ref.record);
}

/** The one-line title of any record, as every front end shows it. */
export function titleOf(ref: RecordRef): string {
  return specOf(ref).title(ref.record);
}

/**
 * Every link a record makes, in the model's order, with both names of the relation. With
 * `{ reports: true }` also each report's own links (tagged with the report's article), which may
 * name what the derived record does not (the place an older article gives).
 */
export function linksOf<C extends CollectionName>(collection: C, record: RecordTypes[C], options: { reports?: boolean } = {}): RecordLink[] {
  const out: RecordLink[] = [];
  const labels = collectionSpec(collection).links as Record<string, LinkLabel<RecordTypes[C]>>;
  const reports = 'reports' in record ? (record.reports as ReadonlyArray<{ source: string }>) : [];
  for (const field of modelOf(collection).links) {
    const { label, inverse } = labels[field.field]!;
    const name = (link: Link) => ({
      label: typeof label === 'string' ? label : label(record, link),
      inverse: typeof inverse === 'string' ? inverse : inverse(record, link),
    });
    for (const link of linksIn<Link>(field, record)) out.push({ field: field.field, ...name(link), target: field.target, link });
    if (!options.reports || !field.perReport) continue;
    for (const report of reports) {
      for (const link of linksIn<Link>(field, report)) out.push({ field: field.field, ...name(link), target: field.target, link, report: report.source });
    }
  }
  return out;
}

/**
 * A record's fields as every front end shows them, in the registry's order, leaving out the
 * ones the record has nothing for. Disagreements are labelled with the disagreed field's label.
 */
export function recordFields(ref: RecordRef): RecordField[] {
  const specs = specOf(ref).fields;
  const labels = new Map(specs.map((f) => [f.key, f.label]));
  const out: RecordField[] = [];
  for (const spec of specs) {
    const value = spec.value(ref.record);
    if (value === undefined) continue;
    if (value.kind === 'disagreements') for (const d of value.disagreements) d.label = labels.get(d.field) ?? d.field;
    out.push({ key: spec.key, label: spec.label, value });
  }
  return out;
}

/** The spans a reader highlights as this record and how (no kind: only its dates are highlighted), and its dates. */
export function annotationOf(ref: RecordRef): { kind: AnnotationKind | undefined; spans: readonly Span[]; dates: DateValue[] } {
  const spec = specOf(ref);
  const dates = datesOf<DateValue>(ref.collection, ref.record);
  return { kind: spec.annotation?.(ref.record), spans: spec.spans(ref.record), dates };
}

// Index tables (issue 12, items 3 and 4): the registry's `columns`, as every table renders them.

/** The articles a record comes from as links named by their label ("The Astana Times, 4 May 2023"). */
function sourceLinks(ids: readonly string[]): FieldValue | undefined {
  return ids.length === 0 ? undefined : { kind: 'links', links: ids.map((id) => ({ id, name: sourceLabel(id), collection: 'sources', basis: 'stated', evidence: [] })) };
}

/** A column of a collection's index table, as its header shows it. */
export interface IndexColumn {
  key: string;
  label: string;
  /** Readers can filter by the column's values. */
  facet: boolean;
}

/** One cell of a record's row: the value to show, what it sorts by, and the values it is filtered by. */
export interface IndexCell extends IndexColumn {
  value: FieldValue | undefined;
  /** Dates by their earliest day, amounts by number, the rest by their text; undefined sorts last. */
  sort: string | number | undefined;
  /** Filter values with their labels: a link's target id and name, a factuality, a text as it is. */
  facets: Array<{ value: string; label: string }>;
}

/** The columns of a collection's index table after the record's title. */
export function indexColumns(collection: CollectionName): IndexColumn[] {
  return collectionSpec(collection).columns.map((c) => ({ key: c.key, label: c.label, facet: c.facet === true }));
}

function cellFacets(value: FieldValue): IndexCell['facets'] {
  switch (value.kind) {
    case 'links':
      return value.links.map((l) => ({ value: l.id, label: l.name }));
    case 'participants':
      return value.participants.map((l) => ({ value: l.id, label: l.name }));
    case 'factuality':
      return [{ value: value.factuality, label: value.text }];
    default:
      return [{ value: fieldText(value), label: fieldText(value) }];
  }
}

function cellSort(value: FieldValue): string | number {
  if (value.kind === 'date') return value.date.earliest;
  if (value.kind === 'amount') return value.amount;
  return fieldText(value).toLowerCase();
}

/** A record's row in its collection's index table, one cell per column of indexColumns(). */
export function recordColumns(ref: RecordRef): IndexCell[] {
  return specOf(ref).columns.map((c) => {
    const value = c.value(ref.record);
    const facet = c.facet === true;
    return { key: c.key, label: c.label, facet, value, sort: value && cellSort(value), facets: value && facet ? cellFacets(value) : [] };
  });
}
