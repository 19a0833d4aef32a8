import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTION_NAMES, dataset, getRecord, records, timeline, titleOf, type CollectionName } from '@kztj/core';
import { CollectionName as CollectionNameSchema, Dataset, Event, RecordId, Source, Span } from '@kztj/core/schema';
import { ANSI, BIN, STACK_LINE, SCHEMAS, kztj, requireBuiltBin } from './built-cli.js';
import { SOURCE_SUGGESTIONS } from './lookup.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const seedsDir = fileURLToPath(new URL('../../../seeds/', import.meta.url));

beforeAll(requireBuiltBin);

/** Every user mistake: one line (two with suggestions) on stderr, nothing on stdout, no stack. */
function expectUserError(run: ReturnType<typeof kztj>, status: 1 | 2, pattern: RegExp) {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).toMatch(/^kztj: /);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(status === 1 ? 2 : 1);
}

const firstIds = COLLECTION_NAMES.filter((c) => records(c).length > 0).map((c) => [c, records(c)[0]!.id] as const);

describe('kztj --version and --help', () => {
  it('prints the package version', () => {
    const run = kztj(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('documents every command, the collections and the exit codes', () => {
    const run = kztj(['--help']);
    expect(run.status).toBe(0);
    for (const command of ['list', 'show', 'search', 'timeline', 'source', 'export']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    for (const collection of COLLECTION_NAMES) expect(run.stdout).toContain(collection);
    expect(run.stdout).toMatch(/^ {2}1 {2}not found/m);
    expect(run.stdout).toMatch(/^ {2}2 {2}usage error/m);
    expect(run.stdout).toContain('NO_COLOR');
  });

  it.each([
    ['list', ['--type', '--entity', '--country', '--source', '--factuality', '--from', '--to', '--json']],
    ['timeline', ['--type', '--country', '--from', '--to', '--json']],
    ['show', ['--json']],
    ['search', ['--limit', '--collection', '--json']],
    ['source', ['--span', '--json']],
    ['export', ['--format', '--collection', 'jsonl', 'csv']],
  ])('documents the options of %s', (command, options) => {
    for (const args of [[command, '--help'], ['help', command]]) {
      const run = kztj(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Usage: kztj ${command}`);
      for (const option of options) expect(run.stdout).toContain(option);
    }
  });
});

describe('kztj list', () => {
  it.each(COLLECTION_NAMES.map((c) => [c]))('lists %s as aligned text', (collection) => {
    const run = kztj(['list', collection]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    if (records(collection).length === 0) return expect(run.stdout).toBe('');
    expect(lines[0]).toMatch(/^ID +TYPE +DATE +TITLE$/);
    expect(lines).toHaveLength(records(collection).length + 1);
    // Aligned: the TITLE column starts at the same place on every line that has a title.
    const titleAt = lines[0]!.indexOf('TITLE');
    for (const [i, record] of records(collection).entries()) expect(lines[i + 1]!.startsWith(`${record.id} `)).toBe(true);
    for (const line of lines.slice(1)) expect(line[titleAt - 1]).toBe(' ');
  });

  it.each(COLLECTION_NAMES.map((c) => [c]))('prints %s as JSON that validates against the schema', (collection) => {
    const run = kztj(['list', collection, '--json']);
    expect(run.status).toBe(0);
    const parsed = z.array(SCHEMAS[collection] as z.ZodType).parse(JSON.parse(run.stdout)) as Array<{ id: string }>;
    expect(parsed.map((r) => r.id)).toEqual(records(collection).map((r) => r.id));
  });

  it('filters by type and says so on stderr when nothing matches', () => {
    const person = dataset.entities.find((e) => e.type === 'person');
    expect(person).toBeDefined();
    const people = JSON.parse(kztj(['list', 'entities', '--type', 'person', '--json']).stdout) as Array<{ type: string }>;
    expect(people.length).toBe(dataset.entities.filter((e) => e.type === 'person').length);
    expect(people.every((e) => e.type === 'person')).toBe(true);

    // A real type that matches nothing here (a typo is a usage error: see below).
    const none = kztj(['list', 'events', '--type', 'visit', '--from', '2090']);
    expect(none.status).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe('kztj: no events match these filters\n');
  });

  it('filters by country given as an ISO code', () => {
    const country = dataset.entities.find((e) => e.type === 'country' && e.codes);
    expect(country).toBeDefined();
    const run = kztj(['list', 'events', '--country', country!.codes!.alpha2.toLowerCase(), '--json']);
    expect(run.status).toBe(0);
    const events = z.array(Event).parse(JSON.parse(run.stdout));
    for (const event of events) {
      const involved = [event.place, ...event.participants.map((p) => p.entity), ...event.reportedBy];
      expect(involved).toContain(country!.id);
    }
  });

  it('exits 1 with suggestions when a filter names an entity, source or country that does not exist', () => {
    const person = dataset.entities.find((e) => e.type === 'person')!;
    const typo = person.id.slice(0, -1);
    expectUserError(kztj(['list', 'events', '--entity', typo]), 1, new RegExp(`^kztj: --entity: no entity with id "${typo}"\nDid you mean: .*${person.id}`));
    expectUserError(kztj(['timeline', '--source', 'nowhere']), 1, new RegExp(`^kztj: --source: no source with id "nowhere"\nDid you mean: ${dataset.sources.slice(0, SOURCE_SUGGESTIONS).map((s) => s.id).join(', ')}\?`));
    const country = dataset.entities.find((e) => e.type === 'country')!;
    expectUserError(kztj(['list', 'events', '--country', `${country.name}x`]), 1, new RegExp(`^kztj: --country: no country matches "${country.name}x".*\nDid you mean: .*${country.id}`));
    // An entity that is not an entity (an event id) is not accepted either.
    expectUserError(kztj(['list', 'events', '--entity', dataset.events[0]!.id]), 1, /--entity: no entity with id/);
  });

  it('rejects an unknown collection, option or malformed date with exit 2', () => {
    expectUserError(kztj(['list', 'people']), 2, /invalid for argument 'collection'.*entities/);
    expectUserError(kztj(['list', 'events', '--bogus']), 2, /unknown option '--bogus'/);
    expectUserError(kztj(['list', 'events', '--from', '2018-3']), 2, /^kztj: --from must be a year, year-month or ISO date.*"2018-3"/);
    expectUserError(kztj(['list', 'events', '--factuality', 'maybe']), 2, /--factuality.*happened/);
    expectUserError(kztj(['list']), 2, /missing required argument 'collection'/);
  });

  it.each([
    ['--from', '2018-13', /^kztj: --from must be a real date: "2018-13" has no month 13 \(months are 01–12\)$/m],
    ['--from', '2018-00', /^kztj: --from must be a real date: "2018-00" has no month 00/],
    ['--to', '2018-02-30', /^kztj: --to must be a real date: "2018-02-30" has no day 30 \(February 2018 has 28 days\)$/m],
    ['--to', '2018-99-99', /^kztj: --to must be a real date: "2018-99-99" has no month 99/],
  ])('rejects %s %s, a date that is not in the calendar, with exit 2 (list and timeline)', (option, value, message) => {
    expectUserError(kztj(['list', 'events', option, value]), 2, message);
    expectUserError(kztj(['timeline', option, value, '--json']), 2, message);
  });

  it('accepts a leap day and rejects the same day in a common year', () => {
    expect(kztj(['list', 'events', '--from', '2016-02-29']).status).toBe(0);
    expectUserError(kztj(['list', 'events', '--from', '2017-02-29']), 2, /has no day 29 \(February 2017 has 28 days\)/);
  });

  it('rejects an unknown --type with exit 2, naming the closest types', () => {
    expectUserError(kztj(['list', 'entities', '--type', 'persn']), 2, /^kztj: --type: entities have no type "persn" \(did you mean person\?\); expected one of person, country, /);
    expectUserError(kztj(['list', 'events', '--type', 'Visit']), 2, /^kztj: --type: events have no type "Visit" \(did you mean visit\?\)/);
    expectUserError(kztj(['timeline', '--type', 'sumit']), 2, /did you mean summit\?/);
    expectUserError(kztj(['list', 'events', '--type', 'zzzzzz']), 2, /^kztj: --type: events have no type "zzzzzz"; expected one of visit, /);
    expectUserError(kztj(['list', 'sources', '--type', 'article']), 2, /^kztj: --type: sources have no type to filter by$/m);
  });

  it('accepts every type of the vocabulary, also one no record has yet (exit 0, nothing matches)', async () => {
    const { EntityType } = await import('@kztj/core/schema');
    const unused = EntityType.options.find((type) => !dataset.entities.some((e) => e.type === type));
    for (const type of EntityType.options.filter((t) => t !== unused).slice(0, 2)) expect(kztj(['list', 'entities', '--type', type]).status).toBe(0);
    if (unused) {
      const run = kztj(['list', 'entities', '--type', unused]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('kztj: no entities match these filters\n');
    }
  });
});

describe('kztj timeline', () => {
  it('prints dated events in date order', () => {
    const run = kztj(['timeline', '--json']);
    expect(run.status).toBe(0);
    const events = z.array(Event).parse(JSON.parse(run.stdout));
    expect(events.map((e) => e.id)).toEqual(timeline().map((e) => e.id));
    const earliest = events.map((e) => e.date!.earliest);
    expect(earliest).toEqual([...earliest].sort());

    const plain = kztj(['timeline']);
    expect(plain.status).toBe(0);
    expect(plain.stdout.trimEnd().split('\n')).toHaveLength(events.length + 1);
  });

  it('applies the same filters as list', () => {
    const year = timeline()[0]?.date?.earliest.slice(0, 4);
    expect(year).toBeDefined();
    const events = z.array(Event).parse(JSON.parse(kztj(['timeline', '--from', year!, '--to', year!, '--json']).stdout));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.date!.earliest <= `${year}-12-31` && e.date!.latest >= `${year}-01-01`).toBe(true);
    expectUserError(kztj(['timeline', '--to', 'yesterday']), 2, /--to must be/);
  });
});

describe('kztj show', () => {
  it.each(firstIds)('shows a record of %s with fields, evidence and related records', (collection, id) => {
    const run = kztj(['show', id]);
    expect(run.status).toBe(0);
    const ref = getRecord(id)!;
    const lines = run.stdout.split('\n');
    expect(lines[1]).toContain(`${id} · ${collection}`);
    expect(run.stdout).toContain('Evidence');
    // The evidence span is marked inside its sentence.
    expect(run.stdout).toContain(`[[${ref.record.evidence[0]!.exact}]]`);
  });

  it.each(firstIds)('prints a record of %s as JSON that validates', (collection, id) => {
    const run = kztj(['show', id, '--json']);
    expect(run.status).toBe(0);
    const shown = z
      .object({
        collection: CollectionNameSchema,
        record: SCHEMAS[collection] as z.ZodType,
        related: z.array(z.object({ relation: z.string().min(1), id: RecordId, collection: CollectionNameSchema, title: z.string() })),
      })
      .parse(JSON.parse(run.stdout));
    expect(shown.collection).toBe(collection);
    for (const link of shown.related) expect(getRecord(link.id)?.collection).toBe(link.collection);
  });

  it('exits 1 with "did you mean" for an unknown id', () => {
    const person = dataset.entities.find((e) => e.type === 'person')!;
    const lastName = person.name.split(' ').at(-1)!.toLowerCase();
    const run = kztj(['show', lastName]);
    expectUserError(run, 1, new RegExp(`^kztj: no record with id "${lastName}"\\nDid you mean: .*${person.id}.*\\?\\n$`));
    expectUserError(kztj(['show', 'zzzzqqqq']), 1, /^kztj: no record with id "zzzzqqqq"\n$/);
  });
});

describe('kztj search', () => {
  const entity = dataset.entities[0]!;

  it('finds a record by a misspelt word and marks the match', () => {
    const word = entity.name.split(' ').at(-1)!;
    // Drop a letter in the middle: the core's search is typo tolerant.
    const typo = word.length > 4 ? word.slice(0, 2) + word.slice(3) : word;
    const run = kztj(['search', typo]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${entity.id} +entities +${entity.name}$`, 'm'));
    expect(run.stdout).toContain('[[');
  });

  it('prints hits as JSON that point at real records', () => {
    const run = kztj(['search', entity.name, '--json', '--limit', '2']);
    expect(run.status).toBe(0);
    const hits = z
      .array(
        z.object({
          id: RecordId,
          collection: CollectionNameSchema,
          title: z.string(),
          score: z.number(),
          snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
        }),
      )
      .parse(JSON.parse(run.stdout));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(2);
    for (const hit of hits) expect(getRecord(hit.id)?.collection).toBe(hit.collection);
  });

  it('restricts hits to one collection', () => {
    const hits = JSON.parse(kztj(['search', entity.name, '--collection', 'events', '--json']).stdout) as Array<{ collection: string }>;
    expect(hits.every((h) => h.collection === 'events')).toBe(true);
  });

  it('reports no matches on stderr with exit 0, and rejects a bad limit', () => {
    const run = kztj(['search', 'qqqqzzzzxxxx']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('kztj: nothing matches "qqqqzzzzxxxx"\n');
    expect(kztj(['search', 'qqqqzzzzxxxx', '--json']).stdout).toBe('[]\n');
    expectUserError(kztj(['search', 'x', '--limit', '0']), 2, /--limit.*positive whole number/);
    expectUserError(kztj(['search']), 2, /missing required argument 'query'/);
  });

  it('marks only words the search matched, and gives every hit a marked word (the core marks them)', () => {
    const foreign = kztj(['search', 'foreign', 'ministries']);
    expect(foreign.status).toBe(0);
    expect(foreign.stdout).toContain('[[');
    expect(foreign.stdout.toLowerCase()).not.toContain('[[for]]');
    const wate = kztj(['search', 'wate']).stdout.trimEnd().split('\n');
    expect(wate.length).toBeGreaterThan(1);
    // Each hit is a line and an indented snippet: every snippet has a mark.
    for (const snippet of wate.filter((line) => line.startsWith('    '))) expect(snippet).toMatch(/\[\[[^\]]+\]\]/);
  });

  it.each([[''], ['   '], ['%%%'], ['--json', '']])('rejects a query with no word to look for (%j) with exit 2', (...args) => {
    expectUserError(kztj(['search', ...args]), 2, /^kztj: search needs a word to look for \(letters or digits\); got "/);
  });
});

describe('kztj source', () => {
  const source = dataset.sources[0]!;
  const span = dataset.events[0]?.evidence[0] ?? source.evidence[0]!;

  it.each(dataset.sources.map((s) => [s.id, s] as const))('prints %s exactly as the source text (and the seed file) has it', (_id, each) => {
    const run = kztj(['source', each.id]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(each.text);
    // Byte for byte: the output hashes to the record's sha256, and is the seed file itself.
    const bytes = spawnSync(process.execPath, [BIN, 'source', each.id]).stdout;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(each.sha256);
    const seed = `${seedsDir}${each.file}`;
    expect(existsSync(seed)).toBe(true);
    expect(bytes.equals(readFileSync(seed))).toBe(true);
  });

  it('shows a span in its sentence with the records that cite it', () => {
    const run = kztj(['source', span.source, '--span', `${span.start}-${span.end}`]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`[[${span.exact}]]`);
    expect(run.stdout).toMatch(/^SPAN +KIND +ID +TITLE$/m);
  });

  it('prints source and span as JSON that validates', () => {
    const run = kztj(['source', span.source, '--span', `${span.start}-${span.end}`, '--json']);
    expect(run.status).toBe(0);
    const out = z
      .object({ source: Source, span: Span, annotations: z.array(z.object({ start: z.number(), end: z.number(), kind: z.string(), recordId: RecordId })) })
      .parse(JSON.parse(run.stdout));
    expect(out.span).toEqual(expect.objectContaining({ start: span.start, end: span.end, exact: span.exact }));
    expect(out.annotations.length).toBeGreaterThan(0);
    for (const a of out.annotations) expect(a.start < span.end && span.start < a.end).toBe(true);
    const whole = z.object({ source: Source }).parse(JSON.parse(kztj(['source', source.id, '--json']).stdout));
    expect(whole.source.text).toBe(source.text);
  });

  it('rejects a malformed or out-of-range span with exit 2 and an unknown source with exit 1', () => {
    expectUserError(kztj(['source', source.id, '--span', '10']), 2, /--span must be start-end.*"10"/);
    expectUserError(kztj(['source', source.id, '--span', '20-10']), 2, /--span must be start-end/);
    expectUserError(kztj(['source', source.id, '--span', `1-${source.text.length + 5}`]), 2, new RegExp(`runs past the end of source "${source.id}" \\(length ${source.text.length}\\)`));
    expectUserError(kztj(['source', 'no-such-article']), 1, /^kztj: no source with id "no-such-article"\nDid you mean: /);
  });
});

describe('kztj export', () => {
  it('exports the whole dataset as JSON that validates', () => {
    const run = kztj(['export']);
    expect(run.status).toBe(0);
    const parsed = Dataset.parse(JSON.parse(run.stdout));
    expect(parsed.dataVersion).toBe(dataset.dataVersion);
    expect(JSON.parse(kztj(['export', '--format', 'json', '--collection', 'events']).stdout)).toEqual(dataset.events);
  });

  it('exports JSON lines of {collection, record}', () => {
    const run = kztj(['export', '--format', 'jsonl']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(COLLECTION_NAMES.reduce((n, c) => n + records(c).length, 0));
    for (const line of lines) {
      const { collection, record } = z.object({ collection: CollectionNameSchema, record: z.unknown() }).parse(JSON.parse(line));
      SCHEMAS[collection as CollectionName].parse(record);
    }
  });

  it("exports a collection as the core's own CSV", () => {
    const run = kztj(['export', '--format', 'csv', '--collection', 'events']);
    expect(run.status).toBe(0);
    const coreCsv = readFileSync(createRequire(import.meta.url).resolve('@kztj/core/csv/events.csv'), 'utf8');
    expect(run.stdout).toBe(coreCsv);
  });

  it('rejects csv without a collection and unknown formats with exit 2', () => {
    expectUserError(kztj(['export', '--format', 'csv']), 2, /--format csv needs --collection/);
    expectUserError(kztj(['export', '--format', 'xml']), 2, /--format.*json, jsonl, csv/);
  });

  it('stops quietly when the reader closes the pipe', () => {
    const sh = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" export --format jsonl | head -n 1`], { encoding: 'utf8' });
    expect(sh.status).toBe(0);
    expect(sh.stdout.split('\n')).toHaveLength(2);
    expect(sh.stderr).toBe('');
  });
});

describe('modes, colour and usage', () => {
  it('refuses the interactive browser without a terminal', () => {
    expectUserError(kztj([]), 2, /interactive browser needs a terminal/);
  });

  it('rejects unknown commands with a suggestion', () => {
    expectUserError(kztj(['lst', 'events']), 2, /^kztj: unknown command 'lst' \(did you mean list\?\)\n$/);
    expectUserError(kztj(['help', 'lst']), 2, /^kztj: unknown command "lst" \(see kztj --help\)\n$/);
    expectUserError(kztj(['--']), 2, /^kztj: no command given \(see kztj --help\)\n$/);
  });

  it('never writes colour codes to a pipe, even with FORCE_COLOR, and honours NO_COLOR', () => {
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '3' }, {}]) {
      for (const args of [['list', 'events'], ['show', firstIds[0]![1]], ['search', dataset.entities[0]!.name], ['--help']]) {
        const run = kztj(args, env);
        expect(run.status).toBe(0);
        expect(run.stdout).not.toMatch(ANSI);
      }
    }
  });
});

describe('kztj list and timeline for scripts: --sort, --reverse, --limit, --fields', () => {
  const ids = (run: ReturnType<typeof kztj>) => (JSON.parse(run.stdout) as Array<{ id: string }>).map((r) => r.id);
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

  it('sorts by id and title, reversed on request, and keeps the first n after sorting', () => {
    const byId = records('entities').map((e) => e.id).sort(collator.compare);
    expect(ids(kztj(['list', 'entities', '--sort', 'id', '--json']))).toEqual(byId);
    expect(ids(kztj(['list', 'entities', '--sort', 'id', '--reverse', '--json']))).toEqual([...byId].reverse());
    expect(ids(kztj(['list', 'entities', '--sort', 'id', '--limit', '3', '--json']))).toEqual(byId.slice(0, 3));
    const titles = kztj(['list', 'agreements', '--sort', 'title', '--fields', 'title', '--json']);
    const got = (JSON.parse(titles.stdout) as Array<{ title: string }>).map((r) => r.title);
    expect(got).toEqual([...got].sort(collator.compare));
    expect(got.length).toBe(records('agreements').length);
  });

  it('sorts by date with undated records last, also when reversed (newest first)', () => {
    const dated = (list: string[]) => list.filter((id) => getRecord(id)!.collection === 'events' && dataset.events.find((e) => e.id === id)!.date);
    const ascending = ids(kztj(['list', 'events', '--sort', 'date', '--json']));
    const descending = ids(kztj(['list', 'events', '--sort', 'date', '--reverse', '--json']));
    const undated = dataset.events.filter((e) => !e.date).length;
    expect(undated).toBeGreaterThan(0);
    expect(ascending.slice(0, ascending.length - undated)).toEqual(timeline().map((e) => e.id));
    const days = dated(descending).map((id) => dataset.events.find((e) => e.id === id)!.date!.earliest);
    expect(days).toEqual([...days].sort().reverse());
    expect(descending.slice(-undated).every((id) => !dataset.events.find((e) => e.id === id)!.date)).toBe(true);
  });

  it('prints just the fields asked for, as columns or as JSON keys, in the order given', () => {
    const plain = kztj(['list', 'events', '--fields', 'factuality,id', '--limit', '2']);
    expect(plain.status).toBe(0);
    const lines = plain.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^FACTUALITY +ID$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^${records('events')[0]!.factuality} +${records('events')[0]!.id}$`));
    const json = JSON.parse(kztj(['list', 'events', '--fields', 'id,place,title', '--limit', '1', '--json']).stdout) as object[];
    const first = records('events')[0]!;
    expect(json).toEqual([{ id: first.id, place: first.place ?? null, title: titleOf({ collection: 'events', record: first }) }]);
    expect(Object.keys(json[0]!)).toEqual(['id', 'place', 'title']);
  });

  it('rejects an unknown field, a repeated one, a bad sort and a bad limit with exit 2', () => {
    expectUserError(kztj(['list', 'events', '--fields', 'id,titel']), 2, /^kztj: --fields: events have no field "titel" \(did you mean title\?\); fields: id, type, date, title, collection, /);
    expectUserError(kztj(['list', 'events', '--fields', 'id,id']), 2, /--fields names a field twice/);
    expectUserError(kztj(['timeline', '--sort', 'size']), 2, /--sort.*id, date, title, type/);
    expectUserError(kztj(['list', 'events', '--limit', '0']), 2, /--limit.*positive whole number/);
  });

  it('prints [] for --json when nothing matches, with the note on stderr and exit 0', () => {
    for (const args of [['list', 'events', '--from', '2090', '--json'], ['timeline', '--to', '1900', '--json']]) {
      const run = kztj(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('[]\n');
      expect(run.stderr).toBe('kztj: no events match these filters\n');
    }
  });

  it('shows no TYPE for sources (they have none) rather than the collection name', () => {
    const lines = kztj(['list', 'sources']).stdout.trimEnd().split('\n').slice(1);
    expect(lines.length).toBe(records('sources').length);
    for (const line of lines) expect(line).not.toMatch(/ sources /);
  });
});

describe('write errors', () => {
  it.each([
    [['export']],
    [['export', '--format', 'jsonl']],
    [['list', 'events']],
    [['show', dataset.events[0]!.id, '--json']],
  ])('%j > /dev/full: one line on stderr and exit 1, no stack trace', (args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('kztj: cannot write to stdout: no space left on device (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  });
});
