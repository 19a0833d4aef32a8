/**
 * Synthetic corpora for the scale benchmark: articles shaped like the two seeds (about 4 kB and
 * 26 sentences each, a date line on every other one, direct and reported speech, figures, dates,
 * agreements) with authored data in the real authoring format, so the real compiler checks them
 * exactly as it checks the seeds' data.
 *
 * Every name is invented (countries carry ISO 3166-1 user-assigned codes, X-prefixed), so nothing
 * generated here can be mistaken for a fact about a real person or country.
 *
 * Article `i` depends only on `i` and the seed, so a 10× corpus is the 1× corpus plus more
 * articles, and a failure at any scale can be reproduced from one article.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { compileDataset, type DataFile, type DataInput } from '@kztj/core/authoring';

/** The seeds hold two articles; a multiplier of m generates 2·m articles. */
export const SEED_ARTICLES = 2;

export interface CorpusOptions {
  /** Size relative to the seeds: 1, 10, 100, 1000 … (default 1). */
  multiplier?: number;
  /** Exact number of articles; overrides `multiplier`. */
  articles?: number;
  /** PRNG seed; the same seed gives the same corpus (default 1). */
  seed?: number;
}

export interface CorpusStats {
  articles: number;
  /** Characters (UTF-16 code units) of article text. */
  characters: number;
  sentences: number;
  /** Entities in the registry (shared ones plus those each article introduces). */
  entities: number;
  /** Events, agreements, figures, quotes and claims. */
  records: number;
}

export interface Corpus {
  /** What `loadData` would return for the corpus written to disk: ready for `compileDataset`. */
  input: DataInput;
  stats: CorpusStats;
  /** Words that occur in the corpus, for representative search queries at any scale. */
  vocabulary: { country: string; person: string; organisation: string };
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and invented names.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof mulberry32>;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const SYLLABLES = ['ka', 'ro', 'mi', 'le', 'na', 'to', 've', 'sa', 'du', 'ri', 'bo', 'ze', 'ha', 'lu', 'ta', 'go'];

/** A pronounceable word unique to `n`: `n` written in base 16 with syllables for digits. */
function inventedWord(n: number, minSyllables = 4): string {
  let word = '';
  let rest = n;
  for (let i = 0; i < minSyllables || rest > 0; i++) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return word[0]!.toUpperCase() + word.slice(1);
}

const kebab = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------
// The shared world: countries, their capitals, presidents, press services, regional bodies.
// Articles mention a few of these each, the way the seeds share Rahmon, Astana and the SCO.

interface AuthoredEntity {
  id: string;
  type: string;
  name: string;
  description: string;
  codes?: { alpha2: string; alpha3: string; numeric: string };
  partOf?: string;
}

interface Country {
  entity: AuthoredEntity;
  adjective: string;
  capital: AuthoredEntity;
  president: AuthoredEntity & { surname: string };
  pressService: AuthoredEntity;
}

const COUNTRY_NAMES = [
  ['Arvania', 'Arvanian', 'Velmar'],
  ['Belostan', 'Belostani', 'Korsk'],
  ['Corvistan', 'Corvistani', 'Dalhan'],
  ['Dravia', 'Dravian', 'Ostrel'],
  ['Estrada', 'Estradan', 'Minsar'],
  ['Fenmark', 'Fenmarkish', 'Lutgard'],
  ['Galvia', 'Galvian', 'Tsarev'],
  ['Helmistan', 'Helmistani', 'Quoram'],
  ['Istria Nova', 'Istrian', 'Portavel'],
  ['Jorvala', 'Jorvalan', 'Kessin'],
] as const;

const PRESIDENTS = [
  ['Aydar', 'Kulanov'],
  ['Rustam', 'Sadykov'],
  ['Timur', 'Bekmurat'],
  ['Elena', 'Vostrikova'],
  ['Marat', 'Zhunusov'],
  ['Ingrid', 'Halvorsen'],
  ['Davron', 'Ismoilov'],
  ['Serik', 'Abenov'],
  ['Lucia', 'Marenko'],
  ['Baurzhan', 'Tokpanov'],
] as const;

const COUNTRIES: Country[] = COUNTRY_NAMES.map(([name, adjective, capital], i) => {
  const id = kebab(name);
  const [first, surname] = PRESIDENTS[i]!;
  return {
    entity: {
      id,
      type: 'country',
      name,
      description: `Invented country ${i + 1} of the synthetic benchmark corpus.`,
      // ISO 3166-1 reserves XA–XZ, XAA–XZZ and 900–999 for user-assigned codes.
      codes: { alpha2: `X${String.fromCharCode(65 + i)}`, alpha3: `X${String.fromCharCode(65 + i)}${String.fromCharCode(65 + i)}`, numeric: String(900 + i) },
    },
    adjective,
    capital: { id: kebab(capital), type: 'place', name: capital, description: `Capital of ${name} (invented).`, partOf: id },
    president: { id: kebab(`${first} ${surname}`), type: 'person', name: `${first} ${surname}`, surname, description: `President of ${name} (invented).` },
    pressService: { id: `${id}-presidential-press-service`, type: 'organisation', name: `${adjective} presidential press service`, description: `Press service of the President of ${name} (invented).`, partOf: id },
  };
});

const REGIONAL_BODIES: AuthoredEntity[] = [
  { id: 'continental-cooperation-council', type: 'organisation', name: 'Continental Cooperation Council', description: 'Invented regional organisation.' },
  { id: 'union-of-river-nations', type: 'organisation', name: 'Union of River Nations', description: 'Invented water-sharing organisation.' },
  { id: 'northern-trade-community', type: 'organisation', name: 'Northern Trade Community', description: 'Invented customs union.' },
  { id: 'steppe-security-forum', type: 'organisation', name: 'Steppe Security Forum', description: 'Invented security organisation.' },
];

const PRODUCTS = ['wheat', 'cotton', 'cement', 'fertilisers', 'electricity', 'dried fruit', 'steel pipes', 'aluminium', 'textiles', 'flour'];
const FIELDS = ['energy', 'transport', 'agriculture', 'education', 'tourism', 'healthcare', 'digitalisation', 'water management', 'culture', 'finance', 'mining', 'logistics'];
const CONFERENCE_TOPICS = ['regional security', 'water diplomacy', 'transit corridors', 'food security', 'green energy', 'migration', 'digital trade'];
const PROMISES = [
  'Our countries are reliable partners, and we will expand cooperation in energy and transport',
  'We intend to double the volume of mutual trade and open new routes for our exporters',
  'The agreements signed today open a new chapter in the history of our relations',
  'We value the trust between our peoples and will protect it for the next generations',
  'Joint projects in industry and agriculture are the backbone of our partnership',
];

// ---------------------------------------------------------------------------------------------
// One article.

type QuoteRef = string | { quote: string; within?: string; all?: true };
type Authored = Record<string, unknown> & { id: string };

interface Article {
  file: string;
  text: string;
  sourceFile: Authored;
  newEntities: AuthoredEntity[];
  sharedEntities: AuthoredEntity[];
  sentences: number;
  records: number;
}

/** The person / organisation / place names a sentence uses, and which entity each one is. */
interface Surface {
  entity: AuthoredEntity;
  forms: string[];
}

function article(index: number, seed: number): Article {
  const random = mulberry32(seed * 1_000_003 + index);
  const id = `article-${pad(index + 1, 5)}`;
  const file = `${pad(index % 1000, 3)}_${createHash('sha256').update(`kztj-bench-${seed}-${index}`).digest('hex').slice(0, 16)}.txt`;

  const [hostIndex, guestIndex, thirdIndex] = (() => {
    const order = COUNTRIES.map((_, i) => i).sort(() => random() - 0.5);
    return [order[0]!, order[1]!, order[2]!];
  })();
  const host = COUNTRIES[hostIndex]!;
  const guest = COUNTRIES[guestIndex]!;
  const third = COUNTRIES[thirdIndex]!;
  const body = pick(random, REGIONAL_BODIES);
  const [A, B, C] = [host.entity.name, guest.entity.name, third.entity.name];

  const year = between(random, 2008, 2025);
  const month = between(random, 1, 12);
  const day = between(random, 1, 28);
  const when = `${MONTHS[month - 1]} ${day}`;
  const edtfDay = `${year}-${pad(month)}-${pad(day)}`;

  // Entities this article introduces: unique names from the article index.
  const word = (slot: number) => inventedWord(index * 16 + slot + 4096);
  const person = (slot: number, first: string, description: string) => {
    const surname = `${word(slot)}ov`;
    return { id: kebab(`${first} ${surname}`), type: 'person', name: `${first} ${surname}`, surname, description };
  };
  const ministerA = person(0, 'Nurlan', `Foreign Minister of ${A} (invented).`);
  const ministerB = person(1, 'Farrukh', `Foreign Minister of ${B} (invented).`);
  const ambassador = person(2, 'Askar', `Ambassador of ${A} to ${B} (invented).`);
  const expert = person(3, 'Dana', 'Director of an invented think tank.');
  const institute: AuthoredEntity = { id: kebab(`${word(4)} Institute for Strategic Studies`), type: 'organisation', name: `${word(4)} Institute for Strategic Studies`, description: 'Invented think tank.' };
  const company: AuthoredEntity = { id: kebab(`${word(5)} Holding`), type: 'organisation', name: `${word(5)} Holding`, description: `Invented company of ${A}.` };
  const city: AuthoredEntity = { id: kebab(`${word(6)}grad`), type: 'place', name: `${word(6)}grad`, description: `Invented city in ${B}.`, partOf: guest.entity.id };
  const award: AuthoredEntity = { id: kebab(`Order of ${word(7)}`), type: 'award', name: `Order of ${word(7)}`, description: `Invented state honour of ${A}.` };
  const monument: AuthoredEntity = { id: kebab(`${word(8)} monument`), type: 'monument', name: `monument to the poet ${word(8)}`, description: 'Invented monument.' };
  const programme: AuthoredEntity = { id: kebab(`${word(9)} Youth Exchange`), type: 'programme', name: `${word(9)} Youth Exchange`, description: 'Invented exchange programme.' };
  const group: AuthoredEntity = { id: kebab(`${word(10)} business circles`), type: 'group', name: `${word(10)} business circles`, description: 'Invented group of business people.' };
  const newEntities: AuthoredEntity[] = [ministerA, ministerB, ambassador, expert, institute, company, city, award, monument, programme, group];

  const sentences: Array<{ text: string; records: (sentence: string) => void }> = [];
  const events: Authored[] = [];
  const agreements: Authored[] = [];
  const figures: Authored[] = [];
  const quotes: Authored[] = [];
  const claims: Authored[] = [];
  const roles: Array<Record<string, unknown>> = [];
  const rid = (kind: string, name: string) => `${kind}-${index + 1}-${name}`;
  /** Evidence inside one sentence: the whole sentence, or words that occur once within it. */
  const inside = (sentence: string, words: string): QuoteRef => (words === sentence ? sentence : { quote: words, within: sentence });
  const say = (text: string, records: (sentence: string) => void) => sentences.push({ text, records });

  // Below 1000, so the trade figure never contains a year-like number the year quote could match.
  const trade = between(random, 1200, 9800) / 10;
  const growth = between(random, 11, 389) / 10;
  const target = between(random, 2, 9);
  const contracts = between(random, 120, 2400);
  const investment = between(random, 150, 9000);
  const agreementsCount = between(random, 3, 14);
  const students = between(random, 40, 600);
  const visas = between(random, 200, 9000);
  const rank = between(random, 2, 5);
  const [f1, f2, f3] = [...FIELDS].sort(() => random() - 0.5);
  const product = pick(random, PRODUCTS);
  const topic = pick(random, CONFERENCE_TOPICS);
  const promise = pick(random, PROMISES);
  const conferenceMonth = (month % 12) + 1;
  const conferenceYear = conferenceMonth === 1 ? year + 1 : year;
  const summitMonth = ((month + 2) % 12) + 1;
  const summitDay = between(random, 1, 28);
  const summitYear = summitMonth <= month ? year + 1 : year;
  const established = between(random, 1991, 1995);
  const inferred = (edtf: string, reasoning: string, evidence: QuoteRef[]) => ({ edtf, basis: 'inferred', reasoning, evidence });

  const visitId = rid('event', 'visit');
  const talksId = rid('event', 'talks');
  const signingId = rid('event', 'signing');

  say(
    `${guest.president.name}, President of ${B}, arrived in ${host.capital.name} on ${when} for a state visit at the invitation of President ${host.president.name}, the ${host.pressService.name} reported.`,
    (s) => {
      events.push({
        id: visitId, type: 'visit', title: `${guest.president.surname}'s state visit to ${A}`,
        summary: `President ${guest.president.name} of ${B} arrived in ${host.capital.name} for a state visit.`,
        cameo: '042', date: inferred(edtfDay, `"${when}" without a year; the year is that of the article.`, [inside(s, `on ${when}`)]),
        place: host.capital.id,
        participants: [{ entity: guest.president.id, role: 'visitor' }, { entity: host.president.id, role: 'host' }, { entity: guest.entity.id, role: 'visiting country' }, { entity: host.entity.id, role: 'host country' }],
        topics: ['state visit'], factuality: 'happened', reportedBy: [host.pressService.id], evidence: [s],
      });
      roles.push({ entity: guest.president.id, title: `President of ${B}`, of: guest.entity.id, evidence: [inside(s, `${guest.president.name}, President of ${B}`)] });
      roles.push({ entity: host.president.id, title: `President of ${A}`, of: host.entity.id, evidence: [inside(s, `President ${host.president.name}`)] });
    },
  );
  say(
    `${host.president.surname} and ${guest.president.surname} held talks in a narrow format and then with the participation of the delegations, discussing ${f1}, ${f2} and ${f3}, as well as the situation in the region and cooperation within international organisations.`,
    (s) => {
      events.push({
      id: talksId, type: 'talks', title: `${host.president.surname}–${guest.president.surname} talks`,
      summary: `The presidents held talks on ${f1}, ${f2} and ${f3}.`, cameo: '046', place: host.capital.id, partOf: visitId,
      participants: [{ entity: host.president.id, role: 'host' }, { entity: guest.president.id, role: 'guest' }],
      topics: [f1!, f2!, f3!], factuality: 'happened', evidence: [s],
      });
      claims.push({ id: rid('claim', 'talks-agenda'), kind: 'description', statement: 'The talks covered the situation in the region and cooperation within international organisations.', holders: [], about: [host.entity.id, guest.entity.id], evidence: [inside(s, 'the situation in the region and cooperation within international organisations')] });
    },
  );
  say(
    `Trade between ${A} and ${B} reached $${trade} million in ${year - 1}, up ${growth} percent from the previous year, according to the national statistics committee.`,
    (s) => {
      figures.push({ id: rid('figure', 'trade'), measure: `trade between ${A} and ${B}`, amount: Math.round(trade * 1e6), unit: 'USD', kind: 'actual',
        period: { edtf: String(year - 1), basis: 'stated', evidence: [inside(s, String(year - 1))] }, subjects: [host.entity.id, guest.entity.id], evidence: [inside(s, `$${trade} million`)] });
      figures.push({ id: rid('figure', 'trade-growth'), measure: `growth of trade between ${A} and ${B}`, amount: growth, unit: 'percent', kind: 'growth',
        subjects: [host.entity.id, guest.entity.id], evidence: [inside(s, `up ${growth} percent`)] });
    },
  );
  say(
    `The sides agreed to bring bilateral trade to $${target} billion by ${year + 3} and to remove the remaining barriers to the movement of goods.`,
    (s) => {
      figures.push({ id: rid('figure', 'trade-target'), measure: 'bilateral trade target', amount: target * 1e9, unit: 'USD', kind: 'target',
        period: { edtf: String(year + 3), basis: 'stated', evidence: [inside(s, String(year + 3))] }, subjects: [host.entity.id, guest.entity.id], evidence: [inside(s, `$${target} billion`)] });
      events.push({ id: rid('event', 'trade-target'), type: 'other', title: `Sides agree a trade target of $${target} billion`, summary: `The sides agreed to raise trade to $${target} billion by ${year + 3}.`,
        cameo: '0311', partOf: talksId, participants: [{ entity: host.entity.id, role: 'side' }, { entity: guest.entity.id, role: 'side' }], topics: ['bilateral trade'], factuality: 'happened', evidence: [s] });
    },
  );
  say(
    `“${promise},” ${host.president.surname} said.`,
    (s) => {
      quotes.push({ id: rid('quote', 'host-promise'), kind: 'direct', text: promise, speaker: host.president.id, event: talksId, about: [guest.entity.id], evidence: [s] });
      claims.push({ id: rid('claim', 'host-intention'), kind: 'intention', statement: promise, holders: [host.president.id], about: [host.entity.id, guest.entity.id], evidence: [inside(s, promise)] });
    },
  );
  say(
    `${guest.president.surname} said that ${B} is interested in expanding supplies of ${product} to ${A} and in joint projects in the processing industry.`,
    (s) => {
      quotes.push({ id: rid('quote', 'guest-supplies'), kind: 'indirect', text: `${B} is interested in expanding supplies of ${product} to ${A}`, speaker: guest.president.id, about: [host.entity.id], evidence: [s] });
      claims.push({ id: rid('claim', 'supplies'), kind: 'intention', statement: `${B} wants to supply more ${product} to ${A}.`, holders: [guest.president.id], about: [guest.entity.id, host.entity.id], evidence: [inside(s, `${B} is interested in expanding supplies of ${product}`)] });
    },
  );
  say(
    `Following the talks, the leaders signed a Joint Declaration on Strategic Partnership between ${A} and ${B}, a document that sets out the principles of cooperation for the coming decade.`,
    (s) => {
      events.push({ id: signingId, type: 'signing', title: 'Signing of the Joint Declaration', summary: `The presidents of ${A} and ${B} signed a joint declaration.`, cameo: '057', partOf: visitId,
        participants: [{ entity: host.president.id, role: 'signatory' }, { entity: guest.president.id, role: 'signatory' }], topics: ['strategic partnership'], factuality: 'happened', evidence: [s] });
      agreements.push({ id: rid('agreement', 'declaration'), type: 'declaration', title: 'Joint Declaration on Strategic Partnership', subject: 'Strategic partnership.', parties: [host.entity.id, guest.entity.id],
        status: 'signed', statusDate: inferred(edtfDay, 'Signed during the visit that began that day.', []), signedAt: signingId, evidence: [inside(s, `Joint Declaration on Strategic Partnership between ${A} and ${B}`)] });
    },
  );
  say(
    `The foreign ministers, ${ministerA.name} and ${ministerB.name}, signed a programme of cooperation between the foreign ministries for ${year}–${year + 2}, covering consultations, visits and training of diplomats.`,
    (s) => {
      agreements.push({ id: rid('agreement', 'ministries-programme'), type: 'programme', title: `Programme of cooperation between the foreign ministries for ${year}–${year + 2}`, subject: 'Cooperation between the foreign ministries.',
        parties: [host.entity.id, guest.entity.id], validity: { edtf: `${year}/${year + 2}`, basis: 'stated', evidence: [inside(s, `${year}–${year + 2}`)] }, status: 'signed', signedAt: signingId, evidence: [s] });
      events.push({ id: rid('event', 'ministries-programme-signing'), type: 'signing', title: 'Foreign ministers sign a cooperation programme', summary: `${ministerA.name} and ${ministerB.name} signed a programme for ${year}–${year + 2}.`, cameo: '057', partOf: visitId,
        participants: [{ entity: ministerA.id, role: 'signatory' }, { entity: ministerB.id, role: 'signatory' }], topics: ['foreign ministries'], factuality: 'happened', evidence: [s] });
      roles.push({ entity: ministerA.id, title: `Foreign Minister of ${A}`, of: host.entity.id, evidence: [inside(s, 'The foreign ministers')] });
      roles.push({ entity: ministerB.id, title: `Foreign Minister of ${B}`, of: guest.entity.id, evidence: [inside(s, 'The foreign ministers')] });
    },
  );
  say(
    `In addition, ${agreementsCount} intergovernmental agreements were signed in the fields of ${f1}, ${f3} and ${product} trade.`,
    (s) => {
      agreements.push({ id: rid('agreement', 'package'), type: 'package', title: `Package of ${agreementsCount} intergovernmental agreements`, subject: `Cooperation in ${f1}, ${f3} and ${product} trade.`,
        parties: [host.entity.id, guest.entity.id], status: 'signed', signedAt: signingId, evidence: [s] });
      figures.push({ id: rid('figure', 'agreements-count'), measure: 'intergovernmental agreements signed', amount: agreementsCount, unit: 'count', kind: 'total', subjects: [host.entity.id, guest.entity.id], evidence: [inside(s, `${agreementsCount} intergovernmental agreements`)] });
    },
  );
  say(
    `At a business forum in ${city.name}, ${company.name} and its ${guest.adjective} partners concluded contracts worth $${contracts} million.`,
    (s) => {
      const forumId = rid('event', 'business-forum');
      events.push({ id: forumId, type: 'forum', title: `Business forum in ${city.name}`, summary: `Companies of ${A} and ${B} met at a business forum in ${city.name}.`, cameo: '040', place: city.id,
        participants: [{ entity: company.id, role: 'participant' }], topics: ['business', 'contracts'], factuality: 'happened', evidence: [inside(s, `At a business forum in ${city.name}`)] });
      agreements.push({ id: rid('agreement', 'contracts'), type: 'contract', title: `Contracts worth $${contracts} million`, subject: 'Commercial contracts.', parties: [company.id], status: 'signed', signedAt: forumId, evidence: [s] });
      figures.push({ id: rid('figure', 'contracts'), measure: 'value of contracts concluded at the business forum', amount: contracts * 1e6, unit: 'USD', kind: 'total', subjects: [company.id], evidence: [inside(s, `$${contracts} million`)] });
    },
  );
  say(
    `The ${institute.name} will host a conference on ${topic} in ${MONTHS[conferenceMonth - 1]} ${conferenceYear}, its director ${expert.name} said, adding that scholars from across the region had been invited.`,
    (s) => {
      events.push({ id: rid('event', 'conference'), type: 'conference', title: `Conference on ${topic}`, summary: `The ${institute.name} will host a conference on ${topic}.`, cameo: '043',
        date: { edtf: `${conferenceYear}-${pad(conferenceMonth)}`, basis: 'stated', evidence: [inside(s, `${MONTHS[conferenceMonth - 1]} ${conferenceYear}`)] },
        participants: [{ entity: institute.id, role: 'host' }], topics: [topic], factuality: 'planned', cue: 'will host', reportedBy: [expert.id], evidence: [s] });
      roles.push({ entity: expert.id, title: 'director', of: institute.id, evidence: [inside(s, `its director ${expert.name}`)] });
    },
  );
  say(
    `According to ${expert.surname}, the visit marks a new stage in relations between ${A} and ${B} and opens the way for larger joint investment projects.`,
    (s) => {
      claims.push({ id: rid('claim', 'new-stage'), kind: 'opinion', statement: 'The visit marks a new stage in relations.', holders: [expert.id], about: [host.entity.id, guest.entity.id], evidence: [s] });
      quotes.push({ id: rid('quote', 'expert-new-stage'), kind: 'indirect', text: `the visit marks a new stage in relations between ${A} and ${B}`, speaker: expert.id, about: [host.entity.id, guest.entity.id], evidence: [s] });
    },
  );
  say(
    `${host.president.surname} awarded ${guest.president.surname} the ${award.name}, the highest state honour of ${A}, for the contribution to friendship between the peoples.`,
    (s) => {
      claims.push({ id: rid('claim', 'highest-honour'), kind: 'fact', statement: `The ${award.name} is the highest state honour of ${A}.`, holders: [], about: [award.id, host.entity.id], evidence: [inside(s, `the highest state honour of ${A}`)] });
      events.push({ id: rid('event', 'award'), type: 'award', title: `${guest.president.surname} receives the ${award.name}`, summary: `${host.president.surname} awarded ${guest.president.surname} the ${award.name}.`, cameo: '051',
      participants: [{ entity: host.president.id, role: 'awarder' }, { entity: guest.president.id, role: 'awardee' }, { entity: award.id, role: 'award' }], topics: ['state honour'], factuality: 'happened', partOf: visitId, evidence: [s] });
    },
  );
  say(
    `It is planned to open a ${monument.name} in ${guest.capital.name} next year, on the anniversary of the poet’s birth.`,
    (s) => events.push({ id: rid('event', 'monument'), type: 'cultural-programme', title: `Opening of a ${monument.name}`, summary: `A ${monument.name} is to open in ${guest.capital.name}.`, cameo: '030',
      date: inferred(String(year + 1), '"next year" after the year of the article.', [inside(s, 'next year')]), place: guest.capital.id,
      participants: [{ entity: monument.id, role: 'monument' }], topics: ['culture'], factuality: 'planned', cue: 'It is planned to open', evidence: [s] }),
  );
  say(
    `${guest.president.surname} will not attend the summit of the ${body.name} in ${third.capital.name} on ${MONTHS[summitMonth - 1]} ${summitDay}, the ${guest.adjective} foreign ministry said.`,
    (s) => events.push({ id: rid('event', 'summit'), type: 'summit', title: `${body.name} summit in ${third.capital.name}`, summary: `${guest.president.surname} will not attend the ${body.name} summit.`, cameo: '0362',
      date: inferred(`${summitYear}-${pad(summitMonth)}-${pad(summitDay)}`, 'The next such day after the article.', [inside(s, `${MONTHS[summitMonth - 1]} ${summitDay}`)]), place: third.capital.id,
      participants: [{ entity: guest.president.id, role: 'absentee' }, { entity: body.id, role: 'organiser' }], topics: ['regional cooperation'], factuality: 'negated', cue: 'will not attend', evidence: [s] }),
  );
  say(
    `The leaders are expected to meet again in ${guest.capital.name} in the autumn to review how the agreements are being implemented.`,
    (s) => events.push({ id: rid('event', 'next-meeting'), type: 'meeting', title: `Next meeting in ${guest.capital.name}`, summary: 'The presidents are expected to meet again in the autumn.', cameo: '036', place: guest.capital.id,
      participants: [{ entity: host.president.id, role: 'side' }, { entity: guest.president.id, role: 'side' }], topics: ['bilateral relations'], factuality: 'expected', cue: 'are expected to', evidence: [s] }),
  );
  say(
    `${A} is ${B}’s ${ORDINALS[rank - 1]}-largest trading partner.`,
    (s) => {
      claims.push({ id: rid('claim', 'trading-partner'), kind: 'fact', statement: `${A} is ${B}'s ${ORDINALS[rank - 1]}-largest trading partner.`, holders: [], about: [host.entity.id, guest.entity.id], evidence: [s] });
      figures.push({ id: rid('figure', 'partner-rank'), measure: `${A}'s rank among ${B}'s trading partners`, amount: rank, unit: 'rank', kind: 'rank', subjects: [host.entity.id], evidence: [inside(s, `${ORDINALS[rank - 1]}-largest`)] });
    },
  );
  say(
    `The ${programme.name} will bring together about ${students} students from both countries every year, with the first group expected to travel in the spring.`,
    (s) => {
      events.push({ id: rid('event', 'youth-exchange'), type: 'cultural-programme', title: programme.name, summary: `An exchange of about ${students} students a year.`, cameo: '030',
        participants: [{ entity: programme.id, role: 'programme' }], topics: ['education', 'youth'], factuality: 'planned', cue: 'will bring together', evidence: [s] });
      agreements.push({ id: rid('agreement', 'youth-exchange'), type: 'programme', title: programme.name, subject: 'Student exchange.', parties: [host.entity.id, guest.entity.id], status: 'planned', evidence: [inside(s, `The ${programme.name} will bring together`)] });
      figures.push({ id: rid('figure', 'students'), measure: 'students taking part each year', amount: students, unit: 'count', kind: 'target', approximate: true, subjects: [programme.id], evidence: [inside(s, `about ${students} students`)] });
    },
  );
  say(
    `${B} borders ${A} and ${C}.`,
    (s) => claims.push({ id: rid('claim', 'borders'), kind: 'fact', statement: `${B} borders ${A} and ${C}.`, holders: [], about: [guest.entity.id, host.entity.id, third.entity.id], evidence: [s] }),
  );
  say(
    `Reportedly, ${company.name} plans to build a ${product} processing plant near ${city.name}, which would create several hundred jobs.`,
    (s) => events.push({ id: rid('event', 'plant'), type: 'other', title: `${company.name} plant near ${city.name}`, summary: `${company.name} reportedly plans a ${product} plant.`, cameo: '030', place: city.id,
      participants: [{ entity: company.id, role: 'investor' }], topics: ['industry', product], factuality: 'reported', cue: 'Reportedly', evidence: [s] }),
  );
  say(
    `${ambassador.name}, Ambassador of ${A} to ${B}, said the embassy had received ${visas} applications for work visas since January.`,
    (s) => {
      roles.push({ entity: ambassador.id, title: `Ambassador of ${A} to ${B}`, of: host.entity.id, evidence: [inside(s, `Ambassador of ${A} to ${B}`)] });
      figures.push({ id: rid('figure', 'visas'), measure: 'applications for work visas', amount: visas, unit: 'count', kind: 'total', subjects: [host.entity.id], statedBy: ambassador.id, evidence: [inside(s, `${visas} applications`)] });
      quotes.push({ id: rid('quote', 'ambassador-visas'), kind: 'indirect', text: `the embassy had received ${visas} applications for work visas since January`, speaker: ambassador.id, about: [host.entity.id], evidence: [s] });
    },
  );
  say(
    `${A}’s investment in the economy of ${B} has exceeded $${investment} million, most of it in mining, energy and construction, ${ministerA.surname} noted.`,
    (s) => {
      quotes.push({ id: rid('quote', 'minister-investment'), kind: 'indirect', text: `${A}’s investment in the economy of ${B} has exceeded $${investment} million`, speaker: ministerA.id, about: [host.entity.id, guest.entity.id], evidence: [s] });
      figures.push({ id: rid('figure', 'investment'), measure: `investment of ${A} in ${B}`, amount: investment * 1e6, unit: 'USD', kind: 'total', approximate: true, subjects: [host.entity.id, guest.entity.id], statedBy: ministerA.id, evidence: [s] });
    },
  );
  say(
    `Members of the ${group.name} believe that the agreements will raise mutual trade within two or three years.`,
    (s) => {
      claims.push({ id: rid('claim', 'trade-outlook'), kind: 'opinion', statement: 'The agreements will raise mutual trade within two or three years.', holders: [group.id], about: [host.entity.id, guest.entity.id], evidence: [s] });
      figures.push({ id: rid('figure', 'outlook-years'), measure: 'years until trade rises', amount: 2, amountMax: 3, unit: 'years', kind: 'target', subjects: [host.entity.id, guest.entity.id], evidence: [inside(s, 'two or three years')] });
    },
  );
  say(
    `${A} and ${B} established diplomatic relations in ${established}, shortly after both countries gained independence.`,
    (s) => events.push({ id: rid('event', 'relations-established'), type: 'other', title: 'Diplomatic relations established', summary: `${A} and ${B} established diplomatic relations.`, cameo: '050',
      date: { edtf: String(established), basis: 'stated', evidence: [inside(s, String(established))] },
      participants: [{ entity: host.entity.id, role: 'party' }, { entity: guest.entity.id, role: 'party' }], topics: ['diplomatic relations'], factuality: 'happened', evidence: [s] }),
  );
  say(
    `The presidents also discussed the work of the ${body.name}.`,
    (s) => claims.push({ id: rid('claim', 'regional-body'), kind: 'description', statement: `The presidents discussed the ${body.name}.`, holders: [], about: [body.id], evidence: [s] }),
  );
  const closing = 'Stay with us for further updates.';
  say(closing, () => {});

  // Two sentences to a paragraph, like the seeds' short news paragraphs.
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).map((s) => s.text).join(' '));
  const dated = index % 2 === 1; // like seed 001: a " date YYYY-MM-DD " line before the body.
  const bodyText = `${paragraphs.join('\n\n')}\n`;
  const text = dated ? ` date ${edtfDay} ${bodyText}` : bodyText;
  for (const s of sentences) s.records(s.text);

  // Mentions: every surface form of every entity, all occurrences (as the seeds' data does).
  const surfaces: Surface[] = [
    { entity: host.entity, forms: [A] },
    { entity: guest.entity, forms: [B] },
    { entity: third.entity, forms: [C] },
    { entity: host.capital, forms: [host.capital.name] },
    { entity: guest.capital, forms: [guest.capital.name] },
    { entity: third.capital, forms: [third.capital.name] },
    { entity: host.president, forms: [host.president.name, host.president.surname] },
    { entity: guest.president, forms: [guest.president.name, guest.president.surname] },
    { entity: host.pressService, forms: [host.pressService.name] },
    { entity: body, forms: [body.name] },
    ...[ministerA, ministerB, ambassador, expert].map((p) => ({ entity: p, forms: [p.name, p.surname] })),
    ...[institute, company, city, award, monument, programme, group].map((e) => ({ entity: e, forms: [e.name] })),
  ];
  const mentions: Record<string, QuoteRef[]> = {};
  for (const { entity, forms } of surfaces) {
    // A surname occurs inside the full name too; both are mentions, as in the seeds' data.
    mentions[entity.id] = [...new Set(forms)].filter((form) => text.includes(form)).map((form) => ({ quote: form, all: true }));
  }

  const sourceFile: Authored = {
    id,
    file,
    title: `${guest.president.surname} visits ${A}; ${agreementsCount + 2} agreements signed`,
    date: dated
      ? { edtf: edtfDay, basis: 'stated', evidence: [`date ${edtfDay}`] }
      : inferred(`${year}-${pad(month)}`, `No date line; the article reports the visit that began on ${when} as news, so it dates from that month.`, [{ quote: `on ${when}`, within: sentences[0]!.text }]),
    mentions,
    roles,
    events,
    agreements,
    figures,
    quotes,
    claims,
    uncited: [{ sentence: closing, reason: 'Closing line of the news agency; states nothing.' }],
  };
  const shared = [host, guest].flatMap((c) => [c.entity, c.capital, c.president]).concat(third.entity, third.capital, host.pressService, body);
  return {
    file,
    text,
    sourceFile,
    newEntities,
    sharedEntities: shared,
    sentences: sentences.length,
    records: events.length + agreements.length + figures.length + quotes.length + claims.length,
  };
}

/** Strips the generator's own helper field so entities match the authoring schema exactly. */
function authoredEntity(entity: AuthoredEntity & { surname?: string }): AuthoredEntity {
  const { surname: _surname, ...rest } = entity;
  return rest;
}

const UNSTATED = /is given as stated but/;

/**
 * The templates link every record to the entities its sentence is about, but not every link is
 * named inside the quoted words, which the compiler requires of a stated link. Rather than keep a
 * second copy of that rule here, ask the compiler once and mark exactly the links it cannot see
 * stated as inferred, as an author would: the corpus then compiles cleanly and exercises both
 * kinds of basis.
 */
function markUnstatedLinksInferred(input: DataInput): string[] {
  const droppedPartOf: string[] = [];
  const files = new Map<string, unknown>([[input.entities.file, input.entities.value], ...input.sources.map((f) => [f.file, f.value] as const)]);
  for (const problem of compileDataset(input).problems) {
    if (!UNSTATED.test(problem.message) || problem.field === undefined) continue;
    let node = files.get(problem.file);
    // Registry entities have no enclosing record list in the path: find the entity by id.
    if (Array.isArray(node) && !/^\w+\[/.test(problem.field)) node = node.find((e: { id?: string }) => e.id === problem.recordId);
    const keys = [...problem.field.matchAll(/(\w+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
    const last = keys.pop();
    for (const key of keys) node = (node as Record<string | number, unknown>)[key];
    const parent = node as Record<string | number, unknown>;
    const value = parent[last!];
    const reasoning = 'Synthetic corpus: the template links the record to what its sentence is about, outside the quoted words.';
    // A registry link has no article to infer it from, so an invented city's country goes.
    if (problem.file === input.entities.file) {
      if (problem.recordId !== undefined) droppedPartOf.push(problem.recordId);
      continue;
    }
    if (typeof value === 'string') parent[last!] = { id: value, basis: 'inferred', reasoning };
    else if (value && typeof value === 'object') Object.assign(value, { basis: 'inferred', reasoning });
  }
  return droppedPartOf;
}

/** Generates a corpus in memory: the `DataInput` the real compiler takes. */
export function generateCorpus(options: CorpusOptions = {}): Corpus {
  const seed = options.seed ?? 1;
  const count = options.articles ?? Math.round((options.multiplier ?? 1) * SEED_ARTICLES);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`a corpus needs at least one article; got ${count}`);
  const encoder = new TextEncoder();
  const seeds = new Map<string, Uint8Array>();
  const sources: DataFile[] = [];
  const registry = new Map<string, AuthoredEntity>();
  const droppedPartOf = new Set<string>();
  const stats: CorpusStats = { articles: count, characters: 0, sentences: 0, entities: 0, records: 0 };
  for (let i = 0; i < count; i++) {
    const a = article(i, seed);
    const bytes = encoder.encode(a.text);
    // Each article on its own: the pass stays linear in the corpus, like the compiler.
    const dropped = markUnstatedLinksInferred({
      meta: { file: 'meta.yaml', value: { dataVersion: '0.0.1', retiredIds: [] } },
      entities: { file: 'entities.yaml', value: [...a.sharedEntities, ...a.newEntities].map(authoredEntity) },
      sources: [{ file: `sources/${a.sourceFile.id}.yaml`, value: a.sourceFile }],
      seeds: new Map([[a.file, bytes]]),
    });
    for (const id of dropped) droppedPartOf.add(id);
    seeds.set(a.file, bytes);
    sources.push({ file: `sources/${a.sourceFile.id}.yaml`, value: a.sourceFile });
    // Shared entities go in once; only those some article mentions (an unmentioned one is an error).
    for (const entity of [...a.sharedEntities, ...a.newEntities]) if (!registry.has(entity.id)) registry.set(entity.id, authoredEntity(entity));
    stats.characters += a.text.length;
    stats.sentences += a.sentences;
    stats.records += a.records;
  }
  for (const id of droppedPartOf) delete registry.get(id)?.partOf;
  stats.entities = registry.size;
  const first = COUNTRIES[0]!;
  const input: DataInput = {
    meta: { file: 'meta.yaml', value: { dataVersion: '0.0.1', retiredIds: [] } },
    entities: { file: 'entities.yaml', value: [...registry.values()] },
    sources,
    seeds,
  };
  return {
    input,
    stats,
    vocabulary: { country: first.entity.name, person: first.president.surname, organisation: REGIONAL_BODIES[0]!.name },
  };
}

/**
 * Writes a corpus the way the real data is laid out (data/meta.yaml, data/entities.yaml,
 * data/sources/*.yaml, seeds/*.txt), for `loadData` and the core's build-data script.
 */
export async function writeCorpus(corpus: Corpus, dir: string): Promise<{ dataDir: string; seedsDir: string }> {
  const dataDir = join(dir, 'data');
  const seedsDir = join(dir, 'seeds');
  await mkdir(join(dataDir, 'sources'), { recursive: true });
  await mkdir(seedsDir, { recursive: true });
  const { input } = corpus;
  await writeFile(join(dataDir, input.meta.file), stringify(input.meta.value));
  await writeFile(join(dataDir, input.entities.file), stringify(input.entities.value));
  for (const source of input.sources) await writeFile(join(dataDir, source.file), stringify(source.value, { lineWidth: 0 }));
  for (const [name, bytes] of input.seeds) await writeFile(join(seedsDir, name), bytes);
  return { dataDir, seedsDir };
}
