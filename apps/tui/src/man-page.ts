import type { Command, Help } from 'commander';

/** Text made safe for roff: backslashes, and a leading dot or quote that would read as a request. */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    // Non-ASCII as groff's Unicode escapes (an en dash is \[u2013]): troff reads bytes otherwise.
    .replace(/[^\x00-\x7f]/gu, (c) => `\\[u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`)
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

const visible = (program: Command) => program.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);

function optionItems(help: Help, command: Command): string[] {
  return help.visibleOptions(command).flatMap((option) => ['.TP', `.B ${roff(help.optionTerm(option))}`, roff(help.optionDescription(option))]);
}

/**
 * kztj(1) in roff, built from the commander program that prints --help: the same usage lines,
 * descriptions, options, choices and defaults, and the same closing text (`after`: collections,
 * exit codes, environment, examples), so the two cannot disagree.
 */
export function manPage(program: Command, { version, after, date }: { version: string; after: string; date: string }): string {
  const help = program.createHelp();
  const lines = [
    `.TH KZTJ 1 "${date}" "kztj ${version}" "User Commands"`,
    '.SH NAME',
    `kztj \\- ${roff(program.description().split('\n')[0]!.replace(/\.$/, ''))}`,
    '.SH SYNOPSIS',
    '.B kztj',
    '.br',
    ...visible(program).flatMap((c) => [`.B kztj ${roff(c.name())}`, roff(c.usage()), '.br']),
    '.SH DESCRIPTION',
    ...program
      .description()
      .split('\n\n')
      .flatMap((paragraph) => ['.PP', roff(paragraph)]),
    '.SH OPTIONS',
    ...optionItems(help, program),
    '.SH COMMANDS',
    ...visible(program).flatMap((command) => [
      `.SS "kztj ${roff(command.name())} ${roff(command.usage())}"`,
      roff(command.description()),
      ...help.visibleArguments(command).flatMap((argument) => ['.TP', `.I ${roff(help.argumentTerm(argument))}`, roff(help.argumentDescription(argument))]),
      ...optionItems(help, command),
    ]),
    // The closing text of --help, its headings ("Exit codes:") as sections.
    ...after
      .trim()
      .split(/\n\n/)
      .flatMap((block) => {
        const [first, ...rest] = block.split('\n');
        const heading = /^([A-Z][A-Za-z ]+):\s*(.*)$/.exec(first!);
        if (!heading) return ['.PP', roff(block)];
        const body = [heading[2], ...rest].filter((l) => l !== undefined && l !== '').join('\n');
        return [`.SH ${roff(heading[1]!.toUpperCase())}`, '.nf', roff(body.replace(/^ {2}/gm, '')), '.fi'];
      }),
    '.SH SEE ALSO',
    'The README of @kztj/tui lists every key of the interactive browser; press ? inside it.',
  ];
  return `${lines.join('\n')}\n`;
}
