import {
  fieldReasoning,
  fieldText,
  formatReportRow,
  getRecord,
  recordFields,
  spanContext,
  titleOf,
  typeOf,
  type CollectionName,
  type FieldValue,
  type RecordRef,
  type SpanContext,
} from '@kztj/core';

export interface Field {
  key: string;
  label: string;
  /** The value on one line; for reports and disagreements, the first of `rows`. */
  value: string;
  /** One line per article, for reports and disagreements. */
  rows?: string[];
  /** Why an inferred value follows from the text: "Tajikistan: the article names Rahmon…", one per inferred value. */
  why?: string[];
}

/** What the terminal shows of one record, as plain data for both `kztj show` and the Ink view. */
export interface RecordDescription {
  id: string;
  collection: CollectionName;
  title: string;
  kind: string | undefined;
  fields: Field[];
  /** "happened", "will not happen"… for events and claims that carry it. */
  factuality: string | undefined;
  /** Each evidence span in its sentence, for highlighting. */
  evidence: SpanContext[];
}

/** "Emomali Rahmon", or the bare id when a reference does not resolve. */
export function nameOf(id: string): string {
  const ref = getRecord(id);
  return ref ? titleOf(ref) : id;
}

/** One line per article: each report, and each article's word where they disagree. */
function rowsOf(value: FieldValue): string[] | undefined {
  if (value.kind === 'reports') return value.reports.map(formatReportRow);
  if (value.kind === 'disagreements') return value.disagreements.flatMap((d) => d.values.map((v) => `${d.label}: ${v.value} (${v.sourceLabel})`));
  return undefined;
}

/** The core decides every label, value and mark (recordFields); the terminal only lays them out. */
function fieldsOf(ref: RecordRef): { fields: Field[]; factuality: string | undefined } {
  const fields = recordFields(ref).map((f): Field => {
    const field: Field = { key: f.key, label: f.label, value: fieldText(f.value) };
    const rows = rowsOf(f.value);
    if (rows) Object.assign(field, { rows, value: rows[0] ?? '' });
    // A single value (a date) needs no name before its reasoning; one of several (a participant) does.
    const why = fieldReasoning(f.value).map((r) => (r.about === field.value ? r.reasoning : `${r.about}: ${r.reasoning}`));
    if (why.length > 0) field.why = why;
    return field;
  });
  return { fields, factuality: fields.find((f) => f.key === 'factuality')?.value };
}

export function describeRecord(ref: RecordRef): RecordDescription {
  const { fields, factuality } = fieldsOf(ref);
  return {
    id: ref.record.id,
    collection: ref.collection,
    title: titleOf(ref),
    kind: typeOf(ref),
    fields,
    factuality,
    evidence: ref.record.evidence.map(spanContext).filter((c): c is SpanContext => c !== undefined),
  };
}
