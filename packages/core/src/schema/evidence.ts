import { z } from 'zod';
import { RecordId } from './ids.js';

/**
 * A span of a seed article, in the style of the W3C Web Annotation TextPositionSelector
 * (start/end) combined with a TextQuoteSelector (exact/prefix/suffix), so a span can be
 * re-anchored even if offsets are lost.
 *
 * Offsets count UTF-16 code units of the decoded seed text (JavaScript string indices), from the
 * first character of the file, so `text.slice(start, end) === exact` holds in any JS runtime.
 */
export const Span = z
  .object({
    source: RecordId.describe('Id of the source (seed article) the span is in.'),
    start: z.number().int().nonnegative().describe('Offset of the first character, in UTF-16 code units from the start of the seed text.'),
    end: z.number().int().positive().describe('Offset just past the last character (exclusive), in UTF-16 code units.'),
    exact: z.string().min(1).describe('The exact text of the span: seed.slice(start, end).'),
    prefix: z.string().describe('Up to 32 code units of seed text immediately before the span.'),
    suffix: z.string().describe('Up to 32 code units of seed text immediately after the span.'),
  })
  .refine((span) => span.end > span.start, { message: 'end must be greater than start', path: ['end'] })
  .refine((span) => span.exact.length === span.end - span.start, {
    message: 'exact must be exactly end - start code units long',
    path: ['exact'],
  })
  .describe('A verified span of seed text that a record was extracted from.');
export type Span = z.infer<typeof Span>;

/** Every record carries at least one span: a fact with no evidence is a bug. */
export const Evidence = z.array(Span).min(1).describe('The spans of seed text this record is drawn from; at least one.');
export type Evidence = z.infer<typeof Evidence>;
