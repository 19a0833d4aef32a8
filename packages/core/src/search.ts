import { entitiesOf } from './involvement.js';
import MiniSearch from 'minisearch';
import type { CollectionName } from './schema/dataset.js';
import { specOf, titleOf } from './collections.js';
import { COLLECTION_NAMES, getRecord, records, type RecordRef } from './records.js';
import { spanContext } from './text.js';
import { SEARCH_MATCHING, markMatches } from './match-ranges.js';

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
    searchOptions: { boost: { title: 3, names: 2 }, ...SEARCH_MATCHING },
  });
  for (const collection of COLLECTION_NAMES) {
    engine.addAll(records(collection).map((record) => toDocument({ collection, record } as RecordRef)));
  }
  return engine;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Marks every word of `text` that starts with one of the matched terms.
 * @deprecated Use markMatches(query, text), which marks what the search really matched.
 */
export function markTerms(text: string, terms: readonly string[]): SnippetPart[] {
  const lower = terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0);
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (!lower.some((t) => word.startsWith(t))) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), match: false });
    parts.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** Characters of context kept either side of the first match when the snippet is a long text. */
const CONTEXT = { before: 60, after: 140 };

/** A long text cut to a window around its first match, with "…" where it was cut. */
function windowAround(parts: SnippetPart[]): SnippetPart[] {
  const text = parts.map((p) => p.text).join('');
  if (text.length <= CONTEXT.before + CONTEXT.after) return parts;
  let offset = 0;
  let first = 0;
  for (const part of parts) {
    if (part.match) {
      first = offset;
      break;
    }
    offset += part.text.length;
  }
  const from = Math.max(0, first - CONTEXT.before);
  const to = Math.min(text.length, first + CONTEXT.after);
  const cut: SnippetPart[] = [];
  offset = 0;
  for (const part of parts) {
    const [start, end] = [offset, offset + part.text.length];
    offset = end;
    if (end <= from || start >= to) continue;
    // A matched word is never cut in two.
    const piece = part.match ? part.text : part.text.slice(Math.max(0, from - start), Math.min(part.text.length, to - start));
    cut.push({ text: piece, match: part.match });
  }
  if (from > 0) cut.unshift({ text: '…', match: false });
  if (to < text.length) cut.push({ text: '…', match: false });
  return cut;
}

/**
 * The hit's snippet: the first text it is found by that shows a match, so every hit carries its
 * visible reason: an evidence sentence, else the title, else its names, else the indexed text
 * (a linked entity's name, a field) around the match.
 */
function snippetFor(ref: RecordRef, query: string): SnippetPart[] {
  const document = toDocument(ref);
  const sentences = ref.record.evidence.map((span) => spanContext(span)?.sentence.text ?? span.exact);
  for (const text of [...sentences, document.title, document.names, document.body]) {
    const parts = markMatches(query, text);
    if (parts.some((p) => p.match)) return windowAround(parts);
  }
  return [{ text: document.title, match: false }];
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
    hits.push({ id: ref.record.id, collection: ref.collection, title: titleOf(ref), score: result.score, snippet: snippetFor(ref, q) });
  }
  return hits;
}

/** "Did you mean" candidates for an id or name that matched nothing. */
export function suggest(input: string, limit = 3): string[] {
  return search(String(input).replace(/[-_]+/g, ' '), { limit }).map((hit) => hit.id);
}
