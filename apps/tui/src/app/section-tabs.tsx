import { Box, Text } from 'ink';
import type { SectionId } from './navigation.js';
import { SECTIONS } from './sections.js';
import { useColor } from './theme.js';

const PREFIX = 'kztj ';

/**
 * The tab texts for a terminal `columns` wide: every section keeps a name, cut to the longest
 * length that fits (`Timeline` → `Time` → `Ti`), never a bare number; the active one stays whole
 * while there is room for it.
 */
export function tabLabels(columns: number, active: SectionId | undefined): string[] {
  const longest = Math.max(...SECTIONS.map((s) => s.label.length));
  // The active tab keeps its whole name unless even two letters a tab do not leave room for it.
  for (const wholeActive of [true, false]) {
    for (const padding of [2, 1]) {
      for (let length = longest; length >= 2; length--) {
        const labels = SECTIONS.map((s) => {
          const name = wholeActive && s.id === active ? s.label : s.label.slice(0, length);
          return s.key ? `${s.key} ${name}` : name;
        });
        if (PREFIX.length + labels.reduce((n, l) => n + l.length + padding, 0) <= columns) {
          return labels.map((l) => (padding === 2 ? ` ${l} ` : `${l} `));
        }
      }
    }
  }
  return SECTIONS.map((s) => `${s.key ? `${s.key} ` : ''}${s.label.slice(0, 2)} `);
}

/** One line of section tabs, each named (abbreviated when the terminal is narrow). */
export function SectionTabs({ active, columns }: { active: SectionId | undefined; columns: number }) {
  const color = useColor();
  const labels = tabLabels(columns, active);
  return (
    <Box width={columns} height={1} overflow="hidden">
      <Text bold color={color('cyan')}>
        {PREFIX}
      </Text>
      {SECTIONS.map((s, i) => {
        const on = s.id === active;
        return (
          <Text key={s.id} inverse={on} bold={on} color={on ? color('cyan') : undefined} dimColor={!on}>
            {labels[i]}
          </Text>
        );
      })}
    </Box>
  );
}
