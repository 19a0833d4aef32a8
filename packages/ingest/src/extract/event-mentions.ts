import type { EventFinding } from './events.js';

/** One event as the article tells it: its first mention, and every later mention of it. */
export interface EventMentions {
  /** The mention that introduces the event: its type, factuality and cue come from here. */
  first: EventFinding;
  /** Every mention, the first included, in text order. */
  mentions: EventFinding[];
}

// Outlets call one gathering of leaders a meeting in one sentence and a summit in the next.
const KIN: Record<string, string> = { meeting: 'gathering', summit: 'gathering' };
const kin = (a: EventFinding, b: EventFinding) => {
  const base = (f: EventFinding) => f.family.split(':')[0] ?? f.family;
  const same = base(a) === base(b) || (KIN[a.type] !== undefined && KIN[a.type] === KIN[b.type]);
  // "the fifth meeting" after "its fourth meeting" is another meeting; "his first visit" may be the visit told.
  const ordinal = (f: EventFinding) => f.family.split(':')[1];
  return same && (ordinal(a) === undefined || ordinal(b) === undefined || ordinal(a) === ordinal(b));
};

/**
 * Groups event findings into events: a trigger that refers back ("the forum", "During the visit",
 * "It was Tokayev's first visit", "his visit") joins the latest event of its kind told before it;
 * anything else starts a new event (two negated meetings in one sentence are two). So one
 * forum mentioned five times is one record with five evidence spans, and "the next forum" is
 * another. A reference with nothing to refer to starts an event (a story may open with "The
 * forum …"); a mention-only reference with nothing to join is dropped (its clause has its event).
 */
export function groupEventMentions(findings: readonly EventFinding[]): EventMentions[] {
  const events: EventMentions[] = [];
  for (const finding of [...findings].sort((a, b) => a.trigger.start - b.trigger.start)) {
    const earlier = [...events].reverse();
    const target = finding.anaphoric || finding.possessive || finding.mentionOnly ? earlier.find((e) => kin(e.first, finding)) : undefined;
    // "attended the summit" is one mention, though two triggers ("attended", "the summit") found it.
    if (target) {
      if (!target.mentions.some((m) => m.phrase.start < finding.phrase.end && finding.phrase.start < m.phrase.end)) target.mentions.push(finding);
    }
    else if (!finding.mentionOnly) events.push({ first: finding, mentions: [finding] });
  }
  return events;
}
