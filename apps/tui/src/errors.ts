/** Exit codes are part of the command-line contract (README, `--help`). */
export const EXIT = { ok: 0, notFound: 1, usage: 2, writeFailed: 1 } as const;

/** A mistake in how the command was called: one-line reason on stderr, exit 2. */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
  override name = 'UsageError';
}

/** A record or source that does not exist: message plus "did you mean" on stderr, exit 1. */
export class NotFoundError extends Error {
  readonly exitCode = EXIT.notFound;
  override name = 'NotFoundError';
  constructor(
    message: string,
    readonly suggestions: readonly string[],
  ) {
    super(message);
  }
}

/** A pasted 20 kB value echoed whole would bury the reason it is quoted in. */
const MAX_LINE = 400;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text that quotes user input, made fit for one stderr line: control characters are shown
 * escaped, so a newline in a value cannot split the reason and an escape sequence cannot drive
 * the terminal; an overlong line loses its middle, where the echoed value is, keeping what went
 * wrong (the start) and what is allowed (the end).
 */
export function oneLine(text: string): string {
  const escaped = text.replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const chars = Array.from(escaped);
  return chars.length <= MAX_LINE ? escaped : `${chars.slice(0, 150).join('')}…${chars.slice(-250).join('')}`;
}

/** The lines written to stderr for a user mistake; never a stack trace. */
export function describeError(error: UsageError | NotFoundError): string {
  const lines = [`kztj: ${oneLine(error.message)}`];
  if (error instanceof NotFoundError && error.suggestions.length > 0) {
    lines.push(`Did you mean: ${oneLine(error.suggestions.join(', '))}?`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The one line for output that could not be written (`kztj export > /dev/full`): which stream,
 * and the system's reason without Node's stack.
 */
export function describeWriteError(stream: 'stdout' | 'stderr', error: NodeJS.ErrnoException): string {
  const reason = error.message.replace(/^[A-Z]+: /, '').replace(/, write$/, '');
  return `kztj: cannot write to ${stream}: ${oneLine(reason)}${error.code ? ` (${error.code})` : ''}\n`;
}
