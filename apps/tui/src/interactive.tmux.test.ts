import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRecord, records, search, titleOf } from '@kztj/core';
import { BIN, requireBuiltBin } from './built-cli.js';
import { sectionOf } from './app/sections.js';

/**
 * Drives the real bundled app in a real terminal (tmux), the way a person would. Skipped only on a
 * developer machine without tmux; in CI (.ci/run installs tmux) a missing tmux fails the run.
 */
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux && process.env.CI) throw new Error('tmux is required in CI for the interactive end-to-end test (.ci/run installs it)');

// A private server on a socket in a temporary directory: the test never touches a user's own tmux
// sessions and leaves nothing behind.
let socketDir = '';
const socket = () => join(socketDir, 'socket');
const TARGET = 'e2e';
const tmux = (...args: string[]) => execFileSync('tmux', ['-S', socket(), ...args], { encoding: 'utf8' });
const screen = (escapes = false) => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', TARGET);
const paneFlag = (name: string) => tmux('display-message', '-p', '-t', TARGET, `#{${name}}`).trim();
const keys = (...k: string[]) => tmux('send-keys', '-t', TARGET, ...k);
const type = (text: string) => tmux('send-keys', '-t', TARGET, '-l', text);

/** Polls the pane until the check passes; fails with the last screen after a bounded wait. */
async function waitForScreen(check: (text: string) => boolean, what: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = screen();
    if (check(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen was:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const waitForText = (text: string) => waitForScreen((s) => s.includes(text), JSON.stringify(text));

// Ink renders only the last frame when it thinks it runs in CI, so the app itself runs without it.
const launch = (env = '') => `env -u CI -u CONTINUOUS_INTEGRATION ${env} "${process.execPath}" "${BIN}"; echo "kztj-exit=$?"`;
// eslint-disable-next-line no-control-regex
const COLOUR = /\u001b\[(?:\d+;)*(?:3[0-7]|9[0-7]|38;[25];[\d;]+)m/;

describe.skipIf(!hasTmux)('kztj in a real terminal (tmux)', () => {
  beforeAll(() => {
    requireBuiltBin();
    socketDir = mkdtempSync(join(tmpdir(), 'kztj-tmux-'));
    tmux('new-session', '-d', '-s', TARGET, '-x', '110', '-y', '32', 'env PS1="$ " bash --norc --noprofile');
  });

  afterAll(() => {
    spawnSync('tmux', ['-S', socket(), 'kill-server']);
    rmSync(socketDir, { recursive: true, force: true });
  });

  it('opens, searches "migration", opens a result and its source, quits and restores the terminal', async () => {
    keys('stty -g; echo BEFORE-KZTJ', 'Enter');
    const before = await waitForScreen((s) => /^BEFORE-KZTJ$/m.test(s), 'the shell to echo');
    const sttyBefore = before.split('\n').find((line, i, all) => all[i + 1] === 'BEFORE-KZTJ');
    expect(sttyBefore).toMatch(/^[0-9a-f:]+$/);

    keys(launch(), 'Enter');
    await waitForText('Timeline ·');
    expect(paneFlag('alternate_on')).toBe('1');
    expect(screen()).not.toContain('BEFORE-KZTJ');

    keys('/');
    await waitForText('Type to search every record.');
    type('migration');
    const hits = search('migration', { limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    await waitForText(`${hits.length} hit${hits.length === 1 ? '' : 's'}`);
    await waitForText('Search: migration▏');

    keys('Enter');
    const top = getRecord(hits[0]!.id)!;
    const opened = await waitForScreen((s) => s.split('\n')[1]?.startsWith(`${sectionOf(top.record.id)!.label} › `) ?? false, 'the opened record');
    expect(opened.split('\n')[1]).toContain(titleOf(top).slice(0, 40));
    expect(opened).toContain('Evidence');

    keys('s');
    const span = top.record.evidence[0]!;
    const source = await waitForText('Source › lines');
    expect(source).toContain(span.exact.split(' ').slice(0, 2).join(' '));
    // Annotated spans are coloured by kind in a colour terminal.
    expect(screen(true)).toMatch(COLOUR);

    keys('q');
    const after = await waitForScreen((s) => /^kztj-exit=\d+$/m.test(s), 'kztj to exit');
    expect(after).toMatch(/^kztj-exit=0$/m);
    expect(paneFlag('alternate_on')).toBe('0');
    expect(paneFlag('cursor_flag')).toBe('1');
    // The shell's screen is back as it was, with no trace of the browser.
    expect(after).toContain('BEFORE-KZTJ');
    expect(after).not.toContain('Source ›');

    keys('stty -g; echo AFTER-KZTJ', 'Enter');
    const restored = await waitForScreen((s) => /^AFTER-KZTJ$/m.test(s), 'the shell to echo');
    const sttyAfter = restored.split('\n').find((line, i, all) => all[i + 1] === 'AFTER-KZTJ');
    expect(sttyAfter).toBe(sttyBefore);
  });

  it('redraws on resize, with a clear message when the terminal gets too small', async () => {
    keys('clear', 'Enter');
    keys(launch(), 'Enter');
    await waitForText('Timeline ·');
    tmux('resize-window', '-t', TARGET, '-x', '50', '-y', '12');
    const small = await waitForText('Terminal too small');
    expect(small).not.toContain('Timeline ·');
    tmux('resize-window', '-t', TARGET, '-x', '110', '-y', '32');
    const big = await waitForText('Timeline ·');
    expect(big).not.toContain('Terminal too small');
    keys('q');
    await waitForScreen((s) => /^kztj-exit=0$/m.test(s), 'kztj to exit');
  });

  it('restores the terminal when killed with SIGTERM', async () => {
    keys('clear; stty -g; echo BEFORE-TERM', 'Enter');
    const before = await waitForScreen((s) => /^BEFORE-TERM$/m.test(s), 'the shell to echo');
    const sttyBefore = before.split('\n').find((line, i, all) => all[i + 1] === 'BEFORE-TERM');
    keys(launch(), 'Enter');
    await waitForText('Timeline ·');
    // `env` execs node, so the app is the shell's only child.
    const shell = paneFlag('pane_pid');
    const app = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim();
    expect(app).toMatch(/^\d+$/);
    process.kill(Number(app), 'SIGTERM');
    const after = await waitForScreen((s) => /^kztj-exit=\d+$/m.test(s), 'kztj to exit');
    expect(after).toMatch(/^kztj-exit=143$/m);
    expect(paneFlag('alternate_on')).toBe('0');
    expect(paneFlag('cursor_flag')).toBe('1');
    keys('stty -g; echo AFTER-TERM', 'Enter');
    const restored = await waitForScreen((s) => /^AFTER-TERM$/m.test(s), 'the shell to echo');
    expect(restored.split('\n').find((line, i, all) => all[i + 1] === 'AFTER-TERM')).toBe(sttyBefore);
  });

  it('follows NO_COLOR and quits on ctrl-c', async () => {
    keys('clear', 'Enter');
    keys(launch('NO_COLOR=1'), 'Enter');
    await waitForText('Timeline ·');
    keys('s');
    await waitForText('Source › lines');
    const styled = screen(true);
    expect(styled).not.toMatch(COLOUR);
    // The span the view was opened for stays visible without colour (inverse video).
    expect(styled).toMatch(/\u001b\[(?:\d+;)*7m/);
    keys('C-c');
    const after = await waitForScreen((s) => /^kztj-exit=\d+$/m.test(s), 'kztj to exit');
    // 128 + SIGINT, as for any program interrupted with ctrl-c.
    expect(after).toMatch(/^kztj-exit=130$/m);
    expect(paneFlag('alternate_on')).toBe('0');
  });

  it('repaints the whole screen on ctrl-l after another program wrote over it', async () => {
    keys('clear', 'Enter');
    keys(launch(), 'Enter');
    const first = await waitForText('Timeline ·');
    // Something else writes to the terminal (a background job, wall, a stray log line).
    writeFileSync(paneFlag('pane_tty'), '\u001b[5;5HSCRIBBLE-SCRIBBLE-SCRIBBLE');
    await waitForText('SCRIBBLE-SCRIBBLE');
    keys('C-l');
    const repainted = await waitForScreen((s) => !s.includes('SCRIBBLE'), 'the scribble to go');
    expect(repainted).toBe(first);
    keys('q');
    await waitForScreen((s) => /^kztj-exit=0$/m.test(s), 'kztj to exit');
  });

  it('suspends on ctrl-z with the shell screen back, and resumes on fg with the browser repainted', async () => {
    keys('clear; stty -g; echo BEFORE-SUSPEND', 'Enter');
    const before = await waitForScreen((s) => /^BEFORE-SUSPEND$/m.test(s), 'the shell to echo');
    const sttyBefore = before.split('\n').find((line, i, all) => all[i + 1] === 'BEFORE-SUSPEND');
    // A job of its own (no "; echo" after it), so the shell's job control sees it stop.
    keys(`env -u CI -u CONTINUOUS_INTEGRATION "${process.execPath}" "${BIN}"`, 'Enter');
    await waitForText('Timeline ·');
    keys('j', 'j');
    const browsing = await waitForScreen((s) => /^› /m.test(s) && s.split('\n').findIndex((l) => l.startsWith('› ')) === 4, 'the third row selected');
    keys('C-z');
    const stopped = await waitForText('Stopped');
    expect(paneFlag('alternate_on')).toBe('0');
    expect(paneFlag('cursor_flag')).toBe('1');
    expect(stopped).toContain('BEFORE-SUSPEND');
    // The shell has the terminal in its own modes while kztj is stopped.
    keys('stty -g; echo WHILE-SUSPENDED', 'Enter');
    const shell = await waitForScreen((s) => /^WHILE-SUSPENDED$/m.test(s), 'the shell to answer');
    expect(shell.split('\n').find((line, i, all) => all[i + 1] === 'WHILE-SUSPENDED')).toBe(sttyBefore);
    keys('fg', 'Enter');
    const resumed = await waitForScreen((s) => s.includes('Timeline ·') && /^› /m.test(s), 'the browser again');
    expect(paneFlag('alternate_on')).toBe('1');
    expect(resumed).toBe(browsing);
    // Keys work again (raw mode is back): k moves up a row.
    keys('k');
    await waitForScreen((s) => s.split('\n').findIndex((l) => l.startsWith('› ')) === 3, 'the second row selected');
    keys('q');
    // Typed before kztj has exited, the next command would be read (and dropped) by kztj: wait
    // until the shell has no child left.
    const shellPid = paneFlag('pane_pid');
    await waitForScreen(() => readFileSync(`/proc/${shellPid}/task/${shellPid}/children`, 'utf8').trim() === '', 'kztj to exit');
    keys('echo "kztj-exit=$?"', 'Enter');
    await waitForScreen((s) => /^kztj-exit=0$/m.test(s), 'kztj to exit');
  });

  it('refuses the browser on TERM=dumb with one line and exit 2, leaving the screen as it was', async () => {
    keys('clear; echo BEFORE-DUMB', 'Enter');
    await waitForScreen((s) => /^BEFORE-DUMB$/m.test(s), 'the shell to echo');
    keys(`env -u CI -u CONTINUOUS_INTEGRATION TERM=dumb "${process.execPath}" "${BIN}"; echo "kztj-exit=$?"`, 'Enter');
    const after = await waitForScreen((s) => /^kztj-exit=\d+$/m.test(s), 'kztj to exit');
    expect(after).toMatch(/^kztj-exit=2$/m);
    expect(after.replace(/\n/g, '')).toContain('kztj: the browser needs a terminal that can move the cursor (TERM is "dumb")');
    // No alternate screen, no hidden cursor, nothing cleared.
    expect(paneFlag('alternate_on')).toBe('0');
    expect(paneFlag('cursor_flag')).toBe('1');
    expect(after).toMatch(/^BEFORE-DUMB$/m);
  });

  it('marks the highlighted span with characters under FORCE_COLOR=0, where no styling shows', async () => {
    keys('clear', 'Enter');
    keys(launch('FORCE_COLOR=0'), 'Enter');
    await waitForText('Timeline ·');
    keys('s');
    const source = await waitForText('› marks the lines of the highlighted span');
    // eslint-disable-next-line no-control-regex
    expect(screen(true)).not.toMatch(/\u001b\[(?:\d+;)*(?:4|7)m/);
    expect(source.split('\n').slice(2).some((line) => line.startsWith('› '))).toBe(true);
    keys('q');
    await waitForScreen((s) => /^kztj-exit=0$/m.test(s), 'kztj to exit');
  });

  it('pages plain output taller than the terminal through $PAGER, and prints shorter output directly', async () => {
    const lines = records('entities').length + 1;
    expect(lines).toBeGreaterThan(32);
    keys('clear', 'Enter');
    // The "pager" counts the lines it is given: the whole list, through the pager.
    keys(`PAGER='grep -c ""' "${process.execPath}" "${BIN}" list entities; echo "kztj-exit=$?"`, 'Enter');
    const paged = await waitForScreen((s) => /^kztj-exit=\d+$/m.test(s), 'kztj to exit');
    expect(paged).toMatch(new RegExp(`^${lines}$`, 'm'));
    expect(paged).toMatch(/^kztj-exit=0$/m);
    keys('clear', 'Enter');
    keys(`PAGER='grep -c ""' "${process.execPath}" "${BIN}" list sources; echo "kztj-short-exit=$?"`, 'Enter');
    const direct = await waitForScreen((s) => /^kztj-short-exit=\d+$/m.test(s), 'kztj to exit');
    expect(direct).toMatch(/^ID +TYPE +DATE +TITLE/m);
  });
});
