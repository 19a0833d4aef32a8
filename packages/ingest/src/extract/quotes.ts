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

const SAY = '(?:said|says|noted|stressed|added|stated|told reporters|emphasi[sz]ed|declared|explained|continued|remarked|underlined|pointed out|announced|concluded|recalled)';
// A speaker: one to four capitalised words on one line, a described role ("Kazakh diplomat",
// "the minister"), or a pronoun, optionally after "the".
const ROLE = '(?:diplomat|minister|president|ambassador|leader|official|spokes(?:man|woman|person)|expert|analyst|envoy|head|chairman|director|representative)';
const NAME = String.raw`(?:[Tt]he[ \t]+)?(?:(?:\p{Lu}[\p{L}’'-]*[ \t]+)?${ROLE}|\p{Lu}[\p{L}’'-]*(?:[ \t]+(?:\p{Lu}[\p{L}’'-]*|of|the)){0,4}|[Hh]e|[Ss]he|[Tt]hey)`;
const AFTER_NAME_SAID = new RegExp(String.raw`^\s*(${NAME})\s+${SAY}\b`, 'u');
const AFTER_SAID_NAME = new RegExp(String.raw`^\s*${SAY}\s+(${NAME})`, 'u');
const BEFORE = new RegExp(String.raw`(${NAME})\s+${SAY}(?:\s+that)?\s*[:,]?\s*$`, 'u');
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
  for (const sentence of sentences) {
    if (quoted(sentence) || /[“”"«»]/u.test(sentence.text)) continue;
    const reported = new RegExp(String.raw`,\s+(?:(${NAME})\s+${SAY}|according to (${NAME}))\s*[.!]?$`, 'u').exec(sentence.text);
    const name = reported?.[1] ?? reported?.[2];
    if (!reported || !name) continue;
    const clauseEnd = sentence.start + reported.index;
    const nameStart = sentence.start + reported.index + reported[0].indexOf(name);
    const speaker = spanOf(text, nameStart + (/^[Tt]he\s+/u.exec(name)?.[0].length ?? 0), nameStart + name.length);
    findings.push({ kind: 'indirect', words: spanOf(text, sentence.start, clauseEnd), evidence: spanOf(text, sentence.start, sentenceEnd(text, nameStart, sentence.end)), speaker });
  }
  return findings.sort((a, b) => a.evidence.start - b.evidence.start);
}
