import type { Dataset } from '../schema/dataset.js';
import type { Span } from '../schema/evidence.js';
import { spansWithPaths } from './walk-spans.js';

export interface SentenceCoverage {
  start: number;
  end: number;
  text: string;
  /** Ids of records whose evidence (or date evidence) overlaps the sentence. */
  citedBy: string[];
  /** Reason given for leaving the sentence uncited, if listed. */
  uncitedReason?: string;
}

export interface SourceCoverage {
  source: string;
  file: string;
  sentences: SentenceCoverage[];
}

/** Every sentence of every source with the records that cite it: the completeness report. */
export function coverage(dataset: Dataset): SourceCoverage[] {
  const citing: Array<{ id: string; span: Span }> = [];
  for (const collection of ['entities', 'events', 'agreements', 'figures', 'quotes', 'claims', 'sources'] as const) {
    for (const record of dataset[collection]) for (const { span } of spansWithPaths(record)) citing.push({ id: record.id, span });
  }
  return dataset.sources.map((source) => ({
    source: source.id,
    file: source.file,
    sentences: source.sentences.map((sentence) => {
      const ids = citing
        .filter(({ span }) => span.source === source.id && span.start < sentence.end && sentence.start < span.end)
        .map(({ id }) => id);
      const reason = source.uncited.find((u) => u.start === sentence.start)?.reason;
      return {
        ...sentence,
        text: source.text.slice(sentence.start, sentence.end),
        citedBy: [...new Set(ids)],
        ...(reason ? { uncitedReason: reason } : {}),
      };
    }),
  }));
}
