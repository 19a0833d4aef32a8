import { describe, expect, it } from 'vitest';
import { keysOf, parseKey, splitKeys } from './key-input.js';

/** The keys of a chunk in a short readable form: `bs`, `tab`, `C-d`, `esc`, `↓`, or the letter. */
const names = (chunk: string) =>
  keysOf(chunk).map(({ input, key }) => {
    const mods = `${key.ctrl ? 'C-' : ''}${key.meta ? 'M-' : ''}${key.shift && input === '' ? 'S-' : ''}`;
    if (key.backspace) return `${mods}bs`;
    if (key.tab) return `${mods}tab`;
    if (key.escape) return `${mods}esc`;
    if (key.return) return `${mods}enter`;
    if (key.downArrow) return `${mods}↓`;
    if (key.upArrow) return `${mods}↑`;
    if (key.pageDown) return `${mods}pgdn`;
    if (key.home) return `${mods}home`;
    if (key.delete) return `${mods}del`;
    return `${mods}${input}` || '?';
  });

describe('splitKeys and parseKey', () => {
  it('gives every key of a run of plain keys, in order', () => {
    expect(names('\u007f\u007f\u007f')).toEqual(['bs', 'bs', 'bs']);
    expect(names('\t\t')).toEqual(['tab', 'tab']);
    expect(names('\u0004\u0004')).toEqual(['C-d', 'C-d']);
    expect(names('jjk')).toEqual(['j', 'j', 'k']);
    expect(names('/astana\r')).toEqual(['/', 'a', 's', 't', 'a', 'n', 'a', 'enter']);
  });

  it('tells escape escape from one escape, and keeps escape sequences whole', () => {
    expect(names('\u001b\u001b')).toEqual(['esc', 'esc']);
    expect(names('\u001b')).toEqual(['esc']);
    expect(names('\u001b[B\u001b[Bj')).toEqual(['↓', '↓', 'j']);
    expect(names('\u001bOB')).toEqual(['↓']);
    expect(names('\u001b[6~\u001b[1~\u001b[3~')).toEqual(['pgdn', 'home', 'del']);
    expect(names('\u001b[Z')).toEqual(['S-tab']);
    expect(names('\u001b[1;5B')).toEqual(['C-↓']);
  });

  it('reads ctrl plus a letter as ctrl, never as the letter alone', () => {
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      if ('hijm'.includes(letter)) continue; // C-h, C-i, C-j, C-m are backspace, tab and enter
      const { input, key } = parseKey(String.fromCharCode(letter.charCodeAt(0) - 96));
      expect({ input, ctrl: key.ctrl }).toEqual({ input: letter, ctrl: true });
    }
    expect(names('\u000c\u001a\u0003')).toEqual(['C-l', 'C-z', 'C-c']);
  });

  it('reads ESC before a letter as alt plus the letter, and CR LF as one enter', () => {
    expect(names('\u001bj')).toEqual(['M-j']);
    expect(names('a\r\nb')).toEqual(['a', 'enter', 'b']);
  });

  it('keeps characters outside the BMP and non-Latin letters whole', () => {
    expect(splitKeys('Ә😀ж')).toEqual(['Ә', '😀', 'ж']);
    expect(parseKey('J').key.shift).toBe(true);
  });

  it('gives no key for an unknown escape sequence', () => {
    expect(parseKey('\u001b[200~')).toMatchObject({ input: '' });
    expect(Object.values(parseKey('\u001b[99X').key).some(Boolean)).toBe(false);
  });
});
