import type { KeyPress } from './key-input.js';
import { interpretKey } from './keymap.js';
import { navigate, type NavState } from './navigation.js';
import { keyContext } from './screen-model.js';
import { MIN_COLUMNS, MIN_ROWS } from './too-small.js';
import type { TerminalSize } from './use-terminal-size.js';

export interface AppState {
  nav: NavState;
  /** Set by q / ctrl-c; the component then asks Ink to exit. */
  quit: boolean;
}

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
  if (state.quit) return state;
  if (isTooSmall(size)) return input === 'q' || (key.ctrl && input === 'c') ? { ...state, quit: true } : state;
  const command = interpretKey(state.nav, input, key, keyContext(state.nav, size));
  if (!command) return state;
  if (command.type === 'quit') return { ...state, quit: true };
  return { ...state, nav: navigate(state.nav, command) };
}

/** Every key of a chunk, in order, each on the state the one before it left: one redraw per chunk. */
export function pressKeys(state: AppState, { keys, size }: KeysEvent): AppState {
  return keys.reduce((s, k) => pressKey(s, k, size), state);
}
