import { WriteStream } from 'node:tty';
import { describe, expect, it } from 'vitest';
import { colorsEnabled } from './theme.js';

// Node's own implementation, as a terminal stream would carry it; it reads only the environment.
const terminal = { isTTY: true, getColorDepth: WriteStream.prototype.getColorDepth };

describe('colorsEnabled', () => {
  it.each([
    [{ TERM: 'xterm-256color' }, true],
    [{ TERM: 'xterm-256color', NO_COLOR: '1' }, false],
    [{ TERM: 'xterm-256color', NO_COLOR: '1', FORCE_COLOR: '1' }, true],
    [{ TERM: 'xterm-256color', FORCE_COLOR: '0' }, false],
    [{ TERM: 'dumb' }, false],
    [{ TERM: 'dumb', FORCE_COLOR: '2' }, true],
    [{ TERM: 'xterm-256color', NODE_DISABLE_COLORS: '1' }, false],
  ])('in %o: %s', (env, expected) => {
    expect(colorsEnabled(terminal, env)).toBe(expected);
  });

  it('is off for a stream that is not a terminal', () => {
    expect(colorsEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(false);
  });
});
