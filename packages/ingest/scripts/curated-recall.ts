/**
 * Recall on the curated seeds: what the extractors find in each seed, compared with what the
 * curators marked (entity mentions of people, places, organisations and countries; date evidence;
 * figure evidence). The gazetteer leaves the seed's own source file out, so a name counts as
 * linked only if the registry or the other article knows it. The extractors were written with
 * these two seeds in view, so this is a check, not an unseen-article measure (see recall.ts).
 *   npm run eval:curated -w @kztj/ingest
 */
import { fileURLToPath } from 'node:url';
import { compileDataset, loadData } from '@kztj/core/authoring';
import { extract } from '../src/extract/index.js';
import { loadGazetteer } from '../src/gazetteer.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const dataDir = here('../../core/data');
const { input } = await loadData(dataDir, here('../../../seeds'));
const { dataset, problems } = compileDataset(input);
if (!dataset) throw new Error(`the curated data does not build (${problems.length} problems)`);

type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const pct = (n: number, of: number) => `${n}/${of} = ${of === 0 ? '–' : `${Math.round((n / of) * 1000) / 10}%`}`;
const distinct = <T extends Span>(spans: T[]) => spans.filter((s, i) => spans.findIndex((t) => t.start === s.start && t.end === s.end) === i);

for (const source of dataset.sources) {
  const gazetteer = await loadGazetteer(dataDir, undefined, { excludeSource: source.id });
  const found = extract(source.text, source.bodyStart, source.bodyEnd, { edtf: source.date.latest, exact: source.date.precision === 'day' }, gazetteer);
  const mine = <T extends { source: string }>(spans: T[] | undefined) => (spans ?? []).filter((s) => s.source === source.id);

  const named = dataset.entities.filter((e) => ['person', 'place', 'organisation', 'country'].includes(e.type) && mine(e.evidence).length > 0);
  let entitiesFound = 0;
  let linked = 0;
  const knownElsewhere = named.filter((e) => gazetteer.entities.has(e.id));
  const missedEntities: string[] = [];
  for (const entity of named) {
    const hits = found.entities.filter((f) => f.mentions.some((m) => mine(entity.evidence).some((g) => overlaps(m, g))));
    if (hits.length) entitiesFound += 1;
    else missedEntities.push(entity.name);
    if (gazetteer.entities.has(entity.id) && hits.some((h) => h.known?.id === entity.id)) linked += 1;
  }

  const dateSpans = distinct([
    ...dataset.events.flatMap((e) => mine(e.date?.evidence).map((s) => ({ ...s, edtf: e.date?.edtf ?? '' }))),
    ...dataset.agreements.flatMap((a) => [...mine(a.validity?.evidence).map((s) => ({ ...s, edtf: a.validity?.edtf ?? '' })), ...mine(a.statusDate?.evidence).map((s) => ({ ...s, edtf: a.statusDate?.edtf ?? '' }))]),
    ...dataset.figures.flatMap((f) => mine(f.period?.evidence).map((s) => ({ ...s, edtf: f.period?.edtf ?? '' }))),
    ...dataset.claims.flatMap((c) => mine(c.date?.evidence).map((s) => ({ ...s, edtf: c.date?.edtf ?? '' }))),
  ]).filter((s) => s.start >= source.bodyStart);
  const datesFound = dateSpans.filter((g) => found.dates.some((d) => overlaps(d, g))).length;
  const datesRight = dateSpans.filter((g) => found.dates.some((d) => overlaps(d, g) && d.edtf.replace(/\?$/u, '') === g.edtf.replace(/\?$/u, ''))).length;

  const figures = dataset.figures.filter((f) => f.sources.includes(source.id));
  const figuresFound = figures.filter((f) => found.amounts.some((a) => f.evidence.some((g) => overlaps(a, g)))).length;
  const figuresRight = figures.filter((f) => found.amounts.some((a) => f.evidence.some((g) => overlaps(a, g)) && a.amount === f.amount && a.unit === f.unit)).length;

  console.log(`${source.id} (seeds/${source.file})`);
  console.log(`  named entities found:   ${pct(entitiesFound, named.length)}${missedEntities.length ? ` — missed: ${missedEntities.join(', ')}` : ''}`);
  console.log(`  known elsewhere, linked: ${pct(linked, knownElsewhere.length)}`);
  console.log(`  dated spans found:      ${pct(datesFound, dateSpans.length)}; same EDTF: ${pct(datesRight, dateSpans.length)}`);
  console.log(`  figures found:          ${pct(figuresFound, figures.length)}; same amount and unit: ${pct(figuresRight, figures.length)}`);
}
