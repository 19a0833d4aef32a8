/**
 * One scale level in its own process, so memory figures belong to that level alone:
 *   compile --multiplier M --runs N --out dataset.json   generate, compile N times, write the dataset
 *   compile --real --runs N --out dataset.json            the same for the seeds' own data
 *   query --module core.mjs [--vocabulary JSON]          import a core bundle, run the query workload
 * Prints one line `RESULT <json>` for run.ts. Start it with --expose-gc.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { compileDataset, formatProblem, loadData, type DataInput } from '@kztj/core/authoring';
import { CORE_DIR } from './core-bundle.js';
import { generateCorpus, type CorpusStats } from './generate.js';
import { REAL_QUERIES, runQueries, syntheticQueries, type CoreModule, type QueryResults } from './query-bench.js';
import { collectGarbage } from './sample.js';

export interface CompileLevelResult {
  corpus: CorpusStats;
  /** Absent for the seeds' data. */
  vocabulary?: { country: string; person: string; organisation: string };
  generateMs: number;
  compileMs: number[];
  /** Heap the compiled dataset keeps, in bytes. */
  heapDataset: number;
  /** Peak resident set size of the process, in bytes. */
  peakRss: number;
  /** Resident set size the compile added over the generated input, in bytes. */
  rssDelta: number;
  jsonBytes: number;
}

export interface QueryLevelResult extends QueryResults {
  importMs: number;
  rssDelta: number;
}

/** The seeds' authored data, read from packages/core/data like the core's build does. */
async function realCorpus(): Promise<{ input: DataInput; stats: CorpusStats; vocabulary?: undefined }> {
  const { input, problems } = await loadData(join(CORE_DIR, 'data'), join(CORE_DIR, '../../seeds'));
  if (problems.length > 0) throw new Error(`packages/core/data does not load:\n${problems.map(formatProblem).join('\n')}`);
  // Sentences, entities and records are counted from the compiled dataset.
  const characters = [...input.seeds.values()].reduce((n, bytes) => n + new TextDecoder().decode(bytes).length, 0);
  return { input, stats: { articles: input.sources.length, characters, sentences: 0, entities: 0, records: 0 } };
}

async function compileLevel(multiplier: number | 'real', runs: number, out: string): Promise<CompileLevelResult> {
  const g0 = performance.now();
  const corpus = multiplier === 'real' ? await realCorpus() : generateCorpus({ multiplier });
  const generateMs = performance.now() - g0;
  collectGarbage();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  const compileMs: number[] = [];
  let dataset;
  for (let run = 0; run < runs; run++) {
    dataset = undefined;
    collectGarbage();
    const t0 = performance.now();
    const result = compileDataset(corpus.input);
    compileMs.push(performance.now() - t0);
    if (result.problems.length > 0 || !result.dataset) {
      throw new Error(`the generated ${multiplier}× corpus does not compile:\n${result.problems.slice(0, 20).map(formatProblem).join('\n')}`);
    }
    dataset = result.dataset;
  }
  collectGarbage();
  const heapDataset = process.memoryUsage().heapUsed - heap0;
  const rssDelta = process.memoryUsage().rss - rss0;
  const json = `${JSON.stringify(dataset)}\n`;
  await writeFile(out, json);
  if (dataset && multiplier === 'real') {
    corpus.stats.sentences = dataset.sources.reduce((n, s) => n + s.sentences.length, 0);
    corpus.stats.entities = dataset.entities.length;
    corpus.stats.records = dataset.events.length + dataset.agreements.length + dataset.figures.length + dataset.quotes.length + dataset.claims.length;
  }
  return {
    corpus: corpus.stats,
    ...(corpus.vocabulary ? { vocabulary: corpus.vocabulary } : {}),
    generateMs,
    compileMs,
    heapDataset,
    peakRss: process.resourceUsage().maxRSS * 1024,
    rssDelta,
    jsonBytes: Buffer.byteLength(json),
  };
}

async function queryLevel(module: string, vocabulary: string | undefined, budgetMs: number): Promise<QueryLevelResult> {
  collectGarbage();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const specifier = module.startsWith('@') ? module : pathToFileURL(module).href;
  const core = (await import(specifier)) as CoreModule;
  const importMs = performance.now() - t0;
  const queries = vocabulary ? syntheticQueries(JSON.parse(vocabulary)) : REAL_QUERIES;
  const results = runQueries(core, queries, heap0, budgetMs);
  return { ...results, importMs, rssDelta: process.memoryUsage().rss - rss0 };
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    multiplier: { type: 'string', default: '1' },
    real: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    out: { type: 'string' },
    module: { type: 'string' },
    vocabulary: { type: 'string' },
    budget: { type: 'string', default: '250' },
  },
});
const mode = positionals[0];
let result: unknown;
if (mode === 'compile' && values.out) {
  result = await compileLevel(values.real ? 'real' : Number(values.multiplier), Number(values.runs), values.out);
} else if (mode === 'query' && values.module) {
  result = await queryLevel(values.module, values.vocabulary, Number(values.budget));
} else {
  console.error('usage: scale-level.js compile (--multiplier M | --real) --runs N --out FILE | query --module FILE [--vocabulary JSON] [--budget MS]');
  process.exit(2);
}
console.log(`RESULT ${JSON.stringify(result)}`);
