import { Box, Text } from 'ink';
import type { SectionId } from './navigation.js';
import { SECTIONS } from './sections.js';
import { useColor } from './theme.js';

const label = (s: (typeof SECTIONS)[number]) => (s.key ? `${s.key} ${s.label}` : s.label);

/** One line of section tabs; on a narrow terminal only the active one keeps its name. */
export function SectionTabs({ active, columns }: { active: SectionId | undefined; columns: number }) {
  const color = useColor();
  const widthWith = (padding: number) => SECTIONS.reduce((n, s) => n + label(s).length + padding, 'kztj '.length);
  const padding = widthWith(2) <= columns ? 2 : widthWith(1) <= columns ? 1 : 0;
  return (
    <Box width={columns} height={1} overflow="hidden">
      <Text bold color={color('cyan')}>
        kztj{' '}
      </Text>
      {SECTIONS.map((s) => {
        const on = s.id === active;
        const text = padding === 0 && !on ? (s.key ?? '…') : label(s);
        const padded = padding === 1 ? `${text} ` : ` ${text} `;
        return (
          <Text key={s.id} inverse={on} bold={on} color={on ? color('cyan') : undefined} dimColor={!on}>
            {padded}
          </Text>
        );
      })}
    </Box>
  );
}
