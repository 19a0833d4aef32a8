import type { Key } from 'ink';
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

export interface KeyEvent {
  input: string;
  key: Key;
  size: TerminalSize;
}

export const isTooSmall = ({ columns, rows }: TerminalSize) => columns < MIN_COLUMNS || rows < MIN_ROWS;

/**
 * Applies one key press to the state it finds, so keys typed faster than the screen redraws
 * still act in order on the right screen.
 */
export function pressKey(state: AppState, { input, key, size }: KeyEvent): AppState {
  if (state.quit) return state;
  // Keys that arrive together (a busy moment, or tmux send-keys) reach Ink as one string; outside
  // the search box each is a command of its own.
  if (input.length > 1 && state.nav.screen.kind !== 'search' && /^[\x20-\x7e\r]+$/.test(input)) {
    return [...input].reduce((s, ch) => pressKey(s, { input: ch === '\r' ? '' : ch, key: { ...key, return: ch === '\r' }, size }), state);
  }
  if (isTooSmall(size)) return input === 'q' || (key.ctrl && input === 'c') ? { ...state, quit: true } : state;
  const command = interpretKey(state.nav, input, key, keyContext(state.nav, size));
  if (!command) return state;
  if (command.type === 'quit') return { ...state, quit: true };
  return { ...state, nav: navigate(state.nav, command) };
}
