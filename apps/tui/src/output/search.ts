import type { SearchHit } from '@kztj/core';
import { json, mark } from './table.js';

/** One hit a line (id, collection, title), with its marked snippet indented below. */
export function searchPlain(hits: readonly SearchHit[]): string {
  if (hits.length === 0) return '';
  const idWidth = Math.max(...hits.map((h) => h.id.length));
  const collectionWidth = Math.max(...hits.map((h) => h.collection.length));
  return hits
    .map((hit) => {
      const snippet = hit.snippet.map((part) => (part.match ? mark(part.text) : part.text)).join('');
      return `${hit.id.padEnd(idWidth)}  ${hit.collection.padEnd(collectionWidth)}  ${hit.title}\n    ${snippet}\n`;
    })
    .join('');
}

export function searchJson(hits: readonly SearchHit[]): string {
  return json(hits);
}
