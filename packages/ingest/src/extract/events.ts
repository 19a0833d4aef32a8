import { spanOf, type TextSpan } from '../quote-ref.js';
import { tokenize } from './tokens.js';

export type EventType = 'visit' | 'meeting' | 'summit' | 'conference' | 'forum' | 'signing' | 'award' | 'proposal' | 'cultural-programme' | 'talks';
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
}

export interface AgreementFinding extends TextSpan {
  type: 'declaration' | 'memorandum' | 'programme' | 'intergovernmental-agreement' | 'joint-statement' | 'contract' | 'package' | 'other';
  status: 'planned' | 'expected' | 'signed';
  sentence: TextSpan;
}

// Trigger words in priority order: where one clause has several, the first listed wins
// ("signed … during a meeting" is a signing). CAMEO codes from the GDELT CAMEO manual:
// 057 sign formal agreement, 051 praise or endorse (awards), 042 make a visit, 043 host a visit,
// 046 engage in negotiation, 040 consult, 036 express intent to meet or negotiate,
// 030 express intent to cooperate, 050 engage in diplomatic cooperation.
const TRIGGERS: Array<{ type: EventType; cameo: string; words: RegExp }> = [
  { type: 'signing', cameo: '057', words: /\b(?:sign(?:s|ed|ing)?|inked)\b/iu },
  { type: 'award', cameo: '051', words: /\b(?:award(?:s|ed|ing)?|conferred|decorated)\b/iu },
  { type: 'cultural-programme', cameo: '050', words: /\b(?:Days of \p{Lu}\p{L}+ Culture|festival|exhibition|cultural (?:programme|program|week|days))\b/u },
  { type: 'summit', cameo: '040', words: /\bsummits?\b/iu },
  { type: 'forum', cameo: '040', words: /\bforums?\b/iu },
  { type: 'conference', cameo: '040', words: /\bconferences?\b/iu },
  { type: 'visit', cameo: '042', words: /\b(?:visit(?:s|ed|ing)?|departed for|arriv(?:e|es|ed|ing) in|trip to)\b/iu },
  { type: 'visit', cameo: '043', words: /\b(?:host(?:s|ed|ing)?|received|welcomed)\b/iu },
  { type: 'talks', cameo: '046', words: /\b(?:talks|negotiations|negotiated)\b/iu },
  { type: 'meeting', cameo: '040', words: /\b(?:meet(?:s|ing|ings)?|met|attend(?:s|ed|ing)?|participate[sd]?|participating)\b/iu },
  { type: 'proposal', cameo: '030', words: /\b(?:propos(?:e|es|ed|ing|al)|initiative)\b/iu },
];

// Factuality cues, checked in this order: negation wins over intent ("will not attend").
const CUES: Array<{ factuality: Factuality; words: RegExp }> = [
  { factuality: 'negated', words: /\b(?:will not|won[’']t|would not|wouldn[’']t|shall not|did not|didn[’']t|does not|do not|not (?:to )?(?:attend|take part|participate)|refused to|declined to|cancell?ed|postponed)\b/iu },
  { factuality: 'reported', words: /\b(?:reportedly|allegedly|is said to|are said to|according to (?:media )?reports|rumou?red)\b/iu },
  { factuality: 'expected', words: /\b(?:(?:is|are|was|were)?\s*expected to|expects? to|likely to|is set to|are set to|is due to|are due to|upcoming)\b/iu },
  { factuality: 'planned', words: /\b(?:will|shall|would|intends? to|intended to|plans? to|planned|planning to|going to|to be held|is to|are to|aims? to|scheduled|proposed hosting)\b/iu },
];

const MEETLIKE = new Set<EventType>(['visit', 'meeting', 'summit', 'conference', 'forum', 'talks']);

function clauses(sentence: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  const splitter = /[;:]\s+|,\s+(?=(?:though|but|while|whereas|although|and then|as well as|where|when)\b)|\s+(?:though|but|while|whereas|although)\s+/gu;
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

/**
 * Candidate events: one per clause that holds a trigger word (visit, meeting, summit, forum,
 * signed, awarded, proposal, …), with a CAMEO code and a factuality guess from tense and modal
 * words — will/intend/plan → planned, expected to → expected, will not → negated, reportedly →
 * reported, past tense → happened. A planned or expected meeting is CAMEO 036 (intent to meet).
 */
export function extractEvents(text: string, sentences: readonly TextSpan[]): EventFinding[] {
  const findings: EventFinding[] = [];
  for (const sentence of sentences) {
    for (const clause of clauses(sentence)) {
      // One event per kind of trigger in a clause: "signed … during a May 4 meeting" is a signing
      // and a meeting; "visit … meeting" is one meeting-like event, the first listed.
      const groups = new Set<string>();
      for (const rule of TRIGGERS) {
        const group = MEETLIKE.has(rule.type) ? 'meet' : rule.type;
        const at = rule.words.exec(clause.text);
        if (!at || groups.has(group)) continue;
        groups.add(group);
        const start = clause.start + at.index;
        const trigger = spanOf(text, start, start + at[0].length);
        const { factuality, cue } = factualityOf(text, clause, trigger);
        const intent = MEETLIKE.has(rule.type) && (factuality === 'planned' || factuality === 'expected');
        findings.push({ type: rule.type, cameo: intent ? '036' : rule.cameo, factuality, ...(cue ? { cue } : {}), trigger, clause, sentence });
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
