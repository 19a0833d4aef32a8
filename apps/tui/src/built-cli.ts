import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { COLLECTION_SCHEMAS } from '@kztj/core/schema';

export const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/**
 * CLI tests run the built bundle, the thing users install, and compare it with the core the tests
 * import: a bundle older than the core's build would compare old data with new.
 */
export function requireBuiltBin(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "npm run build -w @kztj/tui" first`);
  const core = createRequire(import.meta.url).resolve('@kztj/core');
  if (statSync(core).mtimeMs > statSync(BIN).mtimeMs) {
    throw new Error(`${BIN} is older than ${core}: rebuild with "npm run build -w @kztj/tui"`);
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `kztj` as a child process with pipes (never a TTY) and a clean colour environment. */
export function kztj(args: readonly string[], env: Record<string, string | undefined> = {}): Run {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...base, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Each collection's record schema, from the core's registry: what every `--json` record must parse as. */
export const SCHEMAS = COLLECTION_SCHEMAS;

/** A stack trace line: user mistakes must never print one. */
export const STACK_LINE = /^\s+at .+[(:]\d+/m;

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/;
