import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COLLECTION_NAMES, FACTUALITY_LABELS, records } from '@kztj/core';
import { STACK_LINE } from './built-cli.js';
import { runCommand, type CommandResult } from './command-line.js';

// Property tests of the command line (issue 6): arbitrary argv straight into the parser and the
// commands, in-process. runCommand never opens the browser (cli.tsx does, for `kztj` alone in a
// terminal), so nothing here needs a TTY.

const COMMANDS = ['list', 'show', 'search', 'timeline', 'source', 'export', 'help'] as const;
const FLAGS = [
  '--type', '--entity', '--country', '--source', '--factuality', '--from', '--to', '--json', '--limit',
  '--collection', '--span', '--format', '-h', '--help', '-V', '--version', '--', '-', '--no-json', '-j', '--jsn',
];
const sourceIds = records('sources').map((s) => s.id);
const someIds = COLLECTION_NAMES.flatMap((c) => records(c).slice(0, 3).map((r) => r.id));
const textLength = records('sources')[0]?.text.length ?? 100;
/** Values the commands accept, or nearly do, so that runs reach the core and not only the parser. */
const DOMAIN_VALUES = [
  ...COLLECTION_NAMES, ...Object.keys(FACTUALITY_LABELS), ...sourceIds, ...someIds,
  'json', 'jsonl', 'csv', 'xml', 'kz', 'TJK', '762', 'tj', 'Tajikistan', 'person', 'country', 'visit',
  '2018', '2018-03', '2018-03-15', '2018-13', '2018-02-30', '20180', '-2018', '2023-05-04T00:00', '1/2/2018',
  '0-10', '10-5', '5-5', `0-${textLength}`, `0-${textLength + 1}`, '#3-9', '1e3-2e3', '-1-5', '0-999999999', '0-9999999999',
  '1', '0', '-1', '20', '1.5', '1e9', 'NaN', 'Infinity', '99999999999999999999',
];
/** Hostile input: control characters, any code point, lone surrogates, very long values. */
const wildValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('', ' ', '\n', '\r\n', '\t', '\u0000', '\u001b[31m', '\u2028', '\ud800', '💥', 'ğ̈', '__proto__', 'constructor', 'toString'),
  fc.string({ minLength: 2_000, maxLength: 20_000, unit: 'grapheme-ascii' }),
  fc.integer().map(String),
);
const value = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...DOMAIN_VALUES) }, { weight: 2, arbitrary: wildValue });
const token = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...COMMANDS) },
  { weight: 3, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 4, arbitrary: value },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FLAGS), value).map(([flag, v]) => `${flag}=${v}`) },
);
/** Any argv at all, the empty one included. */
const anyArgv = fc.array(token, { maxLength: 10 });
/** A known command first, then anything. */
const commandArgv = fc.tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 8 })).map(([c, rest]) => [c, ...rest]);

/** Per command: its positional argument(s) and the options that take a value. */
const JSON_COMMANDS = {
  list: { positionals: 1, options: ['--type', '--entity', '--country', '--source', '--factuality', '--from', '--to'] },
  timeline: { positionals: 0, options: ['--type', '--entity', '--country', '--source', '--factuality', '--from', '--to'] },
  show: { positionals: 1, options: [] },
  search: { positionals: 3, options: ['--limit', '--collection'] },
  source: { positionals: 1, options: ['--span'] },
} as const;
/** Values that cannot be read as an option, `--` or help: here `--json` is always in effect. */
const plainValue = value.filter((v) => !v.startsWith('-'));
/** `<command> --json [positionals] [--option value]…`: argv whose output, on success, is JSON. */
const jsonArgv = fc
  .constantFrom(...(Object.keys(JSON_COMMANDS) as (keyof typeof JSON_COMMANDS)[]))
  .chain((command) => {
    const { positionals, options } = JSON_COMMANDS[command];
    const option = options.length > 0 ? fc.tuple(fc.constantFrom(...options), plainValue) : fc.constant(undefined);
    return fc.tuple(
      fc.constant(command),
      fc.array(plainValue, { minLength: Math.min(positionals, 1), maxLength: positionals }),
      fc.array(option, { maxLength: options.length > 0 ? 3 : 0 }),
    );
  })
  .map(([command, positional, options]) => [
    command,
    '--json',
    ...positional,
    ...options.flatMap((pair) => (pair ? [pair[0], pair[1]] : [])),
  ]);

/** The contract every call keeps, whatever argv was (README "Exit codes"). */
function expectContract(result: CommandResult): void {
  expect([0, 1, 2]).toContain(result.exitCode);
  expect(result.stdout).not.toMatch(STACK_LINE);
  expect(result.stderr).not.toMatch(STACK_LINE);
  if (result.exitCode === 2) {
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^kztj: [^\n]+\n$/);
  } else if (result.exitCode === 1) {
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^kztj: [^\n]+\n(Did you mean: [^\n]+\?\n)?$/);
  } else {
    // Success says nothing on stderr, or one note such as "no events match these filters".
    expect(result.stderr).toMatch(/^(kztj: [^\n]+\n)?$/);
  }
}

// Nothing may bypass the result: a write straight to the process streams would be a leak.
let writes: ReturnType<typeof vi.spyOn>[] = [];
beforeEach(() => {
  writes = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write')];
});
afterEach(() => {
  for (const spy of writes) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

describe('runCommand with arbitrary argv (fast-check)', () => {
  it.each([
    { name: 'any argv', argv: anyArgv, numRuns: 3000 },
    { name: 'argv that starts with a known command', argv: commandArgv, numRuns: 2000 },
  ])('keeps the exit-code and stderr contract for $name ($numRuns runs)', async ({ argv, numRuns }) => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const result = await runCommand(args);
        expectContract(result);
        seen.add(result.exitCode);
      }),
      { numRuns },
    );
    // The runs reach every outcome, not only usage errors.
    expect([...seen].sort()).toEqual([0, 1, 2]);
  }, 120_000);

  it('prints JSON on stdout whenever a --json call succeeds (1500 runs)', async () => {
    let succeeded = 0;
    await fc.assert(
      fc.asyncProperty(jsonArgv, async (args) => {
        const result = await runCommand(args);
        expectContract(result);
        if (result.exitCode !== 0) return;
        succeeded += 1;
        expect(() => JSON.parse(result.stdout)).not.toThrow();
      }),
      { numRuns: 1500 },
    );
    // Enough calls succeed for the JSON check to mean something.
    expect(succeeded).toBeGreaterThan(150);
  }, 120_000);
});

// What the properties above found, kept as examples.
describe('runCommand on argv the fuzzing found', () => {
  it.each([
    [['help', 'sources'], /^kztj: unknown command "sources" \(see kztj --help\)\n$/],
    [['--'], /^kztj: no command given \(see kztj --help\)\n$/],
    [['-V', '--'], /^$/],
    [['list', 'ev\nents'], /^kztj: command-argument value 'ev\\nents' is invalid for argument 'collection'\. Allowed choices are sources, .*claims\.\n$/],
    [['show', 'x\u001b[2Jy'], /^kztj: no record with id "x\\u001b\[2Jy"\n/],
    [['list', 'x'.repeat(20_000)], /^kztj: command-argument value 'x{100,}…x+' is invalid for argument 'collection'\. Allowed choices are .*claims\.\n$/],
  ])('%j: one clear line on stderr', async (args, stderr) => {
    const result = await runCommand(args);
    expect(result.stderr).toMatch(stderr);
    expectContract(result);
    expect(result.stderr.length).toBeLessThan(500);
  });

  it('shows the help of a command for help <command>, and of kztj for help alone', async () => {
    const list = await runCommand(['help', 'list']);
    expect(list).toMatchObject({ exitCode: 0, stderr: '' });
    expect(list.stdout).toMatch(/^Usage: kztj list /);
    expect((await runCommand(['help', 'help'])).stdout).toMatch(/^Usage: kztj help /);
    expect((await runCommand(['help'])).stdout).toBe((await runCommand(['--help'])).stdout);
  });
});

describe('plain lists on a terminal', () => {
  it('cut the last column so no line is wider than the terminal; piped output is whole', async () => {
    const whole = await runCommand(['list', 'events']);
    expect(Math.max(...whole.stdout.split('\n').map((l) => l.length))).toBeGreaterThan(100);
    const fitted = await runCommand(['list', 'events'], { columns: 100 });
    const lines = fitted.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(whole.stdout.trimEnd().split('\n').length);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    expect(lines.some((line) => line.endsWith('…'))).toBe(true);
    // JSON is never cut.
    expect((await runCommand(['list', 'events', '--json'], { columns: 40 })).stdout).toBe((await runCommand(['list', 'events', '--json'])).stdout);
  });
});
