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
