import { afterEach, describe, expect, it, vi } from 'vitest';

// Colour must be decided before Ink (and its chalk) load, so frames carry real styling codes.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

import { cleanup, render } from 'ink-testing-library';
import { allIds, dataset, getRecord, related, search, timeline, titleOf } from '@kztj/core';
import { App } from './app.js';
import { KEY_HELP, KEY_HINTS } from './keys.js';
import { SECTIONS, matchesSectionFilter, sectionOf, sectionRecords } from './sections.js';
import { annotatedSpans, neighbourSpan } from './source-spans.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const plain = (frame: string | undefined) => (frame ?? '').replace(ANSI, '');

type Rendered = ReturnType<typeof render>;

/** Polls the last frame until it satisfies the check (input is handled asynchronously). */
async function frameWhere(app: Rendered, check: (frame: string) => boolean, what: string): Promise<string> {
  // Generous: CI runs every workspace's tests at once on two cores, sometimes beside other builds.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const frame = plain(app.lastFrame());
    if (check(frame)) return frame;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last frame:\n${frame}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const frameWith = (app: Rendered, text: string) => frameWhere(app, (f) => f.includes(text), JSON.stringify(text));

/** Presses keys one at a time, as a person would (a burst would arrive as one paste). */
async function press(app: Rendered, ...keys: string[]) {
  for (const key of keys) {
    app.stdin.write(key);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const KEYS = { enter: '\r', escape: '\u001b', backspace: '\u007f', tab: '\t', down: '\u001b[B' };

/** The title line (second line of the screen). */
const titleLine = (frame: string) => frame.split('\n')[1] ?? '';

function renderApp(colors = false, onSuspend?: () => Promise<void>, styles = true) {
  return render(<App colors={colors} styles={styles} onSuspend={onSuspend} />);
}

afterEach(() => {
  cleanup();
});

describe('sections', () => {
  it.each(SECTIONS.map((s) => [s.label, s] as const))('renders %s with its records and the first one in the detail pane', async (_label, section) => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    if (section.key) await press(app, section.key);
    else for (let i = 0; i < SECTIONS.length - 1; i++) await press(app, KEYS.tab);
    const records = sectionRecords(section.id);
    const frame = await frameWith(app, `${section.label} · ${records.length} record`);
    const first = records[0];
    if (!first) return expect(frame).toContain('Nothing in this section.');
    // The selected row is marked without relying on colour, and the detail pane shows its id.
    expect(frame).toMatch(/^› /m);
    expect(frame).toContain(first.record.id.slice(0, 30));
  });

  it('lists every record of the dataset in exactly one section', () => {
    const listed = SECTIONS.flatMap((s) => sectionRecords(s.id).map((r) => r.record.id));
    expect([...listed].sort()).toEqual(allIds().sort());
  });

  it('lists every event on the timeline: dated in date order, then undated', async () => {
    const records = sectionRecords('timeline');
    expect(records.map((r) => r.record.id).sort()).toEqual(dataset.events.map((e) => e.id).sort());
    const dated = records.filter((r) => r.collection === 'events' && r.record.date).map((r) => r.record.id);
    expect(dated).toEqual(timeline().map((e) => e.id));
    expect(records.slice(0, dated.length).map((r) => r.record.id)).toEqual(dated);
  });

  it('moves the selection with j/k and arrows, and g/G jump to the ends', async () => {
    const app = renderApp();
    const records = sectionRecords('timeline');
    await frameWith(app, 'Timeline ·');
    await press(app, 'j', KEYS.down);
    await frameWith(app, records[2]!.record.id.slice(0, 30));
    await press(app, 'G');
    await frameWith(app, records.at(-1)!.record.id.slice(0, 30));
    await press(app, 'g');
    await frameWith(app, records[0]!.record.id.slice(0, 30));
  });
});

describe('filter and order within a section', () => {
  it('filters the section as you type (q and s are letters here), enter keeps it, esc clears it', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    const people = sectionRecords('people');
    const target = people.at(-1)!;
    const word = titleOf(target).split(' ').at(-1)!.toLowerCase();
    const expected = people.filter((ref) => matchesSectionFilter(ref, word));
    expect(expected.length).toBeLessThan(people.length);
    await press(app, '2', 'f');
    await frameWith(app, `People · ${people.length} records · filter: ▏`);
    app.stdin.write(word);
    const filtered = await frameWith(app, `People · ${expected.length} of ${people.length} records · filter: ${word}▏`);
    for (const ref of expected) expect(filtered).toContain(titleOf(ref).slice(0, 20));
    await press(app, KEYS.enter);
    await frameWith(app, `People · ${expected.length} of ${people.length} records · filter: ${word}`);
    // The filter stays as you open a record and come back.
    await press(app, KEYS.enter);
    await frameWhere(app, (f) => titleLine(f).startsWith('People › '), 'the record');
    await press(app, KEYS.escape);
    await frameWith(app, `filter: ${word}`);
    await press(app, KEYS.escape);
    await frameWith(app, `People · ${people.length} records`);
    expect(titleLine(plain(app.lastFrame()))).not.toContain('filter');
  });

  it('types q and s into the filter instead of quitting or opening the source', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    await press(app, 'f');
    app.stdin.write('qs');
    await frameWith(app, 'filter: qs▏');
    await frameWith(app, 'No match (esc clears the filter).');
  });

  it('orders the section by title, date and id with o, and back to its own order', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    const agreements = sectionRecords('agreements');
    const byTitle = [...agreements].sort((a, b) => new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare(titleOf(a), titleOf(b)));
    await press(app, '6', 'o');
    const frame = await frameWith(app, 'Agreements · 14 records · by title'.replace('14', String(agreements.length)));
    expect(frame).toMatch(new RegExp(`^› ${titleOf(byTitle[0]!).slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    await press(app, 'o');
    await frameWith(app, '· by date');
    await press(app, 'o');
    await frameWith(app, '· by id');
    await press(app, 'o');
    await frameWhere(app, (f) => titleLine(f) === `Agreements · ${agreements.length} records`, 'the own order');
  });

  it('gives the list two fifths of a wide terminal, so long titles show whole', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    const longest = [...sectionRecords('timeline')].sort((a, b) => titleOf(b).length - titleOf(a).length)[0]!;
    expect(titleOf(longest).length).toBeGreaterThan(50);
    Object.defineProperty(app.stdout, 'columns', { value: 200, configurable: true });
    app.stdout.emit('resize');
    await frameWith(app, titleOf(longest).slice(0, 60));
  });
});

describe('search', () => {
  it('updates the results as each letter is typed', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    await press(app, '/');
    await frameWith(app, 'Type to search every record.');
    let query = '';
    for (const letter of 'migration') {
      query += letter;
      await press(app, letter);
      const hits = search(query, { limit: 50 });
      const frame = await frameWith(app, `Search: ${query}▏`);
      if (hits.length > 0) await frameWith(app, `${hits.length} hit${hits.length === 1 ? '' : 's'}`);
      else expect(frame).toContain('No matches.');
    }
    const top = search('migration', { limit: 50 })[0]!;
    expect(plain(app.lastFrame())).toContain(top.id.slice(0, 30));
    // Backspace takes a letter off; with the query empty it leaves the search.
    await press(app, KEYS.backspace);
    await frameWith(app, 'Search: migratio▏');
  });

  it('opens the chosen hit, and back returns to the results', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    await press(app, '/', ...'migration');
    await frameWith(app, 'Search: migration▏');
    const hits = search('migration', { limit: 50 });
    expect(hits.length).toBeGreaterThan(1);
    await press(app, KEYS.down, KEYS.enter);
    const ref = getRecord(hits[1]!.id)!;
    await frameWhere(app, (f) => titleLine(f).startsWith(`${sectionOf(ref.record.id)!.label} › ${titleOf(ref).slice(0, 40)}`), 'the opened hit');
    await press(app, KEYS.escape);
    await frameWith(app, 'Search: migration▏');
  });
});

describe('keys that arrive together', () => {
  // Fast typists, held keys and tmux send-keys deliver several keys in one read: each must act.
  it('deletes three letters for three backspaces in one write', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    app.stdin.write('/astana');
    await frameWith(app, 'Search: astana▏');
    app.stdin.write('\u007f\u007f\u007f');
    const frame = await frameWith(app, 'Search: ast▏');
    const hits = search('ast', { limit: 50 }).length;
    expect(frame).toContain(`${hits} hit${hits === 1 ? '' : 's'}`);
    // Nothing invisible was typed: one more backspace leaves "as".
    await press(app, KEYS.backspace);
    await frameWith(app, 'Search: as▏');
  });

  it('moves two sections for tab tab, and two pages for ctrl-d ctrl-d', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    app.stdin.write('\t\t');
    await frameWith(app, `Places · ${sectionRecords('places').length} record`);
    app.stdin.write('1');
    await frameWith(app, 'Timeline ·');
    // A page is the body height: the rows less the tab bar, title, hints and a free row. The
    // smallest terminal keeps two pages inside the timeline.
    Object.defineProperty(app.stdout, 'rows', { value: 16, configurable: true });
    app.stdout.emit('resize');
    // Keys act on what is drawn: wait for the smaller layout (15 lines) first.
    await frameWhere(app, (f) => f.split('\n').length === 15, 'the 16-row layout');
    const page = 16 - 4;
    expect(sectionRecords('timeline').length).toBeGreaterThan(2 * page);
    app.stdin.write('\u0004\u0004');
    await frameWhere(app, (f) => f.includes(sectionRecords('timeline')[2 * page]!.record.id.slice(0, 30)), 'the record two pages down');
  });

  it('walks back twice for escape escape in one write', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    const event = sectionRecords('timeline')[0]!;
    const target = related(event.record.id)[0]!.target;
    app.stdin.write('\r');
    await frameWhere(app, (f) => titleLine(f).startsWith('Timeline › '), 'the event');
    app.stdin.write('\r');
    await frameWhere(app, (f) => titleLine(f).startsWith(`${sectionOf(target.record.id)!.label} › ${titleOf(target).slice(0, 40)}`), 'the related record');
    app.stdin.write('\u001b\u001b');
    await frameWith(app, 'Timeline ·');
  });

  it('acts on mixed keys in order: down, down, enter in one write opens the third record', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    const third = sectionRecords('timeline')[2]!;
    app.stdin.write('\u001b[Bj\r');
    await frameWhere(app, (f) => titleLine(f).startsWith(`Timeline › ${titleOf(third).slice(0, 40)}`), 'the third record');
  });
});

describe('ctrl keys', () => {
  const CLEAR = '\u001b[2J';
  const clears = (app: Rendered) => app.frames.filter((f) => f.includes(CLEAR)).length;

  it('redraws the whole screen on ctrl-l instead of following the selected relation', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    const event = sectionRecords('timeline')[0]!;
    await press(app, KEYS.enter);
    await frameWhere(app, (f) => titleLine(f).startsWith(`Timeline › ${titleOf(event).slice(0, 40)}`), 'the event');
    expect(clears(app)).toBe(0);
    await press(app, '\u000c');
    await frameWhere(app, () => clears(app) === 1, 'a cleared screen');
    // The record is still the one shown (the repaint itself is checked in tmux: Ink's test
    // renderer does not repaint after a write).
    await press(app, 'j');
    expect(titleLine(plain(app.lastFrame()))).toContain(titleOf(event).slice(0, 40));
  });

  it('never reads ctrl plus a letter as the letter: ctrl-s opens no source, ctrl-q does not quit', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    await press(app, '\u0013', '\u0011', '\u0007');
    expect(plain(app.lastFrame())).not.toContain('Source › ');
    // Had ctrl-q quit, the s after it would have no effect; it opens the source view.
    await press(app, 's');
    await frameWith(app, 'Source › ');
  });

  it('suspends on ctrl-z and repaints once resumed', async () => {
    let resume: () => void = () => {};
    let suspended = 0;
    const app = renderApp(false, () => {
      suspended += 1;
      return new Promise<void>((resolve) => (resume = resolve));
    });
    await frameWith(app, 'Timeline ·');
    await press(app, '\u001a');
    await frameWhere(app, () => suspended === 1, 'the suspend');
    expect(clears(app)).toBe(0);
    resume();
    await frameWhere(app, () => clears(app) === 1, 'the repaint after resuming');
    await press(app, 'j');
    await frameWith(app, sectionRecords('timeline')[1]!.record.id.slice(0, 30));
  });
});

describe('records', () => {
  it('opens a record with its fields, factuality, evidence and related records', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    const event = sectionRecords('timeline')[1]!;
    await press(app, 'j', KEYS.enter);
    const frame = await frameWhere(app, (f) => titleLine(f).startsWith('Timeline › '), 'the record view');
    expect(titleLine(frame)).toContain(titleOf(event).slice(0, 40));
    expect(frame).toContain('Factuality');
    expect(frame).toContain('Evidence');
    const span = event.record.evidence[0]!;
    expect(frame).toContain(`${span.source} ${span.start}-${span.end}`);
    expect(frame).toContain(`Related (${related(event.record.id).length})`);
  });

  it('follows a relation and walks back through the history', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    const event = sectionRecords('timeline')[0]!;
    const links = related(event.record.id);
    expect(links.length).toBeGreaterThan(1);
    await press(app, KEYS.enter);
    await frameWhere(app, (f) => titleLine(f).startsWith(`Timeline › ${titleOf(event).slice(0, 40)}`), 'the event');

    await press(app, 'j', KEYS.enter);
    const target = links[1]!.target;
    await frameWhere(app, (f) => titleLine(f).startsWith(`${sectionOf(target.record.id)!.label} › ${titleOf(target).slice(0, 40)}`), 'the related record');

    await press(app, KEYS.escape);
    const back = await frameWhere(app, (f) => titleLine(f).startsWith(`Timeline › ${titleOf(event).slice(0, 40)}`), 'the event again');
    // The related record we followed is still selected.
    expect(back).toMatch(new RegExp(`^› ${links[1]!.relation}`, 'm'));
    await press(app, KEYS.backspace);
    await frameWith(app, 'Timeline ·');
  });

  it('scrolls details that do not fit with J and K', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    // Organisations and people carry many mentions: their details outgrow a 24-row terminal.
    await press(app, '2', KEYS.enter);
    const opened = await frameWhere(app, (f) => titleLine(f).startsWith('People › '), 'the record view');
    const counter = /details 1–(\d+) of (\d+), J\/K to scroll/.exec(opened);
    expect(counter).not.toBeNull();
    await press(app, 'J', 'J');
    await frameWith(app, `details 3–${Number(counter![1]) + 2} of ${counter![2]}`);
    await press(app, 'K');
    await frameWith(app, `details 2–${Number(counter![1]) + 1} of ${counter![2]}`);
  });

  it('opens the source view scrolled to the record’s evidence', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    const event = sectionRecords('timeline').at(-1)!;
    await press(app, 'G', 's');
    const frame = await frameWith(app, 'Source › ');
    const span = event.record.evidence[0]!;
    // The evidence (its first words, which can wrap) is on screen even though it is deep in the article.
    expect(frame).toContain(span.exact.split(' ').slice(0, 2).join(' '));
    expect(frame).toMatch(/lines \d+–\d+ of \d+/);
    await press(app, KEYS.escape);
    await frameWith(app, 'Timeline ·');
  });
});

describe('source view', () => {
  it('moves the highlight from span to span and opens the record of the highlighted one', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    const event = sectionRecords('timeline')[0]!;
    const evidence = event.record.evidence[0]!;
    await press(app, 's');
    await frameWith(app, 'Source › ');
    const spans = annotatedSpans(evidence.source);
    const next = neighbourSpan(spans, evidence, 1)!;
    const target = getRecord(next.annotations[0]!.recordId)!;
    await press(app, 'n');
    await frameWith(app, `enter opens ${titleOf(target).slice(0, 30)}`);
    await press(app, KEYS.enter);
    await frameWhere(app, (f) => titleLine(f).startsWith(`${sectionOf(target.record.id)!.label} › ${titleOf(target).slice(0, 40)}`), 'the highlighted span’s record');
    // Back returns to the article with the same span highlighted.
    await press(app, KEYS.escape);
    await frameWith(app, `enter opens ${titleOf(target).slice(0, 30)}`);
  });
});

describe('source view: n and p from what is on screen, and a mark without styling', () => {
  const linesOf = (frame: string) => /lines (\d+)–(\d+) of (\d+)/.exec(titleLine(frame))?.slice(1).join('/');

  it('steps from the text on screen after scrolling away from the highlight, without jumping back', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    await press(app, 's');
    const opened = await frameWith(app, 'Source › ');
    await press(app, 'G');
    const bottom = await frameWhere(app, (f) => linesOf(f) !== linesOf(opened), 'the bottom of the article');
    const [, last, total] = /lines \d+–(\d+) of (\d+)/.exec(titleLine(bottom))!;
    expect(last).toBe(total);
    // The highlight was far above; n picks a span on this screen and the view stays put.
    await press(app, 'n');
    const stepped = await frameWhere(app, (f) => /^› /m.test(f.split('\n').slice(2).join('\n')) && f.includes('enter opens'), 'a highlighted span on screen');
    expect(linesOf(stepped)).toBe(linesOf(bottom));
    // Back to the top, far from the new highlight: p picks the last span on this screen.
    await press(app, 'g');
    const top = await frameWhere(app, (f) => titleLine(f).includes('lines 1–'), 'the top of the article');
    await press(app, 'p');
    const previous = await frameWhere(app, (f) => /^› /m.test(f.split('\n').slice(2).join('\n')), 'a highlighted span at the top');
    expect(linesOf(previous)).toBe(linesOf(top));
  });

  it('marks the highlighted span’s lines with › when the terminal shows no styling, and says so', async () => {
    const app = renderApp(false, undefined, false);
    await frameWith(app, 'Timeline ·');
    const span = sectionRecords('timeline')[0]!.record.evidence[0]!;
    await press(app, 's');
    const frame = await frameWith(app, '› marks the lines of the highlighted span');
    const marked = frame.split('\n').filter((line) => line.startsWith('› ')).map((line) => line.slice(2)).join(' ');
    expect(marked).toContain(span.exact.split(' ')[0]);
  });
});

describe('small things', () => {
  it('keeps every key hint line within 80 columns', () => {
    for (const hints of Object.values(KEY_HINTS)) expect(hints.length).toBeLessThanOrEqual(80);
  });

  it('shows a record’s details from the top again when the window grows past their scroll', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    await press(app, '2', KEYS.enter);
    const opened = await frameWhere(app, (f) => titleLine(f).startsWith('People › '), 'the record view');
    const total = Number(/details 1–\d+ of (\d+)/.exec(opened)![1]);
    for (let i = 0; i < total; i++) app.stdin.write('J');
    await frameWhere(app, (f) => new RegExp(`details \\d+–${total} of ${total}`).test(f), 'the end of the details');
    Object.defineProperty(app.stdout, 'rows', { value: total + 40, configurable: true });
    app.stdout.emit('resize');
    // Everything fits now: no counter, and the first detail line (the title) is back on screen.
    const grown = await frameWhere(app, (f) => !/details \d+–\d+ of/.test(f) && f.split('\n').length > 30, 'the taller layout');
    expect(grown.split('\n')[2]).toContain(titleLine(opened).replace(/^People › /, '').slice(0, 30));
    // Shrinking again brings the counter back.
    Object.defineProperty(app.stdout, 'rows', { value: 24, configurable: true });
    app.stdout.emit('resize');
    await frameWhere(app, (f) => /details \d+–\d+ of/.test(f), 'the counter again');
  });

  it('shows the end of a search query longer than the line, where the typing is', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    const query = `${'astana '.repeat(20)}end`;
    await press(app, '/');
    app.stdin.write(query);
    const frame = await frameWhere(app, (f) => titleLine(f).endsWith('end▏'), 'the end of the query');
    expect(titleLine(frame).startsWith('Search: …')).toBe(true);
    expect(titleLine(frame).length).toBeLessThanOrEqual(100);
  });
});

describe('help, size and colour', () => {
  it('shows every key in the help overlay, scrolls it, and closes it with any other key', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    await press(app, '?');
    const top = await frameWith(app, 'Keys (↓↑ j k scroll this list');
    // Whatever does not fit at first comes into view by scrolling: together, every key is shown.
    const seen = [top];
    for (let i = 0; i < 30; i++) {
      await press(app, 'j');
      seen.push(plain(app.lastFrame()));
    }
    const all = seen.join('\n').replace(/\s+/g, ' ');
    for (const { keys, action } of KEY_HELP) {
      // A long key list may wrap within its column, at a comma.
      for (const part of keys.split(', ')) expect(all).toContain(part);
      expect(all).toContain(action.split(' ').slice(0, 4).join(' '));
    }
    await press(app, 'x');
    await frameWhere(app, (f) => !f.includes('Keys (↓↑'), 'the overlay to close');
    await frameWith(app, 'Timeline ·');
  });

  it('replaces the layout with a clear message when the terminal is too small, and recovers', async () => {
    const app = renderApp();
    await frameWith(app, 'Timeline ·');
    Object.defineProperty(app.stdout, 'columns', { value: 40, configurable: true });
    app.stdout.emit('resize');
    const frame = await frameWith(app, 'Terminal too small');
    expect(frame.replace(/\s+/g, ' ')).toMatch(/needs at least 60×16; this one is 40×\d+\. Enlarge it, or press q to quit\./);
    expect(frame).not.toContain('Timeline ·');
    Object.defineProperty(app.stdout, 'columns', { value: 100, configurable: true });
    app.stdout.emit('resize');
    await frameWith(app, 'Timeline ·');
  });

  it('draws no colour codes with colours off, but keeps the selection visible', async () => {
    const app = renderApp(false);
    await frameWith(app, 'Timeline ·');
    await press(app, 's');
    await frameWith(app, 'Source › ');
    const raw = app.lastFrame() ?? '';
    // Foreground colours are SGR 30–37, 90–97 or 38;…; inverse (7) and underline (4) are not colour.
    expect(raw).not.toMatch(/\u001b\[(3[0-8]|9[0-7])(;\d+)*m/);
    expect(raw).toMatch(/\u001b\[7m/);
    expect(raw).toMatch(/\u001b\[4m/);
  });

  it('colours annotated spans by kind when colours are on', async () => {
    const app = renderApp(true);
    await frameWith(app, 'Timeline ·');
    await press(app, 's');
    await frameWith(app, 'Source › ');
    expect(app.lastFrame() ?? '').toMatch(/\u001b\[(3[0-7]|9[0-7])m/);
  });
});
