import { z } from 'zod';
import { COLLECTIONS, type CollectionName as ModelCollectionName } from '../model.js';
import { Source } from './source.js';
import { Entity } from './entity.js';
import { Event } from './event.js';
import { Agreement } from './agreement.js';
import { Figure } from './figure.js';
import { Quote } from './quote.js';
import { Claim } from './claim.js';

export { COLLECTIONS };

export const CollectionName = z.enum(COLLECTIONS).describe('Name of a collection of records.');
export type CollectionName = z.infer<typeof CollectionName>;

/** The record schema of each collection: the part of the collection registry that needs zod. */
export const COLLECTION_SCHEMAS = {
  sources: Source,
  entities: Entity,
  events: Event,
  agreements: Agreement,
  figures: Figure,
  quotes: Quote,
  claims: Claim,
} as const satisfies Record<ModelCollectionName, z.ZodType>;

export const Dataset = z
  .object({
    dataVersion: z.string().regex(/^\d+\.\d+\.\d+$/).describe('Semantic version of the data, bumped on every data change.'),
    retiredIds: z.array(z.string()).describe('Ids that were used once and must never be reused.'),
    ...(Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(COLLECTION_SCHEMAS[c])])) as {
      [C in CollectionName]: z.ZodArray<(typeof COLLECTION_SCHEMAS)[C]>;
    }),
  })
  .describe('The whole kztj knowledge base.');
export type Dataset = z.infer<typeof Dataset>;
