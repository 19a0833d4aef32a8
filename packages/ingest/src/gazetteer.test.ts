import { describe, expect, it } from 'vitest';
import { Gazetteer, loadGazetteer } from './gazetteer.js';
import { REAL_DATA } from './test-repo.js';

const ids = (g: Gazetteer, text: string) => g.match(text).map((m) => [text.slice(m.start, m.end), m.entity.id]);

describe('Gazetteer', () => {
  it('knows the printed variants of a registry name', () => {
    const g = new Gazetteer();
    g.addEntity({ id: 'avicenna', type: 'person', name: 'Avicenna (Abu Ali ibn Sina)' });
    g.addEntity({ id: 'sco', type: 'organisation', name: 'Shanghai Cooperation Organisation' });
    g.addEntity({ id: 'tokayev', type: 'person', name: 'Kassym-Jomart Tokayev' });
    expect(ids(g, 'Abu Ali ibn Sina, or Avicenna, and the Shanghai Cooperation Organization (SCO) met Tokayev.')).toEqual([
      ['Abu Ali ibn Sina', 'avicenna'],
      ['Avicenna', 'avicenna'],
      ['Shanghai Cooperation Organization', 'sco'],
      ['SCO', 'sco'],
      ['Tokayev', 'tokayev'],
    ]);
  });

  it('drops a surface two entities share, and never links pronouns or bare titles', () => {
    const g = new Gazetteer();
    g.addEntity({ id: 'a', type: 'person', name: 'Ali Karimov' });
    g.addEntity({ id: 'b', type: 'person', name: 'Bakhtiyor Karimov' }, 'He', 'President');
    expect(ids(g, 'Karimov said He was President.')).toEqual([]);
  });

  it('links the aliases the curated data uses: "the Kazakh capital" is Astana', async () => {
    const g = await loadGazetteer(REAL_DATA);
    expect(ids(g, 'He flew to the Kazakh capital.')).toEqual([['Kazakh capital', 'astana']]);
    expect(g.takenIds.has('rahmon-astana-visit-2018')).toBe(true);
  });
});
