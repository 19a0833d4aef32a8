import { fieldText, getRecord, recordFields, spanContext, titleOf, typeOf, type CollectionName, type RecordRef, type SpanContext } from '@kztj/core';

export interface Field {
  label: string;
  value: string;
  /** Why an inferred value follows from the text, one line per inferred value. */
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

/** The core decides every label, value and mark; the terminal only lays them out. */
function fieldsOf(ref: RecordRef): { fields: Field[]; factuality: string | undefined } {
  const fields = recordFields(ref).map((f): Field => {
    const why = f.items.filter((i) => i.inferred !== undefined).map((i) => `${i.text}: ${i.inferred || 'no reasoning given'}`);
    return why.length > 0 ? { label: f.label, value: fieldText(f), why } : { label: f.label, value: fieldText(f) };
  });
  return { fields, factuality: fields.find((f) => f.label === 'Factuality')?.value };
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
