/**
 * Prints, per seed, every sentence with the records that cite it. Sentences no record cites are
 * flagged; unless listed under `uncited` with a reason they fail (exit 1). `--json` for tools.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { coverage } from '../src/build/coverage.js';
import type { Dataset } from '../src/schema/dataset.js';

const path = fileURLToPath(new URL('../generated/dataset.json', import.meta.url));
const dataset = JSON.parse(await readFile(path, 'utf8').catch(() => {
  console.error(`coverage: ${path} is missing; run "npm run build -w @kztj/core" first`);
  process.exit(2);
})) as Dataset;
const report = coverage(dataset);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const source of report) {
    console.log(`\n${source.source} (${source.file}): ${source.sentences.length} sentences`);
    for (const s of source.sentences) {
      const head = s.text.length > 70 ? `${s.text.slice(0, 69)}…` : s.text;
      const mark = s.citedBy.length > 0 ? '✓' : s.uncitedReason ? '–' : '✗';
      console.log(`${mark} ${String(s.start).padStart(5)}-${String(s.end).padEnd(5)} ${head}`);
      console.log(`    ${s.citedBy.length > 0 ? s.citedBy.join(', ') : s.uncitedReason ? `uncited: ${s.uncitedReason}` : 'NOT CITED'}`);
    }
  }
}
const missing = report.flatMap((r) => r.sentences.filter((s) => s.citedBy.length === 0 && !s.uncitedReason).map((s) => `${r.file}:${s.start}-${s.end}`));
const total = report.reduce((n, r) => n + r.sentences.length, 0);
const cited = report.reduce((n, r) => n + r.sentences.filter((s) => s.citedBy.length > 0).length, 0);
console.error(`\ncoverage: ${cited}/${total} sentences cited${missing.length ? `; not cited and not excused: ${missing.join(', ')}` : ''}`);
process.exit(missing.length > 0 ? 1 : 0);
