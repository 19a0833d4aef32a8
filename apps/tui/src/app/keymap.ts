import type { Key } from 'ink';
import { type NavAction, type NavState, type Range } from './navigation.js';
import { sectionByKey } from './sections.js';

/** A navigation action, or something for the terminal: quit with an exit code, redraw, suspend. */
export type KeyCommand = NavAction | { type: 'quit'; exitCode: number } | { type: 'redraw' } | { type: 'suspend' };

/** 128 + SIGINT: what a shell reports for a program interrupted with ctrl-c. */
export const INTERRUPTED = 130;

/** What the screen shows now, as far as keys need to know. */
export interface KeyContext {
  /** Length of the list on screen (sections, search hits, related records). */
  count: number;
  /** Rows a page moves. */
  page: number;
  /** Id of the record at the cursor: what enter opens. */
  selectedId: string | undefined;
  /** What `s` opens. */
  sourceTarget: { id: string; focus: Range | undefined } | undefined;
  /** Source view: the first line shown and the largest useful value. */
  scroll: { current: number; max: number } | undefined;
  /** Record view: how far the details can scroll. */
  detailMax?: number;
  /** How far the help overlay can scroll. */
  helpMax?: number;
  /** Source view: the next and previous annotated spans, and whether each is already on screen. */
  spans?: { next: { range: Range; visible: boolean } | undefined; previous: { range: Range; visible: boolean } | undefined };
}

function isBack(input: string, key: Key): boolean {
  return key.escape || key.backspace || key.delete || key.leftArrow || input === 'h';
}

function searchKey(state: NavState & { screen: { kind: 'search' } }, input: string, key: Key, ctx: KeyContext): KeyCommand | undefined {
  const { query } = state.screen;
  if (key.escape) return { type: 'back' };
  if (key.return) return ctx.selectedId ? { type: 'open', id: ctx.selectedId } : undefined;
  if (key.downArrow || (key.ctrl && input === 'n')) return { type: 'move', delta: 1, count: ctx.count };
  if (key.upArrow || (key.ctrl && input === 'p')) return { type: 'move', delta: -1, count: ctx.count };
  if (key.pageDown) return { type: 'move', delta: ctx.page, count: ctx.count };
  if (key.pageUp) return { type: 'move', delta: -ctx.page, count: ctx.count };
  if (key.backspace || key.delete) return query === '' ? { type: 'back' } : { type: 'query', query: query.slice(0, -1) };
  if (key.ctrl && input === 'u') return { type: 'query', query: '' };
  if (key.ctrl || key.meta || key.tab || input === '' || /\p{Cc}/u.test(input)) return undefined;
  return { type: 'query', query: query + input };
}

/** Typing a section's filter: letters edit it, the arrows still move, enter keeps it, esc clears it. */
function filterKey(state: NavState, input: string, key: Key, ctx: KeyContext): KeyCommand | undefined {
  const filter = state.filters[state.section];
  if (key.escape) return { type: 'endFilter', keep: false };
  if (key.return) return { type: 'endFilter', keep: true };
  if (key.downArrow || (key.ctrl && input === 'n')) return { type: 'move', delta: 1, count: ctx.count };
  if (key.upArrow || (key.ctrl && input === 'p')) return { type: 'move', delta: -1, count: ctx.count };
  if (key.backspace || key.delete) return filter === '' ? { type: 'endFilter', keep: false } : { type: 'filter', filter: filter.slice(0, -1) };
  if (key.ctrl && input === 'u') return { type: 'filter', filter: '' };
  if (key.ctrl || key.meta || key.tab || input === '' || /\p{Cc}/u.test(input)) return undefined;
  return { type: 'filter', filter: filter + input };
}

/** The ctrl keys that move: a page down / up (d, u), a row down / up (n, p, as in emacs and less). */
const CTRL_MOVES = new Set(['d', 'u', 'n', 'p']);

/** Maps a key press to a navigation action (or quit) for the current screen; undefined ignores it. */
export function interpretKey(state: NavState, input: string, key: Key, ctx: KeyContext): KeyCommand | undefined {
  if (key.ctrl && input === 'c') return { type: 'quit', exitCode: INTERRUPTED };
  if (key.ctrl && input === 'l') return { type: 'redraw' };
  if (key.ctrl && input === 'z') return { type: 'suspend' };
  // In the help overlay the movement keys scroll it; any other key closes it.
  if (state.help) {
    const max = ctx.helpMax ?? 0;
    if (key.downArrow || input === 'j') return { type: 'scrollHelp', delta: 1, max };
    if (key.upArrow || input === 'k') return { type: 'scrollHelp', delta: -1, max };
    if (key.pageDown || input === ' ') return { type: 'scrollHelp', delta: Math.max(1, ctx.page), max };
    if (key.pageUp) return { type: 'scrollHelp', delta: -Math.max(1, ctx.page), max };
    return { type: 'toggleHelp' };
  }
  if (state.screen.kind === 'search') return searchKey(state as NavState & { screen: { kind: 'search' } }, input, key, ctx);
  if (state.filtering) return filterKey(state, input, key, ctx);

  // Ctrl or alt plus a letter is never that letter: C-l must not follow a relation, C-q not quit.
  if (key.meta || (key.ctrl && !CTRL_MOVES.has(input))) return undefined;

  if (input === 'q') return { type: 'quit', exitCode: 0 };
  if (input === '?') return { type: 'toggleHelp' };
  if (input === '/') return { type: 'startSearch' };
  const section = sectionByKey(input);
  if (section) return { type: 'section', section: section.id };
  if (key.tab) return { type: 'cycleSection', delta: key.shift ? -1 : 1 };
  // esc first clears a section filter, then walks back.
  if (state.screen.kind === 'browse' && key.escape && state.filters[state.section] !== '') return { type: 'endFilter', keep: false };
  if (isBack(input, key)) return { type: 'back' };
  if (input === 's') return ctx.sourceTarget ? { type: 'openSource', ...ctx.sourceTarget } : undefined;
  if (state.screen.kind === 'browse' && input === 'f') return { type: 'startFilter' };
  if (state.screen.kind === 'browse' && input === 'o') return { type: 'cycleOrder' };

  const page = Math.max(1, ctx.page);
  const down = key.downArrow || (input === 'j' && !key.ctrl) || (key.ctrl && input === 'n');
  const up = key.upArrow || (input === 'k' && !key.ctrl) || (key.ctrl && input === 'p');
  const pageDown = key.pageDown || input === ' ' || (key.ctrl && input === 'd');
  const pageUp = key.pageUp || (key.ctrl && input === 'u');
  const first = key.home || input === 'g';
  const last = key.end || input === 'G';

  if (state.screen.kind === 'source') {
    const scroll = ctx.scroll ?? { current: 0, max: 0 };
    const by = (delta: number): KeyCommand => ({ type: 'scroll', from: scroll.current, delta, max: scroll.max });
    if (down) return by(1);
    if (up) return by(-1);
    if (pageDown) return by(page);
    if (pageUp) return by(-page);
    if (first) return by(-scroll.current);
    if (last) return by(scroll.max - scroll.current);
    const step = input === 'n' ? ctx.spans?.next : input === 'p' || input === 'N' ? ctx.spans?.previous : undefined;
    if (step) return { type: 'focus', range: step.range, keepScroll: step.visible };
    if (key.return || key.rightArrow || input === 'l') return ctx.selectedId ? { type: 'open', id: ctx.selectedId } : undefined;
    return undefined;
  }

  if (state.screen.kind === 'record' && (input === 'J' || input === 'K')) {
    return { type: 'scrollDetail', delta: input === 'J' ? 1 : -1, max: ctx.detailMax ?? 0 };
  }
  if (down) return { type: 'move', delta: 1, count: ctx.count };
  if (up) return { type: 'move', delta: -1, count: ctx.count };
  if (pageDown) return { type: 'move', delta: page, count: ctx.count };
  if (pageUp) return { type: 'move', delta: -page, count: ctx.count };
  if (first) return { type: 'jump', to: 'first', count: ctx.count };
  if (last) return { type: 'jump', to: 'last', count: ctx.count };
  if (key.return || key.rightArrow || input === 'l') return ctx.selectedId ? { type: 'open', id: ctx.selectedId } : undefined;
  return undefined;
}

