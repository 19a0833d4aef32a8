import { entitiesOf } from './involvement.js';
import MiniSearch from 'minisearch';
import type { CollectionName } from './schema/dataset.js';
import { specOf, titleOf } from './collections.js';
import { COLLECTION_NAMES, getRecord, records, type RecordRef } from './records.js';
import { spanContext } from './text.js';

export interface SnippetPart {
  text: string;
  /** True where the text matched the query. */
  match: boolean;
}

export interface SearchHit {
  id: string;
  collection: CollectionName;
  title: string;
  score: number;
  /** A sentence of evidence (or the title) with matched words marked. */
  snippet: SnippetPart[];
}

export interface SearchOptions {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Only these collections. */
  collections?: readonly CollectionName[];
}

interface SearchDocument {
  id: string;
  collection: CollectionName;
  title: string;
  /** An entity's own names and aliases; empty for other records so entities rank first by name. */
  names: string;
  body: string;
}

/** Queries longer than this are cut: fuzzy matching cost grows with every term. */
export const MAX_QUERY_LENGTH = 200;

function entityNames(ids: readonly (string | undefined)[]): string {
  const names: string[] = [];
  for (const id of ids) {
    const ref = id === undefined ? undefined : getRecord(id);
    if (ref?.collection === 'entities') names.push(ref.record.name, ...ref.record.aliases);
  }
  return names.join(' ');
}

/** What a record is found by: its title, the text its registry entry indexes, and for fact records the names of linked entities and the evidence of every report. */
function toDocument(ref: RecordRef): SearchDocument {
  const { names, body, linkedNames } = specOf(ref).search(ref.record);
  const linked = linkedNames ? [entityNames(entitiesOf(ref)), ...ref.record.evidence.map((s) => s.exact)] : [];
  return { id: ref.record.id, collection: ref.collection, title: titleOf(ref), names: names ?? '', body: [...body, ...linked].filter(Boolean).join(' ') };
}

let engine: MiniSearch<SearchDocument> | undefined;

/** The index is built on the first search, not at import. */
function searchEngine(): MiniSearch<SearchDocument> {
  if (engine) return engine;
  engine = new MiniSearch<SearchDocument>({
    fields: ['title', 'names', 'body'],
    storeFields: ['collection'],
    searchOptions: { boost: { title: 3, names: 2 }, prefix: true, fuzzy: 0.2 },
  });
  for (const collection of COLLECTION_NAMES) {
    engine.addAll(records(collection).map((record) => toDocument({ collection, record } as RecordRef)));
  }
  return engine;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Marks every word of `text` that starts with one of the matched terms. */
export function markTerms(text: string, terms: readonly string[]): SnippetPart[] {
  const lower = terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0);
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (!lower.some((t) => word.startsWith(t) || t.startsWith(word) && word.length >= 3)) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), match: false });
    parts.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

function snippetFor(ref: RecordRef, terms: readonly string[]): SnippetPart[] {
  const lower = terms.map((t) => t.toLowerCase());
  // Prefer the evidence sentence that contains a matched term; fall back to the title.
  for (const span of ref.record.evidence) {
    const context = spanContext(span);
    const sentence = context?.sentence.text ?? span.exact;
    if (lower.some((t) => sentence.toLowerCase().includes(t))) return markTerms(sentence, terms);
  }
  return markTerms(titleOf(ref), terms);
}

/**
 * Ranked full-text search over every record, tolerant of typos and prefixes. Accepts any string:
 * empty or punctuation-only queries return no hits, over-long ones are cut to MAX_QUERY_LENGTH.
 */
export function search(query: string, options: SearchOptions = {}): SearchHit[] {
  const q = String(query).slice(0, MAX_QUERY_LENGTH);
  if (!/[\p{L}\p{N}]/u.test(q)) return [];
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  const only = options.collections ? new Set(options.collections) : undefined;
  const results = searchEngine().search(q, only ? { filter: (r) => only.has(r.collection as CollectionName) } : {});
  const hits: SearchHit[] = [];
  for (const result of results.slice(0, limit)) {
    const ref = getRecord(String(result.id));
    if (!ref) continue;
    hits.push({ id: ref.record.id, collection: ref.collection, title: titleOf(ref), score: result.score, snippet: snippetFor(ref, result.terms) });
  }
  return hits;
}

/** "Did you mean" candidates for an id or name that matched nothing. */
export function suggest(input: string, limit = 3): string[] {
  return search(String(input).replace(/[-_]+/g, ' '), { limit }).map((hit) => hit.id);
}
