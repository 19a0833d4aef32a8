// Regenerates the field reference in README.md from the zod schemas.
import { readFile, writeFile } from 'node:fs/promises';
import { withSchemaDocs } from '../src/build/schema-docs.js';

const path = new URL('../README.md', import.meta.url);
await writeFile(path, withSchemaDocs(await readFile(path, 'utf8')));
console.log('README.md field reference regenerated');
