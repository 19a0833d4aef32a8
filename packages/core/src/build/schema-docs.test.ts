import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { schemaDocs, withSchemaDocs } from './schema-docs.js';

describe('the README field reference', () => {
  it('documents every field of every record type, with a description', () => {
    const docs = schemaDocs();
    for (const line of docs.split('\n').filter((l) => l.startsWith('| `'))) expect(line, line).not.toMatch(/\| $|\|  \|$/);
    expect(docs).toContain('| `factuality` |');
    expect(docs).toContain('| `exact` |');
  });

  it('is current (run `npm run docs -w @kztj/core` after changing a schema)', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    expect(withSchemaDocs(readme)).toBe(readme);
  });
});
