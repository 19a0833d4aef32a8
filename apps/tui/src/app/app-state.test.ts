import { describe, expect, it } from 'vitest';
import { initialAppState, pressKeys, type AppState } from './app-state.js';
import { keysOf } from './key-input.js';
import { initialState } from './navigation.js';

const size = { columns: 100, rows: 30 };
const typed = (chunk: string, state: AppState = initialAppState(initialState())) => pressKeys(state, { keys: keysOf(chunk), size });

describe('pressKeys', () => {
  it('quits with 0 on q and 130 on ctrl-c (128 + SIGINT, as a shell reports it)', () => {
    expect(typed('q').quit).toBe(0);
    expect(typed('\u0003').quit).toBe(130);
    // ctrl-c also ends a search, where q is a letter of the query.
    const searching = typed('/q');
    expect(searching.quit).toBeUndefined();
    expect(searching.nav.screen).toMatchObject({ kind: 'search', query: 'q' });
    expect(typed('\u0003', searching).quit).toBe(130);
    // And on the too-small screen.
    expect(pressKeys(initialAppState(initialState()), { keys: keysOf('\u0003'), size: { columns: 30, rows: 10 } }).quit).toBe(130);
  });

  it('counts ctrl-l and ctrl-z for the component to act on, and changes nothing else', () => {
    const state = typed('j\u000c\u000c\u001a');
    expect(state).toMatchObject({ redraws: 2, suspends: 1, quit: undefined });
    expect(state.nav).toEqual(typed('j').nav);
  });

  it('ignores the keys after a quit', () => {
    expect(typed('qj').nav).toEqual(initialState());
  });

  it('moves with ctrl-n and ctrl-p as with j and k', () => {
    expect(typed('\u000e\u000e\u0010').nav).toEqual(typed('jjk').nav);
  });

  it('ignores alt plus a letter', () => {
    expect(typed('\u001bq\u001b/').quit).toBeUndefined();
    expect(typed('\u001b/').nav.screen.kind).toBe('browse');
  });
});
