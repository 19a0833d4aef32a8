import { describe, expect, it } from 'vitest';
import { segmentSentences } from '@kztj/core/authoring';
import { spanOf } from '../quote-ref.js';
import { extractAgreements, extractEvents } from './events.js';

function events(text: string) {
  const sentences = segmentSentences(text, 0, text.length).map((s) => spanOf(text, s.start, s.end));
  // Mention-only findings belong to another event (see event-mentions.ts); the clause's own events are the rest.
  return extractEvents(text, sentences).filter((e) => !e.mentionOnly).map(({ type, cameo, factuality, cue, trigger }) => ({ type, cameo, factuality, cue, trigger: trigger.text }));
}

describe('extractEvents', () => {
  it('reads past-tense triggers as happened', () => {
    expect(events('The two ministers signed a transit accord in Dushanbe.')).toEqual([{ type: 'signing', cameo: '057', factuality: 'happened', cue: undefined, trigger: 'signed' }]);
    expect(events('The Kyrgyz president visited Astana.')).toEqual([{ type: 'visit', cameo: '042', factuality: 'happened', cue: undefined, trigger: 'visited' }]);
  });

  it('reads intent as planned and meetings-to-be as CAMEO 036', () => {
    expect(events('The leaders will meet in Khujand.')).toEqual([{ type: 'meeting', cameo: '036', factuality: 'planned', cue: 'will', trigger: 'meet' }]);
    expect(events('Dushanbe plans to host a water summit.')[0]).toMatchObject({ type: 'summit', factuality: 'planned', cue: 'plans to' });
  });

  it('reads "expected to" as expected and "will not" as negated', () => {
    expect(events('The parties are expected to sign a memorandum.')[0]).toMatchObject({ type: 'signing', factuality: 'expected' });
    expect(events('The prime minister will not attend the forum.')[0]).toMatchObject({ type: 'forum', factuality: 'negated', cue: 'will not attend the forum' });
  });

  it('reads reportedly as reported, and awards', () => {
    expect(events('The envoy reportedly met the speaker.')[0]).toMatchObject({ type: 'meeting', factuality: 'reported', cue: 'reportedly' });
    expect(events('The poet was awarded the Order of Friendship.')[0]).toMatchObject({ type: 'award', cameo: '051', factuality: 'happened' });
  });

  it('gives each clause its own event', () => {
    const found = events('The summit will open on Monday, though the Turkmen leader will not attend.');
    expect(found.map((e) => [e.type, e.factuality])).toEqual([
      ['summit', 'planned'],
      ['meeting', 'negated'],
    ]);
  });
});

describe('extractAgreements', () => {
  it('finds the documents a signing names, with a status from the factuality', () => {
    const text = 'The ministers signed the Declaration on Eternal Friendship and a memorandum on water sharing. The sides will sign a program of cooperation for 2024-2026.';
    const sentences = segmentSentences(text, 0, text.length).map((s) => spanOf(text, s.start, s.end));
    const found = extractAgreements(text, extractEvents(text, sentences)).map((a) => [a.type, a.status, a.text]);
    expect(found).toEqual([
      ['declaration', 'signed', 'Declaration on Eternal Friendship'],
      ['memorandum', 'signed', 'memorandum on water sharing'],
      ['programme', 'planned', 'program of cooperation for 2024-2026'],
    ]);
  });
});
