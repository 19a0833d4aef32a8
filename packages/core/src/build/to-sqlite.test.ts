import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset } from '../dataset.js';
import { COLLECTIONS } from '../model.js';
import { datasetTables } from './tables.js';
import { datasetToSqlite } from './to-sqlite.js';

const db = new Database(datasetToSqlite(dataset), { readonly: true });
afterAll(() => db.close());

/** The README's example queries, exactly as printed there. */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('<!-- sqlite-examples:begin'), readme.indexOf('<!-- sqlite-examples:end'));
const examples = [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

describe('the SQLite export', () => {
  it('holds every row of every table, and every record once in records', () => {
    for (const table of datasetTables(dataset)) {
      const { n } = db.prepare(`SELECT count(*) AS n FROM "${table.name}"`).get() as { n: number };
      expect(n, table.name).toBe(table.rows.length);
    }
    const { n } = db.prepare('SELECT count(*) AS n FROM records').get() as { n: number };
    expect(n).toBe(COLLECTIONS.reduce((sum, c) => sum + dataset[c].length, 0));
    expect(db.prepare("SELECT value FROM meta WHERE key = 'dataVersion'").pluck().get()).toBe(dataset.dataVersion);
  });

  it('enforces its foreign keys: a link to a record that does not exist is refused', () => {
    const copy = new Database(db.serialize());
    copy.pragma('foreign_keys = ON');
    expect(copy.pragma('foreign_key_check')).toEqual([]);
    expect(() => copy.prepare("INSERT INTO links (record, holder, field, position, target, basis) VALUES ('event-nope', '', 'place', 0, 'astana', 'stated')").run()).toThrow(/FOREIGN KEY/);
    copy.close();
  });

  it('answers the README\'s three example queries', () => {
    expect(examples).toHaveLength(3);
    const [participants, search, check] = examples.map((sql) => db.prepare(sql).all() as Array<Record<string, unknown>>);
    const tokayev = dataset.events.filter((e) => e.participants.some((p) => p.entity === 'kassym-jomart-tokayev'));
    expect(participants!.map((r) => r.event).sort()).toEqual(tokayev.map((e) => e.id).sort());
    expect(participants!.every((r) => r.basis === 'stated' || r.basis === 'inferred')).toBe(true);
    expect(search!.length).toBeGreaterThan(0);
    expect(search!.map((r) => r.id)).toContain('claim-2023-transboundary-water-approaches');
    expect(check).toEqual([]); // every span's exact words are where it says
  });

  it('finds a record by the words of its evidence, stemmed (FTS5 porter): "signed" finds "signing" too', () => {
    const hits = db.prepare("SELECT id FROM search WHERE search MATCH 'evidence:signed'").pluck().all() as string[];
    expect(hits.length).toBeGreaterThan(1);
    const evidence = db.prepare('SELECT exact FROM evidence WHERE record = ?').pluck();
    for (const id of hits) expect((evidence.all(id) as string[]).join(' '), id).toMatch(/\bsign/i);
    const forms = new Set(hits.flatMap((id) => (evidence.all(id) as string[]).join(' ').match(/\bsign\w*/gi) ?? []).map((w) => w.toLowerCase()));
    expect(forms.size).toBeGreaterThan(1); // more than one form of the word matched
  });
});
