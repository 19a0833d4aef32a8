import type { z } from 'zod';
import { COLLECTIONS, type CollectionName } from './model.js';
import type { COLLECTION_SCHEMAS } from './schema/dataset.js';
import { dataset } from './dataset.js';

/** Each collection's record type, from its schema. */
export type RecordTypes = { [C in CollectionName]: z.infer<(typeof COLLECTION_SCHEMAS)[C]> };

/** A record together with the collection it belongs to; `collection` narrows `record`. */
export type RecordRef = { [C in CollectionName]: { collection: C; record: RecordTypes[C] } }[CollectionName];
export type AnyRecord = RecordTypes[CollectionName];

/** Every collection, in the model's order. */
export const COLLECTION_NAMES = COLLECTIONS;

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

/** A record with its collection, for the functions that take a RecordRef. */
export function refOf<C extends CollectionName>(collection: C, record: RecordTypes[C]): RecordRef {
  return { collection, record } as RecordRef;
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
