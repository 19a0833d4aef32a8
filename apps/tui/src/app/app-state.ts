import type { KeyPress } from './key-input.js';
import { INTERRUPTED, interpretKey } from './keymap.js';
import { navigate, type NavState } from './navigation.js';
import { keyContext } from './screen-model.js';
import { MIN_COLUMNS, MIN_ROWS } from './too-small.js';
import type { TerminalSize } from './use-terminal-size.js';

export interface AppState {
  nav: NavState;
  /** Set by q (0) or ctrl-c (130); the component then asks Ink to exit with it. */
  quit: number | undefined;
  /** Counts ctrl-l presses: each one repaints the whole screen. */
  redraws: number;
  /** Counts ctrl-z presses: each one hands the terminal back to the shell until `fg`. */
  suspends: number;
}

export const initialAppState = (nav: NavState): AppState => ({ nav, quit: undefined, redraws: 0, suspends: 0 });

/** The keys of one chunk from the terminal, and the size they were typed at. */
export interface KeysEvent {
  keys: readonly KeyPress[];
  size: TerminalSize;
}

export const isTooSmall = ({ columns, rows }: TerminalSize) => columns < MIN_COLUMNS || rows < MIN_ROWS;

/**
 * Applies one key press to the state it finds, so keys typed faster than the screen redraws
 * still act in order on the right screen.
 */
export function pressKey(state: AppState, { input, key }: KeyPress, size: TerminalSize): AppState {
  if (state.quit !== undefined) return state;
  if (isTooSmall(size)) {
    if (key.ctrl && input === 'c') return { ...state, quit: INTERRUPTED };
    return input === 'q' && !key.ctrl && !key.meta ? { ...state, quit: 0 } : state;
  }
  const command = interpretKey(state.nav, input, key, keyContext(state.nav, size));
  if (!command) return state;
  switch (command.type) {
    case 'quit':
      return { ...state, quit: command.exitCode };
    case 'redraw':
      return { ...state, redraws: state.redraws + 1 };
    case 'suspend':
      return { ...state, suspends: state.suspends + 1 };
    default:
      return { ...state, nav: navigate(state.nav, command) };
  }
}

/** Every key of a chunk, in order, each on the state the one before it left: one redraw per chunk. */
export function pressKeys(state: AppState, { keys, size }: KeysEvent): AppState {
  return keys.reduce((s, k) => pressKey(s, k, size), state);
}
