import { dataset } from './dataset.js';
import { entitiesOf } from './involvement.js';
import { COLLECTION_NAMES, getRecord, records, type RecordRef } from './records.js';
import type { Span } from './schema/evidence.js';
import { getSource, sentenceAt } from './text.js';

export interface Relation {
  /** How the other record relates to this one, in words: "participant", "signed at", "same sentence"… */
  relation: string;
  /** The related record. */
  target: RecordRef;
}

function spansOf(ref: RecordRef): readonly Span[] {
  return ref.record.evidence;
}

/** "source#sentenceStart" keys of the sentences a record's evidence touches. */
function sentenceKeys(spans: readonly Span[]): Set<string> {
  const keys = new Set<string>();
  for (const span of spans) {
    const source = getSource(span.source);
    if (!source) continue;
    for (const sentence of source.sentences) {
      if (sentence.start < span.end && span.start < sentence.end) keys.add(`${span.source}#${sentence.start}`);
    }
    const at = sentenceAt(source, span.start);
    if (at) keys.add(`${span.source}#${at.start}`);
  }
  return keys;
}

let sentenceIndex: Map<string, Set<string>> | undefined;

/** Sentence key → ids of records (entities by their mentions) whose evidence touches it; built once. */
function recordsBySentence(): Map<string, Set<string>> {
  if (sentenceIndex) return sentenceIndex;
  sentenceIndex = new Map();
  for (const collection of COLLECTION_NAMES) {
    if (collection === 'sources') continue;
    for (const record of records(collection)) {
      for (const key of sentenceKeys(record.evidence)) {
        const ids = sentenceIndex.get(key) ?? new Set<string>();
        ids.add(record.id);
        sentenceIndex.set(key, ids);
      }
    }
  }
  return sentenceIndex;
}

/**
 * Everything linked to a record: explicit links in both directions (who took part, where, what was
 * signed, who said it) and records that cite the same sentence. Each related record appears once,
 * under its most specific relation.
 */
export function related(id: string): Relation[] {
  const self = getRecord(id);
  if (!self) return [];
  const out: Relation[] = [];
  const seen = new Set<string>([id]);
  const add = (relation: string, targetId: string | undefined) => {
    if (targetId === undefined || seen.has(targetId)) return;
    const target = getRecord(targetId);
    if (!target) return;
    seen.add(targetId);
    out.push({ relation, target });
  };

  // Outgoing links, named from this record's point of view.
  const r = self;
  switch (r.collection) {
    case 'events':
      r.record.participants.forEach((p) => add(p.role, p.entity));
      add('place', r.record.place);
      add('part of', r.record.partOf);
      r.record.reportedBy.forEach((e) => add('reported by', e));
      break;
    case 'agreements':
      r.record.parties.forEach((e) => add('party', e));
      add('signed at', r.record.signedAt);
      add('part of', r.record.partOf);
      r.record.related.forEach((rel) => add(rel.relation.replace(/-/g, ' '), rel.agreement));
      break;
    case 'figures':
      add('stated by', r.record.statedBy);
      r.record.subjects.forEach((e) => add('about', e));
      break;
    case 'quotes':
      add('speaker', r.record.speaker);
      add('said at', r.record.event);
      r.record.about.forEach((e) => add('about', e));
      break;
    case 'claims':
      r.record.holders.forEach((e) => add('held by', e));
      r.record.about.forEach((e) => add('about', e));
      break;
    case 'entities':
      add('part of', r.record.partOf);
      r.record.roles.forEach((role) => add(`${role.title}`, role.of));
      break;
    case 'sources':
      break;
  }

  // Incoming links: records that point at this one.
  for (const event of dataset.events) {
    const p = event.participants.find((x) => x.entity === id);
    if (p) add(`took part (${p.role})`, event.id);
    else if (event.place === id) add('took place here', event.id);
    else if (event.partOf === id) add('includes', event.id);
    else if (event.reportedBy.includes(id)) add('reported', event.id);
  }
  for (const agreement of dataset.agreements) {
    if (agreement.signedAt === id) add('signed here', agreement.id);
    else if (agreement.partOf === id) add('includes', agreement.id);
    else if (agreement.parties.includes(id)) add('party to', agreement.id);
    else if (agreement.related.some((rel) => rel.agreement === id)) add('related agreement', agreement.id);
  }
  for (const quote of dataset.quotes) {
    if (quote.speaker === id) add('said', quote.id);
    else if (quote.event === id) add('said here', quote.id);
    else if (quote.about.includes(id)) add('quote about', quote.id);
  }
  for (const claim of dataset.claims) {
    if (claim.holders.includes(id)) add('holds', claim.id);
    else if (claim.about.includes(id)) add('claim about', claim.id);
  }
  for (const figure of dataset.figures) {
    if (figure.statedBy === id) add('stated', figure.id);
    else if (figure.subjects.includes(id)) add('figure about', figure.id);
  }
  for (const entity of dataset.entities) {
    if (entity.partOf === id) add('contains', entity.id);
    else if (entity.roles.some((role) => role.of === id)) add('holds a role in', entity.id);
  }

  if (self.collection === 'sources') {
    for (const collection of COLLECTION_NAMES) {
      if (collection === 'sources' || collection === 'entities') continue;
      for (const record of records(collection)) if (record.source === id) add('from this source', record.id);
    }
    return out;
  }

  // Records citing the same sentences; entities there are the ones named alongside this record.
  const index = recordsBySentence();
  for (const key of sentenceKeys(spansOf(self))) {
    for (const other of index.get(key) ?? []) add(getRecord(other)?.collection === 'entities' ? 'named in the same sentence' : 'same sentence', other);
  }
  return out;
}
