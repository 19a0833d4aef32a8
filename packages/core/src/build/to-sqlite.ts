/**
 * The dataset as one SQLite file (`kztj.sqlite`), built from the same relational tables as the
 * CSVs (build/tables.ts), so the two never disagree. Foreign keys tie every row to its record and
 * every span to its article; `records` lists every id with its collection (links can point into
 * any collection); views give the common joins; `search` is an FTS5 index over each record's
 * text and its evidence. Open it with `sqlite3`, Datasette or any SQLite binding.
 */
import Database from 'better-sqlite3';
import { COLLECTIONS } from '../model.js';
import type { Dataset } from '../schema/dataset.js';
import { datasetTables, type Cell, type Column, type Table } from './tables.js';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const SQL_TYPE: Record<Column['type'], string> = { text: 'TEXT', number: 'REAL', boolean: 'INTEGER', json: 'TEXT' };
// Offsets and positions are whole numbers: give them INTEGER affinity so they compare as such.
const INTEGER_COLUMNS = new Set(['position', 'start', 'end', 'body_start', 'body_end', 'length']);

/** Every view, with what it is for: the README's examples use them. */
export const SQLITE_VIEWS: ReadonlyArray<{ name: string; description: string; sql: string }> = [
  {
    name: 'event_participants',
    description: 'Who took part in each event, in what role, and on what basis (the derived record, every article\'s participants).',
    sql: `SELECT e.id AS event, e.title, e.date, l.target AS entity, n.name, l.role, l.basis, l.reasoning
          FROM events e JOIN links l ON l.record = e.id AND l.holder = '' AND l.field = 'participants'
          JOIN entities n ON n.id = l.target`,
  },
  {
    name: 'record_reports',
    description: 'Which articles report each record, oldest first.',
    sql: COLLECTIONS.filter((c) => c !== 'sources' && c !== 'quotes')
      .map((c) => `SELECT record, '${c}' AS collection, position, source FROM ${quote(`${c}_reports`)}`)
      .join(' UNION ALL '),
  },
  {
    name: 'evidence_in_article',
    description: 'Every span with the article it is in, so the words can be checked against the text (substr(text, start + 1, end - start)).',
    sql: `SELECT v.record, v.path, v.position, v.source, s.file, v.start, v."end", v.exact
          FROM evidence v JOIN sources s ON s.id = v.source`,
  },
];

const sqlCell = (cell: Cell) => (typeof cell === 'boolean' ? Number(cell) : cell);

function createTable(db: Database.Database, table: Table): void {
  const columns = table.columns.map((c) => `${quote(c.name)} ${INTEGER_COLUMNS.has(c.name) ? 'INTEGER' : SQL_TYPE[c.type]}`);
  const constraints = [`PRIMARY KEY (${table.key.map(quote).join(', ')})`];
  if (table.role === 'collection') constraints.push(`FOREIGN KEY ("id") REFERENCES records ("id")`);
  else constraints.push(`FOREIGN KEY ("record") REFERENCES records ("id")`);
  if (table.role === 'links') constraints.push(`FOREIGN KEY ("target") REFERENCES records ("id")`);
  if (table.role === 'evidence') constraints.push(`FOREIGN KEY ("source") REFERENCES sources ("id")`);
  db.exec(`CREATE TABLE ${quote(table.name)} (${[...columns, ...constraints].join(', ')})`);
  const insert = db.prepare(`INSERT INTO ${quote(table.name)} VALUES (${table.columns.map(() => '?').join(', ')})`);
  for (const row of table.rows) insert.run(row.map(sqlCell));
  if (table.role !== 'collection') db.exec(`CREATE INDEX ${quote(`${table.name}_record`)} ON ${quote(table.name)} ("record")`);
}

/** The SQLite database of a dataset, as the bytes of the file. */
export function datasetToSqlite(dataset: Dataset, tables: readonly Table[] = datasetTables(dataset)): Buffer {
  const db = new Database(':memory:');
  try {
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      db.exec(`CREATE TABLE meta ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL)`);
      db.prepare('INSERT INTO meta VALUES (?, ?)').run('dataVersion', dataset.dataVersion);
      db.prepare('INSERT INTO meta VALUES (?, ?)').run('retiredIds', JSON.stringify(dataset.retiredIds));
      db.exec(`CREATE TABLE records ("id" TEXT PRIMARY KEY, "collection" TEXT NOT NULL)`);
      const record = db.prepare('INSERT INTO records VALUES (?, ?)');
      for (const collection of COLLECTIONS) for (const r of dataset[collection]) record.run(r.id, collection);
      for (const table of tables) createTable(db, table);
      db.exec(`CREATE INDEX links_target ON links ("target")`);
      db.exec(`CREATE INDEX evidence_source ON evidence ("source", "start")`);
      for (const view of SQLITE_VIEWS) db.exec(`CREATE VIEW ${quote(view.name)} AS ${view.sql}`);

      // Full-text search: a record's own words (every text cell of its row) and its evidence.
      db.exec(`CREATE VIRTUAL TABLE search USING fts5("id" UNINDEXED, "collection" UNINDEXED, "text", "evidence", tokenize = 'porter unicode61 remove_diacritics 2')`);
      const exact = new Map<string, string[]>();
      const evidence = tables.find((t) => t.role === 'evidence')!;
      for (const row of evidence.rows) exact.set(String(row[0]), [...(exact.get(String(row[0])) ?? []), String(row[6])]);
      const add = db.prepare('INSERT INTO search VALUES (?, ?, ?, ?)');
      for (const table of tables.filter((t) => t.role === 'collection')) {
        const text = table.columns.map((c, i) => (c.type === 'text' && !c.name.endsWith('_basis') && c.name !== 'sha256' ? i : -1)).filter((i) => i >= 0);
        for (const row of table.rows) {
          const id = String(row[0]);
          add.run(id, table.name, text.map((i) => row[i]).filter((v) => typeof v === 'string').join('\n'), (exact.get(id) ?? []).join('\n'));
        }
      }
    })();
    // Merge the FTS segments and drop free pages: the file ships in the package.
    db.exec("INSERT INTO search(search) VALUES ('optimize')");
    db.exec('VACUUM');
    const problems = db.pragma('foreign_key_check') as unknown[];
    if (problems.length > 0) throw new Error(`the SQLite export breaks ${problems.length} foreign key(s): ${JSON.stringify(problems.slice(0, 3))}`);
    return db.serialize();
  } finally {
    db.close();
  }
}
