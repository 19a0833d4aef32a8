import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../gazetteer.js';
import { extractEntities } from './entities.js';
import { extractRoles } from './roles.js';

function roles(text: string) {
  const g = new Gazetteer();
  g.addEntity({ id: 'kazakhstan', type: 'country', name: 'Kazakhstan' });
  g.addEntity({ id: 'tajikistan', type: 'country', name: 'Tajikistan' });
  g.addEntity({ id: 'kyrgyzstan', type: 'country', name: 'Kyrgyzstan' });
  g.addEntity({ id: 'emomali-rahmon', type: 'person', name: 'Emomali Rahmon' }, 'Tajik President Emomali Rahmon');
  const entities = extractEntities(text, 0, text.length, g);
  return extractRoles(text, entities, g).map((r) => ({ person: r.person.known?.name ?? r.person.proposed?.name, title: r.title, of: r.of?.known?.id ?? r.of?.proposed?.name, evidence: r.evidence.text }));
}

describe('extractRoles', () => {
  it('reads an office before the name, with the country it is of', () => {
    expect(roles('Yesterday Tajik President Saidullo Nazarov arrived.')).toEqual([
      { person: 'Saidullo Nazarov', title: 'President of Tajikistan', of: 'tajikistan', evidence: 'Tajik President Saidullo Nazarov' },
    ]);
  });
  it('reads the title inside a known surface form, and a demonym as its country', () => {
    expect(roles('Tajik President Emomali Rahmon left.')).toEqual([
      { person: 'Emomali Rahmon', title: 'President of Tajikistan', of: 'tajikistan', evidence: 'Tajik President Emomali Rahmon' },
    ]);
  });
  it('reads "X’s Ambassador to Y"', () => {
    expect(roles('According to Kazakhstan’s Ambassador to Tajikistan Daulet Abenov, talks went well.')[0]).toMatchObject({
      title: 'Ambassador of Kazakhstan to Tajikistan',
      of: 'kazakhstan',
      evidence: 'Kazakhstan’s Ambassador to Tajikistan Daulet Abenov',
    });
  });
  it('reads an office in apposition after the name', () => {
    expect(roles('Aigul Bekova, Director of the Dushanbe Energy Institute, said prices rose.')[0]).toMatchObject({
      person: 'Aigul Bekova',
      title: 'Director of Dushanbe Energy Institute',
      of: 'Dushanbe Energy Institute',
      evidence: 'Aigul Bekova, Director of the Dushanbe Energy Institute',
    });
  });
});

describe('extractRoles in the patterns news agencies print', () => {
  it('reads each holder after a plural office: "Presidents A of X, B of Y and C of Z"', () => {
    const found = roles('Presidents Sadyr Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan and Kassym Tokayev of Kazakhstan met.');
    expect(found.map((r) => [r.person, r.title, r.of])).toEqual(
      expect.arrayContaining([
        ['Emomali Rahmon', 'President of Tajikistan', 'tajikistan'],
        ['Kassym Tokayev', 'President of Kazakhstan', 'kazakhstan'],
      ]),
    );
    expect(found.find((r) => r.person === 'Emomali Rahmon')?.evidence).toBe('Emomali Rahmon of Tajikistan');
  });
  it('reads an office before a comma and the name: "the 1st Deputy Prime Minister of Kazakhstan, Roman Sklyar"', () => {
    expect(roles('The talks were chaired by the 1st Deputy Prime Minister of Kazakhstan, Roman Sklyar.')[0]).toMatchObject({
      person: 'Roman Sklyar',
      title: 'First Deputy Prime Minister of Kazakhstan',
      of: 'kazakhstan',
    });
  });
});
