import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnownRecords, matchKnownAgreement, matchKnownEvent, type KnownEvent } from './known-records.js';

const visit: KnownEvent = { id: 'event-visit', type: 'visit', title: 'A visit', bounds: { earliest: '2023-05-01', latest: '2023-05-31' }, place: 'astana', participants: ['emomali-rahmon', 'kassym-jomart-tokayev'] };
const summit: KnownEvent = { id: 'event-summit', type: 'summit', title: 'A summit', bounds: { earliest: '2018-03-15', latest: '2018-03-15' }, participants: ['emomali-rahmon'] };

describe('matchKnownEvent', () => {
  const day = (d: string) => ({ earliest: d, latest: d });
  it('matches on kind, date, place and a shared person, and says why', () => {
    const match = matchKnownEvent({ type: 'visit', bounds: day('2023-05-04'), place: 'astana', participants: ['emomali-rahmon'], people: ['emomali-rahmon'] }, [visit, summit]);
    expect(match?.event.id).toBe('event-visit');
    expect(match?.reason).toMatch(/same kind \(visit\), dates overlap .*same place \(astana\), shared participants \(emomali-rahmon\)/u);
  });
  it('takes a meeting of leaders for the summit it is', () => {
    expect(matchKnownEvent({ type: 'meeting', bounds: day('2018-03-15'), place: 'astana', participants: [], people: [] }, [visit, summit])?.event.id).toBe('event-summit');
  });
  it('does not match without a date, at another place, another time, or with other people', () => {
    expect(matchKnownEvent({ type: 'visit', place: 'astana', participants: ['emomali-rahmon'], people: ['emomali-rahmon'] }, [visit])).toBeUndefined();
    expect(matchKnownEvent({ type: 'visit', bounds: day('2023-05-04'), place: 'dushanbe', participants: [], people: [] }, [visit])).toBeUndefined();
    expect(matchKnownEvent({ type: 'visit', bounds: day('2024-05-04'), participants: [], people: [] }, [visit])).toBeUndefined();
    expect(matchKnownEvent({ type: 'visit', bounds: day('2023-05-04'), participants: ['sadyr-japarov'], people: ['sadyr-japarov'] }, [visit])).toBeUndefined();
  });
  it('does not choose between two events that both fit', () => {
    expect(matchKnownEvent({ type: 'visit', bounds: day('2023-05-04'), participants: [], people: [] }, [visit, { ...visit, id: 'event-other-visit' }])).toBeUndefined();
  });
});

describe('matchKnownAgreement', () => {
  const known = [{ id: 'agreement-declaration', type: 'declaration', title: 'Declaration on Allied Cooperation' }];
  it('matches a document by its title, not by a kind of document', () => {
    expect(matchKnownAgreement('the Declaration on Allied Cooperation', known)?.id).toBe('agreement-declaration');
    expect(matchKnownAgreement('a joint statement', [{ id: 'agreement-js', type: 'joint-statement', title: 'Joint statement' }])).toBeUndefined();
  });
});

describe('loadKnownRecords', () => {
  it('reads events with their date bounds and agreements from every source file, skipping what has no id', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kztj-known-'));
    await mkdir(join(dir, 'sources'));
    await writeFile(
      join(dir, 'sources', 'a.yaml'),
      'events:\n  - {id: event-a, type: visit, title: A, date: {edtf: 2023-05~}, place: {id: astana}, participants: [{entity: emomali-rahmon}]}\n  - {type: visit}\nagreements:\n  - {id: agreement-a, type: declaration, title: Declaration A}\n',
    );
    const { events, agreements } = await loadKnownRecords(dir);
    expect(events).toEqual([{ id: 'event-a', type: 'visit', title: 'A', bounds: { earliest: '2023-05-01', latest: '2023-05-31' }, place: 'astana', participants: ['emomali-rahmon'] }]);
    expect(agreements).toEqual([{ id: 'agreement-a', type: 'declaration', title: 'Declaration A' }]);
  });
  it('reads an empty registry from a data folder with no sources', async () => {
    expect(await loadKnownRecords(await mkdtemp(join(tmpdir(), 'kztj-known-')))).toEqual({ events: [], agreements: [] });
  });
});
