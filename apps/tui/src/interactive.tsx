import { render } from 'ink';
import { App } from './app/app.js';
import { colorsEnabled, stylesEnabled } from './app/theme.js';

// DEC private modes: the alternate screen keeps the user's scrollback untouched, and the cursor
// is hidden while the browser draws. Both are undone on the way out, however the app ends.
const ENTER = '\u001b[?1049h\u001b[H\u001b[?25l';
const LEAVE = '\u001b[?25h\u001b[?1049l';

/**
 * Runs the full-screen browser until the user quits; restores the terminal afterwards. Resolves
 * to the exit code: 0 for q, 130 for ctrl-c, or 128 + the signal number when killed.
 */
export async function runInteractive(): Promise<number> {
  let exitCode = 0;
  const { stdout } = process;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(LEAVE);
  };
  process.on('exit', restore);
  stdout.write(ENTER);
  // ctrl-z arrives as a key in raw mode, so the app stops itself the way the terminal would:
  // terminal modes back, SIGTSTP to the whole process group (so a wrapper such as npx stops too
  // and the shell regains the terminal), and on SIGCONT raw mode and the alternate screen again.
  const suspend = () =>
    new Promise<void>((resolve) => {
      process.stdin.setRawMode?.(false);
      stdout.write(LEAVE);
      process.once('SIGCONT', () => {
        process.stdin.setRawMode?.(true);
        stdout.write(ENTER);
        resolve();
      });
      process.kill(0, 'SIGTSTP');
    });
  const instance = render(<App colors={colorsEnabled(stdout, process.env)} styles={stylesEnabled(process.env)} onSuspend={suspend} />, {
    // q and ctrl-c go through the app's own key handling, which calls Ink's exit() with the code.
    exitOnCtrlC: false,
    patchConsole: true,
  });
  // Killed or hung up: unmount like a quit (Ink leaves raw mode), then exit 128 + signal number.
  const onSignal = (signal: NodeJS.Signals) => {
    exitCode = 128 + (signal === 'SIGHUP' ? 1 : 15);
    instance.unmount();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  try {
    const code = await instance.waitUntilExit();
    if (typeof code === 'number') exitCode = code;
    instance.cleanup();
  } finally {
    restore();
    process.off('exit', restore);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
  }
  return exitCode;
}
