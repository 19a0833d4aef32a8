import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { edtfBounds } from '@kztj/core/authoring';

/** An event the knowledge base already holds, as far as matching a new article's report needs it. */
export interface KnownEvent {
  id: string;
  type: string;
  title: string;
  /** The first and last day its date allows (ISO), when it has a date. */
  bounds?: { earliest: string; latest: string };
  place?: string;
  participants: string[];
}

/** An agreement the knowledge base already holds. */
export interface KnownAgreement {
  id: string;
  type: string;
  title: string;
}

export interface KnownRecords {
  events: KnownEvent[];
  agreements: KnownAgreement[];
}

/** A candidate as a draft sees it: what the new article says of the event. */
export interface EventCandidate {
  type: string;
  bounds?: { earliest: string; latest: string };
  place?: string;
  participants: readonly string[];
  /** Only people: a country or organisation is shared by too many events to identify one. */
  people: readonly string[];
}

const linkId = (link: unknown): string | undefined =>
  typeof link === 'string' ? link : link && typeof link === 'object' ? ((link as { id?: string; entity?: string }).id ?? (link as { entity?: string }).entity) : undefined;

const boundsOf = (edtf: unknown): KnownEvent['bounds'] => {
  if (typeof edtf !== 'string') return undefined;
  try {
    const { earliest, latest } = edtfBounds(edtf);
    return { earliest, latest };
  } catch {
    return undefined;
  }
};

/** Every event and agreement declared in data/sources/*.yaml (drafts too: a second article may report what a draft holds). */
export async function loadKnownRecords(dataDir: string): Promise<KnownRecords> {
  const dir = join(dataDir, 'sources');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();
  const events: KnownEvent[] = [];
  const agreements: KnownAgreement[] = [];
  for (const name of names) {
    const value = parse(await readFile(join(dir, name), 'utf8')) as { events?: unknown; agreements?: unknown } | null;
    for (const raw of Array.isArray(value?.agreements) ? (value.agreements as Array<Record<string, unknown>>) : []) {
      if (typeof raw?.id === 'string' && typeof raw.type === 'string' && typeof raw.title === 'string') agreements.push({ id: raw.id, type: raw.type, title: raw.title });
    }
    for (const raw of Array.isArray(value?.events) ? (value.events as Array<Record<string, unknown>>) : []) {
      if (typeof raw?.id !== 'string' || typeof raw.type !== 'string') continue;
      const bounds = boundsOf((raw.date as { edtf?: unknown } | undefined)?.edtf);
      const place = linkId(raw.place);
      events.push({
        id: raw.id,
        type: raw.type,
        title: typeof raw.title === 'string' ? raw.title : raw.id,
        ...(bounds ? { bounds } : {}),
        ...(place ? { place } : {}),
        participants: Array.isArray(raw.participants) ? raw.participants.map(linkId).filter((id): id is string => id !== undefined) : [],
      });
    }
  }
  return { events, agreements };
}

// A meeting of heads of state is called a meeting, a summit or talks by different outlets.
const FAMILY: Record<string, string> = { meeting: 'meet', summit: 'meet', talks: 'meet' };
const sameKind = (a: string, b: string) => a === b || (FAMILY[a] !== undefined && FAMILY[a] === FAMILY[b]);

/**
 * The known event a new article's event is another report of, with why: same kind of event,
 * dates that overlap, the same place where both give one, and at least one person in common
 * where both name people. Both must have a date: without one, "a visit by Rahmon" matches every
 * visit he ever made. Undefined when none, or more than one, fits.
 */
export function matchKnownEvent(candidate: EventCandidate, known: readonly KnownEvent[]): { event: KnownEvent; reason: string } | undefined {
  const { bounds } = candidate;
  if (!bounds) return undefined;
  const fits = known.filter((k) => {
    if (!sameKind(candidate.type, k.type) || !k.bounds) return false;
    if (k.bounds.latest < bounds.earliest || bounds.latest < k.bounds.earliest) return false;
    if (candidate.place && k.place && candidate.place !== k.place) return false;
    const knownPeople = k.participants.filter((p) => candidate.participants.includes(p));
    return candidate.people.length === 0 || knownPeople.some((p) => candidate.people.includes(p));
  });
  const only = fits.length === 1 ? fits[0] : undefined;
  if (!only) return undefined;
  const shared = only.participants.filter((p) => candidate.participants.includes(p));
  const reason = [
    `same kind (${only.type})`,
    `dates overlap (${only.bounds?.earliest}…${only.bounds?.latest})`,
    ...(only.place && candidate.place ? [`same place (${only.place})`] : []),
    ...(shared.length ? [`shared participants (${shared.join(', ')})`] : []),
  ].join(', ');
  return { event: only, reason };
}

const titleWords = (title: string) =>
  title
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The known agreement a document named in the article is, by its title: "the Declaration on
 * Allied Cooperation" is the registry's "Declaration on Allied Cooperation". Only a title of three
 * words or more counts, and only one that names a single known agreement: "a joint statement" names
 * a kind of document, not one.
 */
export function matchKnownAgreement(title: string, known: readonly KnownAgreement[]): KnownAgreement | undefined {
  const words = titleWords(title);
  if (words.split(' ').length < 3) return undefined;
  const fits = known.filter((k) => titleWords(k.title) === words);
  return fits.length === 1 ? fits[0] : undefined;
}
