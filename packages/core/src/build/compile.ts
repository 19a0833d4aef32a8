import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  AUTHORED_REPORT_SCHEMAS,
  AuthoredEntityRegistry,
  AuthoredMeta,
  AuthoredSourceFile,
  type AuthoredDate,
  type AuthoredEntity,
  type AuthoredLink,
  type QuoteRef,
} from '../authoring/authored.js';
import {
  ARTICLE_COLLECTIONS,
  COLLECTION_MODEL,
  OWN_COLLECTIONS,
  REPORTED_COLLECTIONS,
  modelOf,
  withArticle,
  type CollectionName,
  type OwnCollection,
  type ReportedCollection,
} from '../model.js';
import { Dataset } from '../schema/dataset.js';
import type { DateValue } from '../schema/date-value.js';
import type { Span } from '../schema/evidence.js';
import type { Basis, Link } from '../schema/basis.js';
import type { Entity, EntityReport, Role } from '../schema/entity.js';
import type { EventReport } from '../schema/event.js';
import type { AgreementReport } from '../schema/agreement.js';
import type { FigureReport } from '../schema/figure.js';
import type { Quote } from '../schema/quote.js';
import type { ClaimReport } from '../schema/claim.js';
import type { Source, SourceCatalogue, UncitedSentence } from '../schema/source.js';
import { compileCatalogue } from './catalogue.js';
import { compileDate } from './compile-date.js';
import { coverageOfRecords, uncitedSentences } from './coverage.js';
import { deriveRecord, orderReports, type IdentityOf } from './derive.js';
import { statesNumber } from './number-words.js';
import { formatPath, type Problem } from './problem.js';
import { resolveQuote } from './resolve-quote.js';
import { segmentSentences } from './sentences.js';
import { makeSpan } from './span.js';
import { verifyEvidence } from './verify.js';

/** A parsed data file (YAML already turned into plain values) and where it came from. */
export interface DataFile {
  file: string;
  value: unknown;
}

export interface DataInput {
  meta: DataFile;
  entities: DataFile;
  /** data/catalogue.yaml; optional so test data can leave it out. */
  catalogue?: DataFile;
  sources: DataFile[];
  /** Seed file name → raw bytes. */
  seeds: ReadonlyMap<string, Uint8Array>;
}

export interface CompileOptions {
  /**
   * Also put draft articles in the dataset (their coverage is not enforced): for tools that need
   * a draft compiled as it would be once reviewed, such as ingest's coverage report.
   */
  includeDrafts?: boolean;
}

export interface CompileResult {
  /** Present only when there are no problems. */
  dataset?: Dataset;
  /** Ids of sources marked draft: validated, but left out of the dataset. */
  drafts: string[];
  problems: Problem[];
}

/** Matches the optional first line of a seed: `date YYYY-MM-DD` (the 2023 seed has a leading space). */
export const DATE_LINE = /^\s*date (\d{4}-\d{2}-\d{2})\b[ \t]*/;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Where the body starts and ends, skipping a `date` line and trailing whitespace. */
export function bodyBounds(text: string): { bodyStart: number; bodyEnd: number; statedDate?: string } {
  const match = DATE_LINE.exec(text);
  const bodyStart = match ? match[0].length : text.length - text.trimStart().length;
  const bodyEnd = text.trimEnd().length;
  return match?.[1] === undefined ? { bodyStart, bodyEnd } : { bodyStart, bodyEnd, statedDate: match[1] };
}

function zodProblems(file: string, error: z.ZodError, recordIdAt: (path: PropertyKey[]) => string | undefined, prefix: PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    const recordId = recordIdAt(path);
    const problem: Problem = { file, message: issue.message };
    if (recordId !== undefined) problem.recordId = recordId;
    if (prefix.length + path.length > 0) problem.field = formatPath([...prefix, ...path]);
    return problem;
  });
}

function idAt(value: unknown, path: PropertyKey[]): string | undefined {
  let node: unknown = value;
  let found: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (node !== null && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
      found = (node as { id: string }).id;
    }
  }
  return found;
}

type Kind = CollectionName;
type Reported = ReportedCollection;
const isReported = (kind: Kind): kind is Reported => (REPORTED_COLLECTIONS as readonly Kind[]).includes(kind);

/** Where in the authored data a value is, for problems. */
interface Where {
  file: string;
  recordId: string;
  field: string;
}

/** One article after the first pass: its text, source, mentions and each report's evidence. */
interface Article {
  file: string;
  authored: AuthoredSourceFile;
  published: boolean;
  text: string;
  source: Source;
  mentions: Map<string, Span[]>;
  /** Record id → the evidence of this article's report of it (declared here or in `reports:`). */
  reportEvidence: Map<string, Span[]>;
  roles: Array<Role & { entity: string }>;
  /** The records that belong to this article alone (its quotes), compiled. */
  own: { [C in OwnCollection]: Dataset[C] };
}

interface Declared {
  kind: Kind;
  file: string;
  /** The article whose file declares it; undefined for the entity registry. */
  article?: Article;
}

type AnyReport = EventReport | AgreementReport | FigureReport | ClaimReport;

/**
 * Checks a collection's reports need beyond their schema, given the report's evidence. A figure's
 * evidence must state its number, and its range must be a range.
 */
const REPORT_CHECKS: Partial<Record<Reported, (report: Record<string, unknown>, evidence: readonly Span[], problem: (field: string, message: string) => void) => void>> = {
  figures: (report, evidence, problem) => {
    const f = report as unknown as FigureReport;
    if (f.amountMax !== undefined && f.amountMax < f.amount) problem('amountMax', `amountMax (${f.amountMax}) must not be below amount (${f.amount})`);
    if (evidence.length > 0 && !evidence.some((s) => statesNumber(s.exact))) problem('evidence', 'the evidence states no number (a digit or a number word): quote the words that give the amount');
  },
};

/** Checks of a record that belongs to one article, beyond its schema. A direct quote is verbatim. */
const RECORD_CHECKS: Partial<Record<OwnCollection, (record: Record<string, unknown>, evidence: readonly Span[], problem: (field: string, message: string) => void) => void>> = {
  quotes: (record, evidence, problem) => {
    const quote = record as unknown as Pick<Quote, 'kind' | 'text'>;
    if (quote.kind === 'direct' && !evidence.some((span) => span.exact.includes(quote.text))) problem('text', "a direct quote's text must appear verbatim inside its evidence");
  },
};

const inside = (span: Span, scope: readonly Span[]) => scope.some((s) => s.source === span.source && s.start <= span.start && span.end <= s.end);
const overlaps = (span: Span, scope: readonly Span[]) => scope.some((s) => s.source === span.source && s.start < span.end && span.start < s.end);


/**
 * Validates and compiles the authored data into the published dataset. Pure: it reads nothing
 * and writes nothing, so tests drive it with fixtures and the CLI decides where output goes.
 * Every problem is collected; none stops the others from being found.
 */
export function compileDataset(input: DataInput, options: CompileOptions = {}): CompileResult {
  const problems: Problem[] = [];
  const at = (where: Where, message: string) => problems.push({ ...where, message });

  const meta = AuthoredMeta.safeParse(input.meta.value);
  if (!meta.success) problems.push(...zodProblems(input.meta.file, meta.error, () => undefined));
  const retired = new Set(meta.success ? meta.data.retiredIds : []);

  const registryParse = AuthoredEntityRegistry.safeParse(input.entities.value ?? []);
  if (!registryParse.success) {
    problems.push(...zodProblems(input.entities.file, registryParse.error, (path) => idAt(input.entities.value, path)));
  }
  const registry = registryParse.success ? registryParse.data : [];

  // --- Pass 1: each article's text, source and spans; nothing here needs another file. ---
  const articles: Article[] = [];
  const texts = new Map<string, string>();
  const seenFiles = new Map<string, string>();
  const parsedFiles: Array<{ file: string; authored: AuthoredSourceFile; bytes: Uint8Array; text: string }> = [];
  for (const dataFile of input.sources) {
    const parsed = AuthoredSourceFile.safeParse(dataFile.value);
    if (!parsed.success) {
      problems.push(...zodProblems(dataFile.file, parsed.error, (path) => idAt(dataFile.value, path) ?? recordAt(dataFile.value, path)));
      continue;
    }
    const authored = parsed.data;
    const where = (field: string): Where => ({ file: dataFile.file, recordId: authored.id, field });
    const previous = seenFiles.get(authored.file);
    if (previous !== undefined) {
      at(where('file'), `seed ${authored.file} is already described by ${previous}`);
      continue;
    }
    seenFiles.set(authored.file, dataFile.file);
    const bytes = input.seeds.get(authored.file);
    if (bytes === undefined) {
      at(where('file'), `seed file seeds/${authored.file} does not exist`);
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      at(where('file'), `seed file seeds/${authored.file} is not valid UTF-8`);
      continue;
    }
    texts.set(authored.id, text);
    parsedFiles.push({ file: dataFile.file, authored, bytes, text });
  }

  // A seed no data file describes is an article nobody will see (an ingest stopped half-way, a
  // file dropped into seeds/ by hand): say so rather than ignore it.
  for (const name of input.seeds.keys()) {
    if (!seenFiles.has(name)) {
      problems.push({ file: `seeds/${name}`, message: 'no data file describes this seed: add data/sources/<id>.yaml for it (`npm run ingest` drafts one), or remove the seed' });
    }
  }

  /** Resolves authored words to spans; a ref's `source` picks another article's text. */
  const spansOf = (where: Where, refs: readonly QuoteRef[], defaultSource: string | undefined): Span[] => {
    const spans: Span[] = [];
    refs.forEach((ref, index) => {
      const field = `${where.field}[${index}]`;
      const sourceId = (typeof ref === 'object' ? ref.source : undefined) ?? defaultSource;
      if (sourceId === undefined) return at({ ...where, field }, 'a quote here must name its article: {source: <source id>, quote: "…"}');
      const text = texts.get(sourceId);
      if (text === undefined) return at({ ...where, field }, `unknown source "${sourceId}"`);
      const resolved = resolveQuote(text, sourceId, ref);
      if (resolved.ok) spans.push(...resolved.spans);
      else at({ ...where, field }, resolved.message);
    });
    return spans;
  };
  const dateOf = (where: Where, date: AuthoredDate | undefined, sourceId: string): DateValue | undefined => {
    if (date === undefined) return undefined;
    const evidence = spansOf({ ...where, field: `${where.field}.evidence` }, date.evidence, sourceId);
    try {
      return compileDate(date, evidence);
    } catch (error) {
      at({ ...where, field: `${where.field}.edtf` }, `invalid EDTF date ${JSON.stringify(date.edtf)}: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  };

  for (const { file, authored, bytes, text } of parsedFiles) {
    const sourceId = authored.id;
    const where = (recordId: string, field: string): Where => ({ file, recordId, field });
    const { bodyStart, bodyEnd, statedDate } = bodyBounds(text);
    const sourceDate = dateOf(where(sourceId, 'date'), authored.date, sourceId);
    if (sourceDate && statedDate !== undefined && sourceDate.edtf !== statedDate) {
      at(where(sourceId, 'date.edtf'), `the seed's date line says ${statedDate}, but the data says ${sourceDate.edtf}`);
    }
    if (sourceDate && statedDate === undefined && sourceDate.basis === 'stated') {
      at(where(sourceId, 'date.basis'), 'the seed has no date line, so its date can only be "inferred" (with reasoning)');
    }
    const sentences = segmentSentences(text, bodyStart, bodyEnd);
    const uncited: UncitedSentence[] = [];
    authored.uncited.forEach((entry, index) => {
      const resolved = resolveQuote(text, sourceId, entry.sentence);
      if (!resolved.ok) return at(where(sourceId, `uncited[${index}].sentence`), resolved.message);
      const span = resolved.spans[0];
      const sentence = span && sentences.find((s) => s.start <= span.start && span.end <= s.end);
      if (!sentence) return at(where(sourceId, `uncited[${index}].sentence`), 'the words do not lie within one sentence');
      uncited.push({ ...sentence, reason: entry.reason });
    });
    const uncitedTerms = authored.uncitedTerms.flatMap((entry, index) => {
      const resolved = resolveQuote(text, sourceId, entry.term);
      if (!resolved.ok) {
        at(where(sourceId, `uncitedTerms[${index}].term`), resolved.message);
        return [];
      }
      return resolved.spans.map((span) => ({ start: span.start, end: span.end, text: span.exact, reason: entry.reason }));
    });
    const openingEnd = text.indexOf('\n', bodyStart);
    const source: Source = {
      id: sourceId,
      file: authored.file,
      sha256: sha256(bytes),
      title: authored.title,
      date: sourceDate ?? { edtf: '0000', earliest: '0000-01-01', latest: '0000-12-31', precision: 'year', uncertain: false, basis: 'inferred', reasoning: 'invalid', evidence: [] },
      bodyStart,
      bodyEnd,
      length: text.length,
      text,
      sentences,
      uncited,
      uncitedTerms,
      evidence: sourceDate?.evidence.length
        ? sourceDate.evidence
        : [makeSpan(text, sourceId, bodyStart, openingEnd === -1 ? bodyEnd : Math.min(openingEnd, bodyEnd))],
    };
    const mentions = new Map<string, Span[]>();
    for (const [entityId, refs] of Object.entries(authored.mentions)) {
      const spans = spansOf(where(entityId, `mentions.${entityId}`), refs, sourceId);
      mentions.set(entityId, spans.sort((a, b) => a.start - b.start));
    }
    const reportEvidence = new Map<string, Span[]>();
    for (const collection of REPORTED_COLLECTIONS) {
      authored[collection].forEach((record, i) => {
        reportEvidence.set(record.id, spansOf(where(record.id, `${collection}[${i}].evidence`), record.evidence, sourceId));
      });
    }
    authored.reports.forEach((entry, i) => {
      const spans = spansOf(where(entry.record, `reports[${i}].evidence`), entry.evidence, sourceId);
      if (reportEvidence.has(entry.record)) {
        at(where(entry.record, `reports[${i}].record`), 'this article already reports the record: merge them into one report');
      } else reportEvidence.set(entry.record, spans);
    });
    articles.push({
      file, authored, published: authored.status === 'reviewed', text, source, mentions, reportEvidence, roles: [],
      own: Object.fromEntries(OWN_COLLECTIONS.map((c) => [c, []])) as unknown as Article['own'],
    });
  }
  const articleById = new Map(articles.map((a) => [a.source.id, a]));
  const dateOfSource = (id: string) => articleById.get(id)!.source.date;

  // --- Declarations: every id, its kind and its file. ---
  const declared = new Map<string, Declared>();
  const declare = (id: string, decl: Declared) => {
    const prior = declared.get(id);
    if (prior) at({ file: decl.file, recordId: id, field: 'id' }, `duplicate id: already used by a record in ${prior.file} (${prior.kind})`);
    else declared.set(id, decl);
    if (retired.has(id)) at({ file: decl.file, recordId: id, field: 'id' }, 'this id is retired (meta.yaml retiredIds) and must not be reused');
  };
  for (const entity of registry) declare(entity.id, { kind: 'entities', file: input.entities.file });
  for (const article of articles) {
    declare(article.source.id, { kind: 'sources', file: article.file, article });
    for (const entity of article.authored.entities) declare(entity.id, { kind: 'entities', file: article.file, article });
    for (const collection of ARTICLE_COLLECTIONS) {
      for (const record of article.authored[collection]) declare(record.id, { kind: collection, file: article.file, article });
    }
  }

  /** Checks that a reference names a record of the expected kind; false when it does not. */
  const checkKind = (where: Where, id: string, expected: Kind): boolean => {
    const target = declared.get(id);
    if (!target) at(where, `unknown ${COLLECTION_MODEL[expected].singular} id "${id}"`);
    else if (target.kind !== expected) at(where, `"${id}" is ${withArticle(target.kind)}, expected ${withArticle(expected)} id`);
    return target?.kind === expected;
  };

  /**
   * The basis and evidence of one link. Stated without words: the evidence is derived — for an
   * entity its mentions inside the scope (the report's evidence), for a record its evidence in this
   * article that overlaps the scope. Inferred without words: the scope itself.
   */
  const based = (
    where: Where,
    value: { id: string; basis: Basis; reasoning?: string | undefined; evidence?: QuoteRef[] | undefined },
    target: Kind,
    scope: readonly Span[],
    article: Article | undefined,
    derive?: () => Span[],
  ): { basis: Basis; reasoning?: string; evidence: Span[] } => {
    const out: { basis: Basis; reasoning?: string; evidence: Span[] } = { basis: value.basis, evidence: [] };
    if (value.reasoning !== undefined) out.reasoning = value.reasoning;
    if (value.basis === 'inferred' && value.reasoning === undefined) {
      at(where, `"${value.id}" is given as inferred but has no reasoning: say how it follows from the text`);
    }
    if (!checkKind(where, value.id, target)) return out;
    if (value.evidence !== undefined) {
      out.evidence = spansOf({ ...where, field: `${where.field}.evidence` }, value.evidence, article?.source.id);
      if (value.basis === 'stated' && value.evidence.length === 0) at(where, `"${value.id}" is given as stated with no evidence: quote the words, or mark it inferred with reasoning`);
      return out;
    }
    if (value.basis === 'inferred') {
      out.evidence = [...scope];
      return out;
    }
    out.evidence = derive
      ? derive()
      : target === 'entities'
        ? (article?.mentions.get(value.id) ?? []).filter((span) => inside(span, scope))
        : (article?.reportEvidence.get(value.id) ?? []).filter((span) => overlaps(span, scope));
    if (out.evidence.length === 0) {
      at(where, `"${value.id}" is given as stated but the ${target === 'entities' ? 'entity' : 'record'} is not mentioned in the evidence: quote the words (evidence), or mark it inferred with reasoning`);
    }
    return out;
  };
  const longForm = (link: AuthoredLink) => (typeof link === 'string' ? { id: link, basis: 'stated' as const } : link);
  const link = (where: Where, authored: AuthoredLink, target: Kind, scope: readonly Span[], article: Article, derive?: (id: string) => Span[]): Link => {
    const value = longForm(authored);
    return { id: value.id, ...based(where, value, target, scope, article, derive && (() => derive(value.id))) };
  };
  const optLink = (key: string, where: Where, authored: AuthoredLink | undefined, target: Kind, scope: readonly Span[], article: Article) =>
    authored === undefined ? {} : { [key]: link({ ...where, field: `${where.field}.${key}` }, authored, target, scope, article) };
  /** One link, or one participant or relation (whose target id sits under `idKey`, beside its own fields). */
  const anyLink = (where: Where, authored: unknown, target: Kind, idKey: string | undefined, scope: readonly Span[], article: Article, derive?: (id: string) => Span[]) => {
    if (idKey === undefined) return link(where, authored as AuthoredLink, target, scope, article, derive);
    const { basis: _b, reasoning: _r, evidence: _e, ...own } = authored as Record<string, unknown>;
    const value = { ...(authored as { basis: Basis; reasoning?: string; evidence?: QuoteRef[] }), id: (authored as Record<string, string>)[idKey]! };
    return { ...own, ...based(where, value, target, scope, article, derive && (() => derive(value.id))) };
  };

  /**
   * Compiles the fields of one report (or of a quote) as the model declares them: link fields
   * become links with their basis and evidence, date fields dates; the rest is copied.
   */
  const compileFields = (collection: Kind, fields: Record<string, unknown>, where: Where, scope: readonly Span[], article: Article) => {
    const model = modelOf(collection);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      const field = model.links.find((l) => l.field === key);
      if (field?.many) {
        out[key] = (value as unknown[]).map((item, j) => anyLink({ ...where, field: `${where.field}.${key}[${j}]` }, item, field.target, field.idKey, scope, article));
      } else if (field) {
        out[key] = anyLink({ ...where, field: `${where.field}.${key}` }, value, field.target, field.idKey, scope, article);
      } else if (model.dates.includes(key)) {
        const date = dateOf({ ...where, field: `${where.field}.${key}` }, value as AuthoredDate, article.source.id);
        if (date) out[key] = date;
      } else out[key] = value;
    }
    return out;
  };

  // --- Pass 2: reports, links, roles and quotes of each article. ---
  const reports = new Map<string, AnyReport[]>();
  const identities = new Map<string, { kind: Reported; identity: Record<string, unknown>; article: Article }>();
  const inDataset = (article: Article) => article.published || options.includeDrafts === true;
  const addReport = (id: string, report: AnyReport, article: Article) => {
    if (inDataset(article)) reports.set(id, [...(reports.get(id) ?? []), report]);
  };

  /** Compiles one report (declared with its record, or from `reports:`) of a record of `kind`. */
  const compileReport = (kind: Reported, id: string, r: Record<string, unknown>, where: Where, article: Article): AnyReport => {
    const evidence = article.reportEvidence.get(id) ?? [];
    REPORT_CHECKS[kind]?.(r, evidence, (field, message) => at({ ...where, field: `${where.field}.${field}` }, message));
    return { source: article.source.id, evidence, ...compileFields(kind, r, where, evidence, article) } as AnyReport;
  };

  for (const article of articles) {
    const { file, authored } = article;
    const sourceId = article.source.id;
    for (const entityId of article.mentions.keys()) checkKind({ file, recordId: sourceId, field: `mentions.${entityId}` }, entityId, 'entities');
    article.roles = authored.roles.map((role, i) => {
      const where = { file, recordId: role.entity, field: `roles[${i}]` };
      checkKind({ ...where, field: `${where.field}.entity` }, role.entity, 'entities');
      const evidence = spansOf({ ...where, field: `${where.field}.evidence` }, role.evidence, sourceId);
      if (role.basis === 'inferred' && role.reasoning === undefined) at({ ...where, field: `${where.field}.reasoning` }, 'an inferred role needs its reasoning');
      return {
        entity: role.entity, title: role.title,
        ...optLink('of', where, role.of, 'entities', evidence, article),
        asOf: article.source.date.edtf, source: sourceId, basis: role.basis,
        ...(role.reasoning !== undefined ? { reasoning: role.reasoning } : {}),
        evidence,
      };
    });

    for (const kind of REPORTED_COLLECTIONS) {
      const identityKeys: readonly string[] = COLLECTION_MODEL[kind].reported.identity;
      authored[kind].forEach((record, i) => {
        const where = { file, recordId: record.id, field: `${kind}[${i}]` };
        const entries = Object.entries(record as Record<string, unknown>);
        const identity = Object.fromEntries(entries.filter(([key]) => identityKeys.includes(key)));
        const report = Object.fromEntries(entries.filter(([key]) => !identityKeys.includes(key) && key !== 'evidence'));
        identities.set(record.id, { kind, identity, article });
        addReport(record.id, compileReport(kind, record.id, report, where, article), article);
      });
    }

    authored.reports.forEach((entry, i) => {
      const where = { file, recordId: entry.record, field: `reports[${i}]` };
      const target = declared.get(entry.record);
      if (!target) return at({ ...where, field: `${where.field}.record` }, `unknown record id "${entry.record}": a report adds to a record declared in another article's file`);
      if ((OWN_COLLECTIONS as readonly Kind[]).includes(target.kind)) {
        return at({ ...where, field: `${where.field}.record` }, `"${entry.record}" is ${withArticle(target.kind)}: ${COLLECTION_MODEL[target.kind].plural} belong to the article that prints them and have no reports`);
      }
      if (!isReported(target.kind)) {
        const reported = REPORTED_COLLECTIONS.map((c) => COLLECTION_MODEL[c].plural);
        return at({ ...where, field: `${where.field}.record` }, `"${entry.record}" is ${withArticle(target.kind)}: only ${reported.slice(0, -1).join(', ')} and ${reported.at(-1)} have reports`);
      }
      if (target.article === article) return at({ ...where, field: `${where.field}.record` }, 'the record is declared in this file: this article already reports it, merge them into one report');
      if (article.published && target.article && !target.article.published) {
        at({ ...where, field: `${where.field}.record` }, `"${entry.record}" is declared only in a draft (${target.file}): a published report needs a published record`);
      }
      const kind = target.kind;
      const parsed = AUTHORED_REPORT_SCHEMAS[kind].safeParse(entry);
      if (!parsed.success) return problems.push(...zodProblems(file, parsed.error, () => entry.record, ['reports', i]));
      const { record: _r, evidence: _e, ...report } = parsed.data as Record<string, unknown>;
      addReport(entry.record, compileReport(kind, entry.record, report, where, article), article);
    });

    for (const kind of OWN_COLLECTIONS) {
      (article.own as Record<OwnCollection, unknown[]>)[kind] = (authored[kind] as ReadonlyArray<{ id: string; evidence: QuoteRef[] }>).map((record, i) => {
        const where = { file, recordId: record.id, field: `${kind}[${i}]` };
        const evidence = spansOf({ ...where, field: `${where.field}.evidence` }, record.evidence, sourceId);
        RECORD_CHECKS[kind]?.(record as unknown as Record<string, unknown>, evidence, (field, message) => at({ ...where, field: `${where.field}.${field}` }, message));
        const { evidence: _e, ...fields } = record;
        return { ...compileFields(kind, fields, where, evidence, article), source: sourceId, evidence };
      });
    }
  }

  // Links a record declares once rather than per report (an agreement's related agreements). A
  // stated one to another record is stated where some article speaks of both in one breath: its
  // evidence is the target's evidence overlapping this record's, in any article.
  const identityLinks = new Map<string, Record<string, unknown>>();
  for (const article of articles) {
    for (const kind of REPORTED_COLLECTIONS) {
      const fields = COLLECTION_MODEL[kind].links.filter((l) => !l.perReport);
      article.authored[kind].forEach((record, i) => {
        const own = article.reportEvidence.get(record.id) ?? [];
        const acrossArticles = (target: string) =>
          articles.flatMap((a) => {
            const mine = a.reportEvidence.get(record.id) ?? [];
            return (a.reportEvidence.get(target) ?? []).filter((span) => overlaps(span, mine));
          });
        const compiled: Record<string, unknown> = {};
        for (const field of fields) {
          const value = (record as Record<string, unknown>)[field.field];
          if (value === undefined) continue;
          const derive = field.target === 'entities' ? undefined : acrossArticles;
          const one = (item: unknown, at: string) => anyLink({ file: article.file, recordId: record.id, field: `${kind}[${i}].${at}` }, item, field.target, field.idKey, own, article, derive);
          compiled[field.field] = field.many ? (value as unknown[]).map((item, j) => one(item, `${field.field}[${j}]`)) : one(value, field.field);
        }
        identityLinks.set(record.id, compiled);
      });
    }
  }

  // --- Pass 3: entities, from the registry and the articles' mentions. ---
  const published = articles.filter(inDataset);
  const drafts = articles.filter((a) => !a.published).map((a) => a.source.id);
  const authoredEntities: Array<{ entity: AuthoredEntity; file: string; article?: Article }> = [
    ...registry.map((entity) => ({ entity, file: input.entities.file })),
    ...articles.flatMap((article) => article.authored.entities.map((entity) => ({ entity, file: article.file, article }))),
  ];
  const inDrafts = new Set(articles.filter((a) => !a.published).flatMap((a) => [...a.mentions.keys(), ...a.authored.entities.map((e) => e.id)]));
  const byDate = orderReports(published.map((a) => ({ source: a.source.id, evidence: [] as Span[] })), dateOfSource).map((r) => articleById.get(r.source)!);
  // Each entity's mentions and roles, article by article (oldest first), gathered in one pass over
  // the articles: asking every article about every entity grows with their product.
  const mentionsOf = new Map<string, Array<{ article: Article; spans: Span[] }>>();
  const rolesOf = new Map<string, Role[]>();
  for (const a of byDate) {
    for (const [id, spans] of a.mentions) {
      const list = mentionsOf.get(id);
      if (list) list.push({ article: a, spans });
      else mentionsOf.set(id, [{ article: a, spans }]);
    }
    for (const { entity: id, ...role } of a.roles) {
      const list = rolesOf.get(id);
      if (list) list.push(role);
      else rolesOf.set(id, [role]);
    }
  }
  const entities: Entity[] = [];
  for (const { entity, file, article } of authoredEntities) {
    // Reports in article order (oldest first), each report's mentions in reading order (by
    // offset), whatever order they are authored in, so aliases come in order of first use.
    const entityReports: EntityReport[] = (mentionsOf.get(entity.id) ?? []).flatMap(({ article: a, spans: mentioned }) => {
      const spans = [...mentioned].sort((x, y) => x.start - y.start || x.end - y.end);
      return spans.length === 0 ? [] : [{ source: a.source.id, evidence: spans, aliases: [...new Set(spans.map((s) => s.exact))] }];
    });
    if (entityReports.length === 0) {
      if (!inDrafts.has(entity.id)) problems.push({ file, recordId: entity.id, field: 'mentions', message: 'entity is never mentioned: add its mentions to a source file' });
      continue;
    }
    const { aliases: extra, partOf, ...rest } = entity;
    const compiled: Entity = {
      ...rest,
      aliases: [...new Set([...entityReports.flatMap((r) => r.aliases), ...(extra ?? [])])],
      roles: rolesOf.get(entity.id) ?? [],
      sources: entityReports.map((r) => r.source),
      reports: entityReports,
      evidence: entityReports.flatMap((r) => r.evidence),
    };
    if (partOf !== undefined) {
      const value = longForm(partOf);
      const where = { file, recordId: entity.id, field: 'partOf' };
      // A registry entry has no article: plain ids are stated by a sentence naming both entities.
      // Only the articles that mention it can have such a sentence.
      const within = (span: Span, s: { start: number; end: number }) => s.start <= span.start && span.end <= s.end;
      const derive = () => (mentionsOf.get(entity.id) ?? []).flatMap(({ article: a, spans: mine }) => {
        const theirs = a.mentions.get(value.id) ?? [];
        const sentence = theirs.length === 0 ? undefined : a.source.sentences.find((s) => mine.some((m) => within(m, s)) && theirs.some((t) => within(t, s)));
        return sentence ? [sentenceSpan(a, sentence)] : [];
      });
      const result = based(where, value, 'entities', [], article, derive);
      if (value.basis === 'inferred' && result.evidence.length === 0) at(where, `"${value.id}" is inferred but names no spans: give the words it is inferred from, each with its source`);
      if (value.basis === 'stated' && value.evidence === undefined && result.evidence.length === 0) problems.pop(), at(where, `"${value.id}" is given as stated but no article mentions both entities in one sentence: quote the words (evidence, each with its source), or mark it inferred with reasoning`);
      compiled.partOf = { id: value.id, ...result };
    }
    entities.push(compiled);
  }

  // --- Catalogue facts, kept apart from the text's own date. ---
  let catalogue = new Map<string, SourceCatalogue>();
  if (input.catalogue) {
    const compiled = compileCatalogue(input.catalogue.file, input.catalogue.value, input.seeds, (file, error) =>
      zodProblems(file, error, (path) => (typeof path[0] === 'number' ? (input.catalogue!.value as Array<{ file?: string }>)[path[0]]?.file : undefined)),
    );
    catalogue = compiled.byFile;
    problems.push(...compiled.problems);
  }

  // Coverage by the one rule (build/coverage.ts), asked of what the records will be made of (each
  // report, the links declared once, the quotes, the source's date), so that it is reported with
  // every other problem and the records are derived only from data that passed.
  const parts = function* () {
    for (const [id, list] of reports) for (const report of list) yield { collection: declared.get(id)!.kind, record: { ...report, id } };
    for (const [id, links] of identityLinks) yield { collection: identities.get(id)!.kind as Kind, record: { ...links, id } };
    for (const article of published) {
      yield { collection: 'sources' as const, record: article.source };
      for (const kind of OWN_COLLECTIONS) for (const record of article.own[kind]) yield { collection: kind, record };
    }
  };
  for (const report of coverageOfRecords(articles.filter((a) => a.published).map((a) => a.source), parts())) {
    const { file } = articleById.get(report.source)!;
    for (const sentence of uncitedSentences(report)) {
      const text = sentence.text.length > 80 ? `${sentence.text.slice(0, 77)}…` : sentence.text;
      at(
        { file, recordId: report.source, field: 'uncited' },
        `sentence at ${sentence.start}-${sentence.end} is cited by no record: ${JSON.stringify(text)} (add records for it, or list it under uncited with a reason)`,
      );
    }
  }
  if (problems.length > 0 || !meta.success) return { drafts, problems };

  // --- Records: declaration order; reports oldest article first; top-level fields derived. ---
  const derived = Object.fromEntries(REPORTED_COLLECTIONS.map((c) => [c, [] as unknown[]])) as { [C in Reported]: Dataset[C] };
  for (const [id, { kind, identity, article }] of identities) {
    if (!inDataset(article)) continue;
    const ordered = orderReports(reports.get(id) ?? [], dateOfSource);
    Object.assign(identity, identityLinks.get(id));
    (derived[kind] as unknown[]).push(deriveRecord(kind, identity as unknown as IdentityOf<typeof kind>, ordered as never));
  }
  const dataset: Dataset = {
    dataVersion: meta.data.dataVersion,
    retiredIds: meta.data.retiredIds,
    sources: published.map((a) => {
      const facts = catalogue.get(a.source.file);
      return facts ? { ...a.source, catalogue: facts } : a.source;
    }),
    entities,
    ...derived,
    ...(Object.fromEntries(OWN_COLLECTIONS.map((c) => [c, published.flatMap((a) => a.own[c])])) as { [C in OwnCollection]: Dataset[C] }),
  };
  return { ...checkCompiled(dataset, input.seeds), drafts };
}

/**
 * The last check of a compiled dataset, which guards the compiler itself: the whole output
 * against the published schema, then every span against the seed bytes (the check a consumer can
 * run on dataset.json). Exported so its failures can be tested without a broken compiler.
 */
export function checkCompiled(dataset: Dataset, seeds: ReadonlyMap<string, Uint8Array>): { dataset?: Dataset; problems: Problem[] } {
  const final = Dataset.safeParse(dataset);
  if (!final.success) return { problems: zodProblems('(compiled dataset)', final.error, (path) => idAt(dataset, path)) };
  const spanProblems = verifyEvidence(final.data, seeds, '(compiled dataset)');
  if (spanProblems.length > 0) return { problems: spanProblems };
  return { dataset: final.data, problems: [] };
}

function sentenceSpan(article: Article, sentence: { start: number; end: number }): Span {
  return makeSpan(article.text, article.source.id, sentence.start, sentence.end);
}

/** The record id of a `reports:` entry, for problems found while parsing it. */
function recordAt(value: unknown, path: PropertyKey[]): string | undefined {
  if (path[0] !== 'reports' || typeof path[1] !== 'number') return undefined;
  const entry = (value as { reports?: Array<{ record?: unknown }> }).reports?.[path[1]];
  return typeof entry?.record === 'string' ? entry.record : undefined;
}
