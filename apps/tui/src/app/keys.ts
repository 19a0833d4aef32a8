/** Every key of the browser: the help overlay shows this table and the README repeats it. */
export const KEY_HELP: ReadonlyArray<{ keys: string; action: string }> = [
  { keys: '1–9, 0', action: 'switch section: Timeline, People, Places, Organisations, Countries, Agreements, Figures, Quotes, Claims, Sources' },
  { keys: 'tab, shift-tab', action: 'next / previous section (tab also reaches Other: groups, awards, monuments, programmes)' },
  { keys: '↓ ↑, j k, ctrl-n ctrl-p', action: 'move the selection (scroll, in the source view)' },
  { keys: 'g G, home end', action: 'first / last (top / bottom of the article)' },
  { keys: 'pgdn pgup, ctrl-d ctrl-u, space', action: 'a page down / up' },
  { keys: 'enter, →, l', action: 'open the selected record, or follow the selected relation' },
  { keys: 'J K', action: 'scroll a record’s details when they do not fit (record view)' },
  { keys: 'f', action: 'filter the section: type words its titles or ids contain; enter keeps the filter, esc clears it' },
  { keys: 'o', action: 'order the section: its own order, by title, by date, by id (o again for the next)' },
  { keys: 's', action: 'source view: the article with annotated spans, scrolled to this record’s evidence' },
  { keys: 'n p', action: 'source view: highlight the next / previous annotated span; enter opens its record' },
  { keys: '/', action: 'search everything: type to update results, ↓ ↑ or ctrl-n ctrl-p to choose, ctrl-u to clear the query, enter to open' },
  { keys: 'esc, backspace, ←, h', action: 'back (in search, backspace deletes a letter first)' },
  { keys: '?', action: 'show or hide this help (j k ↓ ↑ scroll it; any other key closes it)' },
  { keys: 'ctrl-l', action: 'redraw the whole screen (after another program wrote over it)' },
  { keys: 'ctrl-z', action: 'suspend to the shell; fg resumes where you were' },
  { keys: 'q, ctrl-c', action: 'quit (ctrl-c also while searching, and exits with status 130)' },
];

/** The one-line reminder at the bottom of the screen. */
export const KEY_HINTS = {
  browse: 'enter open  f filter  o order  s source  / search  tab section  ? help  q quit',
  filter: 'type to filter  ↓↑ choose  enter keep  esc clear  ctrl-c quit',
  record: 'enter follow  J/K scroll details  s source  esc back  / search  ? help  q quit',
  source: 'j/k scroll  n/p span  enter open  g/G top/end  esc back  ? help  q quit',
  search: 'type to search  ↓↑ choose  enter open  esc back  ctrl-c quit',
  help: 'j/k ↓↑ scroll the help  any other key closes it',
} as const;
