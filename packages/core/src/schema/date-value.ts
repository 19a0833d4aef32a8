import { z } from 'zod';
import { IsoDay } from './ids.js';
import { Span } from './evidence.js';

export const DateBasis = z
  .enum(['stated', 'inferred'])
  .describe('"stated" when the text gives the value; "inferred" when it is worked out (reasoning then says how).');
export type DateBasis = z.infer<typeof DateBasis>;

export const DatePrecision = z
  .enum(['day', 'month', 'year', 'interval', 'one-of'])
  .describe('How precise the EDTF value is: a day, month or year; "interval" for a period (2023/2025); "one-of" for one unknown day of a set ([2018-01-01..2018-03-14]).');
export type DatePrecision = z.infer<typeof DatePrecision>;

/** A date as EDTF (ISO 8601-2) plus precomputed bounds, so consumers sort without an EDTF parser. */
export const DateValue = z
  .object({
    edtf: z.string().min(4).describe('The date as an EDTF string: 2018-03-15, 2018-03, 2018-03-14?, 2023/2025, [2018-01-01..2018-03-14], /2023-05-04.'),
    earliest: IsoDay.describe('First calendar day the EDTF value can denote; 0000-01-01 when the start is open or unknown.'),
    latest: IsoDay.describe('Last calendar day the EDTF value can denote; 9999-12-31 when the end is open or unknown.'),
    precision: DatePrecision,
    uncertain: z.boolean().describe('True when the EDTF value is marked uncertain (?) or approximate (~).'),
    basis: DateBasis,
    reasoning: z.string().min(1).optional().describe('For inferred dates: why the value follows from the text.'),
    evidence: z.array(Span).describe('The words that state or imply the date; may be empty only for inferred dates.'),
  })
  .refine((date) => date.basis === 'stated' || date.reasoning !== undefined, {
    message: 'an inferred date needs its reasoning',
    path: ['reasoning'],
  })
  .refine((date) => date.basis === 'inferred' || date.evidence.length > 0, {
    message: 'a stated date needs the span that states it',
    path: ['evidence'],
  })
  .describe('A date with its EDTF value, bounds, and how it is known.');
export type DateValue = z.infer<typeof DateValue>;
