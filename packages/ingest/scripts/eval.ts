/**
 * Scores ingest's drafts against the hand annotations in eval/corpus (see its README): a dry run
 * per article on the real seeds and data (nothing is written), then precision, recall and F1 per
 * kind of record — lenient (the draft has a record on the gold's words) and with the key attribute
 * right — the reported-speech subset, duplicate events and reviewer edits per article.
 *   npm run eval -w @kztj/ingest                        # the tuning half
 *   npm run eval -w @kztj/ingest -- --split held-out    # the held-out half: only for the final score
 *   npm run eval -w @kztj/ingest -- --details           # every miss, spurious record and edit
 *   npm run eval -w @kztj/ingest -- --json              # the numbers, for a results file
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadData } from '@kztj/core/authoring';
import { parseGold } from '../src/eval/gold.js';
import { KINDS, prf, scoreArticle, type ArticleScore, type DraftRecords, type KindScore, type Prf } from '../src/eval/score.js';
import { loadGazetteer } from '../src/gazetteer.js';
import { ingest } from '../src/ingest.js';
import { IngestRefusal } from '../src/article.js';

const { values } = parseArgs({ options: { split: { type: 'string', default: 'tuning' }, details: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
const splits = values.split === 'all' ? ['tuning', 'held-out'] : [values.split ?? 'tuning'];
if (!splits.every((s) => s === 'tuning' || s === 'held-out')) {
  console.error(`--split must be tuning, held-out or all, got ${JSON.stringify(values.split)}`);
  process.exit(2);
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const seedsDir = here('../../../seeds');
const dataDir = here('../../core/data');
const datasetJson = (() => {
  try {
    const path = createRequire(import.meta.url).resolve('@kztj/core/dataset.json');
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
})();

const gazetteer = await loadGazetteer(dataDir, datasetJson);
const recordKinds = new Map<string, string>();
const { input } = await loadData(dataDir, seedsDir);
for (const source of input.sources) {
  const value = source.value as Record<string, unknown> | null;
  for (const kind of ['events', 'agreements', 'figures', 'claims']) {
    const list = value?.[kind];
    if (Array.isArray(list)) for (const record of list) if (typeof record?.id === 'string') recordKinds.set(record.id, kind);
  }
}
const context = { entityType: (id: string) => gazetteer.entities.get(id)?.type, recordKind: (id: string) => recordKinds.get(id) };

const fmt = (n: number | undefined) => (n === undefined ? '  — ' : n.toFixed(2));
const sum = (scores: KindScore[]) => scores.reduce((t, s) => ({ gold: t.gold + s.gold, drafted: t.drafted + s.drafted, matched: t.matched + s.matched, keyRight: t.keyRight + s.keyRight }), { gold: 0, drafted: 0, matched: 0, keyRight: 0 });
const row = (label: string, p: Prf) => `${label.padEnd(40)} ${fmt(p.precision)}  ${fmt(p.recall)}  ${fmt(p.f1)}`;

const EMPTY: DraftRecords = { entities: [], mentions: {}, roles: [], events: [], agreements: [], figures: [], quotes: [], claims: [] };
const results: Record<string, unknown> = {};
for (const split of splits) {
  const dir = here(`../eval/corpus/${split}`);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const scores: Array<{ name: string; score: ArticleScore }> = [];
  const refused: string[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const text = await readFile(file, 'utf8');
    const gold = parseGold(file.replace(/\.txt$/u, '.gold.yaml'), await readFile(file.replace(/\.txt$/u, '.gold.yaml'), 'utf8'), text);
    // A refused article is an empty draft for the reviewer: every gold record is to be added.
    const draft = await ingest({ file, seedsDir, dataDir, ...(datasetJson ? { datasetJson } : {}), dryRun: true }).then(
      (result) => result.draft.source as unknown as DraftRecords,
      (error: unknown) => {
        if (!(error instanceof IngestRefusal)) throw error;
        refused.push(`${name}: ${error.message.split('\n').slice(0, 2).join(' ')}`);
        return EMPTY;
      },
    );
    scores.push({ name, score: scoreArticle(text, gold, draft, context) });
  }
  const all = scores.flatMap((s) => KINDS.map((k) => s.score.kinds[k]));
  const total = sum(all);
  const per = (kind: (typeof KINDS)[number]) => sum(scores.map((s) => s.score.kinds[kind]));
  const speech = sum(scores.map((s) => s.score.reportedSpeech));
  const table: Array<[string, Prf]> = [
    ['overall, lenient', prf(total.matched, total.drafted, total.gold)],
    ['overall, key attribute right', prf(total.keyRight, total.drafted, total.gold)],
    ...KINDS.map((k): [string, Prf] => {
      const t = per(k);
      return [`${k} (key right${k === 'events' ? ': type and factuality' : ''})`, prf(t.keyRight, t.drafted, t.gold)];
    }),
    ['reported speech (speaker right)', prf(speech.keyRight, speech.drafted, speech.gold)],
  ];
  const edits = scores.map((s) => s.score.edits);
  const duplicates = scores.reduce((n, s) => n + s.score.duplicateEvents, 0);
  results[split] = { refused, table: Object.fromEntries(table), edits: Object.fromEntries(scores.map((s) => [s.name, s.score.edits])), duplicateEvents: duplicates, counts: { total, ...Object.fromEntries(KINDS.map((k) => [k, per(k)])), reportedSpeech: speech } };
  if (values.json) continue;
  console.log(`\n== ${split}: ${names.length} articles, ${total.gold} gold records, ${total.drafted} drafted`);
  console.log(`${''.padEnd(40)} prec. recall  F1`);
  for (const [label, p] of table) console.log(row(label, p));
  for (const r of refused) console.log(`REFUSED (scored as an empty draft) ${r}`);
  console.log(`duplicate events: ${duplicates}`);
  console.log(`reviewer edits per article: ${edits.join(', ')} (mean ${(edits.reduce((a, b) => a + b, 0) / edits.length).toFixed(1)}); unchanged records: ${scores.map((s) => s.score.unchanged).join(', ')}`);
  if (!values.details) continue;
  for (const { name, score } of scores) {
    console.log(`\n-- ${name}: ${score.edits} edits`);
    for (const kind of KINDS) {
      const k = score.kinds[kind];
      for (const m of k.missed) console.log(`  missed   ${m.label}`);
      for (const s of k.spurious) console.log(`  spurious ${s.label}`);
      for (const p of k.pairs) if (p.edits.length) console.log(`  fix      ${p.draft.label}: ${p.edits.join('; ')}`);
    }
  }
}
if (values.json) console.log(JSON.stringify(results, null, 2));
