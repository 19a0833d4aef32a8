import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../gazetteer.js';
import { extractEntities, nameRuns } from './entities.js';

function gazetteer(): Gazetteer {
  const g = new Gazetteer();
  g.addEntity({ id: 'astana', type: 'place', name: 'Astana' }, 'the Kazakh capital');
  g.addEntity({ id: 'emomali-rahmon', type: 'person', name: 'Emomali Rahmon' }, 'Rahmon', 'Tajik leader');
  g.addEntity({ id: 'kazakhstan', type: 'country', name: 'Kazakhstan' });
  g.addEntity({ id: 'tajikistan', type: 'country', name: 'Tajikistan' });
  return g;
}

const summary = (text: string) =>
  extractEntities(text, 0, text.length, gazetteer()).map((f) => ({
    id: f.known?.id,
    proposed: f.proposed && `${f.proposed.name} (${f.proposed.type})`,
    mentions: f.mentions.map((m) => m.text),
  }));

describe('extractEntities', () => {
  it('links known names and aliases instead of proposing them', () => {
    expect(summary('The Tajik leader flew to the Kazakh capital. Rahmon thanked Kazakhstan.')).toEqual([
      { id: 'emomali-rahmon', proposed: undefined, mentions: ['Tajik leader', 'Rahmon'] },
      { id: 'astana', proposed: undefined, mentions: ['Kazakh capital'] },
      { id: 'kazakhstan', proposed: undefined, mentions: ['Kazakhstan'] },
    ]);
  });

  it('proposes new people, places and organisations with a type', () => {
    const found = summary('President Sadyr Japarov met officials of the Eurasian Development Bank in Osh. Japarov later left.');
    expect(found).toContainEqual({ id: undefined, proposed: 'Sadyr Japarov (person)', mentions: ['Sadyr Japarov', 'Japarov'] });
    expect(found).toContainEqual({ id: undefined, proposed: 'Eurasian Development Bank (organisation)', mentions: ['Eurasian Development Bank'] });
    expect(found).toContainEqual({ id: undefined, proposed: 'Osh (place)', mentions: ['Osh'] });
  });

  it('proposes a new country the tagger knows', () => {
    expect(summary('Talks with China resumed.')).toEqual([{ id: undefined, proposed: 'China (country)', mentions: ['China'] }]);
  });

  it('treats a known name inside a longer name as part of it', () => {
    expect(summary('The Kazakhstan Temir Zholy Company ships grain.').map((f) => f.proposed ?? f.id)).toEqual(['Kazakhstan Temir Zholy Company (organisation)']);
  });
});

describe('nameRuns', () => {
  it('splits at titles, keeps joiners inside names, skips sentence openers and months', () => {
    const text = 'During March, Tajik President Emomali Rahmon visited the Ministry of Foreign Affairs of Kazakhstan.';
    expect(nameRuns(text).map((r) => r.text)).toEqual(['Tajik', 'Emomali Rahmon', 'Ministry of Foreign Affairs of Kazakhstan']);
  });
});

describe('extractEntities, datelines and acronyms', () => {
  it('reads an unknown capitalised dateline as a place and an acronym as an organisation', () => {
    const found = summary('OSH – Officials of the EAEU met in Osh.');
    expect(found).toContainEqual({ id: undefined, proposed: 'Osh (place)', mentions: ['OSH', 'Osh'] });
    expect(found).toContainEqual({ id: undefined, proposed: 'EAEU (organisation)', mentions: ['EAEU'] });
  });
});

describe('extractEntities, names side by side', () => {
  it('keeps a known name next to an unknown one instead of merging them', () => {
    expect(summary('The Ambassador to Tajikistan Bakhtiyor Sattorov arrived.').map((f) => f.proposed ?? f.id)).toEqual(['tajikistan', 'Bakhtiyor Sattorov (person)']);
  });
});

describe('extractEntities leaves out what is not an entity', () => {
  const names = (text: string) => {
    const g = new Gazetteer();
    g.addEntity({ id: 'kazakhstan', type: 'country', name: 'Kazakhstan' });
    return extractEntities(text, 0, text.length, g).map((e) => [e.known?.id ?? e.proposed?.name, e.known?.type ?? e.proposed?.type]);
  };
  it('not "US" in "US dollars", not a byline, not an event name', () => {
    const found = names('By Aziza Nurmatova\n\nThe Interregional Forum drew 1.1 billion US dollars of deals in Kazakhstan.');
    expect(found).toEqual([['kazakhstan', 'country']]);
  });
  it('types a cited news source as an organisation and a palace as a place', () => {
    expect(names('The talks were held, Kazinform learnt from officials.')).toEqual([['Kazinform', 'organisation']]);
    expect(names('They met at the Akorda presidential palace.')).toEqual([['Akorda', 'place']]);
  });
});
