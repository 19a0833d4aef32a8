import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, allIds, dataset } from '@kztj/core';
import { runCommand } from './command-line.js';
import { SHELLS } from './shell-completion.js';

/** The candidates the completion scripts get for the words after `kztj` (the last being completed). */
async function complete(...words: string[]): Promise<string[]> {
  const result = await runCommand(['__complete', '--', ...words]);
  expect(result).toMatchObject({ exitCode: 0, stderr: '' });
  return result.stdout.split('\n').filter(Boolean);
}

describe('completion candidates (kztj __complete)', () => {
  it('completes command names, and hides the internal one', async () => {
    expect(await complete('')).toEqual(['list', 'show', 'search', 'timeline', 'source', 'export', 'completion', 'man', 'help']);
    expect(await complete('li')).toEqual(['list']);
    expect(await complete('help', 'ti')).toEqual(['timeline']);
  });

  it('completes collections, ids and source ids where a command takes them', async () => {
    expect(await complete('list', '')).toEqual([...COLLECTION_NAMES]);
    expect(await complete('list', 'ev')).toEqual(['events']);
    const person = dataset.entities.find((e) => e.type === 'person')!;
    expect(await complete('show', person.id.slice(0, 5))).toContain(person.id);
    expect((await complete('show', '')).length).toBe(allIds().length);
    expect(await complete('source', '')).toEqual(dataset.sources.map((s) => s.id));
    // A command whose arguments are all given has nothing more to offer.
    expect(await complete('list', 'events', '')).toEqual([]);
  });

  it("completes a command's options, and each option's values", async () => {
    const options = await complete('list', 'events', '--');
    for (const option of ['--type', '--entity', '--country', '--source', '--factuality', '--from', '--to', '--sort', '--limit', '--fields', '--json', '--help']) {
      expect(options).toContain(option);
    }
    expect(await complete('list', 'events', '--fa')).toEqual(['--factuality']);
    expect(await complete('list', 'events', '--factuality', '')).toEqual(['happened', 'planned', 'expected', 'negated', 'reported']);
    expect(await complete('export', '--format', '')).toEqual(['json', 'jsonl', 'csv']);
    expect(await complete('timeline', '--sort', 'd')).toEqual(['date']);
    expect(await complete('list', 'entities', '--type', 'pe')).toEqual(['person']);
    expect(await complete('list', 'events', '--source', '')).toEqual(dataset.sources.map((s) => s.id));
    expect(await complete('list', 'events', '--country', 'tj')).toContain('tj');
    // After an option and its value, the argument is still completed.
    expect(await complete('list', '--type', 'person', 'ent')).toEqual(['entities']);
    expect(await complete('completion', '')).toEqual([...SHELLS]);
  });
});

describe('completion scripts', () => {
  it.each(SHELLS.map((s) => [s]))('%s: prints a script that calls kztj __complete', async (shell) => {
    const result = await runCommand(['completion', shell]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('kztj __complete --');
  });

  it('rejects an unknown shell with exit 2', async () => {
    const result = await runCommand(['completion', 'tcsh']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^kztj: .*'tcsh' is invalid for argument 'shell'\. Allowed choices are bash, zsh, fish\.\n$/);
  });
});

describe('kztj man', () => {
  it('documents every command and every option that --help lists, and the exit codes', async () => {
    const man = (await runCommand(['man'])).stdout.replace(/\\-/g, '-');
    for (const command of ['list', 'show', 'search', 'timeline', 'source', 'export', 'completion', 'man', 'help']) {
      expect(man).toContain(`.SS "kztj ${command} `);
      const help = (await runCommand([command, '--help'])).stdout;
      for (const [, option] of help.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)) expect(man).toContain(option);
    }
    expect(man).toMatch(/^\.SH EXIT CODES$/m);
    expect(man).toMatch(/^\.SH ENVIRONMENT$/m);
    expect(man).not.toContain('__complete');
  });

  it.skipIf(spawnSync('groff', ['-v']).status !== 0)('is valid roff: groff -ww reports nothing', async () => {
    const run = spawnSync('groff', ['-man', '-ww', '-z'], { input: (await runCommand(['man'])).stdout, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
