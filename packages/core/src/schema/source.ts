import { z } from 'zod';
import { IsoDay, RecordId } from './ids.js';
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

/**
 * Facts about the article from the publisher's page (CATALOGUE.md), not from its text: they are
 * kept apart so the text's own evidence is never silently replaced by the catalogue's.
 */
export const SourceCatalogue = z
  .object({
    basis: z.literal('catalogue').describe('Always "catalogue": these facts come from the publisher\'s page, not from the article text.'),
    publisher: z.string().min(1).describe('Who published the article, e.g. "The Astana Times".'),
    site: z.string().min(1).describe('The publisher\'s site, e.g. "astanatimes.com".'),
    url: z.url().describe('The article\'s address on the publisher\'s site.'),
    date: z
      .object({
        edtf: z.string().min(4).describe('The publisher\'s date, EDTF.'),
        earliest: IsoDay,
        latest: IsoDay,
        how: z.string().min(1).describe('How the publisher\'s date is known (the URL, a date line).'),
      })
      .describe('The date the publisher gives the article.'),
    slugTitle: z.string().min(1).optional().describe('The words of the URL slug: a paraphrase of the headline, not the headline.'),
    author: z.string().min(1).optional().describe('The author, where the catalogue names one.'),
  })
  .describe('Bibliographic facts about an article, from the publisher (basis: catalogue).');
export type SourceCatalogue = z.infer<typeof SourceCatalogue>;

export const Source = z
  .object({
    id: RecordId,
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/).describe('File name of the seed article under seeds/.'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the seed file bytes, hex.'),
    title: z.string().min(1).describe('A descriptive title (the seeds have none of their own).'),
    date: DateValue.describe('Date of the article as its text gives it: stated by a date line, or inferred from the text.'),
    catalogue: SourceCatalogue.optional().describe('Facts about the article from the publisher, kept apart from what the text states.'),
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
