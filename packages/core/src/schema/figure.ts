import { z } from 'zod';
import { COLLECTION_MODEL } from '../model.js';
import { RecordId } from './ids.js';
import { DateValue } from './date-value.js';
import { Link } from './basis.js';
import { reportFields, reportedRecordFields } from './report.js';

/** Units that are not currencies; currencies are ISO 4217 codes and checked against Intl's list. */
export const PLAIN_UNITS = ['percent', 'count', 'years', 'rank', 'ordinal'] as const;

const knownCurrencies: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export const FigureUnit = z
  .string()
  .refine((unit) => (PLAIN_UNITS as readonly string[]).includes(unit) || knownCurrencies.has(unit), {
    message: `expected an ISO 4217 currency code (USD, KZT, …) or one of ${PLAIN_UNITS.join(', ')}`,
  })
  .describe('ISO 4217 currency code, or percent, count, years, rank, ordinal.');
export type FigureUnit = z.infer<typeof FigureUnit>;

export const FigureKind = z
  .enum(COLLECTION_MODEL.figures.kinds.values)
  .describe('actual value, target, growth (change), total (a stock, a count of all), or rank.');
export type FigureKind = z.infer<typeof FigureKind>;

/** What one article says of a number: the amount is stated by the report's evidence. */
export const FigureReport = z
  .object({
    ...reportFields,
    amount: z.number().finite().describe('The number in base units (1.4 billion → 1400000000; 18.5 percent → 18.5).'),
    amountMax: z.number().finite().optional().describe('Upper end when the text gives a range ("two or three").'),
    approximate: z.boolean().describe('True when the text hedges the number ("nearly", "about").'),
    unit: FigureUnit,
    period: DateValue.optional().describe('The time the number refers to, as this article says.'),
    subjects: z.array(Link).describe('Entities the number is about.'),
    statedBy: Link.optional().describe('Who states the number, when the article attributes it.'),
  })
  .describe("One article's statement of a number.");
export type FigureReport = z.infer<typeof FigureReport>;

export const Figure = z
  .object({
    id: RecordId,
    measure: z.string().min(1).describe('What the number measures, e.g. "bilateral trade turnover".'),
    kind: FigureKind,
    amount: z.number().finite().describe('Derived: the amount of the latest report (disagreements lists the others).'),
    amountMax: z.number().finite().optional().describe('Derived, with amount.'),
    approximate: z.boolean().describe('Derived, with amount.'),
    unit: FigureUnit.describe('Derived, with amount.'),
    period: DateValue.optional().describe('Derived: the period of the latest report that gives one.'),
    subjects: z.array(Link).describe("Derived: every report's subjects, one per entity."),
    statedBy: Link.optional().describe('Derived: from the latest report that gives one.'),
    reports: z.array(FigureReport).min(1).describe("Each article's report, oldest article first."),
    ...reportedRecordFields,
  })
  .describe('A number the articles state: an amount, percentage, count, duration or rank.');
export type Figure = z.infer<typeof Figure>;
