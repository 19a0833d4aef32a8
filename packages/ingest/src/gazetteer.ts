import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findOccurrences, type QuoteRef } from '@kztj/core/authoring';
import { isOnlyNonNames } from './extract/name-words.js';

export interface KnownEntity {
  id: string;
  type: string;
  name: string;
  /** The larger entity it lies in (a city's country), where the registry says. */
  partOf?: string;
}

export interface GazetteerMatch {
  start: number;
  end: number;
  entity: KnownEntity;
}

const quoteOf = (ref: unknown): string | undefined =>
  typeof ref === 'string' ? ref : typeof (ref as { quote?: unknown } | null)?.quote === 'string' ? (ref as { quote: string }).quote : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function asEntity(value: unknown): KnownEntity | undefined {
  if (!isRecord(value)) return undefined;
  const { id, type, name, partOf } = value;
  if (typeof id !== 'string' || typeof type !== 'string' || typeof name !== 'string') return undefined;
  return typeof partOf === 'string' ? { id, type, name, partOf } : { id, type, name };
}

/**
 * The ways a registry name is printed: "Avicenna (Abu Ali ibn Sina)" is also "Avicenna" and "Abu
 * Ali ibn Sina"; "Organisation" is also "Organization"; a person is also named by surname alone
 * ("Tokayev"); an organisation of several capitalised words also by its initials ("SCO", "UN"), and
 * a country's ministry or government by the country's adjective ("Tajik Foreign Ministry").
 * A variant two entities share is dropped by the gazetteer as ambiguous.
 */
function variants(entity: KnownEntity, name: string): string[] {
  const out = new Set<string>([name]);
  const parenthesised = /^(.+?)\s*\((.+)\)$/u.exec(name);
  if (parenthesised?.[1] && parenthesised[2]) out.add(parenthesised[1]).add(parenthesised[2]);
  for (const form of [...out]) {
    out.add(form.replace(/isation/gu, 'ization').replace(/ise\b/gu, 'ize'));
    out.add(form.replace(/ization/gu, 'isation'));
    if (entity.type === 'person' && form === entity.name) {
      const words = form.split(/\s+/u);
      const surname = words[words.length - 1];
      if (words.length >= 2 && surname && /^\p{Lu}\p{Ll}{2,}/u.test(surname)) out.add(surname);
    }
    if (entity.type === 'organisation') {
      // "Ministry of Foreign Affairs of Tajikistan" is printed "Tajik Foreign Ministry" and
      // "Tajikistan's Foreign Ministry"; "Government of Kazakhstan" also "Kazakh Government".
      const of = /^(Ministry of Foreign Affairs|Government|Parliament) of (\p{Lu}\p{L}+stan)$/u.exec(form);
      if (of?.[1] && of[2]) {
        const short = of[1] === 'Ministry of Foreign Affairs' ? 'Foreign Ministry' : of[1];
        const demonym = of[2].replace(/i?stan$/u, '');
        for (const head of [demonym, `${of[2]}’s`, `${of[2]}'s`]) out.add(`${head} ${short}`);
        out.add(`${demonym} ${of[1]}`);
      }
      const initials = form.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials.length >= 2 && form.split(/\s+/u).length >= 2) out.add(initials);
    }
  }
  return [...out];
}

/**
 * Known names of known entities. A surface form that names two different entities is dropped:
 * linking it either way would be a guess, and a reviewer sees it as a new candidate instead.
 */
export class Gazetteer {
  readonly entities = new Map<string, KnownEntity>();
  private readonly surfaces = new Map<string, Set<string>>();
  /** Every id already used by any record in the data, so new ids never collide. */
  readonly takenIds = new Set<string>();

  addEntity(entity: KnownEntity, ...names: string[]): void {
    this.entities.set(entity.id, entity);
    this.takenIds.add(entity.id);
    for (const name of [entity.name, ...names]) for (const variant of variants(entity, name)) this.addSurface(entity.id, variant);
  }

  addSurface(id: string, surface: string): void {
    // "the Kazakh capital" is matched as "Kazakh capital", so it also links after "The" or "a".
    const clean = surface.trim().replace(/^(?:the|The)\s+/, '');
    // A surface without a capital letter ("the two sides") is description, not a name.
    if (clean.length < 2 || isOnlyNonNames(clean)) return;
    const ids = this.surfaces.get(clean) ?? new Set<string>();
    ids.add(id);
    this.surfaces.set(clean, ids);
  }

  /** The one entity a surface form names, case-insensitively (for datelines: "DUSHANBE"). */
  lookup(surface: string): KnownEntity | undefined {
    const wanted = surface.toLocaleLowerCase('en');
    const ids = new Set([...this.surfaces].filter(([s]) => s.toLocaleLowerCase('en') === wanted).flatMap(([, set]) => [...set]));
    return ids.size === 1 ? this.entities.get([...ids][0] ?? '') : undefined;
  }

  /** Longest known names first, never overlapping, on word boundaries, within [from, to). */
  match(text: string, from = 0, to = text.length): GazetteerMatch[] {
    const taken: GazetteerMatch[] = [];
    const byLength = [...this.surfaces].sort(([a], [b]) => b.length - a.length);
    for (const [surface, ids] of byLength) {
      if (ids.size !== 1) continue;
      const entity = this.entities.get([...ids][0] ?? '');
      if (!entity) continue;
      for (const start of findOccurrences(text, surface)) {
        const end = start + surface.length;
        if (start < from || end > to) continue;
        if (taken.some((m) => m.start < end && start < m.end)) continue;
        taken.push({ start, end, entity });
      }
    }
    return taken.sort((a, b) => a.start - b.start);
  }
}

/**
 * Builds the gazetteer from the data as authored — entities.yaml (names and aliases), every source
 * file's `entities` and `mentions` — plus the aliases of the compiled dataset when one is given. It
 * reads the YAML leniently rather than compiling it, so a half-finished data folder still links.
 * Dataset aliases only count for ids that exist in this data folder, so a stale dataset.json can't
 * introduce a dangling reference.
 */
export async function loadGazetteer(dataDir: string, datasetJson?: string, options: { excludeSource?: string } = {}): Promise<Gazetteer> {
  const gazetteer = new Gazetteer();
  const readYaml = async (path: string): Promise<unknown> => parse(await readFile(path, 'utf8'));

  const registry = await readYaml(join(dataDir, 'entities.yaml')).catch(() => []);
  for (const item of Array.isArray(registry) ? registry : []) {
    const entity = asEntity(item);
    if (!entity) continue;
    const aliases = isRecord(item) && Array.isArray(item.aliases) ? item.aliases.filter((a): a is string => typeof a === 'string') : [];
    gazetteer.addEntity(entity, ...aliases);
  }

  const sourceDir = join(dataDir, 'sources');
  const names = (await readdir(sourceDir).catch(() => [] as string[])).filter((n) => /\.ya?ml$/.test(n)).sort();
  const sources = await Promise.all(names.map((name) => readYaml(join(sourceDir, name)).catch(() => undefined)));
  for (const source of sources) {
    // Leaving one source out lets an evaluation link that source's names from the others only.
    if (!isRecord(source) || source.id === options.excludeSource) continue;
    if (typeof source.id === 'string') gazetteer.takenIds.add(source.id);
    for (const item of Array.isArray(source.entities) ? source.entities : []) {
      const entity = asEntity(item);
      if (entity) gazetteer.addEntity(entity);
    }
    for (const collection of ['events', 'agreements', 'figures', 'quotes', 'claims']) {
      const records = source[collection];
      for (const record of Array.isArray(records) ? records : []) {
        if (isRecord(record) && typeof record.id === 'string') gazetteer.takenIds.add(record.id);
      }
    }
    if (isRecord(source.mentions)) {
      for (const [id, refs] of Object.entries(source.mentions)) {
        for (const ref of Array.isArray(refs) ? (refs as QuoteRef[]) : []) {
          const quote = quoteOf(ref);
          if (quote !== undefined && gazetteer.entities.has(id)) gazetteer.addSurface(id, quote);
        }
      }
    }
  }

  if (datasetJson !== undefined) {
    const dataset = JSON.parse(await readFile(datasetJson, 'utf8').catch(() => '{}')) as { entities?: unknown };
    for (const item of Array.isArray(dataset.entities) ? dataset.entities : []) {
      if (!isRecord(item) || typeof item.id !== 'string' || !gazetteer.entities.has(item.id)) continue;
      for (const alias of Array.isArray(item.aliases) ? item.aliases : []) if (typeof alias === 'string') gazetteer.addSurface(item.id, alias);
    }
  }
  return gazetteer;
}
