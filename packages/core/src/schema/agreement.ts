import { z } from 'zod';
import { RecordId } from './ids.js';
import { DateValue } from './date-value.js';
import { Evidence } from './evidence.js';

export const AgreementType = z
  .enum(['declaration', 'memorandum', 'programme', 'intergovernmental-agreement', 'joint-statement', 'contract', 'package', 'legal-framework', 'other'])
  .describe('Kind of document.');
export type AgreementType = z.infer<typeof AgreementType>;

export const AgreementStatus = z
  .enum(['planned', 'expected', 'signed', 'in-force'])
  .describe('planned (will/intend to sign), expected (expected to sign), signed, or in force.');
export type AgreementStatus = z.infer<typeof AgreementStatus>;

export const AgreementRelation = z
  .object({
    agreement: RecordId.describe('The related agreement.'),
    relation: z.enum(['successor-of', 'predecessor-of', 'part-of', 'includes', 'same-kind']).describe('How it relates.'),
    note: z.string().min(1).optional().describe('Why the two are related.'),
  })
  .describe('A link between agreements, possibly across articles.');
export type AgreementRelation = z.infer<typeof AgreementRelation>;

export const Agreement = z
  .object({
    id: RecordId,
    type: AgreementType,
    title: z.string().min(1).describe('Title as the text gives it.'),
    subject: z.string().min(1).describe('What the agreement is about.'),
    parties: z.array(RecordId).describe('Who signs or is bound: countries, governments, ministries, institutes, companies.'),
    validity: DateValue.optional().describe('Period of validity, where stated (e.g. 2023/2025).'),
    status: AgreementStatus,
    statusDate: DateValue.optional().describe('When the status holds: date signed, or the planned date.'),
    signedAt: RecordId.optional().describe('The event where it is (to be) signed.'),
    partOf: RecordId.optional().describe('A package of agreements it belongs to.'),
    related: z.array(AgreementRelation).describe('Related agreements, including across articles.'),
    source: RecordId.describe('The source that reports it.'),
    evidence: Evidence,
  })
  .describe('A declaration, memorandum, programme, agreement, joint statement or contract.');
export type Agreement = z.infer<typeof Agreement>;
