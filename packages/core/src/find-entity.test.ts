import { describe, expect, it } from 'vitest';
import { dataset } from './dataset.js';
import { findEntity, nameKey } from './find-entity.js';
import { findCountry } from './query.js';

const ids = (name: string, type?: Parameters<typeof findEntity>[1]) => findEntity(name, type).map((e) => e.id);

describe('findEntity', () => {
  it('finds an entity by the names the articles use, whatever the case or a leading "the"', () => {
    expect(ids('Tokayev')).toEqual(['kassym-jomart-tokayev']);
    expect(ids('the Kazakh capital')).toEqual(['astana']);
    expect(ids('TAJIK LEADER')).toEqual(['emomali-rahmon']);
    expect(ids('kazakhstan')).toEqual(['kazakhstan']);
  });

  it('lists every entity an ambiguous name is used for, and narrows by type', () => {
    expect(ids('the country').sort()).toEqual(['kazakhstan', 'tajikistan']);
    const shared = ids('Ashgabat');
    expect(shared[0]).toBe('ashgabat'); // named so, before the government it also stands for
    expect(shared.length).toBeGreaterThan(1);
    expect(ids('Ashgabat', { type: 'place' })).toEqual(['ashgabat']);
  });

  it('finds countries by ISO code, as findCountry does', () => {
    const kz = dataset.entities.find((e) => e.id === 'kazakhstan')!;
    expect(ids(kz.codes!.alpha3)).toEqual(['kazakhstan']);
    expect(findCountry(kz.codes!.alpha2)).toBe('kazakhstan');
    expect(findCountry('narnia')).toBeUndefined();
  });

  it('finds every entity by its own name and every alias; nothing for a name nobody uses', () => {
    for (const entity of dataset.entities) {
      for (const name of [entity.name, ...entity.aliases]) expect(ids(name), name).toContain(entity.id);
    }
    expect(ids('Tokay')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('keys names so that spelling noise does not matter but words do', () => {
    expect(nameKey('  The  Kazakh\u00a0Capital ')).toBe(nameKey('kazakh capital'));
    expect(nameKey('Rahmon’s')).toBe(nameKey("Rahmon's"));
    expect(nameKey('Tokayev')).not.toBe(nameKey('Tokayev’s'));
  });
});
