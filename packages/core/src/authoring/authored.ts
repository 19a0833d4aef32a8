import { z } from 'zod';
import { RecordId } from '../schema/ids.js';
import { DateBasis } from '../schema/date-value.js';
import { Basis } from '../schema/basis.js';
import { Factuality } from '../schema/factuality.js';
import { Entity, Role } from '../schema/entity.js';
import { Event, EventReport, Participant } from '../schema/event.js';
import { Agreement, AgreementRelation, AgreementReport } from '../schema/agreement.js';
import { Figure, FigureReport } from '../schema/figure.js';
import { Quote } from '../schema/quote.js';
import { Claim, ClaimReport } from '../schema/claim.js';
import { SourceCatalogue } from '../schema/source.js';
import type { CollectionName, ReportedCollection } from '../model.js';

/**
 * What authors write instead of a span: the exact words. The build finds them in the seed and
 * computes offsets. Matches count only at word boundaries, so "Kazakh" never matches inside
 * "Kazakhstan". A quote that occurs more than once must say which occurrence it means.
 */
export const QuoteRef = z
  .union([
    z.string().min(1).describe('The exact words; they must occur exactly once in the source.'),
    z
      .object({
        quote: z.string().min(1).describe('The exact words.'),
        source: RecordId.optional().describe('The article the words are in; defaults to the article of the file (required in entities.yaml).'),
        occurrence: z.number().int().min(1).optional().describe('Which occurrence (1-based) when the words occur more than once.'),
        within: z.string().min(1).optional().describe('A longer passage, occurring once, that contains the words: picks the occurrence inside it.'),
        all: z.literal(true).optional().describe('Take every occurrence (for entity mentions).'),
      })
      .strict(),
  ])
  .describe('Exact words of a source: a plain string, or an object that says which occurrence or which source.');
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
  .strict()
  .describe('A date as EDTF, with how it is known and the words it rests on.');
export type AuthoredDate = z.infer<typeof AuthoredDate>;

// The long form's fields, shared by links, participants, role `of` and agreement relations.
const authoredBasisFields = {
  basis: Basis.default('stated').describe('"stated" (default) when the words say it; "inferred" when it is worked out, with reasoning.'),
  reasoning: z.string().min(1).optional().describe('Required when inferred: why the value follows from the text.'),
  evidence: z
    .array(QuoteRef)
    .optional()
    .describe('The words that state it (or that it is inferred from). Omitted: derived for stated values, the report\'s evidence for inferred ones.'),
};

/**
 * A link to another record. A plain id is the common case: stated, with its evidence derived
 * from the mentions (or the record's evidence) inside the report's evidence, so an author only
 * writes words when the build cannot find them.
 */
export const AuthoredLink = z
  .union([
    RecordId.describe('Plain id: stated; the evidence is the target\'s mentions (or evidence) inside the report\'s evidence.'),
    z
      .object({
        id: RecordId.describe('The record linked to.'),
        ...authoredBasisFields,
      })
      .strict(),
  ])
  .describe('A link: a plain id (stated, evidence derived) or {id, basis?, reasoning?, evidence?}.');
export type AuthoredLink = z.infer<typeof AuthoredLink>;

export const AuthoredParticipant = z
  .object({
    entity: Participant.shape.entity,
    role: Participant.shape.role,
    ...authoredBasisFields,
  })
  .strict()
  .describe('An entity taking part, in a role; stated with derived evidence unless told otherwise.');
export type AuthoredParticipant = z.infer<typeof AuthoredParticipant>;

export const AuthoredAgreementRelation = z
  .object({
    agreement: AgreementRelation.shape.agreement,
    relation: AgreementRelation.shape.relation,
    note: AgreementRelation.shape.note,
    ...authoredBasisFields,
  })
  .strict()
  .describe('A link to another agreement; stated evidence is derived from the two agreements\' overlapping evidence in one article.');
export type AuthoredAgreementRelation = z.infer<typeof AuthoredAgreementRelation>;

const links = (description: string) => z.array(AuthoredLink).default([]).describe(description);

export const AuthoredEntity = Entity.pick({ id: true, type: true, name: true, description: true, codes: true, wikidata: true })
  .extend({
    aliases: z.array(z.string().min(1)).optional().describe('Extra names not found as mentions; mentions become aliases automatically.'),
    partOf: AuthoredLink.optional().describe(
      'Containing entity. A plain id is stated, with evidence from a sentence of any article that mentions both; quotes given here need their `source`.',
    ),
  })
  .strict()
  .describe('An entity of the registry; its aliases, roles, reports and evidence come from the articles.');
export type AuthoredEntity = z.infer<typeof AuthoredEntity>;

export const AuthoredRole = z
  .object({
    entity: RecordId.describe('Entity holding the role.'),
    title: Role.shape.title,
    of: AuthoredLink.optional().describe('Entity the role is held in; a plain id is stated by its mention inside the role\'s evidence.'),
    basis: Role.shape.basis.default('stated').describe('Basis of the office title itself: "inferred" when the text does not give the whole title.'),
    reasoning: Role.shape.reasoning,
    evidence: AuthoredEvidence,
  })
  .strict()
  .describe('A role or office an entity holds, as this article gives it.');
export type AuthoredRole = z.infer<typeof AuthoredRole>;

// --- Identity (declared once) and report (one per article) fields of each collection ---

const eventIdentity = {
  id: Event.shape.id,
  type: Event.shape.type,
  title: Event.shape.title,
  summary: Event.shape.summary,
  cameo: Event.shape.cameo,
  topics: z.array(z.string().min(1)).default([]).describe('Subjects discussed or covered, lower case.'),
};
const eventReport = {
  factuality: EventReport.shape.factuality,
  cue: EventReport.shape.cue,
  reportedBy: links('Who this article attributes the account to.'),
  date: AuthoredDate.optional().describe('When it happened or is to happen, as this article places it.'),
  place: AuthoredLink.optional().describe('Where it takes place, as this article says.'),
  participants: z.array(AuthoredParticipant).default([]).describe('Who takes part, with roles, as this article says.'),
  partOf: AuthoredLink.optional().describe('A larger event this is part of (an event id).'),
};

const agreementIdentity = {
  id: Agreement.shape.id,
  type: Agreement.shape.type,
  title: Agreement.shape.title,
  subject: Agreement.shape.subject,
  related: z.array(AuthoredAgreementRelation).default([]).describe('Related agreements, including across articles.'),
};
const agreementReport = {
  status: AgreementReport.shape.status,
  cue: AgreementReport.shape.cue,
  statusDate: AuthoredDate.optional().describe('When the status holds, as this article says.'),
  validity: AuthoredDate.optional().describe('Period of validity, where this article states it.'),
  parties: links('Who signs or is bound, as this article says.'),
  signedAt: AuthoredLink.optional().describe('The event where it is (to be) signed (an event id).'),
  partOf: AuthoredLink.optional().describe('A package of agreements it belongs to (an agreement id).'),
};

const figureIdentity = { id: Figure.shape.id, measure: Figure.shape.measure, kind: Figure.shape.kind };
const figureReport = {
  amount: FigureReport.shape.amount,
  amountMax: FigureReport.shape.amountMax,
  approximate: z.boolean().default(false).describe('True when the text hedges the number ("nearly", "about").'),
  unit: FigureReport.shape.unit,
  period: AuthoredDate.optional().describe('The time the number refers to, as this article says.'),
  subjects: links('Entities the number is about.'),
  statedBy: AuthoredLink.optional().describe('Who states the number, when the article attributes it.'),
};

const claimIdentity = { id: Claim.shape.id, kind: Claim.shape.kind, statement: Claim.shape.statement };
const claimReport = {
  holders: links('Who holds or states it in this article; empty when the article states it in its own voice.'),
  about: links('Entities the claim is about.'),
  date: AuthoredDate.optional().describe('Time the claim refers to, if any.'),
  factuality: ClaimReport.shape.factuality,
  cue: ClaimReport.shape.cue,
};

const evidence = { evidence: AuthoredEvidence.describe("The words of this article the report is drawn from; links' evidence is looked for inside them.") };
const record = { record: RecordId.describe('Id of a record declared in another article\'s file; its collection is found from the id.') };

/** An event declared by this article, with this article's report of it. */
export const AuthoredEvent = z.object({ ...eventIdentity, ...eventReport, ...evidence }).strict().describe('An event, declared with this article\'s report of it.');
export type AuthoredEvent = z.infer<typeof AuthoredEvent>;
/** This article's report of an event declared elsewhere (`reports:`). */
export const AuthoredEventReport = z.object({ ...record, ...eventReport, ...evidence }).strict().describe("This article's report of an event declared in another file.");
export type AuthoredEventReport = z.infer<typeof AuthoredEventReport>;

export const AuthoredAgreement = z.object({ ...agreementIdentity, ...agreementReport, ...evidence }).strict().describe('An agreement, declared with this article\'s report of it.');
export type AuthoredAgreement = z.infer<typeof AuthoredAgreement>;
export const AuthoredAgreementReport = z.object({ ...record, ...agreementReport, ...evidence }).strict().describe("This article's report of an agreement declared in another file.");
export type AuthoredAgreementReport = z.infer<typeof AuthoredAgreementReport>;

export const AuthoredFigure = z.object({ ...figureIdentity, ...figureReport, ...evidence }).strict().describe('A figure, declared with this article\'s statement of it.');
export type AuthoredFigure = z.infer<typeof AuthoredFigure>;
export const AuthoredFigureReport = z.object({ ...record, ...figureReport, ...evidence }).strict().describe("This article's statement of a figure declared in another file.");
export type AuthoredFigureReport = z.infer<typeof AuthoredFigureReport>;

export const AuthoredClaim = z.object({ ...claimIdentity, ...claimReport, ...evidence }).strict().describe('A claim, declared with this article\'s report of it.');
export type AuthoredClaim = z.infer<typeof AuthoredClaim>;
export const AuthoredClaimReport = z.object({ ...record, ...claimReport, ...evidence }).strict().describe("This article's report of a claim declared in another file.");
export type AuthoredClaimReport = z.infer<typeof AuthoredClaimReport>;

/**
 * An entry of `reports:` as first read: only `record` and `evidence` are checked here, because
 * which report fields are allowed depends on the record's collection, known once every file is read.
 */
export const AuthoredReportEntry = z
  .object({ ...record, ...evidence })
  .loose()
  .describe("This article's report of a record declared in another article's file; the other keys are that collection's report fields.");
export type AuthoredReportEntry = z.infer<typeof AuthoredReportEntry>;

export const AuthoredQuote = z
  .object({
    id: Quote.shape.id,
    kind: Quote.shape.kind,
    text: Quote.shape.text,
    speaker: AuthoredLink.describe('Who said it (an entity id, or the long form).'),
    event: AuthoredLink.optional().describe('The event it was said at (an event id, or the long form).'),
    about: links('Entities the quote is about.'),
    factuality: Factuality.default('happened').describe('happened (default) when the article reports the words as said; reported when it hedges ("reportedly").'),
    cue: Quote.shape.cue,
    ...evidence,
  })
  .strict()
  .describe('A direct quote or reported speech; quotes belong to their article and have no `reports:`.');
export type AuthoredQuote = z.infer<typeof AuthoredQuote>;

export const AuthoredUncited = z
  .object({
    sentence: QuoteRef.describe('Words from the sentence (the whole sentence or a unique part of it).'),
    reason: z.string().min(1).describe('Why no record cites it.'),
  })
  .strict()
  .describe('A sentence deliberately left uncited.');
export type AuthoredUncited = z.infer<typeof AuthoredUncited>;

export const AuthoredUncitedTerm = z
  .object({
    term: QuoteRef.describe('A name, number or date expression that no record cites.'),
    reason: z.string().min(1).describe('Why it is not captured.'),
  })
  .strict()
  .describe('A term deliberately left uncaptured.');
export type AuthoredUncitedTerm = z.infer<typeof AuthoredUncitedTerm>;

/** One file per seed article: data/sources/<source-id>.yaml. */
export const AuthoredSourceFile = z
  .object({
    id: RecordId,
    file: z.string().describe('Seed file name under seeds/.'),
    title: z.string().min(1).describe('A descriptive title (the seeds have none of their own).'),
    status: z.enum(['draft', 'reviewed']).default('reviewed').describe('Drafts are validated but left out of the published dataset.'),
    date: AuthoredDate.describe('Publication date: stated by the date line, or inferred with reasoning.'),
    entities: z.array(AuthoredEntity).default([]).describe('Entities first introduced by this source (used by ingest drafts); others live in entities.yaml.'),
    mentions: z.record(RecordId, z.array(QuoteRef)).default({}).describe('Entity id → every surface form in this source.'),
    roles: z.array(AuthoredRole).default([]).describe('Roles and offices this source gives.'),
    events: z.array(AuthoredEvent).default([]).describe('Events this article declares, each with this article\'s report.'),
    agreements: z.array(AuthoredAgreement).default([]).describe('Agreements this article declares, each with this article\'s report.'),
    figures: z.array(AuthoredFigure).default([]).describe('Figures this article declares, each with this article\'s statement.'),
    quotes: z.array(AuthoredQuote).default([]).describe('Quotes this article prints.'),
    claims: z.array(AuthoredClaim).default([]).describe('Claims this article declares, each with this article\'s report.'),
    reports: z.array(AuthoredReportEntry).default([]).describe('This article\'s reports of records declared in other articles\' files, by `record` id.'),
    uncited: z.array(AuthoredUncited).default([]).describe('Sentences no record cites, each with a reason.'),
    uncitedTerms: z.array(AuthoredUncitedTerm).default([]).describe('Names, numbers and dates the coverage lint may skip, each with a reason.'),
  })
  .strict()
  .describe('The records extracted from one seed article.');
export type AuthoredSourceFile = z.infer<typeof AuthoredSourceFile>;

/**
 * The authored schema of each collection: how a record is written in the data files (a source is
 * its whole file). Part of the collection registry; keyed like the model, so none is forgotten.
 */
export const AUTHORED_SCHEMAS = {
  sources: AuthoredSourceFile,
  entities: AuthoredEntity,
  events: AuthoredEvent,
  agreements: AuthoredAgreement,
  figures: AuthoredFigure,
  quotes: AuthoredQuote,
  claims: AuthoredClaim,
} as const satisfies Record<CollectionName, z.ZodType>;

/** How an article writes its report of a record another article declares (`reports:`). */
export const AUTHORED_REPORT_SCHEMAS = {
  events: AuthoredEventReport,
  agreements: AuthoredAgreementReport,
  figures: AuthoredFigureReport,
  claims: AuthoredClaimReport,
} as const satisfies Record<ReportedCollection, z.ZodType>;

/** data/entities.yaml: the shared registry, so one entity across articles is one record. */
export const AuthoredEntityRegistry = z.array(AuthoredEntity).describe('Every entity, across all sources.');
export type AuthoredEntityRegistry = z.infer<typeof AuthoredEntityRegistry>;

/** data/meta.yaml */
export const AuthoredMeta = z
  .object({
    dataVersion: z.string().regex(/^\d+\.\d+\.\d+$/).describe('Bump on every data change (see CHANGELOG).'),
    retiredIds: z.array(RecordId).default([]).describe('Ids removed from the data; never to be reused.'),
  })
  .strict()
  .describe('The data version and the retired ids.');
export type AuthoredMeta = z.infer<typeof AuthoredMeta>;

/** One entry of data/catalogue.yaml: what the publisher's page says of a seed (CATALOGUE.md). */
export const AuthoredCatalogueEntry = z
  .object({
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/).describe('The seed file the entry describes.'),
    publisher: SourceCatalogue.shape.publisher,
    site: SourceCatalogue.shape.site,
    url: z.string().min(1).describe('The article\'s address on the publisher\'s site; must parse as a URL.'),
    date: z
      .object({
        edtf: z.string().min(4).describe('The publisher\'s date, EDTF.'),
        how: z.string().min(1).describe('How the publisher\'s date is known (the URL, a date line).'),
      })
      .strict()
      .describe('The date the publisher gives the article; bounds are computed by the build.'),
    slugTitle: SourceCatalogue.shape.slugTitle,
    author: SourceCatalogue.shape.author,
  })
  .strict()
  .describe('Bibliographic facts about one seed, from the publisher (compiled with basis "catalogue").');
export type AuthoredCatalogueEntry = z.infer<typeof AuthoredCatalogueEntry>;

/** data/catalogue.yaml */
export const AuthoredCatalogue = z.array(AuthoredCatalogueEntry).describe('One entry per seed file.');
export type AuthoredCatalogue = z.infer<typeof AuthoredCatalogue>;
