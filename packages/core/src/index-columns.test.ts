import { describe, expect, it } from 'vitest';
import { indexColumns, recordColumns, recordFields } from './collections.js';
import { fieldText } from './field-value.js';
import { sourceLabel } from './format.js';
import { COLLECTION_NAMES, records, type RecordRef } from './records.js';

describe('index columns (the registry’s tables)', () => {
  it('gives every record one cell per column of its collection, in order', () => {
    for (const collection of COLLECTION_NAMES) {
      const columns = indexColumns(collection);
      expect(columns.length, collection).toBeGreaterThan(0);
      for (const record of records(collection)) {
        const cells = recordColumns({ collection, record } as RecordRef);
        expect(cells.map((c) => [c.key, c.label, c.facet]), record.id).toEqual(columns.map((c) => [c.key, c.label, c.facet]));
      }
    }
  });

  it('shows a field the same way in a table as on the record page', () => {
    for (const collection of COLLECTION_NAMES) {
      for (const record of records(collection)) {
        const ref = { collection, record } as RecordRef;
        const fields = new Map(recordFields(ref).map((f) => [f.key, f.value]));
        for (const cell of recordColumns(ref)) {
          const field = fields.get(cell.key);
          // Columns without a field of the same key (sources) are checked below. A cell is the value
          // readers filter by: an event's type without its CAMEO code, a factuality without its cue.
          if (!field || !cell.value) continue;
          if (cell.key === 'factuality' || (collection === 'events' && cell.key === 'type')) {
            expect(fieldText(field).startsWith(fieldText(cell.value)), `${record.id} ${cell.key}`).toBe(true);
            continue;
          }
          expect(fieldText(cell.value), `${record.id} ${cell.key}`).toBe(fieldText(field));
        }
      }
    }
  });

  it('sorts dates by their earliest day and amounts by number; filters links by target id', () => {
    const event = records('events').find((e) => e.date && e.place)!;
    const cells = recordColumns({ collection: 'events', record: event });
    expect(cells.find((c) => c.key === 'date')!.sort).toBe(event.date!.earliest);
    expect(cells.find((c) => c.key === 'place')!.facets).toEqual([{ value: event.place!.id, label: expect.any(String) }]);
    expect(cells.find((c) => c.key === 'factuality')!.facets[0]!.value).toBe(event.factuality);
    const figure = records('figures')[0]!;
    expect(recordColumns({ collection: 'figures', record: figure }).find((c) => c.key === 'amount')!.sort).toBe(figure.amount);
  });

  it('names every article by its label and leaves a missing value empty, sorting last', () => {
    for (const record of records('claims')) {
      const sources = recordColumns({ collection: 'claims', record }).find((c) => c.key === 'sources')!;
      expect(sources.facets.map((f) => f.value)).toEqual(record.sources);
      expect(sources.facets.map((f) => f.label)).toEqual(record.sources.map(sourceLabel));
    }
    const undated = records('events').find((e) => !e.date);
    if (undated) {
      const date = recordColumns({ collection: 'events', record: undated }).find((c) => c.key === 'date')!;
      expect([date.value, date.sort]).toEqual([undefined, undefined]);
    }
    expect(records('events').some((e) => !e.date)).toBe(true);
  });
});
