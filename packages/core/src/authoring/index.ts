// @kztj/core/authoring: the authoring format and the compiler, for tools that write data
// (ingest, editors). Node only; it brings zod, yaml and edtf, which the main entry never loads.
export {
  QuoteRef,
  AuthoredEvidence,
  AuthoredDate,
  AuthoredEntity,
  AuthoredRole,
  AuthoredEvent,
  AuthoredAgreement,
  AuthoredFigure,
  AuthoredQuote,
  AuthoredClaim,
  AuthoredUncited,
  AuthoredUncitedTerm,
  AuthoredSourceFile,
  AuthoredEntityRegistry,
  AuthoredMeta,
  AUTHORED_SCHEMAS,
  AUTHORED_REPORT_SCHEMAS,
} from './authored.js';
export { coverage, citingSpans, uncitedSentences } from '../build/coverage.js';
export { COLLECTIONS, COLLECTION_MODEL, REPORTED_COLLECTIONS, ARTICLE_COLLECTIONS, datesOf, linksIn } from '../model.js';
export type { CollectionModel, LinkFieldModel, ReportedCollection, ArticleCollection } from '../model.js';
export type { SourceCoverage, SentenceCoverage } from '../build/coverage.js';
export type { CompileOptions } from '../build/compile.js';
export { compileDataset, bodyBounds, sha256, DATE_LINE } from '../build/compile.js';
export type { DataFile, DataInput, CompileResult } from '../build/compile.js';
export { loadData } from '../build/load-data.js';
export { resolveQuote, findOccurrences } from '../build/resolve-quote.js';
export type { QuoteResolution } from '../build/resolve-quote.js';
export { makeSpan, CONTEXT_LENGTH } from '../build/span.js';
export { segmentSentences } from '../build/sentences.js';
export { edtfBounds, compileDate } from '../build/compile-date.js';
export type { EdtfBounds } from '../build/compile-date.js';
export { formatProblem, formatPath, DataProblems } from '../build/problem.js';
export type { Problem } from '../build/problem.js';
export { writeDirectoryAtomically, writeFileAtomically } from '../build/write-atomic.js';
export { verifyEvidence } from '../build/verify.js';
