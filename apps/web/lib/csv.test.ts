import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { records } from '@kztj/core';
import { csvRows, parseCsv, toCsv } from './csv';

const coreCsv = (name: string) => readFileSync(fileURLToPath(import.meta.resolve(`@kztj/core/csv/${name}.csv`)), 'utf8');

describe('csv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and writes them back', () => {
    const text = 'id,text\na,"one, two"\nb,"say ""hi""\nthen go"\n';
    expect(parseCsv(text)).toEqual([['id', 'text'], ['a', 'one, two'], ['b', 'say "hi"\nthen go']]);
    expect(toCsv(parseCsv(text))).toBe(text);
  });

  it('reads every row of the core’s CSVs, one per record', () => {
    for (const name of ['events', 'quotes', 'claims'] as const) {
      const [header, ...rows] = parseCsv(coreCsv(name));
      expect(rows.map((r) => r[header!.indexOf('id')])).toEqual(records(name).map((r) => r.id));
      for (const row of rows) expect(row.length).toBe(header!.length);
    }
  });

  it('keeps the header and the asked rows in the asked order', () => {
    const ids = records('events').map((e) => e.id).slice(0, 3).reverse();
    const [header, ...rows] = parseCsv(csvRows(coreCsv('events'), ids));
    expect(header).toEqual(parseCsv(coreCsv('events'))[0]);
    expect(rows.map((r) => r[0])).toEqual(ids);
  });

  it('says what is wrong with input it cannot cut', () => {
    expect(() => parseCsv('id,text\na,"open')).toThrow(/inside a quoted field/);
    expect(() => csvRows('name\nx\n', ['x'])).toThrow(/no id column/);
  });
});
