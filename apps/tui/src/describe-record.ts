import {
  formatAmount,
  formatDate,
  formatFactuality,
  getRecord,
  spanContext,
  titleOf,
  typeOf,
  type CollectionName,
  type DateValue,
  type Factuality,
  type RecordRef,
  type SpanContext,
} from '@kztj/core';

export interface Field {
  label: string;
  value: string;
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

const names = (ids: readonly string[]) => ids.map(nameOf).join(', ');

function dateFields(label: string, date: DateValue | undefined): Field[] {
  if (!date) return [];
  const fields = [{ label, value: formatDate(date) }];
  if (date.reasoning) fields.push({ label: `${label} reasoning`, value: date.reasoning });
  return fields;
}

function factualityText(factuality: Factuality | undefined, cue?: string): string | undefined {
  if (!factuality) return undefined;
  return cue ? `${formatFactuality(factuality)} (“${cue}”)` : formatFactuality(factuality);
}

/** Drops fields with nothing to say, so every view lists only what the record has. */
function present(fields: Array<Field | '' | undefined | false>): Field[] {
  return fields.filter((f): f is Field => Boolean(f) && (f as Field).value !== '');
}

function fieldsOf(ref: RecordRef): { fields: Field[]; factuality: string | undefined } {
  switch (ref.collection) {
    case 'sources': {
      const s = ref.record;
      return {
        factuality: undefined,
        fields: present([
          { label: 'File', value: s.file },
          ...dateFields('Published', s.date),
          { label: 'SHA-256', value: s.sha256 },
          { label: 'Length', value: `${s.length} characters, ${s.sentences.length} sentences` },
        ]),
      };
    }
    case 'entities': {
      const e = ref.record;
      return {
        factuality: undefined,
        fields: present([
          { label: 'Type', value: e.type },
          { label: 'Description', value: e.description },
          { label: 'Aliases', value: e.aliases.join('; ') },
          ...e.roles.map((role) => ({ label: 'Role', value: `${role.title} (as of ${role.asOf}, ${nameOf(role.source)})` })),
          e.codes && { label: 'ISO 3166-1', value: `${e.codes.alpha2} / ${e.codes.alpha3} / ${e.codes.numeric}` },
          e.wikidata && { label: 'Wikidata', value: e.wikidata },
          e.partOf && { label: 'Part of', value: nameOf(e.partOf) },
        ]),
      };
    }
    case 'events': {
      const e = ref.record;
      const factuality = factualityText(e.factuality, e.cue);
      return {
        factuality,
        fields: present([
          { label: 'Type', value: `${e.type} (CAMEO ${e.cameo})` },
          { label: 'Summary', value: e.summary },
          ...dateFields('Date', e.date),
          e.place && { label: 'Place', value: nameOf(e.place) },
          { label: 'Participants', value: e.participants.map((p) => `${nameOf(p.entity)} (${p.role})`).join(', ') },
          { label: 'Topics', value: e.topics.join(', ') },
          { label: 'Factuality', value: factuality ?? '' },
          { label: 'Reported by', value: names(e.reportedBy) },
          e.partOf && { label: 'Part of', value: nameOf(e.partOf) },
          { label: 'Source', value: nameOf(e.source) },
        ]),
      };
    }
    case 'agreements': {
      const a = ref.record;
      return {
        factuality: undefined,
        fields: present([
          { label: 'Type', value: a.type },
          { label: 'Subject', value: a.subject },
          { label: 'Status', value: a.statusDate ? `${a.status}, ${formatDate(a.statusDate)}` : a.status },
          { label: 'Parties', value: names(a.parties) },
          ...dateFields('Valid', a.validity),
          a.signedAt && { label: 'Signed at', value: nameOf(a.signedAt) },
          a.partOf && { label: 'Part of', value: nameOf(a.partOf) },
          ...a.related.map((r) => ({ label: 'Related', value: `${r.relation.replace(/-/g, ' ')} ${nameOf(r.agreement)}${r.note ? ` — ${r.note}` : ''}` })),
          { label: 'Source', value: nameOf(a.source) },
        ]),
      };
    }
    case 'figures': {
      const f = ref.record;
      return {
        factuality: undefined,
        fields: present([
          { label: 'Value', value: formatAmount(f) },
          { label: 'Measure', value: f.measure },
          { label: 'Kind', value: f.kind },
          ...dateFields('Period', f.period),
          { label: 'About', value: names(f.subjects) },
          f.statedBy && { label: 'Stated by', value: nameOf(f.statedBy) },
          { label: 'Source', value: nameOf(f.source) },
        ]),
      };
    }
    case 'quotes': {
      const q = ref.record;
      return {
        factuality: undefined,
        fields: present([
          { label: 'Kind', value: q.kind },
          { label: 'Speaker', value: nameOf(q.speaker) },
          { label: 'Text', value: q.kind === 'direct' ? `“${q.text}”` : q.text },
          q.event && { label: 'Said at', value: nameOf(q.event) },
          { label: 'About', value: names(q.about) },
          { label: 'Source', value: nameOf(q.source) },
        ]),
      };
    }
    case 'claims': {
      const c = ref.record;
      const factuality = factualityText(c.factuality);
      return {
        factuality,
        fields: present([
          { label: 'Kind', value: c.kind },
          { label: 'Statement', value: c.statement },
          { label: 'Held by', value: c.holders.length > 0 ? names(c.holders) : 'the article itself' },
          { label: 'About', value: names(c.about) },
          ...dateFields('Date', c.date),
          { label: 'Factuality', value: factuality ?? '' },
          { label: 'Source', value: nameOf(c.source) },
        ]),
      };
    }
  }
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
