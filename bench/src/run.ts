/**
 * `npm run bench -w @kztj/bench`: every benchmark, one table. Each figure stands beside a baseline
 * measured in the same run (bare node, a plain pass over the data, the previous scale level), as
 * medians over several runs, because these machines are noisy.
 *
 *   --write           also write bench/RESULTS.md
 *   --scales 1,10     scale multipliers (default 1,10,100,1000)
 *   --runs 11         runs per fresh-process timing (default 11)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleCoreWithDataset } from './core-bundle.js';
import { describeMachine, type Machine } from './machine.js';
import { timeCommands, type Command } from './process-time.js';
import { measureFirstFrame } from './tui-first-frame.js';
import { QUERY_KINDS } from './query-bench.js';
import { formatBytes, formatGrowth, formatMs, formatRatio, growthExponent, renderTable, type Row } from './report.js';
import { summarize, type Summary } from './sample.js';
import type { CompileLevelResult, QueryLevelResult } from './scale-level.js';
import { measureWebBundle } from './web-bundle.js';
import { siteLoad, type LoadResult } from './load-test.js';

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = resolve(here, '..');
const repoDir = resolve(benchDir, '..');
const tuiCli = join(repoDir, 'apps/tui/dist/cli.js');
const webDir = join(repoDir, 'apps/web');

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    scales: { type: 'string', default: '1,10,100,1000' },
    runs: { type: 'string', default: '11' },
  },
});
const scales = values.scales.split(',').map(Number);
if (scales.some((m) => !(m > 0))) throw new RangeError(`--scales must be positive numbers, e.g. 1,10,100; got ${values.scales}`);
const processRuns = Number(values.runs);

const rows: Row[] = [];
const notes: string[] = [];
const started = performance.now();
const progress = (message: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}\n`);

// --- child processes -------------------------------------------------------------------------

function runLevel<T>(args: string[]): T {
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', join(here, 'scale-level.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    cwd: benchDir,
  });
  const line = child.stdout?.split('\n').find((l) => l.startsWith('RESULT '));
  if (child.status !== 0 || !line) {
    throw new Error(`bench: scale-level ${args.join(' ')} failed (exit ${child.status}):\n${child.stderr}`);
  }
  return JSON.parse(line.slice('RESULT '.length)) as T;
}

// --- 1. fresh processes: import time and the TUI -----------------------------------------------

function freshProcessRows(): void {
  progress(`fresh-process timings, ${processRuns} runs each`);
  const node = process.execPath;
  const baseline: Command = { label: "node -e ''", file: node, args: ['-e', ''], cwd: benchDir };
  const commands: Command[] = [
    baseline,
    { label: 'import @kztj/core (ESM)', file: node, args: ['--input-type=module', '-e', "await import('@kztj/core')"], cwd: benchDir },
    { label: 'require @kztj/core (CJS)', file: node, args: ['-e', "require('@kztj/core')"], cwd: benchDir },
    { label: 'import @kztj/core/schema (ESM, zod)', file: node, args: ['--input-type=module', '-e', "await import('@kztj/core/schema')"], cwd: benchDir },
    { label: 'import @kztj/core + first search()', file: node, args: ['--input-type=module', '-e', "const c = await import('@kztj/core'); c.search('Tajikistan')"], cwd: benchDir },
  ];
  const tuiBuilt = existsSync(tuiCli);
  if (tuiBuilt) {
    commands.push(
      { label: 'kztj --help', file: node, args: [tuiCli, '--help'], cwd: repoDir },
      { label: 'kztj list events --json', file: node, args: [tuiCli, 'list', 'events', '--json'], cwd: repoDir },
    );
  }
  const results = timeCommands(commands, processRuns);
  const base = summarize(results[0]!.times);
  const baseLabel = `node -e '': ${formatMs(base.median)}`;
  for (const { command, times, failure } of results) {
    const area = command.label.startsWith('kztj') ? 'TUI (fresh process)' : 'import (fresh process)';
    if (failure) {
      rows.push({ area, measure: command.label, value: `failed: ${failure}` });
      continue;
    }
    const s = summarize(times);
    if (command === baseline) rows.push({ area, measure: `${command.label} (baseline)`, value: formatMs(s.median), p95: formatMs(s.p95), runs: s.runs });
    else rows.push({ area, measure: command.label, value: formatMs(s.median), p95: formatMs(s.p95), runs: s.runs, baseline: baseLabel, ratio: `${formatRatio(s.median, base.median)} (+${formatMs(s.median - base.median)})` });
  }
  const area = 'TUI (fresh process)';
  if (!tuiBuilt) {
    for (const label of ['kztj --help', 'kztj list events --json', 'first interactive frame']) rows.push({ area, measure: label, value: 'not built (npm run build -w @kztj/tui)' });
    return;
  }
  progress('TUI first interactive frame, via apps/tui/bench/startup.mjs');
  const frame = measureFirstFrame(join(repoDir, 'apps/tui/bench/startup.mjs'), 7);
  if (typeof frame === 'string') rows.push({ area, measure: 'first interactive frame (in a pty)', value: frame });
  else rows.push({ area, measure: 'first interactive frame (in a pty; apps/tui bench)', value: formatMs(frame.frameMs), runs: frame.runs, baseline: `node -e in the same pty: ${formatMs(frame.baselineMs)}`, ratio: formatRatio(frame.frameMs, frame.baselineMs) });
}

// --- 2. queries on the seeds' data --------------------------------------------------------------

function queryRows(area: string, q: QueryLevelResult, jsonBytes: number): void {
  const scan = `scan of all evidence: ${formatMs(q.scan.median)}`;
  const iterate = `pass over all records: ${formatMs(q.iterate.median)}`;
  const timed = (measure: string, s: Summary, baseline: string, base: number): Row => ({
    area, measure, value: formatMs(s.median), p95: formatMs(s.p95), runs: s.runs, baseline, ratio: formatRatio(s.median, base),
  });
  rows.push({ area, measure: 'baseline: scan all evidence (String.includes)', value: formatMs(q.scan.median), p95: formatMs(q.scan.p95), runs: q.scan.runs });
  rows.push({ area, measure: 'baseline: pass over all records', value: formatMs(q.iterate.median), p95: formatMs(q.iterate.p95), runs: q.iterate.runs });
  rows.push({ area, measure: 'first search() (builds id + search index)', value: formatMs(q.firstSearchMs), runs: 1, baseline: iterate, ratio: formatRatio(q.firstSearchMs, q.iterate.median) });
  for (const kind of QUERY_KINDS) rows.push(timed(`search(): ${kind}`, q.search[kind], scan, q.scan.median));
  rows.push(timed('search(): all kinds', q.search.all, scan, q.scan.median));
  rows.push(timed('timeline()', q.timeline, iterate, q.iterate.median));
  rows.push(timed('timeline({ country })', q.timelineByCountry, iterate, q.iterate.median));
  rows.push({ area, measure: 'first related() (builds sentence index)', value: formatMs(q.relatedFirstMs), runs: 1, baseline: iterate, ratio: formatRatio(q.relatedFirstMs, q.iterate.median) });
  rows.push(timed('related(id), 40 ids across collections', q.related, iterate, q.iterate.median));
  rows.push(timed('segments(source)', q.segments, iterate, q.iterate.median));
  rows.push(timed('mentions(most-mentioned entity)', q.mentions, iterate, q.iterate.median));
  const json = `dataset.json: ${formatBytes(jsonBytes)}`;
  rows.push({ area, measure: 'heap: dataset after import', value: formatBytes(q.heapDataset), baseline: json, ratio: formatRatio(q.heapDataset, jsonBytes) });
  rows.push({ area, measure: 'heap: search index', value: formatBytes(q.heapSearchIndex), baseline: json, ratio: formatRatio(q.heapSearchIndex, jsonBytes) });
}

// --- 3. the site's client JS ----------------------------------------------------------------------

async function webRows(): Promise<void> {
  const area = 'site client JS (gzip)';
  const web = await measureWebBundle(webDir);
  if (!web) {
    rows.push({ area, measure: 'per page type', value: 'not built (npm run build -w @kztj/web)' });
    return;
  }
  const base = `shared by every page: ${formatBytes(web.sharedBytes)}`;
  rows.push({ area, measure: `shared by every page (baseline; from apps/web/${web.dir})`, value: formatBytes(web.sharedBytes) });
  for (const t of web.types) {
    rows.push({ area, measure: `${t.route} (${t.pages} page${t.pages === 1 ? '' : 's'}; p95 column: largest)`, value: formatBytes(t.medianBytes), p95: formatBytes(t.maxBytes), baseline: base, ratio: formatRatio(t.medianBytes, web.sharedBytes) });
  }
}

// --- 4. scale -----------------------------------------------------------------------------------

interface Level {
  label: string;
  compile: CompileLevelResult;
  query: QueryLevelResult;
}

async function measureLevel(tmp: string, label: string, compileArgs: string[], budget: number): Promise<Level> {
  const datasetPath = join(tmp, `${label}.json`);
  const bundlePath = join(tmp, `${label}.core.mjs`);
  progress(`${label}: generate and compile`);
  const compile = runLevel<CompileLevelResult>(['compile', ...compileArgs, '--out', datasetPath]);
  progress(`${label}: ${compile.corpus.articles} articles, ${compile.corpus.records} records; bundle the core with this dataset`);
  await bundleCoreWithDataset(datasetPath, bundlePath);
  progress(`${label}: queries`);
  const vocabulary = compile.vocabulary ? ['--vocabulary', JSON.stringify(compile.vocabulary)] : [];
  const query = runLevel<QueryLevelResult>(['query', '--module', bundlePath, '--budget', String(budget), ...vocabulary]);
  await rm(bundlePath, { force: true });
  return { label, compile, query };
}

function scaleRows(levels: Level[]): void {
  levels.forEach((level, i) => {
    const previous = levels[i - 1];
    const c = level.compile.corpus;
    const area = `scale ${level.label}: ${c.articles} articles, ${c.sentences} sentences, ${c.records} records, ${c.entities} entities`;
    // Data size ratio to the previous level, in articles (the seeds → 1× step is about 1).
    const sizeRatio = previous ? c.articles / previous.compile.corpus.articles : 1;
    const row = (measure: string, pick: (l: Level) => number, format: (n: number) => string, p95?: (l: Level) => number, runs?: (l: Level) => number): Row => {
      const value = pick(level);
      const r: Row = { area, measure, value: format(value) };
      if (p95) r.p95 = format(p95(level));
      if (runs) r.runs = runs(level);
      if (previous) {
        r.baseline = `${previous.label}: ${format(pick(previous))}`;
        r.ratio = sizeRatio > 1.5 ? formatGrowth(value, pick(previous), sizeRatio) : formatRatio(value, pick(previous));
      }
      return r;
    };
    const median = (values: number[]) => summarize(values).median;
    rows.push(
      row('compileDataset() (validate + build)', (l) => median(l.compile.compileMs), formatMs, undefined, (l) => l.compile.compileMs.length),
      row('heap: compiled dataset', (l) => l.compile.heapDataset, formatBytes),
      row('peak RSS of the compile process', (l) => l.compile.peakRss, formatBytes),
      row('dataset.json size', (l) => l.compile.jsonBytes, formatBytes),
      row('import the core with this dataset', (l) => l.query.importMs, formatMs),
      row('heap: dataset after import', (l) => l.query.heapDataset, formatBytes),
      row('search index build (first search())', (l) => l.query.firstSearchMs, formatMs),
      row('heap: search index', (l) => l.query.heapSearchIndex, formatBytes),
      row('search() p50 / p95, all kinds', (l) => l.query.search.all.median, formatMs, (l) => l.query.search.all.p95, (l) => l.query.search.all.runs),
      row('timeline() p50 / p95', (l) => l.query.timeline.median, formatMs, (l) => l.query.timeline.p95, (l) => l.query.timeline.runs),
      row('timeline({ country }) p50 / p95', (l) => l.query.timelineByCountry.median, formatMs, (l) => l.query.timelineByCountry.p95, (l) => l.query.timelineByCountry.runs),
      row('first related() (sentence index)', (l) => l.query.relatedFirstMs, formatMs),
      row('related(id) p50 / p95', (l) => l.query.related.median, formatMs, (l) => l.query.related.p95, (l) => l.query.related.runs),
      row('segments(source) p50 / p95', (l) => l.query.segments.median, formatMs, (l) => l.query.segments.p95, (l) => l.query.segments.runs),
      row('mentions(most-mentioned) p50 / p95', (l) => l.query.mentions.median, formatMs, (l) => l.query.mentions.p95, (l) => l.query.mentions.runs),
      row('baseline: pass over all records', (l) => l.query.iterate.median, formatMs),
    );
  });

  // Name the measures that grow faster than the data over the largest step.
  const last = levels.at(-1);
  const before = levels.at(-2);
  if (last && before && last.compile.corpus.articles > before.compile.corpus.articles * 1.5) {
    const size = last.compile.corpus.articles / before.compile.corpus.articles;
    const checks: Array<[string, (l: Level) => number]> = [
      ['compileDataset()', (l) => summarize(l.compile.compileMs).median],
      ['search index build', (l) => l.query.firstSearchMs],
      ['search() p95', (l) => l.query.search.all.p95],
      ['timeline({ country }) p50', (l) => l.query.timelineByCountry.median],
      ['first related()', (l) => l.query.relatedFirstMs],
      ['related(id) p50', (l) => l.query.related.median],
      ['segments(source) p50', (l) => l.query.segments.median],
      ['mentions() p50', (l) => l.query.mentions.median],
      ['import', (l) => l.query.importMs],
    ];
    for (const [name, pick] of checks) {
      const k = growthExponent(pick(last), pick(before), size);
      if (k > 1.2) notes.push(`${name} grows as n^${k.toFixed(2)} from ${before.label} to ${last.label} (worse than linear)`);
      else if (k < 0.8 && /p50|p95/.test(name)) notes.push(`${name} grows as n^${k.toFixed(2)} from ${before.label} to ${last.label} (sub-linear, as a per-query cost should)`);
      else notes.push(`${name} grows as n^${k.toFixed(2)} from ${before.label} to ${last.label}`);
    }
  }
}

// --- 3b. the served site under load ---------------------------------------------------------------

async function loadRows(): Promise<void> {
  const area = 'site under load (100 connections, 10 s, loopback)';
  progress('site: load test');
  const result = await siteLoad(webDir);
  if (!result) {
    rows.push({ area, measure: 'requests/s and p99', value: 'not built (npm run build -w @kztj/web)' });
    return;
  }
  const { baseline, site } = result;
  const base = `${baseline.label}: ${Math.round(baseline.requestsPerSecond)} req/s, p99 ${baseline.p99Ms} ms`;
  const describe = (r: LoadResult) =>
    `${r.total} responses, ${r.errors} errors, ${r.timeouts} timeouts, ${r.unexpected} unexpected non-2xx, ${r.intended404} intended 404s`;
  rows.push({ area, measure: `requests/s — ${site.label}`, value: String(Math.round(site.requestsPerSecond)), baseline: base, ratio: formatRatio(site.requestsPerSecond, baseline.requestsPerSecond) });
  rows.push({ area, measure: 'latency p50 / p99', value: `${site.p50Ms} / ${site.p99Ms} ms`, baseline: base, ratio: formatRatio(site.p99Ms, baseline.p99Ms) });
  rows.push({ area, measure: 'outcome', value: describe(site) });
  if (site.errors + site.timeouts + site.unexpected > 0) notes.push(`load test: ${describe(site)} — the site must answer every request`);
}

// --- main -------------------------------------------------------------------------------------------

const machine: Machine = describeMachine();
const tmp = await mkdtemp(join(tmpdir(), 'kztj-bench-'));
try {
  freshProcessRows();

  progress('seeds: compile and queries on the real data');
  const seeds = await measureLevel(tmp, 'seeds', ['--real', '--runs', '7'], 250);
  // Section 2 queries the shipped dist, not a re-bundle, so consumers' numbers are what is measured.
  const shipped = runLevel<QueryLevelResult>(['query', '--module', '@kztj/core', '--budget', '250']);
  queryRows('queries (seeds data, built @kztj/core)', shipped, seeds.compile.jsonBytes);

  await webRows();
  await loadRows();

  const levels: Level[] = [seeds];
  for (const m of scales) {
    const runs = m >= 1000 ? 1 : m >= 100 ? 3 : 5;
    levels.push(await measureLevel(tmp, `${m}×`, ['--multiplier', String(m), '--runs', String(runs)], m >= 1000 ? 120 : 250));
  }
  scaleRows(levels);
} finally {
  await rm(tmp, { recursive: true, force: true });
}

const elapsed = (performance.now() - started) / 1000;
const machineLine = `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}`;
const table = renderTable(rows);
console.log(`kztj benchmarks — ${new Date().toISOString()} — ${machineLine} — ${elapsed.toFixed(0)} s\n`);
console.log(table);
if (notes.length > 0) console.log(`\nGrowth over the largest step:\n${notes.map((n) => `- ${n}`).join('\n')}`);

if (values.write) {
  const results = `# kztj benchmark results

Generated by \`npm run bench -w @kztj/bench -- --write\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC
(the whole run took ${elapsed.toFixed(0)} s). Do not edit by hand: run it again. What each row means,
and why some costs grow faster than the data, is in [README.md](README.md).

## Machine

| | |
|---|---|
| CPU | ${machine.cpu} |
| cores (nproc) | ${machine.cores} |
| memory | ${machine.memoryGiB} GiB |
| Node | ${machine.node} |
| OS | ${machine.os} |

## Results

Times are medians over the runs shown (p95 beside them); every figure has a baseline from this same
run. Scale rows compare each level with the previous one; \`n^k\` is the growth exponent per step
(k ≈ 1 linear, k ≈ 2 quadratic).

${table}

## Growth over the largest step

${notes.map((n) => `- ${n}`).join('\n') || '- (only one scale level was run)'}
`;
  await writeFile(join(benchDir, 'RESULTS.md'), results);
  progress('wrote bench/RESULTS.md');
}
