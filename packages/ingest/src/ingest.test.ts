import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { AuthoredSourceFile, compileDataset, formatProblem, loadData, resolveQuote, sha256 } from '@kztj/core/authoring';
import { IngestRefusal } from './article.js';
import { ingest, LOCK_FILE, titleOf } from './ingest.js';
import { formatResult } from './report.js';
import { makeTestRepo, REPO, type TestRepo } from './test-repo.js';

const run = promisify(execFile);
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const TSX = join(REPO, 'node_modules/.bin/tsx');

let repo: TestRepo;
beforeEach(async () => {
  repo = await makeTestRepo();
});
afterEach(async () => {
  await repo.remove();
});

describe('ingest round trip into a copy of the repository', () => {
  it('adds the seed byte for byte, writes a draft the build accepts, and touches nothing else', async () => {
    const before = await repo.snapshot();
    const baseline = await loadData(repo.dataDir, repo.seedsDir);
    const baselineProblems = [...baseline.problems, ...compileDataset(baseline.input).problems].map(formatProblem);
    expect(baselineProblems, 'the curated data itself must build for this test to mean anything').toEqual([]);

    const result = await ingest({ file: fixture('round-trip-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir });

    expect(result.seedFile).toMatch(/^002_[0-9a-f]{16}\.txt$/);
    const original = await readFile(fixture('round-trip-article.txt'));
    expect(Buffer.compare(await readFile(join(repo.seedsDir, result.seedFile)), original)).toBe(0);
    const after = await repo.snapshot();
    for (const [path, hash] of before) expect(after.get(path), path).toBe(hash);
    expect([...after.keys()].filter((p) => !before.has(p)).sort()).toEqual(['packages/core/data/sources/article-002.yaml', `seeds/${result.seedFile}`]);

    // The draft is in the authoring format and every quote in it resolves against the seed.
    const draft = AuthoredSourceFile.parse(parse(await readFile(result.draftPath, 'utf8')));
    expect(draft.status).toBe('draft');
    expect(draft.date).toMatchObject({ edtf: '2024-09-12', basis: 'stated' });
    const text = original.toString('utf8');
    expect(draft.mentions['emomali-rahmon']?.length).toBeGreaterThan(0);
    expect(draft.entities.map((e) => e.name)).toContain('Murat Nurtleu');
    expect(draft.entities.map((e) => e.id)).not.toContain('emomali-rahmon');
    expect(draft.roles).toContainEqual({ entity: 'murat-nurtleu', title: 'Foreign Minister of Kazakhstan', of: 'kazakhstan', basis: 'stated', evidence: ['Kazakhstan’s Foreign Minister Murat Nurtleu'] });
    expect(draft.roles.find((r) => r.entity === 'emomali-rahmon')?.title).toMatch(/^President/);
    expect(draft.figures.map((f) => [f.amount, f.unit])).toEqual(expect.arrayContaining([[7.5, 'percent'], [1.6e9, 'USD']]));
    expect(draft.quotes).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'emomali-rahmon', text: 'Our peoples are bound by a common history,' })]);
    expect(draft.events.find((e) => e.type === 'signing')).toMatchObject({ factuality: 'expected', cameo: '057' });
    expect(draft.events.find((e) => e.type === 'visit' && e.factuality === 'planned')?.date?.edtf).toBe('2024-09-16/2024-09-22');

    // The build validates it with everything else and leaves it out of the published dataset.
    const { input, problems } = await loadData(repo.dataDir, repo.seedsDir);
    const compiled = compileDataset(input);
    expect([...problems, ...compiled.problems].map(formatProblem)).toEqual([]);
    expect(compiled.drafts).toEqual(['article-002']);
    expect(compiled.dataset?.sources.map((s) => s.id)).not.toContain('article-002');
    const everyRef = [
      ...Object.values(draft.mentions).flat(),
      ...[...draft.events, ...draft.agreements, ...draft.figures, ...draft.quotes, ...draft.claims].flatMap((r) => r.evidence),
    ];
    for (const ref of everyRef) expect(resolveQuote(text, draft.id, ref).ok, JSON.stringify(ref)).toBe(true);

    // And the core's own build command, pointed at the copy, accepts it too.
    const build = await run(TSX, [join(REPO, 'packages/core/scripts/build-data.ts')], {
      env: { ...process.env, KZTJ_DATA_DIR: repo.dataDir, KZTJ_SEEDS_DIR: repo.seedsDir, KZTJ_OUT_DIR: join(repo.root, 'out') },
    });
    expect(build.stdout).toContain('(+1 draft source(s) not published: article-002)');
  }, 60_000);

  it('measures coverage by the build\'s rule, and says when the data\'s own problems prevent it', async () => {
    const dry = await ingest({ file: fixture('round-trip-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir, dryRun: true });
    expect(dry.coverage?.sentences).toBeGreaterThan(0);
    expect(dry.coverage!.uncitedSentences.length).toBeLessThan(dry.coverage!.sentences);
    // Someone mid-edit: the data no longer builds on its own. The draft is still checked against it, but not measured.
    const meta = join(repo.dataDir, 'meta.yaml');
    await writeFile(meta, (await readFile(meta, 'utf8')).replace(/dataVersion: .*/, 'dataVersion: not-a-version'));
    const broken = await ingest({ file: fixture('round-trip-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir, dryRun: true });
    expect(broken.coverage).toBeUndefined();
    expect(formatResult(broken, repo.root)).toContain('coverage: not computed: the data has problems of its own');
  }, 60_000);

  it('refuses the same article twice, writing nothing the second time', async () => {
    await ingest({ file: fixture('round-trip-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir });
    const before = await repo.snapshot();
    await expect(ingest({ file: fixture('round-trip-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir })).rejects.toThrow(/already seeds\/002_[0-9a-f]{16}\.txt \(same sha256/);
    expect(await repo.snapshot()).toEqual(before);
  }, 60_000);

  it('refuses a curated seed as a duplicate', async () => {
    const before = await repo.snapshot();
    await expect(ingest({ file: join(repo.seedsDir, '001_0553d1944be4a109.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir })).rejects.toThrow(/already seeds\/001_0553d1944be4a109\.txt/);
    expect(await repo.snapshot()).toEqual(before);
  });
});

describe('drafts of real articles compile with the curated data', () => {
  // The curated seeds (a line added, or they are refused as the same text) and the evaluation
  // article: longer, messier text than the fixtures. A dry run still runs the compile check.
  const articles = [join(REPO, 'seeds/000_d66d515d6d0110a0.txt'), join(REPO, 'seeds/001_0553d1944be4a109.txt'), join(REPO, 'packages/ingest/eval/unseen-article.txt')];
  for (const path of articles) {
    it(path.slice(REPO.length), async () => {
      const copy = join(repo.root, 'article.txt');
      await writeFile(copy, Buffer.concat([await readFile(path), Buffer.from('\n(Copy for the test.)\n')]));
      const result = await ingest({ file: copy, seedsDir: repo.seedsDir, dataDir: repo.dataDir, dryRun: true, date: '2024-01-01' });
      expect(result.draft.notes.filter((n) => n.includes('cannot be quoted'))).toEqual([]);
      expect(result.draft.source.events.length).toBeGreaterThan(0);
    }, 60_000);
  }
});

describe('ingest dates an article without a date line', () => {
  it('from --date, as inferred with the reason', async () => {
    const result = await ingest({ file: fixture('no-date-line.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir, date: '2020-02-01' });
    expect(result.draft.source.date).toMatchObject({ edtf: '2020-02-01', basis: 'inferred', reasoning: expect.stringContaining('--date') });
    expect(result.extraction.dates.map((d) => [d.text, d.edtf])).toEqual([['2019', '2019'], ['next year', '2021']]);
  });

  it('without --date, from the latest year it states, marked uncertain', async () => {
    const result = await ingest({ file: fixture('no-date-line.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir, dryRun: true });
    expect(result.draft.source.date).toMatchObject({ edtf: '2019?', basis: 'inferred' });
    expect(result.extraction.dates.map((d) => d.edtf)).toEqual(['2019', '2020?']);
    expect(result.written).toBe(false);
  });
});

describe('ingest refuses bad input and writes nothing', () => {
  const cases: Array<[string, RegExp]> = [
    ['empty.txt', /the file is empty/],
    ['whitespace-only.txt', /only whitespace/],
    ['binary.png', /binary file/],
    ['control-chars.txt', /control character/],
    ['latin1.txt', /not valid UTF-8/],
    ['no-such-file.txt', /cannot read the file \(ENOENT\)/],
    ['no-year.txt', /no date line and states no year; give its publication date with --date YYYY-MM-DD/],
  ];
  for (const [name, message] of cases) {
    it(name, async () => {
      const before = await repo.snapshot();
      const attempt = ingest({ file: fixture(name), seedsDir: repo.seedsDir, dataDir: repo.dataDir });
      await expect(attempt).rejects.toBeInstanceOf(IngestRefusal);
      await expect(attempt).rejects.toThrow(message);
      expect(await repo.snapshot()).toEqual(before);
    });
  }

  it('an --id whose data file already exists', async () => {
    await ingest({ file: fixture('round-trip-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir, id: 'nurtleu-visit' });
    const before = await repo.snapshot();
    await expect(ingest({ file: fixture('no-date-line.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir, id: 'nurtleu-visit' })).rejects.toThrow(
      /a data file for source "nurtleu-visit" already exists .*choose another --id/,
    );
    expect(await repo.snapshot()).toEqual(before);
  }, 60_000);

  it('a draft that would not compile with the data (a stale data file already claims the seed name)', async () => {
    const bytes = await readFile(fixture('round-trip-article.txt'));
    const seedName = `002_${sha256(bytes).slice(0, 16)}.txt`;
    const stale = { id: 'stale-source', file: seedName, title: 'stale', status: 'draft', date: { edtf: '2024-01-01', basis: 'inferred', reasoning: 'r' } };
    await writeFile(join(repo.dataDir, 'sources/stale-source.yaml'), stringify(stale));
    const before = await repo.snapshot();
    await expect(ingest({ file: fixture('round-trip-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir })).rejects.toThrow(
      new RegExp(`the draft does not compile[^]*sources/article-002\\.yaml: article-002: file: seed ${seedName.replace('.', '\\.')} is already described by sources/stale-source\\.yaml`),
    );
    expect(await repo.snapshot()).toEqual(before);
  }, 60_000);

  it('removes the seed again when the draft cannot be written', async () => {
    // data/sources as a plain file: the draft's directory cannot be made.
    const sources = join(repo.dataDir, 'sources');
    await rm(sources, { recursive: true });
    await writeFile(sources, 'not a folder');
    const before = await repo.snapshot();
    await expect(ingest({ file: fixture('round-trip-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir })).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(await repo.snapshot()).toEqual(before);
  }, 60_000);

  it('a malformed --date or --id, and an id already taken', async () => {
    const before = await repo.snapshot();
    const file = fixture('round-trip-article.txt');
    await expect(ingest({ file, seedsDir: repo.seedsDir, dataDir: repo.dataDir, date: '12/09/2024' })).rejects.toThrow(/--date must be YYYY-MM-DD/);
    await expect(ingest({ file, seedsDir: repo.seedsDir, dataDir: repo.dataDir, id: 'Not Kebab' })).rejects.toThrow(/--id must be kebab-case/);
    await expect(ingest({ file, seedsDir: repo.seedsDir, dataDir: repo.dataDir, id: 'emomali-rahmon' })).rejects.toThrow(/"emomali-rahmon" is already used/);
    expect(await repo.snapshot()).toEqual(before);
  });
});

describe('the ingest command', () => {
  const cli = (args: string[]) =>
    run(TSX, [new URL('./cli.ts', import.meta.url).pathname, ...args], { env: { ...process.env, NO_COLOR: '1' } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('prints the summary and coverage report and exits 0', async () => {
    const result = await cli([fixture('round-trip-article.txt'), '--repo', repo.root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^added seeds\/002_[0-9a-f]{16}\.txt \(byte for byte\)/);
    expect(result.stdout).toContain('coverage of article-002:');
    expect(result.stdout).toContain('status: draft');
  }, 60_000);

  it('exits 1 with the reason on stderr for a refusal, and 2 for a usage error', async () => {
    const refused = await cli([fixture('empty.txt'), '--repo', repo.root]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ingest refused .*empty\.txt: the file is empty; nothing was written/);
    const usage = await cli(['--repo', repo.root]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('expected exactly one article file, got 0');
  }, 60_000);

  it('--help prints the usage and exits 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run ingest -- <article\.txt> \[options\]/u);
    for (const option of ['--date', '--id', '--title', '--dry-run', '--json', '--repo', '--seeds', '--data', '--dataset']) expect(result.stdout).toContain(option);
  }, 60_000);

  it('exits 2 on an unknown option', async () => {
    const result = await cli(['--colour', fixture('empty.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--colour'");
  }, 60_000);

  it('--dry-run reports without writing', async () => {
    const before = await repo.snapshot();
    const result = await cli([fixture('round-trip-article.txt'), '--repo', repo.root, '--dry-run', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { written: boolean; draft: { status: string } };
    expect(json).toMatchObject({ written: false, draft: { status: 'draft' } });
    expect(await repo.snapshot()).toEqual(before);
  }, 60_000);
});

describe('ingest of an article that reports what the data holds', () => {
  it('adds reports to the known visit and declaration, says why, resolves "the Head of State", and drafts a figure stated by an ordinal', async () => {
    const result = await ingest({ file: fixture('report-again-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir, dryRun: true });
    const source = result.draft.source;
    expect(source.reports?.map((r) => r.record)).toEqual(expect.arrayContaining(['event-2023-rahmon-state-visit-to-kazakhstan', 'agreement-2023-declaration-allied-cooperation']));
    expect(source.events.map((e) => e.type)).not.toContain('visit');
    expect(result.draft.yaml).toMatch(/REVIEW this article's report of event-2023-rahmon-state-visit-to-kazakhstan .*same kind \(visit\), dates overlap/u);
    // ASTANA is in Kazakhstan (the registry says), so the Head of State is Kazakhstan's president.
    expect(source.quotes.map((q) => [q.kind, typeof q.speaker === 'string' ? q.speaker : q.speaker.id])).toEqual([
      ['indirect', 'kassym-jomart-tokayev'],
      ['direct', 'kassym-jomart-tokayev'],
    ]);
    // "sixth" states a number (the core reads ordinals): the figure is drafted, not dropped.
    expect(source.figures.some((f) => JSON.stringify(f.evidence).includes('sixth'))).toBe(true);
    const file = { file: 'sources/article-002.yaml', value: parse(result.draft.yaml) };
    const { input } = await loadData(repo.dataDir, repo.seedsDir);
    const seeds = new Map(input.seeds).set(result.seedFile, await readFile(fixture('report-again-article.txt')));
    expect(compileDataset({ ...input, sources: [...input.sources, file], seeds }).problems.map(formatProblem)).toEqual([]);
  }, 60_000);
});

describe('a drafted record the build rejects', () => {
  it('is left out with a note saying why, and the rest of the draft stays', async () => {
    const first = await ingest({ file: fixture('report-again-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir, dryRun: true });
    const figure = first.draft.source.figures[0]!.id;
    // Make the build refuse that one record: its id is retired.
    const meta = join(repo.dataDir, 'meta.yaml');
    const value = parse(await readFile(meta, 'utf8')) as { retiredIds?: string[] };
    await writeFile(meta, stringify({ ...value, retiredIds: [...(value.retiredIds ?? []), figure] }));
    const result = await ingest({ file: fixture('report-again-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir, dryRun: true });
    expect(result.draft.notes).toContainEqual(expect.stringMatching(new RegExp(`^figure ${figure} left out: the build rejects it \\(this id is retired`, 'u')));
    expect(result.draft.source.figures.map((f) => f.id)).not.toContain(figure);
    expect(result.draft.source.figures.length).toBe(first.draft.source.figures.length - 1);
    expect(result.draft.source.reports?.length).toBe(first.draft.source.reports?.length);
  }, 60_000);
});

describe('ingest takes a lock on the seeds folder', () => {
  it('refuses while another ingest holds it, writing nothing, and releases its own', async () => {
    const before = await repo.snapshot();
    await writeFile(join(repo.seedsDir, LOCK_FILE), '4242 2026-01-01T00:00:00Z\n');
    await expect(ingest({ file: fixture('round-trip-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir })).rejects.toThrow(/another ingest is running \(.*\.ingest\.lock: pid and start 4242 2026-01-01T00:00:00Z\)/u);
    await rm(join(repo.seedsDir, LOCK_FILE));
    expect(await repo.snapshot()).toEqual(before);
    const result = await ingest({ file: fixture('round-trip-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir });
    expect(result.written).toBe(true);
    await expect(readFile(join(repo.seedsDir, LOCK_FILE))).rejects.toThrow(/ENOENT/u);
  }, 60_000);

  it('lets two ingests at once take one number only: the second is refused', async () => {
    const copy = join(repo.root, 'other.txt');
    await writeFile(copy, Buffer.concat([await readFile(fixture('round-trip-article.txt')), Buffer.from('\nA second copy.\n')]));
    const results = await Promise.allSettled([
      ingest({ file: fixture('round-trip-article.txt'), seedsDir: repo.seedsDir, dataDir: repo.dataDir }),
      ingest({ file: copy, seedsDir: repo.seedsDir, dataDir: repo.dataDir }),
    ]);
    const done = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(done).toHaveLength(1);
    expect(refused.map((r) => String(r.reason))).toEqual([expect.stringMatching(/another ingest is running/u)]);
  }, 60_000);
});

describe('titleOf', () => {
  it('skips a byline and a bare dateline, and strips a dateline from the sentence', () => {
    expect(titleOf(['By Aziza Nurmatova', 'ASTANA. October 17.', 'The forum opened in Turkistan.'], 'x.txt')).toBe('The forum opened in Turkistan.');
    expect(titleOf(['DUSHANBE – Rahmon received Tokayev.'], 'x.txt')).toBe('Rahmon received Tokayev.');
    expect(titleOf(['DUSHANBE, February 14 (Asia-Plus) — The ministers spoke.'], 'x.txt')).toBe('The ministers spoke.');
    expect(titleOf(['By Staff'], 'x.txt')).toBe('x.txt');
  });
});
