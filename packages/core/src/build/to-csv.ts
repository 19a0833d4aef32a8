import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../schema/dataset.js';
import { datasetTables, type Cell, type Column, type Table } from './tables.js';

/**
 * The dataset as CSV files (RFC 4180, UTF-8, a header row), one per table of `datasetTables`:
 * `<table>.csv`. Empty cells are absent values; numbers and booleans are written as JSON spells
 * them; a JSON column holds one JSON value per cell.
 */
export function datasetToCsv(dataset: Dataset, tables: readonly Table[] = datasetTables(dataset)): Map<string, string> {
  return new Map(tables.map((table) => [`${table.name}.csv`, tableToCsv(table)]));
}

export function tableToCsv(table: Table): string {
  const rows = table.rows.map((row) => row.map((cell) => (cell === null ? '' : typeof cell === 'string' ? cell : String(cell))));
  return stringify(rows, { header: true, columns: table.columns.map((c) => c.name) });
}

/** A cell read back from CSV text by its column's type. */
export function readCell(text: string, column: Pick<Column, 'type'>): Cell {
  if (text === '') return null;
  if (column.type === 'number') return Number(text);
  if (column.type === 'boolean') return text === 'true';
  return text;
}

/**
 * The documentation of the CSV files, generated from the same plan as the tables: one section
 * per file with each column's meaning, from the schema's descriptions.
 */
export function csvDocs(dataset: Dataset, tables: readonly Table[] = datasetTables(dataset)): string {
  const out = [
    '# kztj CSV files',
    '',
    'Generated from the schema (do not edit). RFC 4180, UTF-8, one header row. An empty cell is an absent value; `json` columns hold one JSON value per cell; numbers and booleans are spelled as in JSON.',
    'Every table can be joined on `record` (a record id); spans in `evidence.csv` resolve against `sources.csv` `text` by `start`/`end`.',
  ];
  for (const table of tables) {
    out.push('', `## ${table.name}.csv`, '', table.description, '', '| column | type | meaning |', '|---|---|---|');
    for (const c of table.columns) out.push(`| \`${c.name}\` | ${c.type} | ${c.description.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
  }
  return `${out.join('\n')}\n`;
}
