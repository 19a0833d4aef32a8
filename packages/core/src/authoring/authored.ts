import { z } from 'zod';
import { RecordId } from '../schema/ids.js';
import { DateBasis } from '../schema/date-value.js';
import { Entity, Role } from '../schema/entity.js';
import { Event } from '../schema/event.js';
import { Agreement } from '../schema/agreement.js';
import { Figure } from '../schema/figure.js';
import { Quote } from '../schema/quote.js';
import { Claim } from '../schema/claim.js';

/**
 * What authors write instead of a span: the exact words. The build finds them in the seed and
 * computes offsets. Matches count only at word boundaries, so "Kazakh" never matches inside
 * "Kazakhstan". A quote that occurs more than once must say which occurrence it means.
 */
export const QuoteRef = z.union([
  z.string().min(1).describe('The exact words; they must occur exactly once in the source.'),
  z
    .object({
      quote: z.string().min(1).describe('The exact words.'),
      occurrence: z.number().int().min(1).optional().describe('Which occurrence (1-based) when the words occur more than once.'),
      within: z.string().min(1).optional().describe('A longer passage, occurring once, that contains the words: picks the occurrence inside it.'),
      all: z.literal(true).optional().describe('Take every occurrence (for entity mentions).'),
    })
    .strict(),
]);
export type QuoteRef = z.infer<typeof QuoteRef>;

export const AuthoredEvidence = z.array(QuoteRef).min(1).describe('Exact words from the source; at least one.');
export type AuthoredEvidence = z.infer<typeof AuthoredEvidence>;

export const AuthoredDate = z
  .object({
    edtf: z.string().min(4).describe('EDTF value: 2018-03-15, 2018-03, 2018-03-14?, 2023/2025.'),
    basis: DateBasis.default('stated'),
    reasoning: z.string().min(1).optional().describe('Required for inferred dates: why the value follows from the text.'),
    evidence: z.array(QuoteRef).default([]).describe('Words that state or imply the date.'),
  })
  .strict();
export type AuthoredDate = z.infer<typeof AuthoredDate>;

export const AuthoredEntity = Entity.omit({ aliases: true, roles: true, evidence: true })
  .extend({
    aliases: z.array(z.string().min(1)).optional().describe('Extra names not found as mentions; mentions become aliases automatically.'),
  })
  .strict();
export type AuthoredEntity = z.infer<typeof AuthoredEntity>;

export const AuthoredRole = z
  .object({
    entity: RecordId.describe('Entity holding the role.'),
    title: Role.shape.title,
    of: Role.shape.of,
    basis: Role.shape.basis.default('stated'),
    reasoning: Role.shape.reasoning,
    evidence: AuthoredEvidence,
  })
  .strict();
export type AuthoredRole = z.infer<typeof AuthoredRole>;

export const AuthoredEvent = Event.omit({ date: true, source: true, evidence: true, reportedBy: true, topics: true })
  .extend({
    date: AuthoredDate.optional(),
    reportedBy: z.array(RecordId).default([]),
    topics: z.array(z.string().min(1)).default([]),
    evidence: AuthoredEvidence,
  })
  .strict();
export type AuthoredEvent = z.infer<typeof AuthoredEvent>;

export const AuthoredAgreement = Agreement.omit({ validity: true, statusDate: true, source: true, evidence: true, related: true })
  .extend({
    validity: AuthoredDate.optional(),
    statusDate: AuthoredDate.optional(),
    related: Agreement.shape.related.default([]),
    evidence: AuthoredEvidence,
  })
  .strict();
export type AuthoredAgreement = z.infer<typeof AuthoredAgreement>;

export const AuthoredFigure = Figure.omit({ period: true, source: true, evidence: true, approximate: true, subjects: true })
  .extend({
    period: AuthoredDate.optional(),
    approximate: z.boolean().default(false),
    subjects: z.array(RecordId).default([]),
    evidence: AuthoredEvidence,
  })
  .strict();
export type AuthoredFigure = z.infer<typeof AuthoredFigure>;

export const AuthoredQuote = Quote.omit({ source: true, evidence: true, about: true })
  .extend({ about: z.array(RecordId).default([]), evidence: AuthoredEvidence })
  .strict();
export type AuthoredQuote = z.infer<typeof AuthoredQuote>;

export const AuthoredClaim = Claim.omit({ date: true, source: true, evidence: true, about: true })
  .extend({ date: AuthoredDate.optional(), about: z.array(RecordId).default([]), evidence: AuthoredEvidence })
  .strict();
export type AuthoredClaim = z.infer<typeof AuthoredClaim>;

export const AuthoredUncited = z
  .object({
    sentence: QuoteRef.describe('Words from the sentence (the whole sentence or a unique part of it).'),
    reason: z.string().min(1).describe('Why no record cites it.'),
  })
  .strict();
export type AuthoredUncited = z.infer<typeof AuthoredUncited>;

export const AuthoredUncitedTerm = z
  .object({
    term: QuoteRef.describe('A name, number or date expression that no record cites.'),
    reason: z.string().min(1).describe('Why it is not captured.'),
  })
  .strict();
export type AuthoredUncitedTerm = z.infer<typeof AuthoredUncitedTerm>;

/** One file per seed article: data/sources/<source-id>.yaml. */
export const AuthoredSourceFile = z
  .object({
    id: RecordId,
    file: z.string().describe('Seed file name under seeds/.'),
    title: z.string().min(1),
    status: z.enum(['draft', 'reviewed']).default('reviewed').describe('Drafts are validated but left out of the published dataset.'),
    date: AuthoredDate.describe('Publication date: stated by the date line, or inferred with reasoning.'),
    entities: z.array(AuthoredEntity).default([]).describe('Entities first introduced by this source (used by ingest drafts); others live in entities.yaml.'),
    mentions: z.record(RecordId, z.array(QuoteRef)).default({}).describe('Entity id → every surface form in this source.'),
    roles: z.array(AuthoredRole).default([]),
    events: z.array(AuthoredEvent).default([]),
    agreements: z.array(AuthoredAgreement).default([]),
    figures: z.array(AuthoredFigure).default([]),
    quotes: z.array(AuthoredQuote).default([]),
    claims: z.array(AuthoredClaim).default([]),
    uncited: z.array(AuthoredUncited).default([]),
    uncitedTerms: z.array(AuthoredUncitedTerm).default([]).describe('Names, numbers and dates the coverage lint may skip, each with a reason.'),
  })
  .strict()
  .describe('The records extracted from one seed article.');
export type AuthoredSourceFile = z.infer<typeof AuthoredSourceFile>;

/** data/entities.yaml: the shared registry, so one entity across articles is one record. */
export const AuthoredEntityRegistry = z.array(AuthoredEntity).describe('Every entity, across all sources.');
export type AuthoredEntityRegistry = z.infer<typeof AuthoredEntityRegistry>;

/** data/meta.yaml */
export const AuthoredMeta = z
  .object({
    dataVersion: z.string().regex(/^\d+\.\d+\.\d+$/).describe('Bump on every data change (see CHANGELOG).'),
    retiredIds: z.array(RecordId).default([]).describe('Ids removed from the data; never to be reused.'),
  })
  .strict();
export type AuthoredMeta = z.infer<typeof AuthoredMeta>;
