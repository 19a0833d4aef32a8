import { z } from 'zod';
import { COLLECTION_MODEL } from '../model.js';
import { RecordId } from './ids.js';
import { Evidence } from './evidence.js';
import { Factuality } from './factuality.js';
import { Link } from './basis.js';

export const QuoteKind = z
  .enum(COLLECTION_MODEL.quotes.kinds.values)
  .describe('direct: verbatim in quotation marks; indirect: reported speech ("X said" without quotation marks).');
export type QuoteKind = z.infer<typeof QuoteKind>;

/** Quotes stay tied to the article that prints them: the words are that article's, so there is no report list. */
export const Quote = z
  .object({
    id: RecordId,
    kind: QuoteKind,
    text: z.string().min(1).describe('For direct quotes the words inside the quotation marks, verbatim; for indirect ones the reported words as printed.'),
    speaker: Link.describe('Who said it.'),
    event: Link.optional().describe('The event it was said at.'),
    about: z.array(Link).describe('Entities the quote is about.'),
    factuality: Factuality.describe('happened when the article reports the words as said; reported when it hedges ("reportedly").'),
    cue: z.string().min(1).optional().describe('The hedge or attribution words ("reportedly", "said").'),
    source: RecordId.describe('The article that prints it.'),
    evidence: Evidence,
  })
  .describe('A direct quote or clearly marked reported speech.');
export type Quote = z.infer<typeof Quote>;
