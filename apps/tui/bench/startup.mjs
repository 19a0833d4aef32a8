// Start-up benchmark for the kztj bin: `kztj --help`, `kztj list events --json` and the first
// frame of the interactive browser, each as a median over several runs and as a ratio against bare
// `node -e ''` measured in the same run (absolute times vary by machine; ratios travel).
// Run with `npm run bench -w @kztj/tui` after building. Not a test: it asserts nothing.
// The repository bench (bench/src/tui-first-frame.ts) reads the two pty rows of this table by
// their labels: keep "node -e '' in a pty (script)" and "kztj first interactive frame" as they are.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { timeUntil } from './time-until.mjs';

const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

if (!existsSync(BIN)) {
  console.error(`bench: ${BIN} is missing; run "npm run build -w @kztj/tui" first`);
  process.exit(2);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function timeRun(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

// The browser needs a terminal: util-linux `script` gives it a pseudo-terminal, and the clock
// stops when the first frame's title line reaches it. Ink draws only the final frame when it
// believes it runs in CI, so CI variables are removed for the child.
const childEnv = { ...process.env };
delete childEnv.CI;
delete childEnv.CONTINUOUS_INTEGRATION;

const hasScript = spawnSync('script', ['--version']).status === 0;
const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
const cases = [
  { name: "node -e ''", run: () => timeRun(['-e', '']) },
  { name: 'kztj --help', run: () => timeRun([BIN, '--help']) },
  { name: 'kztj list events --json', run: () => timeRun([BIN, 'list', 'events', '--json']) },
];
if (hasScript) {
  cases.push(
    { name: "node -e '' in a pty (script)", run: () => timeUntil(`${quote(process.execPath)} -e "process.stdout.write('READY')"`, 'READY', { env: childEnv }) },
    { name: 'kztj first interactive frame', run: () => timeUntil(`${quote(process.execPath)} ${quote(BIN)}`, 'Timeline ·', { env: childEnv }) },
  );
}

const samples = new Map(cases.map((c) => [c.name, []]));
// One warm-up round, then interleaved rounds so drift in machine load hits every case alike.
for (const c of cases) await c.run();
for (let i = 0; i < RUNS; i++) for (const c of cases) samples.get(c.name).push(await c.run());

const baseline = median(samples.get("node -e ''"));
const distDir = new URL('../dist/', import.meta.url);
const jsFiles = readdirSync(distDir).filter((f) => f.endsWith('.js'));
const sizeOf = (f) => statSync(new URL(f, distDir)).size;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`kztj start-up, median of ${RUNS} runs (node ${process.version}, ${process.platform}/${process.arch})`);
console.log(`${'case'.padEnd(32)}${'median ms'.padStart(10)}${'× bare node'.padStart(13)}`);
for (const c of cases) {
  const ms = median(samples.get(c.name));
  console.log(`${c.name.padEnd(32)}${ms.toFixed(1).padStart(10)}${(ms / baseline).toFixed(2).padStart(13)}`);
}
if (!hasScript) console.log('(first interactive frame skipped: util-linux `script` is not installed)');
console.log(
  `bundle: dist/cli.js ${kib(sizeOf('cli.js'))}; all ${jsFiles.length} JS files ${kib(jsFiles.reduce((n, f) => n + sizeOf(f), 0))} ` +
    `(largest: ${jsFiles.sort((a, b) => sizeOf(b) - sizeOf(a)).slice(0, 2).map((f) => `${f} ${kib(sizeOf(f))}`).join(', ')})`,
);
