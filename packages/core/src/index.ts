// @kztj/core: the validated dataset and pure, synchronous queries over it. No zod at runtime.
export { dataset } from './dataset.js';
export { version, dataVersion } from './version.js';
export { getRecord, allIds, records, isCollectionName, refOf, COLLECTION_NAMES } from './records.js';
export type { RecordRef, AnyRecord, RecordTypes } from './records.js';
export { list, timeline, facets, findCountry, matchesFilter } from './query.js';
export { findEntity, nameKey } from './find-entity.js';
export { SCHEMA_ORG_TYPES, schemaOrgDate } from './linked-data.js';
export type { RecordFilter, FacetValue, TimelineFacets, DatedEvent } from './query.js';
export { parseDateBound } from './date-bound.js';
export type { DateBound } from './date-bound.js';
export { related } from './related.js';
export type { Relation } from './related.js';
export { mentions, spanContext, sentenceAt, getSource, spanAt } from './text.js';
export type { SpanContext } from './text.js';
export { search, suggest, markTerms, MAX_QUERY_LENGTH } from './search.js';
export type { SearchHit, SearchOptions, SnippetPart } from './search.js';
export { matchRanges, markMatches, queryTerms, SEARCH_MATCHING } from './match-ranges.js';
export type { MatchRange } from './match-ranges.js';
export { annotations, segments, ANNOTATION_KINDS } from './annotations.js';
export type { Annotation, AnnotationKind, Segment } from './annotations.js';
export { entitiesOf, dateOf, sourcesOf, typeOf } from './involvement.js';
export { COLLECTION_MODEL, REPORTED_COLLECTIONS, datesOf, linksIn } from './model.js';
export type { CollectionModel, LinkFieldModel, DeriveModel, ReportedCollection } from './model.js';
export { COLLECTION_SPECS, collectionSpec, describeRecord, linksOf, linkValue, recordFields, titleOf } from './collections.js';
export type { CollectionSpec, CollectionSpecOf, RecordLink } from './collections.js';
export { indexColumns, recordColumns } from './collections.js';
export type { IndexColumn, IndexCell } from './collections.js';
export { basisMark, formatLink, formatReportRow, fieldText, fieldReasoning } from './field-value.js';
export type { Based, FieldKind, FieldValue, LinkValue, RecordField, ReportRow, DisagreementRow, RoleValue } from './field-value.js';
export {
  formatDate,
  formatYears,
  machineDate,
  formatAmount,
  formatFactuality,
  formatSpanAnchor,
  parseSpanAnchor,
  sourceLabel,
  labelSources,
  FACTUALITY_LABELS,
} from './format.js';
export { formatCatalogueDate } from './format.js';
export type { Dataset, CollectionName } from './schema/dataset.js';
export type { Source, SourceCatalogue, Sentence, UncitedSentence, UncitedTerm } from './schema/source.js';
export type { Basis, Link } from './schema/basis.js';
export type { Disagreement } from './schema/report.js';
export type { Entity, EntityReport, EntityType, Role, CountryCodes } from './schema/entity.js';
export type { Event, EventReport, EventType, Participant } from './schema/event.js';
export type { Agreement, AgreementReport, AgreementType, AgreementStatus, AgreementRelation } from './schema/agreement.js';
export type { Figure, FigureReport, FigureKind, FigureUnit } from './schema/figure.js';
export type { Quote, QuoteKind } from './schema/quote.js';
export type { Claim, ClaimReport, ClaimKind } from './schema/claim.js';
export type { Span, Evidence } from './schema/evidence.js';
export type { DateValue, DateBasis, DatePrecision } from './schema/date-value.js';
export type { Factuality } from './schema/factuality.js';
