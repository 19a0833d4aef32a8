import { spanOf, type TextSpan } from '../quote-ref.js';

export interface QuoteFinding {
  kind: 'direct' | 'indirect';
  /** The words inside the quotation marks (direct) or the reported clause (indirect). */
  words: TextSpan;
  /** The quote with its marks and the attribution ("“…,” Tokayev said"): the record's evidence. */
  evidence: TextSpan;
  /** The speaker's words as printed, when a said-pattern gives them ("Tokayev", "he"). */
  speaker?: TextSpan;
}

const SAY = '(?:said|says|noted|stressed|added|stated|told(?: (?:reporters|journalists|(?:his|her|their) (?:counterparts?|guests?|hosts?)))?|emphasi[sz]ed|declared|explained|continued|remarked|underlined|pointed out|announced|concluded|recalled|called)';
// A speaker: one to four capitalised words on one line, a described role ("Kazakh diplomat",
// "the minister"), or a pronoun, optionally after "the".
const ROLE = '(?:diplomat|minister|president|ambassador|leader|official|spokes(?:man|woman|person)|expert|analyst|envoy|head|chairman|director|representative)';
const NAME = String.raw`(?:[Tt]he[ \t]+)?(?:Head of State|(?:\p{Lu}[\p{L}’'-]*[ \t]+)?${ROLE}|\p{Lu}[\p{L}’'-]*(?:[ \t]+(?:\p{Lu}[\p{L}’'-]*|of|the)){0,4}|[Hh]e|[Ss]he|[Tt]hey)`;
const AFTER_NAME_SAID = new RegExp(String.raw`^\s*(${NAME})\s+${SAY}\b`, 'u');
const AFTER_SAID_NAME = new RegExp(String.raw`^\s*${SAY}\s+(${NAME})`, 'u');
const BEFORE = new RegExp(String.raw`(${NAME})\s+${SAY}(?:\s+that)?\s*[:,]?\s*$`, 'u');
// Reported speech: who said it, then what. LEAD is an opening phrase ("Opening the forum, "),
// ASIDE a parenthesis after the name (", for his part,"); the content starts at the last character matched.
const LEAD = String.raw`(?:[^,;:"“]{0,60},\s+)?`;
const ASIDE = String.raw`(?:,\s+[^,]{1,30},)?`;
const REPORTED_THAT = new RegExp(String.raw`^${LEAD}(${NAME})${ASIDE}\s+(?:noted|stressed|emphasi[sz]ed|underlined|underscored|pointed out|stated|said|says|added|recalled|explained|declared|announced|assured|warned|believes|told (?:reporters|journalists|(?:his|her|their) \p{L}+))\s+that\s+\S`, 'u');
const SAID_CLAUSE = new RegExp(String.raw`^${LEAD}(${NAME})${ASIDE}\s+(?:said|says|added)\s+(?=(?:the|a|an|both|its|their|his|her|this|these|it|they)\s)\S`, 'u');
const CALLED_ON = new RegExp(String.raw`^${LEAD}(${NAME})${ASIDE}\s+(?:called on|urged)\s+\S`, 'u');
const ACCORDING_LEAD = new RegExp(String.raw`^According to (${NAME}),\s+\S`, 'u');
const STATED_BY = new RegExp(String.raw`^This was (?:stated|said|announced|noted|emphasi[sz]ed) by (${NAME})`, 'u');
const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
];

function sentenceEnd(text: string, from: number, limit: number): number {
  const stop = /[.!?](?=\s|$)/gu;
  stop.lastIndex = from;
  const match = stop.exec(text);
  return match && match.index < limit ? match.index : limit;
}

/**
 * Every passage in quotation marks in text[from, to), with its speaker where "X said" / "said X"
 * follows the closing mark or "X said:" precedes the opening one; and reported speech without
 * marks where a sentence ends in ", X said." or ", according to X." (kind indirect).
 */
export function extractQuotes(text: string, from: number, to: number, sentences: readonly TextSpan[]): QuoteFinding[] {
  const findings: QuoteFinding[] = [];
  for (const [open, close] of PAIRS) {
    let at = text.indexOf(open, from);
    while (at !== -1 && at < to) {
      const closeAt = text.indexOf(close, at + 1);
      if (closeAt === -1 || closeAt >= to) break;
      const inner = spanOf(text, at + 1, closeAt);
      const trimmedInner = inner.text.trim();
      if (trimmedInner.length > 0) {
        const innerStart = at + 1 + inner.text.indexOf(trimmedInner);
        const words = spanOf(text, innerStart, innerStart + trimmedInner.length);
        let evidence = spanOf(text, at, closeAt + 1);
        let speaker: TextSpan | undefined;
        const tail = text.slice(closeAt + 1, Math.min(to, closeAt + 120));
        const after = AFTER_NAME_SAID.exec(tail) ?? AFTER_SAID_NAME.exec(tail);
        if (after?.[1]) {
          const nameStart = closeAt + 1 + after[0].indexOf(after[1], after[0].search(/\S/u));
          speaker = spanOf(text, nameStart, nameStart + after[1].length);
          evidence = spanOf(text, at, closeAt + 1 + after[0].length);
        } else {
          const head = text.slice(Math.max(from, at - 120), at);
          const before = BEFORE.exec(head);
          if (before?.[1]) {
            const headStart = at - head.length;
            const nameStart = headStart + (before.index ?? 0);
            speaker = spanOf(text, nameStart, nameStart + before[1].length);
            evidence = spanOf(text, nameStart, closeAt + 1);
          }
        }
        if (speaker) speaker = spanOf(text, speaker.start + (/^[Tt]he\s+/u.exec(speaker.text)?.[0].length ?? 0), speaker.end);
        findings.push({ kind: 'direct', words, evidence, ...(speaker ? { speaker } : {}) });
      }
      at = text.indexOf(open, closeAt + 1);
    }
  }

  const quoted = (s: TextSpan) => findings.some((f) => f.evidence.start < s.end && s.start < f.evidence.end);
  const push = (words: TextSpan, evidence: TextSpan, name: string, nameStart: number) => {
    const lead = /^[Tt]he\s+/u.exec(name)?.[0].length ?? 0;
    findings.push({ kind: 'indirect', words, evidence, speaker: spanOf(text, nameStart + lead, nameStart + name.length) });
  };
  const trimEnd = (start: number, end: number) => spanOf(text, start, start + text.slice(start, end).replace(/[\s.!]+$/u, '').length);
  sentences.forEach((sentence, index) => {
    if (quoted(sentence) || /[“”"«»]/u.test(sentence.text)) return;
    // "Opening the forum, Sklyar noted that …", "Nurtleu, for his part, noted that …", "He stressed that …",
    // "the minister said the two countries …", "the Head of State called on his counterparts to …".
    const that = REPORTED_THAT.exec(sentence.text) ?? SAID_CLAUSE.exec(sentence.text) ?? CALLED_ON.exec(sentence.text);
    if (that?.[1]) {
      const nameStart = sentence.start + (that[0].length - that[0].slice(that[0].indexOf(that[1])).length);
      const contentStart = sentence.start + that[0].length - 1;
      push(trimEnd(contentStart, sentence.end), trimEnd(nameStart, sentence.end), that[1], nameStart);
      return;
    }
    // "According to Mirziyoyev, joint projects … could be launched": the person's words, reported.
    const according = ACCORDING_LEAD.exec(sentence.text);
    if (according?.[1]) {
      const nameStart = sentence.start + according[0].indexOf(according[1]);
      push(trimEnd(sentence.start + according[0].length - 1, sentence.end), trimEnd(sentence.start, sentence.end), according[1], nameStart);
      return;
    }
    // "This was stated by the Kazakh President …" points back to the sentence before; with a
    // colon ("This was stated by X in his speech: …") it points ahead, to what follows it.
    const statedBy = STATED_BY.exec(sentence.text);
    if (statedBy?.[1]) {
      const nameStart = sentence.start + statedBy[0].indexOf(statedBy[1]);
      const colon = sentence.text.indexOf(':', statedBy[0].length);
      const previous = sentences[index - 1];
      if (colon !== -1) push(trimEnd(sentence.start + colon + 1 + (sentence.text.slice(colon + 1).length - sentence.text.slice(colon + 1).trimStart().length), sentence.end), trimEnd(sentence.start, sentence.end), statedBy[1], nameStart);
      else if (previous && !quoted(previous)) push(trimEnd(previous.start, previous.end), trimEnd(previous.start, sentence.end), statedBy[1], nameStart);
      return;
    }
    const reported = new RegExp(String.raw`,\s+(?:(${NAME})\s+${SAY}(?:\s+(?:on|in|at|last|this)\s+[\p{L}\d]+)?|according to (${NAME}))\s*[.!]?$`, 'u').exec(sentence.text);
    const name = reported?.[1] ?? reported?.[2];
    if (!reported || !name) return;
    const clauseEnd = sentence.start + reported.index;
    const nameStart = sentence.start + reported.index + reported[0].indexOf(name);
    push(spanOf(text, sentence.start, clauseEnd), spanOf(text, sentence.start, sentenceEnd(text, nameStart, sentence.end)), name, nameStart);
  });
  return findings.sort((a, b) => a.evidence.start - b.evidence.start);
}
