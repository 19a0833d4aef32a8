/**
 * The dataset as relational tables, generated from the zod schemas and the collection model: no
 * column is written by hand, so a field added to a schema appears in the tables (and the CSVs,
 * and their documentation) by itself. The tables are lossless: `assemble` rebuilds the dataset
 * from them, and a test holds it to that.
 *
 * - One table per collection, one row per record. Text, number, boolean and enum fields are
 *   columns; a date is exploded into `<field>`, `<field>_earliest` … `<field>_reasoning`; a
 *   single link into `<field>`, `<field>_basis`, `<field>_reasoning`; a list of plain values or
 *   a small object is one JSON cell.
 * - A list of sub-records (a record's reports, an entity's roles) is a child table,
 *   `<collection>_<field>`, keyed by `record` and `position`, its fields treated the same way.
 * - `links`: every multi-valued link (participants with their role, parties, subjects…) of a
 *   record or of a sub-record (`holder`), with its basis and reasoning.
 * - `evidence`: every span, keyed by record and `path` (where in the record the list of spans
 *   sits, as "reports[0].participants[1].evidence").
 */
import { z } from 'zod';
import { COLLECTIONS, modelOf, type CollectionName } from '../model.js';
import { COLLECTION_SCHEMAS, type Dataset } from '../schema/dataset.js';
import type { Span } from '../schema/evidence.js';

export type Cell = string | number | boolean | null;

/** How a cell is written and read back: text as is, numbers and booleans as their JSON spelling, json as JSON. */
export type ColumnType = 'text' | 'number' | 'boolean' | 'json';

export interface Column {
  name: string;
  description: string;
  type: ColumnType;
}

export interface Table {
  name: string;
  /** What one row is. */
  description: string;
  /** A collection's own table, a list of its sub-records, or one of the two join tables. */
  role: 'collection' | 'children' | 'links' | 'evidence';
  /** The columns that identify a row. */
  key: string[];
  columns: Column[];
  rows: Cell[][];
}

type Shape = Record<string, z.ZodType>;
type Kind = 'scalar' | 'date' | 'link' | 'links' | 'spans' | 'children' | 'json';
type Planned = Column & { key: string; kind: Kind; part?: string };

const def = (t: z.ZodType) => (t as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Shape } } })._zod.def;
/** The type under optional/default wrappers. */
function unwrap(t: z.ZodType): z.ZodType {
  const d = def(t);
  return (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') && d.innerType ? unwrap(d.innerType) : t;
}
const typeOf = (t: z.ZodType) => def(unwrap(t)).type;
const elementOf = (t: z.ZodType) => def(unwrap(t)).element!;
const shapeOf = (t: z.ZodType): Shape => def(unwrap(t)).shape!;
const describe = (t: z.ZodType) => (t as { description?: string }).description ?? (unwrap(t) as { description?: string }).description ?? '';
const SCALARS = new Set(['string', 'number', 'boolean', 'enum', 'literal']);

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/\./g, '_');

/** The model's link field at this place: a report's links are the record's per-report fields; a role's `of` is "roles.of". */
function linkFieldAt(collection: CollectionName, level: string, key: string) {
  const path = level === '' ? key : `${level}.${key}`;
  return modelOf(collection).links.find((l) => l.field === path || (level === 'reports' && l.field === key && l.perReport));
}

/** How a field of a record (or sub-record) of `collection` at `level` ("" or "roles") is stored. */
function kindOf(collection: CollectionName, level: string, key: string, type: z.ZodType): Kind {
  const model = modelOf(collection);
  if (key === 'evidence') return 'spans';
  const link = linkFieldAt(collection, level, key);
  // A dotted link ("roles.of") is one link per entry of its list.
  if (link) return link.many && !link.field.includes('.') ? 'links' : 'link';
  if (model.dates.includes(key) && (level === '' || level === 'reports')) return 'date';
  const t = typeOf(type);
  if (SCALARS.has(t)) return 'scalar';
  if (t === 'array' && typeOf(elementOf(type)) === 'object' && level === '' && ('source' in shapeOf(elementOf(type)))) return 'children';
  return 'json';
}

const DATE_PARTS = ['edtf', 'earliest', 'latest', 'precision', 'uncertain', 'basis', 'reasoning'] as const;
const LINK_PARTS = ['id', 'basis', 'reasoning'] as const;

const columnType = (type: z.ZodType): ColumnType => {
  const t = typeOf(type);
  return t === 'number' ? 'number' : t === 'boolean' ? 'boolean' : 'text';
};

/** The columns a record-like object of this shape becomes, with how each is filled. */
function columnsOf(collection: CollectionName, level: string, shape: Shape): Planned[] {
  const out: Planned[] = [];
  for (const [key, type] of Object.entries(shape)) {
    const kind = kindOf(collection, level, key, type);
    const name = snake(key);
    const description = describe(type);
    if (kind === 'scalar') out.push({ name, key, kind, type: columnType(type), description });
    else if (kind === 'json') out.push({ name, key, kind, type: 'json', description });
    else if (kind === 'date' || kind === 'link') {
      const inner = shapeOf(type);
      for (const part of kind === 'date' ? DATE_PARTS : LINK_PARTS) {
        const first = part === 'edtf' || part === 'id';
        out.push({ name: first ? name : `${name}_${part}`, key, kind, part, type: columnType(inner[part]!), description: first ? description : `${describe(inner[part]!)} (${key})` });
      }
    }
  }
  return out;
}

/** The fields a link item carries besides the link itself (a participant's role, a relation's note). */
const LINK_OWN = new Set(['id', 'basis', 'reasoning', 'evidence']);

interface Plan {
  collection: CollectionName;
  main: Planned[];
  children: Array<{ key: string; columns: Planned[]; shape: Shape }>;
}

function planOf(collection: CollectionName): Plan {
  const shape = shapeOf(COLLECTION_SCHEMAS[collection]);
  const children = Object.entries(shape)
    .filter(([key, type]) => kindOf(collection, '', key, type) === 'children')
    .map(([key, type]) => {
      const child = shapeOf(elementOf(type));
      return { key, shape: child, columns: columnsOf(collection, key, child) };
    });
  return { collection, main: columnsOf(collection, '', shape), children };
}

/** Columns of the links table: the link, and every field a link item of any collection carries. */
function linkExtras(): Array<Column & { key: string }> {
  const extras = new Map<string, Column & { key: string }>();
  for (const collection of COLLECTIONS) {
    const walk = (shape: Shape, level: string) => {
      for (const [key, type] of Object.entries(shape)) {
        const kind = kindOf(collection, level, key, type);
        if (kind === 'links' && typeOf(elementOf(type)) === 'object') {
          for (const [own, t] of Object.entries(shapeOf(elementOf(type)))) {
            if (!LINK_OWN.has(own) && SCALARS.has(typeOf(t)) && !modelOf(collection).links.some((l) => l.idKey === own)) extras.set(own, { key: own, name: snake(own), type: 'text', description: describe(t) });
          }
        }
        if (kind === 'children' && level === '') walk(shapeOf(elementOf(type)), key);
      }
    };
    walk(shapeOf(COLLECTION_SCHEMAS[collection]), '');
  }
  return [...extras.values()];
}

const cellOf = (value: unknown, kind: Kind): Cell => {
  if (value === undefined) return null;
  if (kind === 'json') return JSON.stringify(value);
  return value as Cell;
};

/** Every table of the dataset, in a stable order: collections (each followed by its children), links, evidence. */
export function datasetTables(dataset: Dataset): Table[] {
  const extras = linkExtras();
  const links: Table = {
    name: 'links',
    role: 'links',
    key: ['record', 'holder', 'field', 'position'],
    description: 'One multi-valued link of a record or of one of its sub-records (holder), in order.',
    columns: [
      { name: 'record', type: 'text', description: 'Id of the record holding the link.' },
      { name: 'holder', type: 'text', description: 'Where in the record the link list sits: empty for the record itself, or "reports[0]", "roles[1]".' },
      { name: 'field', type: 'text', description: 'The link field (participants, parties, subjects…).' },
      { name: 'position', type: 'number', description: 'Position in the list, from 0.' },
      { name: 'target', type: 'text', description: 'Id of the record linked to.' },
      { name: 'basis', type: 'text', description: '"stated" or "inferred".' },
      { name: 'reasoning', type: 'text', description: 'For inferred links: why the link follows from the text.' },
      ...extras,
    ],
    rows: [],
  };
  const evidence: Table = {
    name: 'evidence',
    role: 'evidence',
    key: ['record', 'path', 'position'],
    description: 'One evidence span: exact characters of a seed article that a record, or a value inside it, rests on.',
    columns: [
      { name: 'record', type: 'text', description: 'Id of the record.' },
      { name: 'path', type: 'text', description: 'Where in the record the list of spans sits ("evidence", "date.evidence", "reports[0].participants[1].evidence").' },
      { name: 'position', type: 'number', description: 'Position in that list, from 0.' },
      { name: 'source', type: 'text', description: 'Id of the source (seed article) the span is in.' },
      { name: 'start', type: 'number', description: 'Offset of the first character, in UTF-16 code units.' },
      { name: 'end', type: 'number', description: 'Offset just past the last character.' },
      { name: 'exact', type: 'text', description: 'The exact text of the span.' },
      { name: 'prefix', type: 'text', description: 'Up to 32 code units of text before the span.' },
      { name: 'suffix', type: 'text', description: 'Up to 32 code units of text after the span.' },
    ],
    rows: [],
  };
  const spans = (record: string, path: string, list: readonly Span[]) =>
    list.forEach((s, i) => evidence.rows.push([record, path, i, s.source, s.start, s.end, s.exact, s.prefix, s.suffix]));

  /** One row of a record-like object; its links and spans go to their tables. */
  const rowOf = (record: string, at: string, columns: Planned[], shape: Shape, collection: CollectionName, level: string, value: Record<string, unknown>): Cell[] => {
    const prefix = at === '' ? '' : `${at}.`;
    for (const [key, type] of Object.entries(shape)) {
      const kind = kindOf(collection, level, key, type);
      const field = value[key];
      if (field === undefined) continue;
      if (kind === 'spans') spans(record, `${prefix}${key}`, field as Span[]);
      if (kind === 'date' || kind === 'link') spans(record, `${prefix}${key}.evidence`, (field as { evidence: Span[] }).evidence);
      if (kind === 'links') {
        const idKey = linkFieldAt(collection, level, key)?.idKey ?? 'id';
        (field as Array<Record<string, unknown>>).forEach((item, i) => {
          links.rows.push([record, at, key, i, item[idKey] as string, item.basis as string, (item.reasoning as string | undefined) ?? null, ...extras.map((c) => (item[c.key] as string | undefined) ?? null)]);
          spans(record, `${prefix}${key}[${i}].evidence`, item.evidence as Span[]);
        });
      }
    }
    return columns.map((c) => {
      const field = value[c.key];
      if (c.part === undefined) return cellOf(field, c.kind);
      return field === undefined ? null : cellOf((field as Record<string, unknown>)[c.part], 'scalar');
    });
  };

  const tables: Table[] = [];
  for (const collection of COLLECTIONS) {
    const plan = planOf(collection);
    const { singular } = modelOf(collection);
    const main: Table = { name: collection, description: `One ${singular}.`, role: 'collection', key: ['id'], columns: plan.main.map(({ name, description, type }) => ({ name, description, type })), rows: [] };
    const children = plan.children.map((child) => ({
      child,
      table: <Table>{
        name: `${collection}_${snake(child.key)}`,
        role: 'children',
        key: ['record', 'position'],
        description: `One entry of a ${singular}'s ${child.key}, in order.`,
        columns: [
          { name: 'record', type: 'text', description: `Id of the ${singular}.` },
          { name: 'position', type: 'number', description: 'Position in the list, from 0.' },
          ...child.columns.map(({ name, description, type }) => ({ name, description, type })),
        ],
        rows: [] as Cell[][],
      },
    }));
    const shape = shapeOf(COLLECTION_SCHEMAS[collection]);
    for (const record of dataset[collection] as unknown as Array<Record<string, unknown> & { id: string }>) {
      main.rows.push(rowOf(record.id, '', plan.main, shape, collection, '', record));
      for (const { child, table } of children) {
        (record[child.key] as Array<Record<string, unknown>>).forEach((item, i) => {
          table.rows.push([record.id, i, ...rowOf(record.id, `${child.key}[${i}]`, child.columns, child.shape, collection, child.key, item)]);
        });
      }
    }
    tables.push(main, ...children.map((c) => c.table));
  }
  return [...tables, links, evidence];
}

/**
 * The dataset again, from its tables: the proof that they lose nothing. Cells are read back by
 * the schema's types, spans and links put back at their paths.
 */
export function assembleDataset(tables: readonly Table[], meta: Pick<Dataset, 'dataVersion' | 'retiredIds'>): Dataset {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const rowsOf = (name: string) => {
    const table = byName.get(name);
    if (!table) throw new Error(`missing table ${name}`);
    return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.name, row[i]])) as Record<string, Cell>);
  };
  const spans = new Map<string, Span[]>();
  for (const r of rowsOf('evidence')) {
    const key = `${r.record}\u0000${r.path}`;
    const list = spans.get(key) ?? [];
    list[Number(r.position)] = { source: String(r.source), start: Number(r.start), end: Number(r.end), exact: String(r.exact), prefix: String(r.prefix ?? ''), suffix: String(r.suffix ?? '') };
    spans.set(key, list);
  }
  const linkRows = new Map<string, Array<Record<string, Cell>>>();
  for (const r of rowsOf('links')) {
    const key = `${r.record}\u0000${r.holder ?? ''}\u0000${r.field}`;
    const list = linkRows.get(key) ?? [];
    list[Number(r.position)] = r;
    linkRows.set(key, list);
  }
  const extras = linkExtras();

  const objectOf = (record: string, at: string, collection: CollectionName, level: string, shape: Shape, row: Record<string, Cell>, columns: Planned[]) => {
    const prefix = at === '' ? '' : `${at}.`;
    const out: Record<string, unknown> = {};
    for (const [key, type] of Object.entries(shape)) {
      const kind = kindOf(collection, level, key, type);
      const name = snake(key);
      const evidenceAt = (path: string) => spans.get(`${record}\u0000${prefix}${path}`) ?? [];
      if (kind === 'scalar' && row[name] !== null) out[key] = row[name];
      if (kind === 'json' && row[name] !== null) out[key] = JSON.parse(String(row[name]));
      if (kind === 'spans') out[key] = evidenceAt(key);
      if (kind === 'date' || kind === 'link') {
        const parts = columns.filter((c) => c.key === key);
        if (row[parts[0]!.name] === null) continue;
        const value: Record<string, unknown> = {};
        for (const c of parts) if (row[c.name] !== null) value[c.part!] = row[c.name];
        value.evidence = evidenceAt(`${key}.evidence`);
        out[key] = value;
      }
      if (kind === 'links') {
        const idKey = linkFieldAt(collection, level, key)?.idKey ?? 'id';
        out[key] = (linkRows.get(`${record}\u0000${at}\u0000${key}`) ?? []).map((r, i) => {
          const link: Record<string, unknown> = { [idKey]: r.target, basis: r.basis };
          if (r.reasoning !== null) link.reasoning = r.reasoning;
          for (const extra of extras) if (r[extra.name] !== null && r[extra.name] !== undefined) link[extra.key] = r[extra.name];
          link.evidence = evidenceAt(`${key}[${i}].evidence`);
          return link;
        });
      }
    }
    return out;
  };

  const out: Record<string, unknown> = { ...meta };
  for (const collection of COLLECTIONS) {
    const plan = planOf(collection);
    const shape = shapeOf(COLLECTION_SCHEMAS[collection]);
    const childRows = new Map(plan.children.map((c) => [c.key, rowsOf(`${collection}_${snake(c.key)}`)]));
    out[collection] = rowsOf(collection).map((row) => {
      const id = String(row.id);
      const record = objectOf(id, '', collection, '', shape, row, plan.main);
      for (const child of plan.children) {
        record[child.key] = childRows
          .get(child.key)!
          .filter((r) => r.record === id)
          .sort((a, b) => Number(a.position) - Number(b.position))
          .map((r, i) => objectOf(id, `${child.key}[${i}]`, collection, child.key, child.shape, r, child.columns));
      }
      return record;
    });
  }
  return out as unknown as Dataset;
}
