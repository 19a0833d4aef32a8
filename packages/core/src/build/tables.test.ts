import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset.js';
import { COLLECTIONS } from '../model.js';
import { Dataset } from '../schema/dataset.js';
import { assembleDataset, datasetTables, type Table } from './tables.js';
import { datasetToCsv, readCell } from './to-csv.js';
import { spansWithPaths } from './walk-spans.js';

const empty = { ...dataset, ...Object.fromEntries(COLLECTIONS.map((c) => [c, []])) } as Dataset;

/** The tables as a consumer gets them: parsed from the CSV text alone, typed by the documented column types. */
function tablesFromCsv(files: Map<string, string>): Table[] {
  return datasetTables(empty).map((plan) => {
    const text = files.get(`${plan.name}.csv`);
    if (text === undefined) throw new Error(`no ${plan.name}.csv`);
    const [header, ...rows] = parse(text, { relaxColumnCount: false }) as string[][];
    expect(header, plan.name).toEqual(plan.columns.map((c) => c.name));
    return { ...plan, rows: rows.map((row) => row.map((cell, i) => readCell(cell, plan.columns[i]!))) };
  });
}

describe('the relational tables and their CSV', () => {
  it('lose nothing: the dataset is rebuilt from the CSV files alone, equal to dataset.json', () => {
    const rebuilt = assembleDataset(tablesFromCsv(datasetToCsv(dataset)), { dataVersion: dataset.dataVersion, retiredIds: dataset.retiredIds });
    expect(Dataset.parse(rebuilt)).toEqual(dataset);
  });

  it('hold every span once in evidence.csv, at a path that names where it sits', () => {
    const [evidence] = datasetTables(dataset).filter((t) => t.name === 'evidence');
    const expected = COLLECTIONS.flatMap((c) => dataset[c].flatMap((r) => [...spansWithPaths(r)]));
    expect(evidence!.rows.length).toBe(expected.length);
    const paths = new Set(evidence!.rows.map((row) => row[1]));
    expect(paths).toContain('reports[0].participants[0].evidence');
    expect(paths).toContain('date.evidence');
  });

  it('put participants in links.csv with their role and basis, never in a joined cell', () => {
    const links = datasetTables(dataset).find((t) => t.name === 'links')!;
    const column = (name: string) => links.columns.findIndex((c) => c.name === name);
    const participant = links.rows.find((row) => row[column('field')] === 'participants' && row[column('holder')] === '');
    expect(participant?.[column('role')]).toEqual(expect.any(String));
    expect(['stated', 'inferred']).toContain(participant?.[column('basis')]);
    const events = datasetTables(dataset).find((t) => t.name === 'events')!;
    expect(events.columns.map((c) => c.name)).not.toContain('participants');
  });

  it('generates every column from the schema: a field the schema has is a column or a table', () => {
    const events = datasetTables(dataset).find((t) => t.name === 'events')!;
    const names = events.columns.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['summary', 'part_of', 'part_of_basis', 'date_earliest', 'date_reasoning', 'topics', 'disagreements']));
    const sources = datasetTables(dataset).find((t) => t.name === 'sources')!;
    expect(sources.columns.map((c) => c.name)).toContain('text'); // spans resolve from the CSVs alone
  });
});
