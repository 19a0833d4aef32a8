import { spanOf, type TextSpan } from '../quote-ref.js';
import { tokenize } from './tokens.js';

export type EventType = 'visit' | 'meeting' | 'summit' | 'conference' | 'forum' | 'signing' | 'award' | 'proposal' | 'cultural-programme' | 'talks' | 'other';
export type Factuality = 'happened' | 'planned' | 'expected' | 'negated' | 'reported';

export interface EventFinding {
  type: EventType;
  /** CAMEO (GDELT) event code. */
  cameo: string;
  factuality: Factuality;
  /** The words that signal the factuality ("will not attend", "expected to"); none for plain past tense. */
  cue?: string;
  trigger: TextSpan;
  clause: TextSpan;
  sentence: TextSpan;
  /**
   * The trigger refers back to an event already told ("the forum", "during the visit", "It was
   * his first visit"): a mention of that event, not a new one.
   */
  anaphoric: boolean;
  /** Words that tell one event of this kind from another of the same kind ("next", "sixth", "invitation"). */
  family: string;
  /** "his state visit", "its fourth meeting": joins an earlier event of its kind if there is one, else introduces one. */
  possessive: boolean;
  /** An anaphoric trigger in a clause whose own event is another one: only a mention. */
  mentionOnly?: boolean;
  /** The noun phrase the trigger heads, as printed ("the forum", "Rahmon's first state visit"). */
  phrase: TextSpan;
}

export interface AgreementFinding extends TextSpan {
  type: 'declaration' | 'memorandum' | 'programme' | 'intergovernmental-agreement' | 'joint-statement' | 'contract' | 'package' | 'other';
  status: 'planned' | 'expected' | 'signed';
  sentence: TextSpan;
}

// Trigger words in priority order: where one clause has several of one group, the first listed
// wins ("signed … during a meeting" is a signing). CAMEO codes from the GDELT CAMEO manual:
// 057 sign formal agreement, 051 praise or endorse (awards), 042 make a visit, 043 host a visit,
// 046 engage in negotiation, 040 consult, 036 express intent to meet or negotiate,
// 030 express intent to cooperate, 050 engage in diplomatic cooperation.
const TRIGGERS: Array<{ type: EventType; cameo: string; group: string; family?: string; words: RegExp }> = [
  { type: 'signing', cameo: '057', group: 'signing', words: /\b(?:sign(?:s|ed|ing)?|inked|adopted)\b/iu },
  { type: 'award', cameo: '051', group: 'award', words: /\b(?:award(?:s|ed|ing)?|conferred|decorated)\b/iu },
  { type: 'cultural-programme', cameo: '050', group: 'culture', words: /\b(?:Days of \p{Lu}\p{L}+ Culture|festival|exhibition|cultural (?:programme|program|week|days))\b/u },
  // A meeting of heads of state is a summit whatever the outlet calls it.
  { type: 'summit', cameo: '040', group: 'meet', words: /\b(?:summits?|(?:consultative )?meetings? of (?:the )?(?:heads of state|leaders|presidents)\b|consultative meetings?)\b/iu },
  { type: 'forum', cameo: '040', group: 'meet', words: /\bforums?\b/iu },
  { type: 'conference', cameo: '040', group: 'meet', words: /\bconferences?\b/iu },
  { type: 'other', cameo: '036', group: 'meet', family: 'invitation', words: /\binvit(?:e|es|ed|ing|ation)\b/iu },
  { type: 'visit', cameo: '042', group: 'meet', words: /\b(?:visit(?:s|ed|ing)?|departed for|arriv(?:e|es|ed|ing) in|trip to)\b/iu },
  { type: 'visit', cameo: '043', group: 'meet', words: /\b(?:host(?:s|ed|ing)?|received|welcomed)\b/iu },
  { type: 'talks', cameo: '046', group: 'meet', words: /\b(?:talks|negotiations|negotiated|(?:tele)?phone (?:conversation|call)|conversation)\b/iu },
  { type: 'meeting', cameo: '040', group: 'meet', words: /\b(?:meet(?:s|ing|ings)?|met|attend(?:s|ed|ing)?|participate[sd]?|participating)\b/iu },
  { type: 'other', cameo: '050', group: 'ceremony', family: 'wreath', words: /\blaid (?:a )?(?:wreath|flowers)\b/iu },
  { type: 'proposal', cameo: '030', group: 'proposal', words: /\b(?:propos(?:e|es|ed|ing|al)|initiative)\b/iu },
];

// Factuality cues, checked in this order: negation wins over intent ("will not attend").
const CUES: Array<{ factuality: Factuality; words: RegExp }> = [
  {
    factuality: 'negated',
    words:
      /\b(?:will not|won[’']t|would not|wouldn[’']t|shall not|did not|didn[’']t|does not|do not|(?:have|has|had) not|haven[’']t|hasn[’']t|never|not (?:to )?(?:attend|take part|participate)|refused to|declined to|cancell?ed|(?:there (?:has|have|had) been|there was|there were) no|no (?:\p{L}+ ){0,2}(?:meeting|talks|protocol|declaration|agreement|statement|memorandum|summit|visit)s? (?:was|were|has been|have been)?)\b/iu,
  },
  { factuality: 'reported', words: /\b(?:reportedly|allegedly|is said to|are said to|according to (?:media )?reports|rumou?red)\b/iu },
  { factuality: 'expected', words: /\b(?:(?:is|are|was|were)?\s*expected to|expects? to|likely to|is set to|are set to|is due to|are due to|upcoming|are expected|is expected)\b/iu },
  { factuality: 'planned', words: /\b(?:will|shall|would|should|intends? to|intended to|plans? to|planned|planning to|going to|to be held|is to|are to|aims? to|scheduled|proposed hosting|postponed|preparations for|ready to|offered to)\b/iu },
];

// "the forum", "its fourth meeting", "during the visit", "Rahmon's first state visit": a
// determiner or possessive, then up to three modifiers, then the trigger.
const DEFINITE = /(?:\b(?:the|this|that|its|our|their|his|her)|[’']s)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
// "the next forum", "the previous meeting", "another visit": a new event of the same kind.
const ANOTHER = /\b(?:next|previous|last|upcoming|following|another|new|coming|earlier|later|first-ever)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "This was …", "It was …": the sentence describes an event already told.
const PREDICATIVE = /^(?:this|it|that)\s+(?:was|is|will be|had been)\b/iu;
const ORDINAL = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){0,3}$/iu;
// Verb forms name a new happening; only a noun can refer back.
const NOUN_TRIGGER = /^(?:forums?|summits?|conferences?|visits?|talks|negotiations|meetings?|conversation|invitation|festival|exhibition|Days of .+|(?:consultative )?meetings? of .+|consultative meetings?|proposal|initiative)$/iu;

function clauses(sentence: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  // ", and there has been no joint meeting": a new subject after ", and" starts a clause of its own.
  const splitter = /[;:]\s+|,\s+(?=(?:though|but|while|whereas|although|and then|as well as|where|when)\b)|,\s+and\s+(?=(?:there|the|it|we|he|she|they|no)\b)|\s+(?:though|but|while|whereas|although)\s+/giu;
  let start = 0;
  for (const match of sentence.text.matchAll(splitter)) {
    out.push(spanOf(sentence.text, start, match.index ?? 0));
    start = (match.index ?? 0) + match[0].length;
  }
  out.push(spanOf(sentence.text, start, sentence.text.length));
  return out.filter((c) => c.text.trim().length > 0).map((c) => ({ start: sentence.start + c.start, end: sentence.start + c.end, text: c.text }));
}

function factualityOf(text: string, clause: TextSpan, trigger: TextSpan): { factuality: Factuality; cue?: string } {
  // Cues count anywhere in the clause: "will not attend", "The summit will open", "is expected to".
  const window = clause.text;
  for (const { factuality, words } of CUES) {
    const match = words.exec(window);
    if (match) {
      // A negation reads up to its trigger ("will not attend the forum"); other cues are their words.
      const upTo = trigger.end - clause.start;
      const cue = factuality === 'negated' && upTo > match.index ? window.slice(match.index, upTo) : match[0].replace(/\b[^,;]*$/u, (m) => m.split(/\s+/u).slice(0, 3).join(' '));
      return { factuality, cue: cue.trim() };
    }
  }
  // No cue word: the tense of the clause's verbs decides; a future or modal verb means planned.
  const verbs = tokenize(text, 0, text.length).filter((t) => t.start >= clause.start && t.end <= clause.end && t.tags.has('Verb'));
  if (verbs.some((v) => v.tags.has('FutureTense'))) return { factuality: 'planned' };
  return { factuality: 'happened' };
}

// "attended the meeting", "took part in the talks": the verb joins its object, an event already told.
const JOINS_OBJECT = /^(?:attend(?:s|ed|ing)?|participate[sd]?|participating)$/iu;
const DEFINITE_OBJECT = /^\s+(?:in\s+)?(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:meetings?|summits?|forums?|conferences?|talks|festival|ceremony|consultations)\b/iu;

/**
 * Whether a trigger refers back to an event already told, and the noun phrase it heads. "the
 * forum" and "It was his first visit" refer back; "his state visit" may (a possessive also
 * introduces: "ended his state visit"), so it joins an earlier event of its kind if there is one
 * but does not give way to another trigger of its clause.
 */
function reference(text: string, clause: TextSpan, sentence: TextSpan, trigger: TextSpan): { anaphoric: boolean; possessive: boolean; phrase: TextSpan; ordinal?: string } {
  const before = text.slice(clause.start, trigger.start);
  const ordinal = ORDINAL.exec(before)?.[1]?.toLowerCase();
  const extra = ordinal ? { ordinal } : {};
  if (JOINS_OBJECT.test(trigger.text)) {
    const object = DEFINITE_OBJECT.exec(text.slice(trigger.end, clause.end));
    return object ? { anaphoric: true, possessive: false, phrase: spanOf(text, trigger.start, trigger.end + object[0].length), ...extra } : { anaphoric: false, possessive: false, phrase: trigger, ...extra };
  }
  if (!NOUN_TRIGGER.test(trigger.text)) return { anaphoric: false, possessive: false, phrase: trigger, ...extra };
  const definite = DEFINITE.exec(before);
  // The phrase starts at its determiner ("the forum"); after a possessive, at the word after it.
  const phraseStart = definite ? clause.start + definite.index + (/^[’']s/u.test(definite[0]) ? 2 : 0) : trigger.start;
  const lead = text.slice(phraseStart, trigger.start).length - text.slice(phraseStart, trigger.start).trimStart().length;
  const phrase = spanOf(text, phraseStart + lead, trigger.end);
  if (ANOTHER.test(before)) return { anaphoric: false, possessive: false, phrase, ...extra };
  const predicative = PREDICATIVE.test(text.slice(sentence.start, sentence.end).trimStart());
  const possessive = definite !== null && !/^(?:the|this|that)\b/iu.test(definite[0].trimStart());
  return { anaphoric: predicative || (definite !== null && !possessive), possessive: possessive && !predicative, phrase, ...extra };
}

/**
 * Candidate events: one per clause and group of trigger words (visit, meeting, summit, forum,
 * signed, awarded, proposal, …), with a CAMEO code and a factuality guess from tense and modal
 * words — will/intend/plan → planned, expected to → expected, will not / have not / no … was
 * signed → negated, reportedly → reported, past tense → happened. A planned or expected meeting is
 * CAMEO 036 (intent to meet). A trigger that refers back ("the forum") is marked anaphoric; where a
 * clause has a new event of the same group ("Delegates of the forum also visited …"), the new one
 * is the clause's event and the reference only a mention.
 */
export function extractEvents(text: string, sentences: readonly TextSpan[]): EventFinding[] {
  const findings: EventFinding[] = [];
  for (const sentence of sentences) {
    for (const clause of clauses(sentence)) {
      const byGroup = new Map<string, EventFinding[]>();
      for (const rule of TRIGGERS) {
        const at = rule.words.exec(clause.text);
        if (!at) continue;
        const start = clause.start + at.index;
        const trigger = spanOf(text, start, start + at[0].length);
        const { factuality, cue } = factualityOf(text, clause, trigger);
        const intent = rule.group === 'meet' && rule.type !== 'other' && (factuality === 'planned' || factuality === 'expected');
        const { anaphoric, possessive, phrase, ordinal } = reference(text, clause, sentence, trigger);
        const family = [rule.family ?? rule.type, ordinal].filter(Boolean).join(':');
        const finding: EventFinding = { type: rule.type, cameo: intent ? '036' : rule.cameo, factuality, ...(cue ? { cue } : {}), trigger, clause, sentence, anaphoric, possessive, family, phrase };
        byGroup.set(rule.group, [...(byGroup.get(rule.group) ?? []), finding]);
      }
      for (const group of byGroup.values()) {
        // The first new event of the group is the clause's event; a reference beside it is a mention.
        const primary = group.find((f) => !f.anaphoric) ?? group[0];
        if (!primary) continue;
        findings.push(primary);
        for (const other of group) if (other !== primary && other.anaphoric && other.trigger.start !== primary.trigger.start) findings.push({ ...other, mentionOnly: true });
      }
    }
  }
  findings.sort((a, b) => a.trigger.start - b.trigger.start);
  return findings;
}

const DOCUMENTS: Array<{ type: AgreementFinding['type']; words: RegExp }> = [
  { type: 'declaration', words: /\b(?:the |a |an )?Declaration(?: (?:on|of)(?: (?:(?:and|of|the|for) )*\p{Lu}[\p{L}-]*)+)?|\b(?:a |the )?(?:joint )?declaration on [\p{L} -]+?(?=[,.;]| and |$)/gu },
  { type: 'joint-statement', words: /\b(?:a |the )?joint statement\b/giu },
  { type: 'memorandum', words: /\b(?:a |the )?(?:memorand(?:um|a)|MoU)(?: (?:of|on) [\p{L} -]+?)?(?=[,.;]|$| and (?:a|an|the) )/giu },
  { type: 'programme', words: /\b(?:a |the )?program(?:me)? of cooperation(?: between [\p{L} -]+?)?(?: for \d{4}\s?[-–]\s?\d{4})?(?=[,.;]|$| and )/giu },
  { type: 'intergovernmental-agreement', words: /\b(?:\w+ )?(?:government-to-government|intergovernmental) agreements?(?: (?:on|concerning) [\p{L} -]+?)?(?=[,.;]|$)/giu },
  { type: 'contract', words: /\bcontracts?\b(?: worth [^,;]+?(?=[,;]|\.(?:\s|$)|$))?/giu },
  { type: 'contract', words: /\b(?:\d+|[a-z]+) commercial (?:agreements|contracts)\b(?: worth [^,;]+?(?=[,;]|\.(?:\s|$)|$))?/gu },
  { type: 'other', words: /\b(?:a |the )?(?:[\p{L}-]+ )?(?:cooperation )?road ?map(?: (?:for|of) [\d\p{L} -–]+?)?(?=[,.;]|$| and )/giu },
  { type: 'package', words: /\b(?:a |the )?(?:new )?package of (?:new )?(?:cooperation )?(?:agreements|documents)\b/giu },
  { type: 'other', words: /\b(?:\p{Lu}\p{L}+ )?(?:Agreement|Treaty|Protocol|Convention) (?:on|of)(?: (?:(?:and|of|the|for) )*\p{Lu}[\p{L}-]*)+/gu },
];

/** Documents named in signing clauses: declarations, memoranda, programmes, agreements, contracts. */
export function extractAgreements(text: string, events: readonly EventFinding[]): AgreementFinding[] {
  const found: AgreementFinding[] = [];
  const signings = events.filter((e) => e.type === 'signing');
  for (const event of signings) {
    if (found.some((f) => f.sentence.start === event.sentence.start)) continue;
    const status = event.factuality === 'happened' ? 'signed' : event.factuality === 'expected' ? 'expected' : 'planned';
    if (event.factuality === 'negated') continue;
    for (const { type, words } of DOCUMENTS) {
      for (const match of event.sentence.text.matchAll(words)) {
        const lead = /^(?:the |a |an )/iu.exec(match[0])?.[0].length ?? 0;
        const start = event.sentence.start + (match.index ?? 0) + lead;
        const span = spanOf(text, start, event.sentence.start + (match.index ?? 0) + match[0].trimEnd().length);
        if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
        found.push({ ...span, type, status, sentence: event.sentence });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
