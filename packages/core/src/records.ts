import type { Agreement } from './schema/agreement.js';
import type { Claim } from './schema/claim.js';
import type { CollectionName } from './schema/dataset.js';
import type { Entity } from './schema/entity.js';
import type { Event } from './schema/event.js';
import type { Figure } from './schema/figure.js';
import type { Quote } from './schema/quote.js';
import type { Source } from './schema/source.js';
import { dataset } from './dataset.js';

export interface RecordTypes {
  sources: Source;
  entities: Entity;
  events: Event;
  agreements: Agreement;
  figures: Figure;
  quotes: Quote;
  claims: Claim;
}

/** A record together with the collection it belongs to; `collection` narrows `record`. */
export type RecordRef = { [C in CollectionName]: { collection: C; record: RecordTypes[C] } }[CollectionName];
export type AnyRecord = RecordTypes[CollectionName];

export const COLLECTION_NAMES = ['sources', 'entities', 'events', 'agreements', 'figures', 'quotes', 'claims'] as const satisfies readonly CollectionName[];

// A collection added to the schema but not listed above fails to compile here.
type Unlisted = Exclude<CollectionName, (typeof COLLECTION_NAMES)[number]>;
const everyCollectionListed: Unlisted extends never ? true : Unlisted = true;
void everyCollectionListed;

let byId: Map<string, RecordRef> | undefined;

/** Built on first use, so importing the package stays cheap. */
function index(): Map<string, RecordRef> {
  if (byId) return byId;
  byId = new Map();
  for (const collection of COLLECTION_NAMES) {
    for (const record of dataset[collection]) byId.set(record.id, { collection, record } as RecordRef);
  }
  return byId;
}

/** The record with this id, in any collection, or undefined. */
export function getRecord(id: string): RecordRef | undefined {
  return index().get(id);
}

/** Every record id, in collection order. */
export function allIds(): string[] {
  return [...index().keys()];
}

export function isCollectionName(name: string): name is CollectionName {
  return (COLLECTION_NAMES as readonly string[]).includes(name);
}

/** All records of a collection, in dataset order. */
export function records<C extends CollectionName>(collection: C): readonly RecordTypes[C][] {
  return dataset[collection] as unknown as readonly RecordTypes[C][];
}
