import { stringify } from 'csv-stringify/sync';
import type { CollectionName, Dataset } from '../schema/dataset.js';
import type { DateValue } from '../schema/date-value.js';
import type { Span } from '../schema/evidence.js';

type Cell = string | number | boolean | undefined;
type Row = Record<string, Cell>;

const list = (values: readonly string[] | undefined) => (values ?? []).join('; ');
const date = (value: DateValue | undefined) => value?.edtf;
const spans = (evidence: readonly Span[]) => evidence.map((s) => `${s.source}#${s.start}-${s.end}`).join('; ');
const firstExact = (evidence: readonly Span[]) => evidence[0]?.exact;

/**
 * One flat row per record. Nested values become readable cells: lists joined with "; ",
 * dates as EDTF, evidence as "source#start-end" locators plus the first exact quote.
 */
const ROWS: { [C in CollectionName]: (dataset: Dataset) => Row[] } = {
  sources: (d) => d.sources.map((s) => ({ id: s.id, file: s.file, title: s.title, date: s.date.edtf, date_basis: s.date.basis, sha256: s.sha256, length: s.length })),
  entities: (d) =>
    d.entities.map((e) => ({
      id: e.id, type: e.type, name: e.name, description: e.description, aliases: list(e.aliases),
      roles: list(e.roles.map((r) => `${r.title} (${r.asOf})`)), iso_alpha2: e.codes?.alpha2, iso_alpha3: e.codes?.alpha3,
      iso_numeric: e.codes?.numeric, wikidata: e.wikidata, part_of: e.partOf, mentions: e.evidence.length, evidence: spans(e.evidence),
    })),
  events: (d) =>
    d.events.map((e) => ({
      id: e.id, type: e.type, title: e.title, cameo: e.cameo, date: date(e.date), date_earliest: e.date?.earliest, date_latest: e.date?.latest,
      date_basis: e.date?.basis, place: e.place, participants: list(e.participants.map((p) => `${p.entity} (${p.role})`)),
      topics: list(e.topics), factuality: e.factuality, cue: e.cue, reported_by: list(e.reportedBy), source: e.source,
      exact: firstExact(e.evidence), evidence: spans(e.evidence),
    })),
  agreements: (d) =>
    d.agreements.map((a) => ({
      id: a.id, type: a.type, title: a.title, subject: a.subject, parties: list(a.parties), status: a.status, status_date: date(a.statusDate),
      validity: date(a.validity), signed_at: a.signedAt, part_of: a.partOf, related: list(a.related.map((r) => `${r.relation} ${r.agreement}`)),
      source: a.source, exact: firstExact(a.evidence), evidence: spans(a.evidence),
    })),
  figures: (d) =>
    d.figures.map((f) => ({
      id: f.id, measure: f.measure, amount: f.amount, amount_max: f.amountMax, approximate: f.approximate, unit: f.unit, kind: f.kind,
      period: date(f.period), subjects: list(f.subjects), stated_by: f.statedBy, source: f.source, exact: firstExact(f.evidence), evidence: spans(f.evidence),
    })),
  quotes: (d) =>
    d.quotes.map((q) => ({ id: q.id, kind: q.kind, speaker: q.speaker, text: q.text, event: q.event, about: list(q.about), source: q.source, evidence: spans(q.evidence) })),
  claims: (d) =>
    d.claims.map((c) => ({
      id: c.id, kind: c.kind, statement: c.statement, holders: list(c.holders), about: list(c.about), date: date(c.date),
      factuality: c.factuality, source: c.source, exact: firstExact(c.evidence), evidence: spans(c.evidence),
    })),
};

/** CSV (RFC 4180, header row) for one collection. */
export function collectionToCsv(dataset: Dataset, collection: CollectionName): string {
  const rows = ROWS[collection](dataset);
  const columns = Object.keys(ROWS[collection]({ ...dataset, [collection]: dataset[collection].slice(0, 1) })[0] ?? { id: '' });
  return stringify(rows, { header: true, columns, cast: { boolean: (value) => String(value) } });
}
