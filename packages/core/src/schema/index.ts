// @kztj/core/schema: the zod schemas. Each schema and its inferred type share a name.
export { RecordId, IsoDay } from './ids.js';
export { Span, Evidence } from './evidence.js';
export { DateValue, DateBasis, DatePrecision } from './date-value.js';
export { Factuality } from './factuality.js';
export { Source, SourceCatalogue, Sentence, UncitedSentence, UncitedTerm } from './source.js';
export { Basis, Link } from './basis.js';
export { Disagreement } from './report.js';
export { Entity, EntityReport, EntityType, Role, CountryCodes } from './entity.js';
export { Event, EventReport, EventType, Participant } from './event.js';
export { Agreement, AgreementReport, AgreementType, AgreementStatus, AgreementRelation } from './agreement.js';
export { Figure, FigureReport, FigureKind, FigureUnit, PLAIN_UNITS } from './figure.js';
export { Quote, QuoteKind } from './quote.js';
export { Claim, ClaimReport, ClaimKind } from './claim.js';
export { Dataset, CollectionName, COLLECTIONS, COLLECTION_SCHEMAS } from './dataset.js';
