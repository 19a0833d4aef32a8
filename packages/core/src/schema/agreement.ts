import { z } from 'zod';
import { COLLECTION_MODEL } from '../model.js';
import { RecordId } from './ids.js';
import { DateValue } from './date-value.js';
import { basisFields, Link, withBasisRules } from './basis.js';
import { reportFields, reportedRecordFields } from './report.js';

export const AgreementType = z
  .enum(COLLECTION_MODEL.agreements.kinds.values)
  .describe('Kind of document.');
export type AgreementType = z.infer<typeof AgreementType>;

export const AgreementStatus = z
  .enum(['planned', 'expected', 'signed', 'in-force'])
  .describe('planned (will/intend to sign), expected (expected to sign), signed, or in force.');
export type AgreementStatus = z.infer<typeof AgreementStatus>;

export const AgreementRelation = withBasisRules(
  z.object({
    agreement: RecordId.describe('The related agreement.'),
    relation: z.enum(['successor-of', 'predecessor-of', 'part-of', 'includes', 'same-kind']).describe('How it relates.'),
    note: z.string().min(1).optional().describe('Why the two are related.'),
    ...basisFields,
  }),
).describe('A link between agreements, possibly across articles, with its basis.');
export type AgreementRelation = z.infer<typeof AgreementRelation>;

/** What one article says of an agreement. */
export const AgreementReport = z
  .object({
    ...reportFields,
    status: AgreementStatus,
    cue: z.string().min(1).optional().describe('The words that signal the status ("will sign", "signed").'),
    statusDate: DateValue.optional().describe('When the status holds, as this article says: date signed, or the planned date.'),
    validity: DateValue.optional().describe('Period of validity, where this article states it (e.g. 2023/2025).'),
    parties: z.array(Link).describe('Who signs or is bound, as this article says.'),
    signedAt: Link.optional().describe('The event where it is (to be) signed.'),
    partOf: Link.optional().describe('A package of agreements it belongs to.'),
  })
  .describe("One article's report of an agreement.");
export type AgreementReport = z.infer<typeof AgreementReport>;

export const Agreement = z
  .object({
    id: RecordId,
    type: AgreementType,
    title: z.string().min(1).describe('Title as the text gives it.'),
    subject: z.string().min(1).describe('What the agreement is about, in the articles\' words.'),
    status: AgreementStatus.describe('Derived: the status of the latest report.'),
    statusDate: DateValue.optional().describe('Derived: the status date of the latest report that gives one.'),
    validity: DateValue.optional().describe('Derived: the validity of the latest report that gives one.'),
    parties: z.array(Link).describe("Derived: every report's parties, one per entity."),
    signedAt: Link.optional().describe('Derived: from the latest report that gives one.'),
    partOf: Link.optional().describe('Derived: from the latest report that gives one.'),
    related: z.array(AgreementRelation).describe('Related agreements, including across articles.'),
    reports: z.array(AgreementReport).min(1).describe("Each article's report, oldest article first."),
    ...reportedRecordFields,
  })
  .describe('A declaration, memorandum, programme, agreement, joint statement or contract.');
export type Agreement = z.infer<typeof Agreement>;
