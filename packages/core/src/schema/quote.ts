import { z } from 'zod';
import { RecordId } from './ids.js';
import { Evidence } from './evidence.js';

export const QuoteKind = z
  .enum(['direct', 'indirect'])
  .describe('direct: verbatim in quotation marks; indirect: reported speech ("X said" without quotation marks).');
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Quote = z
  .object({
    id: RecordId,
    kind: QuoteKind,
    text: z.string().min(1).describe('For direct quotes the words inside the quotation marks, verbatim; for indirect ones the reported words as printed.'),
    speaker: RecordId.describe('Who said it.'),
    event: RecordId.optional().describe('The event it was said at.'),
    about: z.array(RecordId).describe('Entities the quote is about.'),
    source: RecordId.describe('The source that prints it.'),
    evidence: Evidence,
  })
  .describe('A direct quote or clearly marked reported speech.');
export type Quote = z.infer<typeof Quote>;
