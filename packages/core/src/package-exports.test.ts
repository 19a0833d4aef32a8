import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = new URL('..', import.meta.url).pathname;
const tsc = new URL('../../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
let project: string;

// Packs @kztj/core as it would be published, installs the tarball into an empty project and uses
// it the ways consumers do. This catches broken exports maps, missing files and type paths.
beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'kztj-consumer-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', project], { cwd: packageDir });
  const [packed] = JSON.parse(stdout) as Array<{ filename: string }>;
  const filename = packed!.filename;
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(project, filename)], { cwd: project });
}, 180_000);
afterAll(async () => project && rm(project, { recursive: true, force: true }));

const node = async (file: string, code: string) => {
  await writeFile(join(project, file), code);
  return (await run(process.execPath, [file], { cwd: project })).stdout.trim();
};

describe('the packed @kztj/core', () => {
  it('imports from ESM, with the schemas on their own subpath', async () => {
    const out = await node(
      'esm.mjs',
      `import { dataset, search, timeline } from '@kztj/core';
       import { Dataset } from '@kztj/core/schema';
       Dataset.parse(dataset);
       console.log(dataset.sources.length, timeline().length > 0, search('Rahmon')[0].collection);`,
    );
    expect(out).toBe('2 true entities');
  });

  it('requires from CommonJS', async () => {
    const out = await node(
      'cjs.cjs',
      `const core = require('@kztj/core');
       const { Event } = require('@kztj/core/schema');
       core.dataset.events.forEach((e) => Event.parse(e));
       console.log(core.dataset.events.length === core.list('events').length, typeof core.getRecord);`,
    );
    expect(out).toBe('true function');
  });

  it('ships the raw dataset, JSON Schema and CSV per collection', async () => {
    const out = await node(
      'raw.cjs',
      `const fs = require('node:fs');
       const data = JSON.parse(fs.readFileSync(require.resolve('@kztj/core/dataset.json'), 'utf8'));
       const schema = require.resolve('@kztj/core/kztj.schema.json');
       if (fs.readFileSync(require.resolve('@kztj/core/kztj.sqlite')).subarray(0, 15).toString() !== 'SQLite format 3') throw new Error('kztj.sqlite is not a SQLite file');
       const csv = fs.readFileSync(require.resolve('@kztj/core/csv/events.csv'), 'utf8');
       console.log(data.events.length === csv.trim().split('\\n').length - 1 || 'csv rows differ', fs.existsSync(schema));`,
    );
    expect(out).toBe('true true');
  });

  it.each(['bundler', 'node16'])('type-checks a TypeScript consumer (moduleResolution %s)', async (resolution) => {
    await writeFile(
      join(project, 'consumer.ts'),
      `import { timeline, formatDate, getRecord, type Event, type RecordRef } from '@kztj/core';
       import { Event as EventSchema } from '@kztj/core/schema';
       const events: Event[] = timeline();
       const ref: RecordRef | undefined = getRecord(events[0]!.id);
       if (ref?.collection === 'events') console.log(formatDate(ref.record.date!));
       EventSchema.parse(events[0]);
       // @ts-expect-error ids are strings
       getRecord(1);
       export {};`,
    );
    const module = resolution === 'bundler' ? 'esnext' : 'node16';
    await writeFile(
      join(project, `tsconfig.${resolution}.json`),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: 'es2022', skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
    );
    await expect(run(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: project })).resolves.toBeDefined();
    // A full tsc over zod's types: about 10 s idle, several times that on two loaded cores.
  }, 180_000);

  it('tree-shakes the schemas (and zod) away when only data is imported', async () => {
    await writeFile(join(project, 'data-only.mjs'), `import { dataset } from '@kztj/core'; console.log(dataset.events.length);`);
    await writeFile(join(project, 'with-schema.mjs'), `import { Event } from '@kztj/core/schema'; console.log(Event.parse({}));`);
    const bundle = async (entry: string) => {
      const result = await build({ entryPoints: [join(project, entry)], bundle: true, write: false, minify: true, format: 'esm', platform: 'browser', absWorkingDir: project });
      return result.outputFiles[0]!.text;
    };
    const dataOnly = await bundle('data-only.mjs');
    const withSchema = await bundle('with-schema.mjs');
    expect(dataOnly).not.toMatch(/ZodError|\$ZodType/);
    expect(dataOnly).not.toMatch(/MiniSearch|minisearch/i);
    expect(withSchema).toMatch(/ZodError|\$ZodType/);
    expect(withSchema.length).toBeGreaterThan(20_000);
  }, 60_000);

  it('lists only built files and the README in the tarball', async () => {
    const entries = await readdir(join(project, 'node_modules/@kztj/core'));
    expect(entries.sort()).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
    const pkg = JSON.parse(await readFile(join(project, 'node_modules/@kztj/core/package.json'), 'utf8')) as { sideEffects: boolean };
    expect(pkg.sideEffects).toBe(false);
  });
});
