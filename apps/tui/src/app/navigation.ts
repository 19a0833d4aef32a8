/**
 * Navigation state of the interactive browser as a pure reducer: which section, which row, which
 * screen, and the history `esc` walks back through. It knows nothing of the data: actions carry the
 * list lengths they need, so every transition can be tested without a terminal.
 */

export const SECTION_IDS = [
  'timeline',
  'people',
  'places',
  'organisations',
  'countries',
  'agreements',
  'figures',
  'quotes',
  'claims',
  'sources',
  'other',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Range {
  start: number;
  end: number;
}

export type Screen =
  | { kind: 'browse' }
  | { kind: 'search'; query: string; cursor: number }
  /** `cursor` selects among the record's related records; `detailScroll` is the first detail line shown. */
  | { kind: 'record'; id: string; cursor: number; detailScroll: number }
  /** `scroll` is the first visible line; undefined until the user scrolls, so the view can centre `focus`. */
  | { kind: 'source'; id: string; focus: Range | undefined; scroll: number | undefined };

/** Orders a section can be listed in: its own (dataset or timeline) order, or by one field. */
export const SECTION_ORDERS = ['default', 'title', 'date', 'id'] as const;
export type SectionOrder = (typeof SECTION_ORDERS)[number];

export interface NavState {
  section: SectionId;
  cursors: Record<SectionId, number>;
  /** Per section: the words a record's title or id must contain to be listed ("" lists all). */
  filters: Record<SectionId, string>;
  /** Per section: the order it is listed in. */
  orders: Record<SectionId, SectionOrder>;
  /** True while the user types the current section's filter. */
  filtering: boolean;
  screen: Screen;
  /** Screens `back` returns to, most recent last. */
  history: Screen[];
  help: boolean;
  /** First line of the help overlay shown. */
  helpScroll: number;
}

export type NavAction =
  | { type: 'section'; section: SectionId }
  | { type: 'cycleSection'; delta: 1 | -1 }
  /** Moves the cursor of the list on screen; `count` is that list's length. */
  | { type: 'move'; delta: number; count: number }
  | { type: 'jump'; to: 'first' | 'last'; count: number }
  | { type: 'open'; id: string }
  | { type: 'openSource'; id: string; focus?: Range }
  /** Record view: scroll the details by `delta` lines, within [0, max]. */
  | { type: 'scrollDetail'; delta: number; max: number }
  /** Source view: move the highlight to another span; `keepScroll` when it is already on screen. */
  | { type: 'focus'; range: Range; keepScroll: boolean }
  /** Source view: scroll from the line shown now (`from`) by `delta`, within [0, max]. */
  | { type: 'scroll'; from: number; delta: number; max: number }
  | { type: 'startSearch' }
  | { type: 'query'; query: string }
  | { type: 'back' }
  | { type: 'toggleHelp' }
  | { type: 'scrollHelp'; delta: number; max: number }
  /** Browse: start typing the section's filter (`f`), change it, or stop typing (enter keeps it, esc clears it). */
  | { type: 'startFilter' }
  | { type: 'filter'; filter: string }
  | { type: 'endFilter'; keep: boolean }
  /** Browse: list the section in its next order. */
  | { type: 'cycleOrder' };

export function initialState(section: SectionId = 'timeline'): NavState {
  const perSection = <T>(value: T) => Object.fromEntries(SECTION_IDS.map((id) => [id, value])) as Record<SectionId, T>;
  return {
    section,
    cursors: perSection(0),
    filters: perSection(''),
    orders: perSection<SectionOrder>('default'),
    filtering: false,
    screen: { kind: 'browse' },
    history: [],
    help: false,
    helpScroll: 0,
  };
}

const clamp = (value: number, count: number) => Math.max(0, Math.min(value, count - 1));

/** The cursor of whatever list the current screen shows. */
export function cursorOf(state: NavState): number {
  const { screen } = state;
  if (screen.kind === 'browse') return state.cursors[state.section];
  if (screen.kind === 'search' || screen.kind === 'record') return screen.cursor;
  return 0;
}

function withCursor(state: NavState, cursor: number): NavState {
  const { screen } = state;
  if (screen.kind === 'browse') return { ...state, cursors: { ...state.cursors, [state.section]: cursor } };
  if (screen.kind === 'search' || screen.kind === 'record') return { ...state, screen: { ...screen, cursor } };
  return state;
}

function push(state: NavState, screen: Screen): NavState {
  return { ...state, history: [...state.history, state.screen], screen, help: false };
}

export function navigate(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case 'section': {
      // Jumping to a section from a record or the source view keeps the way back.
      const moved = state.screen.kind === 'browse' ? state : push(state, { kind: 'browse' });
      return { ...moved, section: action.section, help: false, filtering: false };
    }
    case 'cycleSection': {
      const index = SECTION_IDS.indexOf(state.section);
      const next = SECTION_IDS[(index + action.delta + SECTION_IDS.length) % SECTION_IDS.length]!;
      return navigate(state, { type: 'section', section: next });
    }
    case 'move':
      return withCursor(state, clamp(cursorOf(state) + action.delta, action.count));
    case 'jump':
      return withCursor(state, action.to === 'first' ? 0 : clamp(action.count - 1, action.count));
    case 'open':
      return push(state, { kind: 'record', id: action.id, cursor: 0, detailScroll: 0 });
    case 'openSource':
      return push(state, { kind: 'source', id: action.id, focus: action.focus, scroll: undefined });
    case 'scroll': {
      if (state.screen.kind !== 'source') return state;
      const scroll = Math.max(0, Math.min(action.from + action.delta, action.max));
      return { ...state, screen: { ...state.screen, scroll } };
    }
    case 'scrollDetail': {
      if (state.screen.kind !== 'record') return state;
      // From where the view is now: a position left from a smaller window may be past `max`.
      const detailScroll = Math.max(0, Math.min(Math.min(state.screen.detailScroll, action.max) + action.delta, action.max));
      return { ...state, screen: { ...state.screen, detailScroll } };
    }
    case 'focus':
      if (state.screen.kind !== 'source') return state;
      return {
        ...state,
        screen: { ...state.screen, focus: action.range, scroll: action.keepScroll ? state.screen.scroll : undefined },
      };
    case 'startSearch':
      return state.screen.kind === 'search' ? state : push(state, { kind: 'search', query: '', cursor: 0 });
    case 'query':
      if (state.screen.kind !== 'search') return state;
      return { ...state, screen: { ...state.screen, query: action.query, cursor: 0 } };
    case 'back': {
      if (state.help) return { ...state, help: false };
      const previous = state.history.at(-1);
      if (!previous) return state.screen.kind === 'browse' ? state : { ...state, screen: { kind: 'browse' } };
      return { ...state, screen: previous, history: state.history.slice(0, -1) };
    }
    case 'startFilter':
      return state.screen.kind === 'browse' ? { ...state, filtering: true } : state;
    case 'filter':
      if (!state.filtering) return state;
      // The list changes under the cursor: start again at its top.
      return { ...state, filters: { ...state.filters, [state.section]: action.filter }, cursors: { ...state.cursors, [state.section]: 0 } };
    case 'endFilter': {
      const filters = action.keep ? state.filters : { ...state.filters, [state.section]: '' };
      return { ...state, filtering: false, filters };
    }
    case 'cycleOrder': {
      const next = SECTION_ORDERS[(SECTION_ORDERS.indexOf(state.orders[state.section]) + 1) % SECTION_ORDERS.length]!;
      return { ...state, orders: { ...state.orders, [state.section]: next }, cursors: { ...state.cursors, [state.section]: 0 } };
    }
    case 'toggleHelp':
      return { ...state, help: !state.help, helpScroll: 0 };
    case 'scrollHelp':
      if (!state.help) return state;
      return { ...state, helpScroll: Math.max(0, Math.min(state.helpScroll + action.delta, action.max)) };
  }
}
