import { Box, Text } from 'ink';

export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;

/** Shown instead of a broken layout; q still quits. */
export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  return (
    <Box flexDirection="column" width={columns}>
      <Text bold>Terminal too small</Text>
      {/* Short lines of their own: a sentence wrapped by a 40-column terminal breaks anywhere. */}
      <Text>kztj needs at least {MIN_COLUMNS}×{MIN_ROWS};</Text>
      <Text>this one is {columns}×{rows}.</Text>
      <Text>Enlarge it, or press q to quit.</Text>
    </Box>
  );
}
