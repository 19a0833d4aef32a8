import { z } from 'zod';
import { RecordId } from './ids.js';
import { Evidence } from './evidence.js';

/**
 * The fields every report carries: one article's account of a record. A record (event,
 * agreement, figure, claim, entity) is the real-world thing; each article that speaks of it adds
 * a report with the article, its evidence and what that article says.
 */
export const reportFields = {
  source: RecordId.describe('The article that gives this report.'),
  evidence: Evidence.describe('The spans of that article this report is drawn from; at least one.'),
};

/**
 * Where reports disagree on a field, every report's value is kept side by side: the derived
 * value never silently replaces another article's word.
 */
export const Disagreement = z
  .object({
    field: z.string().min(1).describe('The field the reports disagree on (factuality, date, place, status, amount…).'),
    values: z
      .array(
        z.object({
          source: RecordId.describe('The article.'),
          value: z.string().describe('What that article says, as a display string (an EDTF date, an id, a factuality).'),
        }),
      )
      .min(2)
      .describe('Each article\'s value, in report order.'),
  })
  .describe('Two or more reports of one record that give different values for one field.');
export type Disagreement = z.infer<typeof Disagreement>;

/** Fields of every multi-report record, derived by the build from its reports. */
export const reportedRecordFields = {
  sources: z.array(RecordId).min(1).describe('Every article that reports the record, in report order (oldest article first).'),
  disagreements: z.array(Disagreement).describe('Fields on which the reports disagree, with each article\'s value; empty when they agree.'),
  evidence: Evidence.describe('The evidence of every report, in report order.'),
};
