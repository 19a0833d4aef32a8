import { describe, expect, it } from 'vitest';
import { wantsPager } from './pager.js';

const tty = { isTTY: true, rows: 5 };
const tall = 'a\nb\nc\nd\ne\nf\n';

describe('wantsPager', () => {
  it('pages output taller than the terminal when $PAGER is set', () => {
    expect(wantsPager(tall, tty, { PAGER: 'less -R' })).toBe(true);
  });
  it.each([
    ['short output', 'a\nb\n', tty, { PAGER: 'less' }],
    ['no $PAGER', tall, tty, {}],
    ['an empty $PAGER', tall, tty, { PAGER: ' ' }],
    ['PAGER=cat', tall, tty, { PAGER: 'cat' }],
    ['a pipe', tall, { isTTY: false, rows: 5 }, { PAGER: 'less' }],
  ])('does not page %s', (_what, text, stdout, env) => {
    expect(wantsPager(text, stdout, env)).toBe(false);
  });
});
