import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  AuthoredEntityRegistry,
  AuthoredMeta,
  AuthoredSourceFile,
  type AuthoredDate,
  type AuthoredEntity,
  type QuoteRef,
} from '../authoring/authored.js';
import { Dataset, type CollectionName } from '../schema/dataset.js';
import type { DateValue } from '../schema/date-value.js';
import type { Span } from '../schema/evidence.js';
import type { Entity, Role } from '../schema/entity.js';
import type { Event } from '../schema/event.js';
import type { Agreement } from '../schema/agreement.js';
import type { Figure } from '../schema/figure.js';
import type { Quote } from '../schema/quote.js';
import type { Claim } from '../schema/claim.js';
import type { Source, UncitedSentence } from '../schema/source.js';
import { compileDate } from './compile-date.js';
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
  sources: DataFile[];
  /** Seed file name → raw bytes. */
  seeds: ReadonlyMap<string, Uint8Array>;
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

function zodProblems(file: string, error: z.ZodError, recordIdAt: (path: PropertyKey[]) => string | undefined): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    const recordId = recordIdAt(path);
    const problem: Problem = { file, message: issue.message };
    if (recordId !== undefined) problem.recordId = recordId;
    if (path.length > 0) problem.field = formatPath(path);
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

const RECORD_COLLECTIONS = ['events', 'agreements', 'figures', 'quotes', 'claims'] as const;

interface CompiledSource {
  status: 'draft' | 'reviewed';
  source: Source;
  entities: AuthoredEntity[];
  mentions: Map<string, Span[]>;
  roles: Array<Role & { entity: string }>;
  events: Event[];
  agreements: Agreement[];
  figures: Figure[];
  quotes: Quote[];
  claims: Claim[];
}

/**
 * Validates and compiles the authored data into the published dataset. Pure: it reads nothing
 * and writes nothing, so tests drive it with fixtures and the CLI decides where output goes.
 * Every problem is collected; none stops the others from being found.
 */
export function compileDataset(input: DataInput): CompileResult {
  const problems: Problem[] = [];
  const report = (problem: Problem) => problems.push(problem);

  const meta = AuthoredMeta.safeParse(input.meta.value);
  if (!meta.success) problems.push(...zodProblems(input.meta.file, meta.error, () => undefined));

  const registry = AuthoredEntityRegistry.safeParse(input.entities.value ?? []);
  if (!registry.success) {
    problems.push(...zodProblems(input.entities.file, registry.error, (path) => idAt(input.entities.value, path)));
  }

  const compiled: CompiledSource[] = [];
  const seenFiles = new Map<string, string>();
  for (const dataFile of input.sources) {
    const parsed = AuthoredSourceFile.safeParse(dataFile.value);
    if (!parsed.success) {
      problems.push(...zodProblems(dataFile.file, parsed.error, (path) => idAt(dataFile.value, path)));
      continue;
    }
    const authored = parsed.data;
    const at = (recordId: string, field: string, message: string) => report({ file: dataFile.file, recordId, field, message });

    const previous = seenFiles.get(authored.file);
    if (previous !== undefined) {
      at(authored.id, 'file', `seed ${authored.file} is already described by ${previous}`);
      continue;
    }
    seenFiles.set(authored.file, dataFile.file);

    const bytes = input.seeds.get(authored.file);
    if (bytes === undefined) {
      at(authored.id, 'file', `seed file seeds/${authored.file} does not exist`);
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      at(authored.id, 'file', `seed file seeds/${authored.file} is not valid UTF-8`);
      continue;
    }

    const sourceId = authored.id;
    const spansOf = (recordId: string, field: string, refs: readonly QuoteRef[]): Span[] => {
      const spans: Span[] = [];
      refs.forEach((ref, index) => {
        const resolved = resolveQuote(text, sourceId, ref);
        if (resolved.ok) spans.push(...resolved.spans);
        else at(recordId, `${field}[${index}]`, resolved.message);
      });
      return spans;
    };
    const dateOf = (recordId: string, field: string, date: AuthoredDate | undefined): DateValue | undefined => {
      if (date === undefined) return undefined;
      const evidence = spansOf(recordId, `${field}.evidence`, date.evidence);
      try {
        return compileDate(date, evidence);
      } catch (error) {
        at(recordId, `${field}.edtf`, `invalid EDTF date ${JSON.stringify(date.edtf)}: ${(error as Error).message.split('\n')[0]}`);
        return undefined;
      }
    };

    const { bodyStart, bodyEnd, statedDate } = bodyBounds(text);
    const sourceDate = dateOf(sourceId, 'date', authored.date);
    if (sourceDate && statedDate !== undefined && sourceDate.edtf !== statedDate) {
      at(sourceId, 'date.edtf', `the seed's date line says ${statedDate}, but the data says ${sourceDate.edtf}`);
    }
    if (sourceDate && statedDate === undefined && sourceDate.basis === 'stated') {
      at(sourceId, 'date.basis', 'the seed has no date line, so its date can only be "inferred" (with reasoning)');
    }
    const sentences = segmentSentences(text, bodyStart, bodyEnd);
    const uncited: UncitedSentence[] = [];
    authored.uncited.forEach((entry, index) => {
      const resolved = resolveQuote(text, sourceId, entry.sentence);
      if (!resolved.ok) return at(sourceId, `uncited[${index}].sentence`, resolved.message);
      const span = resolved.spans[0];
      const sentence = span && sentences.find((s) => s.start <= span.start && span.end <= s.end);
      if (!sentence) return at(sourceId, `uncited[${index}].sentence`, 'the words do not lie within one sentence');
      uncited.push({ ...sentence, reason: entry.reason });
    });

    const uncitedTerms = authored.uncitedTerms.flatMap((entry, index) => {
      const resolved = resolveQuote(text, sourceId, entry.term);
      if (!resolved.ok) {
        at(sourceId, `uncitedTerms[${index}].term`, resolved.message);
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
      mentions.set(entityId, spansOf(entityId, `mentions.${entityId}`, refs));
    }
    const roles = authored.roles.map((role, index) => {
      const { entity, title, of, basis, reasoning, evidence } = role;
      const compiledRole: Role & { entity: string } = {
        entity,
        title,
        asOf: source.date.edtf,
        source: sourceId,
        basis,
        evidence: spansOf(entity, `roles[${index}].evidence`, evidence),
      };
      if (of !== undefined) compiledRole.of = of;
      if (reasoning !== undefined) compiledRole.reasoning = reasoning;
      else if (basis === 'inferred') at(entity, `roles[${index}].reasoning`, 'an inferred role needs its reasoning');
      return compiledRole;
    });
    const base = (record: { id: string; evidence: QuoteRef[] }, field: string) => ({
      source: sourceId,
      evidence: spansOf(record.id, `${field}.evidence`, record.evidence),
    });
    const events = authored.events.map((event, i) => {
      const { date, evidence: _e, ...rest } = event;
      const compiledDate = dateOf(event.id, `events[${i}].date`, date);
      return { ...rest, ...(compiledDate ? { date: compiledDate } : {}), ...base(event, `events[${i}]`) } as Event;
    });
    const agreements = authored.agreements.map((agreement, i) => {
      const { validity, statusDate, evidence: _e, ...rest } = agreement;
      const v = dateOf(agreement.id, `agreements[${i}].validity`, validity);
      const s = dateOf(agreement.id, `agreements[${i}].statusDate`, statusDate);
      return { ...rest, ...(v ? { validity: v } : {}), ...(s ? { statusDate: s } : {}), ...base(agreement, `agreements[${i}]`) } as Agreement;
    });
    const figures = authored.figures.map((figure, i) => {
      const { period, evidence: _e, ...rest } = figure;
      const p = dateOf(figure.id, `figures[${i}].period`, period);
      if (figure.amountMax !== undefined && figure.amountMax < figure.amount) {
        at(figure.id, `figures[${i}].amountMax`, `amountMax (${figure.amountMax}) must not be below amount (${figure.amount})`);
      }
      return { ...rest, ...(p ? { period: p } : {}), ...base(figure, `figures[${i}]`) } as Figure;
    });
    const quotes = authored.quotes.map((quote, i) => {
      const { evidence: _e, ...rest } = quote;
      const compiledQuote = { ...rest, ...base(quote, `quotes[${i}]`) } as Quote;
      if (quote.kind === 'direct' && !compiledQuote.evidence.some((span) => span.exact.includes(quote.text))) {
        at(quote.id, `quotes[${i}].text`, 'a direct quote\'s text must appear verbatim inside its evidence');
      }
      return compiledQuote;
    });
    const claims = authored.claims.map((claim, i) => {
      const { date, evidence: _e, ...rest } = claim;
      const d = dateOf(claim.id, `claims[${i}].date`, date);
      return { ...rest, ...(d ? { date: d } : {}), ...base(claim, `claims[${i}]`) } as Claim;
    });

    compiled.push({ status: authored.status, source, entities: authored.entities, mentions, roles, events, agreements, figures, quotes, claims });
  }

  // Drafts are checked like everything else, but only reviewed sources are published.
  const published = compiled.filter((c) => c.status === 'reviewed');
  const drafts = compiled.filter((c) => c.status === 'draft').map((c) => c.source.id);

  problems.push(...crossCheck(input, registry.success ? registry.data : [], compiled));

  const authoredEntities: Array<{ entity: AuthoredEntity; file: string }> = [
    ...(registry.success ? registry.data : []).map((entity) => ({ entity, file: input.entities.file })),
    ...compiled.flatMap((c) => c.entities.map((entity) => ({ entity, file: fileOf(input, c.source.id) }))),
  ];
  // Group mentions and roles by entity once: scanning every source per entity is quadratic.
  const mentionsOf = new Map<string, Span[]>();
  const rolesOf = new Map<string, Role[]>();
  for (const c of published) {
    for (const [entityId, spans] of c.mentions) mentionsOf.set(entityId, [...(mentionsOf.get(entityId) ?? []), ...spans]);
    for (const { entity: entityId, ...role } of c.roles) rolesOf.set(entityId, [...(rolesOf.get(entityId) ?? []), role]);
  }
  const inDrafts = new Set(compiled.filter((c) => c.status === 'draft').flatMap((c) => [...c.mentions.keys(), ...c.entities.map((e) => e.id)]));
  const entities: Entity[] = [];
  for (const { entity, file } of authoredEntities) {
    const evidence = mentionsOf.get(entity.id) ?? [];
    if (evidence.length === 0) {
      if (!inDrafts.has(entity.id)) problems.push({ file, recordId: entity.id, field: 'mentions', message: 'entity is never mentioned: add its mentions to a source file' });
      continue;
    }
    const aliases = [...new Set([...evidence.map((span) => span.exact), ...(entity.aliases ?? [])])];
    const { aliases: _a, ...rest } = entity;
    entities.push({ ...rest, aliases, roles: rolesOf.get(entity.id) ?? [], evidence });
  }

  problems.push(...coverageProblems(input, published));

  if (problems.length > 0 || !meta.success) return { drafts, problems };

  const dataset: Dataset = {
    dataVersion: meta.data.dataVersion,
    retiredIds: meta.data.retiredIds,
    sources: published.map((c) => c.source),
    entities,
    events: published.flatMap((c) => c.events),
    agreements: published.flatMap((c) => c.agreements),
    figures: published.flatMap((c) => c.figures),
    quotes: published.flatMap((c) => c.quotes),
    claims: published.flatMap((c) => c.claims),
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

const filesById = new WeakMap<DataInput, Map<unknown, string>>();

/** The data file that describes a source (a map per input: looking it up by scan is quadratic). */
function fileOf(input: DataInput, sourceId: string): string {
  let files = filesById.get(input);
  if (!files) {
    files = new Map(input.sources.map((f) => [(f.value as { id?: unknown } | null)?.id, f.file]));
    filesById.set(input, files);
  }
  return files.get(sourceId) ?? 'sources/?';
}

type Kind = CollectionName;

const SINGULAR: Record<Kind, string> = {
  sources: 'source', entities: 'entity', events: 'event', agreements: 'agreement', figures: 'figure', quotes: 'quote', claims: 'claim',
};

/** Ids, retired ids and references: the checks that need every file at once. */
function crossCheck(input: DataInput, registry: AuthoredEntity[], compiled: CompiledSource[]): Problem[] {
  const problems: Problem[] = [];
  const meta = AuthoredMeta.safeParse(input.meta.value);
  const retired = new Set(meta.success ? meta.data.retiredIds : []);
  const kinds = new Map<string, { kind: Kind; file: string }>();
  const declare = (id: string, kind: Kind, file: string) => {
    const prior = kinds.get(id);
    if (prior) problems.push({ file, recordId: id, field: 'id', message: `duplicate id: already used by a record in ${prior.file} (${prior.kind})` });
    else kinds.set(id, { kind, file });
    if (retired.has(id)) problems.push({ file, recordId: id, field: 'id', message: 'this id is retired (meta.yaml retiredIds) and must not be reused' });
  };
  for (const entity of registry) declare(entity.id, 'entities', input.entities.file);
  for (const c of compiled) {
    const file = fileOf(input, c.source.id);
    declare(c.source.id, 'sources', file);
    for (const entity of c.entities) declare(entity.id, 'entities', file);
    for (const collection of RECORD_COLLECTIONS) for (const record of c[collection]) declare(record.id, collection, file);
  }

  const check = (file: string, recordId: string, field: string, ref: string | undefined, expected: Kind) => {
    if (ref === undefined) return;
    const target = kinds.get(ref);
    if (!target) problems.push({ file, recordId, field, message: `unknown ${SINGULAR[expected]} id "${ref}"` });
    else if (target.kind !== expected) problems.push({ file, recordId, field, message: `"${ref}" is a ${SINGULAR[target.kind]}, expected an ${SINGULAR[expected]} id` });
  };
  for (const entity of registry) check(input.entities.file, entity.id, 'partOf', entity.partOf, 'entities');
  for (const c of compiled) {
    const file = fileOf(input, c.source.id);
    for (const entity of c.entities) check(file, entity.id, 'partOf', entity.partOf, 'entities');
    for (const entityId of c.mentions.keys()) check(file, c.source.id, `mentions.${entityId}`, entityId, 'entities');
    c.roles.forEach((role, i) => {
      check(file, role.entity, `roles[${i}].entity`, role.entity, 'entities');
      check(file, role.entity, `roles[${i}].of`, role.of, 'entities');
    });
    c.events.forEach((event, i) => {
      check(file, event.id, `events[${i}].place`, event.place, 'entities');
      check(file, event.id, `events[${i}].partOf`, event.partOf, 'events');
      event.participants.forEach((p, j) => check(file, event.id, `events[${i}].participants[${j}].entity`, p.entity, 'entities'));
      event.reportedBy.forEach((id, j) => check(file, event.id, `events[${i}].reportedBy[${j}]`, id, 'entities'));
    });
    c.agreements.forEach((agreement, i) => {
      agreement.parties.forEach((id, j) => check(file, agreement.id, `agreements[${i}].parties[${j}]`, id, 'entities'));
      check(file, agreement.id, `agreements[${i}].signedAt`, agreement.signedAt, 'events');
      check(file, agreement.id, `agreements[${i}].partOf`, agreement.partOf, 'agreements');
      agreement.related.forEach((r, j) => check(file, agreement.id, `agreements[${i}].related[${j}].agreement`, r.agreement, 'agreements'));
    });
    c.figures.forEach((figure, i) => {
      figure.subjects.forEach((id, j) => check(file, figure.id, `figures[${i}].subjects[${j}]`, id, 'entities'));
      check(file, figure.id, `figures[${i}].statedBy`, figure.statedBy, 'entities');
    });
    c.quotes.forEach((quote, i) => {
      check(file, quote.id, `quotes[${i}].speaker`, quote.speaker, 'entities');
      check(file, quote.id, `quotes[${i}].event`, quote.event, 'events');
      quote.about.forEach((id, j) => check(file, quote.id, `quotes[${i}].about[${j}]`, id, 'entities'));
    });
    c.claims.forEach((claim, i) => {
      claim.holders.forEach((id, j) => check(file, claim.id, `claims[${i}].holders[${j}]`, id, 'entities'));
      claim.about.forEach((id, j) => check(file, claim.id, `claims[${i}].about[${j}]`, id, 'entities'));
    });
  }
  return problems;
}

/**
 * Every sentence of a published source must be cited by a fact record (event, agreement, figure,
 * quote, claim, or the source's own date) or listed as uncited. Entity mentions alone don't count:
 * a sentence that only names someone still says something that must be captured.
 */
function coverageProblems(input: DataInput, published: CompiledSource[]): Problem[] {
  const problems: Problem[] = [];
  for (const c of published) {
    const spans = citingSpans(c);
    for (const sentence of c.source.sentences) {
      const cited = spans.some((span) => span.start < sentence.end && sentence.start < span.end);
      const excused = c.source.uncited.some((u) => u.start === sentence.start);
      if (!cited && !excused) {
        const text = c.source.text.slice(sentence.start, sentence.end);
        problems.push({
          file: fileOf(input, c.source.id),
          recordId: c.source.id,
          field: 'uncited',
          message: `sentence at ${sentence.start}-${sentence.end} is cited by no record: ${JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text)} (add records for it, or list it under uncited with a reason)`,
        });
      }
    }
  }
  return problems;
}

function citingSpans(c: CompiledSource): Span[] {
  const dates = (d: DateValue | undefined) => d?.evidence ?? [];
  return [
    ...c.source.date.evidence,
    ...c.events.flatMap((e) => [...e.evidence, ...dates(e.date)]),
    ...c.agreements.flatMap((a) => [...a.evidence, ...dates(a.validity), ...dates(a.statusDate)]),
    ...c.figures.flatMap((f) => [...f.evidence, ...dates(f.period)]),
    ...c.quotes.flatMap((q) => q.evidence),
    ...c.claims.flatMap((cl) => [...cl.evidence, ...dates(cl.date)]),
  ];
}
