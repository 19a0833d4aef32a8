import { describe, expect, it } from 'vitest';
import { segmentSentences } from '@kztj/core/authoring';
import { spanOf } from '../quote-ref.js';
import { groupEventMentions } from './event-mentions.js';
import { extractEvents } from './events.js';

function events(text: string) {
  const sentences = segmentSentences(text, 0, text.length).map((s) => spanOf(text, s.start, s.end));
  return groupEventMentions(extractEvents(text, sentences)).map((e) => ({ type: e.first.type, factuality: e.first.factuality, mentions: e.mentions.map((m) => m.phrase.text) }));
}

describe('groupEventMentions', () => {
  it('makes one event of a forum mentioned again and again, and another of "the next forum"', () => {
    const text = 'A trade forum opened in Osh on Monday. The forum was chaired by the governor. Opening the forum, she spoke of roads. The next forum will be held in Namangan.';
    expect(events(text)).toEqual([
      { type: 'forum', factuality: 'happened', mentions: ['forum', 'The forum', 'the forum'] },
      { type: 'forum', factuality: 'planned', mentions: ['The next forum'] },
    ]);
  });

  it('lets a new event of a clause win over the reference beside it', () => {
    const text = 'The envoys met in Bishkek on Friday. Delegates of the meeting also visited a dairy plant.';
    expect(events(text)).toEqual([
      { type: 'meeting', factuality: 'happened', mentions: ['met', 'the meeting'] },
      { type: 'visit', factuality: 'happened', mentions: ['visited'] },
    ]);
  });

  it('joins "attended the summit" and "It was his first visit" to what they refer to', () => {
    const text = 'The summit of Central Asian leaders took place in Astana. Five presidents attended the summit. Mirziyoyev made a visit to Dushanbe in May. It was his first visit since 2019.';
    expect(events(text).map((e) => [e.type, e.mentions.length])).toEqual([
      ['summit', 2],
      ['visit', 2],
    ]);
  });

  it('keeps two negated meetings of one sentence apart, and "the fifth meeting" apart from the fourth', () => {
    expect(events('The co-chairs have not met since 2022, and there has been no joint meeting of the working groups either.').map((e) => e.factuality)).toEqual(['negated', 'negated']);
    expect(events('The council held its fourth meeting in Almaty. The fifth meeting of the council will be held in Dushanbe.').map((e) => e.factuality)).toEqual(['happened', 'planned']);
  });
});
