import type { Key } from 'ink';

/** One key press: the character it typed (empty for special keys) and what it was. */
export interface KeyPress {
  input: string;
  key: Key;
}

const NONE: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

const ESC = '\u001b';

/** Length of the CSI sequence at `i` (ESC [ params final), or the rest when it is cut off. */
function csiLength(chunk: string, i: number): number {
  let j = i + 2;
  // Linux console function keys: ESC [ [ A.
  if (chunk[j] === '[') j++;
  for (; j < chunk.length; j++) {
    const code = chunk.charCodeAt(j);
    if (code >= 0x40 && code <= 0x7e) return j + 1 - i;
  }
  return chunk.length - i;
}

/**
 * Splits what the terminal sent in one read into one sequence per key. Ink hands a run of plain
 * characters over as a single "paste" (`\x7f\x7f\x7f`, `\t\t`, `\x04\x04`, ESC ESC), which would
 * otherwise act once or be typed as invisible characters; held keys and fast typists produce
 * exactly such runs.
 */
export function splitKeys(chunk: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < chunk.length) {
    let length: number;
    if (chunk[i] === ESC) {
      const next = chunk[i + 1];
      if (next === '[') length = csiLength(chunk, i);
      else if (next === 'O' && i + 2 < chunk.length) length = 3;
      // ESC before a printable character is how terminals send alt/meta plus that key; a second
      // ESC (or nothing) means the escape key itself.
      else if (next !== undefined && next !== ESC && next >= ' ') length = 1 + String.fromCodePoint(chunk.codePointAt(i + 1)!).length;
      else length = 1;
    } else if (chunk[i] === '\r' && chunk[i + 1] === '\n') {
      length = 2;
    } else {
      length = String.fromCodePoint(chunk.codePointAt(i)!).length;
    }
    keys.push(chunk.slice(i, i + length));
    i += length;
  }
  return keys;
}

const CSI_FINAL: Record<string, Partial<Key>> = {
  A: { upArrow: true },
  B: { downArrow: true },
  C: { rightArrow: true },
  D: { leftArrow: true },
  H: { home: true },
  F: { end: true },
  Z: { tab: true, shift: true },
};

const CSI_TILDE: Record<string, Partial<Key>> = {
  '1': { home: true },
  '7': { home: true },
  '4': { end: true },
  '8': { end: true },
  '3': { delete: true },
  '5': { pageUp: true },
  '6': { pageDown: true },
};

/** xterm's modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4). */
function modifiers(parameter: string | undefined): Partial<Key> {
  const bits = Number(parameter ?? 1) - 1;
  if (!Number.isInteger(bits) || bits <= 0) return {};
  return { shift: (bits & 1) !== 0, meta: (bits & 2) !== 0, ctrl: (bits & 4) !== 0 };
}

const press = (input: string, key: Partial<Key> = {}): KeyPress => ({ input, key: { ...NONE, ...key } });

/** What one sequence from splitKeys() is; unknown escape sequences come back as no key at all. */
export function parseKey(sequence: string): KeyPress {
  if (sequence === '\r' || sequence === '\n' || sequence === '\r\n') return press('', { return: true });
  if (sequence === '\t') return press('', { tab: true });
  if (sequence === '\u007f' || sequence === '\b') return press('', { backspace: true });
  if (sequence === ESC) return press('', { escape: true });
  const code = sequence.charCodeAt(0);
  if (sequence.length === 1 && code < 0x20) {
    // C-a … C-z arrive as 0x01 … 0x1a; the letter is what key maps compare with.
    return code >= 1 && code <= 26 ? press(String.fromCharCode(code + 96), { ctrl: true }) : press('', { ctrl: true });
  }
  if (sequence.startsWith(`${ESC}[`) || sequence.startsWith(`${ESC}O`)) {
    const body = sequence.slice(2).replace(/^\[/, '');
    const final = body.at(-1) ?? '';
    const parameters = body.slice(0, -1).split(';');
    const named = final === '~' ? CSI_TILDE[parameters[0] ?? ''] : CSI_FINAL[final];
    if (!named) return press('');
    return press('', { ...named, ...modifiers(final === '~' ? parameters[1] : parameters.at(-1) || undefined) });
  }
  if (sequence.startsWith(ESC)) return press(sequence.slice(1), { meta: true });
  return press(sequence, { shift: /^[A-Z]$/.test(sequence) });
}

/** Every key in a chunk, in order. */
export const keysOf = (chunk: string): KeyPress[] => splitKeys(chunk).map(parseKey);
