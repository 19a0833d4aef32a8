import { describe, expect, it } from 'vitest';
import { SECTION_IDS, cursorOf, initialState, navigate, type NavAction, type NavState } from './navigation.js';

const run = (actions: NavAction[], state: NavState = initialState()) => actions.reduce(navigate, state);

describe('navigate', () => {
  it('starts on the timeline, browsing, with no history', () => {
    const state = initialState();
    expect(state.section).toBe('timeline');
    expect(state.screen).toEqual({ kind: 'browse' });
    expect(state.history).toEqual([]);
  });

  it('moves the cursor within the list and clamps at both ends', () => {
    expect(cursorOf(run([{ type: 'move', delta: 1, count: 5 }, { type: 'move', delta: 1, count: 5 }]))).toBe(2);
    expect(cursorOf(run([{ type: 'move', delta: -3, count: 5 }]))).toBe(0);
    expect(cursorOf(run([{ type: 'move', delta: 99, count: 5 }]))).toBe(4);
    expect(cursorOf(run([{ type: 'move', delta: 1, count: 0 }]))).toBe(0);
    expect(cursorOf(run([{ type: 'jump', to: 'last', count: 7 }]))).toBe(6);
    expect(cursorOf(run([{ type: 'jump', to: 'last', count: 7 }, { type: 'jump', to: 'first', count: 7 }]))).toBe(0);
  });

  it('keeps a cursor per section', () => {
    const state = run([
      { type: 'move', delta: 3, count: 10 },
      { type: 'section', section: 'people' },
      { type: 'move', delta: 1, count: 10 },
      { type: 'section', section: 'timeline' },
    ]);
    expect(state.cursors.timeline).toBe(3);
    expect(state.cursors.people).toBe(1);
    expect(cursorOf(state)).toBe(3);
  });

  it('cycles through every section with tab and back with shift-tab, wrapping around', () => {
    let state = initialState();
    const seen = [state.section];
    for (let i = 1; i < SECTION_IDS.length; i++) {
      state = navigate(state, { type: 'cycleSection', delta: 1 });
      seen.push(state.section);
    }
    expect(seen).toEqual([...SECTION_IDS]);
    expect(navigate(state, { type: 'cycleSection', delta: 1 }).section).toBe('timeline');
    expect(navigate(initialState(), { type: 'cycleSection', delta: -1 }).section).toBe('other');
    // Switching sections while browsing is not a step to go back to.
    expect(state.history).toEqual([]);
  });

  it('opens a record, follows a relation and walks back through the history', () => {
    const opened = run([{ type: 'move', delta: 2, count: 5 }, { type: 'open', id: 'event-a' }]);
    expect(opened.screen).toEqual({ kind: 'record', id: 'event-a', cursor: 0, detailScroll: 0 });
    const followed = run([{ type: 'move', delta: 1, count: 3 }, { type: 'open', id: 'person-b' }], opened);
    expect(followed.screen).toEqual({ kind: 'record', id: 'person-b', cursor: 0, detailScroll: 0 });

    const back = navigate(followed, { type: 'back' });
    // The related-list cursor is where it was when the relation was followed.
    expect(back.screen).toEqual({ kind: 'record', id: 'event-a', cursor: 1, detailScroll: 0 });
    const home = navigate(back, { type: 'back' });
    expect(home.screen).toEqual({ kind: 'browse' });
    expect(cursorOf(home)).toBe(2);
    expect(navigate(home, { type: 'back' })).toEqual(home);
  });

  it('scrolls a record’s details within bounds, and keeps the position when coming back', () => {
    const opened = run([{ type: 'open', id: 'event-a' }, { type: 'scrollDetail', delta: 3, max: 5 }]);
    expect(opened.screen).toMatchObject({ kind: 'record', detailScroll: 3 });
    expect(navigate(opened, { type: 'scrollDetail', delta: 9, max: 5 }).screen).toMatchObject({ detailScroll: 5 });
    expect(navigate(opened, { type: 'scrollDetail', delta: -9, max: 5 }).screen).toMatchObject({ detailScroll: 0 });
    const followed = navigate(opened, { type: 'open', id: 'person-b' });
    expect(followed.screen).toMatchObject({ id: 'person-b', detailScroll: 0 });
    expect(navigate(followed, { type: 'back' }).screen).toMatchObject({ id: 'event-a', detailScroll: 3 });
    expect(navigate(initialState(), { type: 'scrollDetail', delta: 1, max: 5 })).toEqual(initialState());
  });

  it('opens the source view at a span and scrolls within bounds', () => {
    const state = run([{ type: 'open', id: 'event-a' }, { type: 'openSource', id: 'src', focus: { start: 10, end: 20 } }]);
    expect(state.screen).toEqual({ kind: 'source', id: 'src', focus: { start: 10, end: 20 }, scroll: undefined });
    const scrolled = navigate(state, { type: 'scroll', from: 4, delta: 3, max: 30 });
    expect(scrolled.screen).toMatchObject({ scroll: 7 });
    expect(navigate(scrolled, { type: 'scroll', from: 7, delta: -100, max: 30 }).screen).toMatchObject({ scroll: 0 });
    expect(navigate(scrolled, { type: 'scroll', from: 7, delta: 100, max: 30 }).screen).toMatchObject({ scroll: 30 });
    expect(navigate(scrolled, { type: 'back' }).screen).toEqual({ kind: 'record', id: 'event-a', cursor: 0, detailScroll: 0 });
    // Moving the highlight keeps the scroll when asked, else lets the view re-centre on it.
    expect(navigate(scrolled, { type: 'focus', range: { start: 30, end: 35 }, keepScroll: true }).screen).toMatchObject({ focus: { start: 30, end: 35 }, scroll: 7 });
    expect(navigate(scrolled, { type: 'focus', range: { start: 90, end: 95 }, keepScroll: false }).screen).toMatchObject({ focus: { start: 90, end: 95 }, scroll: undefined });
    expect(navigate(initialState(), { type: 'focus', range: { start: 1, end: 2 }, keepScroll: false })).toEqual(initialState());
    // Scrolling means nothing outside the source view.
    expect(navigate(initialState(), { type: 'scroll', from: 0, delta: 1, max: 9 })).toEqual(initialState());
  });

  it('searches: typing replaces the query and resets the cursor; back returns to the results', () => {
    const searching = run([{ type: 'startSearch' }, { type: 'query', query: 'mig' }, { type: 'move', delta: 2, count: 4 }]);
    expect(searching.screen).toEqual({ kind: 'search', query: 'mig', cursor: 2 });
    expect(navigate(searching, { type: 'query', query: 'migr' }).screen).toEqual({ kind: 'search', query: 'migr', cursor: 0 });
    expect(navigate(searching, { type: 'startSearch' })).toBe(searching);

    const opened = navigate(searching, { type: 'open', id: 'agreement-x' });
    expect(navigate(opened, { type: 'back' }).screen).toEqual({ kind: 'search', query: 'mig', cursor: 2 });
    // A query typed outside the search screen is ignored.
    expect(navigate(initialState(), { type: 'query', query: 'x' })).toEqual(initialState());
  });

  it('jumping to a section from a record keeps the way back', () => {
    const state = run([{ type: 'open', id: 'event-a' }, { type: 'section', section: 'quotes' }]);
    expect(state.screen).toEqual({ kind: 'browse' });
    expect(state.section).toBe('quotes');
    expect(navigate(state, { type: 'back' }).screen).toEqual({ kind: 'record', id: 'event-a', cursor: 0, detailScroll: 0 });
  });

  it('toggles help; back closes help before it leaves the screen', () => {
    const state = run([{ type: 'open', id: 'event-a' }, { type: 'toggleHelp' }]);
    expect(state.help).toBe(true);
    const closed = navigate(state, { type: 'back' });
    expect(closed.help).toBe(false);
    expect(closed.screen).toEqual(state.screen);
    expect(navigate(state, { type: 'toggleHelp' }).help).toBe(false);
    // Opening anything closes the overlay.
    expect(navigate(state, { type: 'open', id: 'b' }).help).toBe(false);
  });

  it('scrolls the help overlay within bounds and starts it at the top each time', () => {
    const open = run([{ type: 'toggleHelp' }, { type: 'scrollHelp', delta: 4, max: 6 }]);
    expect(open.helpScroll).toBe(4);
    expect(navigate(open, { type: 'scrollHelp', delta: 9, max: 6 }).helpScroll).toBe(6);
    expect(navigate(open, { type: 'scrollHelp', delta: -9, max: 6 }).helpScroll).toBe(0);
    const reopened = run([{ type: 'toggleHelp' }, { type: 'toggleHelp' }], open);
    expect(reopened.helpScroll).toBe(0);
    expect(navigate(initialState(), { type: 'scrollHelp', delta: 1, max: 6 })).toEqual(initialState());
  });

  it('never mutates the state it is given', () => {
    const state = initialState();
    const frozen = JSON.stringify(state);
    run([{ type: 'move', delta: 1, count: 3 }, { type: 'open', id: 'x' }, { type: 'startSearch' }, { type: 'back' }], state);
    expect(JSON.stringify(state)).toBe(frozen);
  });
});

describe('section filter and order', () => {
  it('types a filter for the current section only, resets its cursor, and keeps or clears it', () => {
    const typing = run([{ type: 'move', delta: 3, count: 10 }, { type: 'startFilter' }, { type: 'filter', filter: 'ast' }]);
    expect(typing).toMatchObject({ filtering: true, filters: { timeline: 'ast', people: '' } });
    expect(cursorOf(typing)).toBe(0);
    expect(run([{ type: 'endFilter', keep: true }], typing)).toMatchObject({ filtering: false, filters: { timeline: 'ast' } });
    expect(run([{ type: 'endFilter', keep: false }], typing)).toMatchObject({ filtering: false, filters: { timeline: '' } });
    // Only the browse screen has a section filter; leaving for another section stops typing.
    expect(run([{ type: 'section', section: 'people' }], typing).filtering).toBe(false);
    expect(run([{ type: 'open', id: 'x' }, { type: 'startFilter' }]).filtering).toBe(false);
    expect(run([{ type: 'filter', filter: 'x' }]).filters.timeline).toBe('');
  });

  it('cycles a section through its orders and back', () => {
    const orders = [1, 2, 3, 4].map((n) => run(Array.from({ length: n }, () => ({ type: 'cycleOrder' }) as NavAction)).orders.timeline);
    expect(orders).toEqual(['title', 'date', 'id', 'default']);
    expect(run([{ type: 'cycleOrder' }]).orders.people).toBe('default');
  });
});

describe('detail scroll', () => {
  it('scrolls from what is shown when the stored position is past a new, smaller max', () => {
    const scrolled = run([{ type: 'open', id: 'x' }, { type: 'scrollDetail', delta: 20, max: 30 }]);
    expect(scrolled.screen).toMatchObject({ detailScroll: 20 });
    // The window grew: only 5 lines can scroll now. K goes up from 5, not from 20.
    expect(run([{ type: 'scrollDetail', delta: -1, max: 5 }], scrolled).screen).toMatchObject({ detailScroll: 4 });
  });
});
