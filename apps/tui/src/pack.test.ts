import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataset } from '@kztj/core';
import { Event } from '@kztj/core/schema';
import { requireBuiltBin } from './built-cli.js';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * What users get: the packed tarball installed globally into an empty prefix, with no workspace,
 * no node_modules and no @kztj/core on the registry. Everything must come from the tarball.
 */
describe('the packed tarball', () => {
  let work: string;
  let kztj: (...args: string[]) => ReturnType<typeof spawnSync>;

  beforeAll(() => {
    requireBuiltBin();
    work = mkdtempSync(join(tmpdir(), 'kztj-pack-'));
    execFileSync(npm, ['pack', '--pack-destination', work], { cwd: appDir, stdio: 'pipe' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack wrote no tarball to ${work}`);
    const prefix = join(work, 'prefix');
    execFileSync(npm, ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', join(work, tarball)], { cwd: work, stdio: 'pipe' });
    const bin = join(prefix, 'bin', 'kztj');
    // Run from the temp dir so nothing resolves through the workspace.
    kztj = (...args) => spawnSync(bin, args, { cwd: work, encoding: 'utf8' });
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('installs with no runtime dependencies and prints its version', () => {
    const pkg = createRequire(import.meta.url)('../package.json') as { version: string; dependencies?: object };
    expect(pkg.dependencies ?? {}).toEqual({});
    const run = kztj('--version');
    expect(run.status).toBe(0);
    expect(String(run.stdout).trim()).toBe(pkg.version);
  });

  it('lists events as JSON that validates', () => {
    const run = kztj('list', 'events', '--json');
    expect(run.status).toBe(0);
    const events = z.array(Event).parse(JSON.parse(String(run.stdout)));
    expect(events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
  });

  it('ships the core CSV files for export', () => {
    const run = kztj('export', '--format', 'csv', '--collection', 'entities');
    expect(run.status).toBe(0);
    expect(String(run.stdout).split('\n')[0]).toMatch(/^id,/);
    expect(String(run.stdout)).toContain(dataset.entities[0]!.id);
  });
});
