import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadData } from './load-data.js';
import type { DataInput } from './compile.js';
import { parse } from 'yaml';

export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const validDataDir = `${fixturesDir}valid/data`;
export const fixtureSeedsDir = `${fixturesDir}seeds`;
export const repoSeedsDir = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
export const realDataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** The valid fixture input, with its one source file optionally swapped for another YAML file. */
export async function fixtureInput(sourceFixture?: string): Promise<DataInput> {
  const { input, problems } = await loadData(validDataDir, fixtureSeedsDir);
  if (problems.length > 0) throw new Error(`valid fixture does not load: ${JSON.stringify(problems)}`);
  if (sourceFixture === undefined) return input;
  const file = `sources/${sourceFixture}`;
  const value = parse(await readFile(`${fixturesDir}invalid/${sourceFixture}`, 'utf8'));
  return { ...input, sources: [{ file, value }] };
}
