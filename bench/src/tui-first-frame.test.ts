import { describe, expect, it } from 'vitest';
import { measureFirstFrame, parseStartupOutput } from './tui-first-frame.js';

describe('parseStartupOutput', () => {
  it("reads the first-frame row and its pty baseline from apps/tui's start-up bench", () => {
    const output = [
      'kztj start-up, median of 7 runs (node v20.20.2, linux/x64)',
      'case                             median ms  × bare node',
      "node -e ''                            92.1         1.00",
      'kztj --help                          150.3         1.63',
      "node -e '' in a pty (script)         130.5         1.42",
      'kztj first interactive frame         412.0         4.47',
    ].join('\n');
    expect(parseStartupOutput(output)).toEqual({ frameMs: 412, baselineMs: 130.5 });
  });

  it('gives nothing rather than a guess when a row is missing', () => {
    expect(parseStartupOutput('(first interactive frame skipped: util-linux `script` is not installed)')).toBeUndefined();
  });

  it('says why when the start-up bench is absent', () => {
    expect(measureFirstFrame('/nonexistent/startup.mjs', 1)).toMatch(/^not measured: .*missing/);
  });
});
