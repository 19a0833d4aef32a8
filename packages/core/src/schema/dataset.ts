import { z } from 'zod';
import { Source } from './source.js';
import { Entity } from './entity.js';
import { Event } from './event.js';
import { Agreement } from './agreement.js';
import { Figure } from './figure.js';
import { Quote } from './quote.js';
import { Claim } from './claim.js';

export const COLLECTIONS = ['sources', 'entities', 'events', 'agreements', 'figures', 'quotes', 'claims'] as const;

export const CollectionName = z.enum(COLLECTIONS).describe('Name of a collection of records.');
export type CollectionName = z.infer<typeof CollectionName>;

export const Dataset = z
  .object({
    dataVersion: z.string().regex(/^\d+\.\d+\.\d+$/).describe('Semantic version of the data, bumped on every data change.'),
    retiredIds: z.array(z.string()).describe('Ids that were used once and must never be reused.'),
    sources: z.array(Source),
    entities: z.array(Entity),
    events: z.array(Event),
    agreements: z.array(Agreement),
    figures: z.array(Figure),
    quotes: z.array(Quote),
    claims: z.array(Claim),
  })
  .describe('The whole kztj knowledge base.');
export type Dataset = z.infer<typeof Dataset>;
