import type { Basis } from './schema/basis.js';
import type { DateValue } from './schema/date-value.js';
import type { Span } from './schema/evidence.js';
import type { Factuality } from './schema/factuality.js';
import type { CollectionName } from './schema/dataset.js';

/** How a value is known, as every front end shows it. */
export interface Based {
  basis: Basis;
  reasoning?: string | undefined;
}

/** A link to another record, ready to show: the target's name, the link's basis, what qualifies it. */
export interface LinkValue extends Based {
  id: string;
  /** The target's title, or the bare id when it does not resolve. */
  name: string;
  /** The target's collection, when it resolves. */
  collection: CollectionName | undefined;
  /** A participant's role, an agreement relation ("successor of"), or a relation note. */
  qualifier?: string | undefined;
  evidence: readonly Span[];
}

/** A role an entity holds: the office title with its basis, the body it is held in, and when. */
export interface RoleValue extends Based {
  title: string;
  of: LinkValue | undefined;
  asOf: string;
  source: string;
  sourceLabel: string;
}

/** One article's report of a record, as a row: which article, what it says, when. */
export interface ReportRow {
  source: string;
  /** The article's label (publisher and date), unique among articles. */
  sourceLabel: string;
  /** Factuality or status as this article gives it ("planned", "signed"), if the collection has one. */
  status: string | undefined;
  /** The words that signal it ("will pay a state visit"). */
  cue: string | undefined;
  /** The date this article gives, formatted. */
  date: string | undefined;
  /** Further things this article says in one line (aliases of an entity, an amount). */
  note: string | undefined;
  evidence: readonly Span[];
}

/** Reports that give different values for one field, each article's value side by side. */
export interface DisagreementRow {
  field: string;
  /** The field's label in the record's presentation ("Date", "Factuality"). */
  label: string;
  values: Array<{ source: string; sourceLabel: string; value: string }>;
}

/** A field's value as every front end renders it: a small tagged union, so renderers switch on `kind`. */
export type FieldValue =
  | ({ kind: 'text'; text: string } & Partial<Based>)
  | { kind: 'links'; links: LinkValue[] }
  | { kind: 'participants'; participants: LinkValue[] }
  | { kind: 'roles'; roles: RoleValue[] }
  | ({ kind: 'date'; date: DateValue; text: string } & Based)
  | { kind: 'factuality'; factuality: Factuality; text: string; cue: string | undefined }
  | { kind: 'amount'; text: string; amount: number; amountMax: number | undefined; unit: string; approximate: boolean }
  | { kind: 'reports'; reports: ReportRow[] }
  | { kind: 'disagreements'; disagreements: DisagreementRow[] };

export type FieldKind = FieldValue['kind'];

/** One rendered field of a record. */
export interface RecordField {
  key: string;
  label: string;
  value: FieldValue;
}

/** How an inferred value is marked: "inferred" and its reasoning; undefined for a stated value. */
export function basisMark(value: Partial<Based>): { label: 'inferred'; reasoning: string } | undefined {
  if (value.basis !== 'inferred') return undefined;
  return { label: 'inferred', reasoning: value.reasoning ?? 'no reasoning given' };
}

/** A link in one line: "Astana", "Emomali Rahmon (visitor)", "Tajikistan (visiting country, inferred)". */
export function formatLink(link: Pick<LinkValue, 'name' | 'qualifier' | 'basis'>): string {
  const notes = [link.qualifier, link.basis === 'inferred' ? 'inferred' : undefined].filter((n): n is string => n !== undefined);
  return notes.length > 0 ? `${link.name} (${notes.join(', ')})` : link.name;
}

const roleText = (role: RoleValue) => `${role.title}${role.of ? ` (of ${formatLink(role.of)})` : ''}, as of ${role.asOf}, ${role.sourceLabel}${role.basis === 'inferred' ? ', inferred' : ''}`;

/** A report row in one line: "The Astana Times, 4 May 2023: happened (“arrived”), 4 May 2023". */
export function formatReportRow(row: ReportRow): string {
  const status = row.status && (row.cue ? `${row.status} (“${row.cue}”)` : row.status);
  const said = [status, row.date, row.note].filter((part): part is string => Boolean(part));
  return said.length > 0 ? `${row.sourceLabel}: ${said.join(', ')}` : row.sourceLabel;
}

/** A field value in one line of plain text, for tables, meta descriptions and `kztj show`. */
export function fieldText(value: FieldValue): string {
  switch (value.kind) {
    case 'text':
      return value.basis === 'inferred' ? `${value.text} (inferred)` : value.text;
    case 'links':
      return value.links.map(formatLink).join(', ');
    case 'participants':
      return value.participants.map(formatLink).join(', ');
    case 'roles':
      return value.roles.map(roleText).join('; ');
    case 'date':
    case 'amount':
      return value.text;
    case 'factuality':
      return value.cue ? `${value.text} (“${value.cue}”)` : value.text;
    case 'reports':
      return value.reports.map(formatReportRow).join('; ');
    case 'disagreements':
      return value.disagreements.map((d) => `${d.label}: ${d.values.map((v) => `${v.sourceLabel} says ${v.value}`).join(', ')}`).join('; ');
  }
}

/** The reasoning behind each inferred part of a value, named by what it is about: shown one step away. */
export function fieldReasoning(value: FieldValue): Array<{ about: string; reasoning: string }> {
  const marked = (about: string, based: Partial<Based>) => {
    const mark = basisMark(based);
    return mark ? [{ about, reasoning: mark.reasoning }] : [];
  };
  switch (value.kind) {
    case 'text':
      return marked(value.text, value);
    case 'date':
      return marked(value.text, value);
    case 'links':
      return value.links.flatMap((link) => marked(link.name, link));
    case 'participants':
      return value.participants.flatMap((link) => marked(link.name, link));
    case 'roles':
      return value.roles.flatMap((role) => [...marked(role.title, role), ...(role.of ? marked(role.of.name, role.of) : [])]);
    case 'factuality':
    case 'amount':
    case 'reports':
    case 'disagreements':
      return [];
  }
}
