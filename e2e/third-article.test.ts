/**
 * The proof that one record can carry several articles' reports: a third article, written for the
 * tests (packages/core/src/build/fixtures/third-article), reports the 2023 state visit that the
 * seeds already hold. The whole stack is built with it in a throwaway copy of the repository, so
 * the published data and this checkout's outputs are never touched, and the test asks each door —
 * the core API, `kztj show`, the site's record page and the tabular exports (CSV, SQLite) — for the
 * one record and its two reports.
 */
import { execFile } from 'node:child_process';
import { cp, link, mkdir, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = 'packages/core/src/build/fixtures/third-article';
const EVENT = 'event-2023-rahmon-state-visit-to-kazakhstan';

let copy: string;

/** Hard links for the installed packages: a copy of 800 MB would cost more than the build. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) await linkTree(source, target);
    else if (entry.isSymbolicLink()) await cp(source, target, { verbatimSymlinks: true });
    else await link(source, target);
  }
}

async function eventPage(root: string, id: string): Promise<string> {
  // The static export writes each record page as <collection>/<id>.html.
  return readFile(join(root, 'events', `${id}.html`), 'utf8');
}

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'kztj-third-article-'));
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, maxBuffer: 64 << 20 });
  for (const file of stdout.split('\0').filter(Boolean)) {
    if (!(await stat(join(repo, file)).then((s) => s.isFile(), () => false))) continue;
    await mkdir(dirname(join(copy, file)), { recursive: true });
    await cp(join(repo, file), join(copy, file));
  }
  for (const dir of ['node_modules', 'packages/core/node_modules', 'packages/ingest/node_modules', 'apps/tui/node_modules', 'apps/web/node_modules']) {
    if (await stat(join(repo, dir)).then(() => true, () => false)) await linkTree(join(repo, dir), join(copy, dir));
  }
  // The workspace links inside node_modules are relative, so in the copy they point at the copy.
  await run(process.execPath, [join(copy, 'node_modules/turbo/bin/turbo'), 'run', 'build', '--filter=@kztj/web', '--filter=@kztj/tui', '--output-logs=errors-only'], {
    cwd: copy,
    env: { ...process.env, KZTJ_EXTRA_DATA: join(copy, FIXTURE), TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    maxBuffer: 64 << 20,
  });
});

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

describe('a third article that reports an event already in the seeds', () => {
  it('is one record with two reports in the core API, and the articles disagree in the open', async () => {
    const core = (await import(pathToFileURL(join(copy, 'packages/core/dist/index.js')).href)) as typeof import('@kztj/core');
    expect(core.records('sources')).toHaveLength(3);
    const visits = core.records('events').filter((e) => e.type === 'visit' && e.sources.length > 1);
    expect(visits.map((e) => e.id)).toEqual([EVENT]);
    const visit = visits[0]!;
    expect(visit.reports.map((r) => r.source)).toEqual(visit.sources);
    expect(visit.reports.map((r) => r.factuality)).toEqual(['planned', 'happened']);
    // The later article's word is the record's, and the earlier one is kept beside it.
    expect(visit.factuality).toBe('happened');
    expect(visit.disagreements.find((d) => d.field === 'factuality')?.values.map((v) => v.value)).toEqual(['planned', 'happened']);
    // This checkout's published data never includes the fixture.
    const published = (await import('@kztj/core')) as typeof import('@kztj/core');
    expect(published.getRecord(EVENT)?.record).toMatchObject({ reports: [expect.anything()] });
  });

  it('shows both reports in `kztj show`, plain and as JSON', async () => {
    const core = (await import(pathToFileURL(join(copy, 'packages/core/dist/index.js')).href)) as typeof import('@kztj/core');
    const labels = (core.getRecord(EVENT)!.record as { sources: string[] }).sources.map(core.sourceLabel);
    const cli = join(copy, 'apps/tui/dist/cli.js');
    const plain = (await run(process.execPath, [cli, 'show', EVENT], { env: { ...process.env, NO_COLOR: '1' } })).stdout;
    // One row per article under "Reports", then each article's word under "Disagreements".
    const reports = plain.slice(plain.indexOf('\nReports'), plain.indexOf('\nDisagreements'));
    for (const label of labels) expect(reports).toContain(label);
    const disagreements = plain.slice(plain.indexOf('\nDisagreements'), plain.indexOf('\n\n', plain.indexOf('\nDisagreements')));
    expect(disagreements).toContain(`Factuality: planned (${labels[0]})`);
    expect(disagreements).toContain(`Factuality: happened (${labels[1]})`);
    const json = JSON.parse((await run(process.execPath, [cli, 'show', EVENT, '--json'])).stdout) as { record: { reports: Array<{ source: string }> } };
    expect(json.record.reports).toHaveLength(2);
  });

  it("shows both reports on the record's page of the site", async () => {
    const core = (await import(pathToFileURL(join(copy, 'packages/core/dist/index.js')).href)) as typeof import('@kztj/core');
    const labels = (core.getRecord(EVENT)!.record as { sources: string[] }).sources.map(core.sourceLabel);
    const html = await eventPage(join(copy, 'apps/web/out'), EVENT);
    const reports = /<dd data-field="reports">([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '';
    for (const label of labels) expect(reports).toContain(label.replace(/&/g, '&amp;'));
    expect(html).toMatch(/data-field="disagreements"[\s\S]*?says <!-- -->planned|data-field="disagreements"[\s\S]*?says planned/);
  });

  it('keeps both reports in the relational exports: one row per article in the CSV and in SQLite', async () => {
    const dist = join(copy, 'packages/core/dist');
    const rows = parse(await readFile(join(dist, 'csv/events_reports.csv'), 'utf8'), { columns: true }) as Array<{ record: string; source: string; factuality: string }>;
    const mine = rows.filter((r) => r.record === EVENT);
    expect(mine.map((r) => r.factuality).sort()).toEqual(['happened', 'planned']);
    const db = new Database(join(dist, 'kztj.sqlite'), { readonly: true });
    try {
      const sources = db.prepare('SELECT source FROM record_reports WHERE record = ? ORDER BY position').pluck().all(EVENT);
      expect(sources).toEqual(mine.map((r) => r.source));
      expect(db.prepare("SELECT count(*) FROM links WHERE record = ? AND holder LIKE 'reports[%' AND field = 'participants'").pluck().get(EVENT)).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});

