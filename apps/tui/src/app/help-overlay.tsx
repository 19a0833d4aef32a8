import { Box, Text } from 'ink';
import { KEY_HELP } from './keys.js';

export function HelpOverlay({ height }: { height: number }) {
  const width = Math.max(...KEY_HELP.map((k) => k.keys.length)) + 2;
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text bold>Keys (press any key to close)</Text>
      {KEY_HELP.map((k) => (
        <Box key={k.keys}>
          <Box width={width} flexShrink={0}>
            <Text bold>{k.keys}</Text>
          </Box>
          <Text>{k.action}</Text>
        </Box>
      ))}
    </Box>
  );
}
