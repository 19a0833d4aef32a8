/** Exit codes are part of the command-line contract (README, `--help`). */
export const EXIT = { ok: 0, notFound: 1, usage: 2 } as const;

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

/** The lines written to stderr for a user mistake; never a stack trace. */
export function describeError(error: UsageError | NotFoundError): string {
  const lines = [`kztj: ${error.message}`];
  if (error instanceof NotFoundError && error.suggestions.length > 0) {
    lines.push(`Did you mean: ${error.suggestions.join(', ')}?`);
  }
  return `${lines.join('\n')}\n`;
}
