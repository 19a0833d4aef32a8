// Route paths only, with no import of the data: client components use this module too.
import type { CollectionName } from '@kztj/core';

export interface CollectionLabel {
  singular: string;
  plural: string;
}

export const COLLECTION_LABELS: Readonly<Record<CollectionName, CollectionLabel>> = {
  sources: { singular: 'Source', plural: 'Sources' },
  entities: { singular: 'Entity', plural: 'Entities' },
  events: { singular: 'Event', plural: 'Events' },
  agreements: { singular: 'Agreement', plural: 'Agreements' },
  figures: { singular: 'Figure', plural: 'Figures' },
  quotes: { singular: 'Quote', plural: 'Quotes' },
  claims: { singular: 'Claim', plural: 'Claims' },
};

/** Each collection is served under its own name: /events, /events/<id>. */
export function collectionPath(collection: CollectionName): string {
  return `/${collection}`;
}

export function recordPath(collection: CollectionName, id: string): string {
  return `/${collection}/${encodeURIComponent(id)}`;
}

/** The record's own JSON, cut from the dataset at build time (scripts/copy-data.mjs). */
export function recordJsonPath(collection: CollectionName, id: string): string {
  return `/data/${collection}/${encodeURIComponent(id)}.json`;
}
