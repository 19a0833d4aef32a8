import { z } from 'zod';
import { IsoDay } from './ids.js';
import { Basis, basisFields, withBasisRules } from './basis.js';

/** A date's basis is any value's: one rule for every assertion. */
export const DateBasis = Basis;
export type DateBasis = z.infer<typeof DateBasis>;

export const DatePrecision = z
  .enum(['day', 'month', 'year', 'interval', 'one-of'])
  .describe('How precise the EDTF value is: a day, month or year; "interval" for a period (2023/2025); "one-of" for one unknown day of a set ([2018-01-01..2018-03-14]).');
export type DatePrecision = z.infer<typeof DatePrecision>;

/** A date as EDTF (ISO 8601-2) plus precomputed bounds, so consumers sort without an EDTF parser. */
export const DateValue = withBasisRules(
  z.object({
    edtf: z.string().min(4).describe('The date as an EDTF string: 2018-03-15, 2018-03, 2018-03-14?, 2023/2025, [2018-01-01..2018-03-14], /2023-05-04.'),
    earliest: IsoDay.describe('First calendar day the EDTF value can denote; 0000-01-01 when the start is open or unknown.'),
    latest: IsoDay.describe('Last calendar day the EDTF value can denote; 9999-12-31 when the end is open or unknown.'),
    precision: DatePrecision,
    uncertain: z.boolean().describe('True when the EDTF value is marked uncertain (?) or approximate (~).'),
    ...basisFields,
    reasoning: basisFields.reasoning.describe('For inferred dates: why the value follows from the text.'),
    evidence: basisFields.evidence.describe('The words that state or imply the date; may be empty only for inferred dates.'),
  }),
  'date',
).describe('A date with its EDTF value, bounds, and how it is known.');
export type DateValue = z.infer<typeof DateValue>;
