/**
 * How long an ingest takes, as ratios against the work it cannot avoid: compiling the existing
 * data once (loadData + compileDataset), which ingest does twice to check the draft.
 *   npm run bench -w @kztj/ingest
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bodyBounds, compileDataset, loadData } from '@kztj/core/authoring';
import { extract } from '../src/extract/index.js';
import { loadGazetteer } from '../src/gazetteer.js';
import { ingest } from '../src/ingest.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const seedsDir = here('../../../seeds');
const dataDir = here('../../core/data');
const article = here('../src/fixtures/round-trip-article.txt');
const RUNS = 7;

async function median(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm up: module loading and the JIT are not what is measured
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
}

const text = await readFile(article, 'utf8');
const { bodyStart, bodyEnd } = bodyBounds(text);
const gazetteer = await loadGazetteer(dataDir);

const baseline = await median(async () => compileDataset((await loadData(dataDir, seedsDir)).input));
const extraction = await median(async () => extract(text, bodyStart, bodyEnd, { edtf: '2024-09-12', exact: true }, gazetteer));
const whole = await median(() => ingest({ file: article, seedsDir, dataDir, dryRun: true }));

const row = (name: string, ms: number) => `${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / baseline).toFixed(2).padStart(6)}×`;
console.log(`median of ${RUNS} runs, relative to compiling the existing data once`);
console.log(row('baseline: loadData + compileDataset', baseline));
console.log(row('extractors on a 5-sentence article', extraction));
console.log(row('whole ingest, dry run', whole));
