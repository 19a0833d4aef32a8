// Copies the core's raw downloads (dataset JSON, JSON Schema, one CSV per collection) into
// public/data/ before `next build`, so the static export serves them byte for byte as the core
// built them. Resolved through the core's own exports map, never by path guessing.
import { copyFile, mkdir, rm } from 'node:fs/promises';
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
console.log(`copied ${files.length} data files from @kztj/core to public/data/`);
