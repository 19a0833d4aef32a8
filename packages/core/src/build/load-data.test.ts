import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadData } from './load-data.js';
import { fixtureSeedsDir, validDataDir } from './test-helpers.js';

let data: string;
beforeEach(async () => {
  data = join(await mkdtemp(join(tmpdir(), 'kztj-load-')), 'data');
  await cp(validDataDir, data, { recursive: true });
});
afterEach(async () => rm(join(data, '..'), { recursive: true, force: true }));

describe('loadData', () => {
  it('reads meta, entities, every source file and the .txt seeds, with paths relative to the data folder', async () => {
    await writeFile(join(data, 'sources/notes.md'), 'not a source');
    await writeFile(join(data, 'sources/second.yml'), 'id: second\n');
    const { input, problems } = await loadData(data, fixtureSeedsDir);
    expect(problems).toEqual([]);
    expect([input.meta.file, input.entities.file]).toEqual(['meta.yaml', 'entities.yaml']);
    expect(input.sources.map((s) => s.file)).toEqual(['sources/fixture-article.yaml', 'sources/second.yml']);
    expect([...input.seeds.keys()]).toEqual(['900_00000000000000aa.txt']);
  });

  it('reports a missing meta or entities file, and carries on', async () => {
    await rm(join(data, 'meta.yaml'));
    await rm(join(data, 'entities.yaml'));
    const { input, problems } = await loadData(data, fixtureSeedsDir);
    expect(problems).toEqual([
      { file: 'meta.yaml', message: 'file is missing or unreadable' },
      { file: 'entities.yaml', message: 'file is missing or unreadable' },
    ]);
    expect(input.meta.value).toBeUndefined();
    expect(input.sources).toHaveLength(1);
  });

  it('reports invalid YAML and duplicate keys per file, with the first line of the parser message', async () => {
    await writeFile(join(data, 'meta.yaml'), 'dataVersion: [1.0.0\n');
    await writeFile(join(data, 'sources/fixture-article.yaml'), 'id: a\nid: b\n');
    const { input, problems } = await loadData(data, fixtureSeedsDir);
    expect(problems).toEqual([
      { file: 'meta.yaml', message: expect.stringMatching(/^invalid YAML: [^\n]+$/) },
      { file: 'sources/fixture-article.yaml', message: expect.stringMatching(/^invalid YAML: .*unique/i) },
    ]);
    expect(input.sources[0]).toEqual({ file: 'sources/fixture-article.yaml', value: undefined });
  });

  it('reports a sources folder that is missing or has no YAML in it', async () => {
    await rm(join(data, 'sources'), { recursive: true });
    expect((await loadData(data, fixtureSeedsDir)).problems).toEqual([{ file: 'sources/', message: 'no source files (sources/*.yaml)' }]);
    await mkdir(join(data, 'sources'));
    await writeFile(join(data, 'sources/readme.txt'), '');
    expect((await loadData(data, fixtureSeedsDir)).problems).toEqual([{ file: 'sources/', message: 'no source files (sources/*.yaml)' }]);
  });

  it('loads no seeds from a missing seeds folder (the compiler then names each missing seed)', async () => {
    const { input, problems } = await loadData(data, join(data, 'no-such-seeds'));
    expect(problems).toEqual([]);
    expect(input.seeds.size).toBe(0);
  });
});
