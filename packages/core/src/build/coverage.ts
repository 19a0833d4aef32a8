import { COLLECTIONS, modelOf, type CollectionName } from '../model.js';
import type { Dataset } from '../schema/dataset.js';
import type { Span } from '../schema/evidence.js';
import type { Source } from '../schema/source.js';
import { spansWithPaths } from './walk-spans.js';

/**
 * THE coverage rule, the one implementation the build, the coverage report and ingest share: a
 * sentence of an article is cited when a span of that article that some record relies on overlaps
 * it. Which spans a record relies on is the model's `cites`: every span of an event, agreement,
 * figure, quote or claim (its evidence, its dates', its links'), a source's date, and nothing of
 * an entity (naming someone is not saying something). A sentence nothing cites must be listed
 * under `uncited` with a reason.
 */
export function citingSpans(collection: CollectionName, record: object, sourceId?: string): Span[] {
  const model = modelOf(collection);
  let spans: Span[];
  if (model.cites === 'none') spans = [];
  else if (model.cites === 'date') {
    spans = model.dates.flatMap((field) => ((record as Record<string, { evidence?: Span[] } | undefined>)[field]?.evidence ?? []));
  } else spans = [...spansWithPaths(record)].map(({ span }) => span);
  return sourceId === undefined ? spans : spans.filter((span) => span.source === sourceId);
}

const overlaps = (span: { start: number; end: number }, sentence: { start: number; end: number }) => span.start < sentence.end && sentence.start < span.end;

export interface SentenceCoverage {
  start: number;
  end: number;
  text: string;
  /** Ids of the records that cite the sentence, by the coverage rule. */
  citedBy: string[];
  /** Entities the sentence names: shown, but they do not cite it. */
  names: string[];
  /** Reason given for leaving the sentence uncited, if listed. */
  uncitedReason?: string;
}

export interface SourceCoverage {
  source: string;
  file: string;
  sentences: SentenceCoverage[];
}

type Located = { id: string; span: Span };
interface SpansBySource {
  citing: Map<string, Located[]>;
  naming: Map<string, Located[]>;
}

/** Each record walked once: its citing spans, and an entity's names, grouped by article. */
function spansBySource(records: Iterable<{ collection: CollectionName; record: { id: string } }>): SpansBySource {
  const out: SpansBySource = { citing: new Map(), naming: new Map() };
  const add = (map: Map<string, Located[]>, id: string, span: Span) => {
    const list = map.get(span.source);
    if (list) list.push({ id, span });
    else map.set(span.source, [{ id, span }]);
  };
  for (const { collection, record } of records) {
    for (const span of citingSpans(collection, record)) add(out.citing, record.id, span);
    if (modelOf(collection).cites === 'none') for (const { span } of spansWithPaths(record)) add(out.naming, record.id, span);
  }
  return out;
}

function coverageOf(source: Source, spans: SpansBySource): SourceCoverage {
  const idsAt = (list: readonly Located[] | undefined, sentence: { start: number; end: number }) =>
    [...new Set((list ?? []).filter(({ span }) => overlaps(span, sentence)).map(({ id }) => id))];
  return {
    source: source.id,
    file: source.file,
    sentences: source.sentences.map((sentence) => {
      const reason = source.uncited.find((u) => u.start === sentence.start)?.reason;
      return {
        ...sentence,
        text: source.text.slice(sentence.start, sentence.end),
        citedBy: idsAt(spans.citing.get(source.id), sentence),
        names: idsAt(spans.naming.get(source.id), sentence),
        ...(reason ? { uncitedReason: reason } : {}),
      };
    }),
  };
}

/** Every record of a dataset, with its collection. */
function* everyRecord(dataset: Pick<Dataset, CollectionName>): Generator<{ collection: CollectionName; record: { id: string } }> {
  for (const collection of COLLECTIONS) for (const record of dataset[collection]) yield { collection, record };
}

/**
 * Every sentence of every source (or of the sources `only` names) with the records that cite it:
 * the completeness report, and the build's and ingest's coverage check.
 */
export function coverage(dataset: Pick<Dataset, CollectionName>, only?: ReadonlySet<string>): SourceCoverage[] {
  return coverageOfRecords(dataset.sources.filter((s) => only === undefined || only.has(s.id)), everyRecord(dataset));
}

/**
 * The coverage of some sources by any records (or parts of records: the build asks it of each
 * article's reports before it derives the records from them, which gives the same answer).
 */
export function coverageOfRecords(sources: readonly Source[], records: Iterable<{ collection: CollectionName; record: { id: string } }>): SourceCoverage[] {
  const spans = spansBySource(records);
  return sources.map((source) => coverageOf(source, spans));
}

/** The sentences of a coverage that nothing cites and no `uncited` entry excuses. */
export function uncitedSentences(report: SourceCoverage): SentenceCoverage[] {
  return report.sentences.filter((s) => s.citedBy.length === 0 && s.uncitedReason === undefined);
}
