import type { Span } from '../schema/evidence.js';

/**
 * Every span anywhere inside a record (evidence, date evidence, role evidence…) with its path.
 * Source texts and sentence lists are skipped: they are not spans and are large.
 */
export function* spansWithPaths(value: unknown, path: PropertyKey[] = []): Generator<{ span: Span; path: PropertyKey[] }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* spansWithPaths(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.exact === 'string' && typeof record.start === 'number' && typeof record.source === 'string') {
      yield { span: record as unknown as Span, path };
      return;
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'text' && key !== 'sentences') yield* spansWithPaths(child, [...path, key]);
  }
}
