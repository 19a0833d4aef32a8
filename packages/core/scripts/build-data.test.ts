import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureSeedsDir, fixturesDir, validDataDir } from '../src/build/test-helpers.js';

const run = promisify(execFile);
const script = new URL('./build-data.ts', import.meta.url).pathname;
const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'kztj-build-'));
  await cp(validDataDir, join(work, 'data'), { recursive: true });
});
afterEach(async () => rm(work, { recursive: true, force: true }));

async function build(): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, KZTJ_DATA_DIR: join(work, 'data'), KZTJ_SEEDS_DIR: fixtureSeedsDir, KZTJ_OUT_DIR: join(work, 'out') };
  const bin = await readFile(tsx).then(() => tsx, () => 'tsx');
  try {
    const { stdout, stderr } = await run(bin, [script], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('build-data CLI', () => {
  it('writes the dataset, CSV per collection and JSON Schemas, and prints counts', async () => {
    const result = await build();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^kztj data 1\.0\.0: 1 sources, 5 entities, 1 events, 1 agreements, 1 figures, 1 quotes, 0 claims/);
    expect((await readdir(join(work, 'out'))).sort()).toEqual(['authoring.schema.json', 'csv', 'dataset.json', 'kztj.annotations.jsonld', 'kztj.schema-org.jsonld', 'kztj.schema.json', 'kztj.sqlite']);
    const csv = await readFile(join(work, 'out/csv/figures.csv'), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^id,measure,kind,amount,amount_max,approximate,unit,period,/);
    expect(csv.split('\n')[1]).toMatch(/^figure-fixture-worth,value of the memorandum,actual,5000000,,false,USD,/);
    // The join tables and their generated documentation sit beside the collections.
    expect((await readdir(join(work, 'out/csv'))).sort()).toEqual(expect.arrayContaining(['README.md', 'evidence.csv', 'links.csv', 'events_reports.csv', 'entities_roles.csv']));
    const schema = JSON.parse(await readFile(join(work, 'out/kztj.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('exits 1 listing every problem with file, record and field, and leaves old outputs untouched', async () => {
    expect((await build()).code).toBe(0);
    const before = await readFile(join(work, 'out/dataset.json'), 'utf8');
    await cp(join(fixturesDir, 'invalid/unknown-currency.yaml'), join(work, 'data/sources/fixture-article.yaml'));
    await writeFile(join(work, 'data/entities.yaml'), '- id: Not Kebab\n');
    const result = await build();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('sources/fixture-article.yaml: figure-fixture-worth: figures[0].unit: expected an ISO 4217 currency code');
    expect(result.stderr).toContain('entities.yaml: Not Kebab: [0].id: expected a kebab-case id');
    expect(result.stderr).toMatch(/kztj data build failed: \d+ problems; nothing was written\./);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace for a data mistake
    expect(await readFile(join(work, 'out/dataset.json'), 'utf8')).toBe(before);
  });

  it('reports YAML syntax errors with the file name', async () => {
    await writeFile(join(work, 'data/meta.yaml'), 'dataVersion: [1.0.0\n');
    const result = await build();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^meta\.yaml: invalid YAML: /m);
  });

  it('leaves old or new outputs, never a mix, when the build is killed midway', async () => {
    expect((await build()).code).toBe(0);
    const old = await readFile(join(work, 'out/dataset.json'), 'utf8');
    await writeFile(join(work, 'data/meta.yaml'), 'dataVersion: 1.0.1\nretiredIds: [old-record]\n');
    const env = { ...process.env, KZTJ_DATA_DIR: join(work, 'data'), KZTJ_SEEDS_DIR: fixtureSeedsDir, KZTJ_OUT_DIR: join(work, 'out') };
    // One process (node --import tsx) so SIGKILL really stops the writer at a random point.
    for (const delay of [100, 250, 400, 550, 700, 900, 1500]) {
      const child = spawn(process.execPath, ['--import', 'tsx', script], { env, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      const now = await readFile(join(work, 'out/dataset.json'), 'utf8');
      const version = (JSON.parse(now) as { dataVersion: string }).dataVersion;
      expect(['1.0.0', '1.0.1']).toContain(version);
      if (version === '1.0.0') expect(now).toBe(old);
      const csv = await readFile(join(work, 'out/csv/sources.csv'), 'utf8');
      expect(csv.startsWith('id,file,sha256,title')).toBe(true);
    }
  }, 60_000);
});
