import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuiltBin } from './built-cli.js';

/**
 * Tab completion in the real shells, driven in tmux: the scripts `kztj completion <shell>` prints,
 * loaded the way their install notes say, complete a command and a collection. A shell that is
 * not installed is skipped (CI installs bash; zsh and fish when available).
 */
const has = (command: string, ...args: string[]) => spawnSync(command, args).status === 0;
const hasTmux = has('tmux', '-V');
if (!hasTmux && process.env.CI) throw new Error('tmux is required in CI for the completion test (.ci/run installs it)');

let dir = '';
const socket = () => join(dir, 'socket');
const tmux = (...args: string[]) => execFileSync('tmux', ['-S', socket(), ...args], { encoding: 'utf8' });

async function waitForScreen(target: string, check: (text: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const text = tmux('capture-pane', '-p', '-t', target);
    if (check(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen was:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const SHELLS = [
  { shell: 'bash', start: 'bash --norc --noprofile', load: 'source <(kztj completion bash)' },
  { shell: 'zsh', start: 'zsh -f', load: 'autoload -Uz compinit && compinit -u && source <(kztj completion zsh)' },
  { shell: 'fish', start: 'fish --no-config', load: 'kztj completion fish | source' },
] as const;

describe.skipIf(!hasTmux)('shell completion in real shells (tmux)', () => {
  beforeAll(() => {
    requireBuiltBin();
    dir = mkdtempSync(join(tmpdir(), 'kztj-complete-'));
    // kztj on PATH, as an installed package puts it.
    writeFileSync(join(dir, 'kztj'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(dir, 'kztj'), 0o755);
  });
  afterAll(() => {
    spawnSync('tmux', ['-S', socket(), 'kill-server']);
    rmSync(dir, { recursive: true, force: true });
  });

  for (const { shell, start, load } of SHELLS) {
    it.skipIf(!has(shell, '-c', 'true'))(`${shell} completes a command, then a collection`, async () => {
    const target = `complete-${shell}`;
    tmux('new-session', '-d', '-s', target, '-x', '120', '-y', '20', `env PATH="${dir}:$PATH" HOME="${dir}" ${start}`);
    tmux('send-keys', '-t', target, load, 'Enter');
    tmux('send-keys', '-t', target, 'clear', 'Enter');
    tmux('send-keys', '-t', target, '-l', 'kztj li');
    tmux('send-keys', '-t', target, 'Tab');
    await waitForScreen(target, (s) => /kztj list\s*$/m.test(s), `${shell} to complete "li"`);
    tmux('send-keys', '-t', target, '-l', ' eve');
    tmux('send-keys', '-t', target, 'Tab');
    const line = await waitForScreen(target, (s) => /kztj list +events\s*$/m.test(s), `${shell} to complete "eve"`);
    expect(line).toMatch(/kztj list +events/);
    tmux('kill-session', '-t', target);
    });
  }
});
