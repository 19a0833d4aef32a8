import { linksOf } from './collections.js';
import { COLLECTION_MODEL, type CollectionName } from './model.js';
import { sourcesOf } from './involvement.js';
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

/** The articles themselves (a data file each), as the model says. */
const isArticle = (collection: CollectionName) => COLLECTION_MODEL[collection].authoredIn === 'file';
/** Records that name something rather than say something (entities): the coverage rule's "cites nothing". */
const namesOnly = (collection: CollectionName) => COLLECTION_MODEL[collection].cites === 'none';

let sentenceIndex: Map<string, Set<string>> | undefined;

/** Sentence key → ids of records (entities by their mentions) whose evidence touches it; built once. */
function recordsBySentence(): Map<string, Set<string>> {
  if (sentenceIndex) return sentenceIndex;
  sentenceIndex = new Map();
  for (const collection of COLLECTION_NAMES) {
    // An article is not "in" its own sentences: it is what they are in.
    if (isArticle(collection)) continue;
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
  for (const collection of COLLECTION_NAMES) {
    for (const record of records(collection)) {
      const named = new Set<string>();
      for (const { link, inverse } of linksOf(collection, record, { reports: true })) {
        if (named.has(link.id)) continue;
        named.add(link.id);
        const list = index.get(link.id) ?? [];
        list.push([inverse, record.id]);
        index.set(link.id, list);
      }
    }
  }
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
  // Each report's own links too: an older article may name a place or a larger event the derived record does not.
  for (const { label, link } of linksOf(self.collection, self.record, { reports: true })) add(label, link.id);

  // Incoming links: records that point at this one.
  for (const [relation, otherId] of incomingLinks().get(id) ?? []) add(relation, otherId);

  if (isArticle(self.collection)) {
    for (const collection of COLLECTION_NAMES) {
      if (isArticle(collection) || namesOnly(collection)) continue;
      for (const record of records(collection)) {
        if (sourcesOf({ collection, record } as RecordRef).includes(id)) add('from this source', record.id);
      }
    }
    return out;
  }

  // Records citing the same sentences; entities there are the ones named alongside this record.
  const index = recordsBySentence();
  for (const key of sentenceKeys(spansOf(self))) {
    for (const other of index.get(key) ?? []) {
      const collection = getRecord(other)?.collection;
      add(collection !== undefined && namesOnly(collection) ? 'named in the same sentence' : 'same sentence', other);
    }
  }
  return out;
}
