import { Box, Text, useApp, useStdout } from 'ink';
import { useEffect, useReducer, type ReactNode } from 'react';
import { dateOf, formatYears, getRecord, titleOf, type RecordRef } from '@kztj/core';
import { initialAppState, isTooSmall, pressKeys } from './app-state.js';
import { HelpOverlay } from './help-overlay.js';
import { KEY_HINTS } from './keys.js';
import { cursorOf, initialState, type NavState } from './navigation.js';
import { wrapPieces } from './detail-lines.js';
import { DetailView } from './record-detail.js';
import { RecordList, type ListItem } from './record-list.js';
import { SectionTabs } from './section-tabs.js';
import { SECTIONS, sectionOf, sectionRecords, shownRecords } from './sections.js';
import { detailLinesOf, paneSizes, relatedHeight, relatedOf, searchHits, sourceLayoutFor } from './screen-model.js';
import { SourceView } from './source-view.js';
import { ThemeContext, useColor } from './theme.js';
import { TooSmall } from './too-small.js';
import { useKeyPresses } from './use-key-presses.js';
import { useTerminalSize } from './use-terminal-size.js';

/** The years an event's row spans on the timeline ("2018", "2023–25", "undated"), as the core formats them. */
function yearsOf(ref: RecordRef): string {
  return ref.collection === 'events' ? formatYears(dateOf(ref)) : '';
}

function listItem(ref: RecordRef): ListItem {
  const years = yearsOf(ref);
  return { id: ref.record.id, label: years ? `${years.padEnd(8)}${titleOf(ref)}` : titleOf(ref) };
}

export interface AppProps {
  /** Colours on or off (NO_COLOR / FORCE_COLOR are resolved by the caller). */
  colors: boolean;
  /** Styling (bold, underline, inverse) on or off; default on. */
  styles?: boolean;
  initial?: NavState;
  /**
   * ctrl-z: give the terminal back to the shell and resolve once the program is resumed (`fg`).
   * Without it ctrl-z does nothing (tests, or a host that cannot stop the process).
   */
  onSuspend?: () => Promise<void>;
}

/** Erases the whole screen; Ink then writes its frame again, all of it. */
const CLEAR_SCREEN = '\u001b[2J';

/** The interactive browser. It never exits the process: `q` unmounts it through Ink's exit(). */
export function App({ colors, styles = true, initial, onSuspend }: AppProps) {
  return (
    <ThemeContext.Provider value={{ colors, styles }}>
      <Browser initial={initial} onSuspend={onSuspend} />
    </ThemeContext.Provider>
  );
}

function Browser({ initial, onSuspend }: { initial: NavState | undefined; onSuspend: AppProps['onSuspend'] }) {
  const { exit } = useApp();
  const { write } = useStdout();
  const size = useTerminalSize();
  const { columns, rows } = size;
  const color = useColor();
  const [{ nav: state, quit, redraws, suspends }, dispatch] = useReducer(pressKeys, initial ?? initialState(), initialAppState);
  const tooSmall = isTooSmall(size);

  useKeyPresses((keys) => dispatch({ keys, size }));
  useEffect(() => {
    if (quit !== undefined) exit(quit);
  }, [quit, exit]);
  // Ink's write() puts data out and then repaints its whole frame: after clearing the screen that
  // is a full redraw (ctrl-l), whatever another program scribbled on the terminal meanwhile.
  useEffect(() => {
    if (redraws > 0) write(CLEAR_SCREEN);
  }, [redraws, write]);
  useEffect(() => {
    // Back from a suspend the screen is whatever the shell left: repaint it.
    if (suspends > 0 && onSuspend) void onSuspend().then(() => write(CLEAR_SCREEN));
    // Only a new ctrl-z suspends; a new callback identity must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [suspends]);

  const { bodyHeight, listWidth, detailWidth } = paneSizes(size);
  const { screen } = state;
  const cursor = cursorOf(state);
  const sectionItems = screen.kind === 'browse' ? shownRecords(state) : [];
  const hits = screen.kind === 'search' ? searchHits(screen.query) : [];
  const current = screen.kind === 'record' ? getRecord(screen.id) : undefined;
  const links = screen.kind === 'record' ? relatedOf(screen.id) : [];
  const relatedRows = relatedHeight(links.length, bodyHeight);
  const layout = sourceLayoutFor(state, size);

  if (tooSmall) return <TooSmall columns={columns} rows={rows} />;

  let title: string;
  let body: ReactNode;
  switch (screen.kind) {
    case 'browse': {
      const section = SECTIONS.find((s) => s.id === state.section)!;
      const selected = sectionItems[cursor];
      const total = sectionRecords(state.section).length;
      const filter = state.filters[state.section];
      const order = state.orders[state.section];
      const count = filter === '' ? `${total} record${total === 1 ? '' : 's'}` : `${sectionItems.length} of ${total} records`;
      const sorted = order === 'default' ? '' : ` · by ${order}`;
      title = state.filtering
        ? `${section.label} · ${count}${sorted} · filter: ${filter}▏`
        : `${section.label} · ${count}${filter === '' ? '' : ` · filter: ${filter}`}${sorted}`;
      body = (
        <Box height={bodyHeight}>
          <RecordList items={sectionItems.map(listItem)} cursor={cursor} height={bodyHeight} width={listWidth} empty={filter === '' ? 'Nothing in this section.' : 'No match (esc clears the filter).'} />
          <DetailPane height={bodyHeight} width={detailWidth}>
            {selected && <DetailView lines={detailLinesOf(selected, detailWidth - 1)} height={bodyHeight} />}
          </DetailPane>
        </Box>
      );
      break;
    }
    case 'search': {
      const hit = hits[cursor];
      const ref = hit ? getRecord(hit.id) : undefined;
      // A query longer than the line shows its end, where the typing is.
      const room = Math.max(8, columns - 'Search: ▏'.length);
      title = `Search: ${screen.query.length > room ? `…${screen.query.slice(-(room - 1))}` : screen.query}▏`;
      const items = hits.map((h) => ({ id: h.id, label: `${h.collection.padEnd(10)} ${h.title}` }));
      body = (
        <Box height={bodyHeight}>
          <Box flexDirection="column" width={listWidth}>
            <Text dimColor>{screen.query === '' ? 'Type to search every record.' : `${hits.length} hit${hits.length === 1 ? '' : 's'}`}</Text>
            <RecordList items={items} cursor={cursor} height={bodyHeight - 1} width={listWidth} empty={screen.query === '' ? '' : 'No matches.'} />
          </Box>
          <DetailPane height={bodyHeight} width={detailWidth}>
            {hit && (
              <DetailView
                lines={[
                  ...wrapPieces(hit.snippet.map((part) => ({ text: part.text, tone: part.match ? 'match' : 'plain' })), detailWidth - 1),
                  [],
                  ...(ref ? detailLinesOf(ref, detailWidth - 1) : []),
                ]}
                height={bodyHeight}
              />
            )}
          </DetailPane>
        </Box>
      );
      break;
    }
    case 'record': {
      const detailLines = current ? detailLinesOf(current, columns) : [];
      const detailHeight = bodyHeight - relatedRows;
      // A scroll position from a smaller window can be past the end once the window grows.
      const detailScroll = Math.max(0, Math.min(screen.detailScroll, detailLines.length - detailHeight));
      title = current ? `${sectionOf(current.record.id)?.label ?? current.collection} › ${titleOf(current)}` : `Unknown record ${screen.id}`;
      const width = Math.max(...links.map((l) => l.relation.length), 0);
      const items = links.map((l) => ({ id: l.target.record.id, label: `${l.relation.padEnd(width)}  ${titleOf(l.target)}` }));
      body = (
        <Box flexDirection="column" height={bodyHeight}>
          {current && <DetailView lines={detailLines} scroll={detailScroll} height={detailHeight} />}
          <Text>
            <Text bold>Related ({links.length})</Text>
            {detailLines.length > detailHeight && (
              <Text dimColor>
                {'   '}details {detailScroll + 1}–{Math.min(detailLines.length, detailScroll + detailHeight)} of {detailLines.length}, J/K to scroll
              </Text>
            )}
          </Text>
          <RecordList items={items} cursor={cursor} height={relatedRows - 1} width={columns} empty="No related records." />
        </Box>
      );
      break;
    }
    case 'source': {
      title = layout
        ? `Source › lines ${layout.scroll + 1}–${Math.min(layout.lines.length, layout.scroll + layout.height)} of ${layout.lines.length} · ${layout.source.title}`
        : `Unknown source ${screen.id}`;
      body = layout ? <SourceView layout={layout} focus={screen.focus} height={bodyHeight} /> : <Box height={bodyHeight} />;
      break;
    }
  }

  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <SectionTabs active={screen.kind === 'browse' ? state.section : undefined} columns={columns} />
      <Text bold wrap="truncate-end" color={color('cyan')}>
        {title}
      </Text>
      {state.help ? <HelpOverlay width={columns} height={bodyHeight} scroll={state.helpScroll} /> : body}
      <Text dimColor wrap="truncate-end">
        {KEY_HINTS[state.help ? 'help' : state.filtering && screen.kind === 'browse' ? 'filter' : screen.kind]}
      </Text>
    </Box>
  );
}

function DetailPane({ height, width, children }: { height: number; width: number; children: ReactNode }) {
  return (
    <Box flexDirection="column" height={height} width={width + 2} overflow="hidden" borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} paddingLeft={1}>
      {children}
    </Box>
  );
}

