import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allIds, getRecord } from '@kztj/core';
import { CollectionName, RecordId } from '@kztj/core/schema';
import { SCHEMAS } from '../built-cli.js';
import { showJson, showPlain } from './show.js';

// The CLI tests run the bin for one record a collection; this covers every record in-process.
describe('show output for every record', () => {
  it.each(allIds().map((id) => [id]))('%s', (id) => {
    const ref = getRecord(id)!;
    const plain = showPlain(ref);
    for (const span of ref.record.evidence) {
      expect(plain).toContain(`${span.source} ${span.start}-${span.end}`);
      expect(plain).toContain(`[[${span.exact}]]`);
    }
    const shown = z
      .object({
        collection: CollectionName,
        record: SCHEMAS[ref.collection] as z.ZodType,
        related: z.array(z.object({ relation: z.string().min(1), id: RecordId, collection: CollectionName, title: z.string().min(1) })),
      })
      .parse(JSON.parse(showJson(ref)));
    expect(shown.record).toEqual(ref.record);
  });
});
