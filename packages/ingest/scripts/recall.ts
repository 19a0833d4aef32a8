/**
 * Measures the extractors against a hand-marked article they were not written against:
 * eval/unseen-article.txt and its gold list eval/unseen-article.gold.yaml. Runs ingest as a dry
 * run on the real seeds and data (nothing is written) and prints recall per kind, how many known
 * entities were linked rather than proposed again, and how many draft quotes fail to resolve.
 *   npm run eval -w @kztj/ingest [-- article.txt gold.yaml]
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { findOccurrences, resolveQuote, type QuoteRef } from '@kztj/core/authoring';
import { ingest } from '../src/ingest.js';

interface Gold {
  entities: Array<{ surface: string; type: string; known?: string }>;
  dates: Array<{ surface: string; edtf: string }>;
  amounts: Array<{ surface: string; amount: number; unit: string }>;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const articlePath = process.argv[2] ?? here('../eval/unseen-article.txt');
const goldPath = process.argv[3] ?? here('../eval/unseen-article.gold.yaml');
const gold = parse(await readFile(goldPath, 'utf8')) as Gold;

const started = performance.now();
const result = await ingest({ file: articlePath, seedsDir: here('../../../seeds'), dataDir: here('../../core/data'), dryRun: true });
const elapsed = performance.now() - started;
const text = (await readFile(articlePath)).toString('utf8');
const { extraction, draft } = result;

type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const occurrences = (surface: string): Span[] => findOccurrences(text, surface).map((start) => ({ start, end: start + surface.length }));
const pct = (n: number, of: number) => `${n}/${of} = ${of === 0 ? '–' : `${Math.round((n / of) * 1000) / 10}%`}`;
const missed: string[] = [];

let entitiesFound = 0;
// Strict: a mention with exactly the gold words (or the right known id), not just an overlap.
let entitiesExact = 0;
let knownLinked = 0;
let knownDuplicated = 0;
const knownGold = gold.entities.filter((g) => g.known);
for (const g of gold.entities) {
  const at = occurrences(g.surface);
  const hits = extraction.entities.filter((f) => f.mentions.some((m) => at.some((o) => overlaps(m, o))));
  if (hits.length > 0) entitiesFound += 1;
  else missed.push(`entity ${g.surface}`);
  if (hits.some((f) => (g.known !== undefined && f.known?.id === g.known) || f.mentions.some((m) => m.text === g.surface))) entitiesExact += 1;
  else if (hits.length > 0) missed.push(`entity ${g.surface} found only in part (${hits.map((h) => h.mentions.filter((m) => at.some((o) => overlaps(m, o))).map((m) => `"${m.text}"`).join(', ')).join(', ')})`);
  if (g.known) {
    if (hits.some((f) => f.known?.id === g.known)) knownLinked += 1;
    else {
      missed.push(`link ${g.surface} → ${g.known}${hits.length ? ` (found as ${hits.map((h) => h.known?.id ?? `new "${h.proposed?.name}"`).join(', ')})` : ''}`);
      if (hits.some((f) => f.proposed)) knownDuplicated += 1;
    }
  }
}

let datesFound = 0;
let datesRight = 0;
for (const g of gold.dates) {
  const at = occurrences(g.surface);
  const hit = extraction.dates.find((d) => at.some((o) => overlaps(d, o)));
  if (hit) datesFound += 1;
  if (hit && hit.edtf.replace(/\?$/u, '') === g.edtf) datesRight += 1;
  else missed.push(`date ${g.surface} → ${g.edtf}${hit ? ` (got ${hit.edtf} from "${hit.text}")` : ''}`);
}

let amountsFound = 0;
let amountsRight = 0;
for (const g of gold.amounts) {
  const at = occurrences(g.surface);
  const hit = extraction.amounts.find((a) => at.some((o) => overlaps(a, o)));
  if (hit) amountsFound += 1;
  if (hit && hit.amount === g.amount && hit.unit === g.unit) amountsRight += 1;
  else missed.push(`amount ${g.surface} → ${g.amount} ${g.unit}${hit ? ` (got ${hit.amount} ${hit.unit} from "${hit.text}")` : ''}`);
}

// Every quote in the draft, resolved as the build resolves it.
const s = draft.source;
const refs: QuoteRef[] = [
  ...(s.date.evidence ?? []),
  ...Object.values(s.mentions).flat(),
  ...[...s.events, ...s.agreements, ...s.figures, ...s.quotes, ...s.claims].flatMap((r) => r.evidence),
  ...s.events.flatMap((e) => e.date?.evidence ?? []),
  ...s.figures.flatMap((f) => f.period?.evidence ?? []),
  ...s.claims.flatMap((c) => c.date?.evidence ?? []),
];
const unresolved = refs.filter((ref) => !resolveQuote(text, s.id, ref).ok).length;

const all = gold.entities.length + gold.dates.length + gold.amounts.length;
console.log(`article: ${articlePath}`);
console.log(`entities found:          ${pct(entitiesFound, gold.entities.length)} (with exactly the marked words or the right id: ${pct(entitiesExact, gold.entities.length)})`);
console.log(`known entities linked:   ${pct(knownLinked, knownGold.length)} (proposed again as new: ${knownDuplicated})`);
console.log(`dates found:             ${pct(datesFound, gold.dates.length)}; normalised right: ${pct(datesRight, gold.dates.length)}`);
console.log(`amounts found:           ${pct(amountsFound, gold.amounts.length)}; value and unit right: ${pct(amountsRight, gold.amounts.length)}`);
console.log(`overall recall:          ${pct(entitiesFound + datesFound + amountsFound, all)} (strict: ${pct(entitiesExact + datesRight + amountsRight, all)})`);
console.log(`draft quotes that do not resolve: ${unresolved} of ${refs.length}`);
console.log(`proposed new entities:   ${s.entities.map((e) => `${e.name} (${e.type})`).join(', ')}`);
console.log(`ingest (dry run) took ${Math.round(elapsed)} ms`);
if (missed.length) console.log(`missed or wrong:\n  ${missed.join('\n  ')}`);
