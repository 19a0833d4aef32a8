import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { KEY_HELP } from './app/keys.js';
import { kztj, requireBuiltBin } from './built-cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').replace(/`/g, '');

beforeAll(requireBuiltBin);

describe('README', () => {
  it('documents every key the help overlay lists', () => {
    for (const { action } of KEY_HELP) expect(readme).toContain(action);
  });

  it.each(['list', 'timeline', 'show', 'search', 'source', 'export'])('documents every option of %s that --help lists', (command) => {
    const help = kztj([command, '--help']).stdout;
    const options = [...help.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--help');
    expect(options.length).toBeGreaterThan(0);
    const section = readme.slice(readme.indexOf(`### kztj ${command}`));
    for (const option of options) expect(section).toContain(option);
  });
});

describe('README, commands and exit codes', () => {
  it('has a section for every command --help lists', () => {
    const help = kztj(['--help']).stdout;
    const block = help.slice(help.indexOf('Commands:'), help.indexOf('\n\n', help.indexOf('Commands:')));
    const commands = [...block.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThan(6);
    for (const command of commands) expect(readme).toContain(`### kztj ${command}`);
  });

  it('lists every exit code --help lists', () => {
    const help = kztj(['--help']).stdout;
    const block = help.slice(help.indexOf('Exit codes:'), help.indexOf('\n\n', help.indexOf('Exit codes:')));
    const codes = [...block.matchAll(/^ {2}(\d+(?:, \d+)*) /gm)].map((m) => m[1]!);
    expect(codes).toEqual(expect.arrayContaining(['0', '1', '2', '130']));
    for (const code of codes) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });
});
