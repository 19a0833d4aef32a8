import nlp from 'compromise';
import { spanOf, type TextSpan } from '../quote-ref.js';
import { tokenize } from './tokens.js';

export type AmountUnit = string;
export type AmountKind = 'actual' | 'target' | 'growth' | 'total' | 'rank';

export interface AmountFinding extends TextSpan {
  amount: number;
  amountMax?: number;
  /** ISO 4217 code, or percent, count, years, ordinal. */
  unit: AmountUnit;
  kind: AmountKind;
  approximate: boolean;
  /** The phrase the number measures, as printed ("bilateral trade", "documents"). */
  measure: string;
  /**
   * Why this number is not a figure, when it is not ("the two countries", "third markets", "1st
   * Deputy Prime Minister"). It is still a number of the text, for the coverage lint.
   */
  notFigure?: string;
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '₸': 'KZT', '₽': 'RUB', '¥': 'CNY' };
const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/^(?:US dollars?|dollars?|USD)$/iu, 'USD'],
  [/^(?:tenge|KZT)$/iu, 'KZT'],
  [/^(?:somoni|TJS)$/iu, 'TJS'],
  [/^(?:euros?|EUR)$/iu, 'EUR'],
  [/^(?:rubles?|roubles?|RUB)$/iu, 'RUB'],
  [/^(?:yuan|renminbi|CNY)$/iu, 'CNY'],
  [/^(?:soms?|KGS)$/iu, 'KGS'],
  [/^(?:sums?|soums?|UZS)$/iu, 'UZS'],
  [/^(?:pounds? sterling|GBP)$/iu, 'GBP'],
];
const CURRENCY_WORD = '(?:US dollars?|dollars?|tenge|somoni|euros?|rubles?|roubles?|yuan|renminbi|soms?|sums?|soums?|pounds? sterling|USD|KZT|TJS|EUR|RUB|CNY|KGS|UZS|GBP)';

// One number written with digits: an optional currency sign or code, the digits, a scale word,
// then percent or a currency word. "$1.4 billion", "18.5 percent", "USD 5 million", "500 million tenge".
const DIGIT_AMOUNT = new RegExp(
  String.raw`(?<sign>US\$|[$€£₸₽¥])?(?:(?<code>USD|KZT|TJS|EUR|RUB|CNY)\s?)?(?<![\d.,])(?<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?(?<ord>st|nd|rd|th)?` +
    // "$1-2 billion", "$300-350 million": a range shares its scale word (and its currency).
    String.raw`(?:\s?[-–]\s?(?<upper>\d+(?:\.\d+)?)(?=[\s-]?(?:thousand|million|mln|billion|bn|trillion)\b))?` +
    String.raw`(?:[\s-]?(?<scale>thousand|million|mln|billion|bn|trillion)\b)?(?:\s?(?<pct>%|percent\b|per cent\b))?(?:\s(?<word>${CURRENCY_WORD})\b)?`,
  'gu',
);
const DECADES = /\b(a|one|two|three|four|five|six|seven|eight|nine)\s+decades?\b/giu;
// A hedge is approximate; a bound ("up to", "more than", "at least") is not: the number is exact, the claim is about a range.
const APPROXIMATE = /\b(?:nearly|almost|about|around|approximately|roughly|some|close to|estimated|an estimated)\s+$/iu;
// "the two countries", "both sides": a count of the parties a story is about, not a figure.
const PARTIES = /^\s+(?:[\p{L}-]+\s+)?(?:countries|sides|states|nations|presidents|leaders|governments|ministries|ministers|peoples|parties|capitals|neighbours|neighbors|delegations|energy ministries)\b/iu;
// A spelled ordinal is a figure when it numbers an event or a session ("the third forum"), or ranks ("second-largest").
const NUMBERED = /^\s+(?:(?!(?:at|in|on|to|for|and|with|by|from)\b)[\p{L}\p{Pd}-]+\s+){0,3}?(?:forums?|meetings?|summits?|sessions?|visits?|conferences?|rounds?|congress|edition|anniversary|consultations?)\b/iu;

/** The noun phrase right after a number: adjectives and nouns, hyphenated compounds included. */
function followingNounPhrase(text: string, from: number, to: number): string | undefined {
  const tokens = tokenize(text, 0, text.length).filter((t) => t.start >= from && t.end <= to);
  const words: typeof tokens = [];
  for (const [i, token] of tokens.entries()) {
    const gap = text.slice(words.at(-1)?.end ?? from, token.start);
    if (!/^[\s-]*$/u.test(gap)) break;
    const hyphenated = gap === '-';
    const isContent = (t: (typeof tokens)[number] | undefined) => t !== undefined && ['Noun', 'Adjective', 'ProperNoun'].some((tag) => t.tags.has(tag));
    // Taggers read some attributive nouns as verbs ("anchor projects"): allowed before a noun.
    const content = isContent(token) || (words.length === 0 && isContent(tokens[i + 1]));
    if (!content && !hyphenated && !(token.tags.has('Hyphenated') && words.length > 0)) break;
    words.push(token);
    if (words.length >= 5) break;
  }
  const first = words[0];
  const last = words.at(-1);
  return first && last ? text.slice(first.start, last.end) : undefined;
}

function measureOf(text: string, sentence: TextSpan, number: TextSpan, unit: string): string {
  const after = text.slice(number.end, sentence.end);
  const before = text.slice(sentence.start, number.start);
  // "75 documents", "three government-to-government agreements": the noun phrase that follows.
  if (unit === 'count' || unit === 'ordinal' || unit === 'years') {
    const phrase = followingNounPhrase(text, number.end, sentence.end);
    if (phrase) return phrase;
  }
  // "contracts worth $1.8 billion": the noun right before "worth/of/at".
  const worth = /([\p{L}\s-]{3,60}?)\s+(?:worth|valued at|totall?ing|amounting to|of)\s*$/u.exec(before);
  if (worth?.[1]) return (nlp(worth[1]).nouns().out('array') as string[]).pop()?.trim() ?? worth[1].trim();
  // Otherwise the subject: the first noun phrase of the clause ("bilateral trade grew by 18.5 percent").
  const nounsOf = (words: string) =>
    (nlp(words).nouns().out('array') as string[]).map((n) => n.replace(/[,.;:]+$/u, '').trim()).filter((n) => !/^(?:last|this|next)\s+year$/iu.test(n) && !/\d/u.test(n) && !/^(?:which|that|it)$/iu.test(n) && /\p{L}/u.test(n));
  const clause = before.split(/[;:]|,\s(?=\p{Ll})/u).pop() ?? before;
  // "trade, which grew by 7.5 percent": a relative clause measures the noun before it.
  const fallback = sentence.text.length > 80 ? `${sentence.text.slice(0, 77)}…` : sentence.text;
  return nounsOf(clause)[0] ?? nounsOf(before).pop() ?? (/\p{L}/u.test(fallback) ? fallback : 'unknown: say what it measures');
}

function kindOf(text: string, sentence: TextSpan, number: TextSpan, unit: string): AmountKind {
  const before = text.slice(sentence.start, number.start);
  if (unit === 'ordinal') return 'actual';
  if (/\b(?:grew|grow|grown|growing|rose|risen|increased|decreased|fell|declined|dropped|up|down)\s+(?:by\s+)?$/iu.test(before)) return 'growth';
  if (/\b(?:to increase|to raise|to bring|to reach|target|aim|goal|plan|will|expected to|intend)\b/iu.test(before) && /\bto\s+$/iu.test(before)) return 'target';
  if (/\b(?:total|totals|totalled|in all|includes|include|altogether)\b/iu.test(before)) return 'total';
  return 'actual';
}

/**
 * Money (with its ISO 4217 currency), percentages, counts, durations and ordinals in
 * text[from, to), each with the phrase it measures. Digits are read with a pattern that knows
 * currency signs, codes and scale words; spelled-out numbers ("two or three", "five") are read
 * by compromise. `skip` spans (dates) are not numbers here: "2006" in "September 2, 2006" is a date.
 */
export function extractAmounts(text: string, from: number, to: number, sentences: readonly TextSpan[], skip: readonly TextSpan[] = []): AmountFinding[] {
  const findings: AmountFinding[] = [];
  const free = (start: number, end: number) => ![...skip, ...findings].some((s) => s.start < end && start < s.end);
  const sentenceOf = (start: number) => sentences.find((s) => s.start <= start && start < s.end) ?? spanOf(text, from, to);

  for (const match of text.slice(from, to).matchAll(DIGIT_AMOUNT)) {
    const g = match.groups ?? {};
    const start = from + (match.index ?? 0);
    let end = start + match[0].length;
    if (!free(start, end)) continue;
    const value = Number(`${(g.num ?? '').replace(/,/gu, '')}${g.frac ? `.${g.frac}` : ''}`) * (g.scale ? (SCALE[g.scale.toLowerCase()] ?? 1) : 1);
    let unit = 'count';
    const currencyWord = g.word ?? g.code;
    if (g.sign) unit = CURRENCY_SIGNS[g.sign] ?? 'USD';
    else if (currencyWord) unit = CURRENCY_WORDS.find(([re]) => re.test(currencyWord))?.[1] ?? 'count';
    else if (g.pct) unit = 'percent';
    else if (g.ord) unit = 'ordinal';
    else if (/^\s*(?:-\s*)?years?\b(?!\s+ago)/iu.test(text.slice(end, end + 12))) unit = 'years';
    // "$1.4 billion." keeps no sentence dot; a scale word with no currency stays a count.
    end = start + match[0].trimEnd().length;
    const span = spanOf(text, start, end);
    const sentence = sentenceOf(start);
    let amountMax: number | undefined;
    const range = /^\s*(?:-|–|to|or)\s*(\d+(?:\.\d+)?)/u.exec(text.slice(end, sentence.end));
    if (range?.[1] && unit !== 'ordinal') amountMax = Number(range[1]) * (g.scale ? (SCALE[g.scale.toLowerCase()] ?? 1) : 1);
    const finding: AmountFinding = {
      ...span,
      amount: value,
      unit,
      kind: kindOf(text, sentence, span, unit),
      approximate: APPROXIMATE.test(text.slice(sentence.start, start)),
      measure: measureOf(text, sentence, span, unit),
    };
    if (g.upper !== undefined) amountMax = Number(g.upper) * (g.scale ? (SCALE[g.scale.toLowerCase()] ?? 1) : 1);
    if (amountMax !== undefined && amountMax > value) finding.amountMax = amountMax;
    if (g.ord && /^\s+(?:Deputy|Vice|Prime|Secretary|Minister|President)\b/u.test(text.slice(end, end + 12))) finding.notFigure = 'part of an office title';
    findings.push(finding);
  }

  // Decades are durations: "nearly a decade" → 10 years, "two decades" → 20 years.
  for (const match of text.slice(from, to).matchAll(DECADES)) {
    const start = from + (match.index ?? 0);
    const span = spanOf(text, start, start + match[0].length);
    const count = match[1] ? (/^(?:a|one)$/iu.test(match[1]) ? 1 : ((nlp(match[1]).numbers().get() as number[])[0] ?? 1)) : 1;
    if (!free(span.start, span.end)) continue;
    const sentence = sentenceOf(start);
    findings.push({ ...span, amount: 10 * count, unit: 'years', kind: 'actual', approximate: APPROXIMATE.test(text.slice(sentence.start, start)), measure: measureOf(text, sentence, span, 'count') });
  }

  // Spelled-out ordinals: "the first summit", "second-largest trading partner" (a rank).
  const tokens = tokenize(text, from, to);
  for (const token of tokens) {
    if (!token.tags.has('Ordinal') || !token.tags.has('TextValue') || !free(token.start, token.end)) continue;
    const value = (nlp(token.text).numbers().get() as number[])[0];
    if (value === undefined) continue;
    const superlative = /^-?\s?(?:largest|biggest|most|highest|ranked|place)\b/u.exec(text.slice(token.end, token.end + 12));
    // "third markets", "any third country", "the first nine months": an ordinal that numbers nothing told.
    const numbersNothing = !superlative && !NUMBERED.test(text.slice(token.end, token.end + 80));
    const span = spanOf(text, token.start, token.end + (superlative?.[0].length ?? 0));
    const sentence = sentenceOf(token.start);
    findings.push({
      ...span,
      amount: value,
      unit: 'ordinal',
      kind: superlative ? 'rank' : 'actual',
      approximate: false,
      measure: measureOf(text, sentence, span, 'ordinal'),
      ...(numbersNothing ? { notFigure: 'an ordinal that numbers no event or session' } : {}),
    });
  }

  // Spelled-out cardinals. "one" is left out: it is almost never a figure ("one of the largest").
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || !token.tags.has('TextValue') || token.tags.has('Ordinal') || /\d/u.test(token.text)) continue;
    let last = token;
    while (tokens[i + 1]?.tags.has('TextValue') && /^[\s-]+$/u.test(text.slice(last.end, tokens[i + 1]?.start))) last = tokens[++i] ?? last;
    const span = spanOf(text, token.start, last.end);
    const parsed = nlp(span.text).numbers().get() as number[];
    const value = parsed[0];
    if (value === undefined || value === 1 || !free(span.start, span.end)) continue;
    const parties = /\b(?:the|both|all|these|those)\s+$/iu.test(text.slice(Math.max(from, span.start - 6), span.start)) && PARTIES.test(text.slice(span.end, span.end + 40));
    const sentence = sentenceOf(span.start);
    let amountMax: number | undefined;
    let end = span.end;
    const range = /^\s+(?:or|to)\s+([a-z]+)\b/iu.exec(text.slice(span.end, sentence.end));
    if (range?.[1]) {
      const upper = (nlp(range[1]).numbers().get() as number[])[0];
      if (upper !== undefined && upper > value) {
        amountMax = upper;
        end = span.end + range[0].length;
        while (tokens[i + 1] && tokens[i + 1]!.start < end) i += 1;
      }
    }
    const full = spanOf(text, span.start, end);
    const unit = /^\s*(?:-\s*)?years?\b(?!\s+ago)/iu.test(text.slice(end, end + 12)) ? 'years' : 'count';
    const finding: AmountFinding = {
      ...full,
      amount: value,
      unit,
      kind: kindOf(text, sentence, full, unit),
      approximate: APPROXIMATE.test(text.slice(sentence.start, full.start)),
      measure: measureOf(text, sentence, full, unit),
    };
    if (amountMax !== undefined) finding.amountMax = amountMax;
    if (parties) finding.notFigure = 'it counts the parties the story is about';
    findings.push(finding);
  }
  return findings.sort((a, b) => a.start - b.start);
}
