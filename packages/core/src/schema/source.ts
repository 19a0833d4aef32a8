import { z } from 'zod';
import { RecordId } from './ids.js';
import { DateValue } from './date-value.js';
import { Evidence } from './evidence.js';

export const Sentence = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the sentence start (UTF-16 code units).'),
    end: z.number().int().positive().describe('Offset just past the sentence end, trailing spaces excluded.'),
  })
  .describe('A sentence of the article body, as segmented by the build.');
export type Sentence = z.infer<typeof Sentence>;

export const UncitedSentence = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the sentence start.'),
    end: z.number().int().positive().describe('Offset just past the sentence end.'),
    reason: z.string().min(1).describe('Why no record cites this sentence (e.g. pure transition text).'),
  })
  .describe('A sentence deliberately left without records, with the reason.');
export type UncitedSentence = z.infer<typeof UncitedSentence>;

export const UncitedTerm = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the term.'),
    end: z.number().int().positive().describe('Offset just past the term.'),
    text: z.string().min(1).describe('The term as printed.'),
    reason: z.string().min(1).describe('Why no record cites it.'),
  })
  .describe('A name, number or date expression deliberately left uncaptured, with the reason.');
export type UncitedTerm = z.infer<typeof UncitedTerm>;

export const Source = z
  .object({
    id: RecordId,
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/).describe('File name of the seed article under seeds/.'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the seed file bytes, hex.'),
    title: z.string().min(1).describe('A descriptive title (the seeds have none of their own).'),
    date: DateValue.describe('Publication date of the article: stated by a date line, or inferred from the text.'),
    bodyStart: z.number().int().nonnegative().describe('Offset where the article body starts (after any date line).'),
    bodyEnd: z.number().int().positive().describe('Offset where the article body ends (trailing whitespace excluded).'),
    length: z.number().int().positive().describe('Length of the whole seed text in UTF-16 code units.'),
    text: z.string().min(1).describe('The whole seed text, decoded as UTF-8, byte for byte.'),
    sentences: z.array(Sentence).describe('Sentences of the body, in order.'),
    uncited: z.array(UncitedSentence).describe('Sentences no record cites, each with the reason.'),
    uncitedTerms: z.array(UncitedTerm).describe('Names, numbers and dates no record cites, each with the reason.'),
    evidence: Evidence.describe('The span that dates the article or opens its body.'),
  })
  .describe('A seed article.');
export type Source = z.infer<typeof Source>;
