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

let incoming: Map<string, Array<[relation: string, id: string]>> | undefined;

/**
 * Target id → the records that point at it and how, built once. Each pointing record names a
 * target once, under its most specific link (a participant that is also the place "took part").
 */
function incomingLinks(): Map<string, Array<[string, string]>> {
  if (incoming) return incoming;
  const index = new Map<string, Array<[string, string]>>();
  const from = (id: string, links: Array<[target: string | undefined, relation: string]>) => {
    const named = new Set<string>();
    for (const [target, relation] of links) {
      if (target === undefined || named.has(target)) continue;
      named.add(target);
      const list = index.get(target) ?? [];
      list.push([relation, id]);
      index.set(target, list);
    }
  };
  for (const e of dataset.events) {
    from(e.id, [
      ...e.participants.map((p): [string, string] => [p.entity, `took part (${p.role})`]),
      [e.place, 'took place here'],
      [e.partOf, 'includes'],
      ...e.reportedBy.map((r): [string, string] => [r, 'reported']),
    ]);
  }
  for (const a of dataset.agreements) {
    from(a.id, [[a.signedAt, 'signed here'], [a.partOf, 'includes'], ...a.parties.map((p): [string, string] => [p, 'party to']), ...a.related.map((r): [string, string] => [r.agreement, 'related agreement'])]);
  }
  for (const q of dataset.quotes) from(q.id, [[q.speaker, 'said'], [q.event, 'said here'], ...q.about.map((e): [string, string] => [e, 'quote about'])]);
  for (const c of dataset.claims) from(c.id, [...c.holders.map((h): [string, string] => [h, 'holds']), ...c.about.map((e): [string, string] => [e, 'claim about'])]);
  for (const f of dataset.figures) from(f.id, [[f.statedBy, 'stated'], ...f.subjects.map((e): [string, string] => [e, 'figure about'])]);
  for (const e of dataset.entities) from(e.id, [[e.partOf, 'contains'], ...e.roles.map((r): [string | undefined, string] => [r.of, 'holds a role in'])]);
  incoming = index;
  return index;
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
  for (const [relation, otherId] of incomingLinks().get(id) ?? []) add(relation, otherId);

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
