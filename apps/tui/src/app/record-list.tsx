import { Box, Text } from 'ink';
import { useColor } from './theme.js';

export interface ListItem {
  id: string;
  label: string;
}

/** First visible row: keeps the cursor in view, centred once the list is longer than the pane. */
export function windowStart(cursor: number, height: number, count: number): number {
  return Math.max(0, Math.min(cursor - Math.floor(height / 2), count - height));
}

/** A list pane: one record a line, the selected one marked with › (visible without colour) and inverted. */
export function RecordList({ items, cursor, height, width, empty }: { items: readonly ListItem[]; cursor: number; height: number; width: number; empty: string }) {
  const color = useColor();
  if (items.length === 0) {
    return (
      <Box width={width} height={height}>
        <Text dimColor>{empty}</Text>
      </Box>
    );
  }
  const start = windowStart(cursor, height, items.length);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {items.slice(start, start + height).map((item, i) => {
        const selected = start + i === cursor;
        return (
          <Text key={item.id} wrap="truncate-end" inverse={selected} color={selected ? color('cyan') : undefined}>
            {selected ? '› ' : '  '}
            {item.label}
          </Text>
        );
      })}
    </Box>
  );
}
