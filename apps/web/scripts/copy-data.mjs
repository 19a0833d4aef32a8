// Copies the core's raw downloads (dataset JSON, JSON Schema, one CSV per collection) into
// public/data/ before `next build`, so the static export serves them byte for byte as the core
// built them. Resolved through the core's own exports map, never by path guessing. Then, cut from
// that dataset: one JSON per collection (what a table's "JSON of this view" filters) and one per
// record (the JSON link on its page), Datasette-style.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const COLLECTIONS = ['sources', 'entities', 'events', 'agreements', 'figures', 'quotes', 'claims'];
const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'public', 'data');

const files = [
  ['@kztj/core/dataset.json', 'dataset.json'],
  ['@kztj/core/kztj.schema.json', 'kztj.schema.json'],
  ...COLLECTIONS.map((c) => [`@kztj/core/csv/${c}.csv`, join('csv', `${c}.csv`)]),
];

await rm(target, { recursive: true, force: true });
await mkdir(join(target, 'csv'), { recursive: true });
for (const [specifier, name] of files) {
  await copyFile(fileURLToPath(import.meta.resolve(specifier)), join(target, name));
}
const dataset = JSON.parse(await readFile(join(target, 'dataset.json'), 'utf8'));
let written = 0;
for (const collection of COLLECTIONS) {
  const list = dataset[collection];
  if (!Array.isArray(list)) throw new Error(`dataset.json has no "${collection}" array`);
  await writeFile(join(target, `${collection}.json`), `${JSON.stringify(list, null, 2)}\n`);
  await mkdir(join(target, collection), { recursive: true });
  for (const record of list) {
    await writeFile(join(target, collection, `${record.id}.json`), `${JSON.stringify(record, null, 2)}\n`);
    written += 1;
  }
}
console.log(`copied ${files.length} data files from @kztj/core to public/data/, wrote ${COLLECTIONS.length} collection and ${written} record JSON files`);
