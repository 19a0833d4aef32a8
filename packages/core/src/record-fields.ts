import { formatAmount, formatDate, formatFactuality, sourceLabel, titleOf } from './format.js';
import { getRecord, type RecordRef, type RecordTypes } from './records.js';
import type { CollectionName } from './schema/dataset.js';
import type { Link } from './schema/basis.js';
import type { DateValue } from './schema/date-value.js';
import type { Disagreement } from './schema/report.js';

/**
 * One value of a field as every front end shows it. `inferred` holds the reasoning when the
 * value is not stated by the text, so a front end can mark it and keep the reason one step away.
 */
export interface FieldItem {
  text: string;
  /** The record the value names, for a link. */
  id?: string;
  /** Set when the value is inferred: why it follows from the text. */
  inferred?: string;
}

export interface RecordField {
  key: string;
  label: string;
  items: FieldItem[];
}

/** How an inferred value is marked in plain text, the same in every front end. */
export const INFERRED_MARK = '[inferred]';

/** A field's value on one line: items joined, inferred ones marked. */
export function fieldText(field: RecordField): string {
  return field.items.map((item) => (item.inferred !== undefined ? `${item.text} ${INFERRED_MARK}` : item.text)).join(field.key === 'aliases' ? '; ' : ', ');
}

function nameOf(id: string): string {
  const ref = getRecord(id);
  return ref ? titleOf(ref) : id;
}

const text = (value: string): FieldItem => ({ text: value });

function linkItem(link: Link, label?: string): FieldItem {
  const item: FieldItem = { text: label ?? nameOf(link.id), id: link.id };
  if (link.basis === 'inferred') item.inferred = link.reasoning ?? '';
  return item;
}

function dateItem(date: DateValue): FieldItem {
  // formatDate already says "inferred" in words; the mark carries the reasoning.
  const item: FieldItem = { text: formatDate(date).replace(/, inferred$/, '') };
  if (date.basis === 'inferred') item.inferred = date.reasoning ?? '';
  return item;
}

const factualityText = (factuality: string, cue: string | undefined) =>
  cue ? `${formatFactuality(factuality as Parameters<typeof formatFactuality>[0])} (“${cue}”)` : formatFactuality(factuality as Parameters<typeof formatFactuality>[0]);

type Draft = Array<RecordField | false | undefined>;
const field = (key: string, label: string, items: FieldItem[]): RecordField | undefined => (items.length > 0 ? { key, label, items } : undefined);
const links = (key: string, label: string, values: ReadonlyArray<Link | undefined>) => field(key, label, values.filter((l): l is Link => l !== undefined).map((l) => linkItem(l)));
const date = (key: string, label: string, value: DateValue | undefined) => field(key, label, value ? [dateItem(value)] : []);

/** One line per report: the article and what it says of the record's state and time. */
function reportFields(reports: ReadonlyArray<{ source: string; state?: string; date?: DateValue | undefined }>): RecordField[] {
  return [
    {
      key: 'reports',
      label: reports.length === 1 ? 'Reported in' : `Reported in ${reports.length} articles`,
      items: reports.map((r) => ({
        text: [sourceLabel(r.source), r.state, r.date ? formatDate(r.date) : undefined].filter(Boolean).join(' — '),
        id: r.source,
      })),
    },
  ];
}

/** Where articles disagree, every article's word side by side: never silently resolved. */
function disagreementFields(disagreements: readonly Disagreement[]): RecordField[] {
  return disagreements.map((d) => ({
    key: `disagreement.${d.field}`,
    label: `Articles differ on ${d.field}`,
    items: d.values.map((v) => ({ text: `${sourceLabel(v.source)}: ${v.value}`, id: v.source })),
  }));
}

const FIELDS: { [C in CollectionName]: (record: RecordTypes[C]) => Draft } = {
  sources: (s) => [
    date('date', 'Date (from the text)', s.date),
    s.catalogue && field('publisher', 'Publisher (catalogue)', [text(`${s.catalogue.publisher} (${s.catalogue.site})`)]),
    s.catalogue && field('publisherDate', 'Publisher’s date (catalogue)', [text(`${s.catalogue.date.edtf}: ${s.catalogue.date.how}`)]),
    s.catalogue && field('url', 'Address (catalogue)', [text(s.catalogue.url)]),
    field('file', 'File', [text(s.file)]),
    field('sha256', 'SHA-256', [text(s.sha256)]),
    field('length', 'Length', [text(`${s.length} characters, ${s.sentences.length} sentences`)]),
  ],
  entities: (e) => [
    field('type', 'Type', [text(e.type)]),
    field('description', 'Description', [text(e.description)]),
    field('aliases', 'Aliases', e.aliases.map(text)),
    field(
      'roles',
      'Roles',
      e.roles.map((role) => {
        const of = role.of ? ` of ${nameOf(role.of.id)}${role.of.basis === 'inferred' ? ` ${INFERRED_MARK}` : ''}` : '';
        const item: FieldItem = { text: `${role.title}${role.of && !role.title.includes(nameOf(role.of.id)) ? of : ''} (as of ${role.asOf}, ${sourceLabel(role.source)})` };
        const why = [role.basis === 'inferred' ? role.reasoning : undefined, role.of?.basis === 'inferred' ? role.of.reasoning : undefined].filter(Boolean);
        if (why.length > 0) item.inferred = why.join(' ');
        return item;
      }),
    ),
    e.codes && field('codes', 'ISO 3166-1', [text(`${e.codes.alpha2} / ${e.codes.alpha3} / ${e.codes.numeric}`)]),
    e.wikidata !== undefined && field('wikidata', 'Wikidata', [text(e.wikidata)]),
    links('partOf', 'Part of', [e.partOf]),
    field('sources', e.sources.length === 1 ? 'Mentioned in' : `Mentioned in ${e.sources.length} articles`, e.sources.map((id) => ({ text: sourceLabel(id), id }))),
  ],
  events: (e) => [
    field('type', 'Type', [text(`${e.type} (CAMEO ${e.cameo})`)]),
    field('summary', 'Summary', [text(e.summary)]),
    field('factuality', 'Factuality', [text(factualityText(e.factuality, e.cue))]),
    date('date', 'Date', e.date),
    links('place', 'Place', [e.place]),
    field('participants', 'Participants', e.participants.map((p) => linkItem({ ...p, id: p.entity }, `${nameOf(p.entity)} (${p.role})`))),
    field('topics', 'Topics', e.topics.map(text)),
    links('reportedBy', 'Attributed to', e.reportedBy),
    links('partOf', 'Part of', [e.partOf]),
    ...reportFields(e.reports.map((r) => ({ source: r.source, state: factualityText(r.factuality, r.cue), date: r.date }))),
    ...disagreementFields(e.disagreements),
  ],
  agreements: (a) => [
    field('type', 'Type', [text(a.type)]),
    field('subject', 'Subject', [text(a.subject)]),
    field('status', 'Status', [text(a.status)]),
    date('statusDate', 'Status date', a.statusDate),
    links('parties', 'Parties', a.parties),
    date('validity', 'Valid', a.validity),
    links('signedAt', 'Signed at', [a.signedAt]),
    links('partOf', 'Part of', [a.partOf]),
    field('related', 'Related', a.related.map((r) => linkItem({ ...r, id: r.agreement }, `${r.relation.replace(/-/g, ' ')} ${nameOf(r.agreement)}${r.note ? ` — ${r.note}` : ''}`))),
    ...reportFields(a.reports.map((r) => ({ source: r.source, state: r.cue ? `${r.status} (“${r.cue}”)` : r.status, date: r.statusDate }))),
    ...disagreementFields(a.disagreements),
  ],
  figures: (f) => [
    field('amount', 'Value', [text(formatAmount(f))]),
    field('measure', 'Measure', [text(f.measure)]),
    field('kind', 'Kind', [text(f.kind)]),
    date('period', 'Period', f.period),
    links('subjects', 'About', f.subjects),
    links('statedBy', 'Stated by', [f.statedBy]),
    ...reportFields(f.reports.map((r) => ({ source: r.source, state: formatAmount(r), date: r.period }))),
    ...disagreementFields(f.disagreements),
  ],
  quotes: (q) => [
    field('kind', 'Kind', [text(q.kind === 'direct' ? 'direct quote' : 'reported speech')]),
    links('speaker', 'Speaker', [q.speaker]),
    // Quotation marks only around words printed as a direct quote.
    field('text', 'Text', [text(q.kind === 'direct' ? `“${q.text}”` : q.text)]),
    q.factuality !== 'happened' && field('factuality', 'Factuality', [text(factualityText(q.factuality, q.cue))]),
    links('event', 'Said at', [q.event]),
    links('about', 'About', q.about),
    field('source', 'Printed in', [{ text: sourceLabel(q.source), id: q.source }]),
  ],
  claims: (c) => [
    field('kind', 'Kind', [text(c.kind)]),
    field('statement', 'Statement', [text(c.statement)]),
    c.holders.length > 0 ? links('holders', 'Held by', c.holders) : field('holders', 'Held by', [text('the article itself')]),
    links('about', 'About', c.about),
    date('date', 'Date', c.date),
    c.factuality && field('factuality', 'Factuality', [text(factualityText(c.factuality, c.cue))]),
    ...reportFields(c.reports.map((r) => ({ source: r.source, state: r.factuality ? factualityText(r.factuality, r.cue) : undefined, date: r.date }))),
    ...disagreementFields(c.disagreements),
  ],
};

/**
 * The fields of a record, in display order, with every value formatted and every inferred value
 * marked: what the site's facts block and the terminal's detail both render, so they cannot differ.
 */
export function recordFields(ref: RecordRef): RecordField[] {
  const draft = (FIELDS[ref.collection] as (record: RecordRef['record']) => Draft)(ref.record);
  return draft.filter((f): f is RecordField => Boolean(f));
}
