import { stringify } from 'csv-stringify/sync';
import type { CollectionName, Dataset } from '../schema/dataset.js';
import type { DateValue } from '../schema/date-value.js';
import type { Span } from '../schema/evidence.js';
import type { Link } from '../schema/basis.js';
import type { Disagreement } from '../schema/report.js';

type Cell = string | number | boolean | undefined;
type Row = Record<string, Cell>;

const list = (values: readonly string[] | undefined) => (values ?? []).join('; ');
const date = (value: DateValue | undefined) => value?.edtf;
const spans = (evidence: readonly Span[]) => evidence.map((s) => `${s.source}#${s.start}-${s.end}`).join('; ');
const firstExact = (evidence: readonly Span[]) => evidence[0]?.exact;
const id = (link: Link | undefined) => link?.id;
const ids = (links: readonly Link[]) => list(links.map((l) => l.id));
const disagreements = (values: readonly Disagreement[]) =>
  list(values.map((d) => `${d.field}: ${d.values.map((v) => `${v.source}=${v.value}`).join(' | ')}`));
/** The inferred links of a record, as "field:id", so the ids-only columns lose no basis. */
const inferred = (fields: Record<string, Link | readonly Link[] | undefined>) =>
  list(Object.entries(fields).flatMap(([field, value]) => (value === undefined ? [] : ([] as Link[]).concat(value)).filter((l) => l.basis === 'inferred').map((l) => `${field}:${l.id}`)));

/**
 * One flat row per record. Nested values become readable cells: lists joined with "; ", dates
 * as EDTF, links as the ids they point to (inferred ones are listed again in `inferred_links` as
 * "field:id"; their reasoning and link evidence stay in dataset.json), the reports as their
 * sources, disagreements as "field: source=value | source=value", evidence as "source#start-end"
 * locators plus the first exact quote.
 */
const ROWS: { [C in CollectionName]: (dataset: Dataset) => Row[] } = {
  sources: (d) =>
    d.sources.map((s) => ({
      id: s.id, file: s.file, title: s.title, date: s.date.edtf, date_basis: s.date.basis, sha256: s.sha256, length: s.length,
      publisher: s.catalogue?.publisher, url: s.catalogue?.url, publisher_date: s.catalogue?.date.edtf,
    })),
  entities: (d) =>
    d.entities.map((e) => ({
      id: e.id, type: e.type, name: e.name, description: e.description, aliases: list(e.aliases),
      roles: list(e.roles.map((r) => `${r.title} (${r.asOf})`)), iso_alpha2: e.codes?.alpha2, iso_alpha3: e.codes?.alpha3,
      iso_numeric: e.codes?.numeric, wikidata: e.wikidata, part_of: id(e.partOf), inferred_links: inferred({ partOf: e.partOf }),
      sources: list(e.sources), mentions: e.evidence.length, evidence: spans(e.evidence),
    })),
  events: (d) =>
    d.events.map((e) => ({
      id: e.id, type: e.type, title: e.title, cameo: e.cameo, date: date(e.date), date_earliest: e.date?.earliest, date_latest: e.date?.latest,
      date_basis: e.date?.basis, place: id(e.place), participants: list(e.participants.map((p) => `${p.entity} (${p.role})`)),
      topics: list(e.topics), factuality: e.factuality, cue: e.cue, reported_by: ids(e.reportedBy), part_of: id(e.partOf),
      inferred_links: inferred({ place: e.place, partOf: e.partOf, reportedBy: e.reportedBy, participants: e.participants.map((p) => ({ ...p, id: p.entity })) }),
      sources: list(e.sources), disagreements: disagreements(e.disagreements), exact: firstExact(e.evidence), evidence: spans(e.evidence),
    })),
  agreements: (d) =>
    d.agreements.map((a) => ({
      id: a.id, type: a.type, title: a.title, subject: a.subject, parties: ids(a.parties), status: a.status, status_date: date(a.statusDate),
      validity: date(a.validity), signed_at: id(a.signedAt), part_of: id(a.partOf), related: list(a.related.map((r) => `${r.relation} ${r.agreement}`)),
      inferred_links: inferred({ parties: a.parties, signedAt: a.signedAt, partOf: a.partOf, related: a.related.map((r) => ({ ...r, id: r.agreement })) }),
      sources: list(a.sources), disagreements: disagreements(a.disagreements), exact: firstExact(a.evidence), evidence: spans(a.evidence),
    })),
  figures: (d) =>
    d.figures.map((f) => ({
      id: f.id, measure: f.measure, amount: f.amount, amount_max: f.amountMax, approximate: f.approximate, unit: f.unit, kind: f.kind,
      period: date(f.period), subjects: ids(f.subjects), stated_by: id(f.statedBy), inferred_links: inferred({ subjects: f.subjects, statedBy: f.statedBy }),
      sources: list(f.sources), disagreements: disagreements(f.disagreements), exact: firstExact(f.evidence), evidence: spans(f.evidence),
    })),
  quotes: (d) =>
    d.quotes.map((q) => ({
      id: q.id, kind: q.kind, speaker: id(q.speaker), text: q.text, event: id(q.event), about: ids(q.about), factuality: q.factuality, cue: q.cue,
      inferred_links: inferred({ speaker: q.speaker, event: q.event, about: q.about }), source: q.source, evidence: spans(q.evidence),
    })),
  claims: (d) =>
    d.claims.map((c) => ({
      id: c.id, kind: c.kind, statement: c.statement, holders: ids(c.holders), about: ids(c.about), date: date(c.date),
      factuality: c.factuality, inferred_links: inferred({ holders: c.holders, about: c.about }), sources: list(c.sources),
      disagreements: disagreements(c.disagreements), exact: firstExact(c.evidence), evidence: spans(c.evidence),
    })),
};

/** CSV (RFC 4180, header row) for one collection. */
export function collectionToCsv(dataset: Dataset, collection: CollectionName): string {
  const rows = ROWS[collection](dataset);
  const columns = Object.keys(ROWS[collection]({ ...dataset, [collection]: dataset[collection].slice(0, 1) })[0] ?? { id: '' });
  return stringify(rows, { header: true, columns, cast: { boolean: (value) => String(value) } });
}
