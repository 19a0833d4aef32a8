import { COLLECTIONS } from '../model.js';
import type { Dataset } from '../schema/dataset.js';
import type { Span } from '../schema/evidence.js';
import type { Problem } from './problem.js';
import { formatPath } from './problem.js';
import { sha256 } from './compile.js';
import { CONTEXT_LENGTH } from './span.js';
import { spansWithPaths } from './walk-spans.js';

/**
 * Checks a compiled dataset against the seed bytes: each source's sha256 and text, and every
 * span anywhere in the data (`slice(start, end) === exact`, prefix and suffix). Used by the tests
 * and by anyone handed a dataset.json they did not build.
 */
export function verifyEvidence(dataset: Dataset, seeds: ReadonlyMap<string, Uint8Array>, file = 'dataset.json'): Problem[] {
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  for (const source of dataset.sources) {
    const bytes = seeds.get(source.file);
    if (!bytes) {
      problems.push({ file, recordId: source.id, field: 'file', message: `seed ${source.file} is missing` });
      continue;
    }
    if (sha256(bytes) !== source.sha256) problems.push({ file, recordId: source.id, field: 'sha256', message: `seed ${source.file} has changed: sha256 differs` });
    const text = new TextDecoder().decode(bytes);
    if (text !== source.text) problems.push({ file, recordId: source.id, field: 'text', message: 'text differs from the seed bytes' });
    texts.set(source.id, text);
  }
  for (const collection of COLLECTIONS) {
    dataset[collection].forEach((record, index) => {
      for (const { span, path } of spansWithPaths(record)) {
        const field = formatPath(path);
        const text = texts.get(span.source);
        const at = (message: string) => problems.push({ file, recordId: record.id, field, message: `${collection}[${index}]: ${message}` });
        if (text === undefined) {
          at(`span points at unknown source "${span.source}"`);
          continue;
        }
        const actual = text.slice(span.start, span.end);
        if (span.end > text.length || actual !== span.exact) at(`span ${span.start}-${span.end} reads ${JSON.stringify(actual)}, expected ${JSON.stringify(span.exact)}`);
        else if (span.prefix !== text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start)) at(`prefix does not match the text before ${span.start}`);
        else if (span.suffix !== text.slice(span.end, span.end + CONTEXT_LENGTH)) at(`suffix does not match the text after ${span.end}`);
      }
    });
  }
  return problems;
}
