import { z } from 'zod';
import { RecordId } from './ids.js';
import { DateValue } from './date-value.js';
import { Evidence } from './evidence.js';
import { Factuality } from './factuality.js';

export const ClaimKind = z
  .enum(['opinion', 'fact', 'assessment', 'intention', 'description'])
  .describe('opinion (attributed view), fact (stated as true), assessment (a characterisation), intention, or description.');
export type ClaimKind = z.infer<typeof ClaimKind>;

export const Claim = z
  .object({
    id: RecordId,
    kind: ClaimKind,
    statement: z.string().min(1).describe('The claim in plain words, close to the text.'),
    holders: z.array(RecordId).describe('Who holds or states it; empty when the article states it in its own voice.'),
    about: z.array(RecordId).describe('Entities the claim is about.'),
    date: DateValue.optional().describe('Time the claim refers to, if any.'),
    factuality: Factuality.optional().describe('For claims about the future or hearsay.'),
    source: RecordId.describe('The source that makes it.'),
    evidence: Evidence,
  })
  .describe('A statement that is not an event or a figure: an attributed opinion, a stated fact, an assessment.');
export type Claim = z.infer<typeof Claim>;
