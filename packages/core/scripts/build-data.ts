/**
 * Compiles packages/core/data/*.yaml and the seeds into generated/: the dataset JSON, the
 * relational CSVs (and their documentation), the SQLite file, the JSON-LD exports (Web
 * Annotations, schema.org) and the JSON Schemas. Prints every
 * problem (file: record: field: message) and exits 1 without touching generated/ when there is any.
 *
 * Environment: KZTJ_DATA_DIR, KZTJ_SEEDS_DIR, KZTJ_OUT_DIR move the inputs and output (tests).
 * KZTJ_EXTRA_DATA=<dir>[:<dir>…] is FOR TESTS ONLY: each dir holds `seeds/` and `sources/` that
 * are added to the build (e.g. src/build/fixtures/third-article, an article reporting an event of
 * the real data), so app tests can build a dataset with multi-report records. The published
 * build never sets it.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AuthoredSourceFile, AuthoredEntityRegistry, AuthoredMeta, AuthoredCatalogue } from '../src/authoring/authored.js';
import { compileDataset } from '../src/build/compile.js';
import { loadData } from '../src/build/load-data.js';
import { formatProblem } from '../src/build/problem.js';
import { csvDocs, datasetToCsv } from '../src/build/to-csv.js';
import { datasetToSqlite } from '../src/build/to-sqlite.js';
import { datasetTables } from '../src/build/tables.js';
import { annotationsJsonLd, schemaOrgJsonLd } from '../src/build/to-jsonld.js';
import { writeDirectoryAtomically } from '../src/build/write-atomic.js';
import { COLLECTIONS, Dataset } from '../src/schema/dataset.js';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const dataDir = process.env.KZTJ_DATA_DIR ?? root('../data');
const seedsDir = process.env.KZTJ_SEEDS_DIR ?? root('../../../seeds');
const outDir = process.env.KZTJ_OUT_DIR ?? root('../generated');
const extraDirs = (process.env.KZTJ_EXTRA_DATA ?? '').split(':').filter(Boolean);

const { input, problems: loadProblems } = await loadData(dataDir, seedsDir, extraDirs);
const { dataset, drafts, problems } = compileDataset(input);
const all = [...loadProblems, ...problems];
if (all.length > 0 || !dataset) {
  for (const problem of all) console.error(formatProblem(problem));
  console.error(`\nkztj data build failed: ${all.length} problem${all.length === 1 ? '' : 's'}; nothing was written.`);
  process.exit(1);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const files = new Map<string, string | Uint8Array>([
  ['dataset.json', `${JSON.stringify(dataset)}\n`],
  ['kztj.schema.json', json(z.toJSONSchema(Dataset, { target: 'draft-2020-12' }))],
  [
    'authoring.schema.json',
    json({
      $comment: 'Generated from src/authoring/authored.ts; point your editor at it for data/*.yaml.',
      sourceFile: z.toJSONSchema(AuthoredSourceFile, { io: 'input' }),
      entities: z.toJSONSchema(AuthoredEntityRegistry, { io: 'input' }),
      meta: z.toJSONSchema(AuthoredMeta, { io: 'input' }),
      catalogue: z.toJSONSchema(AuthoredCatalogue, { io: 'input' }),
    }),
  ],
]);
// The relational tables are built once; the CSVs, their docs, SQLite and the annotations are views of them.
const tables = datasetTables(dataset);
for (const [name, text] of datasetToCsv(dataset, tables)) files.set(`csv/${name}`, text);
files.set('csv/README.md', csvDocs(dataset, tables));
files.set('kztj.sqlite', datasetToSqlite(dataset, tables));
files.set('kztj.annotations.jsonld', `${JSON.stringify(annotationsJsonLd(dataset, tables))}\n`);
files.set('kztj.schema-org.jsonld', `${JSON.stringify(schemaOrgJsonLd(dataset))}\n`);
await writeDirectoryAtomically(outDir, files);

const counts = COLLECTIONS.map((c) => `${dataset[c].length} ${c}`).join(', ');
const extra = extraDirs.length ? ` (with test data from ${extraDirs.join(', ')})` : '';
console.log(`kztj data ${dataset.dataVersion}: ${counts}${extra}${drafts.length ? ` (+${drafts.length} draft source(s) not published: ${drafts.join(', ')})` : ''}`);
