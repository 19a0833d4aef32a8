import { dataset } from './dataset.js';
import type { Entity, EntityType } from './schema/entity.js';

/**
 * The key a name is looked up by: case, accents, curly quotes, dashes, spacing and a leading
 * "the" do not matter ("the Kazakh capital" is "Kazakh capital"; "Tokayev’s" is not "Tokayev").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[‐-―]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

interface Entry {
  entity: Entity;
  /** 0 id, 1 name, 2 alias, 3 code: a lookup lists better matches first. */
  rank: number;
}
let byKey: Map<string, Entry[]> | undefined;

/** Built on first use: every id, name, alias and ISO code of every entity, by its key. */
function index(): Map<string, Entry[]> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const entity of dataset.entities) {
    const keys: Array<[string | undefined, number]> = [
      [entity.id, 0],
      [entity.name, 1],
      ...entity.aliases.map((a): [string, number] => [a, 2]),
      [entity.codes?.alpha2, 3],
      [entity.codes?.alpha3, 3],
      [entity.codes?.numeric, 3],
    ];
    for (const [key, rank] of keys) {
      if (key === undefined) continue;
      const list = byKey.get(nameKey(key)) ?? [];
      const prior = list.find((e) => e.entity === entity);
      if (prior) prior.rank = Math.min(prior.rank, rank);
      else list.push({ entity, rank });
      byKey.set(nameKey(key), list);
    }
  }
  return byKey;
}

/**
 * The entities a name refers to, as the articles name them: by id, name, any alias the articles
 * use, or (countries) an ISO 3166-1 code. Several when the articles use one name for several
 * things ("the country"); those named so by id or name first, then in dataset order. Empty when
 * nothing is called that; `suggest()` offers near misses.
 */
export function findEntity(name: string, options: { type?: EntityType } = {}): Entity[] {
  const found = index().get(nameKey(name)) ?? [];
  return found
    .filter((e) => options.type === undefined || e.entity.type === options.type)
    .sort((a, b) => a.rank - b.rank)
    .map((e) => e.entity);
}
