import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allIds, dataset, getRecord, type RecordField } from '@kztj/core';
import { nameOf } from '../describe-record.js';
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

describe('show marks how values are known', () => {
  const event = dataset.events.find((e) => e.participants.some((p) => p.basis === 'inferred'))!;
  const inferred = event.participants.find((p) => p.basis === 'inferred')!;

  it('puts "inferred" on the value and the reasoning on the indented line under it', () => {
    const lines = showPlain({ collection: 'events', record: event }).split('\n');
    const at = lines.findIndex((line) => line.startsWith('Participants'));
    expect(lines[at]).toContain(`${nameOf(inferred.entity)} (${inferred.role}, inferred)`);
    const why = lines.slice(at + 1).find((line) => /^\s+why: /.test(line));
    expect(why?.trim()).toBe(`why: ${nameOf(inferred.entity)}: ${inferred.reasoning}`);
  });

  it('gives each field with its basis and reasoning in --json', () => {
    const shown = JSON.parse(showJson({ collection: 'events', record: event })) as { fields: RecordField[] };
    const participants = shown.fields.find((f) => f.key === 'participants')!.value;
    expect(participants.kind === 'participants' && participants.participants.find((p) => p.id === inferred.entity)).toMatchObject({
      basis: 'inferred',
      reasoning: inferred.reasoning,
      qualifier: inferred.role,
    });
  });
});
