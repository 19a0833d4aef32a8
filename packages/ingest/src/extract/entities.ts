import { findOccurrences } from '@kztj/core/authoring';
import type { Gazetteer, KnownEntity } from '../gazetteer.js';
import { spanOf, type TextSpan } from '../quote-ref.js';
import { NON_NAMES, TITLE_WORDS } from './name-words.js';
import { tokenize, type Token } from './tokens.js';

export type ProposedType = 'person' | 'country' | 'place' | 'organisation' | 'award' | 'monument' | 'programme' | 'other';

/** An entity the article names: a known one (linked by the gazetteer) or a proposed new one. */
export interface EntityFinding {
  known?: KnownEntity;
  proposed?: { name: string; type: ProposedType; why: string };
  mentions: TextSpan[];
}

/** A run of capitalised name words, as the coverage lint and the entity finder see names. */
export interface NameRun extends TextSpan {
  tokens: Token[];
}

const JOINERS = new Set(['of', 'for', 'on', 'the', 'and', 'de', 'al', 'ibn', 'bin', 'to']);
const DOCUMENT_HEADS = /^(?:Declaration|Agreement|Memorandum|Treaty|Program|Programme|Protocol|Convention|Joint|Charter|Roadmap|Action Plan)\b/u;
const ORGANISATION_WORDS = /\b(?:Institute|Ministry|Fund|Organi[sz]ation|Cent(?:er|re)|Club|Council|Bank|University|Committee|Agency|Service|Company|Corporation|Union|Association|Parliament|Assembly|Commission|Academy|Office|Bureau|Secretariat|Party|Government|Forum|Foundation|Group|Chamber|Majlis|Mazhilis|Senate|Akorda|Railways?|Airways?|Holding|Authority|Inc|LLC|JSC)\b/u;

const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const isProper = (token: Token) => ['ProperNoun', 'Person', 'Place', 'Organization', 'Country', 'City', 'Region'].some((t) => token.tags.has(t));
const stripPossessive = (text: string, start: number, end: number): number => (/[’']s$/u.test(text.slice(start, end)) ? end - 2 : end);

const bareWord = (token: Token) => token.text.replace(/[’']s$/u, '');

function isNameWord(token: Token, namedElsewhere: ReadonlySet<string> = new Set()): boolean {
  if (!isCapitalised(token)) return false;
  const bare = bareWord(token);
  if (TITLE_WORDS.has(bare) || NON_NAMES.has(bare)) return false;
  if (token.tags.has('Value') || (token.tags.has('Date') && !token.tags.has('ProperNoun'))) return false;
  // A sentence's first word is capitalised anyway; it is a name only if the tagger thinks so,
  // or the article capitalises it mid-sentence too ("Japarov later left." after "Sadyr Japarov").
  return !token.sentenceInitial || isProper(token) || namedElsewhere.has(bare);
}

/**
 * Runs of capitalised words that are not titles, pronouns or calendar words, joined across
 * hyphens and small words inside a name ("Institute for Strategic Studies", "Kassym-Jomart").
 */
export function nameRuns(text: string, from = 0, to = text.length): NameRun[] {
  const tokens = tokenize(text, from, to);
  // Datelines shout ("OSH –"): compare in upper case too.
  // A word the article also prints in lower case ("trade") is a common word, wherever it is capitalised.
  const lower = new Set(tokens.filter((t) => !isCapitalised(t)).map((t) => t.text));
  const namedElsewhere = new Set(
    tokens.filter((t) => !t.sentenceInitial && isNameWord(t) && !lower.has(bareWord(t).toLocaleLowerCase('en'))).flatMap((t) => [bareWord(t), bareWord(t).toLocaleUpperCase('en')]),
  );
  const runs: NameRun[] = [];
  let current: Token[] = [];
  const flush = () => {
    // Trailing joiners never end a name ("Days of" + nothing).
    while (current.length > 0 && !isCapitalised(current[current.length - 1] as Token)) current.pop();
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) {
      const end = stripPossessive(text, first.start, last.end);
      runs.push({ ...spanOf(text, first.start, end), tokens: current });
    }
    current = [];
  };
  // A title word after "of"/"for" inside a name is part of it ("Ministry of Foreign Affairs").
  const isNameWordAt = (i: number): boolean => {
    const token = tokens[i];
    if (!token) return false;
    if (isNameWord(token, namedElsewhere)) return true;
    // A sentence-opening word the tagger has never seen (tagged only Noun, Singular) before a name
    // word is a first name: "Aigul Bekova, Director of …".
    const next = tokens[i + 1];
    if (token.sentenceInitial && isCapitalised(token) && token.tags.size === 2 && token.tags.has('Noun') && token.tags.has('Singular') && next && isProper(next) && /^\s+$/u.test(text.slice(token.end, next.start))) return true;
    const joiner = tokens[i - 1];
    const head = tokens[i - 2];
    return TITLE_WORDS.has(token.text) && joiner !== undefined && /^(?:of|for)$/u.test(joiner.text) && head !== undefined && isCapitalised(head);
  };
  tokens.forEach((token, i) => {
    const previous = current[current.length - 1];
    const gap = previous ? text.slice(previous.end, token.start) : '';
    const attached = previous !== undefined && /^(?:\s+|-)$/u.test(gap) && !/[’']s$/u.test(previous.text);
    if (isNameWordAt(i)) {
      if (!attached) flush();
      current.push(token);
      return;
    }
    const next = tokens[i + 1];
    const joins = attached && JOINERS.has(token.text) && token.text !== 'and' && next !== undefined && isNameWordAt(i + 1) && /^\s+$/u.test(text.slice(token.end, next.start));
    if (joins) current.push(token);
    else flush();
  });
  flush();
  return runs;
}

function classify(run: NameRun, text: string): { type: ProposedType; why: string } {
  const tags = (tag: string) => run.tokens.some((t) => t.tags.has(tag));
  const before = text.slice(Math.max(0, run.start - 40), run.start);
  const after = text.slice(run.end, run.end + 3);
  // "DUSHANBE –" opening a story is a dateline: a place. Other short capitals are acronyms ("UN", "EAEU").
  if (/^\p{Lu}[\p{Lu}\s-]+$/u.test(run.text) && /^\s*[–—-]\s/u.test(after) && /(?:^|\n)\s*(?:date \S+\s+)?$/u.test(text.slice(0, run.start))) {
    return { type: 'place', why: 'it is the dateline' };
  }
  if (/^\p{Lu}{2,6}$/u.test(run.text)) return { type: 'organisation', why: 'an acronym, most often an organisation' };
  // "Kazinform learnt from", "(Asia-Plus)": a news source.
  if (/^\s+(?:learnt|learned)\b/u.test(text.slice(run.end, run.end + 14)) || (/\(\s*$/u.test(before) && /^\s*\)/u.test(after))) {
    return { type: 'organisation', why: 'the text cites it as a news source' };
  }
  // "the Akorda presidential palace", "the Kokhi Borbad hall": a building or a site is a place.
  if (/^\s+(?:presidential\s+)?(?:palace|residence|hall|square|park|airport|stadium|theatre|theater)\b/u.test(text.slice(run.end, run.end + 24))) {
    return { type: 'place', why: 'a building or site word follows it' };
  }
  // "Barqi Tojik, the state power company": an apposition says what it is.
  if (/^,\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}(?:company|agency|ministry|service|bank|operator|fund|university|council|corporation|holding)\b/u.test(text.slice(run.end, run.end + 60))) {
    return { type: 'organisation', why: 'an apposition calls it an organisation' };
  }
  if (ORGANISATION_WORDS.test(run.text)) return { type: 'organisation', why: 'its name has an organisation word' };
  if (/^(?:Order|Medal|Prize|Award)\b/u.test(run.text)) return { type: 'award', why: 'its name starts like an award' };
  if (/^(?:Days|Year|Week|Festival)\b/u.test(run.text) || /\bFestival\b/u.test(run.text)) return { type: 'programme', why: 'its name reads like a cultural programme' };
  if (/\b(?:Monument|Memorial|Mausoleum)\b/u.test(run.text)) return { type: 'monument', why: 'its name has a monument word' };
  if (tags('Country')) return { type: 'country', why: 'the tagger knows it as a country' };
  if (tags('Person') || tags('FirstName') || tags('LastName')) return { type: 'person', why: 'the tagger knows it as a person' };
  if (new RegExp(`(?:${[...TITLE_WORDS].join('|')})\\s+$`, 'u').test(before)) return { type: 'person', why: 'a title precedes it' };
  if (tags('Place') || tags('City') || tags('Region')) return { type: 'place', why: 'the tagger knows it as a place' };
  if (/\b(?:in|to|from|near|at)\s+$/u.test(before) && run.tokens.length === 1) return { type: 'place', why: 'it follows a place preposition' };
  if (/\s/u.test(run.text) && run.tokens.length >= 2 && run.tokens.every((t) => /^\p{Lu}\p{Ll}+(?:ov|ev|in|yev|ova|eva|ina|zoda|zade|uly|kyzy|bek|bayev|bekov)?$/u.test(t.text))) {
    return { type: 'person', why: 'two or more capitalised words with no other clue: a personal name is the likeliest reading' };
  }
  return { type: 'other', why: 'no clue to its type' };
}

const normalise = (name: string) => name.replace(/\s+/gu, ' ');

/**
 * Finds the entities an article names. Known names (the gazetteer: registry names, aliases and
 * every surface form the curated data uses) link to existing records; other runs of name words
 * become proposed entities, typed from compromise's tags and the words around them. A known name
 * inside a longer unknown name ("Kazakhstan" in "Kazakhstan Railways") is not a mention.
 * Agreement titles ("Declaration on …") are left to the agreement drafts.
 */
export function extractEntities(text: string, from: number, to: number, gazetteer: Gazetteer): EntityFinding[] {
  const known = gazetteer.match(text, from, to);
  const runs = nameRuns(text, from, to);
  const tokens = tokenize(text, from, to);
  const findings = new Map<string, EntityFinding>();
  const add = (key: string, make: () => EntityFinding, mention: TextSpan) => {
    const finding = findings.get(key) ?? make();
    if (!finding.mentions.some((m) => m.start === mention.start)) finding.mentions.push(mention);
    findings.set(key, finding);
  };

  // A run holding a known name is one longer name only when it reads as an organisation, award,
  // programme or monument ("Kazakhstan Railways Company"); otherwise the text just put two names
  // side by side ("President of Tajikistan Emomali Rahmon"): keep the known name, and the words
  // left over become runs of their own.
  const unknownRuns: NameRun[] = [];
  for (const run of runs) {
    if (known.some((m) => m.start <= run.start && run.end <= m.end)) continue;
    const inside = known.filter((m) => run.start <= m.start && m.end <= run.end);
    if (inside.length === 0 || ['organisation', 'award', 'programme', 'monument'].includes(classify(run, text).type)) {
      unknownRuns.push(run);
      continue;
    }
    let rest = run.tokens.filter((t) => !inside.some((m) => m.start < t.end && t.start < m.end));
    while (rest.length > 0) {
      const piece: Token[] = [];
      for (const token of rest) {
        if (piece.length > 0 && tokens.indexOf(token) !== tokens.indexOf(piece[piece.length - 1] as Token) + 1) break;
        piece.push(token);
      }
      rest = rest.slice(piece.length);
      while (piece.length > 0 && !/^\p{Lu}/u.test(piece[0]?.text ?? '')) piece.shift();
      while (piece.length > 0 && !/^\p{Lu}/u.test(piece[piece.length - 1]?.text ?? '')) piece.pop();
      const first = piece[0];
      const last = piece[piece.length - 1];
      if (first && last) unknownRuns.push({ ...spanOf(text, first.start, Math.min(last.end, run.end)), tokens: piece });
    }
  }
  const longer = unknownRuns.filter((run) => !DOCUMENT_HEADS.test(run.text));
  for (const match of known) {
    const swallowed = longer.some((run) => run.start <= match.start && match.end <= run.end && run.end - run.start > match.end - match.start);
    if (!swallowed) add(`known:${match.entity.id}`, () => ({ known: match.entity, mentions: [] }), spanOf(text, match.start, match.end));
  }

  // New people are later named by surname alone ("Japarov"): the surname links to the full name.
  const surnames = new Map<string, string>();
  const capitalise = (word: string) => word.charAt(0) + word.slice(1).toLocaleLowerCase('en');
  const shouting = (run: NameRun) => /\p{Lu}{3}/u.test(run.text) && run.text === run.text.toLocaleUpperCase('en');
  for (const run of longer) {
    if (known.some((m) => m.start < run.end && run.start < m.end && !(run.start <= m.start && m.end <= run.end))) continue;
    // A dateline in capitals ("DUSHANBE –") names the same place as "Dushanbe".
    if (shouting(run)) {
      const entity = gazetteer.lookup(run.text);
      if (entity) {
        add(`known:${entity.id}`, () => ({ known: entity, mentions: [] }), spanOf(text, run.start, run.end));
        continue;
      }
    }
    // "OSH –" and "Osh" are one name; "EAEU" stays as printed.
    const titled = run.text.split(/(\s+|-)/u).map(capitalise).join('');
    const isDateline = classify(run, text).type === 'place' && /^\s*[–—-]\s/u.test(text.slice(run.end, run.end + 3));
    const name = shouting(run) && (isDateline || findOccurrences(text, titled).length > 0) ? titled : normalise(run.text);
    const key = surnames.get(name) ?? `new:${name}`;
    const kind = classify(run, text);
    add(key, () => ({ proposed: { name, ...kind }, mentions: [] }), spanOf(text, run.start, run.end));
    const finding = findings.get(key);
    // A later mention may give the clue the first lacked ("DUSHANBE –" … "in Dushanbe").
    if (finding?.proposed?.type === 'other' && kind.type !== 'other') finding.proposed = { name: finding.proposed.name, ...kind };
    if (finding?.proposed?.type === 'person' && run.tokens.length >= 2) {
      const surname = run.tokens[run.tokens.length - 1]?.text.replace(/[’']s$/u, '');
      if (surname && !surnames.has(surname)) surnames.set(surname, key);
    }
  }
  // Single words first seen before the full name are re-linked on a second pass.
  for (const [key, finding] of [...findings]) {
    const target = finding.proposed && surnames.get(finding.proposed.name);
    if (target && target !== key) {
      findings.get(target)?.mentions.push(...finding.mentions);
      findings.delete(key);
    }
  }
  // Not entities: "US" in "US dollars" (a currency), names in a byline ("By Aziza Nurmatova": a
  // fact about the article, for the catalogue), and event names ("Interregional Forum", an event
  // record, not an entity).
  const lineOf = (at: number) => text.slice(text.lastIndexOf('\n', at - 1) + 1, text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at));
  const notEntity = (m: TextSpan) =>
    (/^U\.?S\.?$/u.test(m.text) && /^\s+dollars?\b/u.test(text.slice(m.end, m.end + 10))) ||
    /^\s*By\s+\p{Lu}/u.test(lineOf(m.start)) ||
    /\b(?:Forum|Meeting|Meetings|Summit|Conference|Session)$/u.test(m.text);
  for (const [key, finding] of findings) {
    if (finding.known) continue;
    finding.mentions = finding.mentions.filter((m) => !notEntity(m));
    if (finding.mentions.length === 0) findings.delete(key);
  }
  // A lone capitalised word the tagger does not know as a name is too weak to propose (an
  // acronym is typed organisation by classify, so it stays).
  return [...findings.values()]
    .filter((f) => f.known || !(f.proposed?.type === 'other' && f.mentions.every((m) => !/\s/u.test(m.text))))
    .map((f) => ({ ...f, mentions: f.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
