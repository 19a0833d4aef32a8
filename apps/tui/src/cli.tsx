#!/usr/bin/env node
import { EXIT, describeWriteError } from './errors.js';
import { page, wantsPager } from './pager.js';

/** The browser: only for `kztj` alone with a terminal on both ends (anything else is a command). */
async function openBrowser(): Promise<number> {
  // Yoga's Emscripten loader (inside Ink) fetch()es its inlined wasm whenever fetch exists, which
  // loads Node's undici, http and tls: about 30 ms of CPU before the first frame. With fetch
  // hidden during the import it decodes the inlined copy directly; fetch is put back at once.
  const fetchDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  let interactiveModule: typeof import('./interactive.js');
  try {
    interactiveModule = await import('./interactive.js');
  } finally {
    if (fetchDescriptor) Object.defineProperty(globalThis, 'fetch', fetchDescriptor);
    else delete (globalThis as { fetch?: unknown }).fetch;
  }
  return interactiveModule.runInteractive();
}

async function main(args: string[]): Promise<number> {
  if (args.length === 0 && process.stdin.isTTY && process.stdout.isTTY) {
    // A dumb terminal cannot move the cursor or switch screens, and the browser redraws by
    // moving the cursor: say so instead of filling the scrollback with escape codes.
    if (process.env.TERM === 'dumb') {
      process.stderr.write('kztj: the browser needs a terminal that can move the cursor (TERM is "dumb"); use the commands instead (see kztj --help)\n');
      return EXIT.usage;
    }
    return openBrowser();
  }
  // Loaded here, not at the top: the browser's first frame does not wait for the command line.
  const { runCommand } = await import('./command-line.js');
  // Plain lists fit a terminal's width; a pipe or a file gets every character.
  const result = await runCommand(args, { columns: process.stdout.isTTY ? process.stdout.columns : undefined });
  process.stderr.write(result.stderr);
  if (wantsPager(result.stdout, process.stdout, process.env)) await page(result.stdout, process.env.PAGER!);
  else process.stdout.write(result.stdout);
  return result.exitCode;
}

// A reader that stops early (`kztj export | head`) is not an error. Any other failure to write
// (a full disk, /dev/full, a closed descriptor) is one line on stderr and exit 1, never a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  process.stderr.write(describeWriteError('stdout', error));
  process.exit(EXIT.writeFailed);
});
// Nowhere left to say it: just the exit code.
process.stderr.on('error', () => process.exit(EXIT.writeFailed));

// Exit only once stdout has drained, so piped output is never cut short.
process.exitCode = await main(process.argv.slice(2));
