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

/**
 * Reads data/meta.yaml, data/entities.yaml, data/sources/*.yaml and the seeds they name. YAML
 * syntax errors are reported like any other problem, so one run shows everything wrong.
 */
export async function loadData(dataDir: string, seedsDir: string): Promise<{ input: DataInput; problems: Problem[] }> {
  const problems: Problem[] = [];
  const meta = await readYaml(dataDir, join(dataDir, 'meta.yaml'), problems);
  const entities = await readYaml(dataDir, join(dataDir, 'entities.yaml'), problems);
  const sourceDir = join(dataDir, 'sources');
  const names = (await readdir(sourceDir).catch(() => [] as string[])).filter((n) => /\.ya?ml$/.test(n)).sort();
  if (names.length === 0) problems.push({ file: 'sources/', message: 'no source files (sources/*.yaml)' });
  const sources = await Promise.all(names.map((name) => readYaml(dataDir, join(sourceDir, name), problems)));

  const seeds = new Map<string, Uint8Array>();
  for (const name of (await readdir(seedsDir).catch(() => [] as string[])).sort()) {
    if (name.endsWith('.txt')) seeds.set(name, await readFile(join(seedsDir, name)));
  }
  return { input: { meta, entities, sources, seeds }, problems };
}
