import { spanOf, type TextSpan } from '../quote-ref.js';
import type { Gazetteer } from '../gazetteer.js';
import type { EntityFinding } from './entities.js';

export interface RoleFinding {
  person: EntityFinding;
  /** The office as the draft proposes it: "President of Tajikistan", "Ambassador of Kazakhstan to Tajikistan". */
  title: string;
  of?: EntityFinding;
  /** Title and name together, as printed: "Tajik President Emomali Rahmon". */
  evidence: TextSpan;
}

const OFFICE_HEAD = '(?:President|Minister|Ambassador|Director|Speaker|Chairman|Chairwoman|Chairperson|Chair|Mayor|Governor|Envoy|Secretary|Akim|Head)';
// "1st Deputy Prime Minister", "Energy Minister".
const OFFICE = String.raw`(?:(?:Foreign|Prime|Deputy|Vice|First|1st|Defen[cs]e|Economy|Energy|Trade|Finance|Interior)\s+)*${OFFICE_HEAD}`;
const NAME = String.raw`\p{Lu}[\p{L}-]+(?:\s+(?:for|of|the|and)?\s*\p{Lu}[\p{L}-]+)*`;
// "Tajik President Emomali Rahmon", "Kazakhstan’s Ambassador to Tajikistan Nurlan Seitimov", "President of Tajikistan Emomali Rahmon",
// and with a comma: "the 1st Deputy Prime Minister of Kazakhstan, Roman Sklyar".
const BEFORE = new RegExp(String.raw`(?:(?!(?:Foreign|Prime|Deputy|Vice|First|1st)\b)(?<country>\p{Lu}[\p{L}-]+)(?:’s|'s)?\s+)?(?<office>${OFFICE})(?:\s+(?<prep>to|of)\s+(?:the\s+)?(?<target>${NAME}))?(?:,\s+|\s+)$`, 'u');
// "Erlan Karin, Director of Kazakhstan Institute for Strategic Studies,"
const AFTER = new RegExp(String.raw`^,\s+(?:the\s+)?(?<office>${OFFICE})(?:\s+(?<prep>of|to)\s+(?:the\s+)?(?<target>${NAME}))?(?=[,.;]|\s+(?:said|says|believes|noted|added))`, 'u');
// "Presidents Kassym-Jomart Tokayev of Kazakhstan, Emomali Rahmon of Tajikistan and …": a plural
// office, then each holder with the country they hold it of.
const PLURAL = new RegExp(String.raw`\b(?<office>(?:(?:Foreign|Prime|Deputy|Vice|First|Energy|Trade)\s+)*${OFFICE_HEAD})s\s+`, 'gu');
const capitalise = (office: string) => office.replace(/\b1st\b/u, 'First').replace(/\s+/gu, ' ');

/**
 * Offices printed next to a person's name: before it ("Tajik President Emomali Rahmon") or in
 * apposition after it ("Erlan Karin, Director of …"). The entity an office is "of" is the country
 * or organisation named in the title, when the draft knows it.
 */
export function extractRoles(text: string, entities: readonly EntityFinding[], gazetteer?: Gazetteer): RoleFinding[] {
  // A demonym names the known country it begins: "Tajik" → Tajikistan, "Kazakh" → Kazakhstan.
  const countries = [...(gazetteer?.entities.values() ?? [])].filter((e) => e.type === 'country');
  const demonym = (word: string): EntityFinding | undefined => {
    const matches = word.length >= 4 ? countries.filter((c) => c.name.startsWith(word.replace(/[’']s$/u, ''))) : [];
    const only = matches.length === 1 ? matches[0] : undefined;
    return only ? (entities.find((e) => e.known?.id === only.id) ?? { known: only, mentions: [] }) : undefined;
  };
  let self: EntityFinding | undefined;
  const at = (start: number, end: number) => entities.find((e) => e !== self && e.mentions.some((m) => m.start < end && start < m.end));
  const nameOf = (e: EntityFinding | undefined) => e?.known?.name ?? e?.proposed?.name;
  const found: RoleFinding[] = [];
  for (const person of entities) {
    const type = person.known?.type ?? person.proposed?.type;
    if (type !== 'person') continue;
    const name = nameOf(person) ?? '';
    self = person;
    for (const mention of person.mentions) {
      // A known surface may carry the title itself ("Tajik President Emomali Rahmon").
      const nameStart = mention.text.length > name.length && mention.text.endsWith(name) ? mention.end - name.length : mention.start;
      const lineStart = text.lastIndexOf('\n', nameStart) + 1;
      const head = text.slice(Math.max(lineStart, nameStart - 90), nameStart);
      const before = BEFORE.exec(head);
      const tail = text.slice(mention.end, mention.end + 120);
      const after = before ? null : AFTER.exec(tail);
      const match = before ?? after;
      const groups = match?.groups;
      if (!match || !groups?.office) continue;
      const base = before ? nameStart - head.length + match.index : mention.end;
      const offset = (group: string) => (groups[group] === undefined ? -1 : base + match[0].indexOf(groups[group] as string));
      const country = groups.country ? (at(offset('country'), offset('country') + groups.country.length) ?? demonym(groups.country)) : undefined;
      const target = groups.target ? at(offset('target'), offset('target') + groups.target.length) : undefined;
      const office = capitalise(groups.office);
      let title: string;
      let of: EntityFinding | undefined;
      if (country && groups.prep === 'to') {
        title = `${office} of ${nameOf(country)} to ${nameOf(target) ?? groups.target}`;
        of = country;
      } else if (country) {
        title = `${office} of ${nameOf(country)}`;
        of = country;
      } else if (groups.target && groups.prep === 'of') {
        title = `${office} of ${nameOf(target) ?? groups.target}`;
        of = target;
      } else title = match[0].replace(/^,\s+/u, '').trim();
      const evidence = before ? spanOf(text, Math.min(base, mention.start), mention.end) : spanOf(text, mention.start, mention.end + match[0].length);
      if (!found.some((r) => r.person === person && r.title === title)) found.push({ person, title, ...(of ? { of } : {}), evidence });
    }
  }
  // Holders listed after a plural office: "Presidents A of X, B of Y and C of Z".
  for (const list of text.matchAll(PLURAL)) {
    let at = (list.index ?? 0) + list[0].length;
    const office = capitalise(list.groups?.office ?? '');
    for (;;) {
      const person = entities.find((e) => (e.known?.type ?? e.proposed?.type) === 'person' && e.mentions.some((m) => m.start === at));
      const mention = person?.mentions.find((m) => m.start === at);
      if (!person || !mention) break;
      const of = /^\s+of\s+/u.exec(text.slice(mention.end, mention.end + 6));
      const country = of ? entities.find((e) => e !== person && e.mentions.some((m) => m.start === mention.end + of[0].length)) : undefined;
      const countryMention = country?.mentions.find((m) => m.start === mention.end + (of?.[0].length ?? 0));
      const end = countryMention?.end ?? mention.end;
      const title = country ? `${office} of ${nameOf(country)}` : office;
      if (!found.some((r) => r.person === person && r.title === title)) found.push({ person, title, ...(country ? { of: country } : {}), evidence: spanOf(text, at === (list.index ?? 0) + list[0].length ? (list.index ?? 0) : at, end) });
      const next = /^(?:,\s+(?:and\s+)?|\s+and\s+)/u.exec(text.slice(end, end + 8));
      if (!next) break;
      at = end + next[0].length;
    }
  }
  return found;
}
