import { z } from 'zod';
import { COLLECTION_MODEL } from '../model.js';
import { RecordId } from './ids.js';
import { DateValue } from './date-value.js';
import { Factuality } from './factuality.js';
import { Link } from './basis.js';
import { reportFields, reportedRecordFields } from './report.js';

export const ClaimKind = z
  .enum(COLLECTION_MODEL.claims.kinds.values)
  .describe('opinion (a view attributed to someone), fact (stated as true in the article\'s voice), assessment (a characterisation), intention, or description.');
export type ClaimKind = z.infer<typeof ClaimKind>;

/** What one article says of a claim: who holds it there, and how the article frames it. */
export const ClaimReport = z
  .object({
    ...reportFields,
    holders: z.array(Link).describe('Who holds or states it in this article; empty when the article states it in its own voice.'),
    about: z.array(Link).describe('Entities the claim is about.'),
    date: DateValue.optional().describe('Time the claim refers to, if any.'),
    factuality: Factuality.optional().describe('For claims about the future or hearsay.'),
    cue: z.string().min(1).optional().describe('The words that signal the factuality or hedge ("reportedly", "expect").'),
  })
  .describe("One article's report of a claim.");
export type ClaimReport = z.infer<typeof ClaimReport>;

export const Claim = z
  .object({
    id: RecordId,
    kind: ClaimKind,
    statement: z.string().min(1).describe('The claim in plain words, close to the text.'),
    holders: z.array(Link).describe("Derived: every report's holders, one per entity."),
    about: z.array(Link).describe("Derived: every report's subjects, one per entity."),
    date: DateValue.optional().describe('Derived: the date of the latest report that gives one.'),
    factuality: Factuality.optional().describe('Derived: the factuality of the latest report that gives one.'),
    cue: z.string().min(1).optional().describe('Derived, with factuality.'),
    reports: z.array(ClaimReport).min(1).describe("Each article's report, oldest article first."),
    ...reportedRecordFields,
  })
  .describe('A statement that is not an event or a figure: an attributed opinion, a stated fact, an assessment.');
export type Claim = z.infer<typeof Claim>;
