import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { USAGE_EXAMPLE } from './usage-example';

describe('the /data usage example', () => {
  it('runs as printed against the built @kztj/core and prints results', () => {
    // Inside the workspace, so `@kztj/core` resolves the way it does for an installed package.
    const dir = mkdtempSync(join(fileURLToPath(new URL('.', import.meta.url)), '.example-'));
    try {
      const file = join(dir, 'example.mjs');
      writeFileSync(file, USAGE_EXAMPLE);
      const output = execFileSync(process.execPath, [file], { encoding: 'utf8' });
      const lines = output.trim().split('\n');
      expect(lines.length).toBeGreaterThan(3);
      expect(output).not.toMatch(/undefined/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
