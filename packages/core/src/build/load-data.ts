import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { DataFile, DataInput } from './compile.js';
import type { Problem } from './problem.js';

async function readYaml(dataDir: string, path: string, problems: Problem[]): Promise<DataFile> {
  const file = relative(dataDir, path);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    problems.push({ file, message: 'file is missing or unreadable' });
    return { file, value: undefined };
  }
  try {
    return { file, value: parse(raw, { prettyErrors: true, uniqueKeys: true }) };
  } catch (error) {
    problems.push({ file, message: `invalid YAML: ${(error as Error).message.split('\n')[0]}` });
    return { file, value: undefined };
  }
}

async function readSources(dataDir: string, problems: Problem[]): Promise<DataFile[]> {
  const sourceDir = join(dataDir, 'sources');
  const names = (await readdir(sourceDir).catch(() => [] as string[])).filter((n) => /\.ya?ml$/.test(n)).sort();
  return Promise.all(names.map((name) => readYaml(dataDir, join(sourceDir, name), problems)));
}

async function readSeeds(seedsDir: string, seeds: Map<string, Uint8Array>): Promise<void> {
  for (const name of (await readdir(seedsDir).catch(() => [] as string[])).sort()) {
    if (name.endsWith('.txt')) seeds.set(name, await readFile(join(seedsDir, name)));
  }
}

/**
 * Reads data/meta.yaml, data/entities.yaml, data/catalogue.yaml (when present),
 * data/sources/*.yaml and the seeds they name. YAML syntax errors are reported like any other
 * problem, so one run shows everything wrong.
 *
 * `extraDirs` (tests only: KZTJ_EXTRA_DATA) each hold `seeds/` and `sources/` added to the
 * build, e.g. a fixture article reporting a record of the real data. Their files are named
 * `<dir>/sources/<name>` in problems, so they are never mistaken for the published data.
 */
export async function loadData(dataDir: string, seedsDir: string, extraDirs: readonly string[] = []): Promise<{ input: DataInput; problems: Problem[] }> {
  const problems: Problem[] = [];
  const meta = await readYaml(dataDir, join(dataDir, 'meta.yaml'), problems);
  const entities = await readYaml(dataDir, join(dataDir, 'entities.yaml'), problems);
  const catalogue = existsSync(join(dataDir, 'catalogue.yaml')) ? await readYaml(dataDir, join(dataDir, 'catalogue.yaml'), problems) : undefined;
  const sources = await readSources(dataDir, problems);
  if (sources.length === 0) problems.push({ file: 'sources/', message: 'no source files (sources/*.yaml)' });
  const seeds = new Map<string, Uint8Array>();
  await readSeeds(seedsDir, seeds);
  for (const dir of extraDirs) {
    for (const file of await readSources(dir, problems)) sources.push({ ...file, file: join(dir, file.file) });
    await readSeeds(join(dir, 'seeds'), seeds);
  }
  return { input: { meta, entities, ...(catalogue ? { catalogue } : {}), sources, seeds }, problems };
}
