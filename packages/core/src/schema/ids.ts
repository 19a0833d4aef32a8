import { z } from 'zod';

/** Ids are stable, kebab-case and unique across every collection, so one id names one record. */
export const RecordId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "emomali-rahmon"')
  .describe('Stable kebab-case id, unique across all collections and never reused once retired.');
export type RecordId = z.infer<typeof RecordId>;

/** ISO calendar day, used for the precomputed bounds of an EDTF date. */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO day YYYY-MM-DD')
  .describe('An ISO 8601 calendar day, YYYY-MM-DD.');
export type IsoDay = z.infer<typeof IsoDay>;
